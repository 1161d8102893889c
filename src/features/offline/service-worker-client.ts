/**
 * Registers the offline service worker (`<base>sw.js`, scope `<base>`, written by
 * src/features/offline/service-worker.ts) and offers a new version when one is waiting: a polite status
 * message with a Reload button. Reload asks the waiting worker to take over (SKIP_WAITING, which
 * Workbox's worker listens for) and reloads the page once it controls it. Without a click the new
 * worker takes over by itself when every tab of the kit is closed. Kept tiny: it runs on every page.
 */
import { serviceWorkerScript } from '../../site/files';
import { normaliseBase, withBase } from '../../site/paths';

const base = import.meta.env.BASE_URL;

export function registerServiceWorker(): void {
	// Not in `astro dev` (no worker is built there), and nothing to do where workers are unsupported.
	if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
	const sw = navigator.serviceWorker;
	let asked = false;
	sw.addEventListener('controllerchange', () => {
		if (asked) location.reload();
	});

	const offer = (worker: ServiceWorker | null) => {
		// With no controller this is the first install: there is no older version on screen.
		const region = document.querySelector<HTMLElement>('[data-update-prompt]');
		if (!worker || !sw.controller || !region || region.childElementCount > 0) return;
		const text = document.createElement('p');
		// The words are the page's, in its language (UpdatePrompt.astro writes them).
		text.textContent = region.dataset['text'] ?? '';
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'button';
		button.textContent = region.dataset['reload'] ?? '';
		button.addEventListener('click', () => {
			button.disabled = true;
			// Another tab may already have switched to it: then a reload is all that is left.
			if (worker.state === 'activated' || worker.state === 'redundant') return location.reload();
			asked = true;
			worker.postMessage({ type: 'SKIP_WAITING' });
		});
		region.replaceChildren(text, button);
	};

	sw.register(withBase(base, serviceWorkerScript()), { scope: normaliseBase(base) }).then(
		(registration: ServiceWorkerRegistration | undefined) => {
			// Some test and kiosk setups block workers and resolve with nothing.
			if (!registration) return;
			offer(registration.waiting);
			registration.addEventListener('updatefound', () => {
				const worker = registration.installing;
				worker?.addEventListener('statechange', () => {
					if (worker.state === 'installed') offer(worker);
				});
			});
			// A presenter window can stay open all day: look for a new version every hour as well.
			setInterval(() => void registration.update().catch(() => undefined), 60 * 60 * 1000);
		},
		() => undefined
	);
}
