// The one `test` every end-to-end spec imports: Playwright's, with an automatic
// fixture that fails the test on any uncaught page error or console error, so a
// throw inside an event handler (which leaves the page looking fine) is never missed.
import { expect, test as base, type ConsoleMessage } from '@playwright/test';

export { expect };

export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message: ConsoleMessage) => {
        if (message.type() !== 'error') return;
        // The event stream breaks when a test stops its server with the page still
        // open (a killed session, the end of a test): that is the test's doing.
        if (message.location().url.includes('/api/events') && message.text().includes('net::ERR_')) return;
        problems.push(`console error: ${message.text()} (${message.location().url})`);
      });
      await use(problems);
      expect(problems, 'the page reported errors').toEqual([]);
    },
    { auto: true },
  ],
});
