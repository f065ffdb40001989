import { describe, expect, it } from 'vitest';
import { contextWords } from './context-words.js';

describe('contextWords', () => {
  it('takes local-part words and domain labels but not the TLD', () => {
    expect(contextWords(['Jane.Doe+portal@mail.ACME-Widgets.co.uk'], 4)).toEqual([
      'janedoeportal',
      'acmewidgets',
      'widgets',
      'portal',
      'acme',
      'jane',
      'mail',
    ]);
  });

  it('normalises width and case, joins multi-word names, drops short words and non-strings', () => {
    expect(contextWords(['Ｍüller Öl GmbH', 42 as never, null as never, 'Li'], 4)).toEqual([
      'müllerölgmbh',
      'müller',
      'gmbh',
    ]);
    expect(contextWords(['Li Wu'], 3)).toEqual(['liwu']);
  });
});
