/**
 * `pnpm dev`: the API restarted by tsx whenever its code changes, and the web app on Vite's dev
 * server with hot reload, on the same ports and database as `pnpm start`.
 */
import { apiPort, apiReady, host, run, webPort } from './processes.ts';

run('The API', process.execPath, ['--import', 'tsx', '--watch', 'api/src/main.ts'], {
  REMINDERS: process.env.REMINDERS ?? 'off',
});
await apiReady();
run('The web app', 'pnpm', ['--filter', '@cjji/web', 'exec', 'vite', 'dev', '--host', host], {
  WEB_PORT: webPort,
});
console.log(
  `\nOpen http://localhost:${webPort}/ (GraphQL API at http://localhost:${apiPort}/graphql)\n`,
);
