import { Module } from '@nestjs/common';
import { PLATFORM_MIGRATIONS } from '../platform.module';
import { definitionDrift } from './definition-drift';
import { ServiceDefinition } from './run-service';

class Referral {}
class Agency {}
class CreateReferrals1 {}
class AddColumn2 {}
@Module({})
class SomeModule {}

const definition: ServiceDefinition = {
  service: 'referral',
  module: SomeModule,
  title: 't',
  description: 'd',
  entities: [Referral, Agency],
  migrations: [CreateReferrals1, AddColumn2],
};

describe('definitionDrift: the definition must repeat what the module gives PlatformModule.forService', () => {
  it('finds nothing when schema, entities and migrations agree, in any order', () => {
    expect(definitionDrift(definition, { schema: 'referral', entities: [Agency, Referral], migrations: [AddColumn2, ...PLATFORM_MIGRATIONS, CreateReferrals1] })).toEqual([]);
  });

  it('names the migration only the module has, which the migrate job would never apply', () => {
    expect(definitionDrift({ ...definition, migrations: [CreateReferrals1] }, { schema: 'referral', entities: [Referral, Agency], migrations: [...PLATFORM_MIGRATIONS, CreateReferrals1, AddColumn2] })).toEqual([
      'migrations in the module only: AddColumn2',
    ]);
  });

  it('names entities only the definition has, and another schema', () => {
    expect(definitionDrift(definition, { schema: 'intake', entities: [Referral], migrations: [...PLATFORM_MIGRATIONS, CreateReferrals1, AddColumn2] })).toEqual([
      "schema: the module uses 'intake', the definition 'referral'",
      'entities in the definition only: Agency',
    ]);
  });
});
