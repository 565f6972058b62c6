import { describe, expect, it } from 'vitest';
import { activeMembershipInput, employmentInput, personInput } from '../../shared/registry.js';
import { shownDate, typedDate } from './date-text.js';

describe('date field text', () => {
  it.each([
    ['31.12.2026', '2026-12-31'],
    ['01.01.1990', '1990-01-01'],
    // A whole but impossible day goes to the schema, which names it.
    ['31.02.1995', '1995-02-31'],
    ['', ''],
    ['__.__.____', ''],
    ['12.03', '12.03'],
    ['12.03.19', '12.03.19'],
  ])('typed «%s» → form value «%s»', (typed, value) => {
    expect(typedDate(typed)).toBe(value);
  });

  it.each([
    ['2026-12-31', '31.12.2026'],
    ['', ''],
    ['12.03', '12.03'],
  ])('form value «%s» is shown as «%s»', (value, shown) => {
    expect(shownDate(value)).toBe(shown);
  });

  it.each([
    ['12.03', 'Введите дату в виде ДД.ММ.ГГГГ'],
    ['31.02.1995', 'Такого дня нет в календаре. Введите дату в виде ДД.ММ.ГГГГ'],
    // Five-digit years cannot be typed through the mask, nor pass the schema.
    ['12.03.19950', 'Введите дату в виде ДД.ММ.ГГГГ'],
  ])('typed «%s» gives the message «%s»', (typed, message) => {
    const result = personInput.safeParse({ lastName: 'А', firstName: 'Б', birthDate: typedDate(typed) });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([message]);
  });
});

describe('end before start', () => {
  it.each([
    [
      'employment',
      employmentInput,
      { organizationId: 1, position: 'Учитель', category: 'teacher', start: '2024-09-01', end: '2024-08-31' },
    ],
    ['membership', activeMembershipInput, { kind: 'expert', level: 'municipal', start: '2024-09-01', end: '2023-01-01' }],
  ] as const)('%s: one message, under the end date', (_what, schema, value) => {
    const result = schema.safeParse(value);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['end', 'Дата окончания не может быть раньше даты начала'],
    ]);
    expect(schema.safeParse({ ...value, end: value.start }).success).toBe(true);
  });
});
