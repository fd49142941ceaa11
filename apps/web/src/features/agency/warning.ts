/**
 * Mantine's orange alert title is too pale on its light background (WCAG AA fails, axe says so):
 * a darker orange keeps the warning's colour at 7:1 contrast.
 */
export const WARNING_ALERT = { title: { color: '#9a3412' } } as const;
