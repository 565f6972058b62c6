// The exchange package, version 1 (docs/exchange.md). Strict: an unknown field is an error,
// so a typo in a source system's export is reported instead of silently dropped.
import * as e from './enums.js';
import { code, isoDate, requiredText, text, z } from './zod.js';

const optionalDate = isoDate.nullish();
const optionalCode = code.nullish();
const name = requiredText(300);

export const exchangeRegion = z.strictObject({ code, name });
export const exchangeMunicipality = z.strictObject({ code, name });
export const exchangeOrganization = z.strictObject({
  code,
  municipality: code,
  name: requiredText(500),
  kind: z.enum(e.organizationKind.codes),
  flags: z.array(z.enum(e.organizationFlag.codes)).max(20).nullish(),
});
export const exchangePerson = z.strictObject({
  code,
  lastName: requiredText(100),
  firstName: requiredText(100),
  middleName: text(100).nullish(),
  birthDate: optionalDate,
  careerStart: optionalDate,
  email: z.email('Неверный адрес электронной почты').max(254).nullish(),
});
export const exchangeEmployment = z.strictObject({
  person: code,
  organization: code,
  position: requiredText(200),
  category: z.enum(e.employmentCategory.codes),
  start: isoDate,
  end: optionalDate,
  subjects: z.array(requiredText(100)).max(30).nullish(),
  /** Optional; a missing type is the main employment, so version 1 packages keep their keys. */
  type: z
    .enum(e.employmentType.codes)
    .nullish()
    .transform((type) => type ?? 'main'),
  /** Табельный номер: the employer's number of this employment. */
  personnelNumber: text(50).nullish(),
});
export const exchangeAttestation = z.strictObject({ person: code, category: z.enum(e.attestationCategory.codes), date: isoDate });
export const exchangeActiveMembership = z.strictObject({
  person: code,
  kind: z.enum(e.activeKind.codes),
  level: z.enum(e.activeLevel.codes),
  start: isoDate,
  end: optionalDate,
});
export const exchangeDeficit = z.strictObject({ competency: requiredText(500), level: text(100).nullish() });
export const exchangeDiagnostic = z.strictObject({
  code,
  person: code,
  date: isoDate,
  deficits: z.array(exchangeDeficit).max(200).nullish(),
});
export const exchangeProgramme = z.strictObject({
  code,
  title: requiredText(1000),
  hours: z.number().int().positive().max(10000).nullish(),
  federalRegistry: z.boolean().nullish(),
  forManagementTeams: z.boolean().nullish(),
});
export const exchangeCompletion = z.strictObject({ person: code, programme: code, start: optionalDate, end: isoDate });
export const exchangeActivity = z.strictObject({
  kind: z.enum(e.activityKind.codes),
  programme: optionalCode,
  plannedEnd: optionalDate,
  completedOn: optionalDate,
});
export const exchangeRoute = z.strictObject({
  code,
  person: code,
  status: z.enum(e.routeStatus.codes),
  start: optionalDate,
  end: optionalDate,
  methodist: optionalCode,
  diagnostic: optionalCode,
  activities: z.array(exchangeActivity).max(200).nullish(),
});
export const exchangeMentoringPair = z.strictObject({
  mentor: code,
  mentee: code,
  organization: optionalCode,
  start: isoDate,
  end: optionalDate,
});
export const exchangeCommunity = z.strictObject({
  code,
  name: requiredText(500),
  kind: z.enum(e.communityKind.codes),
  level: z.enum(e.communityLevel.codes),
  municipality: optionalCode,
  organization: optionalCode,
  start: optionalDate,
  end: optionalDate,
});
export const exchangeCommunityMember = z.strictObject({
  community: code,
  person: code,
  role: z.enum(e.communityRole.codes),
  start: isoDate,
  end: optionalDate,
});
export const exchangeEvent = z.strictObject({
  code,
  title: requiredText(1000),
  kind: z.enum(e.eventKind.codes),
  level: z.enum(e.level.codes),
  municipality: optionalCode,
  start: isoDate,
  end: optionalDate,
  audience: z.array(z.enum(e.eventAudience.codes)).max(10).nullish(),
});
export const exchangeParticipation = z.strictObject({
  event: code,
  person: code,
  role: z.enum(e.participationRole.codes),
  attended: z.boolean(),
});
export const exchangeConsultation = z.strictObject({
  code,
  requester: code,
  date: isoDate,
  assignee: optionalCode,
  assigneeLevel: z.enum(e.level.codes).nullish(),
  resolvedOn: optionalDate,
  outcome: z.enum(e.consultationOutcome.codes).nullish(),
});
export const exchangePractice = z.strictObject({
  code,
  title: requiredText(1000),
  authors: z.array(code).max(50),
  status: z.enum(e.practiceStatus.codes),
  publishedOn: optionalDate,
});
export const exchangePracticeAdoption = z.strictObject({ practice: code, person: code, date: isoDate });

