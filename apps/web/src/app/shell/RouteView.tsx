import { Center, Loader } from '@mantine/core';
import { Component, type ComponentType, type ReactNode, Suspense, lazy, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ui';
import { useAuth } from '../auth/use-auth';
import { NotAllowedPage, NotFoundPage } from '../pages/NotFoundPage';
import { allowed, findRoute } from '../routing/match';
import { ParamsProvider, usePathname } from '../routing/router';
import { ROUTES } from '../routing/routes';
import type { AppRoute } from '../routing/types';

const screens = new Map<AppRoute, ComponentType>();
const screenOf = (route: AppRoute) => {
  let screen = screens.get(route);
  if (!screen) screens.set(route, (screen = lazy(route.load)));
  return screen;
};

class ScreenBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** The screen for the current path, if the person's roles open it. */
export function RouteView({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { user, status } = useAuth();
  const pathname = usePathname();
  const match = findRoute(ROUTES, pathname);
  const visible = match && user && allowed(match.route, user.roles) ? match : null;
  const first = useRef(true);

  useEffect(() => {
    const title = visible ? t(visible.route.titleKey) : t(match ? 'pages.notAllowed.title' : 'pages.notFound.title');
    document.title = `${title} · ${t('app.name')}`;
  }, [visible, match, t]);

  useEffect(() => {
    // After a navigation, focus the new page's heading so screen readers announce it.
    if (first.current) return void (first.current = false);
    onNavigate();
    const timer = setTimeout(() => (document.getElementById('page-title') ?? document.getElementById('main'))?.focus(), 50);
    return () => clearTimeout(timer);
  }, [pathname, onNavigate]);

  if (!match) return <NotFoundPage />;
  if (!visible) return <NotAllowedPage />;
  const Screen = screenOf(visible.route);
  const failure = (
    <ErrorAlert error={{ statusCode: 0, code: 'SCREEN', message: t(status === 'offline' ? 'shell.screenFailedOffline' : 'shell.screenFailed') }} />
  );
  return (
    <ScreenBoundary key={pathname} fallback={failure}>
      <Suspense
        fallback={
          <Center py="xl">
            <Loader aria-label={t('shell.loading')} />
          </Center>
        }
      >
        <ParamsProvider params={visible.params}>
          <Screen />
        </ParamsProvider>
      </Suspense>
    </ScreenBoundary>
  );
}
