/**
 * The search dialog, loaded only when someone opens it (so pages carry no search code until then):
 * clones a native `<dialog>` from its template and opens it as a modal (focus stays inside, Escape
 * closes it). On close, focus goes back to whatever opened it.
 */
import { connectSearch, loadPagefind } from './search-ui';

let dialog: HTMLDialogElement | undefined;
let returnFocus: HTMLElement | null = null;

function create(): HTMLDialogElement {
	const template = document.querySelector<HTMLTemplateElement>('template[data-search-dialog]');
	if (!template) throw new Error('Search dialog template missing');
	const fragment = template.content.cloneNode(true) as DocumentFragment;
	const element = fragment.querySelector('dialog');
	if (!element) throw new Error('Search dialog markup missing');
	document.body.append(fragment);
	connectSearch(element);
	element.querySelector('[data-search-close]')?.addEventListener('click', () => element.close());
	// Escape always closes the dialog: in a search box that holds text, the browser would only
	// clear the box.
	element.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape' || event.defaultPrevented) return;
		event.preventDefault();
		element.close();
	});
	// A click on the backdrop (outside the dialog's box) closes it, as Escape does.
	element.addEventListener('click', (event) => {
		if (event.target === element) element.close();
	});
	// A result link to a heading on this page moves focus there itself; only when focus was lost
	// does it go back to the opener.
	element.addEventListener('close', () => {
		const target = returnFocus;
		returnFocus = null;
		requestAnimationFrame(() => {
			const active = document.activeElement;
			const lost = !active || active === document.body || element.contains(active);
			if (target?.isConnected && lost) target.focus();
		});
	});
	return element;
}

/** Builds the dialog and loads Pagefind ahead of time (on hover or focus of the button). */
export function prepareSearchDialog(): HTMLDialogElement {
	dialog ??= create();
	void loadPagefind().catch(() => undefined);
	return dialog;
}

/** Opens the dialog (creating it the first time); `opener` gets focus back when it closes. */
export function openSearchDialog(opener: HTMLElement | null): void {
	const element = prepareSearchDialog();
	if (element.open) return;
	returnFocus = opener;
	element.showModal();
	const input = element.querySelector<HTMLInputElement>('[data-search-input]');
	input?.focus();
	input?.select();
}
