/** Where sign-in sends a person back to: only a page on this site, whatever the link says. */
import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '../../web/src/lib/server/session.ts';

describe('the return path after sign-in', () => {
  it('keeps a path on this site, with its query string', () => {
    expect(safeReturnPath('/plan/programmes?status=DRAFT')).toBe('/plan/programmes?status=DRAFT');
    expect(safeReturnPath('/ratings/%C3%A9')).toBe('/ratings/%C3%A9');
  });

  it('sends a tab, a newline or another control character to the person’s work, not a 500', () => {
    for (const hostile of ['/\t/evil.example', '/my-work\r\nSet-Cookie: x=1', '/a\u0000b', '/\n/x'])
      expect(safeReturnPath(hostile)).toBe('/my-work');
  });

  it('refuses other sites however they are spelt', () => {
    for (const hostile of ['//evil.example', '/\\evil.example', 'https://evil.example', 'evil'])
      expect(safeReturnPath(hostile)).toBe('/my-work');
    // Non-ASCII is percent-encoded, so it is safe in a Location header.
    expect(safeReturnPath('/ratings/é')).toBe('/ratings/%C3%A9');
  });
});
