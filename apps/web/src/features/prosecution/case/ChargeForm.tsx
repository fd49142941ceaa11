import { Button, Checkbox, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth/use-auth';
import { ErrorAlert } from '../../../shared/ui';
import { chargeDefendant, type Offence } from '../api/prosecution';
import { errorBody } from './use-case-file';

const OFFENCES: readonly Offence[] = [
  'traffickingSexualExploitation', 'traffickingForcedLabour', 'traffickingOrganRemoval', 'traffickingOtherPurposes', 'organisedExploitationOfBegging', 'migrantSmuggling', 'slavery', 'forcedLabour',
];

/** Charges under Law 2012-023 and related offences; the service attaches each one's ICCS code. */
export function ChargeForm({ caseId, defendantId, n, onDone }: { caseId: string; defendantId: string; n: number; onDone: () => void }) {
  const { t } = useTranslation();
  const { accessToken } = useAuth();
  const [offences, setOffences] = useState<Offence[]>([]);
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    setError(null);
    try {
      await chargeDefendant(await accessToken(), caseId, defendantId, offences);
      setOffences([]);
      onDone();
    } catch (failure) {
      setError(errorBody(failure));
    }
  };
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
