import { Vocabularies } from '@relais/contracts';

/**
 * A form of exploitation that counts as trafficking in persons in UNODC's GLOTIP categories.
 * Migrant smuggling (Law 2012-023 art. 4) is a "similar practice", not trafficking: it has no
 * GLOTIP category and is left out of SDG 16.2.2 and of the GLOTIP export.
 */
export function isTraffickingForm(form: string): boolean {
  return glotipCategory(form) !== null;
}

export function glotipCategory(form: string): string | null {
  return Vocabularies.exploitationForms.get(form)?.glotip ?? null;
}

/** The GLOTIP categories in the questionnaire's order (first appearance in the vocabulary). */
export const GLOTIP_FORMS: readonly string[] = [
  ...new Set(Vocabularies.exploitationForms.entries.map((e) => e.glotip).filter((g): g is string => g !== null)),
];

/** The distinct GLOTIP categories of a person's forms of exploitation, sorted (none for migrant smuggling only). */
export function glotipCategories(forms: readonly string[]): string[] {
  return [...new Set(forms.map(glotipCategory).filter((g): g is string => g !== null))].sort();
}
