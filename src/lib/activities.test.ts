import { describe, expect, it } from 'vitest';
import {
	frameProblems,
	lessonTiming,
	readActivities,
	talkFrameProblems,
	timingProblems,
} from './activities';

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
			{
				title: 'Ground rules and baseline',
				minutes: 10,
				kind: 'baseline',
				optional: false,
				line: 4,
			},
			{
				title: 'Scenario: Sam’s new follower',
				minutes: 25,
				kind: undefined,
				optional: false,
				line: 8,
			},
			{ title: 'End point', minutes: 15, kind: 'end-point', optional: false, line: 15 },
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
			'core activity minutes add up to 50 (Ground rules and baseline 10 + Scenario: Sam’s new follower 25 + End point 15) but duration is 60',
		]);
	});

	it('leaves optional activities out of the core time', () => {
		const withExtra = `${body}
<Activity title="Extension" minutes={10} optional>
</Activity>
`;
		expect(timingProblems(withExtra, 50)).toEqual([]);
		expect(timingProblems(withExtra, 60)).toEqual([
			'core activity minutes add up to 50 (Ground rules and baseline 10 + Scenario: Sam’s new follower 25 + End point 15, not counting optional activities) but duration is 60',
		]);
		expect(lessonTiming(withExtra)).toEqual({
			core: 50,
			optional: [{ title: 'Extension', minutes: 10 }],
		});
	});

	it('refuses an optional attribute that is not a plain flag', () => {
		expect(timingProblems('<Activity title="X" minutes={5} optional="yes" />', 5)).toEqual([
			'activity "X" (line 1): write <Activity optional> (or nothing) to mark an extension, got optional="yes"',
		]);
	});

	it('reports a lesson with no activities at all', () => {
		expect(timingProblems('Just prose.', 60)).toEqual([
			'the body has no <Activity minutes={n}> blocks',
		]);
	});
});

const framed = `
<Activity title="Ground rules" minutes={5} kind="starter">
</Activity>

<Activity title="Your questions" minutes={3} kind="question-box">
</Activity>

<Activity title="Story" minutes={20}>
</Activity>

<Activity title="Extension" minutes={10} optional>
</Activity>

<Activity title="Step out of the stories" minutes={3} kind="closing">
</Activity>

<Activity title="Where help is" minutes={5} kind="signposting">

<Slide title="Help is always there">

<HelpRoutes ids={['childline', 'police-101', 'police-emergency']} />

</Slide>

</Activity>
`;

describe('frameProblems', () => {
	it('accepts a lesson with the question box, a calm closing and signposting with 999 and 101', () => {
		expect(frameProblems(framed)).toEqual([]);
	});

	it('accepts <HelpRoutes /> without ids, whose defaults include 999 and 101', () => {
		expect(
			frameProblems(
				framed.replace(
					"<HelpRoutes ids={['childline', 'police-101', 'police-emergency']} />",
					'<HelpRoutes />'
				)
			)
		).toEqual([]);
	});

	it('names every missing part of the frame', () => {
		const bare = `
<Activity title="Story" minutes={20}>
</Activity>

<Activity title="Where help is" minutes={5} kind="signposting">

<HelpRoutes ids={['childline', 'police-101', 'police-emergency']} />

</Activity>
`;
		expect(frameProblems(bare)).toEqual([
			'add an <Activity kind="question-box"> with time to answer the last lesson\'s question box',
			'add a calm closing activity (<Activity kind="closing">) straight before the signposting "Where help is"',
			"the signposting activity (line 5) needs a <Slide> with <HelpRoutes ids={[...]} /> that includes 'police-emergency' (999) and 'police-101' (101)",
		]);
	});

	it('refuses a signposting slide without 101, signposting that is not last, and an optional frame part', () => {
		const problems = frameProblems(
			framed
				.replace("'police-101', ", '')
				.replace('kind="closing">', 'kind="closing" optional>')
				.concat('\n<Activity title="Late" minutes={2}>\n</Activity>\n')
		);
		expect(problems).toEqual([
			'activity "Step out of the stories" (line 14) is a closing activity, which every lesson needs: it cannot be optional',
			'the signposting activity "Where help is" (line 17) must be the last activity',
			"the signposting activity (line 17) needs a <Slide> with <HelpRoutes ids={[...]} /> that includes 'police-emergency' (999) and 'police-101' (101)",
		]);
	});
});

describe('talkFrameProblems', () => {
	const help = `<Slide title="Help">\n\n<HelpRoutes ids={['police-emergency', 'police-101']} />\n\n</Slide>`;
	it('accepts a talk that ends with where to get help, 999 and 101 on a slide', () => {
		const talk = `<Activity title="What it is" minutes={10}>\n\nText\n\n</Activity>\n\n<Activity title="Help" minutes={5} kind="signposting">\n\n${help}\n\n</Activity>`;
		expect(talkFrameProblems(talk)).toEqual([]);
	});

	it('asks for the signposting last, and for 999 and 101 on its slide', () => {
		const early = `<Activity title="Help" minutes={5} kind="signposting">\n\n${help}\n\n</Activity>\n\n<Activity title="More" minutes={5}>\n\nText\n\n</Activity>`;
		expect(talkFrameProblems(early)).toEqual([
			'end the talk with an <Activity kind="signposting">: where to get help',
		]);
		const no101 = `<Activity title="Help" minutes={5} kind="signposting">\n\n<Slide title="Help">\n\n<HelpRoutes ids={['police-emergency']} />\n\n</Slide>\n\n</Activity>`;
		expect(talkFrameProblems(no101)).toEqual([
			expect.stringMatching(/line 1\) needs a <Slide> .*'police-101' \(101\)/),
		]);
	});

	it('names an unknown kind and an activity without minutes', () => {
		const odd = `<Activity title="Quiz" minutes={5} kind="quiz">\n\n</Activity>\n\n<Activity title="Help" minutes={5} kind="signposting">\n\n${help}\n\n</Activity>`;
		expect(talkFrameProblems(odd)).toEqual([
			expect.stringMatching(/"Quiz" \(line 1\) has an unknown kind "quiz"/),
		]);
		expect(talkFrameProblems('<Activity title="Odd">\n\n</Activity>')).toEqual([
			expect.stringMatching(/needs minutes=\{n\}/),
		]);
	});
});
