/**
 * Browser side of search, shared by the dialog and the /search/ page: loads Pagefind's Component UI
 * from the site's own `pagefind/` folder (base-path safe, nothing from other origins), runs its
 * searches through the kit's fallback for sentences (src/features/search/search-fallback.ts), and shows
 * "Get help now" when a search finds nothing or reads like a call for help.
 */
import { readsLikeCallForHelp } from '../help-query';
import { searchRanking } from '../search';
import {
	searchWithFallback,
	type EngineResult,
	type FallbackSettings,
	type SearchEngine,
} from '../search-fallback';
import { withBase } from '../../../site/paths';
import { searchBundle } from '../../../site/files';

/** The part of a Component UI instance this code uses. */
export interface SearchInstance {
	on(event: 'search', callback: (term: string) => void, owner?: object): void;
	on(
		event: 'results',
		callback: (result: { results?: unknown[] } | undefined) => void,
		owner?: object
	): void;
	triggerSearch(term: string): void;
	/** Pagefind options for the instance; they count only before its first search or focus. */
	applyOptions(options: { ranking?: Record<string, number> }): void;
	searchTerm?: string;
}

declare global {
	interface Window {
		PagefindComponents?: { getInstanceManager(): { getInstance(name: string): SearchInstance } };
	}
}

/** Where `astro:build:done` wrote the Pagefind bundle, under the configured base path. */
export const bundlePath = withBase(import.meta.env.BASE_URL, searchBundle());

let loading: Promise<void> | undefined;

/** Loads the Component UI stylesheet and script once; resolves when the custom elements exist. */
export function loadComponentUI(): Promise<void> {
	loading ??= (async () => {
		const cssHref = `${bundlePath}pagefind-component-ui.css`;
		if (!document.querySelector(`link[href="${cssHref}"]`)) {
			const link = document.createElement('link');
			link.rel = 'stylesheet';
			link.href = cssHref;
			const loaded = new Promise((resolve) => {
				link.addEventListener('load', resolve, { once: true });
				link.addEventListener('error', resolve, { once: true });
			});
			document.head.append(link);
			await loaded;
		}
		await import(/* @vite-ignore */ `${bundlePath}pagefind-component-ui.js`);
		await customElements.whenDefined('pagefind-results');
	})();
	loading.catch(() => (loading = undefined));
	return loading;
}

const configured = new WeakSet<SearchInstance>();

/** The Pagefind instance a Component UI instance loads (`createInstance()` in pagefind.js). */
type PagefindApi = SearchEngine<EngineResult>;

/**
 * Makes every search of a Component UI instance go through searchWithFallback. The Component UI
 * (Pagefind 1.6, pinned) has no hook for its searches: it keeps the Pagefind instance it loads in
 * `__pagefind__` and calls that object's `search(term, { filters, sort })` for each query, then
 * renders whatever comes back. So the property becomes an accessor that hands it a copy of the
 * Pagefind instance whose `search` runs the fallback with the original; everything else (filters,
 * preloading, the results' `data()`) is Pagefind's own. The query stays in the browser.
 */
function runThroughFallback(instance: SearchInstance, settings: FallbackSettings): void {
	const holder = instance as unknown as { __pagefind__?: PagefindApi | null };
	if (!Object.hasOwn(holder, '__pagefind__')) {
		throw new Error('Pagefind Component UI changed: no __pagefind__ to run the search fallback on');
	}
	const wrap = (pagefind: PagefindApi | null | undefined) =>
		pagefind && {
			...pagefind,
			search: (term: string | null, options?: Parameters<PagefindApi['search']>[1]) =>
				searchWithFallback(pagefind, term, options, settings),
		};
	let wrapped = wrap(holder.__pagefind__);
	Object.defineProperty(holder, '__pagefind__', {
		configurable: true,
		enumerable: true,
		get: () => wrapped,
		set: (pagefind: PagefindApi | null) => {
			wrapped = wrap(pagefind);
		},
	});
}

