import { keysetCursor } from '@relais/platform';

/** The list's sort keys, newest first: when the person was identified, then the id. */
export const IDENTIFICATIONS_CURSOR = keysetCursor('timestamp', 'uuid');
