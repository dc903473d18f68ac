/** SvelteKit's `$app/env/private` for unit tests of the web app's server code. */
export const API_URL = 'http://api.test/graphql';
