/**
 * Reading JSON typed by a person: the value, or a sentence naming the line and column of the first mistake
 * (`JSON.parse` only says "position 42", and not in every engine).
 */

/** The parsed value, or the mistake with its line and column (from 1). */
export function parseJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; message: string; line: number; column: number } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const raw = (error as Error).message;
    const at = /position (\d+)/.exec(raw);
    const offset = at ? Number(at[1]) : text.length;
    const before = text.slice(0, offset).split('\n');
    const line = before.length;
    const column = before[before.length - 1]!.length + 1;
    const reason = raw.replace(/\s*(in JSON )?at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
    return { ok: false, message: `Broken JSON at line ${line}, column ${column}: ${reason}.`, line, column };
  }
}
