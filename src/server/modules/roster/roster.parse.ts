// Reading a roster file row by row, never whole: XLSX through exceljs's streaming reader, CSV
// through papaparse's stream, so a 40 000-row file costs a batch of rows of memory, not the file.
import fs from 'node:fs';
import { pipeline } from 'node:stream';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { AppError } from '../../../shared/errors.js';
import './roster.xlsx-utf8.js';
import { cellText, expectedNameHeaders, guessMapping, hasNameColumns, recognizeHeader, uniqueHeaders } from './roster.columns.js';

export type FileKind = 'xlsx' | 'csv';
export type CsvEncoding = 'utf-8' | 'windows-1251';

export interface TableSource {
  path: string;
  kind: FileKind;
  encoding: CsvEncoding | null;
}

export interface FileInfo extends TableSource {
  /** The row (as Excel numbers them) holding the headers; rows above it are titles. */
  headerRow: number;
  headers: string[];
  /** Non-empty rows below the header row. */
  rows: number;
}

export interface SourceRow {
  number: number;
  cells: unknown[];
}

const brokenXlsx = () =>
  new AppError(
    'validation',
    'Файл не удалось прочитать как таблицу Excel: он повреждён или это не XLSX. Откройте его в Excel и сохраните заново как «Книга Excel (.xlsx)» или как CSV.',
  );
const badEncoding = () => new AppError('validation', 'Не удалось распознать кодировку CSV: сохраните файл в UTF-8 или Windows-1251.');

export const emptyFile = () =>
  new AppError(
    'validation',
    `Файл пуст. В первой строке должны быть заголовки столбцов: ${expectedNameHeaders}, «Дата рождения», «Организация», «Должность».`,
  );

/** The rows of the first sheet (XLSX) or of the CSV, with their Excel row numbers. */
export async function* readRows(source: TableSource): AsyncGenerator<SourceRow> {
  if (source.kind === 'xlsx') yield* readXlsx(source.path);
  else yield* readCsv(source.path, source.encoding ?? 'utf-8');
}

async function* readXlsx(path: string): AsyncGenerator<SourceRow> {
  const input = fs.createReadStream(path);
  // Errors of the zip layer surface through the iterator below; without a listener they would
  // also be thrown as an uncaught 'error' event.
  input.on('error', () => undefined);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let sheets = 0;
  try {
    for await (const sheet of reader) {
      sheets++;
      for await (const row of sheet) {
        const values = Array.isArray(row.values) ? row.values.slice(1) : [];
        yield { number: row.number, cells: values };
      }
      break;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw brokenXlsx();
  } finally {
    input.destroy();
  }
  if (!sheets) throw brokenXlsx();
}

/**
 * `;` (Russian Excel) or `,`, guessed by papaparse from the first rows. Guessed once up front:
 * the stream's own guess counts a trailing empty line and fails on a file with one data row.
 */
async function csvDelimiter(path: string, encoding: CsvEncoding): Promise<string> {
  const handle = await fs.promises.open(path, 'r');
  const head = Buffer.alloc(64 * 1024);
  const read = await handle.read(head, 0, head.length, 0).finally(() => handle.close());
  const text = iconv.decode(head.subarray(0, read.bytesRead), encoding);
  const guess = Papa.parse<string[]>(text, { preview: 20, skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t'] });
  return guess.meta.delimiter || ';';
}

async function* readCsv(path: string, encoding: CsvEncoding): AsyncGenerator<SourceRow> {
  const delimiter = await csvDelimiter(path, encoding);
  const parser = pipeline(
    fs.createReadStream(path),
    iconv.decodeStream(encoding),
    Papa.parse(Papa.NODE_STREAM_INPUT, { delimiter }),
    () => undefined,
  );
  let number = 0;
  try {
    for await (const record of parser) yield { number: ++number, cells: record as unknown[] };
  } finally {
    parser.destroy();
  }
}

export const isEmpty = (cells: unknown[]) => cells.every((cell) => cellText(cell) === '');

/** The kind of a file by its first bytes, its name as a hint. */
async function sniff(path: string, fileName: string): Promise<FileKind> {
  const handle = await fs.promises.open(path, 'r');
  const head = Buffer.alloc(8);
  try {
    await handle.read(head, 0, 8, 0);
  } finally {
    await handle.close();
  }
  if (head[0] === 0x50 && head[1] === 0x4b) return 'xlsx';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    throw new AppError(
      'validation',
      'Файл в старом формате Excel (.xls): откройте его в Excel и сохраните как «Книга Excel (.xlsx)» или CSV.',
    );
  }
  if (/\.(xlsx|xlsm)$/i.test(fileName)) throw brokenXlsx();
  return 'csv';
}

/** UTF-8 when every byte sequence is valid UTF-8; otherwise a candidate for Windows-1251. */
async function csvEncoding(path: string): Promise<CsvEncoding> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  try {
    for await (const chunk of fs.createReadStream(path, { highWaterMark: 1 << 20 })) {
      const bytes = chunk as Buffer;
      if (first) {
        first = false;
        // UTF-16 (with or without its byte order mark) is full of zero bytes; no roster text has one.
        if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.subarray(0, 4096).includes(0))
          throw badEncoding();
      }
      decoder.decode(bytes, { stream: true });
    }
    decoder.decode();
    return 'utf-8';
  } catch (error) {
    if (error instanceof AppError) throw error;
    return 'windows-1251';
  }
}

// Text decoded from UTF-16 or another wrong encoding is full of control characters; headers never are.
const hasControlCharacters = (text: string) => [...text].some((ch) => ch.charCodeAt(0) < 0x20 && !'\t\r\n'.includes(ch));

/** Finds the header row (the first of the first ten non-empty rows that names a person) and counts the data rows. */
async function inspectSource(source: TableSource): Promise<FileInfo | { headers: string[] | null }> {
  let header: { number: number; headers: string[] } | null = null;
  let firstHeaders: string[] | null = null;
  let looked = 0;
  let rows = 0;
  for await (const row of readRows(source)) {
    if (isEmpty(row.cells)) continue;
    if (header) {
      rows++;
      continue;
    }
    const headers = uniqueHeaders(row.cells);
    firstHeaders ??= headers;
    if (hasNameColumns(Object.values(guessMapping(headers)))) header = { number: row.number, headers };
    else if (++looked >= 10) break;
  }
  if (!header) return { headers: firstHeaders };
  return { ...source, headerRow: header.number, headers: header.headers, rows };
}

/** Checks that the file is a readable table with a name column; 422 saying what to fix otherwise. */
export async function inspectFile(path: string, fileName: string): Promise<FileInfo> {
  const kind = await sniff(path, fileName);
  let encoding: CsvEncoding | null = null;
  if (kind === 'csv') encoding = await csvEncoding(path);
  const info = await inspectSource({ path, kind, encoding });
  if ('rows' in info) {
    if (encoding === 'utf-8' && info.headers.some(hasControlCharacters)) throw badEncoding();
    return info;
  }
  const headers = info.headers;
  // Bytes that are not UTF-8 are taken as Windows-1251 only when known headers come out of them.
  if (encoding === 'windows-1251' && !headers?.some((h) => recognizeHeader(h))) throw badEncoding();
  if (!headers) throw emptyFile();
  const shown = headers
    .slice(0, 15)
    .map((h) => `«${h}»`)
    .join(', ');
  throw new AppError(
    'validation',
    `Не найден столбец с именами сотрудников. Ожидается заголовок ${expectedNameHeaders}; в файле: ${shown}.`,
  );
}
