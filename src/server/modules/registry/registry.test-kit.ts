import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import type { Role } from '../../../shared/enums.js';
import type { TestClient, TestContext } from '../../test/harness.js';

/** `date` plus `days` (negative to go back), as `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export async function signIn(
  t: TestContext,
  role: Role,
  territory: { municipalityId?: number; organizationId?: number } = {},
  personId?: number,
): Promise<TestClient> {
  const user = await t.make.user([{ role, ...territory }], personId === undefined ? {} : { personId });
  return t.as(user.login, user.password);
}

/** The first sheet of an .xlsx answer as rows of cell values (the header row first). */
export async function readXlsx(response: Response): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

export interface AuditRow {
  action: string;
  entity: string;
  entityId: string | null;
  municipalityIds: number[] | null;
  changes: Record<string, { from: unknown; to: unknown }> | null;
}

export async function auditEntries(t: TestContext, entity: string, entityId: number): Promise<AuditRow[]> {
  const result = await t.database.db.execute(sql`
    select action, entity, entity_id as "entityId", municipality_ids as "municipalityIds", changes
    from audit_log where entity = ${entity} and entity_id = ${String(entityId)} order by id`);
  return result.rows as unknown as AuditRow[];
}
