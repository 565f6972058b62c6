import type { Role } from '../../shared/enums.js';
import { allRoles, type World } from './world.js';

export type Who = Role | 'anonymous';
/**
 * own: a record of municipality A, where every role is bound; foreign: one of municipality B;
 * former: a person who worked in school A until years ago and works in B now (routes of one person).
 */
export type Target = 'own' | 'foreign' | 'former';

export interface MatrixRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
}

export interface MatrixCase {
  /** Builds the request against a record of the target territory; writes get fresh records. */
  build(w: World, target: Target, who: Who): Promise<MatrixRequest> | MatrixRequest;
  /** Expected status for the own territory, for every role and for an anonymous visitor. */
  own: Record<Who, number>;
  /** False when the route takes no territorial id: the foreign run is skipped. */
  territorial?: boolean;
  /** Statuses for the foreign territory where they differ from foreignStatus(). */
  foreign?: Partial<Record<Who, number>>;
  /**
   * Statuses for the former employer (target 'former'): every route of one person has them. Reads
   * succeed read-only; writes are 404 (403 without the permission) and change nothing, except for
   * region-wide roles.
   */
  former?: Record<Who, number>;
  /** The route ends or rotates the session: each call signs in anew. */
  freshSession?: boolean;
}

/** Statuses per role: `ok` for the listed roles, 403 for the other roles, 401 for anonymous. */
export function allow(ok: number, roles: readonly Role[] | 'all', overrides: Partial<Record<Who, number>> = {}): Record<Who, number> {
  const out = { anonymous: 401 } as Record<Who, number>;
  for (const role of allRoles) out[role] = roles === 'all' || roles.includes(role) ? ok : 403;
  return { ...out, ...overrides };
}

/**
 * Expected status for the foreign territory: whoever succeeds at home gets 404 abroad (the record
 * does not exist for them), except the region admin, whose territory holds both municipalities.
 */
export function foreignStatus(own: number, who: Who): number {
  if (own >= 300 || who === 'region_admin') return own;
  return 404;
}

/** A write to a person whom territory A employed only in the past: only the region may make it. */
export const formerWrite = (ok: number): Record<Who, number> =>
  allow(ok, ['region_admin'], { municipal_head: 404, municipal_methodist: 404, school_admin: 404 });

/** The roles that read the territorial registry, and the ones that write it. */
export const territorialReaders: Role[] = [
  'region_admin',
  'region_methodist',
  'authority',
  'municipal_head',
  'municipal_methodist',
  'school_admin',
  'tutor',
];
export const municipalReaders: Role[] = ['region_admin', 'region_methodist', 'authority', 'municipal_head', 'municipal_methodist'];
export const peopleWriters: Role[] = ['region_admin', 'municipal_head', 'municipal_methodist', 'school_admin'];
export const organizationWriters: Role[] = ['region_admin', 'municipal_head', 'municipal_methodist'];
export const rosterImporters: Role[] = ['region_admin', 'municipal_head', 'municipal_methodist', 'school_admin'];
export const exporters: Role[] = ['region_admin', 'region_methodist', 'authority', 'municipal_head', 'municipal_methodist', 'school_admin'];
