import type { OrganizationCard, OrganizationInput, OrganizationRow } from '../../../shared/registry.js';
import type { Principal } from '../../auth/principal.js';
import type { Scope } from '../../auth/scope.js';
import type { Db, Executor } from '../../db/client.js';
import {
  countOrganizations,
  findOrganization,
  insertOrganization,
  municipalityVisible,
  organizationVisible,
  selectOrganizations,
  updateOrganization,
  type OrganizationFilters,
} from './organizations.queries.js';
import { auditRecord } from './registry.audit.js';
import { conflictsAsErrors, missing } from './registry.errors.js';

type Raw = Awaited<ReturnType<typeof selectOrganizations>>[number];

const toRow = (r: Raw): OrganizationRow => ({
  id: r.id,
  code: r.code,
  name: r.name,
  shortName: r.shortName,
  kind: r.kind,
  flags: r.flags as OrganizationRow['flags'],
  municipalityId: r.municipalityId,
  municipalityName: r.municipalityName,
  staff: Number(r.staff),
  teachers: Number(r.teachers),
  managers: Number(r.managers),
  young: Number(r.young),
});

/** A filter naming a municipality outside the scope is a foreign id: 404, not an empty list. */
async function checkFilters(db: Executor, scope: Scope, f: OrganizationFilters) {
  if (f.municipalityId && !(await municipalityVisible(db, scope, f.municipalityId))) throw missing('municipality');
}

export async function listOrganizations(db: Db, scope: Scope, today: string, f: OrganizationFilters & { page: number; pageSize: number }) {
  await checkFilters(db, scope, f);
  const rows = await selectOrganizations(db, scope, today, f, f.pageSize, (f.page - 1) * f.pageSize);
  const total = await countOrganizations(db, scope, f);
  return { items: rows.map(toRow), total, page: f.page, pageSize: f.pageSize };
}

export async function allOrganizations(db: Db, scope: Scope, today: string, f: OrganizationFilters): Promise<OrganizationRow[]> {
  await checkFilters(db, scope, f);
  return (await selectOrganizations(db, scope, today, f, null)).map(toRow);
}

export async function organizationCard(db: Db, scope: Scope, writeScope: Scope, today: string, id: number): Promise<OrganizationCard> {
  const [raw] = await selectOrganizations(db, scope, today, { sort: 'name' }, 1, 0, id);
  if (!raw) throw missing('organization');
  const editable = await organizationVisible(db, writeScope, id);
  const reviewed = raw.flagsReviewedAt;
  return {
    ...toRow(raw),
    address: raw.address,
    flagsReviewedAt: reviewed === null ? null : new Date(reviewed).toISOString(),
    can: editable ? ['edit'] : [],
  };
}

/** The caller has authorized 'organizations.write'; a municipality outside that scope is not found. */
export async function createOrganization(db: Db, actor: Principal, scope: Scope, input: OrganizationInput): Promise<number> {
  return conflictsAsErrors(() =>
    db.transaction(async (tx) => {
      if (!(await municipalityVisible(tx, scope, input.municipalityId))) throw missing('municipality');
      const row = await insertOrganization(tx, input);
      await auditRecord(tx, actor, 'organization', null, row, [row.municipalityId]);
      return row.id;
    }),
  );
}

export async function patchOrganization(
  db: Db,
  actor: Principal,
  scope: Scope,
  id: number,
  input: Partial<OrganizationInput>,
): Promise<void> {
  await conflictsAsErrors(() =>
    db.transaction(async (tx) => {
      const before = await findOrganization(tx, scope, id);
      if (!before) throw missing('organization');
      if (
        input.municipalityId !== undefined &&
        input.municipalityId !== before.municipalityId &&
        !(await municipalityVisible(tx, scope, input.municipalityId))
      ) {
        throw missing('municipality');
      }
      const after = await updateOrganization(tx, id, input);
      // A move between municipalities is seen in the log of both.
      await auditRecord(tx, actor, 'organization', before, after, [before.municipalityId, after.municipalityId]);
    }),
  );
}
