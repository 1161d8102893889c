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

/**
 * A template's `{name}` places filled from `values`; a place without a value stays as it is. For
 * scripts in the browser, which get their words as templates from the page (never from strings.ts).
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in values ? String(values[name]) : whole
	);
}
