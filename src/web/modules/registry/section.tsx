import { Alert, Badge, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';

/** A titled part of a card: its table, or a line saying there is nothing yet, and an «Добавить» button. */
export function Section({
  title,
  testId,
  onAdd,
  addLabel,
  headers,
  empty,
  children,
}: {
  title: string;
  testId: string;
  onAdd?: (() => void) | undefined;
  addLabel: string;
  headers: string[];
  empty: boolean;
  children: ReactNode;
}) {
  return (
    <Stack gap="xs" data-testid={testId}>
      <Group justify="space-between">
        <Title order={3}>{title}</Title>
        {onAdd && (
          <Button size="xs" variant="light" onClick={onAdd} data-testid={`${testId}-add`}>
            {addLabel}
          </Button>
        )}
      </Group>
      {empty ? (
        <Text c="dimmed">Нет записей</Text>
      ) : (
        <Table.ScrollContainer minWidth={640} type="native">
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                {headers.map((header) => (
                  <Table.Th key={header}>{header}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>{children}</Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** A dialog holding a small form; its body is mounted only while open, so each opening starts afresh. */
export function FormModal({
  title,
  opened,
  onClose,
  onSubmit,
  error,
  busy,
  children,
  size = 'md',
}: {
  title: string;
  opened: boolean;
  onClose: () => void;
  onSubmit: (event: FormEvent) => void;
  error: string | null;
  busy: boolean;
  children: ReactNode;
  size?: string;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered size={size}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Отмена
            </Button>
            <Button type="submit" loading={busy} data-testid="modal-save">
              Сохранить
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** A badge whose long Russian label wraps on a narrow screen instead of being cut. */
export function TextBadge({
  children,
  color,
  variant = 'light',
  testId,
}: {
  children: ReactNode;
  color?: string;
  variant?: 'light' | 'filled';
  testId?: string;
}) {
  return (
    <Badge
      color={color}
      variant={variant}
      data-testid={testId}
      styles={{ root: { height: 'auto', paddingBlock: 2, maxWidth: '100%' }, label: { whiteSpace: 'normal', textTransform: 'none' } }}
    >
      {children}
    </Badge>
  );
}

/** Dates in card tables stay on one line. */
export const nowrap = { whiteSpace: 'nowrap' } as const;
