/**
 * Backend values (a case's severity, a device's unit type) in the page's language. The server stores and sends
 * the value (`high`, `power-supply`); the words come from the catalog of the form that offers the value, so the
 * list shows what the drop-down showed. A value the form does not know keeps the backend's own text.
 */
import { rmaForm } from '@gatehouse/flows/rma';
import { supportCaseForm } from '@gatehouse/flows/support-case';
import { LANG } from './texts.js';

/** `value` through the form catalog key `prefix.value`; the value itself when the catalog has no such key. */
function fromForm(form: { messagesFor(locale: string): { text(key: string): string } }, prefix: string) {
  const messages = form.messagesFor(LANG);
  return (value: string): string => {
    const key = `${prefix}.${value}`;
    const text = messages.text(key);
    return text === key ? value : text;
  };
}

/** A support case's severity (`critical`, `high`, `medium`, `low`) as the case form names it. */
export const severityText = fromForm(supportCaseForm, 'supportCase.severity');

/** The case form's own label of a field (`severity` → "Severity" / "Dringlichkeit"). */
export const caseFieldLabel = (field: 'severity' | 'product'): string =>
  supportCaseForm.messagesFor(LANG).text(`supportCase.${field}`);

/** A device's unit type (`appliance`, `power-supply`, …) as the RMA form names it. */
export const unitTypeText = fromForm(rmaForm, 'rma.unitType');
