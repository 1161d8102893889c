/**
 * The start of the one-file offline deck (src/client/offline-deck.ts), run before the deck's elements
 * are defined: windows talk over postMessage, and `?presenter` turns this window into the presenter
 * view by swapping its markup in from a template.
 */
import { useDeckChannel } from './deck-channel';
import { windowChannel } from './window-channel';

useDeckChannel(windowChannel);

if (new URLSearchParams(location.search).has('presenter')) {
	const template = document.querySelector<HTMLTemplateElement>('template[data-offline-presenter]');
	if (template) {
		document.querySelector('slide-deck')?.remove();
		document.documentElement.className = 'view-presenter';
		document.title = template.dataset['title'] ?? document.title;
		template.before(template.content.cloneNode(true));
	}
}
