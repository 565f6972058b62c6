// Data-quality warnings (issue 3 item 5): the records of a territory that make its indicators wrong,
// each check with what it means and how to fix it. The SQL of each check lives in
// src/server/modules/monitoring/quality.queries.ts.
//
// Checks the schema makes impossible are not listed: an employment always has a category and a
// start date (both NOT NULL in `employments`), so "employments without category" and "employments
// without dates" can never find anything.
import { pageOf, pageQuery } from './paging.js';
import { z } from './zod.js';

export const qualityCheckCodes = [
  'people_without_birth_date',
  'people_without_career_start',
  'organizations_flags_never_reviewed',
  'routes_without_dates',
] as const;
export type QualityCheckCode = (typeof qualityCheckCodes)[number];

export interface QualityCheckDefinition {
  code: QualityCheckCode;
  title: string;
  fixHint: string;
}

export const qualityCatalog: readonly QualityCheckDefinition[] = [
  {
    code: 'people_without_birth_date',
    title: 'Работники без даты рождения: молодых педагогов нельзя посчитать',
    fixHint: 'Откройте карточку работника и укажите дату рождения.',
  },
  {
    code: 'people_without_career_start',
    title: 'Работники без даты начала педагогического стажа: молодых педагогов нельзя посчитать',
    fixHint: 'Откройте карточку работника и укажите дату начала педагогического стажа.',
  },
  {
    code: 'organizations_flags_never_reviewed',
    title: 'Организации, у которых признаки ни разу не подтверждались: доли организаций могут быть неверны',
    fixHint: 'Откройте карточку организации, проверьте признаки (кадровый план, модель наставничества и другие) и сохраните их.',
  },
  {
    code: 'routes_without_dates',
    title: 'ИОМ без дат начала или окончания: маршрут не попадает в отчётный период',
    fixHint: 'Откройте карточку работника и укажите даты начала и окончания его индивидуального образовательного маршрута.',
  },
];

export const isQualityCheckCode = (value: string): value is QualityCheckCode => (qualityCheckCodes as readonly string[]).includes(value);

/** How many of the sample's first records the overview shows. */
export const qualitySampleSize = 20;

export const qualityItem = z.object({
  id: z.number().int(),
  /** «Фамилия Имя Отчество», the organization's name, or the route's code with its person. */
  label: z.string(),
  /** The web page that fixes the record. */
  href: z.string(),
});
export type QualityItem = z.infer<typeof qualityItem>;

export const qualityCheck = z.object({
  code: z.enum(qualityCheckCodes),
  title: z.string(),
  count: z.number().int(),
  sample: z.array(qualityItem),
  fixHint: z.string(),
});
export type QualityCheck = z.infer<typeof qualityCheck>;

export const qualityReport = z.object({ checks: z.array(qualityCheck) });
export type QualityReport = z.infer<typeof qualityReport>;

export const qualityQuery = z.object({ scope: z.string().trim().min(1, 'Укажите код территории').max(100) });

export const qualityListQuery = qualityQuery.extend({ page: pageQuery.shape.page, pageSize: pageQuery.shape.pageSize });
export type QualityListQuery = z.infer<typeof qualityListQuery>;

export const qualityPage = pageOf(qualityItem);
