/** `<gate-support-case>`: Production / Test / POC-POV, then the details (`supportCaseMachine` of `@gatehouse/flows/support-case`). */
import { supportCaseHttpPorts } from '@gatehouse/flows/http';
import { type SupportEnvironment, supportCaseForm, supportCaseMachine } from '@gatehouse/flows/support-case';
import { html, nothing, type PropertyDeclarations } from 'lit';
import type { SnapshotFrom } from 'xstate';
import { choiceStyles } from '../flow/choice.styles.js';
import { flowStyles } from '../flow/flow.styles.js';
import { GateFlowElement, type StepView } from '../flow/flow-element.js';
import { textsFor } from '../flow/texts.js';
import { supportCaseTexts } from './support-case.texts.js';

type Snapshot = SnapshotFrom<typeof supportCaseMachine>;

const environments = [
  ['production', 'production', 'productionHelp'],
  ['test', 'test', 'testHelp'],
  ['poc-pov', 'pocPov', 'pocPovHelp'],
] as const;

/** The public steps of `<gate-support-case>` (`gate-step`'s `detail.view`): stable, documented, safe to route on. */
export type SupportCaseView = 'choosingEnvironment' | 'details' | 'created' | 'cancelled';

/** `gate-complete`'s `detail.output` of `<gate-support-case>`. */
export interface SupportCaseOutput {
  /** Null when the user cancelled. */
  caseId: Snapshot['context']['caseId'];
  number: Snapshot['context']['caseNumber'];
  environment: Snapshot['context']['environment'];
}

/**
 * Opens a support case: first the question whether a production environment is affected (Production, Test, or
 * POC/POV with presales), then the case details. The choice is part of the submitted case.
 *
 * @fires gate-step - `detail.view`, the public step (`SupportCaseView`): `choosingEnvironment`, `details`, `created`, `cancelled`; `detail.step`, the machine state: `choosingEnvironment`, `details`, `submitting`, `created`, `cancelled`
 * @fires gate-complete - `detail.output`: `{ caseId, number, environment }` (or nulls when cancelled)
 * @fires gate-error - the port failed
 * @csspart back - the "Back" button
 * @csspart button - every button; a second name says which (`::part(cancel)`)
 * @csspart cancel - the "Cancel" button
 * @csspart environment - the environment drop-down
 * @csspart next - the "Next" button
 * @csspart note - notes (spam-folder hint, sender reminder, confirmations)
 * @cssproperty --gate-color-border - borders of inputs and panels
 * @tag gate-support-case
 */
export class GateSupportCase extends GateFlowElement<
  typeof supportCaseMachine,
  SupportCaseOutput,
  SupportCaseView
> {
  static override styles = [flowStyles, choiceStyles];

  static override properties: PropertyDeclarations = {
    choice: { state: true },
    missingChoice: { state: true },
  };

  readonly flow = 'support-case';
  protected readonly httpPorts = supportCaseHttpPorts;
  private choice: SupportEnvironment | null = null;
  private missingChoice = false;

  protected get machine() {
    return supportCaseMachine;
  }

  protected override completeOutput(snapshot: Snapshot): SupportCaseOutput {
    const c = snapshot.context;
    return { caseId: c.caseId, number: c.caseNumber, environment: c.environment };
  }

  private next(): void {
    const environment = this.choice ?? this.snapshot?.context.environment ?? null;
    if (!environment) {
      this.missingChoice = true;
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLSelectElement>('select#environment')?.focus(),
      );
      return;
    }
    this.missingChoice = false;
    this.send({ type: 'SELECT_ENVIRONMENT', environment });
  }

  protected view(snapshot: Snapshot, locale: string): StepView<SupportCaseView> {
    const t = textsFor(supportCaseTexts, locale);
    const c = snapshot.context;
    const label = (env: SupportEnvironment | null) =>
      t(environments.find(([v]) => v === env)?.[1] ?? 'production');
    if (snapshot.matches('choosingEnvironment')) {
      const current = this.choice ?? c.environment;
      const help = environments.find(([v]) => v === current)?.[2];
      const described = [help ? 'env-help' : '', this.missingChoice ? 'env-error' : ''].join(' ').trim();
      // A drop-down, as the manual asks the question; the chosen option's explanation follows it.
      return {
        key: 'choosingEnvironment',
        heading: t('heading'),
        body: html`<div class="field">
          <label for="environment">${t('environment')}</label>
          <select id="environment" part="environment" aria-invalid=${this.missingChoice ? 'true' : 'false'}
            aria-describedby=${described || nothing}
            @change=${(event: Event) => {
              const value = (event.target as HTMLSelectElement).value as SupportEnvironment | '';
              this.choice = value || null;
              this.missingChoice = false;
            }}>
            <option value="" ?selected=${!current}>${t('choose')}</option>
            ${environments.map(
              ([value, name]) =>
                html`<option value=${value} ?selected=${current === value}>${t(name)}</option>`,
            )}
          </select>
          ${help ? html`<p class="muted" id="env-help">${t(help)}</p>` : nothing}
          ${this.missingChoice ? html`<p class="overdue" id="env-error">${t('chooseFirst')}</p>` : nothing}
        </div>`,
        actions: html`<button part="button next" type="button" class="primary" @click=${() => this.next()}>${t('next')}</button>
          <button part="button cancel" type="button" @click=${() => this.send({ type: 'CANCEL' })}>${t('cancel')}</button>`,
      };
    }
    if (snapshot.matches('details') || snapshot.matches('submitting')) {
      const busy = snapshot.matches('submitting');
      return {
        key: 'details',
        heading: t('detailsHeading'),
        body: html`<p>${t('detailsFor', { environment: label(c.environment) })}</p>`,
        form: {
          form: supportCaseForm,
          step: 'details',
          // The environment chosen on the first step is part of the validated case.
          patch: { environment: c.environment },
          submitLabel: t('submit'),
          busy,
          value: c.data,
        },
        actions: html`<button part="button back" type="button" ?disabled=${busy} @click=${() => this.send({ type: 'BACK' })}>${t('back')}</button>
          <button part="button cancel" type="button" ?disabled=${busy} @click=${() => this.send({ type: 'CANCEL' })}>${t('cancel')}</button>`,
      };
    }
    if (snapshot.matches('created')) {
      return {
        key: 'created',
        heading: t('createdHeading'),
        body: html`<p class="note success" part="note">${t('createdText', { number: c.caseNumber ?? c.caseId ?? '' })}</p>`,
      };
    }
    return { key: 'cancelled', heading: t('cancelledHeading') };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gate-support-case': GateSupportCase;
  }
}
