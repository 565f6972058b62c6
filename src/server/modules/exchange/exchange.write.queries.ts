// Set-based writes of the exchange import: one INSERT … SELECT FROM unnest(…) per list, each column
// one array parameter, so a list of 100 000 records costs one statement, not 100 000.
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';

type Row = Record<string, unknown>;
/** How a field travels: a scalar array of that type, or `array` (a list value, sent as an array literal). */
type InputType = 'text' | 'date' | 'int' | 'bool' | 'array';

export interface UpsertSpec {
  table: string;
  inputs: Record<string, InputType>;
  /** Joins that turn codes (u.field) into ids. */
  joins?: string;
  /** Target column → expression over u and the joins. */
  columns: Record<string, string>;
  conflict: string[];
}

export interface UpsertResult {
  created: number;
  updated: number;
  createdIds: number[];
  updatedIds: number[];
}

/** `{"a","b"}`: an array value inside an array parameter (node-postgres would make it two-dimensional). */
function arrayLiteral(values: unknown): string {
  const items = Array.isArray(values) ? values : [];
  return `{${items.map((v) => `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

function unnest(inputs: Record<string, InputType>, rows: Row[]): SQL {
  const params = Object.entries(inputs).map(([field, type]) => {
    const values = rows.map((row) => (type === 'array' ? arrayLiteral(row[field]) : (row[field] ?? null)));
    return sql`${sql.param(values)}::${sql.raw(type === 'array' ? 'text' : type)}[]`;
  });
  const aliases = Object.keys(inputs)
    .map((field) => `"${field}"`)
    .join(', ');
  return sql`unnest(${sql.join(params, sql`, `)}) as u(${sql.raw(aliases)})`;
}

const quote = (names: string[]) => names.map((n) => `"${n}"`).join(', ');

/**
 * Inserts the rows, or updates the matching ones whose values differ; a row equal to the
 * stored one is left alone (its updated_at too), which is what makes a repeated import a no-op.
 */
export async function upsert(tx: Executor, spec: UpsertSpec, rows: Row[]): Promise<UpsertResult> {
  if (!rows.length) return { created: 0, updated: 0, createdIds: [], updatedIds: [] };
  const targets = Object.keys(spec.columns);
  const updatable = targets.filter((c) => !spec.conflict.includes(c));
  const onConflict = updatable.length
    ? `do update set ${updatable.map((c) => `"${c}" = excluded."${c}"`).join(', ')}, updated_at = now() ` +
      `where (${updatable.map((c) => `${spec.table}."${c}"`).join(', ')}, null) is distinct from (${updatable.map((c) => `excluded."${c}"`).join(', ')}, null)`
    : 'do nothing';
  // Rows equal to the stored ones are dropped before the upsert: ON CONFLICT would lock (and so
  // write) every matching row even when its WHERE leaves it unchanged.
  const same = [
    ...spec.conflict.map((c) => `t."${c}" = s."${c}"`),
    ...(updatable.length
      ? [
          `(${updatable.map((c) => `t."${c}"`).join(', ')}, null) is not distinct from (${updatable.map((c) => `s."${c}"`).join(', ')}, null)`,
        ]
      : []),
  ];
  const selected = Object.entries(spec.columns)
    .map(([c, e]) => `${e} as "${c}"`)
    .join(', ');
  const result = await tx.execute<{ created_ids: number[]; updated_ids: number[] }>(sql`
    with w as (
      insert into ${sql.raw(spec.table)} (${sql.raw(quote(targets))})
      select ${sql.raw(quote(targets))} from (select ${sql.raw(selected)} from ${unnest(spec.inputs, rows)} ${sql.raw(spec.joins ?? '')}) s
      where not exists (select 1 from ${sql.raw(spec.table)} t where ${sql.raw(same.join(' and '))})
      on conflict (${sql.raw(quote(spec.conflict))}) ${sql.raw(onConflict)}
      returning id, (xmax = 0) as inserted
    )
    select coalesce(array_agg(id) filter (where inserted), '{}') as created_ids,
           coalesce(array_agg(id) filter (where not inserted), '{}') as updated_ids
    from w`);
  const row = result.rows[0]!;
  return { created: row.created_ids.length, updated: row.updated_ids.length, createdIds: row.created_ids, updatedIds: row.updated_ids };
}

export interface OwnedSpec {
  parent: string;
  child: string;
  fk: string;
  /** Inputs of the flattened child rows; `parent` (the parent's code) and `position` are added. */
  inputs: Record<string, InputType>;
  joins?: string;
  columns: Record<string, string>;
}

/**
 * Replaces the children (activities, deficits, authors) of the parents whose children differ
 * from the package's, in order; returns those parents' ids.
 */
export async function replaceOwned(tx: Executor, spec: OwnedSpec, parentCodes: string[], rows: Row[]): Promise<number[]> {
  if (!parentCodes.length) return [];
  const inputs: Record<string, InputType> = { parent: 'text', position: 'int', ...spec.inputs };
  const columns = Object.keys(spec.columns);
  const incoming = sql`select owner.id as parent_id, u.position, ${sql.raw(
    Object.entries(spec.columns)
      .map(([c, e]) => `${e} as "${c}"`)
      .join(', '),
  )}
    from ${unnest(inputs, rows)} join ${sql.raw(spec.parent)} owner on owner.code = u.parent ${sql.raw(spec.joins ?? '')}`;
  const value = `jsonb_agg(jsonb_build_array(${quote(columns)}) order by position)`;
  const changed = await tx.execute<{ ids: number[] }>(sql`
    with incoming as (${incoming}),
    parents as (select id from ${sql.raw(spec.parent)} where code = any(${sql.param(parentCodes)}::text[])),
    old as (select ${sql.raw(spec.fk)} as id, ${sql.raw(value)} as v from ${sql.raw(spec.child)}
            where ${sql.raw(spec.fk)} in (select id from parents) group by 1),
    new as (select parent_id as id, ${sql.raw(value)} as v from incoming group by 1)
    select coalesce(array_agg(p.id), '{}') as ids
    from parents p left join old o on o.id = p.id left join new n on n.id = p.id
    where coalesce(o.v, '[]'::jsonb) <> coalesce(n.v, '[]'::jsonb)`);
  const ids = changed.rows[0]!.ids;
  if (!ids.length) return [];
  await tx.execute(sql`delete from ${sql.raw(spec.child)} where ${sql.raw(spec.fk)} = any(${sql.param(ids)}::int[])`);
  await tx.execute(sql`
    insert into ${sql.raw(spec.child)} (${sql.raw(spec.fk)}, position, ${sql.raw(quote(columns))})
    select parent_id, position, ${sql.raw(quote(columns))} from (${incoming}) i join unnest(${sql.param(ids)}::int[]) changed(id) on changed.id = i.parent_id`);
  return ids;
}

/** Marks parents changed through their children only. */
export async function touch(tx: Executor, table: string, ids: number[]): Promise<void> {
  if (ids.length) await tx.execute(sql`update ${sql.raw(table)} set updated_at = now() where id = any(${sql.param(ids)}::int[])`);
}

/** Creates the deployment's region, or renames it; 'created' | 'updated' | 'unchanged'. */
export async function upsertRegion(tx: Executor, region: { code: string; name: string }): Promise<'created' | 'updated' | 'unchanged'> {
  const result = await tx.execute<{ inserted: boolean }>(sql`
    insert into regions (code, name) values (${region.code}, ${region.name})
    on conflict (code) do update set name = excluded.name, updated_at = now() where regions.name is distinct from excluded.name
    returning (xmax = 0) as inserted`);
  const row = result.rows[0];
  return !row ? 'unchanged' : row.inserted ? 'created' : 'updated';
}
