/**
 * <presenter-view>: the teacher's second window. Shows the current and next slide, the speaker
 * notes and the activity's teacher and safeguarding notes, and the lesson clock against the plan.
 * The deck arrives as a <template>, so nothing in it is on the page until copied into a preview.
 */
import {
	describeActivity,
	describeActivityLeft,
	describeLeft,
	elapsedSeconds,
	formatClock,
	plannedActivity,
	timeLeft,
} from './deck-timing';
import { fitSlide, previewCopy } from './deck-dom';
import { DeckElement } from './deck-element';
import { fill } from './deck-words';

class PresenterView extends DeckElement {
	private tick: ReturnType<typeof setInterval> | undefined;

	protected deckRoot(): ParentNode {
		return this.querySelector<HTMLTemplateElement>('template[data-deck-source]')?.content ?? this;
	}

	private piece<T extends HTMLElement = HTMLElement>(name: string): T | null {
		return this.querySelector<T>(`[data-part="${name}"]`);
	}

	override connectedCallback(): void {
		// A name lets the slides window find this window again instead of opening another.
		window.name = `tgtbt-presenter-${this.deckId}`;
		super.connectedCallback();
		this.tick = setInterval(() => this.showClock(), 1000);
	}

	override disconnectedCallback(): void {
		super.disconnectedCallback();
		clearInterval(this.tick);
	}

	protected render(): void {
		const current = this.slides[this.index];
		if (!current) return;
		const next = this.nextIndex === null ? undefined : this.slides[this.nextIndex];

		this.preview('now', current.slide, 'now-');
		this.preview('next', next?.slide, null);
		this.text('count', fill(this.words.count, { n: this.index + 1, total: this.slides.length }));
		this.text('next-title', next ? next.title : this.words.nextEnd);

		const notes = [...current.frame.querySelectorAll<HTMLTemplateElement>('template[data-notes]')];
		this.piece('notes')?.replaceChildren(
			...(notes.length > 0
				? notes.map((t) => t.content.cloneNode(true))
				: [paragraph(this.words.noNotes)])
		);
		this.piece('teacher-notes')?.replaceChildren(...this.teacherNotes(current.activity));
		this.showClock();
	}

	/** Copies a slide into a preview stage and fits its text there. */
	private preview(name: string, slide: HTMLElement | undefined, prefix: string | null): void {
		const stage = this.piece(name);
		if (!stage) return;
		if (!slide) {
			stage.replaceChildren(paragraph(this.words.end, 'preview-end'));
			return;
		}
		const copy = previewCopy(slide, prefix);
		stage.replaceChildren(copy);
		fitSlide(copy);
	}

	/** Teacher and safeguarding notes written in the current activity, outside or inside its slides. */
	private teacherNotes(activityIndex: number): HTMLElement[] {
		const activity = this.activities[activityIndex];
		if (!activity) return [];
		return [
			...activity.el.querySelectorAll<HTMLTemplateElement>('template[data-teacher-note]'),
		].map((template) => {
			const kind =
				template.dataset['kind'] === 'safeguarding' ? 'safeguarding-note' : 'teacher-note';
			const title = template.dataset['title'] ?? this.words.teacherNote;
			const aside = document.createElement('aside');
			aside.className = kind;
			aside.setAttribute('aria-label', title);
			const heading = paragraph('', 'heading');
			heading.append(Object.assign(document.createElement('strong'), { textContent: title }));
			aside.append(heading, template.content.cloneNode(true));
			return aside;
		});
	}

	/** The clock: time since the lesson started, and time left by the plan for this activity and the lesson. */
	private showClock(): void {
		const elapsed = elapsedSeconds(this.startedAt, Date.now());
		// The plan is the core lesson: an optional extension the teacher adds shows as time over.
		const minutes = this.activities.map((a) => (a.optional ? 0 : a.minutes));
		const activityIndex = this.slides[this.index]?.activity ?? 0;
		const activity = this.activities[activityIndex];
		const left = timeLeft(elapsed, minutes, activityIndex);
		const planned = plannedActivity(elapsed, minutes);

		this.text('elapsed', formatClock(elapsed));
		this.text(
			'activity',
			activity
				? describeActivity(activity.title, activity.minutes, activity.optional, this.words)
				: ''
		);
		this.text('activity-left', describeActivityLeft(left.activity, this.words));
		this.text('lesson-left', describeLeft(left.lesson, this.words));
		this.piece('activity-left')?.classList.toggle('over', left.activity < 0);
		this.piece('lesson-left')?.classList.toggle('over', left.lesson < 0);
		const behind = planned > activityIndex ? this.activities[planned] : undefined;
		this.text('plan', behind ? fill(this.words.planAt, { title: behind.title }) : '');
	}

	protected override showBlackout(): void {
		super.showBlackout();
		const badge = this.piece('blackout');
		if (badge) badge.hidden = !this.blackout;
	}

	protected openOther(): void {
		this.openWindow(this.dataset['audienceHref'], 'tgtbt-slides', '');
	}

	private text(name: string, value: string): void {
		const el = this.piece(name);
		if (el && el.textContent !== value) el.textContent = value;
	}
}

function paragraph(text: string, className = ''): HTMLParagraphElement {
	const p = document.createElement('p');
	p.textContent = text;
	if (className) p.className = className;
	return p;
}

customElements.define('presenter-view', PresenterView);
