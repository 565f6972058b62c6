// docs/indicators.md, written from the catalog (src/shared/indicators.ts) and the reference profiles
// (profiles/*.json) by `npm run docs:indicators`; indicators.doc.unit.test.ts fails when the
// committed file differs from what this writes.
import prettier from 'prettier';
import { indicatorCatalog } from '../../../shared/indicators.js';
import type { ProfileFile } from '../../../shared/profiles.js';
import { kindRule, reportAcceptor } from '../../../shared/reporting-periods.js';
import { loadProfile, profileCodes } from '../profiles/profiles.files.js';

export const indicatorsDocPath = 'docs/indicators.md';

/** A table cell: one line, pipes escaped. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

const preface = `# Показатели эффективности методической службы

> Этот файл пишет \`npm run docs:indicators\` из каталога (\`src/shared/indicators.ts\`) и эталонных профилей
> (\`profiles/*.json\`); не правьте его вручную — тест \`indicators.doc.unit.test.ts\` сверяет его с каталогом.
> Определения в SQL — \`src/server/modules/monitoring/indicators.sql.ts\`, независимая проверка —
> \`src/server/modules/monitoring/reference/reference.ts\`. Поля — из пакета обмена (\`docs/exchange.md\`).

Каждый показатель, названный в положениях четырёх эталонных служб, с одним точным определением, чтобы одни и те
же записи всегда давали одно и то же число.

## Общие определения

- **Территория** S — регион, один муниципалитет или одна организация.
- **Период** P = [B, E] — отрезок дат; состав берётся на его последний день E.
- Интервал [s, e] (пустой e — открытый) **пересекается** с P, когда s ≤ E и (e пуст или e ≥ B). Датированный
  факт **в** P, когда B ≤ дата ≤ E.
- **staff(S)** — разные люди с местом работы в организации S, у которого start ≤ E и (end пуст или end ≥ E).
  **teachers(S)** — то же с \`category = teacher\`. Совместитель двух организаций территории считается один раз.
- **young(S)** — teachers(S) моложе 35 лет на E (birthDate + 35 лет > E) **и** с началом стажа (careerStart)
  менее трёх лет до E (careerStart + 3 года > E) (004 §4.1).
- **orgs(S)** — организации S, кроме \`methodical_center\`.
- **Действующий маршрут** — ИОМ со статусом \`agreed\`, \`in_progress\` или \`completed\`, чей [start, end]
  пересекается с P. Маршрут **по итогам диагностики** называет \`diagnostic\`.
- **Методическое мероприятие** — мероприятие любого вида, кроме \`olympiad\` (олимпиада — для учащихся, 000 §4.3–4.4).
- «Посетил» (attending) — участие с \`attended = true\`.
- Доля — числитель / знаменатель (числитель ⊆ знаменателю) в процентах с одним знаком; нулевой знаменатель
  даёт «нет данных», а не 0 % и не ошибку.
- Каждый показатель отвечает числителем, знаменателем (для долей) и списком людей или организаций за числителем
  (расшифровка). Краткое название — имя листа выгрузки и файла.
`;

function catalogTable(): string {
  const rows = indicatorCatalog.map(
    (d) =>
      `| \`${d.code}\` | ${d.source} | ${cell(d.name)} | ${cell(d.short)} | ${d.kind === 'share' ? 'доля' : 'количество'} | ${cell(d.numerator)} | ${d.denominator ? cell(d.denominator) : '—'} |`,
  );
  return [
    '## Каталог',
    '',
    '| код | источник | название | краткое название | вид | числитель | знаменатель |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

function profilesSection(profiles: ProfileFile[]): string {
  const lines = ['## Профили эталонных служб', ''];
  for (const p of profiles) {
    lines.push(`### \`${p.code}\` — ${p.territory}, ${p.regulation.year}`, '');
    lines.push(`${p.title} (${p.regulation.approvedBy}; файл положения ${p.regulation.source}).`, '');
    lines.push(`Показатели: ${p.indicators.map((i) => `\`${i.code}\``).join(', ')}.`, '');
    const thresholds = Object.entries(p.thresholds).map(([code, t]) => `\`${code}\` ≥ ${t!.value} (п. ${t!.section})`);
    lines.push(`Пороги: ${thresholds.length ? thresholds.join(', ') : 'в положении не установлены'}.`, '');
    lines.push('Отчётные периоды:', '');
    for (const k of p.reportingPeriods) {
      lines.push(`- ${k.name} (\`${k.code}\`), ${kindRule(k)}; принимает: ${reportAcceptor.labels[k.acceptor].toLowerCase()}.`);
    }
    lines.push('', `Основание (п. ${p.reportingBasis.section}): «${p.reportingBasis.text}»`, '');
  }
  lines.push(
    'Набор показателей, пороги и отчётные периоды (с тем, кто принимает отчёт) — настройки региона, их меняет',
    'администратор региона; профили выше — их поставляемые значения.',
    '',
  );
  return lines.join('\n');
}

/** The whole file, from the catalog and the profiles in `folder`, formatted as `prettier --check` wants it. */
export async function renderIndicatorsDoc(folder?: string): Promise<string> {
  const profiles = await Promise.all((await profileCodes(folder)).map((code) => loadProfile(code, folder)));
  const text = [preface, catalogTable(), profilesSection(profiles)].join('\n');
  const options = (await prettier.resolveConfig(indicatorsDocPath)) ?? {};
  return prettier.format(text, { ...options, filepath: indicatorsDocPath });
}
