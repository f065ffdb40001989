import type { SessionPlace } from '@gatehouse/flows/sessions';

/** The place columns of a `sessions` row (migration 290); NULL where the lookup knew nothing or none was asked. */
export interface PlaceColumns {
  place_city: string | null;
  place_region: string | null;
  place_country: string | null;
}

/** The place a row holds, or `undefined` when it holds none (the API then leaves `place` out). */
export function storedPlace(row: PlaceColumns): SessionPlace | undefined {
  const place: SessionPlace = {
    ...(row.place_city ? { city: row.place_city } : {}),
    ...(row.place_region ? { region: row.place_region } : {}),
    ...(row.place_country ? { country: row.place_country } : {}),
  };
  return Object.keys(place).length > 0 ? place : undefined;
}
