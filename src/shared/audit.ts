// The change log as people read it: the query and row of the API, and the one description layer that
// turns a stored entry (entity, action, `{ field: { from, to } }`) into Russian for the journal and
// every card's history. The stored rows stay as written; only their reading lives here.
import { formatDay, formatMonthDay } from './dates.js';
import { activeKind, activeLevel, attestationCategory, employmentCategory, organizationFlag, organizationKind, role } from './enums.js';
import {
  attestationFields,
  employmentFields,
  membershipFields,
  municipalityFields,
  organizationFields,
  personFields,
  userFields,
} from './field-labels.js';
import { indicatorCatalog } from './indicators.js';
import { pageOf, pageQuery } from './paging.js';
import { kindRule, reportAcceptor, type PeriodKind } from './reporting-periods.js';
import { reportStatus } from './reports.js';
import { isoDate, text, z } from './zod.js';

/** Sign-in events: the «Входы» view shows them, the journal of changes never does. */
export const loginActions = ['login', 'logout', 'login_failed'] as const;

export const auditQuery = pageQuery.extend({
  /** `changes` (the journal) or `logins` (the «Входы» view). */
  view: z.enum(['changes', 'logins']).default('changes'),
  entity: text(50).optional(),
  entityId: text(50).optional(),
  /** A card's whole history: `person:12`, `organization:5`. */
  subject: text(80).optional(),
  login: text(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
  order: z.enum(['asc', 'desc']).default('desc'),
});

/** The cards whose history a territorial reader may open (GET /audit/history). */
export const historySubject = z
  .string()
  .regex(/^(person|organization|municipality):[1-9]\d{0,9}$/, 'Карточка: person:ID, organization:ID или municipality:ID');
export const historyQuery = pageQuery.extend({
  subject: historySubject,
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
  order: z.enum(['asc', 'desc']).default('desc'),
});

export const auditRow = z.object({
  id: z.number(),
  at: z.string(),
  userLogin: z.string().nullable(),
  /** The actor's name as the user list has it today (null for the system or an unknown login). */
  userName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  entityLabel: z.string().nullable(),
  subject: z.string().nullable(),
  changes: z.unknown(),
});
export type AuditRow = z.infer<typeof auditRow>;

/** A page of entries with the names of the records they point to, resolved at once (`organization:5` → name). */
export const auditPage = pageOf(auditRow).extend({ names: z.record(z.string(), z.string()) });
export type AuditPage = z.infer<typeof auditPage>;
export type Names = Record<string, string>;

/** Russian names of the audited entities and actions. */
export const auditEntityLabels: Record<string, string> = {
  user: 'Пользователь',
  person: 'Работник',
  organization: 'Организация',
  municipality: 'Муниципалитет',
  employment: 'Место работы',
  attestation: 'Аттестация',
  active_membership: 'Актив',
  exchange: 'Пакет обмена',
  roster: 'Список кадров',
  report: 'Отчёт',
  region: 'Настройки региона',
};
export const auditActionLabels: Record<string, string> = {
  create: 'Создание',
  update: 'Изменение',
  delete: 'Удаление',
  import: 'Загрузка',
  login: 'Вход',
  logout: 'Выход',
  login_failed: 'Неудачная попытка входа',
  password: 'Смена пароля',
};

/** Records an entry may point to; the server resolves their names, the web links to their cards. */
export const refKinds = ['person', 'organization', 'municipality'] as const;
export type RefKind = (typeof refKinds)[number];
export interface Ref {
  kind: RefKind;
  id: number;
}
export const refKey = (ref: Ref) => `${ref.kind}:${ref.id}`;

type FieldKind =
  | { kind: 'text' }
  | { kind: 'date' }
  | { kind: 'boolean' }
  | { kind: 'number' }
  | { kind: 'list' }
  | { kind: 'enum'; labels: Record<string, string> }
  | { kind: 'enumList'; labels: Record<string, string> }
  | { kind: 'ref'; ref: RefKind }
  | { kind: 'grants' }
  | { kind: 'secret' }
  | { kind: 'monthDays' }
  | { kind: 'periodKinds' }
  | { kind: 'indicators' }
  | { kind: 'thresholds' }
  | { kind: 'hidden' };

interface FieldSpec {
  label: string;
  kind: FieldKind;
}

const plain = (labels: Record<string, string>, kinds: Record<string, FieldKind> = {}): Record<string, FieldSpec> =>
  Object.fromEntries(Object.entries(labels).map(([field, label]) => [field, { label, kind: kinds[field] ?? { kind: 'text' } }]));

const date = { kind: 'date' } as const;
const hidden = { label: '', kind: { kind: 'hidden' } } as const;
const indicatorNames: Record<string, string> = Object.fromEntries(indicatorCatalog.map((i) => [i.code, i.name]));
const employmentType: Record<string, string> = {
  main: 'Основное место работы',
  internal_part_time: 'Внутреннее совместительство',
  external_part_time: 'Внешнее совместительство',
};

/** Every audited entity's fields: their label (the forms' own) and how their values read. */
const fieldSpecs: Record<string, Record<string, FieldSpec>> = {
  person: { ...plain(personFields, { birthDate: date, careerStart: date }), id: hidden },
  employment: {
    ...plain(employmentFields, {
      personId: { kind: 'ref', ref: 'person' },
      organizationId: { kind: 'ref', ref: 'organization' },
      category: { kind: 'enum', labels: employmentCategory.labels },
      subjects: { kind: 'list' },
      start: date,
      end: date,
      type: { kind: 'enum', labels: employmentType },
    }),
    id: hidden,
  },
  attestation: {
    ...plain(attestationFields, {
      personId: { kind: 'ref', ref: 'person' },
      category: { kind: 'enum', labels: attestationCategory.labels },
      date,
    }),
    id: hidden,
  },
  active_membership: {
    ...plain(membershipFields, {
      personId: { kind: 'ref', ref: 'person' },
      kind: { kind: 'enum', labels: activeKind.labels },
      level: { kind: 'enum', labels: activeLevel.labels },
      start: date,
      end: date,
    }),
    id: hidden,
  },
  organization: {
    ...plain(organizationFields, {
      municipalityId: { kind: 'ref', ref: 'municipality' },
      kind: { kind: 'enum', labels: organizationKind.labels },
      flags: { kind: 'enumList', labels: organizationFlag.labels },
      flagsReviewedAt: date,
    }),
    id: hidden,
  },
  municipality: { ...plain(municipalityFields), id: hidden, regionId: hidden },
  user: plain(userFields, {
    password: { kind: 'secret' },
    personId: { kind: 'ref', ref: 'person' },
    grants: { kind: 'grants' },
    active: { kind: 'boolean' },
  }),
  report: {
    status: { label: 'Статус', kind: { kind: 'enum', labels: reportStatus.labels } },
    members: { label: 'Записей в списках отчёта', kind: { kind: 'number' } },
    reviewComment: { label: 'Комментарий проверяющего', kind: { kind: 'text' } },
  },
  region: {
    profile: { label: 'Профиль региона', kind: { kind: 'text' } },
    indicators: { label: 'Показатели мониторинга', kind: { kind: 'indicators' } },
    thresholds: { label: 'Пороговое значение', kind: { kind: 'thresholds' } },
    reportingDates: { label: 'Отчётные даты', kind: { kind: 'monthDays' } },
    reportingPeriods: { label: 'Отчётные периоды', kind: { kind: 'periodKinds' } },
  },
};

/** A value as read: its text, and the record it names when it names one (a link on screen). */
export interface Shown {
  text: string;
  ref?: Ref;
  /** A list whose items name records of their own (roles with their territories). */
  parts?: Shown[];
}

export interface DescribedChange {
  field: string;
  label: string;
  from: Shown | null;
  to: Shown | null;
  /** A secret (a password): only the fact of the change is shown. */
  secret?: boolean;
}

export interface DescribedEntry {
  /** «Изменение», «Вход»… */
  action: string;
  /** «Работник», «Место работы»… */
  entity: string;
  /** The record the entry is about, with its card when it has one. */
  record: Shown | null;
  /** A bulk operation in one sentence (a roster import, an exchange package), instead of fields. */
  sentence: string | null;
  changes: DescribedChange[];
}

const empty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length);
const isoDay = /^\d{4}-\d{2}-\d{2}/;
const asId = (value: unknown): number | null => {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
};

