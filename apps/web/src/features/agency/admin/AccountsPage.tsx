import { Alert, Button, Card, Code, CopyButton, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/format';
import { Empty, ErrorAlert, Page, StatusBadge } from '../../../shared/ui';
import type { AccountView } from '../api/agency';
import { shownError } from '../../../shared/api/http';
import { useAccountAction, useAccounts, useCreateAccount } from './use-admin';
import { WARNING_ALERT } from '../warning';

/** A one-time password, shown once: Relais keeps no copy, the person changes it at first sign-in. */
function OneTimePassword({ username, password }: { username: string; password: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" styles={WARNING_ALERT} title={t('agency.accounts.passwordTitle', { username })} role="status" data-testid="one-time-password">
      <Stack gap="xs">
        <Code fz="md" translate="no">{password}</Code>
        <Text size="sm">{t('agency.accounts.passwordHelp')}</Text>
        <CopyButton value={password}>
          {({ copied, copy }) => <Button size="xs" variant="default" onClick={copy}>{copied ? t('agency.accounts.copied') : t('agency.accounts.copy')}</Button>}
        </CopyButton>
      </Stack>
    </Alert>
  );
}

function AccountRow({ account, onPassword }: { account: AccountView; onPassword: (p: { username: string; password: string }) => void }) {
  const { t, i18n } = useTranslation();
  const act = useAccountAction();
  const isAdmin = account.roles.includes('agency_admin');
  return (
    <Card withBorder padding="sm" component="li" data-testid="account">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={700} translate="no">{account.username}</Text>
          <StatusBadge tone={account.enabled ? 'success' : 'neutral'} label={t(account.enabled ? 'agency.accounts.enabled' : 'agency.accounts.disabled')} />
        </Group>
        <Text size="sm">{account.roles.map((r) => t(`roles.${r}`)).join(', ')}</Text>
        {account.createdAt && <Text size="xs" c="dimmed">{t('agency.accounts.created', { at: formatDateTime(account.createdAt, i18n.language) })}</Text>}
        {!isAdmin && (
          <Group gap="xs" wrap="wrap">
            <Button
              size="xs"
              variant="default"
              loading={act.isPending}
              onClick={() => act.mutate({ userId: account.id, action: account.enabled ? 'disable' : 'enable' })}
              aria-label={t(account.enabled ? 'agency.accounts.disableLabel' : 'agency.accounts.enableLabel', { username: account.username })}
            >
              {t(account.enabled ? 'agency.accounts.disable' : 'agency.accounts.enable')}
            </Button>
            <Button
              size="xs"
              variant="default"
              loading={act.isPending}
              onClick={() =>
                act.mutate({ userId: account.id, action: 'reset-password' }, {
                  onSuccess: (r) => { if ('temporaryPassword' in r && r.temporaryPassword) onPassword({ username: account.username, password: r.temporaryPassword }); },
                })
              }
              aria-label={t('agency.accounts.resetLabel', { username: account.username })}
            >
              {t('agency.accounts.reset')}
            </Button>
          </Group>
        )}
        {act.isError && <ErrorAlert error={shownError(act.error)} />}
      </Stack>
    </Card>
  );
}

function CreateForm({ onPassword }: { onPassword: (p: { username: string; password: string }) => void }) {
  const { t } = useTranslation();
  const create = useCreateAccount();
  const empty = { username: '', firstName: '', lastName: '', email: '' };
  const [form, setForm] = useState(empty);
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  return (
    <Card withBorder padding="sm">
      <Stack
        component="form"
        gap="sm"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate({ ...form, email: form.email.trim() || undefined }, {
            onSuccess: (created) => {
              setForm(empty);
              if (created.temporaryPassword) onPassword({ username: created.username, password: created.temporaryPassword });
            },
          });
        }}
      >
        <Title order={2} size="h4">{t('agency.accounts.new')}</Title>
        <TextInput label={t('agency.accounts.username')} description={t('agency.accounts.usernameHelp')} required value={form.username} onChange={(e) => set({ username: e.currentTarget.value })} autoCapitalize="none" autoComplete="off" />
        <TextInput label={t('agency.accounts.firstName')} required value={form.firstName} onChange={(e) => set({ firstName: e.currentTarget.value })} autoComplete="off" />
        <TextInput label={t('agency.accounts.lastName')} required value={form.lastName} onChange={(e) => set({ lastName: e.currentTarget.value })} autoComplete="off" />
        <TextInput label={t('agency.accounts.email')} description={t('agency.accounts.emailHelp')} type="email" value={form.email} onChange={(e) => set({ email: e.currentTarget.value })} autoComplete="off" />
        <Group>
          <Button type="submit" loading={create.isPending}>{t('agency.accounts.create')}</Button>
        </Group>
        {create.isSuccess && create.data.passwordDelivery === 'email' && <Alert color="green" role="status">{t('agency.accounts.emailSent')}</Alert>}
        {create.isError && <ErrorAlert error={shownError(create.error)} />}
      </Stack>
    </Card>
  );
}

/** The agency's caseworker accounts, without Keycloak's console. */
export default function AccountsPage() {
  const { t } = useTranslation();
  const query = useAccounts();
  // Kept in memory only, for this visit: leaving the page forgets it.
  const [password, setPassword] = useState<{ username: string; password: string } | null>(null);
  const accounts = query.data ?? [];
  return (
    <Page title={t('agency.title.accounts')}>
      {password && <OneTimePassword {...password} />}
      <CreateForm onPassword={setPassword} />
      <Title order={2} size="h4">{t('agency.accounts.list')}</Title>
      {query.isLoading ? (
        <Loader aria-label={t('agency.loading')} />
      ) : query.isError ? (
        <ErrorAlert error={shownError(query.error)} />
      ) : accounts.length === 0 ? (
        <Empty title={t('agency.accounts.empty')} />
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {accounts.map((a) => <AccountRow key={a.id} account={a} onPassword={setPassword} />)}
        </Stack>
      )}
    </Page>
  );
}
