import ExcelJS from 'exceljs';
import type { Context } from 'hono';
import { fileResponse, xlsxType } from './download.js';

export interface XlsxColumn<Row> {
  header: string;
  /** Width in characters. */
  width?: number;
  /** `date` values are `YYYY-MM-DD` strings written as real Excel dates shown ДД.ММ.ГГГГ. */
  type?: 'text' | 'number' | 'date';
  value: (row: Row) => string | number | boolean | null | undefined;
}

export interface XlsxSheet<Row> {
  /** File name without the extension, may be Russian. */
  filename: string;
  sheetName?: string;
  columns: XlsxColumn<Row>[];
  rows: Iterable<Row>;
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` string as the UTC midnight Excel stores for that calendar day. */
export function excelDate(value: string): Date | string {
  const match = isoDay.exec(value);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : value;
}

export async function buildXlsx<Row>(sheet: XlsxSheet<Row>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Методсеть';
  const ws = workbook.addWorksheet((sheet.sheetName ?? sheet.filename).slice(0, 31));
  ws.columns = sheet.columns.map((column, index) => ({
    key: String(index),
    width: column.width ?? Math.max(12, column.header.length + 2),
    ...(column.type === 'date' ? { style: { numFmt: 'dd.mm.yyyy' } } : {}),
  }));
  const header = ws.getRow(1);
  sheet.columns.forEach((column, index) => {
    header.getCell(index + 1).value = column.header;
  });
  header.font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of sheet.rows) {
    ws.addRow(
      sheet.columns.map((column) => {
        const value = column.value(row);
        if (value === null || value === undefined) return null;
        if (column.type === 'date' && typeof value === 'string') return excelDate(value);
        return value;
      }),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Answers an .xlsx download under its Russian file name. */
export async function xlsxResponse<Row>(c: Context, sheet: XlsxSheet<Row>): Promise<Response> {
  return fileResponse(c, await buildXlsx(sheet), `${sheet.filename}.xlsx`, xlsxType, 'export.xlsx');
}