function refName(ref: Ref, names: Names): string {
  const name = names[refKey(ref)];
  return name ?? `${auditEntityLabels[ref.kind] ?? ref.kind} № ${ref.id} (нет доступа или удалена запись)`;
}

/** A role with its territory, «Муниципальный методист — Центральный район», linked to the territory. */
function grantShown(value: unknown, names: Names): Shown {
  if (!value || typeof value !== 'object') return { text: String(value) };
  const g = value as { role?: string; municipalityId?: unknown; organizationId?: unknown };
  const roleLabel = (g.role && role.labels[g.role as keyof typeof role.labels]) ?? String(g.role);
  const municipalityId = asId(g.municipalityId);
  const organizationId = asId(g.organizationId);
  const ref: Ref | null =
    municipalityId !== null
      ? { kind: 'municipality', id: municipalityId }
      : organizationId !== null
        ? { kind: 'organization', id: organizationId }
        : null;
  return ref ? { text: `${roleLabel} — ${refName(ref, names)}`, ref } : { text: roleLabel };
}

/** One value by its field's kind: enum → label, date → ДД.ММ.ГГГГ, boolean → да/нет, id → the record's name. */
export function formatValue(kind: FieldKind, value: unknown, names: Names): Shown | null {
  if (empty(value)) return null;
  switch (kind.kind) {
    case 'date':
      return { text: typeof value === 'string' && isoDay.test(value) ? formatDay(value) : String(value) };
    case 'boolean':
      return { text: value === true ? 'да' : value === false ? 'нет' : String(value) };
    case 'enum':
      return { text: kind.labels[String(value)] ?? String(value) };
    case 'enumList':
      return { text: (Array.isArray(value) ? value : [value]).map((v) => kind.labels[String(v)] ?? String(v)).join('; ') };
    case 'list':
      return { text: (Array.isArray(value) ? value : [value]).map(String).join(', ') };
    case 'ref': {
      const id = asId(value);
      if (id === null) return { text: String(value) };
      const ref = { kind: kind.ref, id };
      return { text: refName(ref, names), ref };
    }
    case 'grants': {
      const parts = (Array.isArray(value) ? value : [value]).map((g) => grantShown(g, names));
      return { text: parts.map((p) => p.text).join('; '), parts };
    }
    case 'secret':
      return { text: 'скрыто' };
    case 'monthDays':
      return { text: (Array.isArray(value) ? value : [value]).map((v) => formatMonthDay(String(v))).join(', ') };
    case 'periodKinds':
      return {
        text: (Array.isArray(value) ? value : [value])
          .map((v) => {
            const k = v as Partial<PeriodKind>;
            const who = k.acceptor ? reportAcceptor.labels[k.acceptor]?.toLowerCase() : undefined;
            return `${k.name ?? '—'} (${kindRule({ start: k.start ?? '', end: k.end ?? '' })}${who ? `, принимает ${who}` : ''})`;
          })
          .join('; '),
      };
    case 'indicators':
      return { text: (Array.isArray(value) ? value : [value]).map((v) => indicatorNames[String(v)] ?? String(v)).join('; ') };
    case 'number':
    case 'thresholds':
    case 'text':
    case 'hidden':
      return { text: typeof value === 'object' ? JSON.stringify(value) : String(value) };
  }
}

