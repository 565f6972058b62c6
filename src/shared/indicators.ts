// The indicator catalog (docs/indicators.md is written from it by `npm run docs:indicators`): codes,
// Russian names, sources, and what each counts. The definitions themselves live once, in SQL, in
// src/server/modules/monitoring/indicators.sql.ts.
import { isoDate, z } from './zod.js';

/** What the members of an indicator's numerator (and denominator) are: the drill-down lists them. */
export type IndicatorSubject = 'people' | 'organizations' | 'communities' | 'practices' | 'events';

export interface IndicatorDefinition {
  code: string;
  name: string;
  /** At most 31 characters: an Excel sheet's name, a file's name. */
  short: string;
  source: string;
  kind: 'share' | 'count';
  subject: IndicatorSubject;
  /** What the numerator counts, in the catalog's own terms (docs/indicators.md, «Common definitions»). */
  numerator: string;
  /** What the denominator counts; null for a count. */
  denominator: string | null;
}

type Entry<K extends string> = Omit<IndicatorDefinition, 'kind' | 'denominator' | 'code'> & { code: K; denominator?: string };
const share = <K extends string>(e: Entry<K> & { denominator: string }) => ({ ...e, kind: 'share' as const });
const count = <K extends string>(e: Entry<K>) => ({ ...e, kind: 'count' as const, denominator: null });

