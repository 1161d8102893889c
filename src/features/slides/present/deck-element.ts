/**
 * What the slides window (<slide-deck>) and the presenter view (<presenter-view>) share: the
 * current slide and its `#n` hash, keys and buttons, the blackout, the lesson clock, and keeping
 * the two windows in step over a BroadcastChannel (src/features/slides/present/deck-channel.ts). Each subclass draws
 * the state its own way.
 */
import {
	addDigit,
	clampSlide,
	hashForSlide,
	isControlKey,
	keyMeaning,
	moveTo,
	slideFromHash,
	typedSlide,
	type DeckCommand,
} from './deck-nav';
import { channelName, react, readMessage, type DeckMessage, type DeckState } from './deck-sync';
import { openDeckChannel, type DeckChannel } from './deck-channel';
import { readDeck, type DeckActivity, type DeckSlide } from './deck-dom';
import { fill, readWords, type DeckWords } from './deck-words';

/** How long a new window waits for the other window to answer its "hello" before it stops asking. */
const joinWindowMs = 800;

/** How a slide change is recorded in the tab's history. */
type HistoryMode = 'push' | 'replace' | 'none';

export abstract class DeckElement extends HTMLElement {
	protected slides: DeckSlide[] = [];
	protected activities: DeckActivity[] = [];
	protected index = -1;
	protected blackout = false;
	protected startedAt = Date.now();
	/** Digits typed for "number then Enter". */
	protected pending = '';
	/** The words it writes, in the page's language (`data-words`). */
	protected words: DeckWords = readWords(undefined);
	private channel: DeckChannel | null = null;
	/** Random per window, so a window ignores its own messages and answers reach the right one. */
	private readonly windowId = Math.random().toString(36).slice(2);
	private joining = false;

	/** Where the deck's slides are in the page. */
	protected abstract deckRoot(): ParentNode;
	/** Draws the current slide. */
	protected abstract render(): void;
	/** Opens or brings forward the other window (presenter view or slides). */
	protected abstract openOther(): void;

	/** Which deck this is (a lesson's id): names its windows, sync channel and clock. */
	protected get deckId(): string {
		return this.dataset['deck'] ?? '';
	}

	/** The element that holds keyboard focus for single-key shortcuts (WCAG 2.1.4: only while the deck has focus). */
	protected get focusTarget(): HTMLElement | null {
		return this.querySelector<HTMLElement>('[data-deck-focus]');
	}

	connectedCallback(): void {
		this.words = readWords(this.dataset['words']);
		({ slides: this.slides, activities: this.activities } = readDeck(this.deckRoot()));
		this.startedAt = this.storedClock() ?? Date.now();
		this.storeClock();

		this.addEventListener('keydown', this.onKey);
		this.addEventListener('click', this.onClick);
		window.addEventListener('hashchange', this.onHash);
		window.addEventListener('popstate', this.onHash);
		document.addEventListener('fullscreenchange', this.onFullscreen);

		this.go(slideFromHash(location.hash, this.slides.length) ?? 0, 'replace', false);
		this.showBlackout();
		this.onFullscreen();
		this.focusTarget?.focus({ preventScroll: true });
		this.join();
	}

	disconnectedCallback(): void {
		this.removeEventListener('keydown', this.onKey);
		this.removeEventListener('click', this.onClick);
		window.removeEventListener('hashchange', this.onHash);
		window.removeEventListener('popstate', this.onHash);
		document.removeEventListener('fullscreenchange', this.onFullscreen);
		this.channel?.close();
	}

	/** Moves to a slide, records it in history, redraws and tells the other window. */
	go(target: number, record: HistoryMode = 'push', broadcast = true): void {
		const next = clampSlide(target, this.slides.length);
		const hash = hashForSlide(next);
		if (record !== 'none' && location.hash !== hash) {
			// pushState, not location.hash: no jump to an element, and Back and Forward step through slides.
			if (record === 'push') history.pushState(null, '', hash);
			else history.replaceState(null, '', hash);
		}
		if (next === this.index) return;
		this.index = next;
		this.render();
		this.announce();
		if (broadcast) this.publish();
	}

	/** Runs a command from a key, a button or a swipe. */
	run(command: string): void {
		const target = moveTo(command as DeckCommand, this.index, this.slides.length);
		if (target !== null) return this.go(target);
		switch (command) {
			case 'fullscreen':
				return this.toggleFullscreen();
			case 'blackout':
				return this.setBlackout(!this.blackout);
			case 'escape':
				return this.escape();
			case 'presenter':
				return this.openOther();
			case 'restart-clock':
				this.startedAt = Date.now();
				this.storeClock();
				this.render();
				return this.publish();
			default:
				return this.extra(command);
		}
	}

	/** Commands only one of the two windows has (printing). */
	protected extra(_command: string): void {}

	/** Escape: leave fullscreen first; otherwise go back to the lesson plan. */
	protected escape(): void {
		if (document.fullscreenElement) {
			void document.exitFullscreen().catch(() => {});
			return;
		}
		const item = this.dataset['itemHref'];
		if (item) location.assign(item);
	}

	setBlackout(on: boolean, broadcast = true): void {
		if (on === this.blackout) return;
		this.blackout = on;
		this.showBlackout();
		this.say(on ? this.words.blackedOut : this.slideLabel());
		if (broadcast) this.publish();
	}

