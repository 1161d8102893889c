// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { astroCsp } from './src/lib/csp.ts';
import pagefind from './src/integrations/pagefind.ts';
import pdf from './src/integrations/pdf.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import slideExports from './src/integrations/slide-exports.ts';

/**
 * Hosting is set by environment variables so a school can build its own copy without editing code:
 * - SITE_URL: the public address the kit will live at (used for absolute links and the leaflet QR code).
 * - BASE_PATH: a sub-path such as `/safety-kit/` for intranets; default `/`.
 * - SCHOOL_NAME, SCHOOL_DSL_NAME, SCHOOL_DSL_CONTACT, SCHOOL_POLICE_FORCE: a school's details, printed
 *   into the leaflet and poster PDFs (src/lib/school.ts).
 * - SKIP_PDF=1: build without printing the PDFs (src/integrations/pdf.ts); the build warns loudly.
 * - OUT_DIR: where the build goes; default `./dist` (`npm test` builds the sub-path copy into `dist-subpath/`).
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	outDir,
	// Order matters: `astro:build:done` hooks run one after another, and the service worker precaches
	// the search index, the PDFs and the slide exports, so it comes after pagefind(), pdf() and
	// slideExports().
	integrations: [
		mdx(),
		pagefind(),
		pdf(),
		slideExports(),
		sitemap({ filter: (page) => !/\/(present|print)\//.test(page) }),
		serviceWorker(),
	],
	server: { port: 4321, host: true },
	devToolbar: { enabled: false },
	// A strict Content Security Policy in every page (src/lib/csp.ts explains it; README "Security").
	security: { csp: astroCsp },
	// No inline scripts or <style> elements and no data: URLs: every script, stylesheet, font and
	// image is a file of its own, so 'self' covers them and the HTTP header policy needs no hashes.
	build: { inlineStylesheets: 'never' },
	vite: { build: { assetsInlineLimit: 0 } },
	// The content has no code blocks; Shiki's highlighting would need inline styles.
	markdown: { syntaxHighlight: false },
});
