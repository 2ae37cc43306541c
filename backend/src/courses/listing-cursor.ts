import { createHash } from 'node:crypto';
import type { CourseSearch, ListingPosition } from './courses.repository';

/**
 * The catalogue's keyset cursors (issue 16): "the page after page N of this search starts after
 * this course". Opaque to clients (base64url of JSON). A cursor only counts for the page right
 * after the one it was given with and for the same search (its filters, words, order, page size
 * and first day, as a digest): otherwise it is ignored and the page is found by its number, so
 * an old or edited link still shows the right page, only not by the shorter way.
 */
const VERSION = 1;

/**
 * A digest of what makes a listing: everything but the position in it (and "taking
 * applications now" as asked, not the instant it was asked at).
 */
function searchDigest(search: CourseSearch): string {
  const { offset: _offset, after: _after, openAt, ...listing } = search;
  return createHash('sha256')
    .update(JSON.stringify({ ...listing, openNow: openAt !== undefined }))
    .digest('base64url')
    .slice(0, 16);
}

/** The cursor of the page after `page` of `search`, whose last course is at `last`. */
export function writeCursor(search: CourseSearch, page: number, last: ListingPosition): string {
  return Buffer.from(
    JSON.stringify([VERSION, page, searchDigest(search), last.key, last.id]),
  ).toString('base64url');
}

/** Where the page `page` of `search` starts, when `cursor` was given for the page before it. */
export function readCursor(
  cursor: string,
  search: CourseSearch,
  page: number,
): ListingPosition | undefined {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || value.length !== 5) return undefined;
  const [version, previousPage, digest, key, id] = value as unknown[];
  const fits =
    version === VERSION &&
    previousPage === page - 1 &&
    digest === searchDigest(search) &&
    (typeof key === 'string' || (key === null && search.sort === 'newest')) &&
    typeof id === 'string' &&
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id);
  return fits ? { key: key as string | null, id } : undefined;
}
