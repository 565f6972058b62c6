import { useQuery } from '@tanstack/react-query';
import type { Me } from '../../shared/auth.js';
import { api, ApiError, setCsrfToken } from '../api.js';

/** The signed-in user, or null; keeps the CSRF token the API client sends. */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        const me = await api<Me>('/auth/me');
        setCsrfToken(me.csrfToken);
        return me;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          setCsrfToken(null);
          return null;
        }
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export const can = (me: Me | null | undefined, action: string) => Boolean(me?.can.includes(action));

/**
 * The region's today (`YYYY-MM-DD`) as the server reckons it: what the web decides by date (default
 * periods, periods that have ended) never follows the browser's clock or zone. Empty only while signing out.
 */
export function useToday(): string {
  return useMe().data?.today ?? '';
}
