import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { timingProblems } from '../lib/activities';
import { mdxComponentNames } from '../lib/content-checks';
import { slideTitleProblems } from '../lib/slides';
import { contentFolders, lesson } from '../site/routes';
import { checkEntries, throwContentProblems, type CheckedEntry } from './checked';

/**
 * The lesson checks a frontmatter schema cannot make, one line per problem naming the file: the
 * minutes of the body's `<Activity>` blocks must add up to the lesson's `duration`, and every `<Slide>`
 * needs a title of its own (presentation mode makes each slide's heading, id and screen-reader name
 * from it).
 */
export function lessonProblems(entries: Iterable<CheckedEntry>): string[] {
	const errors: string[] = [];
	for (const entry of entries) {
		const duration = Number(entry.data['duration']);
		for (const problem of [
			...timingProblems(entry.body ?? '', duration),
			...slideTitleProblems(entry.body ?? ''),
		]) {
			errors.push(`${entry.filePath ?? entry.id}: ${problem}`);
		}
	}
	return errors;
}

/**
 * The glob loader for `content/lessons/`, plus `lessonProblems`, then the checks every MDX collection
 * gets (src/loaders/checked.ts): alt text, known components, links inside the kit and phone numbers.
 * Running them here (not in a page) means `astro sync`, `astro check` and `astro build` all stop on them.
 */
export function lessonsLoader(base: string = contentFolders.lessons): Loader {
	const inner = glob({ pattern: '**/*.mdx', base });
	return {
		name: 'kit-lessons',
		async load(context) {
			await inner.load(context);
			const errors = lessonProblems(context.store.values());
			if (errors.length > 0) {
				throw new Error(`Lesson timings or slides need fixing:\n  - ${errors.join('\n  - ')}`);
			}
			throwContentProblems(
				checkEntries(context, { components: mdxComponentNames, routeFor: lesson })
			);
		},
	};
}
