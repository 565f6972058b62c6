// Deterministic generator of a plausible region: the demo data and the benchmark package.
import type { ExchangePackage } from '../../../shared/exchange.js';
import { buildCommunities } from './generate-communities.js';
import {
  buildActiveMemberships,
  buildAttestations,
  buildCompletions,
  buildDiagnostics,
  buildProgrammes,
  Completions,
} from './generate-career.js';
import { buildConsultations, buildEvents, buildPractices } from './generate-events.js';
import { buildMunicipalities, buildOrganizations } from './generate-organizations.js';
import { buildEmployments, buildPeople } from './generate-people.js';
import { buildMentoring, buildRoutes } from './generate-routes.js';
import type { Context, GenerateOptions, Records } from './model.js';
import { addYears, Random, toDay } from './random.js';

export type { GenerateOptions } from './model.js';

export const demoSize = { municipalities: 6, organizations: 40, staff: 1500, years: 3 } as const;
export const benchmarkSize = { municipalities: 30, organizations: 1500, staff: 40_000, years: 5 } as const;

/** A valid exchange package (also an ExchangePackageInput). Same options, same package, byte for byte: the only randomness is the seeded generator. */
export function generateRegion(options: GenerateOptions): ExchangePackage {
  if (options.municipalities < 1 || options.staff < 1 || options.years < 1)
    throw new Error('Нужны хотя бы один муниципалитет, один работник и один год истории.');
  const today = toDay(options.today);
  if (Number.isNaN(today)) throw new Error(`Неверная дата: ${options.today}`);
  const out: Records = {
    municipalities: [],
    organizations: [],
    people: [],
    employments: [],
    attestations: [],
    activeMemberships: [],
    diagnostics: [],
    programmes: [],
    completions: [],
    routes: [],
    mentoringPairs: [],
    communities: [],
    communityMembers: [],
    events: [],
    participations: [],
    consultations: [],
    practices: [],
    practiceAdoptions: [],
  };
  const ctx: Context = {
    rnd: new Random(options.seed),
    options,
    today,
    from: addYears(today, -options.years) + 1,
    municipalities: [],
    organizations: [],
    staff: [],
    teachers: [],
    young: [],
    regionalMethodists: [],
    out,
  };
  buildMunicipalities(ctx);
  buildOrganizations(ctx);
  buildPeople(ctx);
  buildEmployments(ctx);
  buildAttestations(ctx);
  buildActiveMemberships(ctx);
  buildDiagnostics(ctx);
  const programmes = buildProgrammes(ctx);
  const completions = new Completions(ctx);
  buildCompletions(ctx, programmes, completions);
  buildRoutes(ctx, programmes, completions);
  buildMentoring(ctx);
  buildCommunities(ctx);
  buildEvents(ctx);
  buildConsultations(ctx);
  buildPractices(ctx);
  return { format: 'metodset-exchange', version: 1, region: { code: 'demo-region', name: 'Демонстрационная область' }, ...out };
}
