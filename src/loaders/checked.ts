import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { contentProblems, knownPhones, type ContentCheckOptions } from '../lib/content-checks';
import { pupilHarmLinkProblems } from '../lib/safe-messaging';
import { knownRoutesIn } from '../site/content';

/** What a collection's pages do with its entries: the components they pass to MDX and where they publish them. */
export type CheckSettings = Pick<ContentCheckOptions, 'components' | 'routeFor'> & {
	/**
	 * Whether pupils read the entry: their text gets the safe-messaging check
	 * (src/lib/safe-messaging.ts). Default: nobody is assumed to be a pupil.
	 */
	forPupils?: (entry: CheckedEntry) => boolean;
};

/** The parts of a stored entry the checks read. */
export interface CheckedEntry {
	id: string;
	filePath?: string | undefined;
	body?: string | undefined;
	data: Record<string, unknown>;
}

/**
 * An entry's body with the lines of its file: the frontmatter before it blanked out (line breaks
 * kept), so a check's "line N" is the line in the file an author opens. Just the body when the file
 * cannot be read (a test's invented entry).
 */
export function bodyWithFileLines(entry: CheckedEntry): string {
	const body = entry.body ?? '';
	if (!entry.filePath) return body;
	let text: string;
	try {
		text = readFileSync(join(process.cwd(), entry.filePath), 'utf8');
	} catch {
		return body;
	}
	const at = text.indexOf(body);
	return at < 0 ? body : text.slice(0, at).replace(/[^\n]/g, ' ') + body;
}

/**
 * Runs src/lib/content-checks.ts over entries (alt text, known components, links inside the kit,
 * phone numbers): one line per problem, naming the file and the line.
 */
export function entryProblems(
	entries: Iterable<CheckedEntry>,
	options: ContentCheckOptions
): string[] {
	const errors: string[] = [];
	for (const entry of entries) {
		for (const problem of contentProblems(bodyWithFileLines(entry), entry.id, options))
			errors.push(`${entry.filePath ?? entry.id}: ${problem}`);
	}
	return errors;
}

/** The checks above over every entry a loader stored, against the kit's own routes and phone numbers. */
export function checkEntries(context: LoaderContext, settings: CheckSettings): string[] {
	const { forPupils, ...options } = settings;
	const entries = [...context.store.values()];
	return [
		...entryProblems(entries, { ...options, routes: knownRoutesIn(), phones: knownPhones() }),
		...(forPupils ? pupilEntryProblems(entries.filter(forPupils)) : []),
	];
}

/** The safe-messaging check over entries pupils read: their body, title and summary. */
export function pupilEntryProblems(entries: Iterable<CheckedEntry>): string[] {
	const errors: string[] = [];
	for (const entry of entries) {
		const file = entry.filePath ?? entry.id;
		for (const field of ['title', 'summary'] as const) {
			const value = entry.data[field];
			if (typeof value !== 'string') continue;
			for (const problem of pupilHarmLinkProblems(value))
				errors.push(`${file}: ${field}: ${problem.replace(/^line \d+: /, '')}`);
		}
		for (const problem of pupilHarmLinkProblems(bodyWithFileLines(entry)))
			errors.push(`${file}: ${problem}`);
	}
	return errors;
}

/**
 * Astro's loader for data files pupils read (the practice activities, the help services), plus the
 * safe-messaging check over each file's text, with the file's own line numbers. The files are those
 * the entries came from, or `files` for a loader whose entries do not say (Astro's `file()`).
 */
export function pupilDataLoader(inner: Loader, files?: readonly string[]): Loader {
	return {
		name: `kit-pupil-${inner.name}`,
		async load(context) {
			await inner.load(context);
			const read = files ?? [
				...new Set([...context.store.values()].flatMap((e) => (e.filePath ? [e.filePath] : []))),
			];
			throwContentProblems(
				read.flatMap((file) =>
					pupilHarmLinkProblems(readFileSync(join(process.cwd(), file), 'utf8')).map(
						(problem) => `${file}: ${problem}`
					)
				)
			);
		},
	};
}

/** Throws the problems `checkEntries` found, if any. */
export function throwContentProblems(errors: string[]): void {
	if (errors.length > 0) throw new Error(`Content needs fixing:\n  - ${errors.join('\n  - ')}`);
}

/** Astro's glob loader for MDX content, plus the content checks. */
export function checkedGlob(options: { pattern: string; base: string } & CheckSettings): Loader {
	const { pattern, base, ...settings } = options;
	const inner = glob({ pattern, base });
	return {
		name: 'kit-checked-glob',
		async load(context) {
			await inner.load(context);
			throwContentProblems(checkEntries(context, settings));
		},
	};
}
