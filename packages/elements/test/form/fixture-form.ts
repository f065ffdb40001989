/**
 * A hand-written form implementing the `RenderableForm` contract, for renderer tests independent of the compiler:
 * required, maxLength, a pattern on list items, a conditional field (shown and required by a checkbox) and a
 * cross-field rule (the confirmation must match the password). It records `validateField` calls.
 */

import type { GateIssue } from '../../src/common/events.js';
import type { FieldState, RenderableForm, RenderField } from '../../src/form/form-model.js';

const xss = '<img src=x onerror="window.__xss=1">';

/** Builds the fixture; `labelSuffix` lets a test inject markup into labels. */
export function fixtureForm(labelSuffix = ''): RenderableForm & { calls: string[] } {
  const fields: RenderField[] = [
    {
      pointer: '/name',
      name: 'name',
      parent: '',
      widget: 'text',
      label: `f.name${labelSuffix}`,
      required: true,
      constraints: { maxLength: 20 },
      autocomplete: 'name',
    },
    {
      pointer: '/email',
      name: 'email',
      parent: '',
      widget: 'email',
      label: 'f.email',
      help: 'f.email.help',
      required: true,
      autocomplete: 'username',
    },
    {
      pointer: '/password',
      name: 'password',
      parent: '',
      widget: 'password-new',
      label: 'f.password',
      required: true,
      constraints: { minLength: 8, maxLength: 64 },
    },
    {
      pointer: '/confirm',
      name: 'confirm',
      parent: '',
      widget: 'password-new',
      label: 'f.confirm',
      required: true,
      autocomplete: 'new-password',
    },
    {
      pointer: '/notes',
      name: 'notes',
      parent: '',
      widget: 'textarea',
      label: 'f.notes',
      required: false,
      constraints: { maxLength: 100 },
    },
    {
      pointer: '/unit',
      name: 'unit',
      parent: '',
      widget: 'select',
      label: 'f.unit',
      required: false,
      options: [
        { value: 'router', label: 'Router' },
        { value: 'switch', label: 'Switch' },
      ],
    },
    {
      pointer: '/env',
      name: 'env',
      parent: '',
      widget: 'radio',
      label: 'f.env',
      required: true,
      options: [
        { value: 'production', label: 'Production' },
        { value: 'test', label: 'Test' },
        { value: 'poc', label: 'POC/POV' },
      ],
    },
    {
      pointer: '/address',
      name: 'address',
      parent: '',
      type: 'object',
      widget: 'group',
      label: 'f.address',
      required: true,
    },
    {
      pointer: '/address/street',
      name: 'street',
      parent: '/address',
      widget: 'text',
      label: 'f.street',
      required: true,
      autocomplete: 'street-address',
    },
    {
      pointer: '/address/city',
      name: 'city',
      parent: '/address',
      widget: 'text',
      label: 'f.city',
      required: true,
      autocomplete: 'address-level2',
    },
    {
      pointer: '/more',
      name: 'more',
      parent: '',
      type: 'boolean',
      widget: 'checkbox',
      label: 'f.more',
      required: false,
    },
    {
      pointer: '/serials',
      name: 'serials',
      parent: '',
      widget: 'list',
      label: 'f.serials',
      required: false,
      conditional: true,
      constraints: { minItems: 1, maxItems: 3 },
    },
    { pointer: '/code', name: 'code', parent: '', widget: 'one-time-code', label: 'f.code', required: false },
  ];
  const texts: Record<string, Record<string, string>> = {
    en: {
      'f.name': 'Name',
      'f.email': 'E-mail',
      'f.email.help': 'Your company address.',
      'f.password': 'Password',
      'f.confirm': 'Repeat password',
      'f.notes': 'Notes',
      'f.unit': 'Unit type',
      'f.env': 'Environment',
      'f.address': 'Delivery address',
      'f.street': 'Street',
      'f.city': 'City',
      'f.more': 'More than one device',
      'f.serials': 'Additional serial numbers',
      'f.code': 'Code',
      required: 'Please fill in this field.',
      maxLength: 'At most {max} characters.',
      minLength: 'At least {min} characters.',
      mismatch: 'The two entries do not match.',
      pattern: 'Use the serial number format.',
      minItems: 'Add at least {min}.',
    },
    de: {
      'f.name': 'Name',
      'f.email': 'E-Mail',
      required: 'Bitte füllen Sie dieses Feld aus.',
    },
  };
  const get = (data: unknown, pointer: string): unknown =>
    pointer
      .split('/')
      .slice(1)
      .reduce<unknown>(
        (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
        data,
      );
  const empty = (v: unknown) => v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
  const moreOn = (data: unknown) => get(data, '/more') === true;
  const check = (pointer: string, data: unknown): GateIssue[] => {
    const field = fields.find((f) => f.pointer === pointer)!;
    const value = get(data, pointer);
    if (field.conditional && !moreOn(data)) return [];
    const required = field.required || (pointer === '/serials' && moreOn(data));
    if (field.parent !== '' && get(data, field.parent) === undefined && !required) return [];
    if (empty(value)) {
      if (pointer === '/serials' && moreOn(data))
        return [{ path: pointer, code: 'minItems', params: { min: 1 } }];
      return required && field.widget !== 'group' ? [{ path: pointer, code: 'required', params: {} }] : [];
    }
    const max = field.constraints?.maxLength;
    if (typeof max === 'number' && typeof value === 'string' && [...value].length > max)
      return [{ path: pointer, code: 'maxLength', params: { max } }];
    const min = field.constraints?.minLength;
    if (typeof min === 'number' && typeof value === 'string' && [...value].length < min)
      return [{ path: pointer, code: 'minLength', params: { min } }];
    if (pointer === '/confirm' && value !== get(data, '/password'))
      return [{ path: pointer, code: 'mismatch', params: {} }];
    if (pointer === '/serials' && Array.isArray(value)) {
      return value.flatMap((s, i) =>
        typeof s === 'string' && /^SN[0-9]{4}$/.test(s)
          ? []
          : [{ path: `/serials/${i}`, code: 'pattern', params: {} }],
      );
    }
    return [];
  };
  const dependants: Record<string, string[]> = { '/password': ['/confirm'], '/more': ['/serials'] };
  const calls: string[] = [];
  const states = (data: unknown): FieldState[] =>
    fields.map((f) => ({
      pointer: f.pointer,
      visible: !f.conditional || moreOn(data),
      required: f.required || (f.pointer === '/serials' && moreOn(data)),
      disabled: false,
    }));
  return {
    id: 'fixture',
    calls,
    fields: () => fields,
    fieldStates: states,
    validate(data) {
      const issues = fields.filter((f) => f.widget !== 'group').flatMap((f) => check(f.pointer, data));
      if (issues.length > 0) return { ok: false, issues };
      const value = { ...(data as Record<string, unknown>) };
      if (!moreOn(data)) delete value.serials;
      return { ok: true, value };
    },
    validateField(pointer, data) {
      calls.push(pointer);
      return [pointer, ...(dependants[pointer] ?? [])].flatMap((p) => check(p, data));
    },
    visibleFields: (data) => fields.filter((f) => !f.conditional || moreOn(data)),
    requiredMissing: (data) =>
      fields.filter(
        (f, i) =>
          f.widget !== 'group' &&
          states(data)[i]!.visible &&
          states(data)[i]!.required &&
          empty(get(data, f.pointer)),
      ),
    defaults: () => ({}),
    messagesFor(locale) {
      const catalog = { ...texts.en, ...(texts[locale] ?? {}) };
      const format = (t: string, params: Record<string, unknown>) =>
        t.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
      return {
        issue: (i) => format(catalog[i.code] ?? i.code, i.params),
        text: (key, params = {}) => format(catalog[key] ?? key, params),
      };
    },
  };
}

/** A markup string that must render as text. */
export const xssString = xss;
