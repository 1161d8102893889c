/** Pure helpers for showing lessons: labels and grouping by key stage. */
import { keyStages, type KeyStage, type LessonData } from '../schemas/lesson';

/** "Years 7-9" or "Year 7" from a list of year groups. */
export function yearsLabel(years: readonly number[]): string {
	const sorted = [...years].sort((a, b) => a - b);
	const first = sorted[0];
	const last = sorted.at(-1);
	if (first === undefined || last === undefined) return '';
	if (first === last) return `Year ${first}`;
	const contiguous = sorted.every((y, i) => i === 0 || y === sorted[i - 1]! + 1);
	return contiguous ? `Years ${first}-${last}` : `Years ${sorted.join(', ')}`;
}

/** Key stages in words, for running text: "key stage 3", "key stages 3 and 4", "post-16". */
function keyStagesInWords(stages: readonly KeyStage[]): string {
	const ordered = keyStages.filter((k) => stages.includes(k));
	const numbered = ordered.filter((k) => k !== 'post-16').map((k) => k.slice(2));
	const parts: string[] = [];
	if (numbered.length === 1) parts.push(`key stage ${numbered[0]}`);
	else if (numbered.length > 1)
		parts.push(`key stages ${numbered.slice(0, -1).join(', ')} and ${numbered.at(-1)}`);
	if (ordered.includes('post-16')) parts.push('post-16');
	return parts.join(' and ');
}

/**
 * Who a lesson is for, each year group stated once: "Years 8-11 (key stages 3 and 4)",
 * "Years 12-13 (post-16)". The one place a lesson's year groups are put into words, on its page
 * and in its pack.
 */
export function audienceLabel(stages: readonly KeyStage[], years: readonly number[]): string {
	const inWords = keyStagesInWords(stages);
	const yearsText = yearsLabel(years);
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

/** Human label for a key stage. */
export const keyStageLabel: Record<KeyStage, string> = {
	KS3: 'Key stage 3 (Years 7-9)',
	KS4: 'Key stage 4 (Years 10-11)',
	'post-16': 'Post-16 (Years 12-13)',
};

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
