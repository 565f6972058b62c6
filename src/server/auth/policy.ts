import type { Role } from '../../shared/enums.js';

/**
 * What each role may do. The territory a grant reaches is the role's own scope (region,
 * municipality, organization or own person), applied by scope.ts.
 */
export const policy = {
  'registry.read': [
    'region_admin',
    'region_methodist',
    'authority',
    'municipal_head',
    'municipal_methodist',
    'school_admin',
    'tutor',
    'teacher',
    // The expert reads only their own card (a grant bound to their person, scope.ts) until review work exists.
    'expert',
  ],
  'people.write': ['region_admin', 'municipal_head', 'municipal_methodist', 'school_admin'],
  'organizations.write': ['region_admin', 'municipal_head', 'municipal_methodist'],
  'municipalities.write': ['region_admin'],
  'roster.import': ['region_admin', 'municipal_head', 'municipal_methodist', 'school_admin'],
  'exchange.import': ['region_admin'],
  /** The positions dictionary is the region's: one list for every school's roster. */
  'positions.manage': ['region_admin'],
  'exchange.export': ['region_admin', 'region_methodist', 'authority', 'municipal_head', 'municipal_methodist', 'school_admin'],
  'users.manage': ['region_admin', 'municipal_head'],
  /** The whole journal and the «Входы» view: those who answer for a territory. */
  'audit.read': ['region_admin', 'municipal_head'],
  /** A card's history: every territorial reader of the registry (a teacher's own card has none). */
  'audit.card': ['region_admin', 'region_methodist', 'authority', 'municipal_head', 'municipal_methodist', 'school_admin', 'tutor'],
  'snils.read': ['region_admin'],
  'settings.manage': ['region_admin'],
  'monitoring.read': ['region_admin', 'region_methodist', 'authority', 'municipal_head', 'municipal_methodist', 'school_admin'],
  /** Reports are a municipality's or the region's: granted by territory as a whole, never by one school. */
  'reports.read': ['region_admin', 'region_methodist', 'authority', 'municipal_head', 'municipal_methodist'],
  'reports.freeze': ['region_admin', 'municipal_head'],
  'reports.submit': ['municipal_head'],
  /** Narrowed by the report's period: the regional operator's or its municipality's authority's (reports.service.ts). */
  'reports.review': ['region_admin', 'authority'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof policy;

export function roleAllows(role: Role, action: Action): boolean {
  return (policy[action] as readonly Role[]).includes(role);
}
