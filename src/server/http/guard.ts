import type { Context } from 'hono';
import type { Action } from '../auth/policy.js';
import type { Principal } from '../auth/principal.js';
import { authorize, requirePrincipal, type Scope } from '../auth/scope.js';
import type { Config } from '../config.js';
import type { AppEnv } from './context.js';
import { today } from './today.js';

/** What a route handler works with once the principal may perform its action. */
export interface Guarded {
  /** The signed-in user (a route guard never returns without one). */
  principal: Principal;
  /** The territory of the action: every query of the handler narrows itself with it. */
  scope: Scope;
  db: AppEnv['Variables']['deps']['database']['db'];
  config: Config;
  /** «Сегодня» of the region, `today(config.timeZone)`. */
  today: string;
}

/**
 * The one gate of a route handler: 401 without a session, 403 when no role of the principal allows
 * `action` at all, else the principal, the action's scope, the database and the region's today.
 * A second scope for another action comes from `scopeFor(principal, …)` on the returned principal.
 */
export function guard(c: Context<AppEnv>, action: Action): Guarded {
  const principal = requirePrincipal(c.get('principal'));
  const scope = authorize(principal, action);
  const { database, config } = c.get('deps');
  return { principal, scope, db: database.db, config, today: today(config.timeZone) };
}
