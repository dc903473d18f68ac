/**
 * The address of the person using the web app, which the web app passes to the API for its
 * sign-in limits. Directly reached, that is the connection's address. Behind proxies (a load
 * balancer, a TLS terminator), every connection comes from a proxy, so everyone would share its
 * address and 30 failures by anyone would lock everyone out: then the address is read from the
 * header the proxies set, but only when the connection comes from one of `WEB_TRUSTED_PROXIES`,
 * and only as far back as the first address that is not a trusted proxy (anything further left
 * the client could have written itself).
 */
export interface ProxySettings {
  /** Addresses of the proxies in front of the web app; none by default. */
  trustedProxies: ReadonlySet<string>;
  /** The header they add the client's address to, lower case. */
  header: string;
}

export function proxySettingsFrom(env: Record<string, string | undefined>): ProxySettings {
  return {
    trustedProxies: new Set(
      (env.WEB_TRUSTED_PROXIES ?? '')
        .split(',')
        .map((address) => address.trim())
        .filter(Boolean),
    ),
    header: (env.WEB_CLIENT_ADDRESS_HEADER ?? 'x-forwarded-for').trim().toLowerCase(),
  };
}

export function clientAddress(
  peer: string | undefined,
  headerValue: string | string[] | undefined,
  settings: ProxySettings,
): string {
  const connection = peer ?? 'unknown';
  if (!settings.trustedProxies.has(connection) || headerValue === undefined) return connection;
  const chain = (Array.isArray(headerValue) ? headerValue.join(',') : headerValue)
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean);
  // Right to left: each trusted proxy added the address it was reached from.
  let address = connection;
  for (let n = chain.length - 1; n >= 0; n--) {
    address = chain[n]!;
    if (!settings.trustedProxies.has(address)) break;
  }
  return address;
}
