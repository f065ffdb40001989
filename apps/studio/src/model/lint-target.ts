/**
 * Where a lint problem is: the field its pointer into the definition is about, so "Go to" can select that field
 * in the designer (`/schema/properties/serial/pattern` → `/serial`,
 * `/schema/properties/address/properties/street/maxLength` → `/address/street`, `/ui/fields/~1serial` → `/serial`,
 * `/messages/de/address.street.label` → `/address/street`).
 */
import { formatPointer, parsePointer } from '@gatehouse/forms/pointer';

/** The field of a pointer into the schema: the names after each `properties`, as long as they go on. */
function schemaField(parts: string[]): string | undefined {
  const names: string[] = [];
  for (let i = 0; parts[i] === 'properties' && parts[i + 1] !== undefined; i += 2) names.push(parts[i + 1]!);
  return names.length ? formatPointer(names) : undefined;
}

/** The pointer of the field a definition pointer is about, or `undefined` when it is about no single field. */
export function fieldOfPointer(pointer: string): string | undefined {
  const parts = parsePointer(pointer);
  if (parts[0] === 'schema') return schemaField(parts.slice(1));
  if (parts[0] === 'ui' && parts[1] === 'fields' && parts[2])
    return parts[2].startsWith('/') ? parts[2] : undefined;
  if (parts[0] === 'messages' && parts[2]) {
    const key =
      /^([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*?)\.(?:label|help|placeholder|option\..+)$/.exec(
        parts[2],
      );
    return key ? formatPointer(key[1]!.split('.')) : undefined;
  }
  return undefined;
}
