/** The web app manifest, written at build time so its URLs follow the base path (src/features/offline/web-manifest.ts). */
import type { APIRoute } from 'astro';
import { kitConfig } from '../config';
import { webManifest } from '../features/offline/web-manifest';

export const GET: APIRoute = () =>
	new Response(
		JSON.stringify(
			webManifest({ base: import.meta.env.BASE_URL, name: kitConfig.siteName }),
			null,
			'\t'
		),
		{
			headers: { 'content-type': 'application/manifest+json' },
		}
	);
