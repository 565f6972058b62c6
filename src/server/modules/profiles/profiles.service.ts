import { AppError } from '../../../shared/errors.js';
import {
  defaultMonitoringSettings,
  monitoringSettings,
  type MonitoringSettings,
  type MonitoringSettingsInput,
  type ProfileFile,
} from '../../../shared/profiles.js';
import type { Principal } from '../../auth/principal.js';
import type { Executor } from '../../db/client.js';
import { audit, diff } from '../audit/audit.service.js';
import { loadProfile } from './profiles.files.js';
import { selectRegion, writeMonitoringSettings, type RegionSettingsRow } from './profiles.queries.js';

const noRegion = () =>
  new AppError('conflict', 'В базе ещё нет региона: сначала загрузите пакет обмена (npm run cli -- import FILE.json).');

/** The settings a region holds; a region no profile was applied to (or no region yet) gets the defaults. */
function settingsOf(region: RegionSettingsRow | null): MonitoringSettings {
  const stored = (region?.settings as { monitoring?: unknown } | null)?.monitoring;
  if (stored === undefined) return defaultMonitoringSettings();
  // Settings are written only through this module, validated; anything else was edited by hand in
  // the database, and the defaults are a safer reading than a broken dashboard.
  const parsed = monitoringSettings.safeParse(stored);
  return parsed.success ? canonical(parsed.data) : defaultMonitoringSettings();
}

/** Thresholds in the order of the indicators (jsonb keeps its own key order), periods as given. */
function canonical(s: MonitoringSettings): MonitoringSettings {
  const thresholds: MonitoringSettings['thresholds'] = {};
  for (const code of s.indicators) if (s.thresholds[code] !== undefined) thresholds[code] = s.thresholds[code];
  return { profile: s.profile, indicators: s.indicators, thresholds, reportingPeriods: s.reportingPeriods };
}

export async function readMonitoringSettings(db: Executor): Promise<MonitoringSettings> {
  return settingsOf(await selectRegion(db));
}

/** A profile as the region's settings: its indicators in its order, its thresholds, its reporting periods. */
export function settingsFromProfile(profile: ProfileFile): MonitoringSettings {
  const thresholds = Object.entries(profile.thresholds).map(([code, threshold]) => [code, threshold!.value]);
  return canonical({
    profile: profile.code,
    indicators: profile.indicators.map((i) => i.code),
    thresholds: Object.fromEntries(thresholds) as MonitoringSettings['thresholds'],
    reportingPeriods: profile.reportingPeriods,
  });
}

/** Writes the settings and their audit entry in one transaction (a savepoint inside the caller's). */
async function replaceSettings(db: Executor, actor: Principal | null, next: (before: MonitoringSettings) => MonitoringSettings) {
  return db.transaction(async (tx) => {
    const region = await selectRegion(tx, true);
    if (!region) throw noRegion();
    const before = settingsOf(region);
    const after = next(before);
    const changes = diff(before, after);
    await writeMonitoringSettings(tx, region.id, after);
    if (Object.keys(changes).length) {
      await audit(tx, actor, { action: 'update', entity: 'region', entityId: region.id, entityLabel: region.name, changes });
    }
    return after;
  });
}

/** Validates the profile file and makes its indicators, thresholds and reporting periods the region's settings. */
export async function applyProfile(db: Executor, code: string, actor: Principal | null): Promise<MonitoringSettings> {
  const profile = await loadProfile(code);
  return replaceSettings(db, actor, () => settingsFromProfile(profile));
}

/** region_admin's own edit: the profile the settings came from stays named. */
export async function updateMonitoringSettings(
  db: Executor,
  actor: Principal,
  input: MonitoringSettingsInput,
): Promise<MonitoringSettings> {
  return replaceSettings(db, actor, (before) => canonical({ profile: before.profile, ...input }));
}
