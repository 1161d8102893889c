// @ts-check
import { defineConfig } from 'astro/config';
import { kitIntegrations } from './src/integrations/index.ts';
import { astroCsp } from './src/lib/csp.ts';
import { readSettings } from './src/site/settings.ts';
import { defaultLocale, localeIds } from './src/i18n/locales.ts';

// Every setting comes from the environment through one schema (src/site/settings.ts, README
// "Settings"): a wrong value stops here, naming the variable.
const settings = readSettings(process.env);

export default defineConfig({
	site: settings.siteUrl,
	base: settings.basePath,
	trailingSlash: 'always',
	outDir: settings.outDir,
	integrations: kitIntegrations(settings),
	// English at the root, Welsh under /cy/ (src/i18n/locales.ts defines the languages once).
	i18n: { locales: localeIds, defaultLocale, routing: { prefixDefaultLocale: false } },
	server: { port: 4321, host: true },
	devToolbar: { enabled: false },
	// A strict Content Security Policy in every page (src/lib/csp.ts explains it; README "Security").
	security: { csp: astroCsp },
	// No inline scripts or <style> elements and no data: URLs: every script, stylesheet, font and
	// image is a file of its own, so 'self' covers them and the HTTP header policy needs no hashes.
	build: { inlineStylesheets: 'never' },
	vite: { build: { assetsInlineLimit: 0 } },
	// The content has no code blocks; Shiki's highlighting would need inline styles.
	markdown: { syntaxHighlight: false },
});
