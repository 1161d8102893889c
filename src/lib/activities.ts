/**
 * Reads `<Activity ... minutes={n}>` blocks out of a lesson's MDX so the build can check that a
 * lesson's timings add up and that it keeps the safeguarding frame. It runs inside the content
 * loader and in unit tests alike.
 */
import { activityKinds, coreKinds } from './lesson-parts';
import {
	mdxElements,
	parseMdx,
	showValue,
	textAttribute,
	type MdNode,
	type MdxElement,
} from './mdx';
import { defaultHelpRouteIds, emergencyId, nonEmergencyId } from './services';

export interface ActivityTiming {
	/** The activity's `title` attribute. */
	title: string;
	/** Minutes from the `minutes` attribute. */
	minutes: number;
	/** The activity's `kind` attribute, for example `baseline`. */
	kind: string | undefined;
	/** `<Activity optional>`: an extension a teacher may add; not part of the core time. */
	optional: boolean;
	/** 1-based line of the opening tag in the MDX body. */
	line: number;
}

/** Every `<Activity>` in the body, in order. Throws if one has no usable `minutes`. */
export function readActivities(body: string): ActivityTiming[] {
	return mdxElements(body, 'Activity').map((element) => {
		const title = textAttribute(element, 'title') ?? '(untitled)';
		const raw = element.attributes['minutes'];
		const minutes = typeof raw === 'number' || typeof raw === 'string' ? Number(raw) : Number.NaN;
		if (!Number.isInteger(minutes) || minutes <= 0) {
			throw new Error(
				`activity "${title}" (line ${element.line}) needs minutes={n} with a whole number above 0, got ${showValue(raw)}`
			);
		}
		const optional = element.attributes['optional'];
		if (optional !== undefined && typeof optional !== 'boolean') {
			throw new Error(
				`activity "${title}" (line ${element.line}): write <Activity optional> (or nothing) to mark an extension, got optional=${showValue(optional)}`
			);
		}
		return {
			title,
			minutes,
			kind: textAttribute(element, 'kind'),
			optional: optional === true,
			line: element.line,
		};
	});
}

/** A lesson's time: the core the teacher must keep to, and the optional extensions on top. */
export interface LessonTiming {
	/** Minutes of every activity not marked optional. */
	core: number;
	/** Extensions, in lesson order. */
	optional: { title: string; minutes: number }[];
}

/** Core minutes and optional extensions of a lesson body (throws like `readActivities`). */
export function lessonTiming(body: string): LessonTiming {
	const activities = readActivities(body);
	return {
		core: activities.filter((a) => !a.optional).reduce((sum, a) => sum + a.minutes, 0),
		optional: activities
			.filter((a) => a.optional)
			.map(({ title, minutes }) => ({ title, minutes })),
	};
}

/**
 * The share of a slot the core activities may fill. The rest is settling, handing out, moving
 * between activities and the minute a discussion runs over: a lesson planned to the minute runs over.
 */
export const coreShare = 0.9;

/** The most core minutes a slot of `duration` minutes holds (90%, rounded down). */
export const coreLimit = (duration: number): number => Math.floor(duration * coreShare);

/**
 * Problems with a lesson's or talk's timings, as sentences for a build error; empty when all is well.
 * The core activities' minutes (those not marked `optional`) fill at most 90% of the slot
 * (`duration`), named at the line of the activity that takes the plan over.
 */
export function timingProblems(body: string, duration: number): string[] {
	let activities: ActivityTiming[];
	try {
		activities = readActivities(body);
	} catch (error) {
		return [(error as Error).message];
	}
	if (activities.length === 0) return ['the body has no <Activity minutes={n}> blocks'];
	const core = activities.filter((a) => !a.optional);
	const total = core.reduce((sum, a) => sum + a.minutes, 0);
	const limit = coreLimit(duration);
	if (total <= limit) return [];
	let running = 0;
	const over = core.find((a) => (running += a.minutes) > limit) ?? core.at(-1)!;
	const list = core.map((a) => `${a.title} ${a.minutes}`).join(' + ');
	const extras = activities.length > core.length ? ', not counting optional activities' : '';
	return [
		`line ${over.line}: core activity minutes add up to ${total} (${list}${extras}), more than 90% of the ${duration}-minute slot (at most ${limit}): leave the rest for settling and moving between activities, and shorten or cut an activity (the plan goes over at "${over.title}")`,
	];
}

