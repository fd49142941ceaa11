import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Page } from '../../shared/ui';
import { Link } from '../routing/router';

export function NotFoundPage({ kind = 'notFound' }: { kind?: 'notFound' | 'notAllowed' }) {
  const { t } = useTranslation();
  return (
    <Page title={t(`pages.${kind}.title`)}>
      <Text>{t(`pages.${kind}.text`)}</Text>
      <div>
        <Button component={Link} href="/" variant="filled">
          {t(`pages.${kind}.home`)}
        </Button>
      </div>
    </Page>
  );
}

/** Shown instead of a screen the caller's roles do not open; the screen's code is never loaded. */
export function NotAllowedPage() {
  return <NotFoundPage kind="notAllowed" />;
}
