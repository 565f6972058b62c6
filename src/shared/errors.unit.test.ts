import { describe, expect, it } from 'vitest';
import { notFound, notFoundMessage, recordNouns, type RecordNoun } from './errors.js';

// Written out by hand, not derived: «не найден / не найдена / не найдено» must agree with each noun.
const expected: Record<RecordNoun, string> = {
  record: 'Запись не найдена или недоступна.',
  municipality: 'Муниципалитет не найден или недоступен.',
  organization: 'Организация не найдена или недоступна.',
  person: 'Работник не найден или недоступен.',
  employment: 'Место работы не найдено или недоступно.',
  attestation: 'Аттестация не найдена или недоступна.',
  membership: 'Участие в активе не найдено или недоступно.',
  user: 'Пользователь не найден или недоступен.',
  upload: 'Загрузка файла не найдена или недоступна.',
  rosterJob: 'Задача загрузки не найдена или недоступна.',
  report: 'Отчёт не найден или недоступен.',
  position: 'Должность не найдена или недоступна.',
};

describe('сообщения «не найден»', () => {
  it('описывают каждое существительное', () => {
    expect(Object.keys(recordNouns).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected) as [RecordNoun, string][])('%s → «%s»', (what, message) => {
    expect(notFoundMessage(what)).toBe(message);
    expect(notFound(what)).toMatchObject({ code: 'not_found', status: 404, message });
  });

  it('без существительного — «Запись»', () => {
    expect(notFound().message).toBe('Запись не найдена или недоступна.');
  });
});
