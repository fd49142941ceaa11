import { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsKeysetCursor, KeysetCursor } from './keyset-cursor';
import { PageLimit } from './page-limit.query';

/** A page of a list: `nextCursor` is absent on the last page. */
export interface KeysetPage<T> {
  items: T[];
  nextCursor?: string;
}

/**
 * `?limit=&cursor=`, the way every list pages: stable while rows arrive, and as quick on the
 * thousandth page as on the first. A list's query extends
 * `KeysetPageQuery(itsCursor)`, so a cursor of another list (or a tampered one) is a 400 on `cursor`.
 */
export function KeysetPageQuery(cursor: KeysetCursor<unknown[]>): Type<{ limit?: number; cursor?: string }> {
  class KeysetPageQueryBase {
    @PageLimit()
    limit?: number;

    @ApiPropertyOptional({ description: 'Opaque: the `nextCursor` of the previous page; absent for the first page.' })
    @IsOptional()
    @IsKeysetCursor(cursor)
    cursor?: string;
  }
  return KeysetPageQueryBase;
}

/**
 * The OpenAPI shape of a page of `item`s. Extend it so the schema keeps the list's own name:
 * `class ReferralPageView extends KeysetPageView(ReferralView) {}`.
 */
export function KeysetPageView<T>(item: Type<T>): Type<KeysetPage<T>> {
  class KeysetPageViewBase {
    @ApiProperty({ type: () => [item] })
    items!: T[];

    @ApiPropertyOptional({ description: 'Opaque: pass it as `cursor` for the next page; absent on the last page.' })
    nextCursor?: string;
  }
  return KeysetPageViewBase;
}
