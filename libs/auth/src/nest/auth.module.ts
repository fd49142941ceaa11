import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditTrail } from '../audit/audit-trail';
import { TokenVerifier, TokenVerifierOptions } from '../tokens/token-verifier';
import { JwtAuthGuard } from './jwt-auth.guard';
import { RolesGuard } from './roles.guard';

export interface AuthModuleOptions {
  /** Overrides the environment (AUTH_ISSUER, AUTH_AUDIENCE, AUTH_JWKS_URL, AUTH_KEYS_DIR); for tests. */
  verifier?: TokenVerifierOptions;
}

/**
 * Authentication for every HTTP route of the service (opt out with `@Public()`), roles with
 * `@Roles()`, and the audit trail. Guards run in the order registered: who, then may they.
 */
@Global()
@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions = {}): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        {
          provide: TokenVerifier,
          useFactory: async () => {
            const verifier = options.verifier ? new TokenVerifier(options.verifier) : TokenVerifier.fromEnv();
            await verifier.ready();
            return verifier;
          },
        },
        AuditTrail,
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
      ],
      exports: [TokenVerifier, AuditTrail],
    };
  }
}
