import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { IndicatorValue } from '../../../shared/indicators.js';
import type { Breakdown, DrilldownPage, DrilldownSide, MonitoringScope } from '../../../shared/monitoring.js';
import type { MonitoringSettings } from '../../../shared/profiles.js';
import type { QualityReport } from '../../../shared/quality.js';
import { api, query } from '../../api.js';
import type { Period } from './period.js';

const key = (...parts: unknown[]) => ['monitoring', ...parts];

export interface ScopePeriod extends Period {
  scope: string;
}

/** The territories the user may count for, the widest first (the region for a region-wide user). */
export function useScopeOptions(enabled = true) {
  return useQuery({ queryKey: key('scopes'), queryFn: () => api<MonitoringScope[]>('/scopes'), staleTime: 60_000, enabled });
}

export function useMonitoringSettings() {
  return useQuery({ queryKey: key('settings'), queryFn: () => api<MonitoringSettings>('/settings/monitoring'), staleTime: 60_000 });
}

export function useIndicators(params: ScopePeriod | null) {
  return useQuery({
    queryKey: key('indicators', params),
    queryFn: () => api<IndicatorValue[]>(`/indicators${query({ ...params })}`),
    enabled: params !== null,
    placeholderData: keepPreviousData,
  });
}

export function useBreakdown(params: ScopePeriod | null) {
  return useQuery({
    queryKey: key('breakdown', params),
    queryFn: () => api<Breakdown>(`/indicators/breakdown${query({ ...params })}`),
    enabled: params !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useQuality(scope: string | null) {
  return useQuery({
    queryKey: key('quality', scope),
    queryFn: () => api<QualityReport>(`/quality${query({ scope })}`),
    enabled: scope !== null,
  });
}

export interface MembersParams extends ScopePeriod {
  side: DrilldownSide;
  q: string;
  page: number;
  pageSize: number;
}

export function membersPath(code: string, params: Omit<MembersParams, 'page' | 'pageSize'>, xlsx = false): string {
  return `/indicators/${encodeURIComponent(code)}/members${xlsx ? '.xlsx' : ''}${query({ ...params })}`;
}

export function useMembers(code: string, params: MembersParams | null) {
  return useQuery({
    queryKey: key('members', code, params),
    queryFn: () => api<DrilldownPage>(membersPath(code, params!)),
    enabled: params !== null,
    placeholderData: keepPreviousData,
  });
}
