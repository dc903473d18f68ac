/**
 * Sign-in and roles as new users meet them: an administrator gives out accounts, an agency
 * editor sees only their own agency's drafts, another force's PCC office cannot publish this
 * force's plan, two people editing one draft are told who changed what, and signing out ends
 * the session.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { graphql, mutate as mutateThroughApi } from '../support/api.ts';

test.describe.configure({ mode: 'serial' });

const editor = {
  email: 'cumbria-editor@example.test',
  name: 'Kim Editor',
  password: 'cumbria editor password',
};
const otherOffice = {
  email: 'durham-office@example.test',
  name: 'Pat Office',
  password: 'durham office password',
};
const plans = { cumbriaDraft: '', durhamDraft: '', cumbriaLaid: '', laidVersion: 0 };

/** Sets up a record through the API; this journey's records bring their versions back. */
const mutate = (
  request: APIRequestContext,
  name: string,
  input: Record<string, unknown>,
  fields = 'id version',
) => mutateThroughApi(request, name, input, fields);

/** A fresh browser with nobody signed in, then signed in as the given person through the sign-in page. */
async function signedInAs(
  browser: Browser,
  account: { email: string; password: string; name: string },
): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/act');
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fact/);
  await page.getByLabel('Email address').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${account.name}`)).toBeVisible();
  await expect(page).toHaveURL(/\/act$/);
  return page;
}

test('an administrator creates an agency editor’s account, with its role, in the web app', async ({
  page,
  request,
}) => {
  await page.goto('/admin');
  await page.getByRole('link', { name: 'Accounts and roles' }).click();
  await page.getByRole('button', { name: 'Create an account' }).click();
  await page.getByLabel('Full name').fill(editor.name);
  await page.getByLabel('Email address').fill(editor.email);
  await page.getByLabel('Password (optional)').fill(editor.password);
  await page.getByLabel('Role').selectOption('AGENCY_EDITOR');
  await page.getByLabel('Organisation').selectOption({ label: 'Cumbria Constabulary' });
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText(`Account created for ${editor.email}`)).toBeVisible();
  await expect(page.locator('table').filter({ hasText: 'Agency editor' })).toContainText(
    'Cumbria Constabulary',
  );
  expect(
    (
      await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
    ).violations,
  ).toEqual([]);

  // The rest of the scene, set up through the API as the administrator.
  const ids = await graphql(
    request,
    `
      {
        inspectorates {
          id
          shortName
        }
        agencies(first: 50, filter: { kinds: [POLICE_FORCE] }) {
          edges {
            node {
              id
              name
              localPolicingBody {
                id
              }
            }
          }
        }
      }
    `,
  );
  const force = (name: string) =>
    ids.agencies.edges.find((edge: any) => edge.node.name === name).node;
  const hmicfrs = ids.inspectorates.find((i: any) => i.shortName === 'HMICFRS').id;
  await mutate(
    request,
    'createAccount',
    {
      ...otherOffice,
      roles: [
        {
          role: 'POLICING_BODY_OFFICE',
          organisationId: force('Durham Constabulary').localPolicingBody.id,
        },
      ],
    },
    'id',
  );
  const open = async (agency: string, title: string) => {
    const escalation = await mutate(
      request,
      'recordEscalation',
      {
        kind: 'ENHANCED_MONITORING',
        agencyId: force(agency).id,
        inspectorateId: hmicfrs,
        issuedOn: '2026-10-01',
        summary: `${agency}: concerns about how victims are kept informed.`,
      },
      'id',
    );
    return mutate(request, 'openActionPlan', {
      agencyId: force(agency).id,
      reason: 'ESCALATION',
      escalationId: escalation.id,
      reviewingInspectorateId: hmicfrs,
      title,
      summary: `How ${agency} will keep victims informed.`,
    });
  };
  plans.cumbriaDraft = (await open('Cumbria Constabulary', 'Cumbria draft plan for victims')).id;
  plans.durhamDraft = (await open('Durham Constabulary', 'Durham draft plan for victims')).id;
  let laid = await open('Cumbria Constabulary', 'Cumbria plan laid before Parliament');
  laid = await mutate(request, 'saveActionPlanDraft', {
    planId: laid.id,
    expectedVersion: laid.version,
    title: 'Cumbria plan laid before Parliament',
    summary: 'How Cumbria Constabulary will keep victims informed.',
    actions: [
      {
        description: 'Call every victim back within a day',
        owner: 'Head of victim care',
        targetDate: '2027-06-30',
      },
    ],
  });
  for (const move of [
    { status: 'SUBMITTED' },
    { status: 'ACCEPTED' },
    { status: 'LAID', laidOn: '2026-11-20', paperReference: 'CP 9001' },
  ]) {
    laid = await mutate(request, 'moveActionPlan', {
      planId: laid.id,
      expectedVersion: laid.version,
      ...move,
    });
  }
  plans.cumbriaLaid = laid.id;
  plans.laidVersion = laid.version;
});

test('an agency editor sees only their own agency’s drafts', async ({ browser }) => {
  const page = await signedInAs(browser, editor);
  const listed = page.locator('[data-qa="plans"]');
  await expect(listed).toContainText('Cumbria draft plan for victims');
  await expect(page.getByText('Durham draft plan for victims')).toHaveCount(0);
  // Nor can the other force's draft be reached by its address: it is answered as not found.
  const response = await page.goto(`/act/plans/${encodeURIComponent(plans.durhamDraft)}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.context().close();
});

