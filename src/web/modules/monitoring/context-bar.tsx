import { useEffect } from 'react';
import { ScopePeriodFilters } from './scope-period-filters.js';
import { useWorkingScope } from './working-scope.js';

/**
 * The top bar's territory (and, where it matters, period): switchable within the territories the
 * user may count for (GET /scopes). It writes the choice into the address, so the page below,
 * its links and a reload all see the same one.
 */
export function ContextBar({ withPeriod }: { withPeriod: boolean }) {
  const { scopes, scope, scopeParam, period, update } = useWorkingScope();

  // The default (remembered or widest) goes into the address too.
  useEffect(() => {
    if (scope && scope !== scopeParam) update({ scope });
  }, [scope, scopeParam, update]);

  if (!scopes.data || scopes.data.length === 0) return null;
  return <ScopePeriodFilters scopes={scopes.data} scope={scope} period={period} withPeriod={withPeriod} onChange={update} />;
}
