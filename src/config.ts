/**
 * Settings a school may change at build time through environment variables.
 */
export const kitConfig = {
	/** Where the quick exit button goes: a neutral page. Set QUICK_EXIT_URL to change it. */
	quickExitUrl:
		(import.meta.env.QUICK_EXIT_URL as string | undefined) ?? 'https://www.bbc.co.uk/weather',
	/** Name shown in the header, page titles and leaflet. */
	siteName: 'Too Good To Be True',
} as const;
