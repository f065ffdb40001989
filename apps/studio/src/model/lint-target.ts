/**
 * Where a lint problem is: the top-level field its pointer into the definition is about, so "Go to" can select
 * that field in the designer (`/schema/properties/serial/pattern` → `/serial`, `/ui/fields/~1serial` → `/serial`,
 * `/messages/de/serial.label` → `/serial`).
 */

/** The pointer of the field a definition pointer is about, or `undefined` when it is about no single field. */
export function fieldOfPointer(pointer: string): string | undefined {
  const parts = pointer.split('/').slice(1);
  if (parts[0] === 'schema' && parts[1] === 'properties' && parts[2]) return `/${parts[2]}`;
  if (parts[0] === 'schema' && parts[1] === 'required' && parts[2]) return undefined;
  if (parts[0] === 'ui' && parts[1] === 'fields' && parts[2]) {
    const field = parts[2].replaceAll('~1', '/').replaceAll('~0', '~');
    const top = /^\/[^/]+/.exec(field);
    return top ? top[0] : undefined;
  }
  if (parts[0] === 'messages' && parts[2]) {
    const name = /^([A-Za-z][A-Za-z0-9_]*)\./.exec(parts[2].replaceAll('~1', '/').replaceAll('~0', '~'));
    return name ? `/${name[1]}` : undefined;
  }
  return undefined;
}
