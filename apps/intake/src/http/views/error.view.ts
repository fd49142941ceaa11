// The common error shape, described once for every service.
export { ErrorBodyDto as ErrorView, FieldErrorDto as FieldErrorView } from '@relais/platform';
