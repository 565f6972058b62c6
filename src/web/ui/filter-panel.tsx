import { Button, Collapse, Stack } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';

/**
 * A list's filters: laid out as they are on a wide screen; on a phone folded under one «Фильтры»
 * button (it says when some are set) so the list itself is on the first screen.
 */
export function FilterPanel({ active, children }: { active: boolean; children: ReactNode }) {
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const [opened, { toggle }] = useDisclosure(false);
  if (!phone) return <>{children}</>;
  return (
    <Stack gap="sm">
      <Button variant="default" onClick={toggle} aria-expanded={opened} aria-controls="list-filters" data-testid="filters-toggle">
        {active ? 'Фильтры (заданы)' : 'Фильтры'}
      </Button>
      <Collapse expanded={opened} id="list-filters">
        <Stack gap="sm">{children}</Stack>
      </Collapse>
    </Stack>
  );
}
