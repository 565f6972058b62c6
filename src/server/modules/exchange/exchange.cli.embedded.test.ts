import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client.js';
import { cli, dataDir, file, useScratchDir } from './exchange.cli.test-kit.js';
import { exchangeFixture, normalizePackage } from './exchange.fixture.test-kit.js';

// The CLI on the embedded database of a data folder: runs in the embedded project only.
useScratchDir();

describe('командная строка: import и export', () => {
  it('загружает пакет, выгружает его и не принимает плохой', async () => {
    await fs.writeFile(file('fixture.json'), JSON.stringify(exchangeFixture()));
    const imported = await cli('import', file('fixture.json'));
    expect(imported.stderr).not.toMatch(/Error/);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/Педагоги и руководители: создано 8, обновлено 0, без изменений 0/);

    const bad = exchangeFixture();
    bad.people![7] = { ...bad.people![7]!, birthDate: '2023-02-30' };
    bad.employments![0] = { ...bad.employments![0]!, organization: 'NOPE' };
    await fs.writeFile(file('bad.json'), JSON.stringify(bad));
    const rejected = await cli('import', file('bad.json'));
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toContain('Пакет отклонён: 2 ошибки');
    expect(rejected.stderr).toContain('people[7].birthDate: Такого дня нет в календаре. Введите дату в виде ДД.ММ.ГГГГ');
    expect(rejected.stderr).toContain('employments[0].organization: организация с кодом «NOPE» не найдена ни в пакете, ни в базе');

    await fs.writeFile(file('broken.json'), '{"format": ');
    const broken = await cli('import', file('broken.json'));
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/не является корректным JSON/);
    const missing = await cli('import', file('missing.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/не найден/);

    const exported = await cli('export', file('out.json'));
    expect(exported.code).toBe(0);
    expect(JSON.parse(await fs.readFile(file('out.json'), 'utf8'))).toEqual(normalizePackage(exchangeFixture()));
    const scoped = await cli('export', file('m2.json'), '--scope', 'M2');
    expect(scoped.code).toBe(0);
    expect(JSON.parse(await fs.readFile(file('m2.json'), 'utf8')).organizations.map((o: { code: string }) => o.code)).toEqual(['O5', 'O6']);
    const unknown = await cli('export', file('x.json'), '--scope', 'NOWHERE');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Территория с кодом «NOWHERE» не найдена/);
  });

  it('говорит по-русски, что база занята, пока папку держит другой процесс', async () => {
    const held = await openDatabase({ dataDir: dataDir() });
    try {
      const result = await cli('import', file('fixture.json'));
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(/База данных в папке .* уже открыта/);
    } finally {
      await held.close();
    }
  });
});
