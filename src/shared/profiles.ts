// Profiles: the four reference services (docs/regulations.md; their indicators in docs/indicators.md) as data files in
// `profiles/`, and the region's monitoring settings a profile is applied to (regions.settings.monitoring).
import { communityKind } from './enums.js';
import { indicatorCatalog, indicatorCodes, type IndicatorCode } from './indicators.js';
import { defaultPeriodKinds, periodKinds } from './reporting-periods.js';
import { requiredText, z } from './zod.js';

const indicatorCode = z.enum(indicatorCodes, { error: (issue) => `Неизвестный показатель «${String(issue.input)}»` });
const isShare = new Map<string, boolean>(indicatorCatalog.map((i) => [i.code, i.kind === 'share']));

/** A passage of the regulation, in its own words, with the section it stands in. */
const quote = z.strictObject({ section: requiredText(50), text: requiredText(2000) });

const profileIndicator = z.strictObject({
  code: indicatorCode,
  /** The regulation's section and its own wording of the indicator. */
  section: requiredText(50),
  wording: requiredText(1000),
  /** Where the indicator is derived rather than named (002 names none). */
  note: requiredText(1000).optional(),
});

const profileThreshold = z.strictObject({
  /** Met when the value is at least this (a percentage for shares). */
  value: z.number().min(0),
  section: requiredText(50),
  wording: requiredText(1000),
});

const body = z.strictObject({
  name: requiredText(300),
  section: requiredText(50),
  /** What the regulation says the body is or does. */
  wording: requiredText(2000).optional(),
  /** The kind of community the product records the body as, when it is one. */
  communityKind: z.enum(communityKind.codes).optional(),
});

const direction = z.strictObject({
  title: requiredText(300),
  section: requiredText(50),
  items: z.array(requiredText(1000)),
});

export const profileFile = z
  .strictObject({
    code: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Код профиля: строчные латинские буквы, цифры и дефисы'),
    /** The regulation's own name. */
    title: requiredText(500),
    territory: requiredText(200),
    regulation: z.strictObject({
      /** The text file of the regulation the profile is taken from; its leading number is the one docs/regulations.md lists. */
      source: requiredText(100),
      /** The act that approved it, as the text names it. */
      approvedBy: requiredText(500),
      year: z.number().int().min(1990).max(2100),
    }),
    indicators: z.array(profileIndicator).min(1),
    thresholds: z.partialRecord(indicatorCode, profileThreshold),
    /** The kinds of reporting period, each with who accepts its reports. */
    reportingPeriods: periodKinds,
    /** Where the periods and their acceptor come from, in the regulation's words. */
    reportingBasis: quote,
    bodies: z.array(body).min(1),
    /** null when the regulation lists no documents. */
    nomenclature: z
      .strictObject({ section: requiredText(50), heading: requiredText(500), documents: z.array(requiredText(500)).min(1) })
      .nullable(),
    directions: z.array(direction).min(1),
    /** What the regulation leaves out that a profile would otherwise hold. */
    gaps: z.array(requiredText(1000)),
  })
  .superRefine((p, ctx) => {
    const codes = p.indicators.map((i) => i.code);
    codes.forEach((c, i) => {
      if (codes.indexOf(c) !== i)
        ctx.addIssue({ code: 'custom', path: ['indicators', i, 'code'], message: `Показатель «${c}» указан дважды` });
    });
    for (const [c, t] of Object.entries(p.thresholds)) {
      if (!codes.includes(c as IndicatorCode))
        ctx.addIssue({ code: 'custom', path: ['thresholds', c], message: `Показатель «${c}» не входит в профиль` });
      if (t && isShare.get(c) && t.value > 100)
        ctx.addIssue({ code: 'custom', path: ['thresholds', c, 'value'], message: 'Порог доли — от 0 до 100 %' });
    }
  });
export type ProfileFile = z.infer<typeof profileFile>;

export const profileSummary = z.object({ code: z.string(), title: z.string(), territory: z.string(), year: z.number() });
export type ProfileSummary = z.infer<typeof profileSummary>;

const settingsFields = {
  indicators: z.array(indicatorCode).min(1, 'Выберите хотя бы один показатель'),
  thresholds: z.partialRecord(indicatorCode, z.number().min(0, 'Порог не может быть отрицательным')),
  reportingPeriods: periodKinds,
};

function refineSettings(
  s: { indicators: IndicatorCode[]; thresholds: Partial<Record<IndicatorCode, number>> },
  ctx: z.RefinementCtx,
): void {
  s.indicators.forEach((c, i) => {
    if (s.indicators.indexOf(c) !== i)
      ctx.addIssue({ code: 'custom', path: ['indicators', i], message: `Показатель «${c}» указан дважды` });
  });
  for (const [c, value] of Object.entries(s.thresholds)) {
    if (!s.indicators.includes(c as IndicatorCode))
      ctx.addIssue({ code: 'custom', path: ['thresholds', c], message: `Порог задан для показателя «${c}», которого нет в наборе` });
    if (value !== undefined && isShare.get(c) && value > 100)
      ctx.addIssue({ code: 'custom', path: ['thresholds', c], message: 'Порог доли — от 0 до 100 %' });
  }
}

/** What a region_admin edits: the indicator set, its thresholds and the reporting periods. */
export const monitoringSettingsInput = z.strictObject(settingsFields).superRefine(refineSettings);
export type MonitoringSettingsInput = z.infer<typeof monitoringSettingsInput>;

/** The region's monitoring settings: `profile` names the profile they were applied from, if any. */
export const monitoringSettings = z.strictObject({ profile: z.string().nullable(), ...settingsFields }).superRefine(refineSettings);
export type MonitoringSettings = z.infer<typeof monitoringSettings>;

/** A region no profile was applied to reports every indicator, with no thresholds, by the default periods. */
export const defaultMonitoringSettings = (): MonitoringSettings => ({
  profile: null,
  indicators: [...indicatorCodes],
  thresholds: {},
  reportingPeriods: defaultPeriodKinds(),
});
