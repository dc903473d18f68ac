/** The person's address as the web app passes it to the API for sign-in limits. */
import { describe, expect, it } from 'vitest';
import { clientAddress, proxySettingsFrom } from '../../web/src/lib/server/client-address.ts';

describe("the web app's idea of who is asking", () => {
  const direct = proxySettingsFrom({});
  const behindTwo = proxySettingsFrom({ WEB_TRUSTED_PROXIES: '10.0.0.5, 10.0.0.6' });

  it('uses the connection when no proxy is trusted, whatever the header says', () => {
    expect(clientAddress('198.51.100.4', '203.0.113.1', direct)).toBe('198.51.100.4');
  });

  it('tells apart two people behind the same trusted proxy', () => {
    expect(clientAddress('10.0.0.5', '203.0.113.1', behindTwo)).toBe('203.0.113.1');
    expect(clientAddress('10.0.0.5', '203.0.113.2', behindTwo)).toBe('203.0.113.2');
  });

  it('skips trusted proxies from the right and ignores what the client wrote further left', () => {
    expect(clientAddress('10.0.0.5', 'forged, 203.0.113.7, 10.0.0.6', behindTwo)).toBe(
      '203.0.113.7',
    );
  });

  it('ignores the header from a connection that is not a trusted proxy', () => {
    expect(clientAddress('203.0.113.9', '203.0.113.1', behindTwo)).toBe('203.0.113.9');
  });

  it('reads another header when configured, e.g. one a CDN sets', () => {
    const cdn = proxySettingsFrom({
      WEB_TRUSTED_PROXIES: '10.0.0.5',
      WEB_CLIENT_ADDRESS_HEADER: 'True-Client-IP',
    });
    expect(cdn.header).toBe('true-client-ip');
    expect(clientAddress('10.0.0.5', '203.0.113.3', cdn)).toBe('203.0.113.3');
  });
});
