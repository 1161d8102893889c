/**
 * Prints the kit's PDFs after the build: the leaflet, the poster and a pack for each lesson.
 *
 * The pages to print are the built pages whose kind prints to PDF (src/site/kinds.ts: the print
 * views). Each carries `<meta name="kit-pdf:…">` tags (Print.astro) naming its PDF and metadata. On
 * `astro:build:done` this integration serves dist/ over a throwaway local HTTP server (127.0.0.1, a
 * free port, under the base path), opens each print page in headless Chromium (found by
 * tools/browser.ts), prints it with the page's own CSS page size, then sets the document metadata
 * with pdf-lib and writes the PDF into dist/.
 *
 * Every sheet must keep its words on the paper and inside their boxes, within the pages it promises,
 * and no heading may be left alone at the foot of a page.
 *
 * With no usable browser the build fails and says how to get one. The SKIP_PDF setting skips the PDFs
 * on purpose, with a loud warning, so nobody ships a kit whose download links are broken by accident.
 */
import { writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Page } from 'playwright-core';
import { chromiumArgs, resolveChromium } from '../../../tools/browser';
import { listFiles } from '../../../tools/list-files';
import {
	assertWithinBudget,
	formatBytes,
	parsePrintJob,
	printMetaPrefix,
	type PrintJob,
} from './pdf-files';
import { linksForPaper } from './paper-links';
import { printableArea, printProblems } from './print-bounds';
import { headingsAtFoot, pageHeadings, pdfPageLines } from './heading-foot';
import { serveFolder } from '../../../tools/static-server';
import { kindRules } from '../../site/kinds';
import { routeOfFile, withBase } from '../../site/paths';
import { builtPageAt } from '../../site/content';
import type { RecordPhase } from '../../integrations/bench-timings';

/**
 * Playwright and pdf-lib, loaded on first use with Node's own `require`: `astro sync` and `astro check`
 * load this file too and never print. A dynamic `import()` here would go through Vite's module
 * runner, which is closed by the time a build's hooks run ("Vite module runner has been closed").
 */
function libraries(): [typeof import('playwright-core'), typeof import('pdf-lib')] {
	const require = createRequire(import.meta.url);
	return [
		require('playwright-core') as typeof import('playwright-core'),
		require('pdf-lib') as typeof import('pdf-lib'),
	];
}

/** Largest PDF we accept: a school emailing the leaflet home should not hit attachment limits. */
export const maxPdfBytes = 1_000_000;

/** Fails the build when a printed PDF is over `maxPdfBytes`, naming the file and the limit. */
export function assertPdfSize(output: string, bytes: number): void {
	assertWithinBudget(output, bytes, maxPdfBytes);
}

/** The routes of the built pages whose kind is printed to PDF ("/leaflet/print/"). */
export function printRoutes(dist: string): string[] {
	return listFiles(dist, '**/*.html')
		.map(routeOfFile)
		.filter((route) => kindRules[builtPageAt(route).kind].pdf);
}

/** The print job a loaded print page names in its `<meta name="kit-pdf:…">` tags (Print.astro). */
export async function readPrintJob(page: Pick<Page, '$$eval'>, route: string): Promise<PrintJob> {
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
	return parsePrintJob(meta, `the print page ${route}`);
}

