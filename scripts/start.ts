/**
 * `pnpm start`: the built web app (WEB_PORT, default 3000) and the API (API_PORT, default 4000),
 * in production mode.
 */
import { apiPort, apiReady, host, run, webPort } from './processes.ts';

process.env.NODE_ENV ??= 'production';
run('The API', process.execPath, ['--import', 'tsx', 'api/src/main.ts']);
await apiReady();
run('The web app', process.execPath, ['--import', 'tsx', 'web/serve.ts'], {
  PORT: webPort,
  HOST: host,
  BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? '6M',
});
console.log(
  `\nOpen http://localhost:${webPort}/agencies (GraphQL API at http://localhost:${apiPort}/graphql)\n`,
);
