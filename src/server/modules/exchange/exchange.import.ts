// Import of an exchange package: all-or-nothing, idempotent, set-based (docs/exchange.md).
import { exchangeLists, type ImportCounts, type ImportSummary, type SummaryList } from '../../../shared/exchange.js';
import type { Principal } from '../../auth/principal.js';
import type { Db } from '../../db/client.js';
import { refreshAfterBulkWrite } from '../../db/statistics.js';
import { audit } from '../audit/audit.service.js';
import { existingCodes, regionCodes } from './exchange.queries.js';
import { validatePackage } from './exchange.validate.js';
import { writeLists } from './exchange.write.lists.js';
import { upsertRegion } from './exchange.write.queries.js';

export type { ImportSummary } from '../../../shared/exchange.js';

/**
 * Validates the whole package against itself and the database, then writes it in one transaction.
 * Throws AppError('validation') listing every problem as `list[index].field`; nothing is written then.
 */
export async function importPackage(db: Db, input: unknown, actor: Principal | null): Promise<ImportSummary> {
  const pkg = await validatePackage(input, {
    existingCodes: (list, codes) => existingCodes(db, list, codes),
    regionCodes: () => regionCodes(db),
  });
  const summary = await db.transaction(async (tx) => {
    const region = await upsertRegion(tx, pkg.region);
    const written = await writeLists(tx, pkg);
    const lists = {
      region: { created: region === 'created' ? 1 : 0, updated: region === 'updated' ? 1 : 0, unchanged: region === 'unchanged' ? 1 : 0 },
    } as Record<SummaryList, ImportCounts>;
    const totals: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
    for (const list of exchangeLists) {
      const { total, created, updated } = written[list];
      lists[list] = { created, updated, unchanged: total - created - updated };
    }
    for (const counts of Object.values(lists)) {
      totals.created += counts.created;
      totals.updated += counts.updated;
      totals.unchanged += counts.unchanged;
    }
    const summary: ImportSummary = { lists, totals };
    await audit(tx, actor, { action: 'import', entity: 'exchange', entityLabel: pkg.region.code, changes: { ...summary } });
    return summary;
  });
  await refreshAfterBulkWrite(db, summary.totals.created + summary.totals.updated);
  return summary;
}
