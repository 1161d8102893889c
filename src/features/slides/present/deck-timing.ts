/**
 * Time maths for the presenter view. The lesson plan gives each activity its minutes; the clock
 * runs from the start of the lesson. Time left for the current activity is measured against the
 * plan (when the activity should end), not against when the teacher reached it, so a teacher who
 * is running late sees it straight away, and both windows agree without tracking extra state.
 */
import { fill, type DeckWords } from './deck-words';

export interface TimeLeft {
	/** Seconds until the current activity should end by the plan; negative once it is over time. */
	activity: number;
	/** Seconds until the end of the lesson; negative once it is over time. */
	lesson: number;
}

const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);

/** Time left for activity `activityIndex` (0-based) and for the lesson, `elapsed` seconds in. */
export function timeLeft(
	elapsed: number,
	activityMinutes: readonly number[],
	activityIndex: number
): TimeLeft {
	const index = Math.min(Math.max(activityIndex, 0), activityMinutes.length - 1);
	const activityEnd = sum(activityMinutes.slice(0, index + 1)) * 60;
	return { activity: activityEnd - elapsed, lesson: sum(activityMinutes) * 60 - elapsed };
}

/** The activity the plan says should be running `elapsed` seconds in (the last one once time is up). */
export function plannedActivity(elapsed: number, activityMinutes: readonly number[]): number {
	let end = 0;
	for (const [index, minutes] of activityMinutes.entries()) {
		end += minutes * 60;
		if (elapsed < end) return index;
	}
	return Math.max(activityMinutes.length - 1, 0);
}

/** Seconds as a clock: 75 -> "1:15", 3725 -> "1:02:05". Negative values are shown by their size. */
export function formatClock(seconds: number): string {
	const whole = Math.floor(Math.abs(seconds));
	const h = Math.floor(whole / 3600);
	const m = Math.floor((whole % 3600) / 60);
	const s = String(whole % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** "4:30 left" or "1:05 over", for a number of seconds left, in the words of the page's language. */
export function describeLeft(seconds: number, words: Pick<DeckWords, 'left' | 'over'>): string {
	return fill(seconds >= 0 ? words.left : words.over, { time: formatClock(seconds) });
}

/**
 * Time to the current activity's planned end, said so that it cannot be read as the activity's
 * length: "ends in 4:30 by the plan" or "1:05 past its planned end". (Measured against the plan, it
 * can be longer than the activity itself when the teacher is ahead.)
 */
export function describeActivityLeft(
	seconds: number,
	words: Pick<DeckWords, 'endsIn' | 'pastEnd'>
): string {
	return fill(seconds >= 0 ? words.endsIn : words.pastEnd, { time: formatClock(seconds) });
}

/** "This activity" in the presenter view: its title and its planned length, "Ground rules · 5 min planned". */
export function describeActivity(
	title: string,
	minutes: number,
	optional: boolean,
	words: Pick<DeckWords, 'activity' | 'activityOptional'>
): string {
	return fill(optional ? words.activityOptional : words.activity, { title, minutes });
}

/** Whole seconds between two times in milliseconds, never negative (clocks can be a little out). */
export function elapsedSeconds(startedAt: number, now: number): number {
	return Math.max(0, Math.floor((now - startedAt) / 1000));
}
