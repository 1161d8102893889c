/**
 * Reads `<Activity ... minutes={n}>` blocks out of a lesson's MDX so the build can check that a
 * lesson's timings add up. It runs inside the content loader and in unit tests alike.
 */
import { mdxElements, showValue, textAttribute } from './mdx';

export interface ActivityTiming {
	/** The activity's `title` attribute. */
	title: string;
	/** Minutes from the `minutes` attribute. */
	minutes: number;
	/** The activity's `kind` attribute, for example `baseline`. */
	kind: string | undefined;
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
		return { title, minutes, kind: textAttribute(element, 'kind'), line: element.line };
	});
}

/**
 * Problems with a lesson's timings, as sentences for a build error; empty when all is well.
 * The activity minutes must add up to the lesson's `duration`.
 */
export function timingProblems(body: string, duration: number): string[] {
	let activities: ActivityTiming[];
	try {
		activities = readActivities(body);
	} catch (error) {
		return [(error as Error).message];
	}
	if (activities.length === 0) return ['the body has no <Activity minutes={n}> blocks'];
	const total = activities.reduce((sum, a) => sum + a.minutes, 0);
	if (total !== duration) {
		const list = activities.map((a) => `${a.title} ${a.minutes}`).join(' + ');
		return [`activity minutes add up to ${total} (${list}) but duration is ${duration}`];
	}
	return [];
}
