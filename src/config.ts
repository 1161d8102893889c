/**
 * The kit's name, and the quick exit's destination from the QUICK_EXIT_URL setting
 * (src/site/settings.ts), for pages and components.
 */
import { readSettings } from './site/settings';

export const kitConfig = {
	/** Where the quick exit button goes: a neutral page. */
	quickExitUrl: readSettings().quickExitUrl,
	/** Name shown in the header, page titles and leaflet. */
	siteName: 'Too Good To Be True',
} as const;
