import { rosterFieldLabels, type RosterField } from '../../../shared/roster.js';

/** Lower case, ё as е, letters and digits only: «Ф.И.О.», «ф и о» and «ФИО» become one key. */
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

// The headers school systems and people actually write, by field; compared through headerKey.
const synonyms: Record<RosterField, string[]> = {
  fullName: [
    'ФИО',
    'Ф.И.О.',
    'Фамилия Имя Отчество',
    'Фамилия, имя, отчество',
    'ФИО сотрудника',
    'ФИО работника',
    'ФИО педагога',
    'Сотрудник',
    'Работник',
  ],
  lastName: ['Фамилия'],
  firstName: ['Имя'],
  middleName: ['Отчество'],
  birthDate: ['Дата рождения', 'Дата рожд.', 'ДР', 'День рождения'],
  organizationName: [
    'Организация',
    'Образовательная организация',
    'ОО',
    'Наименование организации',
    'Наименование ОО',
    'Учреждение',
    'Место работы',
    'Школа',
  ],
  organizationCode: ['Код организации', 'Код ОО', 'Код учреждения', 'ИНН организации'],
  position: ['Должность', 'Занимаемая должность', 'Основная должность'],
  category: ['Категория', 'Категория работника', 'Категория должности', 'Категория персонала'],
  experience: ['Педагогический стаж', 'Пед. стаж', 'Педстаж', 'Стаж педагогической работы', 'Стаж педагогический', 'Стаж'],
  careerStart: [
    'Дата начала работы',
    'Дата начала педагогической деятельности',
    'Дата начала педагогической работы',
    'Начало педагогического стажа',
  ],
  employmentStart: [
    'Дата приёма',
    'Дата приема',
    'Дата приёма на работу',
    'Дата приема на работу',
    'Принят',
    'Дата трудоустройства',
    'Дата поступления на работу',
    'Дата поступления',
    'Дата назначения на должность',
  ],
  employmentType: [
    'Примечание',
    'Примечания',
    'Вид занятости',
    'Тип занятости',
    'Характер работы',
    'Вид работы',
    'Условия работы',
    'Совместительство',
    'Основное место работы / совместительство',
  ],
  personnelNumber: ['Табельный номер', 'Таб. номер', 'Таб. №', 'Табельный №', 'Таб.ном.', 'Табельный'],
  qualificationCategory: [
    'Квалификационная категория',
    'Кв. категория',
    'Квал. категория',
    'Категория (квалификационная)',
    'Квалификационная категория (первая, высшая)',
    'Аттестационная категория',
    'Категория по аттестации',
    'Результат аттестации',
    'Наличие квалификационной категории',
  ],
  qualificationDate: [
    'Дата присвоения категории',
    'Дата присвоения квалификационной категории',
    'Дата присвоения',
    'Дата аттестации',
    'Дата последней аттестации',
    'Дата категории',
    'Дата приказа об аттестации',
  ],
  subjects: ['Предметы', 'Предмет', 'Преподаваемые предметы', 'Преподаваемый предмет', 'Дисциплины'],
  email: ['E-mail', 'Email', 'Электронная почта', 'Эл. почта', 'Адрес электронной почты', 'Почта', 'e-mail адрес'],
  // Табельный номер is the employer's number of an employment (personnelNumber), not a person's code.
  code: ['Код', 'Код сотрудника', 'Код работника', 'Идентификатор', 'Код сотрудника в регионе'],
  snils: ['СНИЛС', 'Номер СНИЛС', 'Страховой номер'],
  phone: ['Телефон', 'Контактный телефон', 'Моб. телефон', 'Мобильный телефон', 'Тел.'],
};

const byKey = new Map<string, RosterField>();
for (const [field, names] of Object.entries(synonyms) as [RosterField, string[]][]) {
  for (const name of names) byKey.set(headerKey(name), field);
}

/** The field a header stands for, or null when the header is not one we know. */
export function recognizeHeader(header: string): RosterField | null {
  return byKey.get(headerKey(header)) ?? null;
}

/** Headers of the file, each named once: blanks become «Столбец N», repeats get « (2)». */
export function uniqueHeaders(cells: unknown[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const text = cellText(cell).replace(/\s+/g, ' ');
    const base = text || `Столбец ${i + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/** The mapping the page starts from: every recognised header, each field taken once. */
export function guessMapping(headers: string[]): Record<string, RosterField | null> {
  const taken = new Set<RosterField>();
  const mapping: Record<string, RosterField | null> = {};
  for (const header of headers) {
    const field = recognizeHeader(header);
    mapping[header] = field && !taken.has(field) ? field : null;
    if (field) taken.add(field);
  }
  return mapping;
}

/** A person's name is in the file: one ФИО column or separate surname and first name. */
export function hasNameColumns(fields: Iterable<RosterField | null>): boolean {
  const set = new Set(fields);
  return set.has('fullName') || (set.has('lastName') && set.has('firstName'));
}

export const expectedNameHeaders = '«ФИО» (или «Ф.И.О.», «Фамилия Имя Отчество») либо «Фамилия» и «Имя»';

export const fieldList = () => (Object.entries(rosterFieldLabels) as [RosterField, string][]).map(([field, label]) => ({ field, label }));

/**
 * Text of a cell as a person sees it; rich text and formulas of exceljs unwrapped. NUL characters
 * are dropped: nobody sees them, and PostgreSQL refuses them in text.
 */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.replaceAll('\u0000', '').trim();
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'object') {
    const o = cell as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown };
    if (Array.isArray(o.richText))
      return o.richText
        .map((r) => r.text)
        .join('')
        .replaceAll('\u0000', '')
        .trim();
    if (o.result !== undefined) return cellText(o.result);
    if (o.text !== undefined) return cellText(o.text);
  }
  return '';
}

/** A cell as a value: formulas give their result, rich text its text; dates and numbers stay. */
export function cellValue(cell: unknown): string | number | Date | null {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date || typeof cell === 'number') return cell;
  if (typeof cell === 'object' && (cell as { result?: unknown }).result !== undefined)
    return cellValue((cell as { result: unknown }).result);
  const text = cellText(cell);
  return text === '' ? null : text;
}
