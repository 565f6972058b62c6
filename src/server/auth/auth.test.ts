import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestContext } from '../test/harness.js';
import { loginLimits } from './auth.http.js';

let t: TestContext;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('вход и сессии', () => {
  it('входит, показывает себя, выходит', async () => {
    const mun = await t.make.municipality();
    const user = await t.make.user([{ role: 'municipal_methodist', municipalityId: mun.id }], { login: 'metodist' });
    const client = t.client();
    const login = await client.post('/api/v1/auth/login', { login: 'Metodist', password: user.password });
    expect(login.status).toBe(200);
    const setCookie = login.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const me = await client.get('/api/v1/auth/me');
    expect(me.status).toBe(200);
    const body = await me.json();
    expect(body.login).toBe('metodist');
    expect(body.grants).toEqual([{ role: 'municipal_methodist', municipalityId: mun.id, organizationId: null }]);
    expect(body.can).toContain('people.write');
    // The web decides by the region's today, not by the browser's clock.
    expect(body.today).toBe(t.today());
    expect((await client.post('/api/v1/auth/logout')).status).toBe(204);
    expect((await t.client().request('GET', '/api/v1/auth/me', undefined, { cookie: client.cookie ?? '' })).status).toBe(401);
  });

  it('выдаёт новый идентификатор сессии при каждом входе', async () => {
    const user = await t.make.user([{ role: 'region_admin' }]);
    const client = await t.as(user.login, user.password);
    const first = client.cookie;
    await client.post('/api/v1/auth/login', { login: user.login, password: user.password });
    expect(client.cookie).not.toBe(first);
    const stale = t.client();
    stale.cookie = first;
    expect((await stale.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('отвечает одинаково на неверный пароль и неизвестный логин', async () => {
    const user = await t.make.user([{ role: 'teacher' }]);
    const wrong = await t.client().post('/api/v1/auth/login', { login: user.login, password: 'не тот пароль' });
    const unknown = await t.client().post('/api/v1/auth/login', { login: 'nobody-here', password: 'не тот пароль' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect((await wrong.json()).error.message).toBe((await unknown.json()).error.message);
  });

  it('ограничивает попытки входа на учётную запись', async () => {
    const user = await t.make.user([{ role: 'teacher' }]);
    for (let i = 0; i < loginLimits.perLogin; i++) {
      expect((await t.client().post('/api/v1/auth/login', { login: user.login, password: 'неверно-неверно' })).status).toBe(401);
    }
    const blocked = await t.client().post('/api/v1/auth/login', { login: user.login, password: user.password });
    expect(blocked.status).toBe(429);
    expect((await blocked.json()).error.message).toMatch(/Слишком много/);
  });

  it('требует CSRF-токен для изменений в сессии и отвергает чужой Origin', async () => {
    const user = await t.make.user([{ role: 'region_admin' }]);
    const client = await t.as(user.login, user.password);
    const token = client.csrf;
    client.csrf = null;
    const noToken = await client.post('/api/v1/auth/logout');
    expect(noToken.status).toBe(403);
    client.csrf = token;
    const foreign = await client.post('/api/v1/auth/logout', undefined, { origin: 'https://evil.example', host: 'localhost' });
    expect(foreign.status).toBe(403);
    expect((await client.get('/api/v1/auth/me')).status).toBe(200);
  });

  it('меняет пароль: отказывает в простом, закрывает прочие сессии', async () => {
    const user = await t.make.user([{ role: 'teacher' }]);
    const a = await t.as(user.login, user.password);
    const b = await t.as(user.login, user.password);
    const weak = await a.post('/api/v1/auth/password', { currentPassword: user.password, newPassword: 'password1' });
    expect(weak.status).toBe(422);
    expect((await weak.json()).error.message).toMatch(/простой|распространён/);
    const short = await a.post('/api/v1/auth/password', { currentPassword: user.password, newPassword: 'abc' });
    expect(short.status).toBe(422);
    const changed = await a.post('/api/v1/auth/password', { currentPassword: user.password, newPassword: 'Сосна-берёза-1974!' });
    expect(changed.status).toBe(200);
    expect((await a.get('/api/v1/auth/me')).status).toBe(200);
    expect((await b.get('/api/v1/auth/me')).status).toBe(401);
    const [hash] = (await t.database.db.execute(sql`select password_hash from users where id = ${user.id}`)).rows;
    expect(String(hash?.password_hash)).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('ставит заголовки безопасности на каждый ответ', async () => {
    const response = await t.client().get('/api/v1/auth/me');
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
  });

  it('отвечает по-русски 4xx на битый JSON и лишние поля', async () => {
    const broken = await t.client().request('POST', '/api/v1/auth/login', '{"login": ', { 'content-type': 'application/json' });
    expect(broken.status).toBe(400);
    expect((await broken.json()).error.message).toMatch(/JSON/);
    const extra = await t.client().post('/api/v1/auth/login', { login: 'a', password: 'b', admin: true });
    expect(extra.status).toBe(422);
    const body = await extra.json();
    expect(body.error.issues[0].message).toMatch(/[а-я]/);
  });
});

describe('вход поверх старой сессии', () => {
  it('принимает вход из браузера, где уже есть сессия без загруженного токена', async () => {
    const first = await t.make.user([{ role: 'teacher' }]);
    const second = await t.make.user([{ role: 'region_admin' }]);
    const client = await t.as(first.login, first.password);
    client.csrf = null;
    const response = await client.post('/api/v1/auth/login', { login: second.login, password: second.password });
    expect(response.status).toBe(200);
    expect((await (await client.get('/api/v1/auth/me')).json()).login).toBe(second.login);
  });
});

describe('сроки и ограничения', () => {
  it('закрывает сессию после простоя и по абсолютному сроку', async () => {
    const user = await t.make.user([{ role: 'teacher' }]);
    const idle = await t.as(user.login, user.password);
    const old = await t.as(user.login, user.password);
    await t.database.db.execute(sql`update sessions set last_seen_at = now() - interval '61 minutes' where id_hash in (
      select id_hash from sessions where user_id = ${user.id} order by created_at limit 1)`);
    await t.database.db.execute(sql`update sessions set created_at = now() - interval '13 hours', last_seen_at = now() where id_hash in (
      select id_hash from sessions where user_id = ${user.id} and last_seen_at > now() - interval '1 minute' order by created_at desc limit 1)`);
    expect((await idle.get('/api/v1/auth/me')).status).toBe(401);
    expect((await old.get('/api/v1/auth/me')).status).toBe(401);
    const left = await t.database.db.execute(sql`select count(*)::int as n from sessions where user_id = ${user.id}`);
    expect(left.rows[0]?.n).toBe(0);
  });

  it('ограничивает попытки входа с одного адреса по разным логинам', async () => {
    const user = await t.make.user([{ role: 'teacher' }]);
    for (let i = 0; i < loginLimits.perAddress; i++) {
      const guess = t.client();
      guess.ip = '203.0.113.7';
      expect((await guess.post('/api/v1/auth/login', { login: `guess-${i}`, password: 'неверно-неверно' })).status).toBe(401);
    }
    const same = t.client();
    same.ip = '203.0.113.7';
    expect((await same.post('/api/v1/auth/login', { login: user.login, password: user.password })).status).toBe(429);
    const other = t.client();
    other.ip = '198.51.100.2';
    expect((await other.post('/api/v1/auth/login', { login: user.login, password: user.password })).status).toBe(200);
  });

  it('не пропускает параллельный подбор пароля сверх предела', async () => {
    const user = await t.make.user([{ role: 'teacher' }]);
    const statuses = await Promise.all(
      Array.from({ length: 12 }, () =>
        t
          .client()
          .post('/api/v1/auth/login', { login: user.login, password: 'подбор-подбор' })
          .then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(loginLimits.perLogin);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(12 - loginLimits.perLogin);
  });

  it('отвечает 422, а не 500, на запрос без тела и на символ NUL', async () => {
    const user = await t.make.user([{ role: 'region_admin' }]);
    const client = await t.as(user.login, user.password);
    expect((await t.client().request('POST', '/api/v1/auth/login')).status).toBe(422);
    expect((await client.request('POST', '/api/v1/users')).status).toBe(422);
    expect((await client.request('POST', '/api/v1/auth/password')).status).toBe(422);
    const nul = await client.post('/api/v1/users', {
      login: 'nul-user',
      displayName: 'Имя\u0000',
      password: 'Тёплый-вечер-у-реки-77',
      grants: [{ role: 'region_admin', municipalityId: null, organizationId: null }],
    });
    expect(nul.status).toBe(422);
    expect((await client.get('/api/v1/people?q=%00')).status).toBe(422);
    expect((await client.get('/api/v1/people/99999999999')).status).toBe(404);
  });
});
