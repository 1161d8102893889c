import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './tools/browser';
import { withBase } from './src/site/paths';
import { home } from './src/site/routes';
import { readSettings } from './src/site/settings';

/**
 * End-to-end tests run against the production build in dist/, served once by `astro preview`
 * and shared by every spec. Build first (`npm run build`); `npm test` does it for you.
 */
const settings = readSettings();
const port = settings.ports.e2e;
const baseURL = `http://127.0.0.1:${port}${withBase(settings.basePath, home())}`;
/**
 * `npm run audit` sets E2E_AUDIT=1 to run only the slow sweeps (tests tagged @audit), and says where
 * their JSON report goes (PLAYWRIGHT_JSON_OUTPUT_NAME); `npm test` skips them.
 */
const audit = !!process.env['E2E_AUDIT'];

/**
 * The specs that need the full browser: those that print (as staff print from a browser) and the
 * presenter view's windows, closed and opened again.
 */
const fullBrowser = ['**/customise.spec.ts', '**/present-print.spec.ts', '**/presenter.spec.ts'];

export default defineConfig({
	testDir: './e2e',
	// Specs only: e2e/*.test.ts are Vitest checks of the content pipeline.
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	forbidOnly: !!process.env['CI'],
	retries: 0,
	workers: 2,
	timeout: 30_000,
	// Its own folder, which Playwright empties when it starts: the unit and build checks' reports in
	// test-results/ stay, and so do those of steps running beside it (scripts/test.mjs).
	outputDir: 'test-results/e2e',
	reporter: [['list'], ['json', audit ? {} : { outputFile: 'test-results/e2e.json' }]],
	...(audit ? { grep: /@audit/ } : { grepInvert: /@audit/ }),
	use: {
		baseURL,
		// A failed test keeps its trace (actions, DOM snapshots, network, console) to open with
		// `npx playwright show-trace`; without the screencast, whose frames cost about 15% of the run.
		trace: { mode: 'retain-on-failure', screenshots: false, sources: false },
		// The offline service worker would precache the whole kit (about 4 MB) in every test's fresh
		// context, and answers requests that `page.route` then never sees. Specs about offline use and
		// updates turn it back on with `test.use({ serviceWorkers: 'allow' })` (e2e/offline.spec.ts).
		serviceWorkers: 'block',
	},
	// The specs above run in the full browser; the rest in Chromium's headless shell where it is
	// installed, which loads pages in about 40% less CPU but paginates print a hair differently and
	// does not bring a closed second window back as the browser does (tools/browser.ts).
	projects: [
		{
			name: 'chromium',
			testIgnore: fullBrowser,
			use: {
				browserName: 'chromium',
				launchOptions: {
					executablePath: await findChromium(settings.chromiumPath, { headlessShell: true }),
					args: chromiumArgs,
				},
			},
		},
		{
			name: 'chromium-full',
			testMatch: fullBrowser,
			use: {
				browserName: 'chromium',
				launchOptions: {
					executablePath: await findChromium(settings.chromiumPath),
					args: chromiumArgs,
				},
			},
		},
	],
	webServer: {
		command: `npx astro preview --host 127.0.0.1 --port ${port}`,
		url: baseURL,
		reuseExistingServer: !process.env['CI'],
		timeout: 60_000,
	},
});
