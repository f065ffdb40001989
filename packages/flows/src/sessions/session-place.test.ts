import { describe, expect, it } from 'vitest';
import { countryName, placeText } from './session-place.js';

describe('placeText', () => {
  it('names city, region and the country in the reader’s language', () => {
    const munich = { city: 'Munich', region: 'Bavaria', country: 'DE' };
    expect(placeText(munich, 'en')).toBe('Munich, Bavaria, Germany');
    expect(placeText(munich, 'de')).toBe('Munich, Bavaria, Deutschland');
    expect(placeText({ country: 'AT' }, 'de-AT')).toBe('Österreich');
  });

  it('leaves out what is unknown, repeats nothing and says nothing without a place', () => {
    expect(placeText({ city: 'Berlin', region: 'Berlin', country: 'DE' }, 'en')).toBe('Berlin, Germany');
    expect(placeText({ region: 'Bavaria' }, 'en')).toBe('Bavaria');
    expect(placeText({}, 'en')).toBe('');
    expect(placeText(undefined, 'en')).toBe('');
  });

  it('ignores what is not a place (the list comes over the network)', () => {
    expect(placeText({ city: 42, country: 'germany' } as never, 'en')).toBe('');
    expect(placeText('Munich' as never, 'en')).toBe('');
  });

  it('falls back to the code when the runtime has no name or the locale is not a tag', () => {
    expect(countryName('DE', 'not a locale!')).toBe('DE');
    expect(countryName('XZ', 'en')).toBe('XZ');
  });
});
