import { namedCondition, typedSql } from './typed-sql';

interface DB {
  cases: { id: string; office_id: string; stage: string; version: number };
}

describe('typedSql', () => {
  const db = typedSql<DB>();

  it('compiles Postgres SQL with numbered parameters, never connecting', () => {
    const query = db.selectFrom('cases as c').select(['c.id', 'c.stage']).where('c.id', '=', 'a').where('c.stage', 'in', ['x', 'y']).forUpdate();
    const compiled = query.compile();
    expect(compiled.sql).toBe('select "c"."id", "c"."stage" from "cases" as "c" where "c"."id" = $1 and "c"."stage" in ($2, $3) for update');
    expect(compiled.parameters).toEqual(['a', 'x', 'y']);
  });

  it('compiles an UPDATE with RETURNING', () => {
    const compiled = db.updateTable('cases').set({ stage: 's', version: 2 }).where('id', '=', 'a').where('version', '=', 1).returning('id').compile();
    expect(compiled.sql).toBe('update "cases" set "stage" = $1, "version" = $2 where "id" = $3 and "version" = $4 returning "id"');
    expect(compiled.parameters).toEqual(['s', 2, 'a', 1]);
  });
});

describe('namedCondition', () => {
  const db = typedSql<DB>();

  it('binds each named parameter in place, leaving casts alone', () => {
    const compiled = db
      .selectFrom('cases as c')
      .select('c.id')
      .where('c.version', '>', 0)
      .where(namedCondition('c.office_id = :office AND c.stage::text <> :stage AND c.id <> :office', { office: 'o1', stage: 'final' }))
      .compile();
    expect(compiled.sql).toBe('select "c"."id" from "cases" as "c" where "c"."version" > $1 and (c.office_id = $2 AND c.stage::text <> $3 AND c.id <> $4)');
    expect(compiled.parameters).toEqual([0, 'o1', 'final', 'o1']);
  });

  it('keeps a condition without parameters as it is', () => {
    expect(db.selectFrom('cases').select('id').where(namedCondition('TRUE', {})).compile().sql).toBe('select "id" from "cases" where (TRUE)');
  });

  it('refuses a parameter it has no value for', () => {
    expect(() => namedCondition('c.office_id = :office', {})).toThrow('namedCondition: no value for :office');
  });
});
