// The report as a printable A4 PDF: heading, the indicator table, and a bar chart per indicator
// across the child territories, all vector and in Roboto (it carries Cyrillic; the PDF's 14 standard
// fonts do not).
import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { CanvasElement, Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { ReportDocument } from '../../../shared/reports.js';
import {
  clip,
  formatDay,
  formatInteger,
  formatThreshold,
  formatValue,
  metLabel,
  reportHeading,
  reportTitle,
  type ReportRenderOptions,
} from './report-format.js';
import { indicatorByCode } from '../monitoring/drilldown.service.js';

const fontsFolder = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const roboto = {
  normal: path.join(fontsFolder, 'Roboto-Regular.ttf'),
  bold: path.join(fontsFolder, 'Roboto-Medium.ttf'),
  italics: path.join(fontsFolder, 'Roboto-Italic.ttf'),
  bolditalics: path.join(fontsFolder, 'Roboto-MediumItalic.ttf'),
};
// The document is built from our own data only: no URL is fetched, and no file but the fonts read.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => path.dirname(path.resolve(file)) === fontsFolder);

const colors = { met: '#2b8a3e', unmet: '#c92a2a', neutral: '#4263eb', track: '#edf0f5', grid: '#d0d5dd', muted: '#555b66' };

/** Horizontal geometry of a chart row (pt): label, bar, value; together inside A4's 515 pt of text width. */
const chart = { label: 190, bar: 250, value: 50, barHeight: 7, rowHeight: 9 };

export interface PdfRenderOptions extends ReportRenderOptions {
  /** The day the file is produced (`YYYY-MM-DD`), printed in the footer: the region's today (`today(config.timeZone)`). */
  generatedOn: string;
}

function indicatorTable(doc: ReportDocument): Content {
  const head = ['№', 'Показатель', 'Значение', 'Числитель / знаменатель', 'Порог', 'Порог достигнут'].map((text): TableCell => ({
    text,
    bold: true,
    fillColor: '#eef1f6',
  }));
  const body: TableCell[][] = doc.indicators.map((indicator, index) => {
    const { kind, name } = indicatorByCode(indicator.code);
    const ratio =
      indicator.denominator === null
        ? formatInteger(indicator.numerator)
        : `${formatInteger(indicator.numerator)} / ${formatInteger(indicator.denominator)}`;
    const metColor = indicator.met === null ? colors.muted : indicator.met ? colors.met : colors.unmet;
    return [
      { text: String(index + 1), alignment: 'right' },
      name,
      { text: formatValue(kind, indicator.value), alignment: 'right', bold: true },
      { text: ratio, alignment: 'right' },
      { text: formatThreshold(kind, indicator.threshold), alignment: 'right' },
      { text: metLabel(indicator.met), color: metColor },
    ];
  });
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [16, '*', 52, 70, 44, 58], body: [head, ...body] },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => colors.grid,
      vLineColor: () => colors.grid,
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
    fontSize: 8,
  };
}

function bar(value: number | null, max: number, threshold: number | null, met: boolean | null): Content {
  const scale = (v: number) => Math.max(0, Math.min(chart.bar, (v / max) * chart.bar));
  const shapes: CanvasElement[] = [{ type: 'rect', x: 0, y: 1, w: chart.bar, h: chart.barHeight, color: colors.track }];
  if (value !== null) {
    // A stub even at zero: 0 % is a figure (and may miss the threshold), «нет данных» is not.
    const color = met === null ? colors.neutral : met ? colors.met : colors.unmet;
    shapes.push({ type: 'rect', x: 0, y: 1, w: Math.max(1.5, scale(value)), h: chart.barHeight, color });
  }
  if (threshold !== null) {
    // Drawn a little past the row on both sides so the rows join into one line across the chart.
    const x = scale(threshold);
    shapes.push({ type: 'line', x1: x, y1: -1.5, x2: x, y2: chart.rowHeight + 1.5, lineWidth: 1, lineColor: '#111111' });
  }
  return { canvas: shapes };
}

