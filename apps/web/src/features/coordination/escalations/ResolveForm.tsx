import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth/use-auth';
import { ErrorAlert } from '../../../shared/ui';
import { type Escalation, type EscalationResolution, resolveEscalation, RESOLUTIONS } from '../api/referral';

/**
 * Closes an escalation that needs no new referral, with a reason from the API's list. The version
 * sent is the one on screen: if another coordinator acted meanwhile the API refuses (409) and the
 * message says to reload, rather than overwriting their decision.
 */
export function ResolveForm({ escalation, onDone }: { escalation: Escalation; onDone: (resolved: Escalation) => void }) {
  const { t } = useTranslation();
  const { accessToken } = useAuth();
  const [resolution, setResolution] = useState<EscalationResolution | ''>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!resolution) return;
    setBusy(true);
    setError(null);
    try {
      onDone(await resolveEscalation(await accessToken(), escalation.id, { resolution, note: note.trim() || undefined, version: escalation.version }));
    } catch (failure) {
      setError((failure as { body?: unknown }).body ?? failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} data-testid="resolve-form">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect label={t('coordination.escalations.resolution')} value={resolution} onChange={(e) => setResolution(e.currentTarget.value as EscalationResolution)}
          data={[{ value: '', label: t('coordination.choose') }, ...RESOLUTIONS.map((r) => ({ value: r, label: t(`coordination.resolution.${r}`) }))]} />
        <TextInput label={t('coordination.escalations.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={500} style={{ flexGrow: 1 }} />
        <Button type="submit" variant="default" disabled={!resolution} loading={busy}>{t('coordination.escalations.resolve')}</Button>
      </Group>
      {error !== null && <ErrorAlert error={error} />}
    </form>
  );
}
