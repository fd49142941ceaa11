import { Button, Group, NativeSelect, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth/use-auth';
import { ErrorAlert } from '../../../shared/ui';
import { uuidv7 } from '../../../offline/uuid';
import { label } from '../../officer/form/vocabulary';
import { agenciesFor, type Escalation, referTo } from '../api/referral';

/** The coordinator chooses the agency: those of the person's region first, then the others offering the need. */
export function RerouteForm({ escalation, onDone }: { escalation: Escalation; onDone: (reference: string) => void }) {
  const { t, i18n } = useTranslation();
  const { user, accessToken } = useAuth();
  const [agencyId, setAgencyId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // One id per attempt: a retry after a lost answer is the same referral, not a second one.
  const [requestId] = useState(() => uuidv7());
  const agencies = useQuery({ queryKey: ['coordination', 'agencies', user?.sub, escalation.need], queryFn: async () => agenciesFor(await accessToken(), escalation.need) });
  const local = (a: { regions: string[] }) => a.regions.includes(escalation.region);
  const options = [...(agencies.data ?? [])].filter((a) => a.id !== escalation.agencyId).sort((a, b) => Number(local(b)) - Number(local(a)) || a.name.localeCompare(b.name));
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const referral = await referTo(await accessToken(), { id: requestId, identificationId: escalation.identificationId, need: escalation.need, agencyId });
      onDone(referral.reference);
    } catch (failure) {
      setError((failure as { body?: unknown }).body ?? failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect label={t('coordination.escalations.agency', { need: label('needs', escalation.need, i18n.language) })} value={agencyId} onChange={(e) => setAgencyId(e.currentTarget.value)}
          data={[{ value: '', label: t('coordination.choose') }, ...options.map((a) => ({ value: a.id, label: `${a.name}${local(a) ? '' : ` (${a.regions.map((r) => label('regions', r, i18n.language)).join(', ')})`}` }))]} />
        <Button type="submit" disabled={!agencyId} loading={busy}>{t('coordination.escalations.reroute')}</Button>
      </Group>
      {agencies.data && options.length === 0 && <Text size="sm" c="dimmed">{t('coordination.escalations.noAgency')}</Text>}
      {error !== null && <ErrorAlert error={error} />}
    </form>
  );
}
