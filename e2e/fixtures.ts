import { expect, test as base } from '@playwright/test';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Every test starts on the app and ends by checking that no request left localhost (the app
 * must work offline) and that the page logged no error (a CSP violation logs one).
 */
export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page }, use) => {
      const outside: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol.startsWith('http') && !LOCAL_HOSTS.has(url.hostname)) outside.push(request.url());
        if (url.protocol.startsWith('ws') && !LOCAL_HOSTS.has(url.hostname)) outside.push(request.url());
      });
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto('/');
      await use();
      expect(outside, 'requests that left localhost').toEqual([]);
      expect(errors, 'errors logged by the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
