/**
 * The widgets the engine plans and `<gate-form>` renders, each with the JSON types of the fields it fits: the one
 * list that lint checks definitions against and that editors (a form designer's palette) offer.
 */

/** What a widget fits: JSON types, any field with choices (`enum`/`const`, or a boolean for `radio`), or anything. */
export type WidgetFit = readonly string[] | 'choice' | 'any';

/** Every built-in widget name and the fields it fits. Hosts may render more names of their own. */
export const builtinWidgets: Readonly<Record<string, WidgetFit>> = {
  text: ['string'],
  textarea: ['string'],
  email: ['string'],
  tel: ['string'],
  date: ['string'],
  'password-new': ['string'],
  'password-current': ['string'],
  'one-time-code': ['string'],
  number: ['number', 'integer'],
  checkbox: ['boolean'],
  select: 'choice',
  radio: 'choice',
  list: ['array'],
  file: ['array'],
  group: ['object'],
  hidden: 'any',
};
