import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addYears, today } from './today.js';
import { buildXlsx } from './xlsx.js';

describe('today', () => {
  it('берёт дату в часовом поясе региона, а не сервера', () => {
    const lateEveningUtc = new Date('2026-03-01T22:30:00Z');
    expect(today('Europe/Moscow', lateEveningUtc)).toBe('2026-03-02');
    expect(today('UTC', lateEveningUtc)).toBe('2026-03-01');
    expect(today('Asia/Vladivostok', new Date('2026-12-31T14:00:00Z'))).toBe('2027-01-01');
  });

  it('сдвигает на годы, 29 февраля — на 28-е, как PostgreSQL', () => {
    expect(addYears('2000-02-29', 35)).toBe('2035-02-28');
    expect(addYears('2000-02-29', 4)).toBe('2004-02-29');
    expect(addYears('2026-11-23', -35)).toBe('1991-11-23');
  });
});

describe('buildXlsx', () => {
  it('пишет жирную шапку, ширины и настоящие даты в формате ДД.ММ.ГГГГ', async () => {
    const rows = [
      { name: 'Иванова', born: '1985-04-12', n: 3 },
      { name: 'Петров', born: null, n: 0 },
    ];
    const buffer = await buildXlsx({
      filename: 'Проба',
      columns: [
        { header: 'ФИО', width: 30, value: (r: (typeof rows)[number]) => r.name },
        { header: 'Дата рождения', type: 'date', value: (r) => r.born },
        { header: 'Число', type: 'number', value: (r) => r.n },
      ],
      rows,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Проба');
    expect(sheet.getCell('A1').value).toBe('ФИО');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getColumn(1).width).toBe(30);
    const born = sheet.getCell('B2');
    expect(born.value).toEqual(new Date(Date.UTC(1985, 3, 12)));
    expect(born.numFmt).toBe('dd.mm.yyyy');
    expect(sheet.getCell('B3').value).toBeNull();
    expect(sheet.getCell('C2').value).toBe(3);
    expect(sheet.rowCount).toBe(3);
  });
});
