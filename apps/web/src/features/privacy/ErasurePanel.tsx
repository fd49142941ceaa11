import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth/use-auth';
import { formatDateTime } from '../../shared/format/format';
import { ErrorAlert } from '../../shared/ui';
import { type Erasure, erasePersonalData } from './api/audit';

/**
 * Crypto-shredding behind a confirmation step: the officer types the reference again, since
 * nothing can bring the details back.
 */
export function ErasurePanel({ victimRef, onErased }: { victimRef: string; onErased: () => void }) {
  const { t, i18n } = useTranslation();
  const { accessToken } = useAuth();
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [done, setDone] = useState<Erasure | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const erase = async () => {
    setBusy(true);
    setError(null);
    try {
      setDone(await erasePersonalData(await accessToken(), victimRef));
      setConfirming(false);
      onErased();
    } catch (failure) {
      setError((failure as { body?: unknown }).body ?? failure);
    } finally {
      setBusy(false);
    }
  };
  if (done) {
    return (
      <Alert color="green" title={t('privacy.erasure.doneTitle')} data-testid="erasure-done" role="status">
        {done.alreadyErased ? t('privacy.erasure.already', { date: formatDateTime(done.erasedAt, i18n.language) }) : t('privacy.erasure.done', { date: formatDateTime(done.erasedAt, i18n.language) })}
      </Alert>
    );
  }
  return (
    <Stack gap="sm">
      {!confirming ? (
        // The label names the person's reference: on a 360 px phone it wraps instead of widening the page.
        <Button color="red" variant="outline" onClick={() => setConfirming(true)} h="auto" mih={36} py={6} maw="100%" style={{ alignSelf: 'flex-start' }}
          styles={{ label: { whiteSpace: 'normal', textAlign: 'start', overflowWrap: 'anywhere' } }}>{t('privacy.erasure.start', { ref: victimRef })}</Button>
      ) : (
        <Stack gap="sm" component="section" aria-labelledby="erasure-confirm-title">
          <Text component="h3" fw={700} m={0} id="erasure-confirm-title">{t('privacy.erasure.confirmTitle')}</Text>
          <Text size="sm">{t('privacy.erasure.explain')}</Text>
          <TextInput label={t('privacy.erasure.typeRef', { ref: victimRef })} value={typed} onChange={(e) => setTyped(e.currentTarget.value.trim().toUpperCase())} autoComplete="off" />
          <Button color="red" disabled={typed !== victimRef} loading={busy} onClick={() => void erase()} style={{ alignSelf: 'flex-start' }}>{t('privacy.erasure.confirm')}</Button>
          <Button variant="default" onClick={() => setConfirming(false)} style={{ alignSelf: 'flex-start' }}>{t('privacy.erasure.cancel')}</Button>
        </Stack>
      )}
      {error !== null && <ErrorAlert error={error} />}
    </Stack>
  );
}
