import { Button, Fieldset, NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../shared/ui';
import { type CaseDetail, recordJudgment, type RecordJudgmentBody } from '../api/prosecution';
import { toInstant } from '../api/stages';
import { useCaseMutation } from './use-case-mutation';

interface VerdictInput {
  outcome: '' | 'convicted' | 'acquitted';
  sentenceMonths: number | string;
  fineFcfa: number | string;
}

const JUDGING_STAGES = ['trial', 'judgment', 'appeal'];

/** One judgment, one verdict per defendant judged; a sentence outside the law comes back as a warning, not a refusal. */
export function JudgmentForm({ file, onDone }: { file: CaseDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const [instance, setInstance] = useState<'first' | 'appeal'>(file.stage === 'appeal' ? 'appeal' : 'first');
  const [renderedAt, setRenderedAt] = useState('');
  const [decisionRef, setDecisionRef] = useState('');
  const [verdicts, setVerdicts] = useState<Record<string, VerdictInput>>({});
  const { busy, error, send } = useCaseMutation(onDone);
  if (!JUDGING_STAGES.includes(file.stage) || file.defendants.length === 0) return null;
  const verdict = (id: string): VerdictInput => verdicts[id] ?? { outcome: '', sentenceMonths: '', fineFcfa: '' };
  const set = (id: string, patch: Partial<VerdictInput>) => setVerdicts({ ...verdicts, [id]: { ...verdict(id), ...patch } });
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const judged = file.defendants.filter((d) => verdict(d.id).outcome !== '');
    const body: RecordJudgmentBody = {
      instance,
      renderedAt: toInstant(renderedAt),
      ...(decisionRef ? { decisionRef } : {}),
      verdicts: judged.map((d) => {
        const v = verdict(d.id);
        return {
          defendantId: d.id,
          outcome: v.outcome as 'convicted' | 'acquitted',
          ...(v.outcome === 'convicted' && v.sentenceMonths !== '' ? { sentenceMonths: Number(v.sentenceMonths) } : {}),
          ...(v.outcome === 'convicted' && v.fineFcfa !== '' ? { fineFcfa: Number(v.fineFcfa) } : {}),
        };
      }),
    };
    void send(async (token) => {
      await recordJudgment(token, file.id, body);
      setVerdicts({});
    });
  };
  return (
    <Stack component="form" onSubmit={submit} gap="sm" aria-labelledby="judgment-form-title">
      <h2 id="judgment-form-title" style={{ margin: 0, fontSize: '1.1rem' }}>{t('prosecution.judgmentForm.title')}</h2>
      <NativeSelect label={t('prosecution.judgmentForm.instance')} value={instance} onChange={(e) => setInstance(e.currentTarget.value as 'first' | 'appeal')}
        data={[{ value: 'first', label: t('prosecution.instance.first') }, { value: 'appeal', label: t('prosecution.instance.appeal') }]} />
      <TextInput type="datetime-local" label={t('prosecution.judgmentForm.renderedAt')} required value={renderedAt} onChange={(e) => setRenderedAt(e.currentTarget.value)} />
      <TextInput label={t('prosecution.judgmentForm.decisionRef')} value={decisionRef} onChange={(e) => setDecisionRef(e.currentTarget.value)} />
      {file.defendants.map((d, index) => (
        <Fieldset key={d.id} legend={t('prosecution.file.defendantN', { n: index + 1 })}>
          <NativeSelect label={t('prosecution.judgmentForm.outcome')} value={verdict(d.id).outcome} onChange={(e) => set(d.id, { outcome: e.currentTarget.value as VerdictInput['outcome'] })}
            data={[{ value: '', label: t('prosecution.judgmentForm.notJudged') }, { value: 'convicted', label: t('prosecution.outcome.convicted') }, { value: 'acquitted', label: t('prosecution.outcome.acquitted') }]} />
          {verdict(d.id).outcome === 'convicted' && (
            <>
              <NumberInput label={t('prosecution.judgmentForm.sentenceMonths')} min={0} value={verdict(d.id).sentenceMonths} onChange={(value) => set(d.id, { sentenceMonths: value })} />
              <NumberInput label={t('prosecution.judgmentForm.fineFcfa')} min={0} value={verdict(d.id).fineFcfa} onChange={(value) => set(d.id, { fineFcfa: value })} />
            </>
          )}
        </Fieldset>
      ))}
      {error !== null && <ErrorAlert error={error} />}
      <Button type="submit" loading={busy} disabled={!renderedAt} style={{ alignSelf: 'flex-start' }}>{t('prosecution.judgmentForm.submit')}</Button>
    </Stack>
  );
}
