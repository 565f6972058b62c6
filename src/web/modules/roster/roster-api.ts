import { useQuery } from '@tanstack/react-query';
import type { RosterJob } from '../../../shared/roster.js';
import { api } from '../../api.js';

/** Polls an import job until it ends. */
export function useRosterJob(jobId: string | null) {
  return useQuery({
    queryKey: ['roster-job', jobId],
    queryFn: () => api<RosterJob>(`/roster/jobs/${jobId}`),
    enabled: jobId !== null,
    refetchInterval: (q) => (q.state.data && q.state.data.state !== 'running' ? false : 500),
  });
}
