/**
 * A strict RFC 4180 reader for tests: CRLF between records, fields optionally in double quotes
 * (`""` for a quote, CR/LF allowed inside), every record as long as the first. Written apart from
 * the CSV writers it checks, so a shared mistake cannot hide.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let index = 0;
  let quoted = false;
  while (index < text.length) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
      } else if (character === '"') {
        quoted = false;
        index += 1;
        if (index < text.length && text[index] !== ',' && text[index] !== '\r') {
          throw new Error(`text after a closing quote at ${index}`);
        }
      } else {
        field += character;
        index += 1;
      }
    } else if (character === '"') {
      if (field !== '') throw new Error(`a quote inside an unquoted field at ${index}`);
      quoted = true;
      index += 1;
    } else if (character === ',') {
      record.push(field);
      field = '';
      index += 1;
    } else if (character === '\r' && text[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index += 2;
    } else if (character === '\n' || character === '\r') {
      throw new Error(`a bare line break outside quotes at ${index}`);
    } else {
      field += character;
      index += 1;
    }
  }
  if (quoted) throw new Error('an unclosed quote');
  if (field !== '' || record.length > 0) throw new Error('the last record does not end in CRLF');
  const width = records[0]?.length ?? 0;
  records.forEach((row, number) => {
    if (row.length !== width) throw new Error(`record ${number + 1} has ${row.length} fields`);
  });
  return records;
}
