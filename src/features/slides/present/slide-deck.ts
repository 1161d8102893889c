/**
 * <slide-deck>: the slides window the class sees. Shows one slide at a time on a 16:9 stage,
 * covers it for a blackout, hides its controls while nobody touches the mouse, follows swipes on
 * touch boards, and prepares the page for printing slides or a handout.
 */
import { swipeCommand } from './deck-nav';
import { fitSlide } from './deck-dom';
import { DeckElement } from './deck-element';

/** Controls hide after this long without the pointer moving, so they do not sit on the projected slide. */
const idleMs = 3000;

class SlideDeck extends DeckElement {
	private idleTimer: ReturnType<typeof setTimeout> | undefined;
	private resizeTimer: ReturnType<typeof setTimeout> | undefined;
	private swipeFrom: { x: number; y: number } | null = null;

	protected deckRoot(): ParentNode {
		return this.querySelector('.deck-source') ?? this;
	}

	private get notesBox(): HTMLInputElement | null {
		return this.querySelector<HTMLInputElement>('[data-print-notes]');
	}

	override connectedCallback(): void {
		// A name lets the presenter view find this window again instead of opening another.
		window.name = `tgtbt-slides-${this.deckId}`;
		const params = new URLSearchParams(location.search);
		if (params.has('notes') && this.notesBox) this.notesBox.checked = true;
		this.resetPrintLayout();
		// After a "Print handout", the browser's own Print command goes back to the address's layout.
		window.addEventListener('afterprint', this.resetPrintLayout);
		window.addEventListener('beforeprint', this.fitAllNow);
		super.connectedCallback();
		this.fitAll();
		void document.fonts?.ready.then(() => this.fitAll());
		this.placeNotes();

		window.addEventListener('resize', this.onResize);
		this.notesBox?.addEventListener('change', () => this.placeNotes());
		this.addEventListener('pointermove', this.wake);
		this.addEventListener('pointerdown', this.onPointerDown);
		this.addEventListener('pointerup', this.onPointerUp);
		this.querySelector('[data-blackout-screen]')?.addEventListener('click', () =>
			this.setBlackout(false)
		);
		this.wake();
	}

	override disconnectedCallback(): void {
		super.disconnectedCallback();
		window.removeEventListener('resize', this.onResize);
		window.removeEventListener('afterprint', this.resetPrintLayout);
		window.removeEventListener('beforeprint', this.fitAllNow);
		clearTimeout(this.idleTimer);
	}

	protected render(): void {
		for (const [i, { frame }] of this.slides.entries())
			frame.classList.toggle('current', i === this.index);
		const counter = this.querySelector('[data-counter]');
		if (counter) counter.textContent = `${this.index + 1} / ${this.slides.length}`;
		const current = this.slides[this.index]?.slide;
		if (current && !current.style.getPropertyValue('--body')) fitSlide(current);
	}

	/**
	 * Fits the slide on screen now (on load, when fonts arrive, after a resize). The others are marked
	 * unfitted and fitted as they come up (render()), or all at once before printing: measuring is a
	 * forced layout per step, and doing every slide up front blocked the page for a long deck.
	 */
	private fitAll(): void {
		const current = this.slides[this.index];
		for (const entry of this.slides)
			if (entry !== current) entry.slide.style.removeProperty('--body');
		if (current) this.fitOne(current);
	}

	private fitOne({ frame, slide }: { frame: HTMLElement; slide: HTMLElement }): void {
		frame.classList.add('measure');
		fitSlide(slide);
		frame.classList.remove('measure');
	}

	/** Before printing (slides or handout), every slide is fitted, so the paper matches the screen. */
	private fitAllNow = (): void => {
		for (const entry of this.slides) this.fitOne(entry);
	};

	private onResize = (): void => {
		clearTimeout(this.resizeTimer);
		this.resizeTimer = setTimeout(() => this.fitAll(), 200);
	};

	protected override showBlackout(): void {
		super.showBlackout();
		const screen = this.querySelector<HTMLElement>('[data-blackout-screen]');
		if (screen) screen.hidden = !this.blackout;
	}

	/** On the projected screen, Escape first lifts a blackout. */
	protected override escape(): void {
		if (this.blackout) this.setBlackout(false);
		else super.escape();
	}

	protected openOther(): void {
		this.openWindow(
			this.dataset['presenterHref'],
			'tgtbt-presenter',
			'popup,width=1280,height=800'
		);
	}

	protected override extra(command: string): void {
		if (command === 'print-slides' || command === 'print-handout') {
			document.documentElement.dataset['print'] = command === 'print-slides' ? 'slides' : 'handout';
			this.placeNotes();
			window.print();
		}
	}

	/** Slides, or the handout when the address asks for it with ?handout. */
	private resetPrintLayout = (): void => {
		document.documentElement.dataset['print'] = new URLSearchParams(location.search).has('handout')
			? 'handout'
			: 'slides';
	};

	/** Speaker notes live in <template>s, which never print; copy them beside each slide only when asked. */
	private placeNotes(): void {
		const include = this.notesBox?.checked ?? false;
		document.documentElement.toggleAttribute('data-print-notes', include);
		for (const { frame } of this.slides) {
			frame.querySelector(':scope > .print-notes')?.remove();
			const notes = frame.querySelectorAll<HTMLTemplateElement>('template[data-notes]');
			if (!include || notes.length === 0) continue;
			const box = document.createElement('div');
			box.className = 'print-notes';
			for (const template of notes) box.append(template.content.cloneNode(true));
			frame.append(box);
		}
	}

	private wake = (): void => {
		this.classList.remove('idle');
		clearTimeout(this.idleTimer);
		this.idleTimer = setTimeout(() => this.classList.add('idle'), idleMs);
	};

	private onPointerDown = (event: PointerEvent): void => {
		this.wake();
		const onControl = (event.target as Element).closest(
			'a, button, input, summary, label, .deck-controls'
		);
		this.swipeFrom = event.isPrimary && !onControl ? { x: event.clientX, y: event.clientY } : null;
	};

	private onPointerUp = (event: PointerEvent): void => {
		if (!this.swipeFrom || !event.isPrimary) return;
		const command = swipeCommand(
			event.clientX - this.swipeFrom.x,
			event.clientY - this.swipeFrom.y
		);
		this.swipeFrom = null;
		if (command) this.run(command);
	};
}

customElements.define('slide-deck', SlideDeck);
