import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { administrator, administratorState } from './e2e/support/accounts.ts';

// Overridable so that two runs on one machine do not collide.
const apiPort = Number(process.env.E2E_API_PORT ?? 4100);
const webPort = Number(process.env.E2E_WEB_PORT ?? 3100);
// A local OpenID Connect provider, so that signing in through one is tested too.
const oidcPort = Number(process.env.E2E_OIDC_PORT ?? apiPort + 10);
const oidc = {
  OIDC_ISSUER: `http://localhost:${oidcPort}`,
  OIDC_CLIENT_ID: 'cjji-e2e',
  OIDC_CLIENT_SECRET: 'e2e client secret',
  OIDC_DISPLAY_NAME: 'Test sign-in',
  OIDC_ALLOW_HTTP: 'true',
};
// Every run starts from a fresh embedded database, as a new user would. Workers load this
// file again, so the folder is chosen once and handed to them through the environment.
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'cjji-e2e-'));
const dataDir = process.env.E2E_DATA_DIR;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  timeout: 30_000,
  // How long an assertion waits for the page to get there. Not a measure of speed (benchmarks
  // are): the first visit to each page after the server starts loads its code and warms the
  // database, which on a shared two-core machine has taken over five seconds.
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://localhost:${webPort}`,
    browserName: 'chromium',
    headless: true,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    launchOptions: {
      // Debian's Chromium: a test tool's own browser download cannot reach its host here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /setup\/.*\.setup\.ts/ },
    // Specs start signed in as the administrator; public-page specs clear the session themselves.
    {
      name: 'chromium',
      testMatch: /specs\/.*\.spec\.ts/,
      dependencies: ['setup'],
      use: { storageState: administratorState },
    },
  ],
  webServer: [
    {
      // A fresh installation: build, create the first administrator from the command line, start.
      command: `pnpm --dir .. build && node --import tsx ../api/scripts/create-administrator.ts --email ${administrator.email} --name "${administrator.name}" && node --import tsx ../scripts/start.ts`,
      url: `http://localhost:${webPort}/agencies`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        API_PORT: String(apiPort),
        WEB_PORT: String(webPort),
        DATA_DIR: dataDir,
        ADMIN_PASSWORD: administrator.password,
        ...oidc,
      },
    },
    {
      command: 'node --import tsx support/run-oidc-provider.ts',
      url: `${oidc.OIDC_ISSUER}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        ...oidc,
        OIDC_PORT: String(oidcPort),
        OIDC_REDIRECT_URI: `http://localhost:${webPort}/sign-in/openid/callback`,
      },
    },
  ],
});