const specOf = (entity: string, field: string): FieldSpec => fieldSpecs[entity]?.[field] ?? { label: field, kind: isoDayKind(field) };
/** A field no dictionary names yet still reads: dates by their name, the rest as text. */
const isoDayKind = (field: string): FieldKind => (/(Date|At|^start|^end)$/.test(field) ? date : { kind: 'text' });

interface StoredChange {
  from?: unknown;
  to?: unknown;
}
const isChange = (value: unknown): value is StoredChange =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value) && ('from' in (value as object) || 'to' in (value as object));

/** The region's thresholds are one object: each indicator whose threshold changed is a line of its own. */
function thresholdChanges(field: string, label: string, change: StoredChange): DescribedChange[] {
  const from = (change.from ?? {}) as Record<string, unknown>;
  const to = (change.to ?? {}) as Record<string, unknown>;
  const codes = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter((c) => JSON.stringify(from[c]) !== JSON.stringify(to[c]));
  const show = (v: unknown) => (empty(v) ? null : { text: String(v) });
  return codes.map((code) => ({
    field: `${field}.${code}`,
    label: `${label}: ${indicatorNames[code] ?? code}`,
    from: show(from[code]),
    to: show(to[code]),
  }));
}

/** The field changes of an entry, in the order they were stored, hidden fields left out. */
export function describeChanges(entity: string, changes: unknown, names: Names): DescribedChange[] {
  if (!changes || typeof changes !== 'object' || Array.isArray(changes)) return [];
  const out: DescribedChange[] = [];
  for (const [field, raw] of Object.entries(changes as Record<string, unknown>)) {
    const spec = specOf(entity, field);
    if (spec.kind.kind === 'hidden') continue;
    const change: StoredChange = isChange(raw) ? raw : { from: null, to: raw };
    if (spec.kind.kind === 'thresholds') {
      out.push(...thresholdChanges(field, spec.label, change));
      continue;
    }
    if (spec.kind.kind === 'secret') {
      out.push({ field, label: spec.label, from: null, to: { text: 'изменён' }, secret: true });
      continue;
    }
    out.push({ field, label: spec.label, from: formatValue(spec.kind, change.from, names), to: formatValue(spec.kind, change.to, names) });
  }
  return out;
}

