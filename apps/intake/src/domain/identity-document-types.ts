import { Vocabulary } from '@relais/contracts';
import file from '../../data/identity-document-types.json';

/** The identity documents an officer can record, from the versioned data file. */
export const IDENTITY_DOCUMENT_TYPES = new Vocabulary(file);
