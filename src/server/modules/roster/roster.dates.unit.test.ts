import { describe, expect, it } from 'vitest';
import { careerStartFromExperience, fullYear, parseRosterDate } from './roster.dates.js';

const today = '2026-11-23';

describe('даты из таблиц', () => {
  it.each([
    ['12.03.1990', '1990-03-12'],
    ['1.2.1990', '1990-02-01'],
    ['01/02/1990', '1990-02-01'],
    ['29.02.2024', '2024-02-29'],
    ['15.01.1985 г.', '1985-01-15'],
    ['05.03.75', '1975-03-05'],
    ['05.03.05', '2005-03-05'],
    ['23.11.26', '2026-11-23'],
    ['01.01.27', '1927-01-01'],
    ['1990-03-12', '1990-03-12'],
    ['1990-03-12T00:00:00.000Z', '1990-03-12'],
    ['1990-3-2', '1990-03-02'],
    ['32874', '1990-01-01'],
    [32874, '1990-01-01'],
    [45292.75, '2024-01-01'],
    [new Date(Date.UTC(1990, 2, 12)), '1990-03-12'],
  ])('%s → %s', (value, expected) => {
    expect(parseRosterDate(value, today)).toEqual({ ok: true, date: expected });
  });

  it.each([
    ['31.02.1990', 'nonexistent'],
    ['29.02.2023', 'nonexistent'],
    ['32.01.1990', 'nonexistent'],
    ['12.13.1990', 'nonexistent'],
    ['1990-02-30', 'nonexistent'],
    ['12.03.1850', 'range'],
    [12, 'range'],
    ['вчера', 'format'],
    ['12 марта 1990', 'format'],
    ['1990', 'format'],
    ['12.03', 'format'],
    [new Date(Number.NaN), 'nonexistent'],
  ])('%s — ошибка %s', (value, reason) => {
    expect(parseRosterDate(value, today)).toEqual({ ok: false, reason });
  });

  it.each([null, '', '   '])('пустая ячейка «%s» — нет даты', (value) => {
    expect(parseRosterDate(value, today)).toBeNull();
  });

  it.each([
    [0, 2000],
    [26, 2026],
    [27, 1927],
    [99, 1999],
  ])('двузначный год %i → %i', (yy, year) => {
    expect(fullYear(yy, today)).toBe(year);
  });
});

describe('педагогический стаж', () => {
  it.each([
    ['12', '2014-11-23'],
    [12, '2014-11-23'],
    ['12 лет', '2014-11-23'],
    ['1 год', '2025-11-23'],
    ['3 года', '2023-11-23'],
    ['12,5', '2014-05-23'],
    ['12 л. 3 мес.', '2014-08-23'],
    ['0', '2026-11-23'],
  ])('%s → начало %s', (value, expected) => {
    expect(careerStartFromExperience(value, today)).toBe(expected);
  });

  it.each(['много', '120', '12 л. 14 мес.', '-3'])('«%s» не распознаётся', (value) => {
    expect(careerStartFromExperience(value, today)).toBeUndefined();
  });

  it('пустая ячейка — нет даты', () => {
    expect(careerStartFromExperience(null, today)).toBeNull();
    expect(careerStartFromExperience(' ', today)).toBeNull();
  });
});
