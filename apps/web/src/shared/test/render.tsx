import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider, type QueryKey } from '@tanstack/react-query';
import i18next from 'i18next';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { type Auth, AuthContext } from '../../app/auth/AuthProvider';
import { loadCatalogue } from '../../app/i18n/index';

export interface Providers {
  /** The person signed in; none by default, as before sign-in. */
  auth?: Auth;
  /** What each query would fetch, already known: nothing is fetched, so a screen renders without a network. */
  data?: [QueryKey, unknown][];
}

/** The app's French texts, loaded once per test file (in a `beforeAll`), as the screens read them. */
export async function loadFrenchTexts(): Promise<void> {
  await i18next.use(initReactI18next).init({ resources: { fr: { translation: await loadCatalogue('fr') } }, lng: 'fr', interpolation: { escapeValue: false } });
}

/** Server-renders a tree inside the providers the app gives it: catches a screen that cannot render at all. */
export function renderWithProviders(ui: ReactElement, { auth, data = [] }: Providers = {}): string {
  const client = new QueryClient({ defaultOptions: { queries: { enabled: false, staleTime: Infinity } } });
  for (const [key, value] of data) client.setQueryData(key, value);
  return renderToString(
    <MantineProvider>
      <QueryClientProvider client={client}>
        <I18nextProvider i18n={i18next}>
          <AuthContext.Provider value={auth ?? null}>{ui}</AuthContext.Provider>
        </I18nextProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
}
