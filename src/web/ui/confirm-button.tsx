import { Button, Text, type ButtonProps } from '@mantine/core';
import { useState } from 'react';
import { ActionDialog } from './action-dialog.js';

/** A destructive action that asks once, then shows the server's refusal if there is one. */
export function ConfirmButton({
  label,
  title,
  message,
  confirmLabel = 'Удалить',
  onConfirm,
  testId,
  ...buttonProps
}: {
  label: string;
  title: string;
  message: string;
  confirmLabel?: string;
  onConfirm: () => Promise<unknown>;
  testId?: string;
} & ButtonProps) {
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      setOpened(false);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Не удалось выполнить действие.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button color="red" variant="subtle" size="xs" {...buttonProps} onClick={() => setOpened(true)} data-testid={testId}>
        {label}
      </Button>
      <ActionDialog
        opened={opened}
        onClose={() => setOpened(false)}
        title={title}
        error={error}
        actionLabel={confirmLabel}
        color="red"
        pending={busy}
        onAction={confirm}
        testId="confirm-delete"
      >
        <Text>{message}</Text>
      </ActionDialog>
    </>
  );
}