/** Sets the document information and language that pdf-lib can write, keeping Chromium's tags and outline. */
async function withMetadata(
	pdf: Uint8Array,
	job: PrintJob
): Promise<{ bytes: Uint8Array; pages: number }> {
	const [, { PDFDocument }] = libraries();
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
 * The browser to print with: what `findChromium()` in tools/browser.ts picks, with Playwright's own
 * Chromium looked up through the Playwright required above (findChromium's own `import()` cannot run
 * here). Throws the resolver's message, which says how to get a browser.
 */
function findBrowser(chromiumPath: string | undefined): string {
	const [{ chromium }] = libraries();
	let playwrightPath: string | undefined;
	try {
		playwrightPath = chromium.executablePath();
	} catch {
		playwrightPath = undefined;
	}
	return resolveChromium({ chromiumPath, playwrightPath });
}

export interface PdfOptions {
	/** The base path the site is built for. */
	base: string;
	/** The public address, for links on paper; undefined when SITE_URL is unset or local. */
	site: string | undefined;
	/** The CHROMIUM_PATH setting. */
	chromiumPath: string | undefined;
	recordPhase: RecordPhase;
}

/** Prints every print page in dist/ to its PDF. */
export async function printPdfs(
	dist: string,
	{ base, site, chromiumPath, recordPhase }: PdfOptions,
	logger: AstroIntegrationLogger
): Promise<Printed[]> {
	const routes = printRoutes(dist);
	if (routes.length === 0)
		throw new Error(
			'No print pages found in the build (pages of the print kind, src/site/kinds.ts).'
		);

	const executablePath = findBrowser(chromiumPath);
	const [{ chromium }] = libraries();
	const server = await serveFolder(dist, { base });
	const { origin } = server;
	const browser = await chromium.launch({ executablePath, args: chromiumArgs });
	const printed: Printed[] = [];
	/** What is wrong with the printed sheets, all of them, so one build names every problem. */
	const problems: string[] = [];
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
		for (const route of routes) {
			const pageStarted = performance.now();
			const url = `${origin}${withBase(base, route)}`;
			const response = await page.goto(url, { waitUntil: 'load' });
			if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
			const job = await readPrintJob(page, route);
			// Links inside the kit would point at this throwaway server; on paper they must point at the
			// public site, or, without one, be plain text: a link to localhost leads nowhere.
			await page.evaluate(linksForPaper, [origin, site ? new URL(site).origin : ''] as const);
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
			// Laid out as it prints, every word must be on the paper and inside its box.
			problems.push(...(await printProblems(page, job.output, job.pages)));
			// The headings and the bottom margin as printed, to find a heading left at a page's foot.
			await page.emulateMedia({ media: 'print' });
			const { marginBottom } = await page.evaluate(printableArea);
			const headings = await page.evaluate(pageHeadings);
			await page.emulateMedia({ media: null });
			const raw = await page.pdf({
				preferCSSPageSize: true,
				printBackground: true,
				tagged: true,
				outline: true,
			});
			const { bytes, pages: count } = await withMetadata(raw, job);
			if (count > 1)
				problems.push(
					...headingsAtFoot(
						job.output,
						// CSS pixels to PDF points.
						await pdfPageLines(raw, marginBottom * 0.75),
						headings
					)
				);
			const target = join(dist, job.output);
			await mkdir(dirname(target), { recursive: true });
			await writeFile(target, bytes);
			if (job.pages !== undefined && count !== job.pages)
				problems.push(
					`${job.output}: came out at ${count} pages but its layout promises ${job.pages}`
				);
			assertPdfSize(job.output, bytes.length);
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
	if (problems.length > 0)
		throw new Error(
			`${problems.length === 1 ? 'A printed sheet does' : 'Printed sheets do'} not fit the paper:\n  - ${problems.join('\n  - ')}\n` +
				"Shorten the text in its content file (or the school profile's details, if set), or give it room in its print stylesheet; keep a heading with what follows it (break-after: avoid). The PDFs as printed are in the build folder."
		);
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

/** One line, so a school knows why its printouts carry no QR code. */
export const noSiteNotice =
	'SITE_URL is not set (or is a local address): the PDFs show the phone routes instead of a QR code and web address.';

/**
 * The Astro integration (src/integrations/index.ts lists it). With `skip` (the SKIP_PDF setting) it
 * prints nothing and says so loudly.
 */
export default function pdf(options: PdfOptions & { skip: boolean }): AstroIntegration {
	return {
		name: 'kit-pdf',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				if (options.skip) {
					logger.warn(skipWarning);
					return;
				}
				const start = performance.now();
				if (!options.site) logger.warn(noSiteNotice);
				logger.info('Printing PDFs with Chromium...');
				try {
					const printed = await printPdfs(fileURLToPath(dir), options, logger);
					options.recordPhase('pdf', performance.now() - start, { files: printed.length });
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
