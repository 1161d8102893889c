import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import {
	slidesOutsideActivityProblems,
	talkFrameProblems,
	talkQuestionTimeProblems,
	timingProblems,
} from '../lib/activities';
import { mdxComponentNames } from '../lib/content-checks';
import { mdxElements } from '../lib/mdx';
import { slideTitleProblems } from '../features/slides/lesson-slides';
import { contentFolders, contentPatterns, talk } from '../site/routes';
import {
	bodyWithFileLines,
	checkEntries,
	throwContentProblems,
	type CheckedEntry,
} from './checked';

/**
 * The talk checks a frontmatter schema cannot make, one line per problem naming the file:
 * - the minutes of the body's core `<Activity>` blocks fill at most 90% of the talk's `duration`,
 *   at least 15% of it (4 minutes or more) is an `<Activity kind="questions">`, and every `<Slide>`
 *   is inside an activity;
 * - the talk ends with where to get help, 999 and 101 on a slide (`talkFrameProblems`);
 * - every `<Slide>` has a title of its own;
 * - no `<Scenario>`: talks are given to adults about what really happens, and the kit's invented
 *   characters each belong to one lesson.
 */
export function talkProblems(entries: Iterable<CheckedEntry>): string[] {
	const errors: string[] = [];
	for (const entry of entries) {
		const file = entry.filePath ?? entry.id;
		const body = bodyWithFileLines(entry);
		const problems = [
			...timingProblems(body, Number(entry.data['duration'])),
			...talkQuestionTimeProblems(body, Number(entry.data['duration'])),
			...slidesOutsideActivityProblems(body),
			...talkFrameProblems(body),
			...slideTitleProblems(body),
			...mdxElements(body, 'Scenario').map(
				(s) =>
					`line ${s.line}: a talk tells no stories with invented characters (<Scenario>): those belong to the lessons`
			),
		];
		errors.push(...problems.map((problem) => `${file}: ${problem}`));
	}
	return errors;
}

/**
 * The glob loader for `content/talks/`, plus `talkProblems`, then the checks every MDX collection gets
 * (src/loaders/checked.ts): alt text, known components, links inside the kit, phone numbers and
 * hand-written steps.
 */
export function talksLoader(base: string = contentFolders.talks): Loader {
	const inner = glob({ pattern: contentPatterns.talks, base });
	return {
		name: 'kit-talks',
		async load(context) {
			await inner.load(context);
			throwContentProblems([
				...talkProblems(context.store.values()),
				...checkEntries(context, { components: mdxComponentNames, routeFor: talk }),
			]);
		},
	};
}
