// exceljs's streaming reader decodes every chunk of a sheet's XML on its own, so a Cyrillic
// letter whose two bytes fall into two chunks turns into «��» (about one cell in five thousand of
// a large roster). Until exceljs fixes it, the chunks it reads pass through a StringDecoder first,
// which carries a split character over to the next chunk; exceljs leaves strings as they are.
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';

async function* utf8Chunks(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

interface ReaderInternals {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): unknown;
  _parseSharedStrings(entry: NodeJS.ReadableStream): unknown;
}

const reader = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderInternals;
const parseWorksheet = reader._parseWorksheet;
const parseSharedStrings = reader._parseSharedStrings;
if (typeof parseWorksheet !== 'function' || typeof parseSharedStrings !== 'function') {
  throw new Error('exceljs changed its WorkbookReader: review roster.xlsx-utf8.ts');
}
reader._parseWorksheet = function (this: ReaderInternals, iterator, sheetNo) {
  return parseWorksheet.call(this, utf8Chunks(iterator), sheetNo);
};
reader._parseSharedStrings = function (this: ReaderInternals, entry) {
  // A stream with an encoding emits strings decoded across chunk boundaries.
  entry.setEncoding('utf8');
  return parseSharedStrings.call(this, entry);
};
