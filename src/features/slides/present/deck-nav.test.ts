import { describe, expect, it } from 'vitest';
import {
	addDigit,
	clampSlide,
	hashForSlide,
	isControlKey,
	keyMeaning,
	moveTo,
	slideFromHash,
	swipeCommand,
	typedSlide,
} from './deck-nav';

describe('keyMeaning', () => {
	it.each([
		['ArrowRight', 'next'],
		['ArrowDown', 'next'],
		['PageDown', 'next'],
		[' ', 'next'],
		['ArrowLeft', 'prev'],
		['ArrowUp', 'prev'],
		['PageUp', 'prev'],
		['Home', 'first'],
		['End', 'last'],
		['Enter', 'go'],
		['f', 'fullscreen'],
		['F', 'fullscreen'],
		['b', 'blackout'],
		['B', 'blackout'],
		['.', 'blackout'],
		['Escape', 'escape'],
		['p', 'presenter'],
	])('%j means %s', (key, command) => {
		expect(keyMeaning({ key })).toEqual({ command });
	});

	it('reads digits for "type a number then Enter"', () => {
		expect(keyMeaning({ key: '7' })).toEqual({ digit: '7' });
	});

	it('goes back on Shift+Space', () => {
		expect(keyMeaning({ key: ' ', shiftKey: true })).toEqual({ command: 'prev' });
	});

	it('leaves browser shortcuts and other keys alone', () => {
		expect(keyMeaning({ key: 'f', ctrlKey: true })).toBeNull();
		expect(keyMeaning({ key: 'ArrowLeft', altKey: true })).toBeNull();
		expect(keyMeaning({ key: 'r', metaKey: true })).toBeNull();
		expect(keyMeaning({ key: 'Tab' })).toBeNull();
		expect(keyMeaning({ key: 'x' })).toBeNull();
	});
});

describe('isControlKey', () => {
	it('is true for the keys a focused button handles itself', () => {
		expect(isControlKey(' ')).toBe(true);
		expect(isControlKey('Enter')).toBe(true);
		expect(isControlKey('ArrowRight')).toBe(false);
	});
});

describe('typing a slide number', () => {
	it('collects up to three digits', () => {
		expect(['1', '2'].reduce(addDigit, '')).toBe('12');
		expect(['1', '2', '3', '4'].reduce(addDigit, '')).toBe('234');
	});

	it('jumps to an existing slide only', () => {
		expect(typedSlide('5', 12)).toBe(4);
		expect(typedSlide('12', 12)).toBe(11);
		expect(typedSlide('13', 12)).toBeNull();
		expect(typedSlide('0', 12)).toBeNull();
		expect(typedSlide('', 12)).toBeNull();
	});
});

describe('moveTo and clampSlide', () => {
	it('moves one slide and stops at the ends', () => {
		expect(moveTo('next', 0, 3)).toBe(1);
		expect(moveTo('next', 2, 3)).toBe(2);
		expect(moveTo('prev', 0, 3)).toBe(0);
		expect(moveTo('first', 2, 3)).toBe(0);
		expect(moveTo('last', 0, 3)).toBe(2);
	});

	it('does not move for other commands', () => {
		expect(moveTo('blackout', 1, 3)).toBeNull();
	});

	it('keeps any index inside the deck', () => {
		expect(clampSlide(-4, 3)).toBe(0);
		expect(clampSlide(9, 3)).toBe(2);
		expect(clampSlide(Number.NaN, 3)).toBe(0);
		expect(clampSlide(1, 0)).toBe(0);
	});
});

describe('slideFromHash and hashForSlide', () => {
	it('counts from one, as people do', () => {
		expect(slideFromHash('#5', 12)).toBe(4);
		expect(slideFromHash('5', 12)).toBe(4);
		expect(hashForSlide(4)).toBe('#5');
	});

	it('sends numbers past the end to the last slide and #0 to the first', () => {
		expect(slideFromHash('#99', 12)).toBe(11);
		expect(slideFromHash('#0', 12)).toBe(0);
	});

	it('ignores anything that is not a slide number', () => {
		expect(slideFromHash('', 12)).toBeNull();
		expect(slideFromHash('#main', 12)).toBeNull();
		expect(slideFromHash('#-2', 12)).toBeNull();
		expect(slideFromHash('#2.5', 12)).toBeNull();
		expect(slideFromHash('#3', 0)).toBeNull();
	});
});

describe('swipeCommand', () => {
	it('goes forward on a swipe to the left and back on a swipe to the right', () => {
		expect(swipeCommand(-120, 10)).toBe('next');
		expect(swipeCommand(120, -10)).toBe('prev');
	});

	it('ignores taps and mostly vertical movements', () => {
		expect(swipeCommand(-20, 0)).toBeNull();
		expect(swipeCommand(-80, 70)).toBeNull();
	});
});
