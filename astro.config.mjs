// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';
import pdf from './src/integrations/pdf.ts';
import serviceWorker from './src/integrations/service-worker.ts';

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
	// the search index and the PDFs, so it comes after pagefind() and pdf().
	integrations: [mdx(), pagefind(), pdf(), serviceWorker()],
	server: { port: 4321, host: true },
	devToolbar: { enabled: false },
});
