import { Alert, Button, Group, Loader, PasswordInput, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page } from '../../../shared/ui';
import { shownError } from '../../../shared/api/http';
import type { ChannelsView } from '../api/notifications';
import { channelsBody } from './channels-body';
import { useChannels, useSaveChannels } from './use-admin';

function ChannelsForm({ current }: { current: ChannelsView }) {
  const { t } = useTranslation();
  const save = useSaveChannels();
  const [form, setForm] = useState({
    language: current.language,
    emails: current.emails.join('\n'),
    phones: current.phones.join('\n'),
    url: current.webhook?.url ?? '',
    secret: '',
  });
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const fieldErrors = (field: string) =>
    save.error && 'body' in save.error ? (save.error.body as { errors?: { field: string; message: string }[] } | null)?.errors?.filter((e) => e.field.startsWith(field)).map((e) => e.message).join(' ') : undefined;
  return (
    <Stack component="form" gap="md" onSubmit={(e) => { e.preventDefault(); save.mutate(channelsBody(form), { onSuccess: () => set({ secret: '' }) }); }}>
      <Text size="sm" c="dimmed">{t('agency.channels.intro')}</Text>
      <Select label={t('agency.channels.language')} data={[{ value: 'fr', label: 'Français' }, { value: 'en', label: 'English' }]} value={form.language} onChange={(v) => set({ language: (v ?? 'fr') as 'fr' | 'en' })} allowDeselect={false} />
      <Title order={2} size="h4">{t('agency.channels.webhook')}</Title>
      <TextInput label={t('agency.channels.url')} description={t('agency.channels.urlHelp')} type="url" value={form.url} onChange={(e) => set({ url: e.currentTarget.value })} error={fieldErrors('webhook.url')} />
      <PasswordInput
        label={t('agency.channels.secret')}
        description={current.webhook?.secretConfigured ? t('agency.channels.secretKept') : t('agency.channels.secretHelp')}
        value={form.secret}
        onChange={(e) => set({ secret: e.currentTarget.value })}
        autoComplete="off"
        error={fieldErrors('webhook.secret')}
      />
      <Title order={2} size="h4">{t('agency.channels.emailSms')}</Title>
      <Textarea label={t('agency.channels.emails')} description={t('agency.channels.oneALine')} value={form.emails} onChange={(e) => set({ emails: e.currentTarget.value })} autosize minRows={2} error={fieldErrors('emails')} />
      <Textarea label={t('agency.channels.phones')} description={t('agency.channels.phonesHelp')} value={form.phones} onChange={(e) => set({ phones: e.currentTarget.value })} autosize minRows={2} error={fieldErrors('phones')} />
      <Group>
        <Button type="submit" loading={save.isPending}>{t('agency.channels.save')}</Button>
      </Group>
      {save.isSuccess && <Alert color="green" role="status">{t('agency.channels.saved')}</Alert>}
      {save.isError && <ErrorAlert error={shownError(save.error)} />}
    </Stack>
  );
}

/** Where the agency is told of new referrals besides the in-app inbox (webhook, e-mail, SMS). */
export default function ChannelsPage() {
  const { t } = useTranslation();
  const query = useChannels();
  return (
    <Page title={t('agency.title.channels')}>
      {query.isLoading ? (
        <Loader aria-label={t('agency.loading')} />
      ) : query.isError || !query.data ? (
        <ErrorAlert error={shownError(query.error)} />
      ) : (
        <ChannelsForm current={query.data} />
      )}
    </Page>
  );
}
