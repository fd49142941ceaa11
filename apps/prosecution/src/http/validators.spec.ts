import { plainToInstance, Type } from 'class-transformer';
import { IsOptional, IsString, ValidateNested, validateSync } from 'class-validator';
import { AtLeastOneOf, IsCalendarDate } from './validators';

class Names {
  @IsOptional()
  @IsString()
  a?: string;

  @IsOptional()
  @IsString()
  b?: string;
}

class Sample {
  @AtLeastOneOf(['a', 'b'])
  @ValidateNested()
  @Type(() => Names)
  names!: Names;

  @IsOptional()
  @IsCalendarDate()
  day?: string;
}

const errors = (plain: { names?: object; day?: string }) =>
  validateSync(plainToInstance(Sample, plain)).flatMap((e) => Object.keys(e.constraints ?? {}));

describe('AtLeastOneOf', () => {
  it('needs one of the alternatives', () => {
    expect(errors({ names: {} })).toEqual(['atLeastOneOf']);
    expect(errors({ names: { a: 'x' } })).toEqual([]);
    expect(errors({ names: { b: 'y' } })).toEqual([]);
  });
});

describe('IsCalendarDate', () => {
  it('takes real days only, in YYYY-MM-DD', () => {
    expect(errors({ names: { a: 'x' }, day: '1990-02-28' })).toEqual([]);
    expect(errors({ names: { a: 'x' }, day: '2024-02-29' })).toEqual([]);
    for (const day of ['2026-02-30', '1990-2-28', '28/02/1990', '1990-02-28T00:00:00Z']) expect(errors({ names: { a: 'x' }, day })).toEqual(['isCalendarDate']);
  });
});
