import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indicatorCatalog } from '../../../shared/indicators.js';
import { indicatorsDocPath, renderIndicatorsDoc } from './indicators.doc.js';

describe('docs/indicators.md', () => {
  it('совпадает с тем, что пишет `npm run docs:indicators` из каталога и профилей', async () => {
    const written = await renderIndicatorsDoc();
    // After a change of the catalog or a profile: `npm run docs:indicators`, then commit the file.
    expect(fs.readFileSync(indicatorsDocPath, 'utf8'), 'docs/indicators.md устарел: выполните npm run docs:indicators').toBe(written);
  });

  it('называет каждый показатель каталога с его определением', async () => {
    const written = await renderIndicatorsDoc();
    const lines = written.split('\n');
    for (const d of indicatorCatalog) {
      const row = lines.find((line) => line.startsWith(`| \`${d.code}\``));
      expect(row, d.code).toBeDefined();
      for (const part of [d.source, d.name, d.short, d.numerator.replace(/\|/g, '\\|')]) expect(row, d.code).toContain(part);
    }
    expect(written).toContain('Учебный год (`school-year`), 01.09–31.08; принимает: муниципальный орган управления образованием.');
  });
});
