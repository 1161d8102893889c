/** Pure helpers for showing lessons: labels and grouping by key stage. */
import { keyStages, type KeyStage, type LessonData } from '../schemas/lesson';
import {
	agesLabel,
	englishYearWords,
	yearsForSchool,
	yearsLabel,
	type NationLike,
	type YearWords,
} from './nations';

/** "Years 7-9" or "Year 7" from a list of year groups (England and Wales; src/lib/nations.ts names them for a nation). */
export { yearsLabel } from './nations';

/**
 * The words a lesson's audience is put in, in the page's language (`slides.audience` in
 * src/i18n/strings/<locale>.yaml): year groups and ages, and key stages with `{n}`, `{list}` and `{last}`.
 */
export interface AudienceWords extends YearWords {
	keyStage: string;
	keyStages: string;
	post16: string;
	and: string;
}
export const englishAudienceWords: AudienceWords = {
	...englishYearWords,
	keyStage: 'key stage {n}',
	keyStages: 'key stages {list} and {last}',
	post16: 'post-16',
	and: 'and',
};

/** Key stages in words, for running text: "key stage 3", "key stages 3 and 4", "post-16". */
function keyStagesInWords(
	stages: readonly KeyStage[],
	words: AudienceWords = englishAudienceWords
): string {
	const ordered = keyStages.filter((k) => stages.includes(k));
	const numbered = ordered.filter((k) => k !== 'post-16').map((k) => k.slice(2));
	const parts: string[] = [];
	if (numbered.length === 1) parts.push(words.keyStage.replace('{n}', numbered[0]!));
	else if (numbered.length > 1)
		parts.push(
			words.keyStages
				.replace('{list}', numbered.slice(0, -1).join(', '))
				.replace('{last}', numbered.at(-1)!)
		);
	if (ordered.includes('post-16')) parts.push(words.post16);
	return parts.join(` ${words.and} `);
}

/**
 * Who a lesson is for, each year group stated once: "Years 8-11 in England and Wales, ages 12-16
 * (key stages 3 and 4)", or in a nation's own year names ("S2-S5, ages 12-16" in Scotland, whose
 * schools have no key stages). The one place a lesson's year groups are put into words, on its
 * page and in its pack.
 */
export function audienceLabel(
	stages: readonly KeyStage[],
	years: readonly number[],
	nation?: NationLike,
	words: AudienceWords = englishAudienceWords
): string {
	const yearsText = years.length > 0 ? yearsForSchool(years, nation, words) : '';
	const inWords = nation && !nation.englandAndWalesLaw ? '' : keyStagesInWords(stages, words);
	if (!yearsText) return inWords.charAt(0).toUpperCase() + inWords.slice(1);
	return inWords ? `${yearsText} (${inWords})` : yearsText;
}

/** Lessons under each key stage, in teaching order; a lesson for KS3 and KS4 appears under both. */
export function groupByKeyStage<T extends { data: Pick<LessonData, 'keyStages' | 'order'> }>(
	lessons: readonly T[]
): { keyStage: KeyStage; lessons: T[] }[] {
	return keyStages
		.map((keyStage) => ({
			keyStage,
			lessons: lessons
				.filter((l) => l.data.keyStages.includes(keyStage))
				.sort((a, b) => a.data.order - b.data.order),
		}))
		.filter((group) => group.lessons.length > 0);
}

/** Human label for a key stage (England and Wales). */
export const keyStageLabel: Record<KeyStage, string> = {
	KS3: 'Key stage 3 (Years 7-9)',
	KS4: 'Key stage 4 (Years 10-11)',
	'post-16': 'Post-16 (Years 12-13)',
};

/** The English year groups of each key stage (teaching facts: KS3 is Years 7-9, ages 11-14). */
export const keyStageYears: Record<KeyStage, readonly number[]> = {
	KS3: [7, 8, 9],
	KS4: [10, 11],
	'post-16': [12, 13],
};

/**
 * A key stage as a school in the nation names it: England and Wales's label; in Scotland and
 * Northern Ireland, their year groups with the ages; without a nation, England and Wales's label
 * said to be theirs, with the ages that hold everywhere.
 */
export function keyStageLabelFor(keyStage: KeyStage, nation?: NationLike): string {
	const years = keyStageYears[keyStage];
	if (nation?.englandAndWalesLaw) return keyStageLabel[keyStage];
	if (nation) return `${yearsLabel(years, nation)} (${agesLabel(years)})`;
	return `${keyStageLabel[keyStage].replace(/\)$/, '')} in England and Wales, ${agesLabel(years)})`;
}

/**
 * A lesson's time for lists: "55 minutes", "55 minutes, plus a 10-minute optional extension", or
 * "60 minutes, plus optional extensions of 10 and 8 minutes".
 */
export function timingLabel(
	duration: number,
	timing: { optional: readonly { minutes: number }[] }
): string {
	const core = `${duration} minutes`;
	const extras = timing.optional.map((o) => o.minutes);
	if (extras.length === 0) return core;
	if (extras.length === 1) return `${core}, plus a ${extras[0]}-minute optional extension`;
	const list = `${extras.slice(0, -1).join(', ')} and ${extras.at(-1)}`;
	return `${core}, plus optional extensions of ${list} minutes`;
}
