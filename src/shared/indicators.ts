// The indicator catalog (docs/indicators.md): codes, Russian names, sources, and what each
// counts. The definitions themselves live once, in SQL, in src/server/modules/monitoring.
import { isoDate, z } from './zod.js';

/** What the members of an indicator's numerator (and denominator) are: the drill-down lists them. */
export type IndicatorSubject = 'people' | 'organizations' | 'communities' | 'practices' | 'events';

export interface IndicatorDefinition {
  code: string;
  name: string;
  source: string;
  kind: 'share' | 'count';
  subject: IndicatorSubject;
}

const share = (code: string, source: string, name: string, subject: IndicatorSubject = 'people'): IndicatorDefinition => ({
  code,
  source,
  name,
  kind: 'share',
  subject,
});
const count = (code: string, source: string, name: string, subject: IndicatorSubject): IndicatorDefinition => ({
  code,
  source,
  name,
  kind: 'count',
  subject,
});

export const indicatorCatalog = [
  share('org_mgmt_team_pd_share', '001 §19', 'Доля ОО, принявших участие в программах ПК управленческих команд', 'organizations'),
  share('org_staff_plan_share', '001 §19', 'Доля ОО, имеющих перспективный план развития кадрового потенциала', 'organizations'),
  share('org_mentoring_model_share', '001 §19', 'Доля ОО, реализующих целевую модель наставничества', 'organizations'),
  share('staff_pd_share', '001 §19', 'Доля педагогов и руководителей, прошедших ПК и ПП в отчётный период'),
  share('teacher_iom_share', '001 §19', 'Доля педагогов, для которых разработаны ИОМ'),
  share('teacher_mentoring_share', '001 §19', 'Доля педагогов, участвующих в программах наставничества'),
  share('young_teacher_support_share', '001 §19, 004 §4.1–4.2', 'Доля молодых педагогов, охваченных формами поддержки'),
  share('teacher_community_share', '001 §19', 'Доля педагогов, включённых в сетевые сообщества'),
  count('community_count', '001 §19', 'Количество методических объединений / профессиональных сообществ', 'communities'),
  share('teacher_active_share', '001 §19', 'Доля педагогов, вошедших в экспертный и методический актив'),
  share(
    'teacher_methodist_supported_share',
    '001 §19',
    'Доля педагогов, сопровождаемых педагогами-методистами, прошедшими региональный отбор',
  ),
  count('practice_products_count', '000 §4.1', 'Количество методических продуктов с описанием лучших практик', 'practices'),
  share('help_received_share', '000 §4.1', 'Доля педагогов, обратившихся за методической помощью и получивших её в полном объёме'),
  share('iom_diagnostics_support_share', '000 §4.1', 'Доля педагогов с методическим сопровождением ИОМ по итогам оценки компетенций'),
  share('practice_demonstrated_share', '000 §4.2', 'Доля педагогов, демонстрирующих эффективные практики на муниципальном уровне'),
  count('project_participants_count', '000 §4.2', 'Количество педагогов — участников муниципальных и региональных проектов', 'people'),
  count('practice_adopters_count', '000 §4.2', 'Количество педагогов, заявивших о намерении применить представленные практики', 'people'),
  share(
    'event_participation_share',
    '000 §4.3',
    'Доля педагогов, участвующих в методических мероприятиях муниципального и регионального уровня',
  ),
  share('attestation_share', '000 §4.3', 'Доля педагогов, аттестующихся на первую и высшую категорию'),
  share('young_activity_share', '000 §4.4', 'Доля молодых педагогов — участников муниципальных и региональных методических активностей'),
  count('mgmt_team_pd_count', '004 §4.1', 'Количество управленческих команд, принявших участие в программах ПК', 'organizations'),
  share(
    'individual_help_share',
    '004 §4.1',
    'Доля педагогов, которым муниципальными методистами оказана индивидуальная методическая помощь',
  ),
  count('consilium_count', '004 §4.1', 'Количество муниципальных методических консилиумов', 'events'),
  count('org_methodical_service_count', '004 §4.1', 'Количество методических служб (советов) в учреждениях', 'organizations'),
  share(
    'registry_pd_after_diagnostics_share',
    '004 §4.2',
    'Доля педагогов, освоивших программы ДПО из Федерального реестра, подобранные по итогам диагностики',
  ),
  share('diagnostics_share', '004 §4.2', 'Доля педагогов и руководителей, прошедших диагностику профессиональных компетенций'),
  share(
    'iom_after_diagnostics_share',
    '004 §4.2',
    'Доля педагогов и руководителей, для которых разработаны ИОМ по результатам диагностики',
  ),
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
