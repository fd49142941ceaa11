import { Button, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../shared/ui';
import { type CaseDetail, changeStage, type Stage } from '../api/prosecution';
import { localNow, NEEDS_DECISION_REF, NEXT_STAGES, toInstant } from '../api/stages';
import { useCaseMutation } from './use-case-mutation';

/** A stage decision, taken on the version on screen: a stale one comes back as the service's 409, in words. */
export function StageForm({ file, onDone }: { file: CaseDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const next = NEXT_STAGES[file.stage];
  const [to, setTo] = useState<Stage | ''>('');
  const [at, setAt] = useState(localNow());
  const [decisionRef, setDecisionRef] = useState('');
  const [note, setNote] = useState('');
  const { busy, error, send } = useCaseMutation(onDone);
  if (next.length === 0) return null;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!to) return;
    void send(async (token) => {
      await changeStage(token, file.id, { to, at: toInstant(at), version: file.version, ...(decisionRef ? { decisionRef } : {}), ...(note ? { note } : {}) });
      setTo('');
      setNote('');
      setDecisionRef('');
    });
  };
  return (
    <Stack component="form" onSubmit={submit} gap="sm" aria-labelledby="stage-form-title">
      <h2 id="stage-form-title" style={{ margin: 0, fontSize: '1.1rem' }}>{t('prosecution.stageForm.title')}</h2>
      <NativeSelect label={t('prosecution.stageForm.to')} required value={to} onChange={(e) => setTo(e.currentTarget.value as Stage)}
        data={[{ value: '', label: t('prosecution.choose') }, ...next.map((s) => ({ value: s, label: t(`prosecution.stage.${s}`) }))]} />
      <TextInput type="datetime-local" label={t('prosecution.stageForm.at')} required value={at} onChange={(e) => setAt(e.currentTarget.value)} />
      <TextInput label={t('prosecution.stageForm.decisionRef')} required={to !== '' && NEEDS_DECISION_REF.includes(to)} value={decisionRef} onChange={(e) => setDecisionRef(e.currentTarget.value)} />
      <Textarea label={t('prosecution.stageForm.note')} description={t('prosecution.stageForm.noteHelp')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} />
      {error !== null && <ErrorAlert error={error} />}
      <Button type="submit" loading={busy} disabled={!to} style={{ alignSelf: 'flex-start' }}>{t('prosecution.stageForm.submit')}</Button>
    </Stack>
  );
}
