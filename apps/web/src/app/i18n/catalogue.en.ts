import { buildResources, type Catalogue } from './merge';

// Every en text of the app in one chunk (see index.ts).
const files = import.meta.glob<Catalogue>(['./en.json', '../../features/*/i18n/en.json', '../../offline/i18n/en.json'], { eager: true, import: 'default' });

export default buildResources(files).en;
