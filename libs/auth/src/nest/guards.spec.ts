import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { TokenVerifier } from '../tokens/token-verifier';
import { JwtAuthGuard } from './jwt-auth.guard';
import { RolesGuard } from './roles.guard';

/** A Kafka handler's context: no HTTP request, so no bearer token to ask for. */
function rpcContext(): ExecutionContext {
  return {
    getType: () => 'rpc',
    getHandler: () => rpcContext,
    getClass: () => Object,
    switchToHttp: () => {
      throw new Error('not an HTTP context');
    },
  } as unknown as ExecutionContext;
}

describe('guards outside HTTP', () => {
  const verifier = { verify: jest.fn() } as unknown as TokenVerifier;

  it('JwtAuthGuard lets event handlers through without a token', async () => {
    await expect(new JwtAuthGuard(new Reflector(), verifier).canActivate(rpcContext())).resolves.toBe(true);
    expect(verifier.verify).not.toHaveBeenCalled();
  });

  it('RolesGuard lets event handlers through', () => {
    expect(new RolesGuard(new Reflector()).canActivate(rpcContext())).toBe(true);
  });
});
