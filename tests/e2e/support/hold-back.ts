// Holds back the answers to requests matching a URL pattern until released, as a
// slow main process, disk or busy machine would: the test acts meanwhile.
import type { Page } from '@playwright/test';

/** Resolves once the route is in place; call the function it gives to let the held requests go on. */
export async function holdBack(page: Page, url: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route(url, async (route) => { await held; await route.continue(); });
  return release;
}
