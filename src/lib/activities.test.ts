import { describe, expect, it } from 'vitest';
import { readActivities, timingProblems } from './activities';

const body = `
Intro text.

<Activity title="Ground rules and baseline" minutes={10} kind="baseline">
Text with a <Slide title="x" /> inside.
</Activity>

<Activity
  title='Scenario: Sam’s new follower'
  minutes={25}
>
More.
</Activity>

<Activity title="End point" minutes="15" kind="end-point">
</Activity>
`;

describe('readActivities', () => {
	it('reads title, minutes, kind and line of every activity, in order', () => {
		expect(readActivities(body)).toEqual([
			{ title: 'Ground rules and baseline', minutes: 10, kind: 'baseline', line: 4 },
			{ title: 'Scenario: Sam’s new follower', minutes: 25, kind: undefined, line: 8 },
			{ title: 'End point', minutes: 15, kind: 'end-point', line: 15 },
		]);
	});

	it('names the activity and line when minutes are missing or not a whole number', () => {
		expect(() => readActivities('\n<Activity title="Starter" />')).toThrow(
			'activity "Starter" (line 2) needs minutes={n}'
		);
		expect(() => readActivities('<Activity title="Starter" minutes={2.5} />')).toThrow(/got 2.5/);
		expect(() => readActivities('<Activity title="Starter" minutes={0} />')).toThrow(/above 0/);
		expect(() => readActivities('<Activity title="Starter" minutes={five} />')).toThrow(/got five/);
	});

	it('ignores an activity inside a code block', () => {
		expect(readActivities('```\n<Activity title="Code" minutes={5} />\n```')).toEqual([]);
	});
});

describe('timingProblems', () => {
	it('is empty when the minutes add up to the duration', () => {
		expect(timingProblems(body, 50)).toEqual([]);
	});

	it('shows the sum and each activity when they do not', () => {
		expect(timingProblems(body, 60)).toEqual([
			'activity minutes add up to 50 (Ground rules and baseline 10 + Scenario: Sam’s new follower 25 + End point 15) but duration is 60',
		]);
	});

	it('reports a lesson with no activities at all', () => {
		expect(timingProblems('Just prose.', 60)).toEqual([
			'the body has no <Activity minutes={n}> blocks',
		]);
	});
});
