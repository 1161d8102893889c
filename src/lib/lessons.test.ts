import { describe, expect, it } from 'vitest';
import { audienceLabel, groupByKeyStage, timingLabel, yearsLabel } from './lessons';

describe('yearsLabel', () => {
	it('writes a range for consecutive years and a list otherwise', () => {
		expect(yearsLabel([9, 8, 10])).toBe('Years 8-10');
		expect(yearsLabel([7])).toBe('Year 7');
		expect(yearsLabel([7, 9])).toBe('Years 7, 9');
		expect(yearsLabel([])).toBe('');
	});
});

describe('audienceLabel', () => {
	it('states the year groups once, then their key stages in words', () => {
		expect(audienceLabel(['KS3', 'KS4'], [8, 9, 10, 11])).toBe(
			'Years 8-11 in England and Wales, ages 12-16 (key stages 3 and 4)'
		);
		expect(audienceLabel(['post-16'], [12, 13])).toBe(
			'Years 12-13 in England and Wales, ages 16-18 (post-16)'
		);
		expect(audienceLabel(['KS3'], [7])).toBe(
			'Year 7 in England and Wales, ages 11-12 (key stage 3)'
		);
		expect(audienceLabel(['KS4', 'post-16'], [11, 12])).toBe(
			'Years 11-12 in England and Wales, ages 15-17 (key stage 4 and post-16)'
		);
	});

	it('names the key stages in teaching order, whatever order they are listed in', () => {
		expect(audienceLabel(['KS4', 'KS3'], [9, 10])).toBe(
			'Years 9-10 in England and Wales, ages 13-15 (key stages 3 and 4)'
		);
		expect(audienceLabel(['KS3'], [])).toBe('Key stage 3');
	});
});

describe('groupByKeyStage', () => {
	it('lists a lesson under each of its key stages, in teaching order', () => {
		const lessons = [
			{ id: 'b', data: { order: 2, keyStages: ['KS3', 'KS4'] as const } },
			{ id: 'a', data: { order: 1, keyStages: ['KS4'] as const } },
		].map((l) => ({ ...l, data: { ...l.data, keyStages: [...l.data.keyStages] } }));
		expect(groupByKeyStage(lessons).map((g) => [g.keyStage, g.lessons.map((l) => l.id)])).toEqual([
			['KS3', ['b']],
			['KS4', ['a', 'b']],
		]);
	});
});

describe('timingLabel', () => {
	it('gives the core time, and the optional extensions when there are some', () => {
		expect(timingLabel(55, { optional: [] })).toBe('55 minutes');
		expect(timingLabel(55, { optional: [{ minutes: 10 }] })).toBe(
			'55 minutes, plus a 10-minute optional extension'
		);
		expect(timingLabel(60, { optional: [{ minutes: 10 }, { minutes: 8 }, { minutes: 5 }] })).toBe(
			'60 minutes, plus optional extensions of 10, 8 and 5 minutes'
		);
	});
});
