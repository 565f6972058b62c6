import { Box, Center, Group, Loader, Progress, Text } from '@mantine/core';
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
