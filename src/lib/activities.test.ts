import { describe, expect, it } from 'vitest';
import {
	frameProblems,
	lessonTiming,
	readActivities,
	slidesOutsideActivityProblems,
	talkFrameProblems,
	talkQuestionTimeProblems,
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
	it('is empty when the core minutes fill at most 90% of the slot', () => {
		// 50 minutes of activities: a 56-minute slot holds 50 (90%, rounded down), a 60-minute one more.
		expect(timingProblems(body, 56)).toEqual([]);
		expect(timingProblems(body, 60)).toEqual([]);
	});

	it('names the activity that takes the plan over 90%, with the sum and each activity', () => {
		expect(timingProblems(body, 50)).toEqual([
			'line 15: core activity minutes add up to 50 (Ground rules and baseline 10 + Scenario: Sam’s new follower 25 + End point 15), more than 90% of the 50-minute slot (at most 45): leave the rest for settling and moving between activities, and shorten or cut an activity (the plan goes over at "End point")',
		]);
	});

	it('leaves optional activities out of the core time', () => {
		const withExtra = `${body}
<Activity title="Extension" minutes={10} optional>
</Activity>
`;
		expect(timingProblems(withExtra, 56)).toEqual([]);
		expect(timingProblems(withExtra, 55)[0]).toContain(
			'add up to 50 (Ground rules and baseline 10 + Scenario: Sam’s new follower 25 + End point 15, not counting optional activities), more than 90% of the 55-minute slot (at most 49)'
		);
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

describe('slidesOutsideActivityProblems', () => {
	it('names each slide outside an activity, with its line and title', () => {
		const deck =
			'<Slide title="Welcome">\nHi\n</Slide>\n\n<Activity title="A" minutes={5}>\n\n<Slide title="In time">\nx\n</Slide>\n\n</Activity>\n\n<Slide title="Stray">\ny\n</Slide>';
		expect(slidesOutsideActivityProblems(deck)).toEqual([
			'line 1: the slide "Welcome" is outside any <Activity minutes={n}>: put it inside the activity it is shown in, so its time is planned',
			'line 13: the slide "Stray" is outside any <Activity minutes={n}>: put it inside the activity it is shown in, so its time is planned',
		]);
	});
});

describe('talkQuestionTimeProblems', () => {
	it('asks for a questions activity of at least 15% of the slot, and 4 minutes or more', () => {
		const talk = (q: number) =>
			`<Activity title="Talk" minutes={10}>\n</Activity>\n\n<Activity title="Questions" minutes={${q}} kind="questions">\n</Activity>`;
		expect(talkQuestionTimeProblems(talk(5), 30)).toEqual([]);
		expect(talkQuestionTimeProblems(talk(4), 20)).toEqual([]);
		expect(talkQuestionTimeProblems(talk(4), 30)).toEqual([
			'line 4: the questions activities hold 4 minutes; a 30-minute talk needs at least 5 for questions',
		]);
		expect(
			talkQuestionTimeProblems('<Activity title="Talk" minutes={10}>\n</Activity>', 20)
		).toEqual([
			'add an <Activity kind="questions" minutes={4}> (at least 4 minutes of the 20-minute slot): a talk leaves real time for questions',
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
