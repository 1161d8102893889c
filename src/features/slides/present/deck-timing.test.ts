import { describe, expect, it } from 'vitest';
import {
	describeLeft,
	elapsedSeconds,
	formatClock,
	plannedActivity,
	describeActivity,
	describeActivityLeft,
	timeLeft,
} from './deck-timing';
import { deckWordsFrom } from './deck-words';
import { keepPlaceholders } from '../../../i18n/templates';
import { strings } from '../../../i18n/strings';

// The words the pages give the presenter view (slides.deck in src/i18n/strings/<locale>.yaml).
const english = deckWordsFrom((key) => keepPlaceholders(strings('en'), key));
const welsh = deckWordsFrom((key) => keepPlaceholders(strings('cy'), key));

const plan = [10, 40, 5];

describe('timeLeft', () => {
	it('measures the activity against when the plan says it ends', () => {
		expect(timeLeft(0, plan, 0)).toEqual({ activity: 600, lesson: 3300 });
		expect(timeLeft(12 * 60, plan, 1)).toEqual({ activity: 38 * 60, lesson: 43 * 60 });
	});

	it('goes negative when the class is behind', () => {
		expect(timeLeft(11 * 60, plan, 0).activity).toBe(-60);
		expect(timeLeft(56 * 60, plan, 2)).toEqual({ activity: -60, lesson: -60 });
	});

	it('keeps a stray index inside the plan', () => {
		expect(timeLeft(0, plan, -1).activity).toBe(600);
		expect(timeLeft(0, plan, 9).activity).toBe(3300);
	});
});

describe('plannedActivity', () => {
	it('says which activity should be running', () => {
		expect(plannedActivity(0, plan)).toBe(0);
		expect(plannedActivity(599, plan)).toBe(0);
		expect(plannedActivity(600, plan)).toBe(1);
		expect(plannedActivity(99_999, plan)).toBe(2);
		expect(plannedActivity(5, [])).toBe(0);
	});
});

describe('formatClock and describeLeft', () => {
	it('shows minutes and seconds, and hours when needed', () => {
		expect(formatClock(0)).toBe('0:00');
		expect(formatClock(75)).toBe('1:15');
		expect(formatClock(3725)).toBe('1:02:05');
		expect(formatClock(-75)).toBe('1:15');
	});

	it('says when the activity should end, never as if it were its length', () => {
		expect(describeActivity('Ground rules', 12, false, english)).toBe(
			'Ground rules · 12 min planned'
		);
		expect(describeActivity('Extension', 10, true, english)).toBe(
			'Extension · 10 min planned (optional)'
		);
		expect(describeActivityLeft(2151, english)).toBe('ends in 35:51 by the plan');
		expect(describeActivityLeft(-65, english)).toBe('1:05 past its planned end');
	});

	it('says left or over', () => {
		expect(describeLeft(270, english)).toBe('4:30 left');
		expect(describeLeft(0, english)).toBe('0:00 left');
		expect(describeLeft(-65, english)).toBe('1:05 over');
	});

	it('speaks Welsh in a Welsh deck', () => {
		expect(describeLeft(270, welsh)).toBe('4:30 ar ôl');
		expect(describeLeft(-65, welsh)).toBe('1:05 dros amser');
		expect(describeActivityLeft(2151, welsh)).toBe('yn gorffen ymhen 35:51 yn ôl y cynllun');
		expect(describeActivity('Rheolau sylfaenol', 5, true, welsh)).toBe(
			'Rheolau sylfaenol · 5 munud yn y cynllun (dewisol)'
		);
	});
});

describe('elapsedSeconds', () => {
	it('counts whole seconds and never goes below zero', () => {
		expect(elapsedSeconds(1_000, 62_999)).toBe(61);
		expect(elapsedSeconds(5_000, 1_000)).toBe(0);
	});
});
