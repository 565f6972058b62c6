// Export of an exchange package: the region, or one municipality's or organization's records.
import { exchangeLists, type ExchangePackage } from '../../../shared/exchange.js';
import type { Scope } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { readList } from './exchange.export.queries.js';
import { findTerritory } from './exchange.queries.js';

export interface ExportOptions {
  /** A region, municipality or organization code; without it, the region (or the scope's one territory). */
  scopeCode?: string;
  /** The caller's scope (the CLI's: unrestrictedScope()): a code outside it is answered as not found. */
  scope: Scope;
}

/**
 * Records of the territory and the records they refer to; only people of other territories stay bare
 * codes (see filters in exchange.export.queries.ts). Deterministic: the same records give the same
 * JSON, so export → import → export is a fixed point.
 */
export async function exportPackage(db: Db, options: ExportOptions): Promise<ExchangePackage> {
  return (await exportTerritory(db, options)).pkg;
}

/** The package and the code of the territory it was made for (the file name says it). */
export async function exportTerritory(db: Db, options: ExportOptions): Promise<{ pkg: ExchangePackage; territoryCode: string }> {
  // One snapshot for all lists, so a concurrent change cannot leave a reference without its record.
  return db.transaction(
    async (tx) => {
      const territory = await findTerritory(tx, options.scopeCode, options.scope);
      const pkg = { format: 'metodset-exchange', version: 1, region: territory.region } as Record<string, unknown>;
      for (const list of exchangeLists) pkg[list] = await readList(tx, list, territory);
      return { pkg: pkg as unknown as ExchangePackage, territoryCode: territory.code };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
