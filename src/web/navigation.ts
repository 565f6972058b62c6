import type { Me } from '../shared/auth.js';

export interface NavSection {
  label: string;
  items: { label: string; to: string }[];
}

/** The left navigation: only what the user's roles may open (the server checks again). */
export function navigation(me: Me): NavSection[] {
  const has = (action: string) => me.can.includes(action);
  const territorial = me.grants.some((g) => g.role !== 'teacher' && g.role !== 'expert');
  const sections: NavSection[] = [];
  if (me.personId) sections.push({ label: 'Мой кабинет', items: [{ label: 'Моя карточка', to: `/registry/people/${me.personId}` }] });
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

/** Where a user lands after login. */
export function homePath(me: Me): string {
  const territorial = me.grants.some((g) => g.role !== 'teacher' && g.role !== 'expert');
  if (territorial && me.can.includes('registry.read')) return '/registry/people';
  if (me.personId) return `/registry/people/${me.personId}`;
  return '/account/password';
}
