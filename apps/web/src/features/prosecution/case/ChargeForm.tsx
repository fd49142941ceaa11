import { Button, Checkbox, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../shared/ui';
import { chargeDefendant, type Offence } from '../api/prosecution';
import { useCaseMutation } from './use-case-mutation';

const OFFENCES: readonly Offence[] = [
  'traffickingSexualExploitation', 'traffickingForcedLabour', 'traffickingOrganRemoval', 'traffickingOtherPurposes', 'organisedExploitationOfBegging', 'migrantSmuggling', 'slavery', 'forcedLabour',
];

/** Charges under Law 2012-023 and related offences; the service attaches each one's ICCS code. */
export function ChargeForm({ caseId, defendantId, n, onDone }: { caseId: string; defendantId: string; n: number; onDone: () => void }) {
  const { t } = useTranslation();
  const [offences, setOffences] = useState<Offence[]>([]);
  const { error, send } = useCaseMutation(onDone);
  const submit = () => send(async (token) => {
    await chargeDefendant(token, caseId, defendantId, offences);
    setOffences([]);
  });
  return (
    <Stack gap="xs">
      <Checkbox.Group label={t('prosecution.chargeForm.title', { n })} value={offences} onChange={(v) => setOffences(v as Offence[])}>
        <Stack gap={4} mt={4}>{OFFENCES.map((o) => <Checkbox key={o} value={o} label={t(`prosecution.offence.${o}`)} />)}</Stack>
      </Checkbox.Group>
      {error !== null && <ErrorAlert error={error} />}
      <Button size="xs" variant="light" disabled={offences.length === 0} onClick={() => void submit()} style={{ alignSelf: 'flex-start' }}>{t('prosecution.chargeForm.submit')}</Button>
    </Stack>
  );
}
