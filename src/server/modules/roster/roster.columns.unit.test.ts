import { describe, expect, it } from 'vitest';
import { guessMapping, hasNameColumns, headerKey, recognizeHeader, uniqueHeaders } from './roster.columns.js';

describe('распознавание заголовков', () => {
  it.each([
    ['ФИО', 'fullName'],
    ['Ф.И.О.', 'fullName'],
    ['  ф. и. о. ', 'fullName'],
    ['Фамилия Имя Отчество', 'fullName'],
    ['Фамилия, имя, отчество', 'fullName'],
    ['ФАМИЛИЯ', 'lastName'],
    ['Имя', 'firstName'],
    ['отчество', 'middleName'],
    ['Дата рождения', 'birthDate'],
    ['дата  рождения:', 'birthDate'],
    ['Организация', 'organizationName'],
    ['Код организации', 'organizationCode'],
    ['Код ОО', 'organizationCode'],
    ['Должность', 'position'],
    ['Категория', 'category'],
    ['Педагогический стаж', 'experience'],
    ['Пед. стаж (лет)', null],
    ['Дата начала работы', 'careerStart'],
    ['Дата начала педагогической деятельности', 'careerStart'],
    ['Дата приёма', 'employmentStart'],
    ['Дата приема', 'employmentStart'],
    ['Предметы', 'subjects'],
    ['E-mail', 'email'],
    ['email', 'email'],
    ['Электронная почта', 'email'],
    ['Табельный номер', 'personnelNumber'],
    ['Таб. №', 'personnelNumber'],
    ['Примечание', 'employmentType'],
    ['Вид занятости', 'employmentType'],
    ['Квалификационная категория', 'qualificationCategory'],
    ['Кв. категория', 'qualificationCategory'],
    ['Дата присвоения категории', 'qualificationDate'],
    ['Дата аттестации', 'qualificationDate'],
    ['Дата приёма на работу', 'employmentStart'],
    ['Код', 'code'],
    ['Код сотрудника', 'code'],
    ['СНИЛС', 'snils'],
    ['Телефон', 'phone'],
    ['Любимый цвет', null],
    ['', null],
  ])('«%s» → %s', (header, field) => {
    expect(recognizeHeader(header)).toBe(field);
  });

  it('сравнивает без регистра, пробелов, знаков препинания и различия ё/е', () => {
    expect(headerKey('Дата приёма')).toBe(headerKey('ДАТА  ПРИЕМА.'));
  });

  it('называет пустые и повторные заголовки', () => {
    expect(uniqueHeaders(['ФИО', '', 'Предметы', 'Предметы', null, { richText: [{ text: 'Долж' }, { text: 'ность' }] }])).toEqual([
      'ФИО',
      'Столбец 2',
      'Предметы',
      'Предметы (2)',
      'Столбец 5',
      'Должность',
    ]);
  });

  it('предлагает каждое поле одному столбцу', () => {
    expect(guessMapping(['ФИО', 'Ф.И.О.', 'Стаж', 'Примечание', 'Вид занятости', 'Любимый цвет'])).toEqual({
      ФИО: 'fullName',
      'Ф.И.О.': null,
      Стаж: 'experience',
      Примечание: 'employmentType',
      'Вид занятости': null,
      'Любимый цвет': null,
    });
  });

  it('находит имя в ФИО или в фамилии с именем', () => {
    expect(hasNameColumns(['fullName'])).toBe(true);
    expect(hasNameColumns(['lastName', 'firstName'])).toBe(true);
    expect(hasNameColumns(['lastName', 'birthDate'])).toBe(false);
  });
});
