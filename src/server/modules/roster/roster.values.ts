// What the cells of one row say beyond names and dates: whether the row is a person's line at
// all, the qualification category, the kind of employment. Pure, so table-driven tests cover it.
import type { AttestationCategory, EmploymentType } from '../../../shared/enums.js';
import { cellText } from './roster.columns.js';
import { parseRosterDate } from './roster.dates.js';

const fold = (text: string) => text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/** First words of the lines under a table: totals, signatures, the person who filled it in. */
const footerWords = new Set([
  'итого',
  'всего',
  'исполнитель',
  'исп',
  'директор',
  'руководитель',
  'заведующий',
  'заведующая',
  'начальник',
  'подпись',
  'составил',
  'составила',
  'ответственный',
  'ответственная',
  'главный',
  'дата',
  'мп',
  'м',
  'примечание',
  'согласовано',
  'утверждаю',
]);

/** Letters, spaces, hyphens, apostrophes and dots: «Иванова Анна», «Д'Артаньян», not «Итого: 25». */
const nameLike = (text: string) => /^[\p{L}\s.'’-]+$/u.test(text) && /\p{L}/u.test(text);

function isName(fullName: string | null, lastName: string, firstName: string): boolean {
  if (fullName !== null) {
    const words = fullName.split(' ').filter(Boolean);
    return words.length >= 2 && nameLike(fullName) && !footerWords.has(fold(words[0]!).replace(/\.$/, ''));
  }
  return nameLike(lastName) && nameLike(firstName) && !footerWords.has(fold(lastName));
}

export interface RowShape {
  /** null when the name comes from separate columns. */
  fullName: string | null;
  lastName: string;
  firstName: string;
  position: string;
  birthDate: string | number | Date | null;
}

/**
 * Why a row is not a person's line, or null when it is one: a row is data where the mapped columns
 * hold data of their kind (a name, a position, a birth date). Lines under the table — signatures
 * «Директор ____ /А.А. Смирнова/», «Исполнитель: …», «Итого: 25» — hold none of them.
 */
export function notDataReason(cells: unknown[], row: RowShape, today: string): string | null {
  const texts = cells.map((cell) => cellText(cell).replace(/\s+/g, ' ')).filter(Boolean);
  const shown = texts.join(' ').slice(0, 120);
  const born = row.birthDate !== null && parseRosterDate(row.birthDate, today)?.ok === true;
  const signature = texts.some((t) => /_{3,}/.test(t) || /\/[^/]*\p{L}[^/]*\//u.test(t));
  if (signature && !born) return `Подпись под таблицей, не сотрудник: «${shown}».`;
  const name = isName(row.fullName, row.lastName, row.firstName);
  const position = /\p{L}/u.test(row.position);
  if (!name && !position && !born) return `Строка под таблицей, не сотрудник: «${shown}» — нет ФИО, должности и даты рождения.`;
  return null;
}

/**
 * A qualification category as schools write it → its code; null for «без категории»; undefined for
 * text that is none of them.
 */
export function qualificationFrom(text: string): AttestationCategory | null | undefined {
  const t = fold(text)
    .replace(/[.,;:()«»"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!t || /^(нет|не имеет|отсутствует|без категории|б\/к|бк|б к|-+|—)$/.test(t)) return null;
  if (/наставн/.test(t)) return 'mentor';
  if (/методист/.test(t)) return 'methodist';
  if (/соответств|^сзд$/.test(t)) return 'conformity';
  if (/высш|^вкк$|^в$/.test(t)) return 'highest';
  if (/перв|^1(\s|$|кк)|^i$|^пкк$/.test(t)) return 'first';
  return undefined;
}

/**
 * The kind of employment from a note («внутр. совм.», «внешнее совместительство», «основное»).
 * A bare «совместительство» is internal when the person is listed above in the same organization,
 * external otherwise; a note that says nothing of it leaves the main employment.
 */
export function employmentTypeFrom(note: string, sameOrganizationAbove: boolean): EmploymentType {
  const t = fold(note);
  if (!/совм/.test(t)) return 'main';
  if (/внутр/.test(t)) return 'internal_part_time';
  if (/внеш/.test(t)) return 'external_part_time';
  return sameOrganizationAbove ? 'internal_part_time' : 'external_part_time';
}
