import { Injectable } from '@nestjs/common';
import { describeErrors } from '@relais/contracts';
import { plainToInstance, Type } from 'class-transformer';
import { IsArray, IsBoolean, IsDefined, IsOptional, IsString, MinLength, ValidateNested, validateSync } from 'class-validator';
import directoryFile from '../../data/demo-directory.json';
import rulesFile from '../../data/routing-rules.json';
import { copyProfile } from '../domain/agency';
import { validateRules } from '../domain/routing-rules';
import { CreateAgencyBody } from '../http/dto/agency.body';
import { RoutingRulesContent, toRules } from '../http/dto/routing-rules.body';
import { DirectoryFileContent, ReferenceFiles, RulesFileContent } from '../use-cases/reference-files';

/*
 * The data files are an entry into the service beside the API, so they are checked here with the
 * API bodies' own rules; the use case that loads them sees only the content.
 */

class ReferenceFileHeader {
  @IsString()
  @MinLength(1)
  name!: string;

  @IsString()
  @MinLength(1)
  version!: string;

  @IsString()
  @MinLength(1)
  source!: string;
}

class RulesFile extends ReferenceFileHeader {
  @IsDefined()
  @ValidateNested()
  @Type(() => RoutingRulesContent)
  rules!: RoutingRulesContent;
}

class DirectoryFile extends ReferenceFileHeader {
  @IsOptional()
  @IsBoolean()
  demo?: boolean;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CreateAgencyBody)
  agencies!: CreateAgencyBody[];
}

/** A data file is checked by the same rules as the API body it stands for; a bad one stops the start-up with every problem named. */
function parse<T extends object>(file: string, cls: new () => T, raw: unknown): T {
  const parsed = plainToInstance(cls, raw);
  const errors = validateSync(parsed, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  if (errors.length) throw new Error(`data/${file} is invalid: ${describeErrors(errors)}`);
  return parsed;
}

export function parseRulesFile(raw: unknown): RulesFileContent {
  const file = parse('routing-rules.json', RulesFile, raw);
  const rules = toRules(file.rules);
  validateRules(rules);
  return { name: file.name, version: file.version, source: file.source, rules };
}

export function parseDirectoryFile(raw: unknown): DirectoryFileContent {
  const file = parse('demo-directory.json', DirectoryFile, raw);
  const ids = file.agencies.map((a) => a.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw new Error(`data/demo-directory.json is invalid: agency id ${duplicate} appears twice`);
  return {
    name: file.name,
    version: file.version,
    source: file.source,
    agencies: file.agencies.map((a) => ({ id: a.id, ...copyProfile({ ...a, capacity: a.capacity ?? null, active: a.active ?? true }) })),
  };
}

/** The files under data/, parsed when asked: the demo directory only where it is loaded. */
@Injectable()
export class ShippedReferenceFiles extends ReferenceFiles {
  rules(): RulesFileContent {
    return parseRulesFile(rulesFile);
  }

  directory(): DirectoryFileContent {
    return parseDirectoryFile(directoryFile);
  }
}
