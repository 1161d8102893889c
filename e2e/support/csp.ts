/**
 * Watches a page (and any window it opens) for Content Security Policy violations: the
 * `securitypolicyviolation` DOM event, recorded by a script Playwright injects before any page script
 * runs (injected scripts are exempt from the policy), and Chromium's console messages about the policy.
 */
import type { BrowserContext, Page } from '@playwright/test';

declare global {
	interface Window {
		__cspViolations?: string[];
	}
}

function record(): void {
	window.__cspViolations = [];
	const log = (e: SecurityPolicyViolationEvent) =>
		window.__cspViolations!.push(
			`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || location.pathname}:${e.lineNumber}`
		);
	document.addEventListener('securitypolicyviolation', log);
	// Workers report on their own global, not the document; the worker's own errors reach the console.
}

/** Starts watching every page in `context`; call before the first navigation. Returns a reader. */
export async function watchCsp(
	context: BrowserContext
): Promise<{ violations(): Promise<string[]>; logged(): string[] }> {
	const found: string[] = [];
	const pages = new Set<Page>();
	const attach = (page: Page) => {
		pages.add(page);
		page.on('console', (message) => {
			if (/content security policy/i.test(message.text()))
				found.push(`console ${message.type()} on ${page.url()}: ${message.text()}`);
		});
	};
	await context.addInitScript(record);
	context.pages().forEach(attach);
	context.on('page', attach);
	return {
		/** What the console said about the policy so far (the events a page recorded are not read). */
		logged: () => [...found],
		async violations() {
			const events: string[] = [];
			for (const page of pages) {
				if (page.isClosed()) continue;
				const list = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
				events.push(...list.map((v) => `${page.url()}: ${v}`));
			}
			return [...found, ...events];
		},
	};
}

/**
 * Adds CSS to the page for a test, the way the kit's policy allows: a constructed stylesheet.
 * (`page.addStyleTag` inserts a `<style>` element, which the policy blocks without a word.)
 * Returns a function that takes the CSS away again.
 */
export async function addStyles(page: Page, css: string): Promise<() => Promise<void>> {
	const handle = await page.evaluateHandle((text) => {
		const sheet = new CSSStyleSheet();
		sheet.replaceSync(text);
		document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
		return sheet;
	}, css);
	return async () => {
		await handle.evaluate((sheet) => {
			document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
		});
		await handle.dispose();
	};
}
