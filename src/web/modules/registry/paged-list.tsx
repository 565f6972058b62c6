import { Alert } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { Page } from '../../../shared/paging.js';
import { DataTable, type Column } from '../../ui/data-table.js';
import type { useListParams } from './list-params.js';

interface PagedListProps<Row> {
  /** The page and sort of the URL (useListParams). */
  list: Pick<ReturnType<typeof useListParams>, 'page' | 'sort' | 'order' | 'setSort' | 'setPage'>;
  result: { data: Page<Row> | undefined; error: Error | null; isFetching: boolean };
  columns: Column<Row>[];
  pageSize: number;
  /** The card a row opens. */
  href: (row: Row) => string;
  minWidth: number;
  testId: string;
}

/** A registry list below its filters: the query's error, then the table paged and sorted through the URL. */
export function PagedList<Row extends { id: number }>({ list, result, columns, pageSize, href, minWidth, testId }: PagedListProps<Row>) {
  const navigate = useNavigate();
  return (
    <>
      {result.error && (
        <Alert color="red" role="alert">
          {result.error.message}
        </Alert>
      )}
      <DataTable
        testId={testId}
        columns={columns}
        rows={result.data?.items}
        rowKey={(row) => row.id}
        total={result.data?.total ?? 0}
        page={list.page}
        pageSize={pageSize}
        sort={list.sort}
        order={list.order}
        onSort={list.setSort}
        onPage={list.setPage}
        onRowClick={(row) => navigate(href(row))}
        loading={result.isFetching}
        minWidth={minWidth}
      />
    </>
  );
}
