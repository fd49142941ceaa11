import { CreateAuditLog1796083200000 } from './audit/migrations/20261201000000-create-audit-log';
import { SealAuditLogAfterCommit1796083440000 } from './audit/migrations/20261201000400-seal-audit-log-after-commit';
import { IndexAuditLogByResource1796646600000 } from './audit/migrations/20261207123000-index-audit-log-by-resource';
import { SealAuditLogInOneUpdate1796666400000 } from './audit/migrations/20261207180000-seal-audit-log-in-one-update';

export * from './principal';
export * from './errors';
export * from './config';
export { findRepoRoot } from './keys/repo-root';
export { localKeysDir, localSigningKey, signingKeyFromPrivateKey } from './keys/local-keys';
export type { SigningKeyPair } from './keys/local-keys';
export * from './tokens/token-issuer';
export * from './tokens/token-verifier';
export * from './nest/decorators';
export { JwtAuthGuard } from './nest/jwt-auth.guard';
export { RolesGuard } from './nest/roles.guard';
export { principalOf } from './nest/request';
export type { AuthenticatedRequest } from './nest/request';
export * from './nest/auth.module';
export * from './scope/access-scope';
export * from './scope/scope-filter';
export * from './audit/audit-entry';
export * from './audit/audit-trail';
export * from './audit/audit-anchor';
export * from './audit/audit-sealer';
export * from './audit/queryable';
export * from './audit/verify-audit-chain';
export { CreateAuditLog1796083200000, SealAuditLogAfterCommit1796083440000, IndexAuditLogByResource1796646600000, SealAuditLogInOneUpdate1796666400000 };

/** Migrations every service lists before its own: `migrations: [...AUTH_MIGRATIONS, ...own]`. */
export const AUTH_MIGRATIONS = [CreateAuditLog1796083200000, SealAuditLogAfterCommit1796083440000, IndexAuditLogByResource1796646600000, SealAuditLogInOneUpdate1796666400000];
