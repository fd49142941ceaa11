import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth/use-auth';
import { ErrorAlert } from '../../../shared/ui';
import { type IdentificationDetail, readIdentification } from '../../officer/api/intake';

/** The person's details only on request: intake audits the read; nothing is kept once the page closes. */
export function PersonDetails({ identificationId }: { identificationId: string }) {
  const { t } = useTranslation();
  const { accessToken } = useAuth();
  const [detail, setDetail] = useState<IdentificationDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const open = async () => {
    setError(null);
    try {
      setDetail(await readIdentification(await accessToken(), identificationId));
    } catch (failure) {
      setError((failure as { body?: unknown }).body ?? failure);
    }
  };
  if (detail) {
    const p = detail.person;
    return (
      <Stack gap={2} data-testid="person-details">
        {p.erased ? <Text size="sm">{t('coordination.timeline.erased')}</Text> : (
          <Text size="sm">{[p.givenNames, p.familyName].filter(Boolean).join(' ')}{p.estimatedAge !== undefined ? ` · ${t('coordination.timeline.age', { age: p.estimatedAge })}` : ''}</Text>
        )}
      </Stack>
    );
  }
  return (
    <Stack gap={4}>
      <Button variant="light" size="xs" onClick={() => void open()} style={{ alignSelf: 'flex-start' }}>{t('coordination.timeline.openDetails')}</Button>
      {error !== null && <ErrorAlert error={error} />}
    </Stack>
  );
}
