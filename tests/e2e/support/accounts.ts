/** The administrator every browser test run starts with, created from the command line as a new installation would be. */
export const administrator = {
  email: 'e2e-admin@example.test',
  name: 'Erin Administrator',
  password: 'e2e administrator password',
} as const;

export const administratorState = 'e2e/.auth/administrator.json';
