import { describe, expect, it } from 'vitest';
import { personCreateInput, personInput } from '../../shared/registry.js';
import { issuePath } from '../../shared/zod.js';
import { shownRange } from './data-table.js';
import { issuesToErrors } from './use-zod-form.js';

describe('issuesToErrors', () => {
  it('keeps the first message per field and folds array items onto their field', () => {
    const errors = issuesToErrors([
      { path: 'lastName', message: 'Заполните поле' },
      { path: 'lastName', message: 'второе' },
      { path: 'subjects[2]', message: 'Не длиннее 100 символов' },
    ]);
    expect(errors).toEqual({ lastName: 'Заполните поле', subjects: 'Не длиннее 100 символов', 'subjects[2]': 'Не длиннее 100 символов' });
  });

  it('takes only the issues under a prefix, without it', () => {
    const errors = issuesToErrors(
      [
        { path: 'person.firstName', message: 'Заполните поле' },
        { path: 'employment.start', message: 'Введите дату в виде ДД.ММ.ГГГГ' },
      ],
      'employment',
    );
    expect(errors).toEqual({ start: 'Введите дату в виде ДД.ММ.ГГГГ' });
  });

  it('maps the shared schema’s own issues to Russian field messages', () => {
    const result = personCreateInput.safeParse({ person: { lastName: ' ', firstName: 'Анна', snils: '123' }, employment: {} });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => ({ path: issuePath(i.path), message: i.message }));
    expect(issuesToErrors(issues, 'person')).toMatchObject({ lastName: 'Заполните поле', snils: 'СНИЛС в формате 123-456-789 01' });
    expect(Object.keys(issuesToErrors(issues, 'employment'))).toEqual(
      expect.arrayContaining(['organizationId', 'position', 'category', 'start']),
    );
  });

  it('accepts the empty optional fields a form sends', () => {
    const result = personInput.safeParse({
      lastName: 'Иванова',
      firstName: 'Мария',
      middleName: '',
      birthDate: '',
      careerStart: '',
      email: '',
      phone: '',
      snils: '',
    });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ middleName: null, birthDate: null, email: null, snils: null });
  });
});

describe('shownRange', () => {
  it('says which rows of how many are shown, with Russian digit grouping', () => {
    expect(shownRange(1, 50, 1234).replace(/\s/g, ' ')).toBe('Показано 1–50 из 1 234');
    expect(shownRange(25, 50, 1234).replace(/\s/g, ' ')).toBe('Показано 1 201–1 234 из 1 234');
    expect(shownRange(1, 50, 0)).toBe('Ничего не найдено');
  });
});
