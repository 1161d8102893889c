/**
 * The protocol that keeps the slides window and the presenter window together over a
 * BroadcastChannel: same origin, works offline, no server. Any window may move the deck; each
 * change is sent as the whole state, so a message lost or a window closed never leaves the two
 * apart for long. A window that opens says "hello"; the windows already open answer with their
 * state, and the newcomer takes it. That is how closing and reopening either window resyncs.
 */

/** What both windows share. Fullscreen is left out: it belongs to each screen. */
export interface DeckState {
	/** Current slide, 0-based. */
	slide: number;
	/** Whether the audience screen is blacked out. */
	blackout: boolean;
	/** When the lesson clock started, in milliseconds since 1970. */
	startedAt: number;
}

export type DeckMessage =
	{ type: 'hello'; from: string } | { type: 'state'; from: string; to?: string; state: DeckState };

/** One channel per lesson, so two lessons open in two tabs never steer each other. */
export function channelName(deckId: string): string {
	return `tgtbt-deck:${deckId}`;
}

const isState = (value: unknown): value is DeckState => {
	const s = value as Partial<DeckState> | null;
	return (
		typeof s === 'object' &&
		s !== null &&
		Number.isInteger(s.slide) &&
		(s.slide ?? -1) >= 0 &&
		typeof s.blackout === 'boolean' &&
		typeof s.startedAt === 'number' &&
		Number.isFinite(s.startedAt)
	);
};

/** A message from the channel if it is well formed; anything else (another version, a stray post) is null. */
export function readMessage(data: unknown): DeckMessage | null {
	const m = data as { type?: unknown; from?: unknown; to?: unknown; state?: unknown } | null;
	if (typeof m !== 'object' || m === null || typeof m.from !== 'string') return null;
	if (m.type === 'hello') return { type: 'hello', from: m.from };
	if (m.type === 'state' && isState(m.state) && (m.to === undefined || typeof m.to === 'string')) {
		return m.to === undefined
			? { type: 'state', from: m.from, state: m.state }
			: { type: 'state', from: m.from, to: m.to, state: m.state };
	}
	return null;
}

/** What this window knows when a message arrives. */
export interface Listener {
	/** This window's id. */
	id: string;
	/** True from this window's own "hello" until the first answer or a short wait. */
	joining: boolean;
	/** This window's state now. */
	state: DeckState;
}

/** What to do with a message: send a reply, take a state (and how to record it in history), or both nothing. */
export interface Reaction {
	reply?: DeckMessage;
	adopt?: { state: DeckState; joined: boolean };
}

/**
 * How a window reacts to a message.
 * - "hello": answer with our state, unless we are still joining ourselves: two windows opening at
 *   the same moment would otherwise swap states.
 * - a state meant for everyone: follow it.
 * - an answer to our own "hello": take it, clock included, and stop joining.
 */
export function react(message: DeckMessage, me: Listener): Reaction {
	if (message.from === me.id) return {};
	if (message.type === 'hello') {
		return me.joining
			? {}
			: { reply: { type: 'state', from: me.id, to: message.from, state: me.state } };
	}
	if (message.to === undefined) return { adopt: { state: message.state, joined: false } };
	if (message.to === me.id && me.joining) return { adopt: { state: message.state, joined: true } };
	return {};
}
