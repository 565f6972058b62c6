// Every Mantine component's styles, for the shell and all pages inside it (main.tsx has the base).
import '@mantine/core/styles.css';
import { AppShell, Burger, Group, NavLink, Text, Button, Badge, ScrollArea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { NavLink as RouterLink, Outlet, useLocation, useNavigate } from 'react-router';
import type { Me } from '../../shared/auth.js';
import { role as roleLabels } from '../../shared/enums.js';
import { api, setCsrfToken } from '../api.js';
import { ContextBar } from '../modules/monitoring/context-bar.js';
import { activeItem, navigation, topBarContext } from '../navigation.js';
import { mainId, SkipLink } from './skip-link.js';

/** The second line of the header: the current territory and period. */
const contextHeight = 44;

export function Shell({ me }: { me: Me }) {
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const sections = navigation(me);
  const active = activeItem(sections, location.pathname);
  // The territory bar needs the monitoring scopes; a user without them has no territory to switch.
  const context = topBarContext(location.pathname);
  const withContext = context.territory && me.can.includes('monitoring.read');

  async function logout() {
    await api('/auth/logout', { method: 'POST' }).catch(() => undefined);
    setCsrfToken(null);
    queryClient.clear();
    navigate('/login');
  }

  return (
    <AppShell
      header={{ height: withContext ? 56 + contextHeight : 56 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <SkipLink />
      <AppShell.Header>
        <Group h={56} px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Меню" />
            <Text fw={700} size="lg">
              Методсеть
            </Text>
            <Group gap={4} visibleFrom="md">
              {[...new Set(me.grants.map((g) => g.role))].map((r) => (
                <Badge key={r} variant="light">
                  {roleLabels.label(r)}
                </Badge>
              ))}
            </Group>
          </Group>
          <Group wrap="nowrap" gap="sm">
            <Text size="sm" visibleFrom="sm" data-testid="current-user">
              {me.displayName}
            </Text>
            <Button variant="subtle" size="xs" component={RouterLink} to="/account/password">
              Пароль
            </Button>
            <Button variant="light" size="xs" onClick={logout}>
              Выйти
            </Button>
          </Group>
        </Group>
        {withContext && (
          <Group px="md" py={6} mih={contextHeight} wrap="nowrap" style={{ overflowX: 'auto' }}>
            <ContextBar withPeriod={context.period} />
          </Group>
        )}
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Разделы">
        <ScrollArea>
          {sections.map((section) => (
            <NavLink key={section.label} label={section.label} defaultOpened childrenOffset={12}>
              {section.items.map((item) => (
                <NavLink key={item.to} label={item.label} component={RouterLink} to={item.to} onClick={close} active={item.to === active} />
              ))}
            </NavLink>
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id={mainId} tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
