import { entityTag, notModified } from './conditional-get';

describe('conditional GET of public documents', () => {
  const changed = new Date('2027-06-01T03:04:05.678Z');
  const etag = entityTag('NO,イベント名\r\n');

  it('tags the same bytes alike and different bytes apart, weakly', () => {
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]{32}"$/);
    expect(entityTag('NO,イベント名\r\n')).toBe(etag);
    expect(entityTag('NO,イベント名\r\n1')).not.toBe(etag);
  });

  it('answers If-None-Match by the tag, strong or weak, in a list, or *', () => {
    expect(notModified({ ifNoneMatch: etag }, etag, changed)).toBe(true);
    expect(notModified({ ifNoneMatch: etag.slice(2) }, etag, changed)).toBe(true);
    expect(notModified({ ifNoneMatch: `"other", ${etag}` }, etag, changed)).toBe(true);
    expect(notModified({ ifNoneMatch: '*' }, etag, changed)).toBe(true);
    expect(notModified({ ifNoneMatch: '"other"' }, etag, changed)).toBe(false);
  });

  it('lets If-None-Match win over If-Modified-Since', () => {
    const later = 'Wed, 01 Jan 2031 00:00:00 GMT';
    expect(notModified({ ifNoneMatch: '"other"', ifModifiedSince: later }, etag, changed)).toBe(
      false,
    );
  });

  it('answers If-Modified-Since to the second', () => {
    const at = (iso: string) => ({ ifModifiedSince: new Date(iso).toUTCString() });
    expect(notModified(at('2027-06-01T03:04:05Z'), etag, changed)).toBe(true);
    expect(notModified(at('2027-06-01T03:04:04Z'), etag, changed)).toBe(false);
    expect(notModified(at('2027-06-02T00:00:00Z'), etag, changed)).toBe(true);
    expect(notModified({ ifModifiedSince: 'yesterday' }, etag, changed)).toBe(false);
    expect(notModified({}, etag, changed)).toBe(false);
  });
});
