/**
 * Pure helpers that turn a lesson into slides for presentation mode: the two opening slides built
 * from the frontmatter, stable ids for slide headings, and the checks the content loader runs on
 * `<Slide title>` attributes in the MDX.
 */
import { mdxElements, textAttribute } from '../../lib/mdx';

/** The frontmatter fields the opening slides are made from. */
export interface OpeningSource {
	title: string;
	summary: string;
	objectives: readonly string[];
	outcomes: readonly string[];
}

/** The title slide and the "Today we will…" slide that open every lesson. */
export interface OpeningSlides {
	title: { id: string; title: string; summary: string };
	objectives: {
		id: string;
		title: string;
		items: string[];
		outcomesTitle: string;
		outcomes: string[];
	};
}

/** "Who's really there?" -> "who-s-really-there". Only a-z and 0-9 survive, so ids are safe in CSS and URLs. */
export function slug(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** Id of an authored slide. The prefix keeps it apart from the opening slides and from page ids. */
export function slideId(title: string): string {
	return `slide-${slug(title) || 'untitled'}`;
}

/** Lower-cases the first letter unless the first word is an acronym ("UK", "DSL"). */
function lowerFirst(text: string): string {
	const firstWord = text.split(/\s/, 1)[0] ?? '';
	if (firstWord.length > 1 && firstWord === firstWord.toUpperCase()) return text;
	return text.charAt(0).toLowerCase() + text.slice(1);
}

/** `text` without `prefix` and the space after it, at its start, in any case. */
function withoutPrefix(text: string, prefix: string): string {
	const words = prefix
		.trim()
		.split(/\s+/)
		.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return text.trim().replace(new RegExp(`^${words.join('\\s+')}\\s+`, 'iu'), '');
}

/** The words of the opening slides, in the deck's language (`slides.opening` in the strings). */
export interface OpeningWords {
	todayWeWill: string;
	byTheEnd: string;
	/** What an objective starts with that "Today we will…" already says: "To". */
	objectivePrefix: string;
	/** What an outcome starts with that "By the end, I can…" already says: "I can". */
	outcomePrefix: string;
}

export const englishOpeningWords: OpeningWords = {
	todayWeWill: 'Today we will…',
	byTheEnd: 'By the end, I can…',
	objectivePrefix: 'To',
	outcomePrefix: 'I can',
};

/**
 * An objective as it reads after "Today we will…": objectives are written "To understand…", so the
 * "To" goes and the verb leads. Anything else is kept, with its first letter lowered.
 */
export function asTodayWeWill(
	objective: string,
	prefix = englishOpeningWords.objectivePrefix
): string {
	return lowerFirst(withoutPrefix(objective, prefix));
}

/** An outcome as it reads after "By the end, I can…": outcomes are written "I can name…". */
export function asICan(outcome: string, prefix = englishOpeningWords.outcomePrefix): string {
	return lowerFirst(withoutPrefix(outcome, prefix));
}

/** The two slides every deck opens with, so authors never write them by hand. */
export function openingSlides(
	lesson: OpeningSource,
	words: OpeningWords = englishOpeningWords
): OpeningSlides {
	return {
		title: { id: 'deck-title', title: lesson.title, summary: lesson.summary },
		objectives: {
			id: 'deck-objectives',
			title: words.todayWeWill,
			items: lesson.objectives.map((o) => asTodayWeWill(o, words.objectivePrefix)),
			outcomesTitle: words.byTheEnd,
			outcomes: lesson.outcomes.map((o) => asICan(o, words.outcomePrefix)),
		},
	};
}

/** Titles of every `<Slide title="…">` in a lesson's MDX, in order, with their line numbers. */
export function readSlideTitles(body: string): { title: string | undefined; line: number }[] {
	return mdxElements(body, 'Slide').map((slide) => ({
		title: textAttribute(slide, 'title'),
		line: slide.line,
	}));
}

/**
 * Problems with slide titles, as sentences for a build error. Each slide's title is its heading and
 * the name screen readers announce, and its id is made from it, so every title must exist and be
 * unique within the lesson (and not reuse a title of the opening slides).
 */
export function slideTitleProblems(body: string): string[] {
	const problems: string[] = [];
	const seen = new Map<string, number>([[slideId('Today we will'), 0]]);
	for (const { title, line } of readSlideTitles(body)) {
		if (!title?.trim()) {
			problems.push(`the slide on line ${line} needs a title="…"`);
			continue;
		}
		const id = slideId(title);
		const first = seen.get(id);
		if (first === 0)
			problems.push(
				`slide "${title}" (line ${line}) repeats the automatic "Today we will…" slide: remove it`
			);
		else if (first !== undefined)
			problems.push(
				`slide title "${title}" (line ${line}) is already used on line ${first}: slide titles must be unique`
			);
		else seen.set(id, line);
	}
	return problems;
}
