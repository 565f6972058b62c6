import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

/** What a missing page, or a record outside the user's scope, looks like. */
export function NotFoundPage({ message = 'Такой страницы нет, или она вам недоступна.' }: { message?: string }) {
  return (
    <Stack align="flex-start" data-testid="not-found">
      <Title order={2}>Не найдено</Title>
      <Text>{message}</Text>
      <Button component={Link} to="/" variant="light">
        На главную
      </Button>
    </Stack>
  );
}
