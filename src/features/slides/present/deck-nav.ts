/**
 * Pure navigation rules for the slide deck and presenter view: which key does what, the `#5` hash,
 * "type a number then Enter", and swipes. Kept apart from the DOM so every rule has a unit test.
 */

/** Something the deck can be asked to do, by a key, a button, a swipe or the other window. */
export type DeckCommand =
	'next' | 'prev' | 'first' | 'last' | 'go' | 'fullscreen' | 'blackout' | 'escape' | 'presenter';

/** What a key press means: a command, a digit for "jump to slide", or nothing. */
export type KeyMeaning = { command: DeckCommand } | { digit: string } | null;

/** The parts of a KeyboardEvent the mapping reads, so tests can pass plain objects. */
export interface KeyPress {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	altKey?: boolean;
	metaKey?: boolean;
}

/**
 * Keys, as sent by keyboards and by presentation clickers (which send PageUp and PageDown, and
 * often "b" or "." for a blank screen).
 */
const keyCommands: Record<string, DeckCommand> = {
	ArrowRight: 'next',
	ArrowDown: 'next',
	PageDown: 'next',
	' ': 'next',
	ArrowLeft: 'prev',
	ArrowUp: 'prev',
	PageUp: 'prev',
	Home: 'first',
	End: 'last',
	Enter: 'go',
	f: 'fullscreen',
	F: 'fullscreen',
	b: 'blackout',
	B: 'blackout',
	'.': 'blackout',
	Escape: 'escape',
	p: 'presenter',
	P: 'presenter',
};

/**
 * The meaning of a key press. Presses with Ctrl, Alt or Meta are left to the browser (Ctrl+F,
 * Alt+Left and the like must keep working); Shift+Space goes back, as on web pages.
 */
export function keyMeaning(press: KeyPress): KeyMeaning {
	if (press.ctrlKey || press.altKey || press.metaKey) return null;
	if (/^[0-9]$/.test(press.key)) return { digit: press.key };
	if (press.key === ' ' && press.shiftKey) return { command: 'prev' };
	const command = keyCommands[press.key];
	return command ? { command } : null;
}

/** Keys that a focused button, link or form field handles itself, so the deck must not act on them too. */
export function isControlKey(key: string): boolean {
	return key === ' ' || key === 'Enter';
}

/** Longest number typed for "jump to slide": no lesson has a thousand slides. */
const maxDigits = 3;

/** Adds a typed digit to the pending slide number. */
export function addDigit(pending: string, digit: string): string {
	return (pending + digit).slice(-maxDigits);
}

/** The slide index (0-based) a typed number asks for, or null if there is no such slide. */
export function typedSlide(pending: string, count: number): number | null {
	const n = Number.parseInt(pending, 10);
	return Number.isInteger(n) && n >= 1 && n <= count ? n - 1 : null;
}

/** Keeps an index within the deck. */
export function clampSlide(index: number, count: number): number {
	if (count <= 0 || !Number.isFinite(index)) return 0;
	return Math.min(Math.max(Math.trunc(index), 0), count - 1);
}

/** The index a command moves to from `index`, or null for commands that do not move. */
export function moveTo(command: DeckCommand, index: number, count: number): number | null {
	switch (command) {
		case 'next':
			return clampSlide(index + 1, count);
		case 'prev':
			return clampSlide(index - 1, count);
		case 'first':
			return 0;
		case 'last':
			return clampSlide(count - 1, count);
		default:
			return null;
	}
}

/**
 * The slide a URL hash points at: `#5` is the fifth slide (index 4). Numbers past the end go to the
 * last slide, so an old link still lands somewhere sensible; anything else is null.
 */
export function slideFromHash(hash: string, count: number): number | null {
	const match = /^#?(\d{1,4})$/.exec(hash.trim());
	if (!match || count <= 0) return null;
	const n = Number(match[1]);
	return n < 1 ? 0 : clampSlide(n - 1, count);
}

/** The hash for a slide index: index 4 is `#5`, as people count. */
export function hashForSlide(index: number): string {
	return `#${index + 1}`;
}

/** Shortest horizontal movement, in CSS pixels, that counts as a swipe rather than a tap. */
export const swipeThreshold = 50;

/**
 * A swipe's meaning from how far the finger moved: left goes forward (like turning a page), right
 * goes back. Mostly vertical or short movements mean nothing.
 */
export function swipeCommand(
	dx: number,
	dy: number,
	threshold = swipeThreshold
): 'next' | 'prev' | null {
	if (Math.abs(dx) < threshold || Math.abs(dx) <= Math.abs(dy) * 1.5) return null;
	return dx < 0 ? 'next' : 'prev';
}
