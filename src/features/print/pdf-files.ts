/**
 * The details of the PDFs the build prints. A print page declares its PDF in `<meta name="kit-pdf:…">`
 * tags (src/layouts/Print.astro); the PDF step reads them back, prints the page and writes the file.
 * The PDFs' addresses are in the site model (src/site/routes.ts). Pure, so pages, the build step and
 * the tests agree.
 */

/** Everything the PDF step needs to know about one print page. */
export interface PrintJob {
	/** Where the PDF goes, relative to dist/, for example `leaflet/too-good-to-be-true-leaflet.pdf`. */
	output: string;
	/** Document title (shown in the viewer's title bar and read first by screen readers). */
	title: string;
	/** One-sentence description. */
	subject: string;
	/** Search keywords. */
	keywords: string[];
	/** Who the document is by. */
	author: string;
	/** Document language, for example `en-GB`. */
	language: string;
	/** Exact number of pages the PDF must have, when the layout promises one (the leaflet: 2). */
	pages?: number | undefined;
}

export const printMetaPrefix = 'kit-pdf:';

/** The `<meta>` tags a print page carries so the PDF step knows what to write. */
export function printJobMeta(job: PrintJob): { name: string; content: string }[] {
	const fields: [string, string | undefined][] = [
		['output', job.output],
		['title', job.title],
		['subject', job.subject],
		['keywords', job.keywords.join(', ')],
		['author', job.author],
		['language', job.language],
		['pages', job.pages === undefined ? undefined : String(job.pages)],
	];
	return fields
		.filter((f): f is [string, string] => f[1] !== undefined)
		.map(([name, content]) => ({ name: `${printMetaPrefix}${name}`, content }));
}

/** A safe relative path to a `.pdf` inside dist/: no leading slash, no `..`, no backslashes. */
export function isSafeOutput(output: string): boolean {
	return (
		/^[a-z0-9][a-z0-9/_.-]*\.pdf$/.test(output) &&
		!output.split('/').some((part) => part === '' || part === '.' || part === '..')
	);
}

/**
 * Reads a print job back from a page's `kit-pdf:*` meta values (prefix removed). Throws, listing every
 * problem, when something is missing or unsafe, so a broken print page fails the build.
 */
export function parsePrintJob(
	meta: Record<string, string | undefined>,
	where = 'a print page'
): PrintJob {
	const problems: string[] = [];
	const need = (name: string): string => {
		const value = meta[name]?.trim();
		if (!value) problems.push(`missing <meta name="${printMetaPrefix}${name}">`);
		return value ?? '';
	};
	const job: PrintJob = {
		output: need('output'),
		title: need('title'),
		subject: need('subject'),
		keywords: (meta['keywords'] ?? '')
			.split(',')
			.map((k) => k.trim())
			.filter(Boolean),
		author: need('author'),
		language: need('language'),
	};
	if (job.output && !isSafeOutput(job.output))
		problems.push(`output "${job.output}" must be a relative path ending in .pdf, inside dist/`);
	if (meta['pages'] !== undefined) {
		const pages = Number(meta['pages']);
		if (!Number.isInteger(pages) || pages < 1)
			problems.push(`pages must be a whole number above 0, got "${meta['pages']}"`);
		else job.pages = pages;
	}
	if (problems.length > 0) throw new Error(`${where}: ${problems.join('; ')}`);
	return job;
}

/** "312 kB" or "1.2 MB", for build logs. */
export function formatBytes(bytes: number): string {
	if (bytes < 1000) return `${bytes} B`;
	if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
	return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/**
 * Throws when a file the build writes is over its size budget, naming the file, its size and the
 * limit. The exact byte counts are given too, so a file just over the limit never reads as
 * "1.0 MB; the limit is 1.0 MB".
 */
export function assertWithinBudget(file: string, bytes: number, limit: number): void {
	if (bytes <= limit) return;
	const exact = (n: number) => `${n.toLocaleString('en-GB')} bytes`;
	throw new Error(
		`${file} is ${formatBytes(bytes)} (${exact(bytes)}); the limit is ${formatBytes(limit)} (${exact(limit)}).`
	);
}
