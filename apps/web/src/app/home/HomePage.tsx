import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Empty, Page } from '../../shared/ui';
import { useAuth } from '../auth/use-auth';
import { ROLES } from '../auth/roles';
import { navigationFor } from '../routing/match';
import { Link } from '../routing/router';
import { ROUTES } from '../routing/routes';

/** What each of the person's roles does in Relais, and the way into their screens. */
export default function HomePage() {
  const { t } = useTranslation();
  const { user, status } = useAuth();
  const roles = ROLES.filter((r) => user?.roles.includes(r));
  const screens = navigationFor(ROUTES, roles, status === 'offline').filter((r) => r.path !== '/');
  return (
    <Page title={user?.name ? t('home.welcome', { name: user.name }) : t('home.welcomeAnonymous')}>
      {roles.map((role) => (
        <Stack key={role} gap={4}>
          <Title order={2} size="h4">
            {t(`roles.${role}`)}
          </Title>
          <Text>{t(`home.roles.${role}`)}</Text>
        </Stack>
      ))}
      <Title order={2} size="h4">
        {t('home.yourScreens')}
      </Title>
      {screens.length === 0 ? (
        <Empty title={t('home.noScreens')} description={t('home.noScreensHelp')} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {screens.map((route) => (
            <Card key={route.path} withBorder component={Link} href={route.path} padding="md">
              <Text fw={600}>{t(route.titleKey)}</Text>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Page>
  );
}
