// `npm run cli -- indicators --scope CODE --from ДД.ММ.ГГГГ --to ДД.ММ.ГГГГ [--json]` (YYYY-MM-DD is taken too).
import { parseDay } from '../../../shared/dates.js';
import { indicatorCatalog, indicatorQuery, type IndicatorValue } from '../../../shared/indicators.js';
import { zodIssues } from '../../../shared/zod.js';
import type { CliCommand } from '../../cli-command.js';
import { computeIndicators } from './indicators.service.js';
import { unrestrictedScope } from '../../auth/scope.js';

const usage = 'indicators --scope CODE --from ДД.ММ.ГГГГ --to ДД.ММ.ГГГГ [--json] — показатели территории за период';

interface Options {
  scope?: string;
  from?: string;
  to?: string;
  json: boolean;
}

function parse(args: string[]): Options | string {
  const options: Options = { json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') {
      options.json = true;
      continue;
    }
    const name = ({ '--scope': 'scope', '--from': 'from', '--to': 'to' } as const)[arg];
    if (!name) return `Неизвестный аргумент «${arg}».`;
    const value = args[++i];
    if (value === undefined || value.startsWith('--')) return `После ${arg} укажите значение.`;
    options[name] = name === 'scope' ? value : (parseDay(value) ?? value);
  }
  return options;
}

const number = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 });

/** A plain-text table for a person at a terminal: name, value, numerator / denominator. */
export function formatTable(values: IndicatorValue[]): string {
  const names = new Map(indicatorCatalog.map((d) => [d.code, d]));
  const rows = values.map((v) => {
    const definition = names.get(v.code)!;
    const value = v.value === null ? 'нет данных' : definition.kind === 'share' ? `${number.format(v.value)} %` : number.format(v.value);
    const counts = v.denominator === null ? '' : `${v.numerator} из ${v.denominator}`;
    return [definition.name, value, counts];
  });
  const header = ['Показатель', 'Значение', 'Числитель из знаменателя'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const monitoringCommands: Record<string, CliCommand> = {
  indicators: {
    usage,
    async run(database, args) {
      const options = parse(args);
      if (typeof options === 'string') {
        console.error(`${options}\nИспользование: npm run cli -- ${usage}`);
        return 2;
      }
      const checked = indicatorQuery.safeParse({ scope: options.scope ?? '', from: options.from ?? '', to: options.to ?? '' });
      if (!checked.success) {
        console.error('Проверьте аргументы команды:');
        const flags: Record<string, string> = { scope: '--scope', from: '--from', to: '--to' };
        for (const issue of zodIssues(checked.error)) console.error(`  ${flags[issue.path] ?? issue.path}: ${issue.message}`);
        console.error(`Использование: npm run cli -- ${usage}`);
        return 2;
      }
      const { scope, from, to } = checked.data;
      const values = await computeIndicators(database.db, { scopeCode: scope, from, to }, unrestrictedScope());
      console.log(options.json ? JSON.stringify(values) : `Показатели «${scope}» за ${from} — ${to}\n\n${formatTable(values)}`);
      return 0;
    },
  },
};
