// One row of the file → a person with an employment, or the Russian reasons it cannot be one.
import type { EmploymentType } from '../../../shared/enums.js';
import {
  rosterFieldLabels,
  type RosterField,
  type RosterMapping,
  type RosterPosition,
  type RosterPositionChoice,
  type RosterRecord,
  type RosterRowError,
} from '../../../shared/roster.js';
import { formatSnils, snilsDigits, snilsValid } from '../../../shared/snils.js';
import { z } from '../../../shared/zod.js';
import type { PositionDictionary } from './positions.match.js';
import { cellText, cellValue } from './roster.columns.js';
import { careerStartFromExperience, parseRosterDate } from './roster.dates.js';
import type { SourceRow } from './roster.parse.js';
import { employmentTypeFrom, notDataReason, qualificationFrom } from './roster.values.js';

export interface RosterOrganization {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  municipalityId: number;
}

/** The organizations of the user's territory, found by code or by name. */
export class OrganizationIndex {
  private readonly byCode = new Map<string, RosterOrganization>();
  private readonly byName = new Map<string, RosterOrganization[]>();

  constructor(organizations: RosterOrganization[]) {
    for (const org of organizations) {
      this.byCode.set(org.code.trim().toLowerCase(), org);
      for (const name of new Set([org.name, org.shortName].filter(Boolean).map((n) => orgKey(n!)))) {
        this.byName.set(name, [...(this.byName.get(name) ?? []), org]);
      }
    }
  }

  code = (code: string) => this.byCode.get(code.trim().toLowerCase()) ?? null;
  name = (name: string) => this.byName.get(orgKey(name)) ?? [];
}

/** Organization names compared without case, quotes and extra spaces: «МБОУ "СОШ №5"» = «мбоу «сош № 5»». */
const orgKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"'“”„`]/g, '')
    .replace(/№\s*/g, '№')
    .replace(/\s+/g, ' ')
    .trim();

/** «фамилия имя отчество|дата» folded as the people search does: lower case, ё as е. */
export const personKey = (r: Pick<RosterRecord, 'code' | 'lastName' | 'firstName' | 'middleName' | 'birthDate'>) =>
  r.code
    ? `code:${r.code.toLowerCase()}`
    : `name:${[r.lastName, r.firstName, r.middleName ?? ''].join(' ').toLowerCase().replace(/ё/g, 'е')}|${r.birthDate}`;

export interface RowContext {
  columns: { index: number; header: string; field: RosterField }[];
  organizations: OrganizationIndex;
  defaultOrganization: RosterOrganization | null;
  /** The region's today (`YYYY-MM-DD`): dates after it are refused, experience in years counts back from it. */
  today: string;
  /** Person keys already met in the file: the first row, and the employments («org|position|type») of the rows so far. */
  seen: Map<string, { row: number; organizations: Set<number>; employments: Set<string> }>;
  /** The nomenclature of positions and the importer's choices for the positions outside it. */
  positions: PositionDictionary;
  positionChoices: Record<string, RosterPositionChoice>;
  /** Positions of the file outside the nomenclature, by key. */
  unknownPositions: Map<string, RosterPosition>;
}

/** Which column feeds which field; 422 when the mapping cannot name a person or an organization. */
export function compileMapping(headers: string[], mapping: RosterMapping): RowContext['columns'] {
  const columns: RowContext['columns'] = [];
  const used = new Map<RosterField, string>();
  headers.forEach((header, index) => {
    const field = mapping[header];
    if (!field) return;
    const other = used.get(field);
    if (other) throw mappingError(`Поле «${rosterFieldLabels[field]}» выбрано для двух столбцов: «${other}» и «${header}». Оставьте одно.`);
    used.set(field, header);
    columns.push({ index, header, field });
  });
  if (!used.has('fullName') && !(used.has('lastName') && used.has('firstName'))) {
    throw mappingError('Укажите столбец с ФИО (или столбцы «Фамилия» и «Имя»).');
  }
  if (!used.has('position')) throw mappingError('Укажите столбец «Должность».');
  return columns;
}

