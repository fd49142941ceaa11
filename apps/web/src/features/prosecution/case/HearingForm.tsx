import { Button, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../shared/ui';
import { type CaseDetail, type HearingKind, scheduleHearing } from '../api/prosecution';
import { toInstant } from '../api/stages';
import { useCaseMutation } from './use-case-mutation';

export const HEARING_KINDS: readonly HearingKind[] = ['preliminary', 'investigation', 'trial', 'judgment', 'appeal', 'other'];

export function HearingForm({ file, onDone }: { file: CaseDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const [at, setAt] = useState('');
  const [kind, setKind] = useState<HearingKind | ''>('');
  const [court, setCourt] = useState('');
  const { busy, error, send } = useCaseMutation(onDone);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!kind || !at) return;
    void send(async (token) => {
      await scheduleHearing(token, file.id, { at: toInstant(at), kind, ...(court ? { court } : {}) });
      setAt('');
      setKind('');
      setCourt('');
    });
  };
  return (
    <Stack component="form" onSubmit={submit} gap="sm" aria-labelledby="hearing-form-title">
      <h2 id="hearing-form-title" style={{ margin: 0, fontSize: '1.1rem' }}>{t('prosecution.hearingForm.title')}</h2>
      <TextInput type="datetime-local" label={t('prosecution.hearingForm.at')} required value={at} onChange={(e) => setAt(e.currentTarget.value)} />
      <NativeSelect label={t('prosecution.hearingForm.kind')} required value={kind} onChange={(e) => setKind(e.currentTarget.value as HearingKind)}
        data={[{ value: '', label: t('prosecution.choose') }, ...HEARING_KINDS.map((k) => ({ value: k, label: t(`prosecution.hearingKind.${k}`) }))]} />
      <TextInput label={t('prosecution.hearingForm.court')} description={t('prosecution.hearingForm.courtHelp')} value={court} onChange={(e) => setCourt(e.currentTarget.value)} />
      {error !== null && <ErrorAlert error={error} />}
      <Button type="submit" loading={busy} disabled={!kind || !at} style={{ alignSelf: 'flex-start' }}>{t('prosecution.hearingForm.submit')}</Button>
    </Stack>
  );
}
