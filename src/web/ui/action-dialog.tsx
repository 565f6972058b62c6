import { Alert, Button, Group, Modal, Stack, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A step that asks once before it is taken: what will happen, the server's refusal when there is
 * one, «Отмена» and the action itself. The caller keeps the pending state and the error.
 */
export function ActionDialog({
  opened,
  onClose,
  title,
  children,
  error,
  actionLabel,
  color,
  pending,
  onAction,
  testId,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** The server's message, shown above the buttons; null when there is none (or it is shown at a field). */
  error: string | null;
  actionLabel: string;
  color?: MantineColor;
  pending: boolean;
  /** Rejections are the caller's to show through `error`. */
  onAction: () => Promise<unknown>;
  testId: string;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack>
        {children}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Отмена
          </Button>
          <Button color={color} loading={pending} onClick={() => void onAction().catch(() => undefined)} data-testid={testId}>
            {actionLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
