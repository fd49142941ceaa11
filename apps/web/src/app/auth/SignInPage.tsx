import { Alert, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useNetwork } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { useAuth } from './use-auth';

/** Our own page before Keycloak's: it works offline and says why signing in needs the network. */
export function SignInPage() {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const { online } = useNetwork();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const start = () => {
    setBusy(true);
    setFailed(false);
    signIn().catch(() => {
      setBusy(false);
      setFailed(true);
    });
  };
  return (
    <Center mih="100dvh" p="md" component="main" id="main">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
        <Stack gap="md">
          <Group justify="space-between" wrap="nowrap">
            <Title order={1}>{t('app.name')}</Title>
            <LanguageSwitch />
          </Group>
          <Text c="dimmed" size="sm">
            {t('app.tagline')}
          </Text>
          <Title order={2} size="h3">
            {t('auth.title')}
          </Title>
          <Text>{t('auth.intro')}</Text>
          {!online && (
            <Alert color="orange" role="status">
              {t('auth.offline')}
            </Alert>
          )}
          {failed && (
            <Alert color="red" role="alert">
              {t('auth.failed')}
            </Alert>
          )}
          <Button size="md" onClick={start} loading={busy} disabled={!online}>
            {t('auth.signIn')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('auth.sharedDevice')}
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
