// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { capitalise, nationTerms } from '../../lib/nations';
import { nationSchema } from '../../schemas/nation';
import { tidyForm } from './school';
import { fillPageFromKept } from './school-kept';
import { forget, keep } from './school-store';

const nations = (
	parse(
		// A path, not a URL: the page's own URL class stands in for Node's here.
		readFileSync(join(import.meta.dirname, '../../../content/data/nations.yaml'), 'utf8')
	) as unknown[]
).map((entry) => nationSchema.parse(entry));
/** What KeptDetails.astro carries: each nation's words, and the words for none (''). */
const termsByNation = Object.fromEntries([
	['', nationTerms(nations)],
	...nations.map((n) => [n.id, nationTerms(nations, n)]),
]);
const none = nationTerms(nations);

/**
 * A page as the build renders it without a profile, in the slots' own markup: the help page's
 * "At school, talk to…" (SchoolPart, SchoolText, NationText), a line in the guidance's words, a
 * nation's own help line (NationPart) and, as in the presenter view, a slide kept in a <template>.
 */
function builtPage({ carriesTerms = true } = {}) {
	const carrier = carriesTerms
		? `<div hidden data-nation-terms='${JSON.stringify(termsByNation).replaceAll("'", '&#39;')}'></div>`
		: '';
	document.body.innerHTML = `
		<div class="at-school" data-at-school="none">
			<h2><span data-school-when="school" hidden>At <span data-school-field="school"></span>, talk to…</span></h2>
			<ul data-school-when="safeguardingLead.name" hidden>
				<li><strong><span data-school-field="safeguardingLead.name"></span></strong>,
					<span data-nation-term="lead.title" data-cap="">${capitalise(none['lead.title'])}</span></li>
			</ul>
		</div>
		<p class="guidance">Follow <span data-nation-term="guidance">${none.guidance}</span>.</p>
		<p class="meic" data-nation-in="wales" hidden>Meic</p>
		<p class="everywhere" data-nation-in="none">Help lines of their own in each nation</p>
		<template><p class="slide">Tell the <span data-nation-term="lead">${none.lead}</span>.</p></template>
		${carrier}`;
}
const text = (selector: string, root: ParentNode = document) =>
	root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
const shown = (selector: string) => !document.querySelector<HTMLElement>(selector)!.hidden;
const slide = () => document.querySelector('template')!.content;

afterEach(() => forget(window.localStorage));

describe('details kept on this computer', () => {
	it("fill the school's people and the kept nation's words, on the page and in its templates", () => {
		keep(
			window.localStorage,
			tidyForm({
				school: 'Ysgol Glan Afon',
				'safeguardingLead.name': 'Mr D. Evans',
				nation: 'wales',
			})
		);
		builtPage();
		fillPageFromKept();
		expect(text('h2')).toBe('At Ysgol Glan Afon, talk to…');
		expect(text('.at-school li')).toBe('Mr D. Evans, Designated Safeguarding Person');
		expect(text('.guidance')).toBe("Follow the Welsh Government's advice on Hwb.");
		expect(text('.slide', slide())).toBe('Tell the DSP.');
		expect(shown('.meic')).toBe(true);
		expect(shown('.everywhere')).toBe(false);
	});

	it('without a kept nation, use the words true in all four nations', () => {
		keep(
			window.localStorage,
			tidyForm({ 'safeguardingLead.name': 'Ms F. Reid', nation: 'scotland' })
		);
		builtPage();
		fillPageFromKept();
		expect(text('.slide', slide())).toBe('Tell the Child Protection Coordinator.');
		keep(window.localStorage, tidyForm({ 'safeguardingLead.name': 'Ms F. Reid' }));
		fillPageFromKept();
		expect(text('.at-school li')).toBe(`Ms F. Reid, ${capitalise(none['lead.title'])}`);
		expect(text('.slide', slide())).toBe(`Tell the ${none.lead}.`);
		expect(shown('.everywhere')).toBe(true);
	});

	it('leave the page as the build printed it when nothing is kept', () => {
		builtPage();
		const before = document.body.innerHTML;
		fillPageFromKept();
		expect(document.body.innerHTML).toBe(before);
	});

	it("name the school's people even on a page that carries no nation's words", () => {
		keep(
			window.localStorage,
			tidyForm({ 'safeguardingLead.name': 'Mr D. Evans', nation: 'wales' })
		);
		builtPage({ carriesTerms: false });
		fillPageFromKept();
		expect(text('.at-school li')).toBe(`Mr D. Evans, ${capitalise(none['lead.title'])}`);
		expect(text('.slide', slide())).toBe(`Tell the ${none.lead}.`);
	});
});
