/**
 * A deck channel over `postMessage`, for the one-file offline deck: pages opened from `file://`
 * cannot share a BroadcastChannel, but a window can always post to the window that opened it and to
 * the windows it opened. Each message is wrapped with the channel's name; a window only listens to
 * its opener, the windows it opened (or that it opened before a reload: their `opener` is this
 * window) and windows that have written to it on this channel.
 */
import type { DeckChannel } from './deck-channel';

interface Envelope {
	channel: string;
	message: unknown;
}

const isEnvelope = (data: unknown): data is Envelope =>
	typeof data === 'object' && data !== null && typeof (data as Envelope).channel === 'string';

/** The window that opened `win`, if the browser lets us ask. */
function openerOf(win: Window): Window | null {
	try {
		return win.opener as Window | null;
	} catch {
		return null;
	}
}

export function windowChannel(name: string): DeckChannel {
	const peers = new Set<Window>();
	const opener = openerOf(window);
	if (opener) peers.add(opener);
	const listeners: ((event: MessageEvent) => void)[] = [];

	const onMessage = (event: MessageEvent): void => {
		const source = event.source as Window | null;
		if (!source || source === window || !isEnvelope(event.data) || event.data.channel !== name)
			return;
		if (!peers.has(source) && source !== openerOf(window) && openerOf(source) !== window) return;
		peers.add(source);
		const inner = new MessageEvent('message', { data: event.data.message });
		for (const listener of listeners) listener(inner);
	};
	window.addEventListener('message', onMessage);

	return {
		postMessage(message: unknown): void {
			for (const peer of peers) {
				if (peer.closed) {
					peers.delete(peer);
					continue;
				}
				// Pages from file:// have no origin to name, so the target is '*': the message is only
				// the slide number, blackout and clock, and goes only to windows this one knows.
				peer.postMessage({ channel: name, message } satisfies Envelope, '*');
			}
		},
		addEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
			listeners.push(listener);
		},
		close(): void {
			window.removeEventListener('message', onMessage);
			peers.clear();
		},
		connect(opened: Window): void {
			peers.add(opened);
		},
	};
}
