import type { Me } from '../shared/auth.js';
import { roleScopeKind, type Role } from '../shared/enums.js';

export interface NavSection {
  label: string;
  items: { label: string; to: string }[];
}

/** Roles whose work is a territory's: they land on its work queue (docs/ARCHITECTURE.md). */
const queueRoles: readonly Role[] = ['region_admin', 'municipal_head', 'municipal_methodist', 'school_admin'];
/** Roles that watch a territory rather than work in it: they land on monitoring. */
const monitoringRoles: readonly Role[] = ['region_methodist', 'authority'];

const hasRole = (me: Me, roles: readonly Role[]) => me.grants.some((g) => roles.includes(g.role));
/** A grant bound to a territory (not only to the user's own person). */
export const readsTerritory = (me: Me) => me.grants.some((g) => roleScopeKind[g.role] !== 'person');
/** The user's own work as a teacher: «Мой кабинет». */
const isTeacher = (me: Me) => me.personId !== null && hasRole(me, ['teacher']);
/** An expert without a teacher's cabinet: their own card until review work exists. */
const ownCard = (me: Me) => (me.personId !== null && hasRole(me, ['expert']) ? `/registry/people/${me.personId}` : null);

/** The left navigation: only what the user's roles may open (the server checks again). */
export function navigation(me: Me): NavSection[] {
  const has = (action: string) => me.can.includes(action);
  const territorial = readsTerritory(me);
  const sections: NavSection[] = [];
  if (isTeacher(me)) sections.push({ label: 'Мой кабинет', items: [{ label: 'Мой кабинет', to: '/cabinet' }] });
  else if (ownCard(me)) sections.push({ label: 'Мой кабинет', items: [{ label: 'Моя карточка', to: ownCard(me)! }] });
  if (has('monitoring.read')) sections.push({ label: 'Рабочая очередь', items: [{ label: 'Что требует внимания', to: '/queue' }] });
  if (has('registry.read') && territorial) {
    const items = [
      { label: 'Муниципалитеты', to: '/registry/municipalities' },
      { label: 'Организации', to: '/registry/organizations' },
      { label: 'Педагоги и руководители', to: '/registry/people' },
    ];
    if (has('roster.import')) items.push({ label: 'Загрузка списка кадров', to: '/registry/roster-import' });
    sections.push({ label: 'Реестр', items });
  }
  const monitoring = [];
  if (has('monitoring.read')) monitoring.push({ label: 'Показатели', to: '/monitoring' });
  if (has('reports.read')) monitoring.push({ label: 'Отчёты', to: '/monitoring/reports' });
  if (monitoring.length) sections.push({ label: 'Мониторинг', items: monitoring });
  const admin = [];
  if (has('users.manage')) admin.push({ label: 'Пользователи', to: '/admin/users' });
  if (has('audit.read')) admin.push({ label: 'Журнал изменений', to: '/admin/audit' });
  if (has('settings.manage')) admin.push({ label: 'Профиль службы', to: '/admin/profiles' });
  if (has('positions.manage')) admin.push({ label: 'Должности', to: '/admin/positions' });
  if (has('exchange.import') || has('exchange.export')) admin.push({ label: 'Пакет обмена', to: '/admin/exchange' });
  if (admin.length) sections.push({ label: 'Администрирование', items: admin });
  return sections;
}

/**
 * The one menu item lit for a path: the item whose address is the longest prefix of it (on
 * «/monitoring/reports/5» that is «Отчёты», not «Показатели»). Null when no item leads there.
 */
export function activeItem(sections: NavSection[], pathname: string): string | null {
  let best: string | null = null;
  for (const { items } of sections) {
    for (const { to } of items) {
      if ((pathname === to || pathname.startsWith(`${to}/`)) && (best === null || to.length > best.length)) best = to;
    }
  }
  return best;
}

/**
 * Where a user lands after login (docs/ARCHITECTURE.md, «Куда попадает роль после входа»): a territory's methodist (and the region admin,
 * and a school's administration) on the territory's work queue; an authority or a regional curator
 * on monitoring; a teacher on «Мой кабинет»; an expert on their own card; a tutor on the school's
 * people. Never on a page the user cannot open.
 */
export function homePath(me: Me): string {
  const has = (action: string) => me.can.includes(action);
  if (has('monitoring.read') && hasRole(me, queueRoles)) return '/queue';
  if (has('monitoring.read') && hasRole(me, monitoringRoles)) return '/monitoring';
  if (has('registry.read') && readsTerritory(me)) return '/registry/people';
  if (isTeacher(me)) return '/cabinet';
  if (ownCard(me) && has('registry.read')) return ownCard(me)!;
  return '/account/password';
}

/** What the top bar offers on a page: the current territory, and the period where it matters. */
export function topBarContext(pathname: string): { territory: boolean; period: boolean } {
  if (pathname === '/monitoring' || pathname.startsWith('/monitoring/indicators/')) return { territory: true, period: true };
  if (pathname === '/queue') return { territory: true, period: false };
  return { territory: false, period: false };
}