export const indicatorCatalog = [
  share({
    code: 'org_mgmt_team_pd_share',
    source: '001 §19',
    name: 'Доля ОО, принявших участие в программах ПК управленческих команд',
    short: 'ОО с ПК управленческих команд',
    numerator:
      'orgs(S) having a person employed there with `category = manager` on E who has a completion, end in P, of a programme with `forManagementTeams`',
    denominator: 'orgs(S)',
    subject: 'organizations',
  }),
  share({
    code: 'org_staff_plan_share',
    source: '001 §19',
    name: 'Доля ОО, имеющих перспективный план развития кадрового потенциала',
    short: 'ОО с планом развития кадров',
    numerator: 'orgs(S) with flag `staff_plan`',
    denominator: 'orgs(S)',
    subject: 'organizations',
  }),
  share({
    code: 'org_mentoring_model_share',
    source: '001 §19',
    name: 'Доля ОО, реализующих целевую модель наставничества',
    short: 'ОО с моделью наставничества',
    numerator: 'orgs(S) with flag `mentoring_model`',
    denominator: 'orgs(S)',
    subject: 'organizations',
  }),
  share({
    code: 'staff_pd_share',
    source: '001 §19',
    name: 'Доля педагогов и руководителей, прошедших ПК и ПП в отчётный период',
    short: 'Прошедшие ПК и ПП',
    numerator: 'staff(S) with a completion, end in P',
    denominator: 'staff(S)',
    subject: 'people',
  }),
  share({
    code: 'teacher_iom_share',
    source: '001 §19',
    name: 'Доля педагогов, для которых разработаны ИОМ',
    short: 'Педагоги с ИОМ',
    numerator: 'teachers(S) with a live route',
    denominator: 'teachers(S)',
    subject: 'people',
  }),
  share({
    code: 'teacher_mentoring_share',
    source: '001 §19',
    name: 'Доля педагогов, участвующих в программах наставничества',
    short: 'Педагоги в наставничестве',
    numerator: 'teachers(S) who are mentor or mentee of a pair overlapping P',
    denominator: 'teachers(S)',
    subject: 'people',
  }),
  share({
    code: 'young_teacher_support_share',
    source: '001 §19, 004 §4.1–4.2',
    name: 'Доля молодых педагогов, охваченных формами поддержки',
    short: 'Поддержка молодых педагогов',
    numerator:
      'young(S) who are mentee of a pair overlapping P, or member of a community of kind `young_teacher_school` with membership overlapping P, or attended an event starting in P whose `audience` holds `young_teachers`',
    denominator: 'young(S)',
    subject: 'people',
  }),
  share({
    code: 'teacher_community_share',
    source: '001 §19',
    name: 'Доля педагогов, включённых в сетевые сообщества',
    short: 'Педагоги в сетевых сообществах',
    numerator: 'teachers(S) with a membership overlapping P in a community whose kind is not `council`',
    denominator: 'teachers(S)',
    subject: 'people',
  }),
  count({
    code: 'community_count',
    source: '001 §19',
    name: 'Количество методических объединений / профессиональных сообществ',
    short: 'Методические объединения',
    numerator:
      'communities of kind not `council` overlapping P and belonging to S (its municipality or organization is in S; regional ones count for the region only)',
    subject: 'communities',
  }),
  share({
    code: 'teacher_active_share',
    source: '001 §19',
    name: 'Доля педагогов, вошедших в экспертный и методический актив',
    short: 'Экспертный и методический актив',
    numerator: 'teachers(S) with an active membership (any kind, any level) covering E',
    denominator: 'teachers(S)',
    subject: 'people',
  }),
  share({
    code: 'teacher_methodist_supported_share',
    source: '001 §19',
    name: 'Доля педагогов, сопровождаемых педагогами-методистами, прошедшими региональный отбор',
    short: 'С педагогами-методистами',
    numerator:
      'teachers(S) with a live route whose `methodist` holds an active membership of kind `methodical`, level `regional`, covering E',
    denominator: 'teachers(S)',
    subject: 'people',
  }),
  count({
    code: 'practice_products_count',
    source: '000 §4.1',
    name: 'Количество методических продуктов с описанием лучших практик',
    short: 'Методические продукты',
    numerator: 'practices with `publishedOn` in P having an author in staff(S)',
    subject: 'practices',
  }),
  share({
    code: 'help_received_share',
    source: '000 §4.1',
    name: 'Доля педагогов, обратившихся за методической помощью и получивших её в полном объёме',
    short: 'Получившие методическую помощь',
    numerator: 'teachers(S) with a consultation requested in P with `outcome = full`',
    denominator: 'teachers(S) with a consultation requested in P',
    subject: 'people',
  }),
  share({
    code: 'iom_diagnostics_support_share',
    source: '000 §4.1',
    name: 'Доля педагогов с методическим сопровождением ИОМ по итогам оценки компетенций',
    short: 'Сопровождение ИОМ по оценке',
    numerator: 'teachers(S) with a live route based on diagnostics that names a `methodist`',
    denominator: 'teachers(S)',
    subject: 'people',
  }),
  share({
    code: 'practice_demonstrated_share',
    source: '000 §4.2',
    name: 'Доля педагогов, демонстрирующих эффективные практики на муниципальном уровне',
    short: 'Демонстрация практик',
    numerator:
      'teachers(S) attending, as `speaker`, an event of level `municipal` starting in P (the regulation says «на муниципальном уровне»)',
    denominator: 'teachers(S)',
    subject: 'people',
  }),
  count({
    code: 'project_participants_count',
    source: '000 §4.2',
    name: 'Количество педагогов — участников муниципальных и региональных проектов',
    short: 'Участники проектов',
    numerator: 'staff(S) attending an event of kind `project`, level `municipal` or `regional`, overlapping P',
    subject: 'people',
  }),
  count({
    code: 'practice_adopters_count',
    source: '000 §4.2',
    name: 'Количество педагогов — участников проектов, заявивших о намерении применить представленные практики',
    short: 'Применение практик',
    numerator:
      'staff(S) with a practice adoption dated in P who attended an event of kind `project`, level `municipal` or `regional`, overlapping P',
    subject: 'people',
  }),
  share({
    code: 'event_participation_share',
    source: '000 §4.3',
    name: 'Доля педагогов, участвующих в методических мероприятиях муниципального и регионального уровня',
    short: 'Участие в мероприятиях',
    numerator:
      'teachers(S) attending a methodical event (any kind but `olympiad`, which is for students) of level `municipal` or `regional` starting in P',
    denominator: 'teachers(S)',
    subject: 'people',
  }),
  share({
    code: 'attestation_share',
    source: '000 §4.3',
    name: 'Доля педагогов, аттестующихся на первую и высшую категорию',
    short: 'Аттестация на категорию',
    numerator:
      'teachers(S) with an attestation for the first or highest category (not педагог-методист / педагог-наставник / соответствие) dated in P',
    denominator: 'teachers(S)',
    subject: 'people',
  }),
  share({
    code: 'young_activity_share',
    source: '000 §4.4',
    name: 'Доля молодых педагогов — участников муниципальных и региональных методических активностей',
    short: 'Активность молодых педагогов',
    numerator: 'young(S) attending a methodical event (any kind but `olympiad`) of level `municipal` or `regional` starting in P',
    denominator: 'young(S)',
    subject: 'people',
  }),
  count({
    code: 'mgmt_team_pd_count',
    source: '004 §4.1',
    name: 'Количество управленческих команд, принявших участие в программах ПК',
    short: 'Управленческие команды на ПК',
    numerator: 'the numerator of `org_mgmt_team_pd_share`',
    subject: 'organizations',
  }),
  share({
    code: 'individual_help_share',
    source: '004 §4.1',
    name: 'Доля педагогов, которым муниципальными методистами оказана индивидуальная методическая помощь',
    short: 'Индивидуальная помощь',
    numerator: 'teachers(S) with a consultation requested in P with `assigneeLevel = municipal` and `outcome` `full` or `partial`',
    denominator: 'teachers(S)',
    subject: 'people',
  }),
  count({
    code: 'consilium_count',
    source: '004 §4.1',
    name: 'Количество муниципальных методических консилиумов',
    short: 'Методические консилиумы',
    numerator: 'events of kind `consilium`, level `municipal`, starting in P, whose `municipality` is in S',
    subject: 'events',
  }),
  count({
    code: 'org_methodical_service_count',
    source: '004 §4.1',
    name: 'Количество методических служб (советов) в учреждениях',
    short: 'Методические службы в ОО',
    numerator: 'orgs(S) with flag `methodical_service`',
    subject: 'organizations',
  }),
  share({
    code: 'registry_pd_after_diagnostics_share',
    source: '004 §4.2',
    name: 'Доля педагогов, освоивших программы ДПО из Федерального реестра, подобранные по итогам диагностики',
    short: 'ДПО из реестра по диагностике',
    numerator:
      'teachers(S) with a completion, end in P, of a programme with `federalRegistry` that is the `programme` of an activity of one of their routes based on diagnostics',
    denominator: 'teachers(S)',
    subject: 'people',
  }),
  share({
    code: 'diagnostics_share',
    source: '004 §4.2',
    name: 'Доля педагогов и руководителей, прошедших диагностику профессиональных компетенций',
    short: 'Диагностика компетенций',
    numerator: 'staff(S) with an expert or external diagnostic (not a self-assessment) dated in P',
    denominator: 'staff(S)',
    subject: 'people',
  }),
  share({
    code: 'iom_after_diagnostics_share',
    source: '004 §4.2',
    name: 'Доля педагогов и руководителей, для которых разработаны ИОМ по результатам диагностики',
    short: 'ИОМ по результатам диагностики',
    numerator: 'staff(S) with a live route based on diagnostics',
    denominator: 'staff(S)',
    subject: 'people',
  }),
] as const satisfies readonly IndicatorDefinition[];

export type IndicatorCode = (typeof indicatorCatalog)[number]['code'];
export const indicatorCodes = indicatorCatalog.map((i) => i.code) as [IndicatorCode, ...IndicatorCode[]];

/**
 * One indicator for one scope and period, as the CLI and `GET /api/v1/indicators` answer it
 * (docs/exchange.md): `value` a percentage to one decimal for shares, the count for counts, null when
 * a share's denominator is zero; `denominator` null for counts.
 */
export const indicatorValue = z.object({
  code: z.enum(indicatorCodes),
  value: z.number().nullable(),
  numerator: z.number().int(),
  denominator: z.number().int().nullable(),
});
export type IndicatorValue = z.infer<typeof indicatorValue>;

export const indicatorQuery = z
  .object({
    scope: z.string().trim().min(1, 'Укажите код территории').max(100),
    from: isoDate,
    to: isoDate,
  })
  .refine((q) => q.from <= q.to, { message: 'Начало периода позже его конца', path: ['to'] });
export type IndicatorQuery = z.infer<typeof indicatorQuery>;