/** Whether an mdast node is a JSX element called `name`. */
const isJsx = (node: MdNode, name: string): boolean =>
	(node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;

/**
 * Every `<Slide>` belongs to a timed `<Activity>`: a slide outside one has no time in the plan, and
 * the presenter's clock cannot pace it. One problem per such slide, with its line.
 */
export function slidesOutsideActivityProblems(body: string): string[] {
	const problems: string[] = [];
	const visit = (node: MdNode, inActivity: boolean) => {
		if (isJsx(node, 'Slide') && !inActivity) {
			const title = mdxElements(node, 'Slide')[0]?.attributes['title'];
			problems.push(
				`line ${node.position?.start.line ?? 0}: the slide ${typeof title === 'string' ? `"${title}" ` : ''}is outside any <Activity minutes={n}>: put it inside the activity it is shown in, so its time is planned`
			);
		}
		for (const child of node.children ?? []) visit(child, inActivity || isJsx(node, 'Activity'));
	};
	visit(parseMdx(body), false);
	return problems;
}

/**
 * A talk leaves real time for questions: its core activities of kind `questions` hold at least 15% of
 * the slot, and never less than 4 minutes.
 */
export function talkQuestionTimeProblems(body: string, duration: number): string[] {
	let activities: ActivityTiming[];
	try {
		activities = readActivities(body);
	} catch {
		return []; // timingProblems reports it
	}
	const questions = activities.filter((a) => !a.optional && a.kind === 'questions');
	const minutes = questions.reduce((sum, a) => sum + a.minutes, 0);
	const needed = Math.max(4, Math.ceil(duration * 0.15));
	if (minutes >= needed) return [];
	return [
		questions.length === 0
			? `add an <Activity kind="questions" minutes={${needed}}> (at least ${needed} minutes of the ${duration}-minute slot): a talk leaves real time for questions`
			: `line ${questions[0]!.line}: the questions activities hold ${minutes} minutes; a ${duration}-minute talk needs at least ${needed} for questions`,
	];
}

/** Service ids of a `<HelpRoutes>` element (its `ids`, or the defaults when it names none). */
function helpRouteIds(element: MdxElement): string[] | undefined {
	const ids = element.attributes['ids'];
	if (ids === undefined) return defaultHelpRouteIds;
	return Array.isArray(ids) && ids.every((id) => typeof id === 'string') ? ids : undefined;
}

/**
 * Problems with the safeguarding frame every lesson keeps, read from the body:
 * - time for the last lesson's question box (an activity of kind `question-box`);
 * - a calm closing activity (kind `closing`) straight before the signposting;
 * - signposting (kind `signposting`) as the last activity, with a `<Slide>` whose `<HelpRoutes>`
 *   includes 999 and 101 (ids `police-emergency` and `police-101`);
 * - no frame part, baseline or end-point marked optional, and no unknown kind.
 * The other parts (telling the class in advance, a quiet alternative) are frontmatter fields.
 */
export function frameProblems(body: string): string[] {
	let activities: ActivityTiming[];
	try {
		activities = readActivities(body);
	} catch (error) {
		return [(error as Error).message];
	}
	const problems: string[] = [];
	for (const a of activities) {
		if (a.kind !== undefined && !(activityKinds as readonly string[]).includes(a.kind)) {
			problems.push(
				`activity "${a.title}" (line ${a.line}) has an unknown kind "${a.kind}" (use one of: ${activityKinds.join(', ')})`
			);
		}
		if (a.optional && a.kind && (coreKinds as readonly string[]).includes(a.kind)) {
			problems.push(
				`activity "${a.title}" (line ${a.line}) is a ${a.kind} activity, which every lesson needs: it cannot be optional`
			);
		}
	}
	const kinds = activities.map((a) => a.kind);
	if (!kinds.includes('question-box')) {
		problems.push(
			'add an <Activity kind="question-box"> with time to answer the last lesson\'s question box'
		);
	}
	const last = activities.at(-1);
	const signposting = activities.findIndex((a) => a.kind === 'signposting');
	if (signposting < 0) {
		problems.push('add an <Activity kind="signposting"> at the end: where to get help');
	} else if (last?.kind !== 'signposting') {
		problems.push(
			`the signposting activity "${activities[signposting]!.title}" (line ${activities[signposting]!.line}) must be the last activity`
		);
	}
	const before = activities[signposting - 1];
	if (signposting >= 0 && before?.kind !== 'closing') {
		problems.push(
			`add a calm closing activity (<Activity kind="closing">) straight before the signposting "${activities[signposting]!.title}"`
		);
	}
	if (signposting >= 0) problems.push(...signpostingSlideProblems(body, signposting));
	return problems;
}

/** The signposting activity (the `index`th `<Activity>`) needs a slide whose help routes include 999 and 101. */
function signpostingSlideProblems(body: string, index: number): string[] {
	const element = mdxElements(body, 'Activity')[index]!;
	const slides = mdxElements(element.node, 'Slide');
	const routes = slides.flatMap((slide) => mdxElements(slide.node, 'HelpRoutes').map(helpRouteIds));
	const complete = routes.some((ids) => ids?.includes(emergencyId) && ids.includes(nonEmergencyId));
	return complete
		? []
		: [
				`the signposting activity (line ${element.line}) needs a <Slide> with <HelpRoutes ids={[...]} /> that includes '${emergencyId}' (999) and '${nonEmergencyId}' (101)`,
			];
}

/**
 * Problems with the frame every talk keeps: it ends with where to get help (an activity of kind
 * `signposting`, last, with a slide showing 999 and 101), and no activity has an unknown kind.
 * Talks are given to adults, so the classroom parts (question box, baseline, closing) are not asked for.
 */
export function talkFrameProblems(body: string): string[] {
	let activities: ActivityTiming[];
	try {
		activities = readActivities(body);
	} catch (error) {
		return [(error as Error).message];
	}
	const problems = activities
		.filter((a) => a.kind !== undefined && !(activityKinds as readonly string[]).includes(a.kind))
		.map(
			(a) =>
				`activity "${a.title}" (line ${a.line}) has an unknown kind "${a.kind}" (use one of: ${activityKinds.join(', ')})`
		);
	const last = activities.length - 1;
	if (activities[last]?.kind !== 'signposting' || activities[last].optional)
		problems.push('end the talk with an <Activity kind="signposting">: where to get help');
	else problems.push(...signpostingSlideProblems(body, last));
	return problems;
}
