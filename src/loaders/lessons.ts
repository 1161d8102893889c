import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { timingProblems } from '../lib/activities';
import { mdxComponentNames } from '../lib/content-checks';
import { checkEntries, throwContentProblems } from './checked';
import { slideTitleProblems } from '../lib/slides';

/**
 * The glob loader for `content/lessons/`, plus the checks a frontmatter schema cannot make:
 * the minutes of the body's `<Activity>` blocks must add up to the lesson's `duration`.
 * It also checks that every `<Slide>` has a title of its own: presentation mode makes each slide's
 * heading, id and screen-reader name from it.
 * Then the checks every MDX collection gets (src/loaders/checked.ts): alt text, known components,
 * links inside the kit and phone numbers.
 * Running it here (not in a page) means `astro sync`, `astro check` and `astro build` all stop on it.
 */
export function lessonsLoader(base = './content/lessons'): Loader {
	const inner = glob({ pattern: '**/*.mdx', base });
	return {
		name: 'kit-lessons',
		async load(context) {
			await inner.load(context);
			const errors: string[] = [];
			for (const entry of context.store.values()) {
				const duration = Number((entry.data as { duration?: unknown }).duration);
				for (const problem of [
					...timingProblems(entry.body ?? '', duration),
					...slideTitleProblems(entry.body ?? ''),
				]) {
					errors.push(`${entry.filePath ?? entry.id}: ${problem}`);
				}
			}
			if (errors.length > 0) {
				throw new Error(`Lesson timings or slides need fixing:\n  - ${errors.join('\n  - ')}`);
			}
			throwContentProblems(
				checkEntries(context, {
					components: mdxComponentNames,
					routeFor: (id) => `/lessons/${id}/`,
				})
			);
		},
	};
}
