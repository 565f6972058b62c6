// The registry's HTTP contract: inputs (one zod schema per form, used by the form and the server)
// and the shapes the server answers. Dates are `YYYY-MM-DD`.
import * as e from './enums.js';
import { pageQuery } from './paging.js';
import { code, isoDate, requiredText, text, z } from './zod.js';

const id = z.coerce.number().int().positive();
const optionalId = z.preprocess((v) => (v === '' ? undefined : v), id.optional());
const flag = z.preprocess((v) => (v === 'true' || v === true ? true : v === 'false' || v === false ? false : v), z.boolean().optional());
const optionalText = (max: number) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), text(max).nullish());
const optionalDate = z.preprocess((v) => (v === '' ? null : v), isoDate.nullish());
/** One message, under the end date, when a period ends before it starts (the form and the server say the same). */
const endNotBeforeStart = (v: { start: string; end?: string | null }) => !v.end || v.end >= v.start;
const endOrder = { message: 'Дата окончания не может быть раньше даты начала', path: ['end'] };

// ---- municipalities

export const municipalityInput = z.strictObject({ code, name: requiredText(300) });
export type MunicipalityInput = z.infer<typeof municipalityInput>;

export const municipalityRow = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  organizations: z.number(),
  staff: z.number(),
  can: z.array(z.string()),
});
export type MunicipalityRow = z.infer<typeof municipalityRow>;

// ---- organizations

export const organizationInput = z.strictObject({
  code,
  municipalityId: id,
  name: requiredText(500),
  shortName: optionalText(200),
  kind: z.enum(e.organizationKind.codes, 'Выберите тип организации'),
  flags: z.array(z.enum(e.organizationFlag.codes)).max(20).default([]),
  address: optionalText(500),
});
export type OrganizationInput = z.infer<typeof organizationInput>;

export const organizationSort = ['name', 'code', 'municipality', 'kind', 'staff'] as const;
export const organizationListQuery = pageQuery.extend({
  sort: z.enum(organizationSort).default('name'),
  q: text(200).optional(),
  municipalityId: optionalId,
  kind: z.enum(e.organizationKind.codes).optional(),
  flag: z.enum(e.organizationFlag.codes).optional(),
});
export type OrganizationListQuery = z.input<typeof organizationListQuery>;

export const organizationRow = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(e.organizationKind.codes),
  flags: z.array(z.enum(e.organizationFlag.codes)),
  municipalityId: z.number(),
  municipalityName: z.string(),
  /** People employed on today's date, teachers among them, young teachers among those. */
  staff: z.number(),
  teachers: z.number(),
  managers: z.number(),
  young: z.number(),
});
export type OrganizationRow = z.infer<typeof organizationRow>;

export const organizationCard = organizationRow.extend({
  address: z.string().nullable(),
  flagsReviewedAt: z.string().nullable(),
  can: z.array(z.string()),
});
export type OrganizationCard = z.infer<typeof organizationCard>;

// ---- people

export const personInput = z.strictObject({
  code: code.optional(),
  lastName: requiredText(100),
  firstName: requiredText(100),
  middleName: optionalText(100),
  birthDate: optionalDate,
  careerStart: optionalDate,
  email: z.preprocess((v) => (v === '' ? null : v), z.email('Неверный адрес электронной почты').max(254).nullish()),
  phone: optionalText(50),
  snils: z.preprocess(
    (v) => (v === '' ? null : v),
    z
      .string()
      .regex(/^\d{3}-\d{3}-\d{3} \d{2}$/, 'СНИЛС в формате 123-456-789 01')
      .nullish(),
  ),
});
export type PersonInput = z.infer<typeof personInput>;

const employmentFields = z.strictObject({
  organizationId: id,
  position: requiredText(200),
  category: z.enum(e.employmentCategory.codes, 'Выберите категорию'),
  start: isoDate,
  end: optionalDate,
  subjects: z.array(requiredText(100)).max(30).default([]),
  /** Основное место работы unless said otherwise. */
  type: z.enum(e.employmentType.codes).default('main'),
  /** Табельный номер at this employer. */
  personnelNumber: optionalText(50),
});
export const employmentInput = employmentFields.refine(endNotBeforeStart, endOrder);
export type EmploymentInput = z.infer<typeof employmentInput>;

/**
 * A new person arrives with their first employment, so they land inside someone's territory. When
 * the region already has the person (personMatch), `addToExisting` gives that person the employment
 * instead; without it the server refuses to make a duplicate.
 */
export const personCreateInput = z.strictObject({
  person: personInput,
  employment: employmentInput,
  addToExisting: z.boolean().default(false),
});
export type PersonCreateInput = z.infer<typeof personCreateInput>;

export const attestationInput = z.strictObject({ category: z.enum(e.attestationCategory.codes), date: isoDate });
export type AttestationInput = z.infer<typeof attestationInput>;

