/** Kinds of lesson activity. `baseline` and `end-point` pair up to show progress. */
export const activityKinds = [
	'starter',
	'baseline',
	'main',
	'plenary',
	'end-point',
	'signposting',
] as const;
export type ActivityKind = (typeof activityKinds)[number];
