import { type CSSVariablesResolver, Center, createTheme, Loader, MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { UserManager } from 'oidc-client-ts';
import { useTranslation } from 'react-i18next';
import { AuthProvider } from './auth/AuthProvider';
import { BackgroundTasks } from './background/BackgroundTasks';
import { SignInPage } from './auth/SignInPage';
import { useAuth } from './auth/use-auth';
import { Shell } from './shell/Shell';

// Shade 8 of blue keeps white text above 4.5:1 (WCAG AA) on buttons and active links.
const theme = createTheme({ primaryColor: 'blue', primaryShade: 8, fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' });

// Mantine's dimmed grey (gray.6) is 3.3:1 on white; gray.7 keeps secondary text readable (AA).
const cssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, staleTime: 30_000, refetchOnWindowFocus: false } },
});

function Root() {
  const { t } = useTranslation();
  const { status } = useAuth();
  if (status === 'loading') {
    return (
      <Center mih="100dvh">
        <Loader aria-label={t('shell.loading')} />
      </Center>
    );
  }
  if (status === 'signedOut') return <SignInPage />;
  return (
    <>
      <BackgroundTasks />
      <Shell />
    </>
  );
}

export function App({ manager }: { manager: UserManager }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={cssVariables}>
      <QueryClientProvider client={queryClient}>
        <AuthProvider manager={manager}>
          <Root />
        </AuthProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
