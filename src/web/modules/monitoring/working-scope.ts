// The current territory and period of the top bar (docs/ARCHITECTURE.md, «Куда попадает роль после входа»), kept in the address
// (`?scope=&from=&to=`) so links and reloads keep them, with the last choice remembered.
import type { MonitoringScope } from '../../../shared/monitoring.js';
import { useScopeOptions } from './monitoring-api.js';
import { remembered, useMonitoringParams } from './period.js';

/**
 * The territory chosen: the address's, else the one last chosen (when still within the user's
 * scope), else the widest the user may count for (the region for a region-wide user).
 */
export function chooseScope(
  scopes: readonly MonitoringScope[],
  fromAddress: string,
  last: string | undefined,
): MonitoringScope | undefined {
  return scopes.find((s) => s.code === fromAddress) ?? scopes.find((s) => s.code === last) ?? scopes[0];
}

export function useWorkingScope(enabled = true) {
  const { scope: scopeParam, period, update, params } = useMonitoringParams();
  const scopes = useScopeOptions(enabled);
  const current = scopes.data ? chooseScope(scopes.data, scopeParam, remembered().scope) : undefined;
  return { scopes, current, scope: current?.code ?? '', scopeParam, period, update, params };
}
