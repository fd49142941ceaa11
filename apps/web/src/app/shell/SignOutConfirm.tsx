import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Asks before a sign-out that would wipe items the server has not recorded yet. Its own module,
 * loaded only when needed: Mantine's Modal brings a scroll area, focus trap and floating-ui, about
 * 40 KB gzipped that every screen would otherwise download first (apps/web/README.md, "Budget").
 */
export default function SignOutConfirm({ pending, onCancel, onConfirm }: { pending: number; onCancel: () => void; onConfirm: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onCancel} title={t('signOut.title')} centered closeButtonProps={{ 'aria-label': t('signOut.close') }}>
      <Stack>
        <Text>{t('signOut.pending', { count: pending })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('signOut.cancel')}
          </Button>
          <Button color="red" onClick={onConfirm}>
            {t('signOut.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
