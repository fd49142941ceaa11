export * from './blind-index';
export * from './envelope';
export * from './keyring';
export { existingLocalSecret, localKeysDir, localSecret } from './local-secrets';
export * from './migrations/20261201000300-create-data-keys';
export * from './personal-data-vault';
export * from './refuse-vault-settings';
export * from './rotate-master-key';
export * from './vault-config';
