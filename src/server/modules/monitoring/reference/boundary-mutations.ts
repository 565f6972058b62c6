// Moves some dates of a generated package onto the edges of a period (B-1, B, E-1, E, E+1, the 35th
// birthday, three years of career, 29 February) and empties some optional fields, so that the
// property test hits the boundaries and null branches of every definition far more often than a
// plain generated package would. Test code only.
import type { ExchangePackage } from '../../../../shared/exchange.js';
import { packageProblems } from '../../demo/integrity.js';
import { Random } from '../../demo/random.js';
import { plusDays, plusYears } from './reference.js';

type DateField = { field: string; nullable: boolean };
const d = (field: string, nullable = false): DateField => ({ field, nullable });

/** The date fields of each list that some indicator reads. */
const datedLists: [keyof ExchangePackage, DateField[]][] = [
  ['employments', [d('start'), d('end', true)]],
  ['attestations', [d('date')]],
  ['activeMemberships', [d('start'), d('end', true)]],
  ['diagnostics', [d('date')]],
  ['completions', [d('end')]],
  ['routes', [d('start', true), d('end', true)]],
  ['mentoringPairs', [d('start'), d('end', true)]],
  ['communities', [d('start', true), d('end', true)]],
  ['communityMembers', [d('start'), d('end', true)]],
  ['events', [d('start'), d('end', true)]],
  ['consultations', [d('date')]],
  ['practices', [d('publishedOn', true)]],
  ['practiceAdoptions', [d('date')]],
];

/** Optional fields some definition tests for presence: emptied now and then to exercise the null branches. */
const optionalFields: [keyof ExchangePackage, string][] = [
  ['events', 'municipality'],
  ['events', 'audience'],
  ['communities', 'municipality'],
  ['communities', 'organization'],
  ['routes', 'methodist'],
  ['routes', 'diagnostic'],
  ['routes', 'activities'],
  ['consultations', 'outcome'],
  ['consultations', 'assigneeLevel'],
  ['organizations', 'flags'],
  ['programmes', 'federalRegistry'],
  ['programmes', 'forManagementTeams'],
];

type Row = Record<string, unknown>;
const rows = (pkg: ExchangePackage, list: keyof ExchangePackage) => pkg[list] as unknown as Row[];

/**
 * A copy of `pkg` with up to `count` changes moving dates to the edges of [from, to]. A change that
 * would make the package invalid (end before start, a repeated natural key) is undone, so the
 * result always imports.
 */
export function mutateToBoundaries(pkg: ExchangePackage, seed: number, count: number, from: string, to: string): ExchangePackage {
  const out = structuredClone(pkg);
  const rnd = new Random(seed);
  const edges = [plusDays(from, -1), from, plusDays(to, -1), to, plusDays(to, 1)];
  for (let i = 0; i < count; i++) {
    const roll = rnd.next();
    const undo = roll < 0.2 ? mutatePerson(out, rnd, to) : roll < 0.3 ? clearOptional(out, rnd) : mutateDate(out, rnd, edges);
    if (undo && packageProblems(out).length > 0) undo();
  }
  return out;
}

function mutateDate(pkg: ExchangePackage, rnd: Random, edges: string[]): (() => void) | null {
  const [listName, fields] = rnd.pick(datedLists);
  const list = rows(pkg, listName);
  if (list.length === 0) return null;
  const record = rnd.pick(list);
  const { field, nullable } = rnd.pick(fields);
  const before = { ...record };
  record[field] = nullable && rnd.chance(0.2) ? null : rnd.pick(edges);
  // Keep a moved start from overtaking its end, and a moved end from preceding its start.
  const { start, end } = record;
  if (typeof start === 'string' && typeof end === 'string' && end < start) {
    if (field === 'start') record.end = start;
    else record.start = listName === 'completions' ? null : end;
  }
  if (listName === 'consultations') record.resolvedOn = null;
  return () => Object.assign(record, before);
}

function clearOptional(pkg: ExchangePackage, rnd: Random): (() => void) | null {
  const [listName, field] = rnd.pick(optionalFields);
  let list = rows(pkg, listName);
  // Consilia are rare among events, yet consilium_count is the one definition reading an event's municipality.
  if (listName === 'events' && field === 'municipality') list = list.filter((e) => e.kind === 'consilium');
  if (list.length === 0) return null;
  const record = rnd.pick(list);
  const before = { ...record };
  record[field] = null;
  return () => Object.assign(record, before);
}

function mutatePerson(pkg: ExchangePackage, rnd: Random, to: string): (() => void) | null {
  if (pkg.people.length === 0) return null;
  const person = rnd.pick(pkg.people);
  const before = { ...person };
  const year35 = Number(to.slice(0, 4)) - 35;
  const leap = (year35 % 4 === 0 && year35 % 100 !== 0) || year35 % 400 === 0;
  person.birthDate = leap && rnd.chance(0.3) ? `${year35}-02-29` : plusDays(plusYears(to, -35), rnd.pick([-1, 0, 1]));
  person.careerStart = rnd.chance(0.1) ? null : plusDays(plusYears(to, -3), rnd.pick([-1, 0, 1]));
  if (rnd.chance(0.1)) person.birthDate = null;
  return () => Object.assign(person, before);
}
