// The demo's reporting history: every municipality's report for the previous reporting period,
// frozen and accepted (so trends and the cards' changes have a point to start from), and for the
// latest period that has ended one municipality that has submitted and one that has only frozen —
// the first municipality (the demo head's) is left to freeze and submit in the browser.
import { endedReportingPeriods } from '../../../shared/reporting-periods.js';
import type { Principal } from '../../auth/principal.js';
import { unrestrictedScope, type Scope } from '../../auth/scope.js';
import type { Executor } from '../../db/client.js';
import { acceptReport, freezeReport, submitReport } from '../monitoring/reports.service.js';
import { readMonitoringSettings } from '../profiles/profiles.service.js';

const demoActor = (displayName: string): Principal => ({ userId: 0, login: 'demo', displayName, personId: null, grants: [] });
const scopeOf = (municipalityId: number | null): Scope =>
  municipalityId === null ? unrestrictedScope() : { region: false, municipalityIds: [municipalityId], organizationIds: [], personIds: [] };

export async function loadDemoReports(tx: Executor, today: string, firstMunicipalityCode: string): Promise<void> {
  const { reportingDates } = await readMonitoringSettings(tx);
  const [latest, previous] = endedReportingPeriods(reportingDates, today, 2);
  if (!latest || !previous) return;
  const municipalities = (await tx.execute<{ id: number; code: string }>(`select id, code from municipalities order by code`)).rows;
  const head = demoActor('Руководитель ММС (демонстрация)');
  const region = demoActor('Администратор региона (демонстрация)');
  for (const m of municipalities) {
    const { id } = await freezeReport(tx, head, { scopeCode: m.code, ...previous }, scopeOf(m.id));
    await submitReport(tx, head, id, scopeOf(m.id));
    await acceptReport(tx, region, id, scopeOf(null));
  }
  const others = municipalities.filter((m) => m.code !== firstMunicipalityCode);
  const [submitted, frozen] = others;
  if (submitted) {
    const { id } = await freezeReport(tx, head, { scopeCode: submitted.code, ...latest }, scopeOf(submitted.id));
    await submitReport(tx, head, id, scopeOf(submitted.id));
  }
  if (frozen) await freezeReport(tx, head, { scopeCode: frozen.code, ...latest }, scopeOf(frozen.id));
}
