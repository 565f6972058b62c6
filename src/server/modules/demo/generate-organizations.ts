// Municipalities and their organizations: one methodical centre each, schools, kindergartens and the rest.
import { organizationFlag, type OrganizationFlag, type OrganizationKind } from '../../../shared/enums.js';
import * as c from './catalogues.js';
import { type Context, type Municipality, type Organization, pad } from './model.js';
import { genitiveAdjective } from './names.js';
import type { Random } from './random.js';

/** Splits `total` by weight, each part at least `minimum` (largest remainder). */
export function allocate(total: number, weights: number[], minimum: number[]): number[] {
  const parts = minimum.slice();
  const rest = total - minimum.reduce((a, b) => a + b, 0);
  if (rest <= 0) return parts;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * rest);
  let given = 0;
  exact.forEach((value, i) => {
    parts[i]! += Math.floor(value);
    given += Math.floor(value);
  });
  const order = exact.map((value, i) => [value - Math.floor(value), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; k < rest - given; k++) parts[order[k % order.length]![1]]! += 1;
  return parts;
}

export function buildMunicipalities(ctx: Context): void {
  const { municipalities: count, organizations } = ctx.options;
  if (organizations < count) throw new Error('Организаций должно быть не меньше, чем муниципалитетов: в каждом есть методический центр.');
  for (let i = 0; i < count; i++) {
    const root = c.placeRoots[i % c.placeRoots.length]!;
    const round = Math.floor(i / c.placeRoots.length);
    const place = round ? `${root}-${round + 1}` : root;
    const city = i % 3 === 1;
    const name = `${place} ${city ? 'городской округ' : 'муниципальный район'}`;
    const genitive = `${genitiveAdjective(root)}${round ? `-${round + 1}` : ''} ${city ? 'городского округа' : 'района'}`;
    const municipality = {
      index: i,
      code: `mun-${pad(i + 1, 2)}`,
      name,
      genitive,
      orgs: [],
      staff: [],
      teachers: [],
      young: [],
      managers: [],
      methodists: [],
    };
    ctx.municipalities.push(municipality as unknown as Municipality);
    ctx.out.municipalities.push({ code: municipality.code, name });
  }
}

const kindWeights: (readonly [OrganizationKind, number])[] = [
  ['school', 47],
  ['kindergarten', 35],
  ['additional', 8],
  ['college', 5],
  ['other', 5],
];

const flagChances: Record<OrganizationFlag, number> = {
  low_results: 0.1,
  hard_social: 0.12,
  internship_site: 0.04,
  base_site: 0.05,
  innovation_site: 0.04,
  mentoring_model: 0.4,
  staff_plan: 0.5,
  methodical_service: 0.6,
};

export function buildOrganizations(ctx: Context): void {
  const { rnd } = ctx;
  const muns = ctx.municipalities;
  const regular = ctx.options.organizations - muns.length;
  const perMunicipality = allocate(
    regular,
    muns.map((m) => (m.index === 0 ? 2.5 : 0.6 + rnd.next())),
    muns.map(() => (regular >= muns.length ? 1 : 0)),
  );
  const kinds = muns.map((mun) =>
    Array.from({ length: perMunicipality[mun.index]! }, (_, k): OrganizationKind =>
      k === 0 ? 'school' : k === 1 ? 'kindergarten' : k === 2 ? 'additional' : rnd.weighted(kindWeights),
    ),
  );
  // Every kind somewhere: a small region still gets a college and a ППМС-центр.
  for (const kind of ['college', 'other'] as const) {
    if (kinds.some((list) => list.includes(kind))) continue;
    const list = kinds.find((l) => l.length > 3 && l.slice(3).some((k) => k === 'school' || k === 'kindergarten'));
    if (list) list[list.findLastIndex((k, i) => i >= 3 && (k === 'school' || k === 'kindergarten'))] = kind;
  }
  for (const mun of muns) {
    const centre = makeOrg(mun, `${mun.code}-imc`, `МКУ «Информационно-методический центр ${mun.genitive}»`, 'methodical_center');
    centre.flags = ['methodical_service'];
    mun.centre = centre;
    const counters = { school: 0, kindergarten: 0, additional: 0, college: 0, other: 0, methodical_center: 0 };
    for (const kind of kinds[mun.index]!) {
      const n = ++counters[kind];
      const org = makeOrg(mun, `${mun.code}-${kindCode[kind]}-${pad(n, 2)}`, orgName(rnd, kind, n, mun), kind);
      for (const flag of organizationFlag.codes) {
        const chance = flag === 'low_results' && kind !== 'school' ? 0.02 : flagChances[flag];
        if (rnd.chance(chance)) org.flags.push(flag);
      }
    }
  }
  const regularOrgs = ctx.organizations.filter((o) => o.kind !== 'methodical_center');
  // Every flag somewhere, so that every indicator and community kind has something to show.
  organizationFlag.codes.forEach((flag, i) => {
    if (regularOrgs.length && !regularOrgs.some((o) => o.flags.includes(flag))) regularOrgs[i % regularOrgs.length]!.flags.push(flag);
  });
  for (const org of ctx.organizations) {
    ctx.out.organizations.push({
      code: org.code,
      municipality: org.municipality.code,
      name: org.name,
      kind: org.kind,
      flags: org.flags.length || rnd.chance(0.5) ? org.flags : null,
    });
  }

  function makeOrg(mun: Municipality, code: string, name: string, kind: OrganizationKind): Organization {
    const org: Organization = { code, name, kind, municipality: mun, flags: [], people: [] };
    mun.orgs.push(org);
    ctx.organizations.push(org);
    return org;
  }
}

const kindCode: Record<OrganizationKind, string> = {
  school: 'sch',
  kindergarten: 'ds',
  additional: 'dod',
  college: 'spo',
  other: 'ppms',
  methodical_center: 'imc',
};

function orgName(rnd: Random, kind: OrganizationKind, n: number, mun: Municipality): string {
  switch (kind) {
    case 'school': {
      const variant = rnd.weighted([
        ['МБОУ «Средняя общеобразовательная школа № N»', 70],
        ['МБОУ «Гимназия № N»', 8],
        ['МБОУ «Лицей № N»', 6],
        ['МКОУ «Основная общеобразовательная школа № N»', 16],
      ] as const);
      return variant.replace('N', String(n));
    }
    case 'kindergarten':
      return rnd.chance(0.5) ? `МБДОУ «Детский сад № ${n}»` : `МБДОУ «Детский сад № ${n} «${rnd.pick(c.kindergartenNames)}»»`;
    case 'additional':
      return `МБУ ДО «${c.additionalNames[(n - 1) % c.additionalNames.length]}${n > c.additionalNames.length ? ` № ${n}` : ''}»`;
    case 'college':
      return `ГБПОУ «${mun.genitive.split(' ')[0]!.replace(/ого$/, 'ий')} ${c.collegeNames[(n - 1) % c.collegeNames.length]}${n > c.collegeNames.length ? ` № ${n}` : ''}»`;
    case 'other':
      return `МКУ «Центр психолого-педагогической, медицинской и социальной помощи${n > 1 ? ` № ${n}` : ''}»`;
    default:
      return `МКУ «Информационно-методический центр ${mun.genitive}»`;
  }
}
