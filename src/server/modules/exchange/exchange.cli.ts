// `npm run cli -- import FILE.json` and `npm run cli -- export FILE.json [--scope CODE]`.
import fs from 'node:fs/promises';
import { summaryListLabels, summaryLists, type ImportSummary } from '../../../shared/exchange.js';
import { AppError } from '../../../shared/errors.js';
import type { CliCommand } from '../../cli-command.js';
import { exportTerritory } from './exchange.export.js';
import { importPackage } from './exchange.import.js';
import { unrestrictedScope } from '../../auth/scope.js';

async function readPackageFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AppError(
      'bad_request',
      code === 'ENOENT' ? `Файл «${file}» не найден.` : `Не удалось прочитать файл «${file}» (${code ?? 'ошибка чтения'}).`,
    );
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new AppError('bad_request', `Файл «${file}» не является корректным JSON: ${(error as Error).message}`);
  }
}

export function formatSummary(summary: ImportSummary): string {
  const lines = summaryLists
    .filter((list) => list === 'region' || Object.values(summary.lists[list]).some((n) => n > 0))
    .map((list) => {
      const c = summary.lists[list];
      return `  ${summaryListLabels[list]}: создано ${c.created}, обновлено ${c.updated}, без изменений ${c.unchanged}`;
    });
  const t = summary.totals;
  return [...lines, `Всего: создано ${t.created}, обновлено ${t.updated}, без изменений ${t.unchanged}`].join('\n');
}

export const exchangeCommands: Record<string, CliCommand> = {
  import: {
    usage: 'import FILE.json — загрузить пакет обмена (всё или ничего; повторная загрузка ничего не меняет)',
    async run(database, args) {
      const [file, ...rest] = args;
      if (!file || rest.length) {
        console.error('Укажите один файл пакета: npm run cli -- import FILE.json');
        return 2;
      }
      // A refusal (AppError) is printed, with its issues, by cli.ts.
      const started = performance.now();
      const summary = await importPackage(database.db, await readPackageFile(file), null);
      console.log(`Пакет «${file}» загружен за ${((performance.now() - started) / 1000).toFixed(1)} с.`);
      console.log(formatSummary(summary));
      return 0;
    },
  },
  export: {
    usage: 'export FILE.json [--scope CODE] — выгрузить пакет обмена региона, муниципалитета или организации',
    async run(database, args) {
      const positional: string[] = [];
      let scopeCode: string | undefined;
      for (let i = 0; i < args.length; i++) {
        if (args[i] === '--scope') {
          scopeCode = args[++i];
          if (!scopeCode) {
            console.error('После --scope укажите код территории.');
            return 2;
          }
        } else positional.push(args[i]!);
      }
      if (positional.length !== 1) {
        console.error('Укажите один файл для записи: npm run cli -- export FILE.json [--scope CODE]');
        return 2;
      }
      const file = positional[0]!;
      const { pkg, territoryCode } = await exportTerritory(database.db, {
        scope: unrestrictedScope(),
        ...(scopeCode ? { scopeCode } : {}),
      });
      await fs.writeFile(file, `${JSON.stringify(pkg, null, 2)}\n`, 'utf8').catch((error: NodeJS.ErrnoException) => {
        throw new AppError('bad_request', `Не удалось записать файл «${file}» (${error.code ?? error.message}).`);
      });
      const records = summaryLists.reduce((n, list) => n + (list === 'region' ? 1 : pkg[list].length), 0);
      console.log(`Пакет территории «${territoryCode}» записан в «${file}»: записей ${records}.`);
      return 0;
    },
  },
};
