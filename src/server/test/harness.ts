import { createApp, type App } from '../app.js';
import { readConfig } from '../config.js';
import type { Database } from '../db/client.js';
import { today } from '../http/today.js';
import { openTestDatabase } from './database.js';
import { factories, type Factories } from './factories.js';

export interface TestContext {
  app: App;
  database: Database;
  make: Factories;
  /** «Today» exactly as the server under test reckons it: `today(config.timeZone)`, never the UTC date. */
  today(): string;
  /** A signed-in (or anonymous) HTTP client that keeps its cookie and CSRF token. */
  client(): TestClient;
  as(login: string, password: string): Promise<TestClient>;
  close(): Promise<void>;
}

export async function startTestApp(): Promise<TestContext> {
  const database = await openTestDatabase();
  const config = { ...readConfig({}), dataDir: '' };
  const app = createApp({ database, config });
  const ctx: TestContext = {
    app,
    database,
    make: factories(database.db),
    today: () => today(config.timeZone),
    client: () => new TestClient(app),
    async as(login, password) {
      const client = new TestClient(app);
      const response = await client.post('/api/v1/auth/login', { login, password });
      if (response.status !== 200) throw new Error(`login ${login} failed: ${response.status} ${await response.text()}`);
      return client;
    },
    close: () => database.close(),
  };
  return ctx;
}

export class TestClient {
  cookie: string | null = null;
  csrf: string | null = null;
  /** The peer address the server sees (the rate limit counts per address). */
  ip: string | null = null;

  constructor(private readonly app: App) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const init: RequestInit = { method, headers: { ...headers } };
    const h = init.headers as Record<string, string>;
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET') h['x-csrf-token'] = this.csrf;
    if (body instanceof FormData || typeof body === 'string' || body instanceof Uint8Array) init.body = body as BodyInit;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      h['content-type'] = 'application/json';
    }
    const env = this.ip ? { incoming: { socket: { remoteAddress: this.ip } } } : undefined;
    const response = await this.app.request(path, init, env);
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair && !pair.endsWith('=') ? pair : null;
    }
    if (response.ok && response.headers.get('content-type')?.includes('application/json')) {
      const clone = response.clone();
      const json = (await clone.json()) as { csrfToken?: string };
      if (json && typeof json === 'object' && typeof json.csrfToken === 'string') this.csrf = json.csrfToken;
    }
    return response;
  }

  get = (path: string, headers?: Record<string, string>) => this.request('GET', path, undefined, headers);
  post = (path: string, body?: unknown, headers?: Record<string, string>) => this.request('POST', path, body, headers);
  patch = (path: string, body?: unknown, headers?: Record<string, string>) => this.request('PATCH', path, body, headers);
  put = (path: string, body?: unknown, headers?: Record<string, string>) => this.request('PUT', path, body, headers);
  delete = (path: string, headers?: Record<string, string>) => this.request('DELETE', path, undefined, headers);
}
