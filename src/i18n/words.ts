/**
 * Interface strings with places for markup (src/i18n/components/Words.astro): a string's
 * placeholders not given as text are slots, where a component puts a link or an element.
 */
import type { Translate } from './strings.ts';

/** A piece of a string: its words, or the name of the slot that goes there. */
export type WordPart = string | { slot: string };

// Characters no string holds, to find the slots again after `t()` has filled the text placeholders.
const open = '\u0001';
const close = '\u0002';

/**
 * The string `key` in pieces: `vars` filled in as text, every other placeholder a slot.
 * "Talk to {name}: {phone}." with `{ name: 'Childline' }` is `['Talk to Childline: ', { slot: 'phone' }, '.']`.
 */
export function withSlots(
	t: Translate,
	key: string,
	vars: Readonly<Record<string, string | number>> = {}
): WordPart[] {
	const marked = new Proxy(vars, {
		get: (given, name) =>
			typeof name !== 'string' ? undefined : name in given ? given[name] : `${open}${name}${close}`,
	});
	const text = t(key, marked);
	const parts: WordPart[] = [];
	for (const [i, piece] of text.split(new RegExp(`${open}|${close}`)).entries()) {
		if (i % 2 === 1) parts.push({ slot: piece });
		else if (piece) parts.push(piece);
	}
	return parts;
}
