// Checks a package before anything is written: the zod schema record by record, then what the
// schema cannot see (references, uniqueness, date order), so that one answer lists every error.
import { AppError, type FieldIssue } from '../../../shared/errors.js';
import * as x from '../../../shared/exchange.js';
import { exchangeLists, type ExchangeList, type ExchangePackage } from '../../../shared/exchange.js';
import { issuePath, z } from '../../../shared/zod.js';

/** Lists whose records carry a `code` that other records refer to. */
export type CodedList =
  | 'municipalities'
  | 'organizations'
  | 'people'
  | 'diagnostics'
  | 'programmes'
  | 'routes'
  | 'communities'
  | 'events'
  | 'consultations'
  | 'practices';
type Referenced = Exclude<CodedList, 'routes' | 'consultations'>;

/** What the validation needs to know about the database. */
export interface ValidationLookups {
  /** The codes among `codes` that already exist in the list's table. */
  existingCodes(list: Referenced, codes: string[]): Promise<Set<string>>;
  regionCodes(): Promise<string[]>;
}

const itemSchemas: Record<ExchangeList, z.ZodType> = {
  municipalities: x.exchangeMunicipality,
  organizations: x.exchangeOrganization,
  people: x.exchangePerson,
  employments: x.exchangeEmployment,
  attestations: x.exchangeAttestation,
  activeMemberships: x.exchangeActiveMembership,
  diagnostics: x.exchangeDiagnostic,
  programmes: x.exchangeProgramme,
  completions: x.exchangeCompletion,
  routes: x.exchangeRoute,
  mentoringPairs: x.exchangeMentoringPair,
  communities: x.exchangeCommunity,
  communityMembers: x.exchangeCommunityMember,
  events: x.exchangeEvent,
  participations: x.exchangeParticipation,
  consultations: x.exchangeConsultation,
  practices: x.exchangePractice,
  practiceAdoptions: x.exchangePracticeAdoption,
};

// The envelope is checked first; each record separately, so a broken record does not hide the
// reference errors of the others.
const envelope = z.strictObject({
  format: x.exchangePackage.shape.format,
  version: x.exchangePackage.shape.version,
  region: x.exchangeRegion,
  ...Object.fromEntries(exchangeLists.map((list) => [list, z.array(z.unknown()).default([])])),
});

interface ListRules {
  key?: readonly string[];
  refs?: Record<string, Referenced>;
  /** [earlier, later, strict]: `later` may not precede `earlier` (strict: must follow it). */
  order?: readonly (readonly [string, string, boolean?])[];
}

const dated = [['start', 'end']] as const;
export const listRules: Record<ExchangeList, ListRules> = {
  municipalities: {},
  organizations: { refs: { municipality: 'municipalities' } },
  people: { order: [['birthDate', 'careerStart', true]] },
  employments: {
    key: ['person', 'organization', 'position', 'start', 'type'],
    refs: { person: 'people', organization: 'organizations' },
    order: dated,
  },
  attestations: { key: ['person', 'category', 'date'], refs: { person: 'people' } },
  activeMemberships: { key: ['person', 'kind', 'level', 'start'], refs: { person: 'people' }, order: dated },
  diagnostics: { refs: { person: 'people' } },
  programmes: {},
  completions: { key: ['person', 'programme', 'end'], refs: { person: 'people', programme: 'programmes' }, order: dated },
  routes: { refs: { person: 'people', methodist: 'people', diagnostic: 'diagnostics' }, order: dated },
  mentoringPairs: {
    key: ['mentor', 'mentee', 'start'],
    refs: { mentor: 'people', mentee: 'people', organization: 'organizations' },
    order: dated,
  },
  communities: { refs: { municipality: 'municipalities', organization: 'organizations' }, order: dated },
  communityMembers: { key: ['community', 'person', 'start'], refs: { community: 'communities', person: 'people' }, order: dated },
  events: { refs: { municipality: 'municipalities' }, order: dated },
  participations: { key: ['event', 'person'], refs: { event: 'events', person: 'people' } },
  consultations: { refs: { requester: 'people', assignee: 'people' }, order: [['date', 'resolvedOn']] },
  practices: {},
  practiceAdoptions: { key: ['practice', 'person'], refs: { practice: 'practices', person: 'people' } },
};

