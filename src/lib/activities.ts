/**
 * Reads `<Activity ... minutes={n}>` blocks out of a lesson's raw MDX so the build can check that a
 * lesson's timings add up. Pure string work: no MDX compiler needed, so it runs inside the content
 * loader and in unit tests alike.
 */

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

const ACTIVITY_TAG = /<Activity\b((?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*)>/g;

/** Reads one attribute as a string, from `name="x"`, `name='x'` or `name={x}`. */
function attribute(attrs: string, name: string): string | undefined {
	const match = new RegExp(
		`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|\\{\\s*([^}]*?)\\s*\\})`
	).exec(attrs);
	if (!match) return undefined;
	const value = match[1] ?? match[2] ?? match[3];
	return value?.replace(/^["'`]|["'`]$/g, '');
}

/** Every `<Activity>` in the body, in order. Throws if one has no usable `minutes`. */
export function readActivities(body: string): ActivityTiming[] {
	const found: ActivityTiming[] = [];
	for (const match of body.matchAll(ACTIVITY_TAG)) {
		const attrs = match[1] ?? '';
		const line = body.slice(0, match.index).split('\n').length;
		const title = attribute(attrs, 'title') ?? '(untitled)';
		const raw = attribute(attrs, 'minutes');
		const minutes = raw === undefined ? Number.NaN : Number(raw);
		if (!Number.isInteger(minutes) || minutes <= 0) {
			throw new Error(
				`activity "${title}" (line ${line}) needs minutes={n} with a whole number above 0, got ${raw === undefined ? 'nothing' : JSON.stringify(raw)}`
			);
		}
		found.push({ title, minutes, kind: attribute(attrs, 'kind'), line });
	}
	return found;
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
