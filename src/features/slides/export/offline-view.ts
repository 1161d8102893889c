/**
 * The start of the one-file offline deck (src/features/slides/export/offline-deck-entry.ts), run before the deck's elements
 * are defined: windows talk over postMessage, and `?presenter` turns this window into the presenter
 * view by swapping its markup in from a template.
 */
import { useDeckChannel } from '../present/deck-channel';
import { windowChannel } from '../present/window-channel';

useDeckChannel(windowChannel);

if (new URLSearchParams(location.search).has('presenter')) {
	const template = document.querySelector<HTMLTemplateElement>('template[data-offline-presenter]');
	const deck = document.querySelector('slide-deck');
	if (template && deck) {
		// The file holds the slides once, in the slides window; the presenter view reads them from a template.
		const view = template.content.cloneNode(true) as DocumentFragment;
		const source = deck.querySelector('.deck-source');
		const copy = view.querySelector<HTMLTemplateElement>('template[data-deck-source]');
		if (source && copy) copy.content.replaceChildren(source);
		deck.remove();
		document.documentElement.className = 'view-presenter';
		document.title = template.dataset['title'] ?? document.title;
		template.before(view);
	}
}
