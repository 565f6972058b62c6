import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ReportComparison,
  ReportDetails,
  ReportMembersPage,
  ReportSummary,
  ReportTrend,
  Submissions,
} from '../../../shared/reports.js';
import type { DrilldownSide } from '../../../shared/monitoring.js';
import { api, query } from '../../api.js';

const key = (...parts: unknown[]) => ['reports', ...parts];

export interface ReportPeriodParams {
  scope: string;
  from: string;
  to: string;
}

/** Every version of the territory's report for exactly this period, the newest first. */
export function useReportVersions(params: ReportPeriodParams | null) {
  return useQuery({
    queryKey: key('versions', params),
    queryFn: () => api<ReportSummary[]>(`/reports${query({ ...params })}`),
    enabled: params !== null,
  });
}

export function useReports(scope: string | null) {
  return useQuery({ queryKey: key('list', scope), queryFn: () => api<ReportSummary[]>(`/reports${query({ scope })}`) });
}

export function useSubmissions(period: { from: string; to: string } | null) {
  return useQuery({
    queryKey: key('submissions', period),
    queryFn: () => api<Submissions>(`/reports/submissions${query({ ...period })}`),
    enabled: period !== null,
  });
}

export function useReport(id: number) {
  return useQuery({ queryKey: key('report', id), queryFn: () => api<ReportDetails>(`/reports/${id}`), retry: false });
}

export function useComparison(id: number) {
  return useQuery({ queryKey: key('compare', id), queryFn: () => api<ReportComparison>(`/reports/${id}/compare`), retry: false });
}

export function useTrend(scope: string | null) {
  return useQuery({
    queryKey: key('trend', scope),
    queryFn: () => api<ReportTrend>(`/reports/trend${query({ scope })}`),
    enabled: scope !== null,
  });
}

export interface ReportMembersParams {
  side: DrilldownSide;
  q: string;
  page: number;
  pageSize: number;
}

export function useReportMembers(id: number, code: string, params: ReportMembersParams) {
  return useQuery({
    queryKey: key('members', id, code, params),
    queryFn: () => api<ReportMembersPage>(`/reports/${id}/members/${encodeURIComponent(code)}${query({ ...params })}`),
    retry: false,
  });
}

/** The steps of the cycle; each refreshes every report query on success. */
export function useReportActions() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: key() });
  const freeze = useMutation({
    mutationFn: (params: ReportPeriodParams) => api<{ id: number }>('/reports', { method: 'POST', body: params }),
    onSuccess: refresh,
  });
  const move = useMutation({
    mutationFn: ({ id, step, comment }: { id: number; step: 'submit' | 'accept' | 'return'; comment?: string }) =>
      api<ReportSummary>(`/reports/${id}/${step}`, { method: 'POST', body: step === 'return' ? { comment } : undefined }),
    onSuccess: refresh,
  });
  return { freeze, move };
}
