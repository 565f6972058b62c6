// The report as an Excel workbook: one sheet of values, then one sheet per indicator listing the
// members behind it. Written with the streaming writer: a region's lists run to many thousand rows.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { excelDate } from '../../http/xlsx.js';
import type { IndicatorSubject } from '../../../shared/indicators.js';
import type { ReportDocument } from '../../../shared/reports.js';
import { formatPeriod, metLabel, reportHeading, reportTitle, sheetNames, type ReportRenderOptions } from './report-format.js';
import { indicatorByCode } from '../monitoring/drilldown.service.js';

export const valuesSheetName = 'Показатели';
const memberHeaders: Record<IndicatorSubject, [string, string]> = {
  people: ['ФИО', 'Место работы'],
  organizations: ['Организация', 'Муниципалитет'],
  communities: ['Сообщество', 'Дата'],
  practices: ['Практика', 'Дата'],
  events: ['Мероприятие', 'Дата'],
};

const shareFormat = '0.0" %"';
const countFormat = '#,##0';
const bold = { bold: true };

/** The sheet names of the drill-down sheets, in the order of `doc.members`: the indicators' short Russian titles. */
export const memberSheetNames = (doc: ReportDocument) =>
  sheetNames([valuesSheetName, ...doc.members.map((m) => indicatorByCode(m.code).short)]).slice(1);

export async function reportWorkbook(doc: ReportDocument, options: ReportRenderOptions = {}): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Методсеть';
  const names = memberSheetNames(doc);
  const sheetOf = new Map(doc.members.map((m, i) => [m.code, names[i]!]));

  writeValues(workbook, doc, sheetOf, options.timeZone);
  doc.members.forEach((members, index) => {
    const definition = indicatorByCode(members.code);
    // The streaming writer takes views only when a sheet is added: the header is row 5.
    const ws = workbook.addWorksheet(names[index]!, { views: [{ state: 'frozen', ySplit: 5 }] });
    const [nameHeader, detailHeader] = memberHeaders[members.subject];
    const dated = detailHeader === 'Дата';
    ws.columns = [
      { width: 20 },
      { width: members.subject === 'people' ? 36 : 60 },
      { width: dated ? 14 : members.subject === 'people' ? 70 : 30, ...(dated ? { style: { numFmt: 'dd.mm.yyyy' } } : {}) },
      { width: 16 },
    ];
    ws.addRow([definition.name]).font = bold;
    ws.addRow([`${doc.territory.name}, ${formatPeriod(doc.period)}`]);
    ws.addRow([
      definition.kind === 'share'
        ? `В числителе: ${members.numerator.length}; в знаменателе, но не в числителе: ${members.rest.length}`
        : `Всего: ${members.numerator.length}`,
    ]);
    ws.addRow([]);
    const header = ws.addRow(['Входит в числитель', nameHeader, detailHeader, 'Код']);
    header.font = bold;
    const write = (inNumerator: boolean) => (line: ReportDocument['members'][number]['numerator'][number]) => {
      const detail = line.detail === null ? null : dated ? excelDate(line.detail) : line.detail;
      ws.addRow([inNumerator ? 'да' : 'нет', line.name, detail, line.code]).commit();
    };
    members.numerator.forEach(write(true));
    members.rest.forEach(write(false));
    ws.commit();
  });
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}

function writeValues(workbook: ExcelJS.stream.xlsx.WorkbookWriter, doc: ReportDocument, sheetOf: Map<string, string>, timeZone?: string) {
  const heading = reportHeading(doc, timeZone);
  // Title, heading lines, a blank row, then the header, frozen above the table.
  const ws = workbook.addWorksheet(valuesSheetName, { views: [{ state: 'frozen', ySplit: heading.length + 3 }] });
  ws.columns = [
    { width: 5 },
    { width: 70 },
    { width: 13 },
    { width: 12 },
    { width: 13 },
    { width: 11 },
    { width: 16 },
    { width: 36 },
    { width: 34 },
  ];
  ws.addRow([reportTitle]).font = { bold: true, size: 14 };
  for (const line of heading) ws.addRow([line]);
  ws.addRow([]);
  const header = ws.addRow([
    '№',
    'Показатель',
    'Значение',
    'Числитель',
    'Знаменатель',
    'Порог',
    'Порог достигнут',
    'Код',
    'Лист со списком',
  ]);
  header.font = bold;
  header.alignment = { wrapText: true, vertical: 'top' };
  doc.indicators.forEach((indicator, index) => {
    const definition = indicatorByCode(indicator.code);
    const format = definition.kind === 'share' ? shareFormat : countFormat;
    const row = ws.addRow([
      index + 1,
      definition.name,
      indicator.value ?? 'нет данных',
      indicator.numerator,
      indicator.denominator ?? '—',
      indicator.threshold ?? '—',
      metLabel(indicator.met),
      indicator.code,
      sheetOf.get(indicator.code) ?? null,
    ]);
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    if (indicator.value !== null) row.getCell(3).numFmt = format;
    row.getCell(4).numFmt = countFormat;
    if (indicator.denominator !== null) row.getCell(5).numFmt = countFormat;
    if (indicator.threshold !== null) row.getCell(6).numFmt = format;
    if (indicator.met !== null) row.getCell(7).font = { color: { argb: indicator.met ? 'FF2B8A3E' : 'FFC92A2A' } };
    row.commit();
  });
  ws.commit();
}
