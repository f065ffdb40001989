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
 * @csspart environment - the environment choices
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
        this.renderRoot.querySelector<HTMLInputElement>('input[name="environment"]')?.focus(),
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
      return {
        key: 'choosingEnvironment',
        heading: t('heading'),
        body: html`<fieldset part="environment" class="options" aria-invalid=${this.missingChoice ? 'true' : 'false'}
            aria-describedby=${this.missingChoice ? 'env-error' : nothing}>
          <legend>${t('environment')}</legend>
          ${environments.map(
            ([value, name, help]) => html`<label class="option">
              <span><input type="radio" name="environment" .checked=${current === value}
                aria-describedby=${`env-${value}`}
                @change=${() => {
                  this.choice = value;
                  this.missingChoice = false;
                }} /> ${t(name)}</span>
              <span class="muted" id=${`env-${value}`}>${t(help)}</span>
            </label>`,
          )}
          ${this.missingChoice ? html`<p class="overdue" id="env-error">${t('chooseFirst')}</p>` : nothing}
        </fieldset>`,
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