const activeMembershipFields = z.strictObject({
  kind: z.enum(e.activeKind.codes),
  level: z.enum(e.activeLevel.codes),
  start: isoDate,
  end: optionalDate,
});
export const activeMembershipInput = activeMembershipFields.refine(endNotBeforeStart, endOrder);
export type ActiveMembershipInput = z.infer<typeof activeMembershipInput>;

export const personSort = ['name', 'birthDate', 'careerStart', 'organization'] as const;
export const personListQuery = pageQuery.extend({
  sort: z.enum(personSort).default('name'),
  /** Name search: case-insensitive, ё = е, any part of «Фамилия Имя Отчество». */
  q: text(200).optional(),
  municipalityId: optionalId,
  organizationId: optionalId,
  kind: z.enum(e.organizationKind.codes).optional(),
  category: z.enum(e.employmentCategory.codes).optional(),
  young: flag,
  flag: z.enum(e.organizationFlag.codes).optional(),
});
export type PersonListQuery = z.input<typeof personListQuery>;

export const personRow = z.object({
  id: z.number(),
  code: z.string(),
  lastName: z.string(),
  firstName: z.string(),
  middleName: z.string().nullable(),
  birthDate: z.string().nullable(),
  careerStart: z.string().nullable(),
  /** Current employments, «Должность, Организация». */
  organizations: z.array(
    z.object({ id: z.number(), name: z.string(), position: z.string(), category: z.enum(e.employmentCategory.codes) }),
  ),
  young: z.boolean(),
});
export type PersonRow = z.infer<typeof personRow>;

export const personCard = z.object({
  id: z.number(),
  code: z.string(),
  lastName: z.string(),
  firstName: z.string(),
  middleName: z.string().nullable(),
  birthDate: z.string().nullable(),
  careerStart: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  /** Masked (`***-***-*89 01`) for everyone but region_admin; null when not stored or not `current`. */
  snils: z.string().nullable(),
  /**
   * Employed inside the reader's territory today (or the reader's own card). False for a former
   * employer, who reads the history only: email, phone and SNILS come as null.
   */
  current: z.boolean(),
  age: z.number().nullable(),
  /** Computed, never typed: under 35 today; started teaching less than three years ago; both. */
  under35: z.boolean(),
  firstThreeYears: z.boolean(),
  young: z.boolean(),
  employments: z.array(
    z.object({
      id: z.number(),
      organizationId: z.number(),
      organizationName: z.string(),
      municipalityName: z.string(),
      position: z.string(),
      category: z.enum(e.employmentCategory.codes),
      start: z.string(),
      end: z.string().nullable(),
      subjects: z.array(z.string()),
      type: z.enum(e.employmentType.codes),
      personnelNumber: z.string().nullable(),
    }),
  ),
  attestations: z.array(z.object({ id: z.number(), category: z.enum(e.attestationCategory.codes), date: z.string() })),
  activeMemberships: z.array(
    z.object({
      id: z.number(),
      kind: z.enum(e.activeKind.codes),
      level: z.enum(e.activeLevel.codes),
      start: z.string(),
      end: z.string().nullable(),
    }),
  ),
  /** Actions the user may take on this card: 'edit'. */
  can: z.array(z.string()),
});
export type PersonCard = z.infer<typeof personCard>;

/** What identifies a person across the region: SNILS, else «Фамилия Имя Отчество» with the birth date. */
export const personMatchInput = personInput.pick({ lastName: true, firstName: true, middleName: true, birthDate: true, snils: true });
export type PersonMatchInput = z.infer<typeof personMatchInput>;

/**
 * A person of the region that the keys name. Someone outside the writer's territory is shown by
 * name and birth year only (no id, contacts, SNILS or places of work).
 */
export const personMatch = z.object({
  /** The card to open, when the writer's territory has (or had) the person; null otherwise. */
  id: z.number().nullable(),
  name: z.string(),
  birthYear: z.number().nullable(),
});
export type PersonMatch = z.infer<typeof personMatch>;
export const personMatchResult = z.object({ match: personMatch.nullable() });

// ---- partial updates (PATCH): only the fields sent change; array fields get no default here,
// so a PATCH without them leaves them as they are.

export const municipalityPatch = municipalityInput.partial();
export const organizationPatch = organizationInput.extend({ flags: z.array(z.enum(e.organizationFlag.codes)).max(20) }).partial();
export const personPatch = personInput.partial();
// A patch may carry one of the two dates; the service checks the order against the stored other one.
export const employmentPatch = employmentFields
  .extend({ subjects: z.array(requiredText(100)).max(30), type: z.enum(e.employmentType.codes) })
  .partial();
export const activeMembershipPatch = activeMembershipFields.partial();
