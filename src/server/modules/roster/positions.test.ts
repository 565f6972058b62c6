import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { PositionRow } from '../../../shared/positions.js';
import type { RosterPreview } from '../../../shared/roster.js';
import { body, rosterWorld, uploaded, xlsx } from './roster.test-kit.js';

const w = rosterWorld();

async function admin() {
  const user = await w.t.make.user([{ role: 'region_admin' }]);
  return w.t.as(user.login, user.password);
}

describe('справочник должностей', () => {
  it('засеян номенклатурой; администратор региона добавляет, меняет и удаляет должности, каждое изменение в журнале', async () => {
    const client = await admin();
    const list = (await (await w.head.get('/api/v1/positions')).json()) as PositionRow[];
    expect(
      list.find((p) => p.name === 'Советник директора по воспитанию и взаимодействию с детскими общественными объединениями'),
    ).toMatchObject({
      category: 'teacher',
    });
    expect(list.find((p) => p.name === 'Заместитель директора')).toMatchObject({ category: 'manager', exact: false });
    expect(list.find((p) => p.name === 'Заведующий')).toMatchObject({ category: 'manager', exact: true });

    const file = await xlsx([
      ['ФИО', 'Дата рождения', 'Должность'],
      ['Вожатова Анна Ивановна', '01.01.1990', 'Вожатый'],
    ]);
    const check = async () => {
      const u = await uploaded(w.head, file);
      return (await (
        await w.head.post(`/api/v1/roster/uploads/${u.uploadId}/preview`, body(u, { organizationId: w.orgA.id }))
      ).json()) as RosterPreview;
    };
    expect(await check()).toMatchObject({ valid: 0, skippedRows: 1, positions: [{ key: 'вожатый', choice: 'skip' }] });

    const created = await client.post('/api/v1/positions', { name: 'Вожатый', category: 'teacher' });
    expect(created.status).toBe(200);
    const { id } = (await created.json()) as { id: number };
    expect(await check()).toMatchObject({ valid: 1, skippedRows: 0, positions: [] });

    const same = await client.post('/api/v1/positions', { name: '  вожатый. ', category: 'manager' });
    expect(same.status).toBe(409);
    expect((await same.json()).error.message).toBe('Должность «Вожатый» уже есть в справочнике: это то же название.');
    const blank = await client.post('/api/v1/positions', { name: '---', category: 'manager' });
    expect(blank.status).toBe(422);

    expect((await client.patch(`/api/v1/positions/${id}`, { category: 'manager' })).status).toBe(200);
    expect((await check()).sample[0]).toMatchObject({ category: 'manager' });
    expect((await client.delete(`/api/v1/positions/${id}`)).status).toBe(204);
    expect((await client.delete(`/api/v1/positions/${id}`)).status).toBe(404);
    expect(await check()).toMatchObject({ valid: 0, skippedRows: 1 });

    const log = await w.t.database.db.execute<{ action: string; changes: Record<string, unknown> }>(
      sql`select action, changes from audit_log where entity = 'position' and entity_id = ${String(id)} order by id`,
    );
    expect(log.rows.map((r) => r.action)).toEqual(['create', 'update', 'delete']);
    expect(log.rows[1]!.changes).toEqual({ category: { from: 'teacher', to: 'manager' } });
  });
});
