import { asc, eq, sql } from 'drizzle-orm';
import type { MonitoringSettings } from '../../../shared/profiles.js';
import type { Executor } from '../../db/client.js';
import { regions } from '../registry/registry.tables.js';

export interface RegionSettingsRow {
  id: number;
  code: string;
  name: string;
  settings: unknown;
}

/** The database holds one region (docs/exchange.md); `lock` keeps a concurrent change out until commit. */
export async function selectRegion(db: Executor, lock = false): Promise<RegionSettingsRow | null> {
  const query = db
    .select({ id: regions.id, code: regions.code, name: regions.name, settings: regions.settings })
    .from(regions)
    .orderBy(asc(regions.id))
    .limit(1);
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** Replaces the `monitoring` key only: other modules keep their keys of the region's settings. */
export async function writeMonitoringSettings(db: Executor, regionId: number, settings: MonitoringSettings): Promise<void> {
  await db
    .update(regions)
    .set({
      settings: sql`coalesce(${regions.settings}, '{}'::jsonb) || jsonb_build_object('monitoring', ${JSON.stringify(settings)}::jsonb)`,
      updatedAt: new Date(),
    })
    .where(eq(regions.id, regionId));
}
