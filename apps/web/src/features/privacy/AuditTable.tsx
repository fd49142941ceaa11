import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/format';
import { StatusBadge } from '../../shared/ui';
import type { MergedEntry } from './api/audit';

/** `person.read` → the words for it; an unknown code is shown as it is (new acts appear before their label). */
export function useActionLabel() {
  const { t } = useTranslation();
  return (action: string) => t(`privacy.action.${action.replace(/[.-]/g, '_')}`, { defaultValue: action });
}

const TONE = { success: 'success', denied: 'danger', failure: 'warning' } as const;

/** Every audited act on the person across the services, oldest first; scrolls sideways on a phone. */
export function AuditTable({ entries }: { entries: MergedEntry[] }) {
  const { t, i18n } = useTranslation();
  const actionLabel = useActionLabel();
  if (entries.length === 0) return <Text size="sm">{t('privacy.audit.none')}</Text>;
  return (
    // Its own scrolling region, focusable so a keyboard can scroll it: the page itself never gets wider than the phone.
    <div role="region" aria-label={t('privacy.audit.tableLabel')} tabIndex={0} data-testid="audit-scroll" style={{ overflowX: 'auto', maxWidth: '100%', minWidth: 0 }}>
      <Table striped withTableBorder miw={720} data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            {(['at', 'service', 'actor', 'organisation', 'action', 'basis', 'outcome'] as const).map((c) => <Table.Th key={c}>{t(`privacy.audit.column.${c}`)}</Table.Th>)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => (
            <Table.Tr key={`${e.service}:${e.seq ?? e.at}:${e.action}:${e.resourceId}`} data-testid="audit-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at, i18n.language)}</Table.Td>
              <Table.Td>{t(`privacy.service.${e.service}`)}</Table.Td>
              <Table.Td ff="monospace">{e.actor}</Table.Td>
              <Table.Td>{e.organisation ?? '—'}</Table.Td>
              <Table.Td>{actionLabel(e.action)}</Table.Td>
              <Table.Td>{e.basis ?? '—'}</Table.Td>
              <Table.Td><StatusBadge tone={TONE[e.outcome]} label={t(`privacy.outcome.${e.outcome}`)} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