const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** The roster's counters as the import returns them (shared/roster.ts RosterApplyResult), in reading order. */
const rosterCounts: [key: string, label: string][] = [
  ['created', 'новых работников'],
  ['updated', 'обновлено карточек'],
  ['employmentsCreated', 'новых мест работы'],
  ['employmentsUpdated', 'обновлено мест работы'],
  ['attestationsCreated', 'новых аттестаций'],
  ['skipped', 'пропущено строк'],
];

/** A bulk operation as one sentence with its counts; null for an entry that is not one. */
export function bulkSentence(row: Pick<AuditRow, 'action' | 'entity' | 'entityLabel' | 'changes'>): string | null {
  if (row.action !== 'import') return null;
  const c = (row.changes ?? {}) as Record<string, unknown>;
  if (row.entity === 'roster') {
    const file = typeof c.file === 'string' ? c.file : row.entityLabel;
    const parts = rosterCounts.filter(([key]) => key in c).map(([key, label]) => `${label} — ${count(c[key])}`);
    return `Загружен список кадров${file ? ` из файла «${file}»` : ''}: ${parts.join(', ') || 'изменений нет'}.`;
  }
  if (row.entity === 'exchange') {
    const totals = (c.totals ?? {}) as Record<string, unknown>;
    return (
      `Загружен пакет обмена${row.entityLabel ? ` региона «${row.entityLabel}»` : ''}: ` +
      `создано записей — ${count(totals.created)}, изменено — ${count(totals.updated)}, без изменений — ${count(totals.unchanged)}.`
    );
  }
  return null;
}

/** The card an entry belongs to: the record itself, or its owner (`person:12` for an employment). */
export function recordOf(row: Pick<AuditRow, 'entity' | 'entityId' | 'entityLabel' | 'subject'>): Shown | null {
  const [kind, id] = (row.subject ?? '').split(':');
  const ref =
    (refKinds as readonly string[]).includes(kind ?? '') && asId(id) !== null ? { kind: kind as RefKind, id: asId(id)! } : undefined;
  const text = row.entityLabel ?? (row.entityId ? `№ ${row.entityId}` : '');
  if (!text && !ref) return null;
  return ref ? { text, ref } : { text };
}

/** The whole entry in Russian. `names` are the page's resolved references (referencesOf). */
export function describeEntry(row: AuditRow, names: Names): DescribedEntry {
  const sentence = bulkSentence(row);
  const entity = auditEntityLabels[row.entity] ?? row.entity;
  const record = recordOf(row);
  // Some labels already start with the entity's name («Отчёт: …»): it is not said twice.
  if (record?.text.startsWith(`${entity}: `)) record.text = record.text.slice(entity.length + 2);
  return {
    action: auditActionLabels[row.action] ?? row.action,
    entity,
    record,
    sentence,
    changes: sentence ? [] : describeChanges(row.entity, row.changes, names),
  };
}

/** Every record the entries' values point to, for the server to name in one query. */
export function referencesOf(rows: Pick<AuditRow, 'entity' | 'changes'>[]): Ref[] {
  const found = new Map<string, Ref>();
  const add = (kind: RefKind, value: unknown) => {
    const id = asId(value);
    if (id !== null) found.set(refKey({ kind, id }), { kind, id });
  };
  for (const row of rows) {
    if (!row.changes || typeof row.changes !== 'object' || Array.isArray(row.changes)) continue;
    for (const [field, raw] of Object.entries(row.changes as Record<string, unknown>)) {
      const kind = specOf(row.entity, field).kind;
      const values = isChange(raw) ? [raw.from, raw.to] : [raw];
      for (const value of values) {
        if (kind.kind === 'ref') add(kind.ref, value);
        if (kind.kind === 'grants' && Array.isArray(value)) {
          for (const g of value as { municipalityId?: unknown; organizationId?: unknown }[]) {
            add('municipality', g?.municipalityId);
            add('organization', g?.organizationId);
          }
        }
      }
    }
  }
  return [...found.values()];
}

const failureReasons: Record<string, string> = {
  unknown_login: 'такого логина нет',
  blocked: 'учётная запись заблокирована',
  wrong_password: 'неверный пароль',
};

/** A sign-in event for the «Входы» view: what happened, from which address, and why it failed. */
export function describeLogin(row: Pick<AuditRow, 'action' | 'changes'>): { event: string; address: string; reason: string } {
  const c = (row.changes ?? {}) as { ip?: unknown; reason?: unknown };
  return {
    event: auditActionLabels[row.action] ?? row.action,
    address: typeof c.ip === 'string' ? c.ip : '',
    reason: typeof c.reason === 'string' ? (failureReasons[c.reason] ?? c.reason) : '',
  };
}