const mappingError = (message: string) => new MappingError(message);
export class MappingError extends Error {}

const email = z.email();
const teacherCategory = /^(педагог|педагогическ|учител|преподават|воспитател)/;
const managerCategory = /^(руковод|управлен|администрац|административн|менеджмент)/;

type Fail = (field: RosterField | null, message: string) => void;

/** The name from one ФИО cell («Фамилия Имя Отчество…») or from separate cells. */
function personName(text: (field: RosterField) => string, hasFullName: boolean, fail: Fail) {
  const full = text('fullName');
  if (full) {
    const parts = full.split(' ');
    if (parts.length < 2) fail('fullName', `ФИО «${full}» неполное: укажите фамилию и имя.`);
    return { lastName: parts[0] ?? '', firstName: parts[1] ?? '', middleName: parts.slice(2).join(' ') || null };
  }
  const name = { lastName: text('lastName'), firstName: text('firstName'), middleName: text('middleName') || null };
  if (!name.lastName && !name.firstName) fail(hasFullName ? 'fullName' : 'lastName', 'Не указаны ФИО сотрудника.');
  else if (!name.lastName) fail('lastName', 'Не указана фамилия.');
  else if (!name.firstName) fail('firstName', 'Не указано имя.');
  return name;
}

export interface RowOutcome {
  record: RosterRecord | null;
  errors: RosterRowError[];
  /** Why the row is not loaded although it is no error (not a person's line, not a pedagogical position). */
  skip?: string;
}

/** The rule for a position: its category, or why its rows are skipped. */
function positionCategory(position: string, ctx: RowContext): { category: RosterRecord['category'] } | { skip: string } {
  const { entry, key } = ctx.positions.match(position);
  const choice = ctx.positionChoices[key];
  if (!entry) {
    const known = ctx.unknownPositions.get(key);
    if (known) known.rows++;
    else ctx.unknownPositions.set(key, { key, name: position, rows: 1, choice: choice ?? 'skip' });
  }
  if (choice === 'skip') return { skip: `Должность «${position}» исключена из загрузки при проверке.` };
  if (choice) return { category: choice };
  if (entry) return { category: entry.category };
  return {
    skip: `Должность «${position}» не входит в номенклатуру должностей педагогических работников и руководителей (постановление Правительства РФ № 225): строка не загружается. Если это педагогическая должность, выберите её категорию в списке должностей.`,
  };
}

/** «Учитель музыки (внутреннее совместительство)» → the position without the note, and the note. */
function splitPositionNote(position: string): { position: string; note: string } {
  const match = /\s*\(([^)]*совм[^)]*)\)\s*$/i.exec(position);
  return match ? { position: position.slice(0, match.index).trim(), note: match[1]! } : { position, note: '' };
}

