import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import en from '../i18n/en.json';
import fr from '../i18n/fr.json';
import { translator } from '../translate';
import type { Language } from '../types';
import { PublicStatisticsPage } from './PublicStatisticsPage';
import './public.css';

// The public page's own entry (statistiques.html): React and the charts only, no sign-in, no
// Mantine, no service worker. English at /en/statistics, French everywhere else.
const language: Language = window.location.pathname.startsWith('/en/') ? 'en' : 'fr';
document.documentElement.lang = language;
const t = translator(language === 'en' ? en : fr);
document.title = `${t('statistics.public.title')} – Relais`;

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from statistiques.html');
createRoot(root).render(
  <StrictMode>
    <PublicStatisticsPage language={language} t={t} />
  </StrictMode>,
);
