import { Button, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../shared/ui';
import { addDefendant, type CaseDetail } from '../api/prosecution';
import { defendantBody, type DefendantValues, hasIdentity } from './defendant-body';
import { useCaseMutation } from './use-case-mutation';

const SEXES = ['female', 'male', 'unknown'] as const;
const CUSTODY = ['atLarge', 'free', 'judicialSupervision', 'policeCustody', 'pretrialDetention', 'imprisoned'] as const;
const ACCEPTING = ['reportReceived', 'preliminaryInvestigation', 'judicialInvestigation', 'committedForTrial', 'trial'];
const EMPTY: DefendantValues = { givenNames: '', familyName: '', aliases: '', sex: 'unknown', custody: 'atLarge', nationality: '' };

/** A defendant's identity goes sealed to the vault; the case file shows it only on the audited reveal. */
export function DefendantForm({ file, onDone }: { file: CaseDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const { busy, error, send } = useCaseMutation(onDone);
  if (!ACCEPTING.includes(file.stage)) return null;
  const set = (patch: Partial<DefendantValues>) => setValues({ ...values, ...patch });
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void send(async (token) => {
      await addDefendant(token, file.id, defendantBody(values));
      setValues(EMPTY);
    });
  };
  return (
    <Stack component="form" onSubmit={submit} gap="sm" aria-labelledby="defendant-form-title">
      <h2 id="defendant-form-title" style={{ margin: 0, fontSize: '1.1rem' }}>{t('prosecution.defendantForm.title')}</h2>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={t('prosecution.defendantForm.givenNames')} value={values.givenNames} onChange={(e) => set({ givenNames: e.currentTarget.value })} autoComplete="off" />
        <TextInput label={t('prosecution.defendantForm.familyName')} value={values.familyName} onChange={(e) => set({ familyName: e.currentTarget.value })} autoComplete="off" />
      </SimpleGrid>
      <TextInput label={t('prosecution.defendantForm.aliases')} description={t('prosecution.defendantForm.aliasesHelp')} value={values.aliases} onChange={(e) => set({ aliases: e.currentTarget.value })} autoComplete="off" />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NativeSelect label={t('prosecution.defendantForm.sex')} value={values.sex} onChange={(e) => set({ sex: e.currentTarget.value as DefendantValues['sex'] })} data={SEXES.map((s) => ({ value: s, label: t(`prosecution.sex.${s}`) }))} />
        <NativeSelect label={t('prosecution.defendantForm.custody')} value={values.custody} onChange={(e) => set({ custody: e.currentTarget.value as DefendantValues['custody'] })} data={CUSTODY.map((c) => ({ value: c, label: t(`prosecution.custody.${c}`) }))} />
        <TextInput label={t('prosecution.defendantForm.nationality')} description={t('prosecution.defendantForm.nationalityHelp')} maxLength={2} value={values.nationality} onChange={(e) => set({ nationality: e.currentTarget.value })} />
      </SimpleGrid>
      {error !== null && <ErrorAlert error={error} />}
      <Button type="submit" loading={busy} disabled={!hasIdentity(values)} style={{ alignSelf: 'flex-start' }}>{t('prosecution.defendantForm.submit')}</Button>
    </Stack>
  );
}
