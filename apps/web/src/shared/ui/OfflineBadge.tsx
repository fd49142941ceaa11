import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function OfflineBadge() {
  const { t } = useTranslation();
  return (
    // Dark text on yellow: white on orange is below 3:1.
    <Badge color="yellow.4" autoContrast variant="filled" radius="sm" styles={{ label: { textTransform: 'none' } }}>
      {t('shell.offline')}
    </Badge>
  );
}
