/**
 * A translated sentence with parts a component draws itself (a link, a `<Lead />`, a number in
 * bold), wherever the language puts them: `withSlots(t, key, vars, ['link'])` gives the words
 * before, between and after each `{link}` in order, with `{ slot: 'link' }` where the part goes.
 */
import type { Translate } from './strings.ts';

export type SentencePart = string | { slot: string };

/** Private-use characters mark the slots: they never occur in the kit's words. */
const marker = (i: number) => String.fromCodePoint(0xe000 + i);

export function withSlots(
	t: Translate,
	key: string,
	vars: Readonly<Record<string, string | number>>,
	slots: readonly string[]
): SentencePart[] {
	const marked = t(key, {
		...vars,
		...Object.fromEntries(slots.map((name, i) => [name, marker(i)])),
	});
	const parts: SentencePart[] = [];
	let text = '';
	for (const char of marked) {
		const i = char.codePointAt(0)! - 0xe000;
		if (i >= 0 && i < slots.length) {
			if (text) parts.push(text);
			parts.push({ slot: slots[i]! });
			text = '';
		} else text += char;
	}
	if (text) parts.push(text);
	return parts;
}

/** Every placeholder's value is the placeholder itself. */
const asWritten: Readonly<Record<string, string>> = new Proxy(
	{},
	{
		get: (_target, name) => (typeof name === 'string' ? `{${name}}` : undefined),
		has: () => true,
	}
);

/** A template's words with its placeholders kept (`{n}`), for code that fills them in later. */
export const keepPlaceholders = (t: Translate, key: string): string => t(key, asWritten);
