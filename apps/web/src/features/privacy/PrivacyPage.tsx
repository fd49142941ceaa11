import { Alert, Button, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth/use-auth';
import { formatDateTime } from '../../shared/format/format';
import { ErrorAlert, Page } from '../../shared/ui';
import { type MergedEntry, personAudit, toCsv } from './api/audit';
import { AuditTable, useActionLabel } from './AuditTable';
import { ChainVerdicts } from './ChainVerdicts';
import { ErasurePanel } from './ErasurePanel';
import './print.css';

const VICTIM_REF = /^V-[0-9A-HJKMNP-TV-Z]{10}$/; // libs/contracts VICTIM_REF_PATTERN

function useCsv() {
  const { t } = useTranslation();
  const actionLabel = useActionLabel();
  return (victimRef: string, entries: MergedEntry[]) => {
    const header = (['at', 'service', 'actor', 'organisation', 'action', 'basis', 'outcome'] as const).map((c) => t(`privacy.audit.column.${c}`));
    const rows = entries.map((e) => [e.at, t(`privacy.service.${e.service}`), e.actor, e.organisation ?? '', actionLabel(e.action), e.basis ?? '', t(`privacy.outcome.${e.outcome}`)]);
    const url = URL.createObjectURL(new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: `${t('privacy.audit.fileName')}-${victimRef}-${new Date().toISOString().slice(0, 10)}.csv` });
    link.click();
    URL.revokeObjectURL(url);
  };
}

/**
 * Who read, or tried to read, one person's file, across intake, referral and prosecution, with
 * the chains' verdict beside it; printable and exportable for the person, guardian or lawyer who
 * asks. And erasure of the person's details.
 */
export default function PrivacyPage() {
  const { t, i18n } = useTranslation();
  const { user, accessToken } = useAuth();
  const client = useQueryClient();
  const [typed, setTyped] = useState('');
  const [victimRef, setVictimRef] = useState('');
  const csv = useCsv();
  const query = useQuery({
    queryKey: ['privacy', 'audit', user?.sub, victimRef],
    queryFn: async () => personAudit(await accessToken(), victimRef),
    enabled: user !== null && victimRef !== '',
  });
  const invalid = typed !== '' && !VICTIM_REF.test(typed);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (VICTIM_REF.test(typed)) setVictimRef(typed);
  };
  const refresh = () => void client.invalidateQueries({ queryKey: ['privacy'] });
  return (
    <Page title={t('privacy.title')}>
      <Text size="sm">{t('privacy.intro')}</Text>
      <Group component="form" onSubmit={submit} align="flex-end" gap="sm" className="no-print">
        <TextInput label={t('privacy.ref')} description={t('privacy.refHelp')} value={typed} onChange={(e) => setTyped(e.currentTarget.value.trim().toUpperCase())}
          error={invalid ? t('privacy.refInvalid') : undefined} autoComplete="off" />
        <Button type="submit" disabled={!VICTIM_REF.test(typed)}>{t('privacy.show')}</Button>
      </Group>
      {victimRef && (
        <Stack gap="md">
          <Text component="h2" fw={700} size="lg" m={0}>{t('privacy.audit.title', { ref: victimRef })}</Text>
          {query.isLoading ? <Loader aria-label={t('privacy.loading')} /> : query.isError || !query.data ? <ErrorAlert error={(query.error as { body?: unknown } | null)?.body ?? query.error} /> : (
            <>
              <Text size="sm" c="dimmed">{t('privacy.audit.printedAt', { date: formatDateTime(new Date().toISOString(), i18n.language), count: query.data.entries.length })}</Text>
              {query.data.unavailable.length > 0 && (
                <Alert color="orange" title={t('privacy.audit.incomplete')}>{query.data.unavailable.map((s) => t(`privacy.service.${s}`)).join(', ')}</Alert>
              )}
              {query.data.truncated.length > 0 && <Alert color="orange">{t('privacy.audit.truncated')}</Alert>}
              <AuditTable entries={query.data.entries} />
              <Group gap="sm" className="no-print">
                <Button variant="light" onClick={() => window.print()}>{t('privacy.audit.print')}</Button>
                <Button variant="light" onClick={() => csv(victimRef, query.data.entries)}>{t('privacy.audit.csv')}</Button>
              </Group>
            </>
          )}
          <Text component="h2" fw={700} size="lg" m={0}>{t('privacy.chain.title')}</Text>
          <ChainVerdicts />
          <Stack gap="sm" className="no-print">
            <Text component="h2" fw={700} size="lg" m={0}>{t('privacy.erasure.title')}</Text>
            <ErasurePanel key={victimRef} victimRef={victimRef} onErased={refresh} />
          </Stack>
        </Stack>
      )}
    </Page>
  );
}