	/** Draws the blackout state; the slides window covers the stage, both mark the button pressed. */
	protected showBlackout(): void {
		for (const button of this.querySelectorAll('[data-command="blackout"]'))
			button.setAttribute('aria-pressed', String(this.blackout));
	}

	protected toggleFullscreen(): void {
		if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
		else void document.documentElement.requestFullscreen?.().catch(() => {});
	}

	private onFullscreen = (): void => {
		const on = document.fullscreenElement !== null;
		for (const button of this.querySelectorAll('[data-command="fullscreen"]'))
			button.setAttribute('aria-pressed', String(on));
	};

	/** "Slide 3 of 12: title", as the live region says it. */
	protected slideLabel(index = this.index): string {
		return fill(this.words.slideLabel, {
			n: index + 1,
			total: this.slides.length,
			title: this.slides[index]?.title ?? '',
		});
	}

	protected announce(): void {
		this.say(this.slideLabel());
	}

	/** Puts a sentence in the polite live region. */
	protected say(text: string): void {
		const live = this.querySelector('[data-live]');
		if (live) live.textContent = text;
	}

	/** Opens a window by name, so pressing the button twice brings the same window forward. */
	protected openWindow(href: string | undefined, name: string, features: string): void {
		if (!href) return;
		const opened = window.open(href + hashForSlide(this.index), `${name}-${this.deckId}`, features);
		if (opened) this.channel?.connect?.(opened);
		opened?.focus();
	}

	private onKey = (event: KeyboardEvent): void => {
		if (event.defaultPrevented || event.isComposing) return;
		const meaning = keyMeaning(event);
		if (!meaning) return;
		const target = event.target as Element;
		const inControl = target.closest(
			'button, a, input, select, textarea, summary, [contenteditable]'
		);
		if (inControl && isControlKey(event.key)) return;
		if ('digit' in meaning) {
			this.pending = addDigit(this.pending, meaning.digit);
			this.showPending();
			event.preventDefault();
			return;
		}
		if (meaning.command === 'go') {
			if (!this.pending) return;
			const target = typedSlide(this.pending, this.slides.length);
			this.clearPending();
			if (target !== null) this.go(target);
			event.preventDefault();
			return;
		}
		if (this.pending) {
			this.clearPending();
			// Escape only cancels the number being typed.
			if (meaning.command === 'escape') {
				event.preventDefault();
				return;
			}
		}
		event.preventDefault();
		this.run(meaning.command);
	};

	private onClick = (event: MouseEvent): void => {
		const button = (event.target as Element).closest<HTMLElement>('[data-command]');
		if (!button || !this.contains(button)) return;
		this.run(button.dataset['command'] ?? '');
	};

	private onHash = (): void => {
		const target = slideFromHash(location.hash, this.slides.length);
		// 'replace' tidies a hash like #99 or #03 to the slide's own number without a new history entry.
		if (target !== null) this.go(target, 'replace');
	};

	private showPending(): void {
		const box = this.querySelector<HTMLElement>('[data-pending]');
		if (!box) return;
		box.hidden = this.pending === '';
		box.textContent = fill(this.words.goTo, { n: this.pending });
	}

	protected clearPending(): void {
		this.pending = '';
		this.showPending();
	}

	// Keeping the two windows in step.

	private get state(): DeckState {
		return { slide: Math.max(this.index, 0), blackout: this.blackout, startedAt: this.startedAt };
	}

	private post(message: DeckMessage): void {
		this.channel?.postMessage(message);
	}

	protected publish(): void {
		this.post({ type: 'state', from: this.windowId, state: this.state });
	}

	/** Says hello on the lesson's channel; a window already open answers and this one takes its state. */
	private join(): void {
		if (!this.deckId) return;
		this.channel = openDeckChannel(channelName(this.deckId));
		if (!this.channel) return;
		this.channel.addEventListener('message', (event: MessageEvent) => {
			const message = readMessage(event.data);
			if (!message) return;
			const reaction = react(message, {
				id: this.windowId,
				joining: this.joining,
				state: this.state,
			});
			if (reaction.reply) this.post(reaction.reply);
			if (reaction.adopt) {
				if (reaction.adopt.joined) this.joining = false;
				this.adopt(reaction.adopt.state, reaction.adopt.joined);
			}
		});
		this.joining = true;
		this.post({ type: 'hello', from: this.windowId });
		setTimeout(() => (this.joining = false), joinWindowMs);
	}

	private adopt(state: DeckState, joined: boolean): void {
		if (state.startedAt !== this.startedAt) {
			this.startedAt = state.startedAt;
			this.storeClock();
			this.render();
		}
		this.setBlackout(state.blackout, false);
		// Joining replaces this window's history entry; following the other window adds one, so Back still steps.
		this.go(state.slide, joined ? 'replace' : 'push', false);
	}

	// The lesson clock survives a reload of the same tab, not the next lesson on another day.

	private get clockKey(): string {
		return `tgtbt-clock:${this.deckId}`;
	}

	private storedClock(): number | null {
		try {
			const value = Number(sessionStorage.getItem(this.clockKey));
			return value > 0 ? value : null;
		} catch {
			return null;
		}
	}

	private storeClock(): void {
		try {
			sessionStorage.setItem(this.clockKey, String(this.startedAt));
		} catch {
			// Storage can be switched off; the clock then restarts on reload, which is harmless.
		}
	}

	/** Index of the slide after the current one, or null on the last slide. */
	protected get nextIndex(): number | null {
		return this.index + 1 < this.slides.length ? this.index + 1 : null;
	}
}
