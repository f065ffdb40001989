/** The keys of one element catalog, complete: German leaves nothing to the English fallback. */
export type Complete<T extends { en: object }> = Record<keyof T['en'], string>;
