/**
 * Prints the kit's PDFs after the build: the leaflet, the poster and a pack for each lesson.
 *
 * Every page built with `src/layouts/Print.astro` carries `<meta name="kit-pdf:…">` tags naming its PDF
 * and metadata. On `astro:build:done` this integration serves dist/ over a throwaway local HTTP server
 * (127.0.0.1, a free port, under the configured base path), opens each print page in headless Chromium
 * (found by src/lib/browser.ts), prints it with the page's own CSS page size, then sets the document
 * metadata with pdf-lib and writes the PDF into dist/.
 *
 * With no usable browser the build fails and says how to get one. `SKIP_PDF=1` skips the PDFs on
 * purpose, with a loud warning, so nobody ships a kit whose download links are broken by accident.
 */
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
// Static imports only: Astro loads this file with Vite's module runner, which is closed by the time
// `astro:build:done` runs, so an `await import()` there fails ("Vite module runner has been closed").
import { PDFDocument } from 'pdf-lib';
import { chromium } from 'playwright-core';
import { chromiumArgs, resolveChromium } from '../lib/browser';
import { serveFolder } from '../lib/static-server';
import { recordPhase } from './bench-timings';
import { formatBytes, parsePrintJob, printMetaPrefix, type PrintJob } from '../lib/pdf-files';

/** Largest PDF we accept: a school emailing the leaflet home should not hit attachment limits. */
const MAX_BYTES = 1_000_000;

/** True when the environment asks to skip PDFs (`SKIP_PDF=1`, `true` or `yes`). */
export function skipRequested(env: Record<string, string | undefined> = process.env): boolean {
	return /^(1|true|yes)$/i.test(env['SKIP_PDF']?.trim() ?? '');
}

/** Every built HTML page that declares a PDF, as paths relative to dist/ ("leaflet/print/index.html"). */
async function findPrintPages(dist: string): Promise<string[]> {
	const found: string[] = [];
	for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
		const path = join(entry.parentPath, entry.name);
		const html = await readFile(path, 'utf8');
		if (html.includes(`name="${printMetaPrefix}output"`))
			found.push(relative(dist, path).split(sep).join('/'));
	}
	return found.sort();
}

/** Sets the document information and language that pdf-lib can write, keeping Chromium's tags and outline. */
async function withMetadata(
	pdf: Uint8Array,
	job: PrintJob
): Promise<{ bytes: Uint8Array; pages: number }> {
	const doc = await PDFDocument.load(pdf, { updateMetadata: false });
	doc.setTitle(job.title, { showInWindowTitleBar: true });
	doc.setAuthor(job.author);
	doc.setSubject(job.subject);
	doc.setKeywords(job.keywords);
	doc.setLanguage(job.language);
	doc.setCreator('Too Good To Be True kit (Astro, printed by Chromium)');
	doc.setProducer('Chromium with pdf-lib');
	const now = new Date();
	doc.setCreationDate(now);
	doc.setModificationDate(now);
	return { bytes: await doc.save(), pages: doc.getPageCount() };
}

interface Printed {
	output: string;
	bytes: number;
	pages: number;
}

/**
 * The browser to print with: what `findChromium()` in src/lib/browser.ts picks, with Playwright's own
 * Chromium looked up through the static import above (findChromium's dynamic import cannot run here).
 * Throws the resolver's message, which says how to get a browser.
 */
function findBrowser(): string {
	let playwrightPath: string | undefined;
	try {
		playwrightPath = chromium.executablePath();
	} catch {
		playwrightPath = undefined;
	}
	return resolveChromium({ playwrightPath });
}

