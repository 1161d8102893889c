/**
 * Links on paper. Run in the page by the PDF step (src/features/print/pdf.ts) before it prints: a link
 * into the kit points at the public site when there is one and has no address otherwise (a link to
 * the build's throwaway server leads nowhere), and is marked `data-kit-link` so print CSS sets it
 * as plain words ("See every help and reporting route" is not something to click on paper). A link
 * with an address (elsewhere, or the kit's public site) whose words do not already say where it
 * goes gets `data-print-address`, which print CSS spells out after the words.
 *
 * `linksForPaper` runs in the browser (`page.evaluate`): it must stay self-contained.
 */
export function linksForPaper([local, publicOrigin]: readonly [string, string]): void {
	const bare = (url: URL) =>
		`${url.host.replace(/^www\./, '')}${url.pathname}${url.search}`.replace(/\/$/, '');
	for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
		const url = new URL(a.href);
		let target = url;
		if (url.origin === local) {
			a.dataset['kitLink'] = '';
			if (!publicOrigin) {
				a.removeAttribute('href');
				continue;
			}
			a.href = `${publicOrigin}${url.pathname}${url.search}${url.hash}`;
			target = new URL(a.href);
		}
		if (target.protocol !== 'http:' && target.protocol !== 'https:') continue;
		const address = bare(target);
		const words = (a.textContent ?? '').replace(/\s+/g, '').toLowerCase();
		if (!words.includes(address.toLowerCase().replace(/\s+/g, '')))
			a.dataset['printAddress'] = address;
	}
}