export function validateRow(row: SourceRow, ctx: RowContext): RowOutcome {
  const errors: RosterRowError[] = [];
  const cells = new Map<RosterField, { header: string; value: string | number | Date | null; text: string }>();
  for (const column of ctx.columns) {
    const cell = row.cells[column.index];
    cells.set(column.field, { header: column.header, value: cellValue(cell), text: cellText(cell).replace(/\s+/g, ' ') });
  }
  const text = (field: RosterField) => cells.get(field)?.text ?? '';
  const notData = notDataReason(
    row.cells,
    {
      fullName: cells.has('fullName') ? text('fullName') : null,
      lastName: text('lastName'),
      firstName: text('firstName'),
      position: text('position'),
      birthDate: cells.get('birthDate')?.value ?? null,
    },
    ctx.today,
  );
  if (notData) return { record: null, errors, skip: notData };
  const noted = splitPositionNote(text('position'));
  const position = noted.position;
  let category: RosterRecord['category'] = 'teacher';
  if (position) {
    const rule = positionCategory(position, ctx);
    if ('skip' in rule) return { record: null, errors, skip: rule.skip };
    category = rule.category;
  }
  const fail: Fail = (field, message) => {
    errors.push({ row: row.number, column: field ? (cells.get(field)?.header ?? null) : null, field, message });
  };
  const tooLong = (field: RosterField, value: string, max: number) => {
    if (value.length > max) fail(field, `${rosterFieldLabels[field]}: не длиннее ${max} символов.`);
  };
  const date = (field: RosterField, label: string): string | null => {
    const cell = cells.get(field);
    if (!cell) return null;
    const parsed = parseRosterDate(cell.value, ctx.today);
    if (!parsed) return null;
    if (parsed.ok) return parsed.date;
    if (parsed.reason === 'nonexistent') fail(field, `${label} «${cell.text}» не существует.`);
    else if (parsed.reason === 'range')
      fail(field, `${label} «${cell.text}» вне допустимого диапазона: укажите дату между 1900 и 2100 годом.`);
    else fail(field, `${label} «${cell.text}»: неверный формат, укажите дату как ДД.ММ.ГГГГ.`);
    return null;
  };

  const { lastName, firstName, middleName } = personName(text, cells.has('fullName'), fail);
  tooLong(cells.has('fullName') ? 'fullName' : 'lastName', lastName, 100);
  tooLong(cells.has('fullName') ? 'fullName' : 'firstName', firstName, 100);

  // Dates
  const birthDate = date('birthDate', 'Дата рождения');
  if (birthDate && birthDate > ctx.today) fail('birthDate', `Дата рождения «${text('birthDate')}» в будущем.`);
  let careerStart = date('careerStart', 'Дата начала педагогической деятельности');
  if (!careerStart && !text('careerStart') && cells.has('experience')) {
    const fromExperience = careerStartFromExperience(cells.get('experience')!.value, ctx.today);
    if (fromExperience === undefined)
      fail('experience', `Педагогический стаж «${text('experience')}» не распознан: укажите число лет, например «12» или «12 лет».`);
    else careerStart = fromExperience;
  }
  if (careerStart && careerStart > ctx.today)
    fail(cells.has('careerStart') ? 'careerStart' : 'experience', 'Начало педагогической деятельности не может быть в будущем.');
  if (careerStart && birthDate && careerStart <= birthDate) {
    fail(cells.has('careerStart') ? 'careerStart' : 'experience', 'Начало педагогической деятельности должно быть позже даты рождения.');
  }
  const employmentStart = date('employmentStart', 'Дата приёма');

  // Organization
  let organization = ctx.defaultOrganization;
  const orgCode = text('organizationCode');
  const orgName = text('organizationName');
  if (orgCode) {
    organization = ctx.organizations.code(orgCode);
    if (!organization) fail('organizationCode', `Организация «${orgCode}» не найдена в вашей территории.`);
  } else if (orgName) {
    const found = ctx.organizations.name(orgName);
    organization = found.length === 1 ? found[0]! : null;
    if (!found.length) fail('organizationName', `Организация «${orgName}» не найдена в вашей территории.`);
    if (found.length > 1)
      fail('organizationName', `В вашей территории несколько организаций «${orgName}»: добавьте столбец «Код организации».`);
  } else if (!organization) {
    fail(
      cells.has('organizationName') ? 'organizationName' : cells.has('organizationCode') ? 'organizationCode' : null,
      'Не указана организация: заполните столбец организации или выберите организацию по умолчанию.',
    );
  }

  // Employment
  if (!position) fail('position', 'Не указана должность.');
  tooLong('position', position, 200);
  const categoryText = text('category').toLowerCase();
  if (categoryText) {
    if (managerCategory.test(categoryText)) category = 'manager';
    else if (teacherCategory.test(categoryText)) category = 'teacher';
    else fail('category', `Категория «${text('category')}» не распознана: укажите «Педагогический работник» или «Управленческие кадры».`);
  }
  const subjects = [
    ...new Set(
      text('subjects')
        .split(/[;,]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  if (subjects.some((s) => s.length > 100)) fail('subjects', 'Название предмета не длиннее 100 символов.');

  // Contacts and identity
  const mail = text('email') || null;
  if (mail && !email.safeParse(mail).success)
    fail('email', `Электронная почта «${mail}» указана неверно: нужен адрес вида name@example.ru.`);
  const code = text('code') || null;
  if (code) tooLong('code', code, 100);
  const personnelNumber = text('personnelNumber') || null;
  if (personnelNumber) tooLong('personnelNumber', personnelNumber, 50);
  let snils: string | null = null;
  if (text('snils')) {
    const digits = snilsDigits(text('snils'));
    if (!digits) fail('snils', `СНИЛС «${text('snils')}»: нужно 11 цифр, например 112-233-445 95.`);
    else if (!snilsValid(digits))
      fail('snils', `СНИЛС «${text('snils')}» с ошибкой: контрольное число не сходится. Сверьте цифры с документом.`);
    else snils = formatSnils(digits);
  }

  // Qualification category (an attestation of the person)
  let attestation: RosterRecord['attestation'] = null;
  const qualification = qualificationFrom(text('qualificationCategory'));
  if (qualification === undefined) {
    fail(
      'qualificationCategory',
      `Квалификационная категория «${text('qualificationCategory')}» не распознана: укажите «первая», «высшая», «педагог-методист», «педагог-наставник», «соответствие занимаемой должности» или «без категории».`,
    );
  } else if (qualification) {
    const awarded = date('qualificationDate', 'Дата присвоения категории');
    if (awarded && awarded > ctx.today) fail('qualificationDate', `Дата присвоения категории «${text('qualificationDate')}» в будущем.`);
    else if (awarded) attestation = { category: qualification, date: awarded };
    else if (!text('qualificationDate'))
      fail(
        cells.has('qualificationDate') ? 'qualificationDate' : 'qualificationCategory',
        `Укажите дату присвоения категории «${text('qualificationCategory')}»: без даты аттестацию не загрузить.`,
      );
  }
  const phone = text('phone') || null;
  if (phone) tooLong('phone', phone, 50);
  if (!code && !birthDate && !errors.some((e) => e.field === 'birthDate')) {
    fail(
      cells.has('birthDate') ? 'birthDate' : null,
      'Укажите дату рождения или код сотрудника: без них сотрудника не отличить от однофамильцев.',
    );
  }

  if (errors.length || !organization) return { record: null, errors };
  const key = personKey({ code, lastName, firstName, middleName, birthDate });
  const earlier = ctx.seen.get(key);
  const employmentType: EmploymentType = employmentTypeFrom(
    text('employmentType') || noted.note,
    earlier?.organizations.has(organization.id) ?? false,
  );
  const record: RosterRecord = {
    row: row.number,
    repeatOf: earlier?.row ?? null,
    code,
    lastName,
    firstName,
    middleName,
    birthDate,
    organizationId: organization.id,
    organizationName: organization.name,
    position,
    category,
    employmentType,
    personnelNumber,
    careerStart,
    employmentStart,
    attestation,
    subjects,
    email: mail,
    phone,
    snils,
  };
  // The same person again is another employment (a part-time job), unless it repeats one above.
  const employment = [organization.id, position.toLowerCase().replace(/ё/g, 'е'), employmentType].join('|');
  if (earlier?.employments.has(employment)) {
    fail(
      cells.has('code') && code ? 'code' : cells.has('fullName') ? 'fullName' : 'lastName',
      `Сотрудник «${[lastName, firstName, middleName].filter(Boolean).join(' ')}» с той же должностью уже указан в строке ${earlier.row}: оставьте одну строку или укажите в примечании совместительство.`,
    );
    return { record: null, errors };
  }
  if (earlier) {
    earlier.organizations.add(organization.id);
    earlier.employments.add(employment);
  } else ctx.seen.set(key, { row: row.number, organizations: new Set([organization.id]), employments: new Set([employment]) });
  return { record, errors };
}
