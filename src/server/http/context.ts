import { OpenAPIHono } from '@hono/zod-openapi';
import { AppError, notFound } from '../../shared/errors.js';
import { zodIssues } from '../../shared/zod.js';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/client.js';
import type { Config } from '../config.js';

export interface Deps {
  database: Database;
  config: Config;
}

export interface AppEnv {
  Variables: {
    deps: Deps;
    principal: Principal | null;
    csrfToken: string | null;
  };
}

/** A router whose validation failures become one Russian 422 with every field named. */
export function router() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (result.success) return;
      // A malformed id in the address names no record: that is "not found", as for a foreign one.
      if (result.target === 'param') throw notFound();
      throw new AppError('validation', 'Проверьте введённые данные.', zodIssues(result.error));
    },
  });
}
