import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notFoundMessage } from '../../../shared/errors.js';
import type { Page } from '../../../shared/paging.js';
import type { MunicipalityRow, OrganizationCard, OrganizationRow, PersonCard, PersonRow } from '../../../shared/registry.js';
import { api, ApiError, query } from '../../api.js';

export type Params = Record<string, string | number | boolean | null | undefined>;
export interface OrganizationOption {
  id: number;
  name: string;
  municipalityId: number;
}

// Every registry query key starts with 'registry', so one invalidation after a change refreshes
// lists, cards and the counts they show.
const key = (...parts: unknown[]) => ['registry', ...parts];

/** A card's address with a non-numeric id is simply not found, as the server would say. */
function card<T>(path: string, id: string | undefined): Promise<T> {
  if (!id || !/^\d{1,15}$/.test(id)) return Promise.reject(new ApiError(404, notFoundMessage('record')));
  return api<T>(`${path}/${id}`);
}

export function useMunicipalities() {
  return useQuery({ queryKey: key('municipalities'), queryFn: () => api<MunicipalityRow[]>('/municipalities'), staleTime: 60_000 });
}

export function useOrganizationOptions() {
  return useQuery({
    queryKey: key('organization-options'),
    queryFn: () => api<OrganizationOption[]>('/organizations/options'),
    staleTime: 60_000,
  });
}

export function useOrganizations(params: Params) {
  return useQuery({
    queryKey: key('organizations', params),
    queryFn: () => api<Page<OrganizationRow>>(`/organizations${query(params)}`),
    placeholderData: keepPreviousData,
  });
}

export function useOrganization(id: string | undefined) {
  return useQuery({ queryKey: key('organization', id), queryFn: () => card<OrganizationCard>('/organizations', id) });
}

export function usePeople(params: Params) {
  return useQuery({
    queryKey: key('people', params),
    queryFn: () => api<Page<PersonRow>>(`/people${query(params)}`),
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: string | undefined) {
  return useQuery({ queryKey: key('person', id), queryFn: () => card<PersonCard>('/people', id) });
}

/** A registry change (POST/PATCH/DELETE); refreshes every registry query once it succeeds. */
export function useRegistryMutation<T = { id: number }>() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ path, method, body }: { path: string; method: 'POST' | 'PATCH' | 'DELETE'; body?: unknown }) =>
      api<T>(path, { method, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['registry'] }),
  });
}
