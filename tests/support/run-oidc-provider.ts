/**
 * The test identity provider as a process, for the browser tests: OIDC_PORT, OIDC_CLIENT_ID,
 * OIDC_CLIENT_SECRET and OIDC_REDIRECT_URI say how; it runs until stopped.
 */
import { startTestProvider } from './oidc-provider.ts';

const required = (name: string) =>
  process.env[name] ?? (console.error(`Set ${name}.`), process.exit(2));

const provider = await startTestProvider({
  port: Number(required('OIDC_PORT')),
  clientId: required('OIDC_CLIENT_ID'),
  clientSecret: required('OIDC_CLIENT_SECRET'),
  redirectUris: [required('OIDC_REDIRECT_URI')],
});
console.log(`Test identity provider at ${provider.issuer}`);

const stop = () => void provider.close().finally(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
