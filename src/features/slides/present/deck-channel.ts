/**
 * How the slides window and the presenter view reach each other. On the site they share a
 * BroadcastChannel (same origin). The one-file offline deck opened from disk has no origin to share
 * one, so it swaps in a channel over `postMessage` between a window and the window it opened
 * (src/features/slides/present/window-channel.ts) before its elements start.
 */

/** The part of BroadcastChannel the deck uses, plus a way to learn about a window it opened. */
export interface DeckChannel {
	postMessage(message: unknown): void;
	addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
	close(): void;
	/** Told about a window this one opened, so messages can reach it. */
	connect?(opened: Window): void;
}

type ChannelFactory = (name: string) => DeckChannel | null;

let factory: ChannelFactory = (name) =>
	typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(name);

/** Opens the channel named for a lesson, or null where the browser has none. */
export const openDeckChannel = (name: string): DeckChannel | null => factory(name);

/** Replaces how channels are opened; call before the deck's elements are defined. */
export function useDeckChannel(next: ChannelFactory): void {
	factory = next;
}
