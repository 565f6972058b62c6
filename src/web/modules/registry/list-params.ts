import { useSearchParams } from 'react-router';
import type { SortOrder } from '../../ui/data-table.js';

/**
 * A list's filters, sort and page live in the URL, so a link or a reload shows the same rows.
 * Changing a filter or the sort goes back to the first page.
 */
export function useListParams<F extends string>(filters: readonly F[], defaultSort: string) {
  const [search, setSearch] = useSearchParams();
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const sort = search.get('sort') ?? defaultSort;
  const order: SortOrder = search.get('order') === 'desc' ? 'desc' : 'asc';
  const values = Object.fromEntries(filters.map((name) => [name, search.get(name) ?? ''])) as Record<F, string>;

  function update(changes: Record<string, string | null | undefined>, keepPage = false) {
    setSearch(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [name, value] of Object.entries(changes)) {
          if (value === null || value === undefined || value === '') next.delete(name);
          else next.set(name, value);
        }
        if (!keepPage) next.delete('page');
        return next;
      },
      { replace: true },
    );
  }

  return {
    page,
    sort,
    order,
    values,
    active: filters.some((name) => values[name] !== ''),
    setFilter: (name: F, value: string | null) => update({ [name]: value }),
    setFilters: (changes: Partial<Record<F, string | null>>) => update(changes),
    setSort: (nextSort: string, nextOrder: SortOrder) => update({ sort: nextSort, order: nextOrder === 'asc' ? null : nextOrder }),
    setPage: (nextPage: number) => update({ page: nextPage > 1 ? String(nextPage) : null }, true),
    reset: () => update(Object.fromEntries(filters.map((name) => [name, null]))),
  };
}
