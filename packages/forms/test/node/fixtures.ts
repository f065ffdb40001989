/**
 * Loads the JSON fixtures (`{ description, definition, cases: [{ data, issues: [{ path, code }] }] }`);
 * a definition `{ "$file": "…" }` is read from that path relative to the fixture file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One fixture group. */
export interface Fixture {
  file: string;
  description: string;
  definition: Record<string, unknown>;
  cases: { description?: string; data: unknown; issues: { path: string; code: string }[] }[];
}

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** Every fixture group of `test/fixtures/*.json`. */
export function loadFixtures(): Fixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const groups = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Omit<Fixture, 'file'>[];
      return groups.map((g) => {
        const ref = (g.definition as { $file?: string }).$file;
        const definition = ref ? JSON.parse(readFileSync(join(dir, ref), 'utf8')) : g.definition;
        return { ...g, file, definition };
      });
    });
}
