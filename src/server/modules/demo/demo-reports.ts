// The demo's reporting history, for every kind of reporting period of the profile: every
// municipality's report for the kind's previous period, frozen, submitted and accepted by the
// period's acceptor (so trends and the changes against the previous report of the same kind have
// a point to start from), and for the kind's latest ended period one municipality that has
// submitted and one that has only frozen — the first municipality (the demo head's) is left to
// freeze and submit in the browser.
import { endedReportingPeriods } from '../../../shared/reporting-periods.js';
import type { Principal } from '../../auth/principal.js';
import { unrestrictedScope, type Scope } from '../../auth/scope.js';
import type { Executor } from '../../db/client.js';
import { readMonitoringSettings } from '../profiles/profiles.service.js';
import { acceptReport, freezeReport, submitReport } from '../reports/reports.service.js';

const demoActor = (displayName: string): Principal => ({ userId: 0, login: 'demo', displayName, personId: null, grants: [] });
const scopeOf = (municipalityId: number | null): Scope =>
  municipalityId === null ? unrestrictedScope() : { region: false, municipalityIds: [municipalityId], organizationIds: [], personIds: [] };

export async function loadDemoReports(tx: Executor, today: string, firstMunicipalityCode: string): Promise<void> {
  const { reportingPeriods } = await readMonitoringSettings(tx);
  const municipalities = (await tx.execute<{ id: number; code: string }>(`select id, code from municipalities order by code`)).rows;
  const head = demoActor('Руководитель ММС (демонстрация)');
  const acceptors = {
    region: demoActor('Администратор региона (демонстрация)'),
    authority: demoActor('Орган управления образованием (демонстрация)'),
  };
  const [submitted, frozen] = municipalities.filter((m) => m.code !== firstMunicipalityCode);
  for (const kind of reportingPeriods) {
    const [latest, previous] = endedReportingPeriods([kind], today, 2);
    if (!latest || !previous) continue;
    const period = (p: typeof latest) => ({ from: p.from, to: p.to });
    for (const m of municipalities) {
      const { id } = await freezeReport(tx, head, { scopeCode: m.code, ...period(previous) }, scopeOf(m.id));
      await submitReport(tx, head, id, scopeOf(m.id));
      await acceptReport(tx, acceptors[kind.acceptor], id, scopeOf(kind.acceptor === 'region' ? null : m.id));
    }
    if (submitted) {
      const { id } = await freezeReport(tx, head, { scopeCode: submitted.code, ...period(latest) }, scopeOf(submitted.id));
      await submitReport(tx, head, id, scopeOf(submitted.id));
    }
    if (frozen) await freezeReport(tx, head, { scopeCode: frozen.code, ...period(latest) }, scopeOf(frozen.id));
  }
}
