import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { indicatorCodes } from '../../../shared/indicators.js';
import { cli, file, useScratchDir } from '../exchange/exchange.cli.test-kit.js';
import { blockB } from './indicators.test-kit.js';

// The CLI on the embedded database of a data folder: runs in the embedded project only.
useScratchDir();

describe('командная строка: indicators', () => {
  it('печатает ровно JSON показателей и таблицу по-русски', async () => {
    await fs.writeFile(file('b.json'), JSON.stringify(blockB));
    expect((await cli('import', file('b.json'))).code).toBe(0);

    const json = await cli('indicators', '--scope', 'MB', '--from', '2024-01-01', '--to', '2024-12-31', '--json');
    expect(json.code).toBe(0);
    const values = JSON.parse(json.stdout) as { code: string; value: number | null; numerator: number; denominator: number | null }[];
    expect(values.map((v) => v.code)).toEqual(indicatorCodes);
    expect(values.find((v) => v.code === 'event_participation_share')).toEqual({
      code: 'event_participation_share',
      value: 50,
      numerator: 2,
      denominator: 4,
    });
    expect(values.find((v) => v.code === 'consilium_count')).toEqual({
      code: 'consilium_count',
      value: 1,
      numerator: 1,
      denominator: null,
    });
    expect(values.find((v) => v.code === 'help_received_share')).toEqual({
      code: 'help_received_share',
      value: null,
      numerator: 0,
      denominator: 0,
    });

    const table = await cli('indicators', '--scope', 'MB', '--from', '2024-01-01', '--to', '2024-12-31');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(
      /Доля педагогов, участвующих в методических мероприятиях муниципального и регионального уровня\s+50 %\s+2 из 4/,
    );
    expect(table.stdout).toMatch(
      /Доля педагогов, обратившихся за методической помощью и получивших её в полном объёме\s+нет данных\s+0 из 0/,
    );
  });

  it('объясняет по-русски неизвестную территорию и неверные аргументы', async () => {
    const unknown = await cli('indicators', '--scope', 'NOWHERE', '--from', '2024-01-01', '--to', '2024-12-31', '--json');
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('Территория с кодом «NOWHERE» не найдена или недоступна.');

    const missing = await cli('indicators', '--scope', 'MB', '--json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--from: Введите дату в виде ДД.ММ.ГГГГ');
    const reversed = await cli('indicators', '--scope', 'MB', '--from', '31.12.2024', '--to', '01.01.2024');
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toContain('Начало периода позже его конца');
    const stray = await cli('indicators', '--scope', 'MB', '--period', '2024');
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain('Неизвестный аргумент «--period»');
  });
});
