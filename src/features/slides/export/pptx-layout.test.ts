import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontSizes, frame, layoutSlide, slideSize, SlideFitError } from './pptx-layout';
import type { Block, ModelSlide } from './slide-model';

const slide = (body: Block[], title = 'A slide', opening = false): ModelSlide => ({
	title,
	opening,
	body,
	notes: [],
	activity: 0,
});
const para = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });
const sentence =
	'Anyone can make an account pretending to be someone else, so a profile is not proof. ';

describe('the sizes of presentation mode, in points', () => {
	it('keep each size’s share of the slide width: 1920 stage pixels are 960 points', () => {
		expect(slideSize).toEqual({ width: 960, height: 540 });
		expect(slideSize.width / slideSize.height).toBeCloseTo(16 / 9, 2);
		expect(fontSizes).toEqual({ title: 36, openingTitle: 52, body: 22, minBody: 14 });
	});

	it('match the stage pixels written in slides.css', () => {
		const css = readFileSync(new URL('../../../styles/slides.css', import.meta.url), 'utf8');
		expect(css).toMatch(/\.slide \.slide-title \{[^}]*font-size: calc\(72 \* var\(--u\)\)/);
		expect(css).toMatch(/font-size: calc\(var\(--body, 44\) \* var\(--u\)\)/);
		const deckDom = readFileSync(new URL('../present/deck-dom.ts', import.meta.url), 'utf8');
		expect(deckDom).toMatch(/const smallest = 28;/);
		expect(fontSizes.minBody * 2).toBe(28);
	});
});

describe('layoutSlide', () => {
	it('sets a short slide at the full body size, under its title', () => {
		const layout = layoutSlide(slide([para('Go back to Part A.')]));
		expect(layout.bodySize).toBe(22);
		expect(layout.title).toMatchObject({ x: frame.left, y: frame.top, lines: 1, fontSize: 36 });
		expect(layout.boxes).toHaveLength(1);
		expect(layout.boxes[0]!.rect.y).toBeGreaterThan(layout.title.y + layout.title.h);
	});

	it('shrinks the body a point at a time until it fits, never below 14 pt', () => {
		const layout = layoutSlide(slide([para(sentence.repeat(12))]));
		expect(layout.bodySize).toBeLessThan(22);
		expect(layout.bodySize).toBeGreaterThanOrEqual(14);
		const box = layout.boxes[0]!.rect;
		expect(box.y + box.h).toBeLessThanOrEqual(slideSize.height - frame.bottom + 0.001);
	});

	it('refuses a slide that does not fit even at 14 pt', () => {
		expect(() => layoutSlide(slide([para(sentence.repeat(30))]))).toThrow(SlideFitError);
		expect(() => layoutSlide(slide([para(sentence.repeat(30))]))).toThrow(
			/does not fit on a slide even at 14 pt/
		);
	});

	it('refuses a title longer than three lines', () => {
		expect(() => layoutSlide(slide([para('Hi')], sentence.repeat(3)))).toThrow(
			/title takes \d lines/
		);
	});

	it('gives a scenario a box of its own, below the text before it', () => {
		const layout = layoutSlide(
			slide([
				para('Read this.'),
				{
					kind: 'scenario',
					caption: [{ text: 'Scenario: Sam', bold: true }],
					blocks: [para('Sam is 14.')],
				},
				para('Then talk.'),
			])
		);
		expect(layout.boxes.map((b) => b.kind)).toEqual(['flow', 'scenario', 'flow']);
		const [a, b, c] = layout.boxes.map((box) => box.rect);
		expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.h);
		expect(c!.y).toBeGreaterThanOrEqual(b!.y + b!.h);
	});

	it('scales an image down to the width of the slide, keeping its shape', () => {
		const layout = layoutSlide(
			slide([{ kind: 'image', src: 'a.png', alt: 'A', width: 4000, height: 1000 }])
		);
		const { w, h } = layout.boxes[0]!.rect;
		expect(w).toBeCloseTo(slideSize.width - frame.left - frame.right);
		expect(w / h).toBeCloseTo(4);
	});
});
