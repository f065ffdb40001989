/** Why a CSV line could not be split: the 1-based column where it went wrong. */
export class CsvLineError extends Error {
  constructor(
    readonly column: number,
    message: string,
  ) {
    super(message);
    this.name = 'CsvLineError';
  }
}

/**
 * The fields of one CSV line (RFC 4180 within a line): commas separate, a field in double quotes may hold commas,
 * and `""` inside it is one quote. Fields are not trimmed here. Throws {@link CsvLineError} on an unclosed quote or
 * text after a closing quote.
 */
export function csvFields(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    const column = fields.length + 1;
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= line.length) throw new CsvLineError(column, 'a quoted field is not closed');
        if (line[i] === '"' && line[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else {
          value += line[i];
          i++;
        }
      }
      if (i < line.length && line[i] !== ',') throw new CsvLineError(column, 'text after the closing quote');
      fields.push(value);
    } else {
      const end = line.indexOf(',', i);
      fields.push(line.slice(i, end < 0 ? line.length : end));
      i = end < 0 ? line.length : end;
    }
    if (i >= line.length) return fields;
    i++; // the comma
  }
}
