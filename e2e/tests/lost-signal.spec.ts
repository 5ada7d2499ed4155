// A portal instance the CMS never tells of changes (E2E_UNNOTIFIED_URL, started by `npm test`):
// every revalidation signal to it is lost. A change reaches it all the same, by the time-based
// safety net (the 'cms' cache life in web/next.config.ts: regenerated in the background once five
// minutes old). `npm test` makes the change before the other journeys and looks after them.
import { expect, test } from '@playwright/test';
import { adminUnavailable } from './admin';
import { shortDescriptionEditor, shortDescriptionOn } from './association-edits';
import { association } from './seed';

const unnotified = process.env.E2E_UNNOTIFIED_URL;
test.skip(!unnotified || Boolean(adminUnavailable), 'needs E2E_UNNOTIFIED_URL (a portal instance the CMS does not notify) and the admin');

const key = 'outdoor-media-guild';
const seeded = association(key).shortDescription.en;
const changed = `${seeded} (Changed while the portal was not told.)`;

test('@lost-signal-before a change the portal is not told of: the cached page stays as it was', async ({ request }) => {
  const editor = await shortDescriptionEditor(request, key);
  expect(await shortDescriptionOn(request, unnotified!, editor.path)).toBe(seeded);
  await editor.publish(changed);
  expect(await shortDescriptionOn(request, unnotified!, editor.path)).toBe(seeded);
});

test('@lost-signal-after ...and the time-based safety net brings it anyway', async ({ request }) => {
  test.setTimeout(15 * 60_000);
  const editor = await shortDescriptionEditor(request, key);
  try {
    expect(editor.current).toBe(changed);
    await expect.poll(() => shortDescriptionOn(request, unnotified!, editor.path), { timeout: 14 * 60_000, intervals: [10_000] }).toBe(changed);
  } finally {
    await editor.publish(seeded);
  }
});
