// The generator's working model: records being built plus the indexes later steps sample from.
import type { ExchangePackage } from '../../../shared/exchange.js';
import type { OrganizationFlag, OrganizationKind } from '../../../shared/enums.js';
import type { Random } from './random.js';

export interface GenerateOptions {
  seed: number;
  municipalities: number;
  /** Organizations in total, one methodical centre per municipality included. */
  organizations: number;
  staff: number;
  /** Years of history ending at `today`. */
  years: number;
  /** YYYY-MM-DD */
  today: string;
}

export interface Municipality {
  index: number;
  code: string;
  name: string;
  /** «Берёзовского района»: for names like «ИМЦ Берёзовского района». */
  genitive: string;
  orgs: Organization[];
  centre: Organization;
  staff: Staff[];
  teachers: Staff[];
  young: Staff[];
  managers: Staff[];
  /** People a route or a consultation may name as the municipal methodist. */
  methodists: Staff[];
}

export interface Organization {
  code: string;
  name: string;
  kind: OrganizationKind;
  municipality: Municipality;
  flags: OrganizationFlag[];
  people: Staff[];
}

export interface Staff {
  index: number;
  code: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birth: number | null;
  career: number | null;
  young: boolean;
  org: Organization;
  manager: boolean;
  position: string;
  subjects: string[] | null;
  /** The primary employment: start and (for people who left) end, as day numbers. */
  start: number;
  end: number | null;
}

type Lists = Omit<ExchangePackage, 'format' | 'version' | 'region'>;
export type Records = { [K in keyof Lists]: Lists[K] };

export interface Context {
  rnd: Random;
  options: GenerateOptions;
  today: number;
  /** First day of the generated history. */
  from: number;
  municipalities: Municipality[];
  organizations: Organization[];
  staff: Staff[];
  teachers: Staff[];
  young: Staff[];
  regionalMethodists: Staff[];
  out: Records;
}

export const isActiveOn = (person: Staff, day: number) => person.start <= day && (person.end === null || person.end >= day);

/** The part of [from, today] the person worked in. */
export const workWindow = (ctx: Context, person: Staff): [number, number] => [Math.max(ctx.from, person.start), person.end ?? ctx.today];

export const pad = (value: number, width: number) => String(value).padStart(width, '0');
