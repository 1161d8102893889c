import { defineConfig } from 'vitest/config';

/**
 * Checks of the build in dist/ that need no browser (e2e/*.built.test.ts): links, markup, the
 * policy, the sitemap and every page's kind, read from the files. `npm test` runs them straight
 * after the build, before the browser suite; by hand: `npx astro build && npx vitest run -c vitest.built.config.ts`.
 */
export default defineConfig({
	test: {
		include: ['e2e/**/*.built.test.ts'],
		testTimeout: 60_000,
		maxWorkers: 2,
	},
});
