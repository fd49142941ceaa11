import '@mantine/core/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createUserManager } from './app/auth/user-manager';
import { loadRuntimeConfig } from './app/auth/runtime-config';
import { initI18n } from './app/i18n';

async function start(): Promise<void> {
  const [config] = await Promise.all([loadRuntimeConfig(), initI18n()]);
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App manager={createUserManager(config)} />
    </StrictMode>,
  );
  // The app shell for offline use (see src/app/pwa/service-worker.js); only in a built app.
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js').catch((error: unknown) => console.warn('service worker not registered', error instanceof Error ? error.message : error));
  }
}

void start();