/** Prints every print page in dist/ to its PDF. */
export async function printPdfs(
	dist: string,
	base: string,
	site: string | undefined,
	logger: AstroIntegrationLogger
): Promise<Printed[]> {
	const pages = await findPrintPages(dist);
	if (pages.length === 0)
		throw new Error('No print pages found in the build (pages made with src/layouts/Print.astro).');

	const executablePath = findBrowser();
	const server = await serveFolder(dist, { base });
	const { origin } = server;
	const browser = await chromium.launch({ executablePath, args: chromiumArgs });
	const printed: Printed[] = [];
	try {
		const context = await browser.newContext({ colorScheme: 'light', locale: 'en-GB' });
		// Printing must never reach the network: everything the pages need is in dist/.
		await context.route('**/*', (route) =>
			route.request().url().startsWith(origin) ? route.continue() : route.abort()
		);
		const page = await context.newPage();
		// The pages carry the kit's Content Security Policy: a violation would print a broken page.
		const cspProblems: string[] = [];
		page.on('console', (message) => {
			if (/content security policy/i.test(message.text()))
				cspProblems.push(`${page.url()}: ${message.text()}`);
		});
		for (const path of pages) {
			const pageStarted = performance.now();
			const route = path.replace(/index\.html$/, '');
			const url = `${origin}${base.endsWith('/') ? base : `${base}/`}${route}`;
			const response = await page.goto(url, { waitUntil: 'load' });
			if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
			const meta = await page.$$eval(
				`meta[name^="${printMetaPrefix}"]`,
				(tags, prefix) =>
					Object.fromEntries(
						tags.map((t) => [
							t.getAttribute('name')!.slice(prefix.length),
							t.getAttribute('content') ?? '',
						])
					),
				printMetaPrefix
			);
			const job = parsePrintJob(meta, `dist/${path}`);
			// Links inside the kit would point at this throwaway server; on paper they must point at the public site.
			if (site) {
				await page.evaluate(
					([local, publicOrigin]) => {
						for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
							const url = new URL(a.href);
							if (url.origin === local)
								a.href = `${publicOrigin}${url.pathname}${url.search}${url.hash}`;
						}
					},
					[origin, new URL(site).origin] as const
				);
			}
			await page.evaluate(async () => {
				await document.fonts.ready;
			});
			const missingFonts = await page.evaluate(() =>
				[...document.fonts].filter((f) => f.status === 'error').map((f) => f.family)
			);
			if (missingFonts.length > 0)
				throw new Error(`${job.output}: fonts failed to load: ${missingFonts.join(', ')}`);

			if (cspProblems.length > 0)
				throw new Error(
					`${job.output}: the Content Security Policy blocked something:\n${cspProblems.join('\n')}`
				);
			const raw = await page.pdf({
				preferCSSPageSize: true,
				printBackground: true,
				tagged: true,
				outline: true,
			});
			const { bytes, pages: count } = await withMetadata(raw, job);
			const target = join(dist, job.output);
			await mkdir(dirname(target), { recursive: true });
			await writeFile(target, bytes);
			if (job.pages !== undefined && count !== job.pages) {
				throw new Error(
					`${job.output} came out at ${count} pages but its layout promises ${job.pages}. ` +
						`Shorten the text in its content file (or the SCHOOL_* details, if set); the PDF as printed is in dist/${job.output}.`
				);
			}
			if (bytes.length > MAX_BYTES)
				throw new Error(
					`${job.output} is ${formatBytes(bytes.length)}; the limit is ${formatBytes(MAX_BYTES)}.`
				);
			printed.push({ output: job.output, bytes: bytes.length, pages: count });
			recordPhase('pdf-file', performance.now() - pageStarted, {
				output: job.output,
				bytes: bytes.length,
				pages: count,
			});
			logger.info(
				`  ${job.output} (${count} ${count === 1 ? 'page' : 'pages'}, ${formatBytes(bytes.length)})`
			);
		}
	} finally {
		await browser.close();
		await server.close();
	}
	return printed;
}

const skipLines = [
	'SKIP_PDF is set: NO PDFs were printed.',
	'The leaflet, poster and lesson pack download links will be broken.',
	'Do not publish this build. Unset SKIP_PDF to print them.',
];
const skipWidth = Math.max(...skipLines.map((line) => line.length)) + 8;
const skipWarning = [
	'',
	'!'.repeat(skipWidth),
	...skipLines.map((line) => `!!  ${line.padEnd(skipWidth - 8)}  !!`),
	'!'.repeat(skipWidth),
	'',
].join('\n');

/** The Astro integration: register it in astro.config.mjs as `pdf()`. */
export default function pdf(): AstroIntegration {
	let base = '/';
	let site: string | undefined;
	return {
		name: 'kit-pdf',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				site = config.site;
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (skipRequested()) {
					logger.warn(skipWarning);
					return;
				}
				const start = performance.now();
				logger.info('Printing PDFs with Chromium...');
				try {
					const printed = await printPdfs(fileURLToPath(dir), base, site, logger);
					recordPhase('pdf', performance.now() - start, { files: printed.length });
					const seconds = ((performance.now() - start) / 1000).toFixed(1);
					logger.info(`Printed ${printed.length} PDFs in ${seconds} s.`);
				} catch (cause) {
					const message = cause instanceof Error ? cause.message : String(cause);
					throw new Error(
						`Printing the PDFs failed.\n${message}\n(To build without PDFs on purpose, set SKIP_PDF=1.)`,
						{ cause }
					);
				}
			},
		},
	};
}
