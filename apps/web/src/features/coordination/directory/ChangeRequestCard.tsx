import { Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth/use-auth';
import { formatDateTime } from '../../../shared/format/format';
import { ErrorAlert } from '../../../shared/ui';
import { label } from '../../officer/form/vocabulary';
import { type ChangeRequest, decideChangeRequest } from '../api/directory';
import type { Agency } from '../api/referral';

/** A routing-scope change an agency asked for, beside what routing uses today; approved or rejected with a reason. */
export function ChangeRequestCard({ request, agency, onDecided }: { request: ChangeRequest; agency?: Agency; onDecided: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { accessToken } = useAuth();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const decide = async (decision: 'approve' | 'reject') => {
    setError(null);
    try {
      await decideChangeRequest(await accessToken(), request, decision, reason || undefined);
      onDecided();
    } catch (failure) {
      setError((failure as { body?: unknown }).body ?? failure);
    }
  };
  const regions = (list?: string[]) => (list ?? []).map((r) => (r === 'national' ? t('coordination.directory.national') : label('regions', r, lang))).join(', ');
  const services = (list?: string[]) => (list ?? []).map((s) => label('needs', s, lang)).join(', ');
  const { changes } = request;
  return (
    <Card withBorder padding="sm" component="li" data-testid="change-request">
      <Stack gap={4}>
        <Text fw={700}>{agency?.name ?? request.agencyId}</Text>
        <Text size="sm" c="dimmed">{t('coordination.directory.requestedAt', { date: formatDateTime(request.requestedAt, lang) })}</Text>
        {changes.regions && <Text size="sm">{t('coordination.directory.regionsChange', { from: regions(agency?.regions), to: regions(changes.regions) })}</Text>}
        {changes.services && <Text size="sm">{t('coordination.directory.servicesChange', { from: services(agency?.services), to: services(changes.services) })}</Text>}
        {changes.accepts && <Text size="sm">{t('coordination.directory.acceptsChange')}</Text>}
        <TextInput label={t('coordination.directory.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
        <Group gap="sm">
          <Button size="xs" onClick={() => void decide('approve')}>{t('coordination.directory.approve')}</Button>
          <Button size="xs" variant="outline" color="red" onClick={() => void decide('reject')}>{t('coordination.directory.reject')}</Button>
        </Group>
        {error !== null && <ErrorAlert error={error} />}
      </Stack>
    </Card>
  );
}
