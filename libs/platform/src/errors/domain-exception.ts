// Declared in @relais/contracts so `domain/` files can throw it without Nest; re-exported for the
// platform's own refusals (idempotency) and the filter, which answer for every service.
export { DomainException } from '@relais/contracts';
