import { defineEnvVars } from '@sveltejs/kit/env';

/** Read when the web server starts; none of them reaches the browser. */
export const variables = defineEnvVars({
  API_URL: {
    // Where the GraphQL API answers; by default the API started beside this app.
    schema: (value) => value || `http://localhost:${process.env.API_PORT || 4000}/graphql`,
  },
});
