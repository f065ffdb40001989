import { compileForm } from '@gatehouse/forms/compile';
import { lintDefinition } from '@gatehouse/forms/lint';
import { describe, expect, it } from 'vitest';
import { emptyDefinition, stepsOf } from './definition.js';
import { addField } from './fields.js';
import { palette } from './palette.js';
import { withFieldText } from './texts.js';
import { widgetLabel, widgetOf, widgetsFor, withWidget } from './widgets.js';

const entry = (id: string) => palette.find((e) => e.id === id)!;

/** A form with one field from the palette entry `id`, labelled in English and German so lint has nothing else. */
function oneField(id: string) {
  const added = addField(emptyDefinition('w'), entry(id), 0);
  const def = withFieldText(
    withFieldText(added.def, added.pointer, 'label', 'en', 'A'),
    added.pointer,
    'label',
    'de',
    'B',
  );
  return { def, pointer: added.pointer };
}

describe('changing a field’s widget', () => {
  it('offers only the widgets that fit the field’s type', () => {
    const offered = (id: string) => {
      const { def, pointer } = oneField(id);
      return widgetsFor(def, pointer).map((w) => widgetLabel(def, pointer, w));
    };
    expect(offered('text')).toEqual(['Text', 'Long text', 'E-mail', 'Phone (free text)']);
    expect(offered('select')).toEqual(['Drop-down', 'Radio buttons']);
    expect(offered('checkbox')).toEqual(['Checkbox', 'Yes/No']);
    expect(offered('radio:yes-no')).toEqual(['Checkbox', 'Yes/No']);
    expect(offered('number')).toEqual(['Number']);
    expect(offered('date')).toEqual(['Date']);
    expect(offered('list')).toEqual(['List']);
    expect(offered('file')).toEqual(['File upload']);
  });

  it('writes the widget into the JSON: text → long text, drop-down → radio buttons, checkbox → Yes/No', () => {
    for (const [id, to] of [
      ['text', 'textarea'],
      ['select', 'radio'],
      ['checkbox', 'radio'],
    ] as const) {
      const { def, pointer } = oneField(id);
      const next = withWidget(def, pointer, to);
      expect(next.ui!.fields![pointer]!.widget).toBe(to);
      expect(widgetOf(next, pointer)).toBe(to);
      expect(
        compileForm(next)
          .fields()
          .find((f) => f.pointer === pointer)?.widget,
      ).toBe(to);
      expect(def.ui!.fields![pointer]!.widget).not.toBe(to);
    }
  });

  it('keeps lint clean for every widget offered to every palette field, and refuses one that does not fit', () => {
    for (const e of palette) {
      const { def, pointer } = oneField(e.id);
      for (const w of widgetsFor(def, pointer))
        expect(lintDefinition(withWidget(def, pointer, w))).toEqual([]);
    }
    const { def, pointer } = oneField('text');
    expect(withWidget(def, pointer, 'checkbox')).toBe(def);
    expect(withWidget(def, pointer, 'select')).toBe(def);
    expect(stepsOf(def)[0]!.fields).toEqual([pointer]);
  });
});
