import { Center, Group, Loader, Pagination, Table, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatNumber } from './format.js';

export interface Column<Row> {
  key: string;
  title: string;
  /** The server's sort key for this column; the header becomes a button when set. */
  sort?: string;
  render: (row: Row) => ReactNode;
  width?: number | string;
  /** Keeps the cell on one line (dates, codes, badges). */
  nowrap?: boolean;
}

export type SortOrder = 'asc' | 'desc';

interface DataTableProps<Row> {
  columns: Column<Row>[];
  rows: Row[] | undefined;
  rowKey: (row: Row) => string | number;
  total: number;
  page: number;
  pageSize: number;
  sort?: string;
  order?: SortOrder;
  /** Called with the next sort key and order: the same column toggles its order. */
  onSort?: (sort: string, order: SortOrder) => void;
  onPage?: (page: number) => void;
  /** Opens the row's card; the row also carries a link for the keyboard. */
  onRowClick?: (row: Row) => void;
  loading?: boolean;
  empty?: string;
  minWidth?: number;
  testId?: string;
}

/** «Показано 1–50 из 1 234». */
export function shownRange(page: number, pageSize: number, total: number): string {
  if (total === 0) return 'Ничего не найдено';
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(page * pageSize, total);
  return `Показано ${formatNumber(from)}–${formatNumber(to)} из ${formatNumber(total)}`;
}

/** A server-paged, server-sorted table that scrolls sideways on a narrow screen. */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const {
    columns,
    rows,
    rowKey,
    total,
    page,
    pageSize,
    sort,
    order = 'asc',
    onSort,
    onPage,
    onRowClick,
    loading,
    minWidth = 720,
    testId,
  } = props;
  const pages = Math.max(1, Math.ceil(total / pageSize));

  function header(column: Column<Row>) {
    const active = column.sort !== undefined && column.sort === sort;
    const ariaSort = active ? (order === 'asc' ? 'ascending' : 'descending') : undefined;
    if (!column.sort || !onSort)
      return (
        <Table.Th key={column.key} w={column.width}>
          {column.title}
        </Table.Th>
      );
    const key = column.sort;
    return (
      <Table.Th key={column.key} w={column.width} aria-sort={ariaSort}>
        <UnstyledButton
          onClick={() => onSort(key, active && order === 'asc' ? 'desc' : 'asc')}
          fw={700}
          fz="sm"
          data-testid={`sort-${key}`}
          title="Сортировать"
        >
          {column.title}
          {'\u00a0'}
          {active ? (
            order === 'asc' ? (
              '▲'
            ) : (
              '▼'
            )
          ) : (
            <Text span c="dimmed" fz="xs">
              ⇅
            </Text>
          )}
        </UnstyledButton>
      </Table.Th>
    );
  }

  return (
    <div>
      <Table.ScrollContainer minWidth={minWidth} type="native">
        <Table
          striped
          highlightOnHover={Boolean(onRowClick)}
          verticalSpacing="xs"
          data-testid={testId}
          aria-busy={loading ? true : undefined}
        >
          <Table.Thead>
            <Table.Tr>{columns.map(header)}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows?.map((row) => (
              <Table.Tr
                key={rowKey(row)}
                onClick={
                  onRowClick
                    ? (event) => {
                        // A click on the row's own link or button does its own thing.
                        if ((event.target as HTMLElement).closest('a,button')) return;
                        onRowClick(row);
                      }
                    : undefined
                }
                style={onRowClick ? { cursor: 'pointer' } : undefined}
              >
                {columns.map((column) => (
                  <Table.Td key={column.key} style={column.nowrap ? { whiteSpace: 'nowrap' } : undefined}>
                    {column.render(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!rows && loading && (
        <Center p="md">
          <Loader size="sm" />
        </Center>
      )}
      {rows && rows.length === 0 && (
        <Text c="dimmed" p="md" ta="center">
          {props.empty ?? 'Ничего не найдено'}
        </Text>
      )}
      <Group justify="space-between" mt="sm" gap="sm">
        <Text size="sm" c="dimmed" data-testid={testId ? `${testId}-range` : undefined} aria-live="polite">
          {rows ? shownRange(page, pageSize, total) : ''}
        </Text>
        {onPage && pages > 1 && (
          <Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={onPage}
            size="sm"
            siblings={1}
            getControlProps={(control) => ({
              'aria-label':
                control === 'previous'
                  ? 'Предыдущая страница'
                  : control === 'next'
                    ? 'Следующая страница'
                    : control === 'first'
                      ? 'Первая страница'
                      : 'Последняя страница',
            })}
            getItemProps={(item) => ({ 'aria-label': `Страница ${item}` })}
          />
        )}
      </Group>
    </div>
  );
}
