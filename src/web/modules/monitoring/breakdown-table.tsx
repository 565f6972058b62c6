import { Alert, Group, Switch, Table, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import type { Breakdown, BreakdownCell } from '../../../shared/monitoring.js';
import { orderByProfile } from './indicator-cards.js';
import { formatFraction, formatIndicatorValue, indicatorName } from './indicator-format.js';

// The territory column stays in view while the wide table scrolls sideways.
const sticky = { position: 'sticky', left: 0, zIndex: 1, background: 'var(--mantine-color-body)' } as const;

type Sort = { column: string; order: 'asc' | 'desc' };
interface TerritoryRow {
  code: string;
  name: string;
  cells: Map<string, BreakdownCell>;
  /** How many of its indicators are below their threshold. */
  unmet: number;
}

/** Rows are the child territories, columns the indicators, so a column sorts territories by one indicator. */
export function territoryRows(data: Breakdown): TerritoryRow[] {
  return data.scopes.map((scope) => {
    const cells = new Map<string, BreakdownCell>();
    let unmet = 0;
    for (const row of data.rows) {
      const cell = row.cells.find((c) => c.scope === scope.code);
      if (!cell) continue;
      cells.set(row.code, cell);
      if (cell.met === false) unmet += 1;
    }
    return { code: scope.code, name: scope.name, cells, unmet };
  });
}

/** Sorts territories; an empty value always goes last, whatever the order. */
export function sortTerritories(rows: TerritoryRow[], sort: Sort, worstFirst: boolean): TerritoryRow[] {
  const sign = sort.order === 'asc' ? 1 : -1;
  const byName = (a: TerritoryRow, b: TerritoryRow) => a.name.localeCompare(b.name, 'ru');
  return [...rows].sort((a, b) => {
    if (sort.column !== 'name') {
      const va = a.cells.get(sort.column)?.value ?? null;
      const vb = b.cells.get(sort.column)?.value ?? null;
      if (va === null || vb === null) return va === vb ? byName(a, b) : va === null ? 1 : -1;
      // «Сначала худшие» on an indicator column: the lowest values first.
      const diff = worstFirst ? va - vb : sign * (va - vb);
      return diff || byName(a, b);
    }
    if (worstFirst && a.unmet !== b.unmet) return b.unmet - a.unmet;
    return sign * byName(a, b);
  });
}

export function BreakdownTable({ data, profileCodes }: { data: Breakdown; profileCodes: string[] }) {
  const [sort, setSort] = useState<Sort>({ column: 'name', order: 'asc' });
  const [worstFirst, setWorstFirst] = useState(false);
  if (data.scopes.length === 0) return <Alert color="gray">В территории нет подчинённых территорий или организаций.</Alert>;
  const indicators = orderByProfile(data.rows, profileCodes);
  const rows = sortTerritories(territoryRows(data), sort, worstFirst);

  function header(column: string, title: string) {
    const active = sort.column === column;
    return (
      <UnstyledButton
        onClick={() => setSort({ column, order: active && sort.order === 'asc' ? 'desc' : 'asc' })}
        fz="xs"
        fw={700}
        title="Сортировать"
        data-testid={`breakdown-sort-${column}`}
      >
        {title}{' '}
        {active ? (
          sort.order === 'asc' ? (
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
    );
  }

  return (
    <div>
      <Group mb="xs">
        <Switch
          label="Сначала худшие"
          checked={worstFirst}
          onChange={(e) => setWorstFirst(e.currentTarget.checked)}
          data-testid="worst-first"
        />
      </Group>
      <Table.ScrollContainer minWidth={300 + indicators.length * 150} type="native">
        <Table withTableBorder withColumnBorders verticalSpacing={4} data-testid="breakdown-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th
                w={260}
                style={sticky}
                aria-sort={sort.column === 'name' ? (sort.order === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                {header('name', 'Территория')}
              </Table.Th>
              {indicators.map((row) => (
                <Table.Th key={row.code} w={150} style={{ verticalAlign: 'bottom' }}>
                  {header(row.code, indicatorName(row.code))}
                  {row.threshold !== null && (
                    <Text fz="xs" c="dimmed">
                      порог {formatIndicatorValue(row.code, row.threshold)}
                    </Text>
                  )}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((territory) => (
              <Table.Tr key={territory.code}>
                <Table.Td fz="sm" style={sticky}>
                  {territory.name}
                </Table.Td>
                {indicators.map((row) => {
                  const cell = territory.cells.get(row.code);
                  const below = cell?.met === false;
                  return (
                    <Table.Td
                      key={row.code}
                      bg={below ? 'red.1' : undefined}
                      data-below={below ? 'true' : undefined}
                      title={below ? 'ниже порога' : undefined}
                    >
                      {cell && (
                        <>
                          <Text fz="sm" fw={600} c={below ? 'red.9' : undefined}>
                            {formatIndicatorValue(row.code, cell.value)}
                          </Text>
                          {cell.denominator !== null && (
                            <Text fz="xs" c="dimmed">
                              {formatFraction(cell.numerator, cell.denominator)}
                            </Text>
                          )}
                        </>
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}
