import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import {
	contentProblems,
	knownPhones,
	knownRoutes,
	type ContentCheckOptions,
} from '../lib/content-checks';

/** What a collection's pages do with its entries: the components they pass to MDX and where they publish them. */
export type CheckSettings = Pick<ContentCheckOptions, 'components' | 'routeFor'>;

/**
 * Runs src/lib/content-checks.ts over every entry the loader stored (alt text, known components, links
 * inside the kit, phone numbers) and throws one error naming each file, line and problem.
 */
export function checkEntries(context: LoaderContext, settings: CheckSettings): string[] {
	const options: ContentCheckOptions = {
		...settings,
		routes: knownRoutes(),
		phones: knownPhones(),
	};
	const errors: string[] = [];
	for (const entry of context.store.values()) {
		for (const problem of contentProblems(entry.body ?? '', entry.id, options))
			errors.push(`${entry.filePath ?? entry.id}: ${problem}`);
	}
	return errors;
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
