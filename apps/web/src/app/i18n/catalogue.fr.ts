import { buildResources, type Catalogue } from './merge';

// Every fr text of the app in one chunk (see index.ts).
const files = import.meta.glob<Catalogue>(['./fr.json', '../../features/*/i18n/fr.json', '../../offline/i18n/fr.json'], { eager: true, import: 'default' });

export default buildResources(files).fr;
