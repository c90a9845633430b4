import { z } from 'zod';

/**
 * Every list is read a page at a time: it takes `page` (from 1) and `size`, and answers the page with `total`,
 * so a client can show "page 2 of 7" and never loads a county's cases at once.
 */

export const MAX_PAGE_SIZE = 100;

/** The query fields of a list; spread them into the route's query schema. */
export const pageFields = (defaultSize = 20) => ({
  page: z.coerce.number().int().min(1).max(10_000).default(1).describe('The page, from 1'),
  size: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(defaultSize).describe('Items per page'),
});

export interface PageQuery {
  page: number;
  size: number;
}

/** The answer of a list: one page of `item`, with where it is and how many there are in all. */
export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    page: z.number().int(),
    size: z.number().int(),
    total: z.number().int().describe('Items on every page together'),
  });

/** Where a page starts in a query (`.skip(skip).limit(limit)`). */
export const pageWindow = ({ page, size }: PageQuery) => ({ skip: (page - 1) * size, limit: size });

export function pageAnswer<T>(items: T[], total: number, { page, size }: PageQuery) {
  return { items, page, size, total };
}

/** A page of a list already in memory (a place's policy lists, a few dozen at most). */
export function pageOfList<T>(all: readonly T[], query: PageQuery) {
  const { skip, limit } = pageWindow(query);
  return pageAnswer(all.slice(skip, skip + limit), all.length, query);
}
