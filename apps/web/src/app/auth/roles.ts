// The platform's roles (BRIEF §7), the services' own list: the screen only chooses what to show,
// the services check the roles again on every call.
export { isRole, ROLES, type Role } from '../../../../../libs/vocabulary/src';
