import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { contentProblems, knownPhones, type ContentCheckOptions } from '../lib/content-checks';
import { knownRoutesIn } from '../site/content';

/** What a collection's pages do with its entries: the components they pass to MDX and where they publish them. */
export type CheckSettings = Pick<ContentCheckOptions, 'components' | 'routeFor'>;

/** The parts of a stored entry the checks read. */
export interface CheckedEntry {
	id: string;
	filePath?: string | undefined;
	body?: string | undefined;
	data: Record<string, unknown>;
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
		for (const problem of contentProblems(entry.body ?? '', entry.id, options))
			errors.push(`${entry.filePath ?? entry.id}: ${problem}`);
	}
	return errors;
}

/** The checks above over every entry a loader stored, against the kit's own routes and phone numbers. */
export function checkEntries(context: LoaderContext, settings: CheckSettings): string[] {
	return entryProblems(context.store.values(), {
		...settings,
		routes: knownRoutesIn(),
		phones: knownPhones(),
	});
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