const notFoundNoun: Record<Referenced, string> = {
  municipalities: 'муниципалитет с кодом «%» не найден',
  organizations: 'организация с кодом «%» не найдена',
  people: 'человек с кодом «%» не найден',
  diagnostics: 'диагностика с кодом «%» не найдена',
  programmes: 'программа с кодом «%» не найдена',
  communities: 'сообщество с кодом «%» не найдено',
  events: 'мероприятие с кодом «%» не найдено',
  practices: 'практика с кодом «%» не найдена',
};

const dateFields = new Set(['birthDate', 'careerStart', 'start', 'end', 'date', 'plannedEnd', 'completedOn', 'resolvedOn', 'publishedOn']);

type Row = Record<string, unknown>;
/** A reference to check; its path is spelled out only when it is wrong (a large package holds millions). */
interface Ref {
  at: string;
  field: string;
  list: Referenced;
  code: string;
}

/** `N ошибок` with the Russian plural. */
export function errorCount(n: number): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  const word = mod10 === 1 && mod100 !== 11 ? 'ошибка' : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? 'ошибки' : 'ошибок';
  return `${n} ${word}`;
}

function zodToIssues(error: z.ZodError, prefix: string): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of error.issues) {
    const path = issuePath(issue.path);
    const full = !prefix ? path : !path ? prefix : path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: full ? `${full}.${key}` : key, message: 'неизвестное поле' });
    } else out.push({ path: full || 'пакет', message: issue.message });
  }
  return out;
}

