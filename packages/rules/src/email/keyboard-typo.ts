/**
 * Is one string a likely mistyping of another? One edit of the kinds people make on a keyboard: an adjacent
 * transposition (`gmial`), a dropped letter (`gmal`), a doubled letter (`gmaill`), an extra key next to its
 * neighbour (`gmaoil`), or a key replaced by a neighbouring key on a QWERTY or QWERTZ keyboard (`gnail`). A
 * substitution by a far key (`photon` for `proton`) is not a typo: that is how a real company name near a
 * provider name keeps passing.
 */

// QWERTY and QWERTZ (which swaps y and z), row by row.
const ROWS = ['1234567890-', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const QWERTZ = 'zt zu zg zh ya ys yx'.split(' ');

let neighbours: Map<string, string> | undefined;

/** The keys around each key on both layouts (left, right, and the touching keys of the rows above and below). */
function keyNeighbours(): Map<string, string> {
  if (neighbours) return neighbours;
  neighbours = new Map();
  const add = (a: string | undefined, b: string | undefined) => {
    if (!a || !b) return;
    neighbours?.set(a, (neighbours.get(a) ?? '') + b);
    neighbours?.set(b, (neighbours.get(b) ?? '') + a);
  };
  ROWS.forEach((row, r) => {
    for (let c = 0; c < row.length; c += 1) {
      add(row[c], row[c + 1]);
      // Staggered rows: key c touches keys c - 1 and c of the row below it.
      const below = ROWS[r + 1];
      if (below) {
        add(row[c], below[c]);
        add(row[c], below[c - 1]);
      }
    }
  });
  for (const pair of QWERTZ) add(pair[0], pair[1]);
  return neighbours;
}

/** True when `a` and `b` are neighbouring keys (never for equal keys). */
export function adjacentKeys(a: string, b: string): boolean {
  return a !== b && (keyNeighbours().get(a)?.includes(b) ?? false);
}

/** How {@link isKeyboardTypo} treats the first character. */
export interface TypoOptions {
  /**
   * Keep the first character: people rarely mistype it, and names that differ there are usually other names
   * (`cloud` is not `icloud`, `email` is not `gmail`). A swap of the first two characters still counts.
   */
  fixedFirst: boolean;
}

/** True when `typed` is one keyboard slip away from `intended` (and not equal to it). */
export function isKeyboardTypo(typed: string, intended: string, options: TypoOptions): boolean {
  const start = options.fixedFirst ? 1 : 0;
  if (typed === intended) return false;
  if (typed.length === intended.length) return substitutedOrSwapped(typed, intended, start);
  if (typed.length === intended.length + 1) return extraKey(typed, intended, start);
  if (typed.length + 1 === intended.length) return droppedKey(typed, intended, start);
  return false;
}

function substitutedOrSwapped(typed: string, intended: string, start: number): boolean {
  let i = 0;
  while (typed[i] === intended[i]) i += 1;
  // A swap of two neighbouring characters, anywhere (also the first two: `mgail`).
  if (
    typed[i] === intended[i + 1] &&
    typed[i + 1] === intended[i] &&
    typed.slice(i + 2) === intended.slice(i + 2)
  )
    return true;
  return (
    i >= start &&
    typed.slice(i + 1) === intended.slice(i + 1) &&
    adjacentKeys(typed[i] as string, intended[i] as string)
  );
}

function extraKey(typed: string, intended: string, start: number): boolean {
  for (let i = start; i < typed.length; i += 1) {
    if (typed.slice(0, i) + typed.slice(i + 1) !== intended) continue;
    const extra = typed[i] as string;
    const before = typed[i - 1];
    const after = typed[i + 1];
    // A doubled key (`gmaill`) or a key next to one of its neighbours (`gmaoil`).
    if (
      extra === before ||
      extra === after ||
      (before !== undefined && adjacentKeys(extra, before)) ||
      (after !== undefined && adjacentKeys(extra, after))
    )
      return true;
  }
  return false;
}

function droppedKey(typed: string, intended: string, start: number): boolean {
  let i = 0;
  while (i < typed.length && typed[i] === intended[i]) i += 1;
  return i >= start && typed.slice(i) === intended.slice(i + 1);
}
