/**
 * Kinds of lesson activity. `baseline` and `end-point` pair up to show progress. The safeguarding
 * frame every lesson keeps is made of kinds too: `question-box` (answering the last lesson's
 * anonymous questions), `closing` (a calm activity that steps out of the stories) and `signposting`
 * (where to get help, last). `questions` is the time a talk leaves for the audience's questions.
 */
export const activityKinds = [
	'starter',
	'question-box',
	'baseline',
	'main',
	'plenary',
	'end-point',
	'closing',
	'signposting',
	'questions',
] as const;
export type ActivityKind = (typeof activityKinds)[number];

/** Kinds that belong to the core of every lesson and cannot be marked optional. */
export const coreKinds: readonly ActivityKind[] = [
	'starter',
	'question-box',
	'baseline',
	'end-point',
	'closing',
	'signposting',
];
