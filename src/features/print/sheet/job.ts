/** The PDF details of a printed sheet, from its frontmatter and the build-time school profile. */
import { kitConfig } from '../../../config';
import type { PrintJob } from '../pdf-files';
import type { SchoolProfile } from '../../school';
import type { LeafletData } from '../../../schemas/leaflet';

export function sheetJob(
	data: LeafletData,
	output: string,
	school: SchoolProfile | undefined
): PrintJob {
	return {
		output,
		title: data.subtitle ? `${data.title} ${data.subtitle}` : data.title,
		subject: data.summary,
		keywords: data.keywords,
		author: school ? `${school.school}, with ${kitConfig.siteName}` : kitConfig.siteName,
		language: 'en-GB',
		pages: data.pages,
	};
}