test('two people editing one draft: the second save is refused, saying who changed what', async ({
  browser,
}) => {
  const first = await signedInAs(browser, editor);
  const second = await first.context().newPage();
  for (const page of [first, second])
    await page.goto(`/act/plans/${encodeURIComponent(plans.cumbriaDraft)}`);
  await first.getByLabel('Title').fill('Cumbria plan: keeping victims informed');
  await first.getByRole('button', { name: 'Save the draft' }).click();
  await expect(first.getByLabel('Title')).toHaveValue('Cumbria plan: keeping victims informed');

  await second.getByLabel('Summary').fill('A different summary written from the older copy.');
  await second.getByRole('button', { name: 'Save the draft' }).click();
  const summary = second.locator('.govuk-error-summary');
  await expect(summary).toContainText(`${editor.name} changed this action plan`);
  await expect(summary).toContainText('after you opened it: title');
  // The message links to the plan as it is now (reloading would send the form again).
  await summary.getByRole('link', { name: /Open it again/ }).click();
  await expect(summary).toHaveCount(0);
  await expect(second.getByLabel('Title')).toHaveValue('Cumbria plan: keeping victims informed');
  await expect(second.getByLabel('Summary')).toHaveValue(
    'How Cumbria Constabulary will keep victims informed.',
  );
  await first.context().close();
});

test('another force’s PCC office cannot publish this force’s plan', async ({
  browser,
  request,
}) => {
  const page = await signedInAs(browser, otherOffice);
  // Until it is published, another force's plan is not Durham's business: it is not found.
  const response = await page.goto(`/act/plans/${encodeURIComponent(plans.cumbriaLaid)}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('button', { name: 'Record publication' })).toHaveCount(0);
  // Sending the form anyway, as a hand-made request, is refused and changes nothing.
  const forged = await page.request.post(
    `/act/plans/${encodeURIComponent(plans.cumbriaLaid)}?/move`,
    {
      form: {
        status: 'PUBLISHED',
        expectedVersion: String(plans.laidVersion),
        'publishedOn-day': '24',
        'publishedOn-month': '11',
        'publishedOn-year': '2026',
        publishedUrl: 'https://example.org/plan',
        // Past the check step, straight to the API.
        confirmed: 'yes',
      },
      headers: { origin: new URL(page.url()).origin },
    },
  );
  // Answered as for a plan that does not exist: back to the form, saying nothing of the plan.
  expect(forged.status()).toBe(400);
  expect(await forged.text()).toContain('No action plan has the id');
  expect(await forged.text()).not.toContain('Cumbria');
  const { actionPlan } = await graphql(
    request,
    'query($id: ID!) { actionPlan(id: $id) { status } }',
    { id: plans.cumbriaLaid },
  );
  expect(actionPlan.status).toBe('LAID');
  await page.context().close();
});

test('signing out ends the session', async ({ browser }) => {
  const page = await signedInAs(browser, editor);
  // The session cookie is out of reach of scripts and of other sites' form posts.
  const cookie = (await page.context().cookies()).find((c) => c.name === 'cjji_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You have signed out');
  await expect(page.getByText('Signed in as')).toHaveCount(0);
  await page.goto('/act');
  await expect(page).toHaveURL(/\/sign-in/);
  await page.context().close();
});

test('a wrong password is refused with one message, whatever was wrong', async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(editor.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText(
    'The email address or password is not right',
  );
  await expect(page.getByLabel('Password')).toHaveValue('');
  expect(
    (
      await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
    ).violations,
  ).toEqual([]);
  await context.close();
});

test('a form post from another site is refused, and pages carry security headers', async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  const forged = await page.request.post('/sign-in', {
    form: { email: editor.email, password: editor.password },
    headers: { origin: 'https://attacker.example' },
  });
  expect(forged.status()).toBe(403);
  expect(forged.headers()['set-cookie'] ?? '').not.toContain('cjji_session');

  const response = await page.goto('/sign-in');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  await context.close();
});
