import { useQuery } from '@tanstack/react-query';
import type { WorkQueue } from '../../../shared/queue.js';
import { api, query } from '../../api.js';

/** The work queue of a territory (GET /queue); nothing is asked before a territory is chosen. */
export function useWorkQueue(scope: string) {
  return useQuery({
    queryKey: ['queue', scope],
    queryFn: () => api<WorkQueue>(`/queue${query({ scope })}`),
    enabled: scope !== '',
  });
}
