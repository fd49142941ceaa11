import { Button, Card, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../shared/format/format';
import { ErrorAlert } from '../../../shared/ui';
import { type CaseDetail, type DefendantDetail, revealDefendant } from '../api/prosecution';
import { ChargeForm } from './ChargeForm';
import { useCaseMutation } from './use-case-mutation';

type Defendant = CaseDetail['defendants'][number];

/** A defendant without identity; the identity only on an explicit, audited reveal, never kept in the app's cache. */
export function DefendantCard({ caseId, defendant, n, canReveal, onCharged }: { caseId: string; defendant: Defendant; n: number; canReveal: boolean; onCharged?: () => void }) {
  const { t, i18n } = useTranslation();
  const [detail, setDetail] = useState<DefendantDetail | null>(null);
  const { error, send } = useCaseMutation();
  const reveal = () => send(async (token) => setDetail(await revealDefendant(token, caseId, defendant.id)));
  const identity = detail?.identity;
  return (
    <Card withBorder padding="sm" component="li" data-testid="defendant">
      <Stack gap={4}>
        <Text fw={700}>{t('prosecution.file.defendantN', { n })}</Text>
        <Text size="sm">
          {t(`prosecution.sex.${defendant.sex}`)} · {defendant.nationality ?? t('prosecution.file.unknown')} · {t(`prosecution.custody.${defendant.custody}`)}
          {defendant.role ? ` · ${defendant.role}` : ''}
        </Text>
        <Text size="sm" fw={500}>{t('prosecution.file.charges')}</Text>
        {defendant.charges.length === 0 ? (
          <Text size="sm" c="dimmed">{t('prosecution.file.noCharge')}</Text>
        ) : (
          <List size="sm">
            {defendant.charges.map((c) => (
              <List.Item key={c.id}>{t(`prosecution.offence.${c.offence}`, { defaultValue: c.offence })} — {c.law}, ICCS {c.iccs} ({formatDay(c.chargedAt, i18n.language)})</List.Item>
            ))}
          </List>
        )}
        {detail ? (
          identity ? (
            <Text size="sm" data-testid="defendant-identity">
              {[identity.givenNames, identity.familyName].filter(Boolean).join(' ')}
              {identity.aliases?.length ? ` (${identity.aliases.join(', ')})` : ''}
              {identity.dateOfBirth ? ` · ${formatDay(identity.dateOfBirth, i18n.language)}` : ''}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">{t('prosecution.file.identityErased')}</Text>
          )
        ) : (
          canReveal && <Button variant="light" size="xs" onClick={() => void reveal()} style={{ alignSelf: 'flex-start' }}>{t('prosecution.file.reveal', { n })}</Button>
        )}
        {error !== null && <ErrorAlert error={error} />}
        {onCharged && <ChargeForm caseId={caseId} defendantId={defendant.id} n={n} onDone={onCharged} />}
      </Stack>
    </Card>
  );
}
