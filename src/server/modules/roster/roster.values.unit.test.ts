import { describe, expect, it } from 'vitest';
import { employmentTypeFrom, notDataReason, qualificationFrom, type RowShape } from './roster.values.js';

describe('квалификационная категория', () => {
  it.each([
    ['высшая', 'highest'],
    ['Высшая квалификационная категория', 'highest'],
    ['ВКК', 'highest'],
    ['первая', 'first'],
    ['1 категория', 'first'],
    ['1', 'first'],
    ['I', 'first'],
    ['Первая кв. категория', 'first'],
    ['педагог-методист', 'methodist'],
    ['Педагог-наставник', 'mentor'],
    ['соответствие занимаемой должности', 'conformity'],
    ['СЗД', 'conformity'],
    ['б/к', null],
    ['без категории', null],
    ['нет', null],
    ['', null],
    ['-', null],
    ['вторая', undefined],
    ['2', undefined],
  ])('«%s» → %s', (text, category) => {
    expect(qualificationFrom(text)).toBe(category);
  });
});

describe('вид занятости из примечания', () => {
  it.each([
    ['', false, 'main'],
    ['основное место работы', false, 'main'],
    ['декретный отпуск', false, 'main'],
    ['внутр. совм.', false, 'internal_part_time'],
    ['Внутреннее совместительство', true, 'internal_part_time'],
    ['внешнее совместительство', true, 'external_part_time'],
    ['внешн. совм.', false, 'external_part_time'],
    ['совместитель', true, 'internal_part_time'],
    ['по совместительству', false, 'external_part_time'],
  ])('«%s» (в той же организации выше: %s) → %s', (note, above, type) => {
    expect(employmentTypeFrom(note, above)).toBe(type);
  });
});

describe('строка сотрудника или строка под таблицей', () => {
  const shape = (over: Partial<RowShape>): RowShape => ({
    fullName: '',
    lastName: '',
    firstName: '',
    position: '',
    birthDate: null,
    ...over,
  });
  it.each([
    [['Итого: 25 человек'], shape({ fullName: 'Итого: 25 человек' }), /^Строка под таблицей/],
    [['Итого'], shape({ fullName: 'Итого' }), /^Строка под таблицей/],
    [[null, 'Директор школы ______ /А.В. Смирнова/'], shape({ fullName: 'Директор школы ______ /А.В. Смирнова/' }), /^Подпись/],
    [['Директор', '', '/А.В. Смирнова/'], shape({ fullName: 'Директор' }), /^Подпись/],
    [['Исполнитель: Петрова О.И., тел. 2-34-56'], shape({ fullName: 'Исполнитель: Петрова О.И., тел. 2-34-56' }), /^Строка под таблицей/],
    [['Директор Смирнова А.В.'], shape({ fullName: 'Директор Смирнова А.В.' }), /^Строка под таблицей/],
    [['', 'всего'], shape({ fullName: '' }), /^Строка под таблицей/],
    [['Итого', ''], shape({ fullName: null, lastName: 'Итого' }), /^Строка под таблицей/],
    [['Иванова Анна'], shape({ fullName: 'Иванова Анна' }), null],
    [['', 'Учитель'], shape({ fullName: '', position: 'Учитель' }), null],
    [['', '01.01.1980'], shape({ fullName: '', birthDate: '01.01.1980' }), null],
    [['Иванова', 'Анна'], shape({ fullName: null, lastName: 'Иванова', firstName: 'Анна' }), null],
  ])('%j', (cells, row, reason) => {
    const result = notDataReason(cells, row, '2026-11-23');
    if (reason === null) expect(result).toBeNull();
    else expect(result).toMatch(reason);
  });
});
