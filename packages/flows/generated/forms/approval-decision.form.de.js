// Generated from src/approval/approval-decision.form.json by scripts/forms.ts (buildFormMessages, 'de'). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
import { registerFormMessages } from '@gatehouse/forms';
registerFormMessages("approval-decision", "de", {"approval.reason":"Begründung","approval.reason.help":"Wird mit Ihrem Namen und der Uhrzeit gespeichert. Eine Ablehnungsbegründung erhält der Antragsteller.","approval.overrideEmailCheck":"Die E-Mail-Prüfung ist ein Fehlalarm: trotzdem freigeben"});
