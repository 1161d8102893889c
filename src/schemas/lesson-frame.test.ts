// The frontmatter half of the safeguarding frame, and the steps' one order, refused by the schemas
// themselves (the body half is src/lib/activities.test.ts, `frameProblems`).
import { describe, expect, it } from 'vitest';
import { lessonSchema } from './lesson';
import { stepsSchema } from './steps';

const lesson = {
	title: 'A lesson',
	summary: 'A lesson about friend requests, long enough to pass.',
	order: 1,
	keyStages: ['KS3'],
	yearGroups: [8],
	duration: 55,
	objectives: ['To understand things.'],
	outcomes: ['I can do things.'],
	curriculum: { rshe: ['Online safety and harms'], connectedWorld: ['Online relationships'] },
	safeguarding: ['Tell your DSL before you teach this lesson.'],
	advanceNotice: 'Tell the class a few days before what the lesson is about, and who to talk to.',
	quietAlternative:
		'A quiet task agreed with the DSL, with an adult nearby, for a pupil who needs it.',
	sources: [{ title: 'A source' }],
	lastReviewed: '2026-12-02',
};

describe('lesson schema: the safeguarding frame', () => {
	it('accepts a lesson that says what to tell the class and gives a quiet alternative', () => {
		expect(lessonSchema.safeParse(lesson).success).toBe(true);
	});

	it('refuses a lesson without either, naming the fields', () => {
		const { advanceNotice: _notice, quietAlternative: _quiet, ...bare } = lesson;
		const result = lessonSchema.safeParse(bare);
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual([
			'advanceNotice',
			'quietAlternative',
		]);
	});
});

describe('steps schema: one order', () => {
	const step = (id: string) => ({
		id,
		title: `Step ${id}.`,
		text: `What to do for ${id}, in words.`,
	});
	const data = (ids: string[]) => ({
		title: 'If it happens: what to do',
		steps: ids.map(step),
		sources: [{ title: 'A source' }],
		lastReviewed: '2026-12-02',
	});

	it('accepts steps that save the evidence before blocking', () => {
		expect(
			stepsSchema.safeParse(data(['dont-pay', 'save-evidence', 'block', 'tell'])).success
		).toBe(true);
	});

	it('refuses steps that block first, with the reason', () => {
		const result = stepsSchema.safeParse(data(['dont-pay', 'block', 'save-evidence', 'tell']));
		expect(result.success).toBe(false);
		expect(result.error!.issues[0]!.path).toEqual(['steps']);
		expect(result.error!.issues[0]!.message).toContain(
			'"save-evidence" (step 3) must come before "block" (step 2)'
		);
	});
});
