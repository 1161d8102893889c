/**
 * The words the slides window and the presenter view write as they run ("Slide 3 of 12: …", "4:30
 * left"), in the page's language. The page writes them into the deck's element as JSON
 * (`data-words`, from `slides.deck` in src/i18n/strings/<locale>.yaml); the scripts read them from
 * there, so the same script speaks every language, in the site and in the one-file offline deck.
 */

export const deckWordNames = [
	'slideLabel',
	'blackedOut',
	'goTo',
	'count',
	'nextEnd',
	'end',
	'noNotes',
	'teacherNote',
	'planAt',
	'left',
	'over',
	'endsIn',
	'pastEnd',
	'activity',
	'activityOptional',
] as const;
export type DeckWordName = (typeof deckWordNames)[number];
/** Each word's template, with `{name}` where a value goes. */
export type DeckWords = Readonly<Record<DeckWordName, string>>;

/** A template with its `{name}` places filled; a place without a value stays as it is. */
export { fill } from '../../../i18n/templates';

/**
 * The words for a page, from its interface strings: `template(key)` gives a string's words with
 * its placeholders kept (src/i18n/templates.ts `keepPlaceholders`).
 */
export function deckWordsFrom(template: (key: string) => string): DeckWords {
	return Object.fromEntries(
		deckWordNames.map((name) => [
			name,
			template(name === 'teacherNote' ? 'slides.notes.teacher' : `slides.deck.${name}`),
		])
	) as DeckWords;
}

/** Reads the words a page gave a deck element; a missing one is its name, so a gap shows at once. */
export function readWords(json: string | undefined): DeckWords {
	let given: Record<string, unknown> = {};
	try {
		given = JSON.parse(json ?? '{}') as Record<string, unknown>;
	} catch {
		// Unreadable words: every one shows as its name below.
	}
	return Object.fromEntries(
		deckWordNames.map((name) => [name, typeof given[name] === 'string' ? given[name] : name])
	) as DeckWords;
}
