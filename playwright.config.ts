import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './src/lib/browser';

/**
 * End-to-end tests run against the production build in dist/, served once by `astro preview`
 * and shared by every spec. Build first (`npm run build`); `npm test` does it for you.
 */
const port = Number(process.env.E2E_PORT ?? 4322);
const base = process.env.BASE_PATH ?? '/';
const baseURL = `http://127.0.0.1:${port}${base.endsWith('/') ? base : `${base}/`}`;
/** `npm run audit` sets E2E_AUDIT=1 to run only the slow sweeps (tests tagged @audit); `npm test` skips them. */
const audit = !!process.env.E2E_AUDIT;

export default defineConfig({
	testDir: './e2e',
	// Specs only: e2e/*.test.ts are Vitest checks of the content pipeline.
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	timeout: 30_000,
	reporter: [
		['list'],
		['json', { outputFile: audit ? 'test-results/audit-e2e.json' : 'test-results/e2e.json' }],
	],
	...(audit ? { grep: /@audit/ } : { grepInvert: /@audit/ }),
	use: {
		baseURL,
		launchOptions: { executablePath: await findChromium(), args: chromiumArgs },
		trace: 'retain-on-failure',
		// The offline service worker would precache the whole kit (about 4 MB) in every test's fresh
		// context, and answers requests that `page.route` then never sees. Specs about offline use and
		// updates turn it back on with `test.use({ serviceWorkers: 'allow' })` (e2e/offline.spec.ts).
		serviceWorkers: 'block',
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
	webServer: {
		command: `npx astro preview --host 127.0.0.1 --port ${port}`,
		url: baseURL,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
