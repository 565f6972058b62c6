// Data-quality warnings of a territory: what will make its indicators wrong, before a report is frozen.
import { AppError } from '../../../shared/errors.js';
import type { Page } from '../../../shared/paging.js';
import {
  isQualityCheckCode,
  qualityCatalog,
  qualitySampleSize,
  type QualityItem,
  type QualityListQuery,
  type QualityReport,
} from '../../../shared/quality.js';
import type { Scope } from '../../auth/scope.js';
import type { Executor } from '../../db/client.js';
import { resolveTerritory } from '../registry/territories.queries.js';
import { runCheck } from './quality.queries.js';

/** Every check for the territory `scopeCode` on day `on`: its count and the first records to fix. */
export async function qualityReport(db: Executor, scopeCode: string, on: string, scope: Scope): Promise<QualityReport> {
  const territory = await resolveTerritory(db, scopeCode, scope);
  const checks = await Promise.all(
    qualityCatalog.map(async (definition) => {
      const { total, items } = await runCheck(db, territory, on, definition.code, qualitySampleSize, 0);
      return { code: definition.code, title: definition.title, count: total, sample: items, fixHint: definition.fixHint };
    }),
  );
  return { checks };
}

/** Every record one check finds in the territory, paged. An unknown check is a 404. */
export async function qualityList(
  db: Executor,
  check: string,
  query: QualityListQuery,
  on: string,
  scope: Scope,
): Promise<Page<QualityItem>> {
  if (!isQualityCheckCode(check)) throw new AppError('not_found', `Проверка «${check}» не найдена.`);
  const territory = await resolveTerritory(db, query.scope, scope);
  const { page, pageSize } = query;
  const { total, items } = await runCheck(db, territory, on, check, pageSize, (page - 1) * pageSize);
  return { items, total, page, pageSize };
}
