import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** How many items a page holds when the client does not say. */
export const DEFAULT_PAGE_LIMIT = 50;

/** `?limit=`: how many items a page of a list holds, 1 to 200; the use case takes DEFAULT_PAGE_LIMIT when it is absent. */
export function PageLimit(): PropertyDecorator {
  // Listed in the order stacked decorators apply (the bottom one first), so refusals name their
  // constraints in the order they always had.
  return applyDecorators(Max(200), Min(1), IsInt(), Type(() => Number), IsOptional(), ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: DEFAULT_PAGE_LIMIT }));
}
