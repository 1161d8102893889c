/**
 * Small built presentation pages for the unit tests of the slide exports: the shape
 * src/features/slides/components/ renders (slides window and presenter view), cut down to a few slides.
 */

/** A slide frame as Slide.astro renders it. */
export function frame(
	id: string,
	title: string,
	body: string,
	notes = '',
	opening = false
): string {
	const heading = opening ? 'h1' : 'h2';
	return `<div class="slide-frame"><section class="slide${opening ? ' slide-opening' : ''}" id="${id}" aria-labelledby="${id}-title" data-title="${title.replace(/"/g, '&quot;')}"><div class="slide-inner">${opening ? '<svg class="slide-logo" viewBox="74 76 364 364" aria-hidden="true" focusable="false"><path d="M256 84 400 136z" fill="#fff"/></svg>' : ''}<${heading} class="slide-title" id="${id}-title">${title}</${heading}><div class="slide-body">${body}${notes ? `<template data-notes>${notes}</template>` : ''}</div></div></section></div>`;
}

/** The deck source: two opening slides, two activities with plan text, slides and notes. */
export const deckSource = `<div class="deck-source" data-pagefind-ignore="all">${frame(
	'deck-title',
	'Who is there?',
	'<p class="slide-kit">Too Good To Be True</p>',
	'<p>About this lesson (for you, not the class): Friend requests and\n  fake profiles.</p>',
	true
)}${frame('deck-objectives', 'Today we will…', '<ul><li>spot a fake</li><li>get help</li></ul><h3>By the end, I can…</h3><ul><li>name a sign</li></ul>')}
<div class="deck-activity" data-activity="Ground rules" data-minutes="5" data-kind="starter"><h3 id="what-to-do">What to do</h3><p>Agree the ground rules with the <a class="term" href="/glossary/#dsl">DSL</a> in mind.</p>${frame(
	'slide-our-rules',
	'Our rules',
	'<ul>\n<li>We <strong>listen</strong></li>\n<li>You can <em>pass</em></li>\n</ul>',
	'<p>Say: “These rules help everyone feel safe.”</p><ul><li>Ask for one more rule.</li></ul>'
)}<template data-teacher-note data-kind="safeguarding" data-title="If a pupil discloses"><p>Stay calm and tell the <a class="term" href="/glossary/#dsl">DSL</a>.</p></template></div>
<div class="deck-activity" data-activity="Jayden" data-minutes="10" data-kind="main"><p>Read the story aloud.</p><div class="plan-box"><p>Plan words</p><template data-teacher-note data-kind="teacher" data-title="Background"><p>Fake profiles copy photos.</p></template></div>${frame(
	'slide-jayden',
	"Jayden's follower",
	'<figure class="scenario" data-astro-cid-x><figcaption data-astro-cid-x><span class="label" data-astro-cid-x>Scenario:</span> Jayden&#39;s follower</figcaption><div class="story" data-character="Jayden" data-astro-cid-x><p>Jayden is 14.<br>He gets a request.</p></div></figure>',
	'<p>Read it aloud.</p>'
)}${frame(
	'slide-help',
	'Help is there',
	'<p>It is <strong>not your fault</strong>.</p><div class="questions"><p class="heading"><strong>Discuss</strong></p><ol start="3"><li>Who can help?</li><li>Where?</li></ol></div><div class="slide-help"><h3>Who can help</h3><ul><li data-service="childline"><strong>Childline</strong><span class="contact">0800 1111</span><span class="contact" data-href="https://www.childline.org.uk/">childline.org.uk</span></li></ul></div>'
)}</div>
<h2 id="differentiation">Differentiation</h2><p>Stretch work for the plan only.</p><template data-teacher-note data-kind="teacher" data-title="Outside"><p>Not in any activity.</p></template>
</div>`;

/** A built slides window. */
export const slidesPage = (source = deckSource) =>
	`<!DOCTYPE html><html lang="en-GB" class="view-deck"><head><meta charset="utf-8"><title>Slides: Who is there? | Too Good To Be True</title><link rel="stylesheet" href="/_astro/slides.css"></head><body data-pagefind-ignore="all"><slide-deck data-deck="who" data-item-href="/lessons/who/" data-presenter-href="/lessons/who/present/presenter/"><main class="deck-viewport" tabindex="-1" data-deck-focus aria-label="Slides: Who is there?"><div class="stage">${source}</div><div class="deck-blackout" data-blackout-screen hidden></div></main><nav class="deck-controls" aria-label="Slide controls"><span class="deck-counter" data-counter>1 / 6</span><button type="button" class="deck-button" data-command="next">Next slide</button><a class="deck-link" href="/lessons/who/">Lesson plan</a><a class="deck-link help" href="/help/">Get help now</a></nav><p class="visually-hidden" role="status" aria-live="polite" data-live></p></slide-deck><script type="module" src="/_astro/deck.js"></script><noscript><link rel="stylesheet" href="/_astro/noscript.css"></noscript></body></html>`;

/** A built presenter view. */
export const presenterPage = (source = deckSource) =>
	`<!DOCTYPE html><html lang="en-GB" class="view-presenter"><head><meta charset="utf-8"><title>Presenter view: Who is there? | Too Good To Be True</title><link rel="stylesheet" href="/_astro/slides.css"><link rel="stylesheet" href="/_astro/presenter.css"></head><body><presenter-view class="presenter" data-deck="who" data-item-href="/lessons/who/" data-audience-href="/lessons/who/present/"><nav class="deck-controls"><a class="deck-link" href="/lessons/who/">Lesson plan</a></nav><main class="presenter-main"><section class="presenter-notes"><details class="safeguarding-note"><summary>Before you teach: safeguarding</summary><ul><li>Tell your DSL first.</li><li>Never view an image.</li></ul></details></section></main><template data-deck-source>${source}</template></presenter-view></body></html>`;
