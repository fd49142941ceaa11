export { applyServerErrors, type ErrorBody, errorAt, type FieldError, fieldMessages, isErrorBody } from './api-error';
export { CursorPager, type CursorPagerLabels, type CursorPages, useCursorPages } from './CursorPager';
export { Empty } from './Empty';
export { ErrorAlert } from './ErrorAlert';
export { Page } from './Page';
export { StatusBadge, type Tone } from './StatusBadge';
export { OfflineBadge } from './OfflineBadge';
