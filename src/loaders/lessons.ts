import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { frameProblems, slidesOutsideActivityProblems, timingProblems } from '../lib/activities';
import {
	otherCharacterFiles,
	reusedCharacterProblems,
	scenarioCharacters,
	type CharacterFile,
} from '../lib/characters';
import { mdxComponentNames } from '../lib/content-checks';
import { lessonHarmLinkProblems } from '../lib/safe-messaging';
import { slideTitleProblems } from '../features/slides/lesson-slides';
import { contentFolders, contentPatterns, routeOf } from '../site/routes';
import { defaultLocale, type Locale } from '../i18n/locales';
import {
	bodyWithFileLines,
	checkEntries,
	throwContentProblems,
	type CheckedEntry,
} from './checked';

/**
 * The lesson checks a frontmatter schema cannot make, one line per problem naming the file:
 * - the minutes of the body's core `<Activity>` blocks (those not marked `optional`) fill at most
 *   90% of the lesson's `duration`, and every `<Slide>` is inside an activity
 *   (src/lib/activities.ts);
 * - the lesson keeps the safeguarding frame (src/lib/activities.ts `frameProblems`): question box,
 *   a calm closing activity, signposting last with 999 and 101 on a slide;
 * - every `<Slide>` has a title of its own: presentation mode makes each slide's heading, id and
 *   screen-reader name from it;
 * - nothing pupils see or hear (everything but `<TeacherNote>` and `<SafeguardingNote>`) links
 *   sextortion to self-harm or death (src/lib/safe-messaging.ts);
 * - no invented character is used in two lessons, or in a lesson and one of `others` (the advice
 *   pages' scenarios and the practice story: src/lib/characters.ts).
 */
export function lessonProblems(
	entries: Iterable<CheckedEntry>,
	others: readonly CharacterFile[] = otherCharacterFiles()
): string[] {
	const errors: string[] = [];
	const characterFiles: CharacterFile[] = [];
	for (const entry of entries) {
		const file = entry.filePath ?? entry.id;
		const body = bodyWithFileLines(entry);
		const duration = Number(entry.data['duration']);
		for (const problem of [
			...timingProblems(body, duration),
			...slidesOutsideActivityProblems(body),
			...frameProblems(body),
			...slideTitleProblems(body),
			...lessonHarmLinkProblems(body),
		]) {
			errors.push(`${file}: ${problem}`);
		}
		try {
			characterFiles.push({ file, characters: scenarioCharacters(body) });
		} catch (error) {
			errors.push(`${file}: ${(error as Error).message}`);
		}
	}
	errors.push(...reusedCharacterProblems([...characterFiles, ...others]));
	return errors;
}

/**
 * The glob loader for `content/lessons/`, plus `lessonProblems`, then the checks every MDX collection
 * gets (src/loaders/checked.ts): alt text, known components, links inside the kit, phone numbers and
 * hand-written steps. Running them here (not in a page) means `astro sync`, `astro check` and
 * `astro build` all stop on them.
 */
export function lessonsLoader(
	base: string = contentFolders.lessons,
	locale: Locale = defaultLocale
): Loader {
	const inner = glob({ pattern: contentPatterns.lessons, base });
	return {
		name: 'kit-lessons',
		async load(context) {
			await inner.load(context);
			// One error with every problem, so an author fixes them all in one go.
			throwContentProblems([
				...lessonProblems(context.store.values()),
				...checkEntries(context, {
					components: mdxComponentNames,
					routeFor: (id) => routeOf('lesson', { id }, locale),
				}),
			]);
		},
	};
}