/** One indicator across the child territories: a bar per territory, the threshold as a vertical line. */
function indicatorChart(doc: ReportDocument, row: NonNullable<ReportDocument['breakdown']>['rows'][number], number: number): Content {
  const { kind, name } = indicatorByCode(row.code);
  const scopes = doc.breakdown!.scopes;
  const values = row.cells.map((c) => c.value ?? 0);
  const max = kind === 'share' ? 100 : Math.max(1, row.threshold ?? 0, ...values);
  const notes = [kind === 'share' ? 'шкала 0–100 %' : `шкала 0–${formatInteger(max)}`];
  if (row.threshold !== null) {
    const met = row.cells.filter((c) => c.met).length;
    notes.push(`черта — порог ${formatThreshold(kind, row.threshold)}; достигнут у ${met} из ${row.cells.length}`);
  }
  const body: TableCell[][] = row.cells.map((cell, index) => [
    { text: clip(scopes[index]?.name ?? cell.scope, 46), noWrap: true },
    bar(cell.value, max, row.threshold, cell.met),
    { text: formatValue(kind, cell.value), alignment: 'right', noWrap: true },
  ]);
  return {
    stack: [
      { text: `${number}. ${name}`, bold: true, fontSize: 9, margin: [0, 8, 0, 1] },
      { text: notes.join('; '), fontSize: 7, color: colors.muted, margin: [0, 0, 0, 3] },
      {
        table: { widths: [chart.label, chart.bar, chart.value], body },
        layout: {
          hLineWidth: () => 0,
          vLineWidth: () => 0,
          paddingTop: () => 1,
          paddingBottom: () => 1,
          paddingLeft: () => 2,
          paddingRight: () => 2,
        },
        fontSize: 7,
      },
    ],
    // A chart short enough for a page stays whole; a longer one flows on.
    unbreakable: row.cells.length <= 40,
    headlineLevel: 2,
  };
}

function charts(doc: ReportDocument): Content[] {
  const breakdown = doc.breakdown;
  if (!breakdown || breakdown.scopes.length === 0) return [];
  const children = doc.territory.kind === 'region' ? 'муниципалитетам' : 'организациям';
  const numbered = doc.indicators.map((indicator, index) => ({ code: indicator.code, number: index + 1 }));
  const rows = new Map(breakdown.rows.map((row) => [row.code, row]));
  const drawn: Content[] = [];
  const empty: string[] = [];
  for (const { code, number } of numbered) {
    const row = rows.get(code);
    if (!row) continue;
    if (row.cells.every((cell) => cell.value === null)) empty.push(`${number}. ${indicatorByCode(code).name}`);
    else drawn.push(indicatorChart(doc, row, number));
  }
  const content: Content[] = [
    { text: `Показатели по ${children}`, style: 'section', headlineLevel: 1 },
    {
      text: 'Цвет полосы: зелёный — порог достигнут, красный — не достигнут, синий — порог не задан.',
      fontSize: 7,
      color: colors.muted,
    },
    ...drawn,
  ];
  if (empty.length) {
    content.push({
      text: `Нет данных ни по одной территории (знаменатель равен нулю): ${empty.join('; ')}.`,
      fontSize: 8,
      margin: [0, 10, 0, 0],
    });
  }
  return content;
}

export function reportDefinition(doc: ReportDocument, options: PdfRenderOptions): TDocumentDefinitions {
  const { generatedOn } = options;
  const heading = reportHeading(doc, options.timeZone);
  return {
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 48],
    info: { title: `${reportTitle}: ${doc.territory.name}`, creator: 'Методсеть', producer: 'Методсеть' },
    language: 'ru-RU',
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.1 },
    styles: {
      title: { fontSize: 15, bold: true, margin: [0, 0, 0, 8] },
      section: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
    },
    content: [
      { text: reportTitle, style: 'title' },
      ...heading.map((line, index): Content => ({ text: line, fontSize: index === 0 ? 11 : 9, margin: [0, 0, 0, 2] })),
      { text: 'Показатели', style: 'section' },
      indicatorTable(doc),
      ...charts(doc),
    ],
    // A heading left alone at the foot of a page goes over to the next one with what it heads.
    pageBreakBefore: (node, nodes) => node.headlineLevel === 1 && !nodes.getFollowingNodesOnPage().some((n) => n.headlineLevel === 2),
    footer: (currentPage, pageCount) => ({
      columns: [
        {
          text: `Методсеть · сформировано ${formatDay(generatedOn)} · ${doc.territory.name}, ${formatDay(doc.period.from)}–${formatDay(doc.period.to)}`,
        },
        { text: `Страница ${currentPage} из ${pageCount}`, alignment: 'right', width: 90 },
      ],
      fontSize: 7,
      color: colors.muted,
      margin: [40, 16, 40, 0],
    }),
  };
}

export async function reportPdf(doc: ReportDocument, options: PdfRenderOptions): Promise<Buffer> {
  // Fonts are the module's own, set on each call: the pdfmake instance is shared by the process.
  pdfmake.setFonts({ Roboto: roboto });
  return pdfmake.createPdf(reportDefinition(doc, options)).getBuffer();
}
