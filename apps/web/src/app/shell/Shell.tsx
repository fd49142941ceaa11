import { Alert, AppShell, Burger, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { OfflineBadge } from '../../shared/ui';
import { useAuth } from '../auth/use-auth';
import { navigationFor } from '../routing/match';
import { Link, usePathname } from '../routing/router';
import { ROUTES } from '../routing/routes';
import { LanguageSwitch } from './LanguageSwitch';
import { RouteView } from './RouteView';
import { SignOutButton } from './SignOutButton';
import './shell.css';

/** Header, the navigation the person's roles allow, and the current screen. */
export function Shell() {
  const { t } = useTranslation();
  const { user, status } = useAuth();
  const pathname = usePathname();
  const [opened, { toggle, close }] = useDisclosure(false);
  const offline = status === 'offline';
  const items = navigationFor(ROUTES, user?.roles ?? [], offline);
  const name = user?.name ?? user?.sub ?? '';
  const onNavigate = useCallback(() => close(), [close]);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t(opened ? 'shell.closeNavigation' : 'shell.openNavigation')}
              aria-expanded={opened}
              aria-controls="navigation"
            />
            <Text component={Link} href="/" fw={700} size="lg" c="inherit" td="none">
              {t('app.name')}
            </Text>
            {offline && <OfflineBadge />}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <Text size="sm" visibleFrom="sm" truncate maw={220}>
              {name}
            </Text>
            <Group visibleFrom="sm">
              <SignOutButton />
            </Group>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" id="navigation" component="nav" aria-label={t('shell.navigation')}>
        <AppShell.Section grow>
          {items.map((route) => (
            <NavLink
              key={route.path}
              component={Link}
              href={route.path}
              label={t(route.titleKey)}
              active={pathname === route.path}
              aria-current={pathname === route.path ? 'page' : undefined}
              onClick={close}
            />
          ))}
        </AppShell.Section>
        <AppShell.Section hiddenFrom="sm">
          <Stack gap="xs" p="xs">
            <Text size="sm">{t('shell.signedInAs', { name })}</Text>
            <SignOutButton fullWidth />
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {offline && (
          <Alert color="orange" mb="md" role="status">
            {t('shell.offlineHelp')}
          </Alert>
        )}
        <RouteView onNavigate={onNavigate} />
      </AppShell.Main>
    </AppShell>
  );
}
