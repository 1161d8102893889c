import { describe, expect, it } from 'vitest';
import { channelName, react, readMessage, type DeckState, type Listener } from './deck-sync';

const state = (slide: number): DeckState => ({ slide, blackout: false, startedAt: 1_000 });
const me = (over: Partial<Listener> = {}): Listener => ({
	id: 'me',
	joining: false,
	state: state(2),
	...over,
});

describe('channelName', () => {
	it('is one channel per lesson', () => {
		expect(channelName('friend-requests')).not.toBe(channelName('sharing-images'));
	});
});

describe('readMessage', () => {
	it('accepts hello and state messages', () => {
		expect(readMessage({ type: 'hello', from: 'a' })).toEqual({ type: 'hello', from: 'a' });
		expect(readMessage({ type: 'state', from: 'a', state: state(1) })).toEqual({
			type: 'state',
			from: 'a',
			state: state(1),
		});
		expect(readMessage({ type: 'state', from: 'a', to: 'b', state: state(1) })).toEqual({
			type: 'state',
			from: 'a',
			to: 'b',
			state: state(1),
		});
	});

	it('drops anything malformed', () => {
		expect(readMessage(null)).toBeNull();
		expect(readMessage('hello')).toBeNull();
		expect(readMessage({ type: 'hello' })).toBeNull();
		expect(
			readMessage({ type: 'state', from: 'a', state: { slide: -1, blackout: false, startedAt: 0 } })
		).toBeNull();
		expect(
			readMessage({
				type: 'state',
				from: 'a',
				state: { slide: 1.5, blackout: false, startedAt: 0 },
			})
		).toBeNull();
		expect(
			readMessage({ type: 'state', from: 'a', state: { slide: 1, blackout: 'no', startedAt: 0 } })
		).toBeNull();
		expect(readMessage({ type: 'state', from: 'a', to: 3, state: state(1) })).toBeNull();
		expect(readMessage({ type: 'other', from: 'a' })).toBeNull();
	});
});

describe('react', () => {
	it('answers a newcomer with the current state, addressed to it', () => {
		expect(react({ type: 'hello', from: 'new' }, me())).toEqual({
			reply: { type: 'state', from: 'me', to: 'new', state: state(2) },
		});
	});

	it('does not answer while joining itself, so two new windows never swap states', () => {
		expect(react({ type: 'hello', from: 'new' }, me({ joining: true }))).toEqual({});
	});

	it('follows a state sent to everyone', () => {
		expect(react({ type: 'state', from: 'other', state: state(5) }, me())).toEqual({
			adopt: { state: state(5), joined: false },
		});
	});

	it('takes the answer to its own hello once', () => {
		const answer = { type: 'state', from: 'old', to: 'me', state: state(7) } as const;
		expect(react(answer, me({ joining: true }))).toEqual({
			adopt: { state: state(7), joined: true },
		});
		expect(react(answer, me({ joining: false }))).toEqual({});
	});

	it('ignores answers meant for another window and its own messages', () => {
		expect(
			react({ type: 'state', from: 'old', to: 'someone', state: state(7) }, me({ joining: true }))
		).toEqual({});
		expect(react({ type: 'state', from: 'me', state: state(7) }, me())).toEqual({});
	});
});