/**
 * The Component UI instance by name, with the kit's ranking applied and its searches run through
 * the sentence fallback (`countFilters` where the instance shows filters). Call straight after
 * loadComponentUI() resolves: the instance loads Pagefind on its first search or focus, and takes
 * options only before that (nothing a user does can run between the two).
 */
export function searchInstance(name: string, settings: FallbackSettings = {}): SearchInstance {
	const components = window.PagefindComponents;
	if (!components) throw new Error('Pagefind Component UI is not loaded');
	const instance = components.getInstanceManager().getInstance(name);
	if (!configured.has(instance)) {
		instance.applyOptions({ ranking: { ...searchRanking } });
		runThroughFallback(instance, settings);
		configured.add(instance);
	}
	return instance;
}

/**
 * Shows the help panel inside `root` while the current query reads like a call for help, or after a
 * search that found nothing; hides it otherwise. The screen-reader status line says so politely.
 */
export function connectHelpPanel(instance: SearchInstance, root: ParentNode): void {
	const panel = root.querySelector<HTMLElement>('[data-search-help]');
	const status = root.querySelector<HTMLElement>('[data-search-help-status]');
	if (!panel) return;
	let term = '';
	const show = (reason: 'help' | 'empty' | undefined) => {
		const wasHidden = panel.hidden;
		panel.hidden = !reason;
		if (reason) panel.dataset['reason'] = reason;
		else delete panel.dataset['reason'];
		if (status && wasHidden !== panel.hidden) {
			status.textContent = reason
				? 'Get help now: Childline and the CEOP Safety Centre are listed with the results.'
				: '';
		}
	};
	instance.on(
		'search',
		(value) => {
			term = typeof value === 'string' ? value.trim() : '';
			show(term && readsLikeCallForHelp(term) ? 'help' : undefined);
		},
		panel
	);
	instance.on(
		'results',
		(result) => {
			if (!term) return show(undefined);
			if (readsLikeCallForHelp(term)) return show('help');
			show((result?.results?.length ?? 0) === 0 ? 'empty' : undefined);
		},
		panel
	);
}

/**
 * Two accessible-name gaps in the Component UI's filter dropdowns (found by axe): the trigger has
 * role="combobox", which takes no name from its text, so it is named after the `label` attribute;
 * and each option's name ("Pupils, 3 results") must contain its visible text ("Pupils 3"). Applied
 * again whenever the Component UI re-renders a dropdown.
 */
export function nameFilterDropdowns(root: ParentNode): void {
	const name = () => {
		for (const dropdown of root.querySelectorAll('pagefind-filter-dropdown')) {
			const trigger = dropdown.querySelector('.pf-dropdown-trigger');
			const label = dropdown.getAttribute('label');
			if (trigger && label && trigger.getAttribute('aria-label') !== label)
				trigger.setAttribute('aria-label', label);
			for (const option of dropdown.querySelectorAll('.pf-dropdown-option')) {
				const text = option.querySelector('.pf-dropdown-option-label')?.textContent?.trim() ?? '';
				const countEl = option.querySelector('.pf-dropdown-option-count');
				const count = countEl?.textContent?.trim() ?? '';
				// A space between the label and the count, so the visible text reads "Pupils 3", not "Pupils3".
				if (countEl && countEl.previousSibling?.nodeType !== Node.TEXT_NODE) countEl.before(' ');
				const wanted = count ? `${text} ${count} ${count === '1' ? 'result' : 'results'}` : text;
				if (text && option.getAttribute('aria-label') !== wanted)
					option.setAttribute('aria-label', wanted);
			}
		}
	};
	name();
	for (const dropdown of root.querySelectorAll('pagefind-filter-dropdown')) {
		new MutationObserver(name).observe(dropdown, { childList: true, subtree: true });
	}
}
