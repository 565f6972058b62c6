// Property test of the indicator engine (issue 3): random generated regions, some dates pushed onto
// the period's edges, imported into a fresh database; the SQL engine must agree with the plain
// reference implementation (reference/reference.ts) on every indicator, numerator and denominator,
// for the region, one municipality and one organization. Runs on PGlite and on PostgreSQL.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExchangePackage } from '../../../shared/exchange.js';
import type { IndicatorValue } from '../../../shared/indicators.js';
import { openTestDatabase, testEngine } from '../../test/database.js';
import { generateRegion } from '../demo/generate.js';
import { importPackage } from '../exchange/exchange.import.js';
import { computeIndicators } from './indicators.service.js';
import { mutateToBoundaries } from './reference/boundary-mutations.js';
import { plusDays, plusYears, referenceIndicators } from './reference/reference.js';
import { unrestrictedScope } from '../../auth/scope.js';

// A fresh database per case costs ~3 s on PGlite (a dozen cases keep the file near a minute) and
// well under a second on a PostgreSQL server. METODSET_PROPERTY_RUNS widens a run;
// METODSET_PROPERTY_SEED replays the seed a failure prints.
const numRuns = Number(process.env.METODSET_PROPERTY_RUNS ?? (testEngine === 'postgres' ? 60 : 12));
const seed = process.env.METODSET_PROPERTY_SEED ? Number(process.env.METODSET_PROPERTY_SEED) : undefined;

const caseArbitrary = fc
  .record({
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    municipalities: fc.integer({ min: 2, max: 3 }),
    organizations: fc.integer({ min: 4, max: 10 }),
    staff: fc.integer({ min: 30, max: 120 }),
    years: fc.integer({ min: 2, max: 4 }),
    // 2027-03-01: periods ending near the 35th birthday of people born on 29 February 1992.
    today: fc.constantFrom('2026-11-23', '2027-03-01', '2025-12-31'),
    startBack: fc.integer({ min: 0, max: 4 * 365 }),
    length: fc.integer({ min: 0, max: 2 * 365 }),
    // A period ending on a month's edge now and then: 28 February, 1 March, 31 December.
    edgeEnd: fc.option(fc.constantFrom('-02-28', '-03-01', '-12-31'), { freq: 3 }),
    mutations: fc.integer({ min: 0, max: 80 }),
    mutationSeed: fc.integer({ min: 1, max: 1_000_000 }),
    municipalityPick: fc.nat(),
    organizationPick: fc.nat(),
  })
  .map((c) => {
    const from = plusDays(c.today, -Math.min(c.startBack, c.years * 365));
    let to = plusDays(from, c.length);
    if (c.edgeEnd) {
      const edge = `${to.slice(0, 4)}${c.edgeEnd}`;
      if (edge >= from) to = edge;
    }
    return { ...c, from, to };
  });

type Case = typeof caseArbitrary extends fc.Arbitrary<infer T> ? T : never;

function buildPackage(c: Case): ExchangePackage {
  const { seed: s, municipalities, organizations, staff, years, today } = c;
  const generated = generateRegion({ seed: s, municipalities, organizations, staff, years, today });
  return mutateToBoundaries(generated, c.mutationSeed, c.mutations, c.from, c.to);
}

function differences(engine: IndicatorValue[], reference: IndicatorValue[], scope: string, c: Case): string[] {
  const out: string[] = [];
  if (engine.map((v) => v.code).join() !== reference.map((v) => v.code).join())
    out.push(`scope=${scope}: indicator codes or their order differ`);
  for (const expected of reference) {
    const actual = engine.find((v) => v.code === expected.code);
    if (JSON.stringify(actual) !== JSON.stringify(expected))
      out.push(
        `${expected.code} scope=${scope} period=[${c.from}, ${c.to}]: engine ${JSON.stringify(actual)} reference ${JSON.stringify(expected)}`,
      );
  }
  return out;
}

describe('indicator engine versus the reference implementation', () => {
  it('agrees on every indicator for the region, a municipality and an organization', async () => {
    // Shares strictly between 0 and 100 % seen: proof that the comparison was not all zeros and nulls.
    let partialShares = 0;
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (c) => {
        const pkg = buildPackage(c);
        const municipality = pkg.municipalities[c.municipalityPick % pkg.municipalities.length]!.code;
        const organization = pkg.organizations[c.organizationPick % pkg.organizations.length]!.code;
        const database = await openTestDatabase();
        try {
          await importPackage(database.db, pkg, null);
          const problems: string[] = [];
          for (const scopeCode of [pkg.region.code, municipality, organization]) {
            const request = { scopeCode, from: c.from, to: c.to };
            const engine = await computeIndicators(database.db, request, unrestrictedScope());
            const reference = referenceIndicators(pkg, request);
            partialShares += reference.filter((v) => v.denominator !== null && v.numerator > 0 && v.numerator < v.denominator).length;
            problems.push(...differences(engine, reference, scopeCode, c));
          }
          if (problems.length > 0) throw new Error(`${problems.length} difference(s):\n${problems.join('\n')}`);
        } finally {
          await database.close();
        }
      }),
      // No shrinking: every step costs a fresh database, and the printed case replays exactly.
      { numRuns, seed, endOnFailure: true },
    );
    expect(partialShares).toBeGreaterThan(numRuns);
  }, 900_000);

  it('the generated cases reach the edges the catalog names', () => {
    // Guards the property above against passing while never meeting a boundary.
    const seen = { birthday35OnE: 0, careerStartOnEdge: 0, eventsOnEdges: 0, employmentEndsOnE: 0, routesWithoutStart: 0 };
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const pkg = buildPackage(c);
        seen.birthday35OnE += pkg.people.filter((p) => p.birthDate === plusYears(c.to, -35)).length;
        seen.careerStartOnEdge += pkg.people.filter((p) => p.careerStart === plusYears(c.to, -3)).length;
        seen.eventsOnEdges += pkg.events.filter((e) => [c.from, c.to, plusDays(c.to, 1)].includes(e.start)).length;
        seen.employmentEndsOnE += pkg.employments.filter((e) => e.end === c.to || e.end === plusDays(c.to, -1)).length;
        seen.routesWithoutStart += pkg.routes.filter((r) => r.start == null).length;
      }),
      { numRuns: 30, seed: 42 },
    );
    for (const [edge, n] of Object.entries(seen)) expect(n, edge).toBeGreaterThan(0);
  });
});
