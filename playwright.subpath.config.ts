import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './tools/browser';
import { withBase } from './src/site/paths';
import { home } from './src/site/routes';
import { readSettings } from './src/site/settings';
import { subpathEdition } from './e2e/subpath/edition';

/**
 * Smoke suite for a sub-path build: the kit built with BASE_PATH=/safety-kit/ into OUT_DIR
 * (dist-subpath/ by default, so dist/ stays the root build), as a school's own edition (a public
 * SITE_URL and a school profile: e2e/subpath/edition.ts), served by `astro preview` on its own
 * port. `npm test` builds it and runs this beside the main suite; by hand, with those settings:
 *   npx astro build && npx playwright test -c playwright.subpath.config.ts
 */
// The sub-path build's own settings, unless told otherwise; the specs read them back from the environment.
for (const [name, value] of Object.entries(subpathEdition)) process.env[name] ??= value;
const settings = readSettings();
const base = settings.basePath;
const port = settings.ports.subpath;
const baseURL = `http://127.0.0.1:${port}${withBase(base, home())}`;

/** The specs that need the full browser: the one that prints. */
const fullBrowser = ['**/printed.subpath.ts'];

export default defineConfig({
	testDir: './e2e/subpath',
	testMatch: '**/*.subpath.ts',
	fullyParallel: true,
	forbidOnly: !!process.env['CI'],
	retries: 0,
	workers: 2,
	timeout: 30_000,
	outputDir: 'test-results/subpath',
	reporter: [['list'], ['json', { outputFile: 'test-results/subpath.json' }]],
	use: {
		baseURL,
		// A failed test keeps its trace (actions, DOM snapshots, network, console) to open with
		// `npx playwright show-trace`; without the screencast, whose frames cost about 15% of the run.
		trace: { mode: 'retain-on-failure', screenshots: false, sources: false },
		serviceWorkers: 'block',
	},
	// The specs above run in the full browser; the rest in Chromium's headless shell where it is
	// installed, which loads pages in about 40% less CPU but paginates print a hair differently and
	// does not bring a closed second window back as the browser does (tools/browser.ts).
	projects: [
		{
			name: 'subpath',
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
			name: 'subpath-full',
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
		// Beside the main suite's preview of dist/ (`npm test` runs both at once): Astro keeps one
		// tracked preview server per project, and `--ignore-lock` starts this one alongside it.
		command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
		env: { BASE_PATH: base, OUT_DIR: settings.outDir },
		url: baseURL,
		reuseExistingServer: !process.env['CI'],
		timeout: 60_000,
	},
});
