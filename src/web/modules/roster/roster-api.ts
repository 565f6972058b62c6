import { useQuery } from '@tanstack/react-query';
import type { RosterJob } from '../../../shared/roster.js';
import { api } from '../../api.js';

export interface OrganizationOption {
  id: number;
  name: string;
  municipalityId: number;
}

/** The organizations the user may import into; an empty list when the list is unavailable. */
export function useOrganizationOptions() {
  return useQuery({
    queryKey: ['registry', 'organization-options'],
    queryFn: () => api<OrganizationOption[]>('/organizations/options'),
    staleTime: 60_000,
    retry: false,
  });
}

/** Polls an import job until it ends. */
export function useRosterJob(jobId: string | null) {
  return useQuery({
    queryKey: ['roster-job', jobId],
    queryFn: () => api<RosterJob>(`/roster/jobs/${jobId}`),
    enabled: jobId !== null,
    refetchInterval: (q) => (q.state.data && q.state.data.state !== 'running' ? false : 500),
  });
}