const list = <T extends z.ZodType>(item: T) => z.array(item).default([]);

export const exchangePackage = z.strictObject({
  format: z.literal('metodset-exchange', 'Поле format должно быть «metodset-exchange»'),
  version: z.literal(1, 'Поддерживается только версия 1 пакета обмена'),
  region: exchangeRegion,
  municipalities: list(exchangeMunicipality),
  organizations: list(exchangeOrganization),
  people: list(exchangePerson),
  employments: list(exchangeEmployment),
  attestations: list(exchangeAttestation),
  activeMemberships: list(exchangeActiveMembership),
  diagnostics: list(exchangeDiagnostic),
  programmes: list(exchangeProgramme),
  completions: list(exchangeCompletion),
  routes: list(exchangeRoute),
  mentoringPairs: list(exchangeMentoringPair),
  communities: list(exchangeCommunity),
  communityMembers: list(exchangeCommunityMember),
  events: list(exchangeEvent),
  participations: list(exchangeParticipation),
  consultations: list(exchangeConsultation),
  practices: list(exchangePractice),
  practiceAdoptions: list(exchangePracticeAdoption),
});

export type ExchangePackage = z.infer<typeof exchangePackage>;
/** A package as written by hand or by a generator: lists may be left out. */
export type ExchangePackageInput = z.input<typeof exchangePackage>;

/** The lists of a package in dependency order: a list refers only to lists before it. */
export const exchangeLists = [
  'municipalities',
  'organizations',
  'people',
  'employments',
  'attestations',
  'activeMemberships',
  'diagnostics',
  'programmes',
  'completions',
  'routes',
  'mentoringPairs',
  'communities',
  'communityMembers',
  'events',
  'participations',
  'consultations',
  'practices',
  'practiceAdoptions',
] as const satisfies readonly (keyof ExchangePackage)[];

export type ExchangeList = (typeof exchangeLists)[number];

/** Lists as the import summary names them: the region first, then the lists of the package. */
export const summaryLists = ['region', ...exchangeLists] as const;
export type SummaryList = (typeof summaryLists)[number];

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** What an import did, list by list: a second import of the same package counts everything unchanged. */
export interface ImportSummary {
  lists: Record<SummaryList, ImportCounts>;
  totals: ImportCounts;
}

export const summaryListLabels: Record<SummaryList, string> = {
  region: 'Регион',
  municipalities: 'Муниципалитеты',
  organizations: 'Организации',
  people: 'Педагоги и руководители',
  employments: 'Места работы',
  attestations: 'Аттестации',
  activeMemberships: 'Методический и экспертный актив',
  diagnostics: 'Диагностики',
  programmes: 'Программы ДПО',
  completions: 'Прохождение обучения',
  routes: 'ИОМ',
  mentoringPairs: 'Наставнические пары',
  communities: 'Профессиональные сообщества',
  communityMembers: 'Участники сообществ',
  events: 'Мероприятия',
  participations: 'Участие в мероприятиях',
  consultations: 'Консультации',
  practices: 'Практики',
  practiceAdoptions: 'Внедрение практик',
};
