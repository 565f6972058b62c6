// Shown before the shell (and the whole of Mantine's CSS) has loaded: their own styles.
import '@mantine/core/styles/Center.css';
import '@mantine/core/styles/Group.css';
import '@mantine/core/styles/Loader.css';
import '@mantine/core/styles/Text.css';
import '@mantine/core/styles/Progress.css';
import { Box, Button, Center, Group, Loader, Progress, Stack, Text, Title } from '@mantine/core';
import { useNavigation } from 'react-router';

/** What shows while the script of a page (or the shell) is still loading. */
export function PageLoader() {
  return (
    <Center mih="50vh" role="status">
      <Group gap="sm">
        <Loader size="sm" />
        <Text>Загрузка…</Text>
      </Group>
    </Center>
  );
}

/**
 * A bar at the top while the router loads the next page's script: the current page stays on
 * screen until the next one can render.
 */
export function NavigationProgress() {
  const navigation = useNavigation();
  if (navigation.state !== 'loading') return null;
  return (
    <Box pos="fixed" top={0} left={0} right={0} style={{ zIndex: 1000 }}>
      <Progress value={100} animated size="xs" radius={0} aria-label="Загрузка страницы" />
    </Box>
  );
}

/**
 * A page's script that failed to load (no connection, or a tab opened before a new version was
 * installed, whose old script names are gone): a reload fetches the current ones.
 */
export function PageLoadError() {
  return (
    <Center mih="50vh">
      <Stack align="center" role="alert">
        <Title order={2}>Не удалось открыть страницу</Title>
        <Text>Проверьте соединение и обновите страницу. Если ошибка повторится, сообщите администратору.</Text>
        <Button onClick={() => window.location.reload()}>Обновить страницу</Button>
      </Stack>
    </Center>
  );
}
