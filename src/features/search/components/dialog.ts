/**
 * The search dialog, loaded only when someone opens it (so pages carry no search code until then):
 * clones the dialog markup from its template, loads the Component UI and opens `<pagefind-modal>`.
 * On close, focus goes back to whatever opened it.
 */
import { connectHelpPanel, loadComponentUI, searchInstance } from './client';

interface PagefindModal extends HTMLElement {
	open(): void;
	close(): void;
	readonly isOpen: boolean;
}

let modal: PagefindModal | undefined;
let returnFocus: HTMLElement | null = null;

async function create(): Promise<PagefindModal> {
	const template = document.querySelector<HTMLTemplateElement>('template[data-search-dialog]');
	if (!template) throw new Error('Search dialog template missing');
	const root = document.createElement('div');
	root.className = 'search-dialog-root';
	root.append(template.content.cloneNode(true));
	document.body.append(root);
	await loadComponentUI();
	const element = root.querySelector<PagefindModal>('pagefind-modal');
	if (!element) throw new Error('Search dialog markup missing');
	connectHelpPanel(searchInstance('dialog'), root);
	// `close` does not bubble, so listen in the capture phase. A result link to a heading on this
	// page moves focus there itself; only when focus was lost does it go back to the opener.
	element.addEventListener(
		'close',
		() => {
			const target = returnFocus;
			returnFocus = null;
			requestAnimationFrame(() => {
				const active = document.activeElement;
				const lost = !active || active === document.body || element.contains(active);
				if (target?.isConnected && lost) target.focus();
			});
		},
		true
	);
	return element;
}

let creating: Promise<PagefindModal> | undefined;

/** Builds the dialog and loads the Component UI ahead of time (on hover or focus of the button). */
export function prepareSearchDialog(): Promise<PagefindModal> {
	creating ??= create();
	creating.catch(() => (creating = undefined));
	return creating;
}

/** Opens the dialog (creating it the first time); `opener` gets focus back when it closes. */
export async function openSearchDialog(opener: HTMLElement | null): Promise<void> {
	modal ??= await prepareSearchDialog();
	if (modal.isOpen) return;
	returnFocus = opener;
	modal.open();
}
