/**
 * Interface strings as templates, for code that fills them in later (a script in the browser, a
 * build step): the string's words with its placeholders kept as they are written, `{n}`.
 */
import type { Translate } from './strings.ts';

/** Every placeholder's value is the placeholder itself. */
const asWritten: Readonly<Record<string, string>> = new Proxy(
	{},
	{
		get: (_target, name) => (typeof name === 'string' ? `{${name}}` : undefined),
		has: () => true,
	}
);

/** The string `key` with its placeholders kept: "Sleid {n} o {total}: {title}". */
export const keepPlaceholders = (t: Translate, key: string): string => t(key, asWritten);
