import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function OfflineBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="orange" variant="filled" radius="sm" styles={{ label: { textTransform: 'none' } }}>
      {t('shell.offline')}
    </Badge>
  );
}
