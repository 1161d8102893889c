/**
 * The kit's Content Security Policy, in one place for astro.config.mjs (`security.csp`, which Astro
 * writes into every page as a `<meta http-equiv="content-security-policy">` with the hashes of that
 * page's scripts and styles) and for the HTTP header in public/_headers and the server examples in
 * docs/privacy-and-security.md.
 *
 * The build has no inline scripts, inline `<style>` elements or `style=""` attributes at all
 * (astro.config.mjs turns off inlining; e2e/dist.built.test.ts checks it), so
 * `'self'` is what lets every script and stylesheet run, and the header can carry the same policy
 * without any page's hashes. Both policies are enforced together; they agree except that the header
 * adds what a `<meta>` policy cannot carry (`frame-ancestors`).
 *
 * Beyond `'self'`, the only extras are for Pagefind: `'wasm-unsafe-eval'` so its WebAssembly search
 * can compile (this does not allow `eval` or `new Function`), and `worker-src 'self'` for its search
 * worker (`pagefind/pagefind-worker.js`, a same-origin file; Pagefind 1.6 does not use blob: workers).
 */

/** Directives other than script-src and style-src, which Astro writes itself. Safe in `<meta>`. */
export const cspDirectives = [
	"default-src 'self'",
	"base-uri 'self'",
	"object-src 'none'",
	"form-action 'self'",
	"img-src 'self'",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"manifest-src 'self'",
] as const;

/** Sources for script-src (Astro adds the page's hashes after these). */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Sources for style-src (Astro adds the page's hashes after these). */
export const styleSources = ["'self'"] as const;

/** Directives a `<meta>` policy ignores, so they live in the HTTP header only. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/** The `security.csp` value for astro.config.mjs. */
export const astroCsp = {
	algorithm: 'SHA-256' as const,
	directives: [...cspDirectives],
	scriptDirective: { resources: [...scriptSources] },
	styleDirective: { resources: [...styleSources] },
};

/** The policy sent as an HTTP header: the meta policy without hashes, plus frame-ancestors. */
export function headerPolicy(): string {
	return [
		...cspDirectives,
		`script-src ${scriptSources.join(' ')}`,
		`style-src ${styleSources.join(' ')}`,
		...headerOnlyDirectives,
	].join('; ');
}

/** The other security headers, the same for every response. */
export const securityHeaders: Readonly<Record<string, string>> = {
	'Content-Security-Policy': headerPolicy(),
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** Splits a policy into directive name -> sorted sources, dropping hash sources ('sha256-…'). */
export function parsePolicy(policy: string): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
		if (!name) continue;
		map.set(name.toLowerCase(), sources.filter((s) => !/^'sha(256|384|512)-/.test(s)).sort());
	}
	return map;
}

/**
 * Differences between a page's meta policy and the header policy, ignoring hashes and the header-only
 * directives; empty when they agree. Used by the build check and the tests.
 */
export function policyDifferences(metaPolicy: string, header = headerPolicy()): string[] {
	const meta = parsePolicy(metaPolicy);
	const head = parsePolicy(header);
	for (const d of headerOnlyDirectives) head.delete(d.split(' ')[0]!);
	const problems: string[] = [];
	for (const name of new Set([...meta.keys(), ...head.keys()])) {
		const a = meta.get(name)?.join(' ');
		const b = head.get(name)?.join(' ');
		if (a !== b)
			problems.push(`${name}: meta has "${a ?? '(none)'}", header has "${b ?? '(none)'}"`);
	}
	for (const name of meta.keys()) {
		if (headerOnlyDirectives.some((d) => d.startsWith(`${name} `)))
			problems.push(`${name} is ignored in a <meta> policy`);
	}
	return problems;
}

/** Unsafe sources that must never appear in the kit's policies. */
export const forbiddenSources = [
	"'unsafe-inline'",
	"'unsafe-eval'",
	"'unsafe-hashes'",
	"'strict-dynamic'",
	'data:',
	'blob:',
	'*',
];