/** Throws AppError('validation') with every issue, or returns the parsed package. */
export async function validatePackage(input: unknown, lookups: ValidationLookups): Promise<ExchangePackage> {
  const issues: FieldIssue[] = [];
  const top = envelope.safeParse(input);
  if (!top.success) {
    issues.push(...zodToIssues(top.error, ''));
    // Without the envelope the lists cannot be read; report what the envelope got wrong.
    if (!input || typeof input !== 'object' || Array.isArray(input)) reject(issues);
  }
  const raw = (top.success ? top.data : input) as Record<string, unknown>;
  const parsed: Partial<Record<ExchangeList, (Row | undefined)[]>> = {};
  const codes: Partial<Record<ExchangeList, Map<string, number>>> = {};
  for (const list of exchangeLists) {
    const items = Array.isArray(raw[list]) ? (raw[list] as unknown[]) : [];
    const out: (Row | undefined)[] = new Array(items.length);
    const seen = new Map<string, number>();
    for (let i = 0; i < items.length; i++) {
      const result = itemSchemas[list].safeParse(items[i]);
      if (result.success) out[i] = result.data as Row;
      else issues.push(...zodToIssues(result.error, `${list}[${i}]`));
      const item = items[i] as Row | null;
      const code = result.success ? (out[i]!.code as string | undefined) : typeof item?.code === 'string' ? item.code.trim() : undefined;
      if (code === undefined) continue;
      const first = seen.get(code);
      if (first === undefined) seen.set(code, i);
      else issues.push({ path: `${list}[${i}].code`, message: `код «${code}» повторяется: он уже есть у записи ${list}[${first}]` });
    }
    parsed[list] = out;
    codes[list] = seen;
  }

  const refs: Ref[] = [];
  for (const list of exchangeLists) {
    const rules = listRules[list];
    const keys = new Map<string, number>();
    parsed[list]!.forEach((row, i) => {
      if (!row) return;
      const at = `${list}[${i}]`;
      checkValues(row, at, issues);
      for (const [field, target] of Object.entries(rules.refs ?? {})) {
        const value = row[field];
        if (typeof value === 'string') refs.push({ at, field, list: target, code: value });
      }
      if (list === 'routes') {
        (row.activities as Row[] | null | undefined)?.forEach((activity, j) => {
          if (typeof activity.programme === 'string')
            refs.push({ at, field: `activities[${j}].programme`, list: 'programmes', code: activity.programme });
        });
      }
      if (list === 'practices') {
        const authors = new Map<string, number>();
        (row.authors as string[]).forEach((author, j) => {
          refs.push({ at, field: `authors[${j}]`, list: 'people', code: author });
          if (authors.has(author)) issues.push({ path: `${at}.authors[${j}]`, message: `автор «${author}» указан дважды` });
          else authors.set(author, j);
        });
      }
      if (list === 'mentoringPairs' && row.mentor === row.mentee) {
        issues.push({ path: `${at}.mentee`, message: 'наставник и наставляемый должны быть разными людьми' });
      }
      for (const [earlier, later, strict] of rules.order ?? []) {
        const a = row[earlier];
        const b = row[later];
        if (typeof a === 'string' && typeof b === 'string' && (strict ? b <= a : b < a)) {
          issues.push({
            path: `${at}.${later}`,
            message: `«${later}» (${b}) ${strict ? 'должна быть позже' : 'не может быть раньше'} «${earlier}» (${a})`,
          });
        }
      }
      if (rules.key) {
        const key = JSON.stringify(rules.key.map((field) => row[field]));
        const first = keys.get(key);
        if (first === undefined) keys.set(key, i);
        else {
          issues.push({
            path: `${at}.${rules.key[0]}`,
            message: `запись повторяет ${list}[${first}]: совпадают ${rules.key.join(', ')}`,
          });
        }
      }
    });
  }

  const missing = new Map<Referenced, Set<string>>();
  for (const ref of refs) {
    if (codes[ref.list]!.has(ref.code)) continue;
    let set = missing.get(ref.list);
    if (!set) missing.set(ref.list, (set = new Set()));
    set.add(ref.code);
  }
  const known = new Map<Referenced, Set<string>>();
  for (const [list, set] of missing) known.set(list, await lookups.existingCodes(list, [...set]));
  for (const ref of refs) {
    if (codes[ref.list]!.has(ref.code) || known.get(ref.list)?.has(ref.code)) continue;
    issues.push({ path: `${ref.at}.${ref.field}`, message: `${notFoundNoun[ref.list].replace('%', ref.code)} ни в пакете, ни в базе` });
  }

  if (top.success) {
    const regions = await lookups.regionCodes();
    const other = regions.find((code) => code !== top.data.region.code);
    if (other !== undefined) {
      issues.push({ path: 'region.code', message: `в базе уже есть регион «${other}»; одна система ведёт один регион` });
    }
  }
  if (issues.length) reject(issues);
  return { ...(top.data as object), ...parsed } as ExchangePackage;
}

function reject(issues: FieldIssue[]): never {
  throw new AppError('validation', `Пакет отклонён: ${errorCount(issues.length)}`, issues);
}

/** Why the database would refuse a string the schema lets through, or null. */
function valueProblem(value: string, field: string): string | null {
  if (value.includes('\u0000')) return 'недопустимый символ (NUL)';
  if (dateFields.has(field)) {
    const year = Number(value.slice(0, 4));
    if (year < 1900 || year > 2100) return 'дата вне допустимого диапазона (1900–2100 годы)';
  }
  return null;
}

/**
 * NUL characters and years the database cannot store. Records nest two levels at most (a route's
 * activities); paths are spelled out only for a problem, a large package holds millions of values.
 */
function checkValues(row: Row, at: string, issues: FieldIssue[]): void {
  for (const key in row) {
    const value = row[key];
    if (typeof value === 'string') {
      const problem = valueProblem(value, key);
      if (problem) issues.push({ path: `${at}.${key}`, message: problem });
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'string') {
          const problem = valueProblem(item, key);
          if (problem) issues.push({ path: `${at}.${key}[${i}]`, message: problem });
        } else if (item && typeof item === 'object') {
          for (const inner in item) {
            const v = (item as Row)[inner];
            const problem = typeof v === 'string' ? valueProblem(v, inner) : null;
            if (problem) issues.push({ path: `${at}.${key}[${i}].${inner}`, message: problem });
          }
        }
      }
    }
  }
}
