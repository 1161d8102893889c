/** The PDF details of a printed sheet, from its frontmatter and the build-time school details. */
import { kitConfig } from '../../config';
import type { PrintJob } from '../../lib/pdf-files';
import type { SchoolDetails } from '../../lib/school';
import type { LeafletData } from '../../schemas/leaflet';

export function sheetJob(data: LeafletData, output: string, school: SchoolDetails): PrintJob {
	return {
		output,
		title: data.subtitle ? `${data.title} ${data.subtitle}` : data.title,
		subject: data.summary,
		keywords: data.keywords,
		author: school.schoolName
			? `${school.schoolName}, with ${kitConfig.siteName}`
			: kitConfig.siteName,
		language: 'en-GB',
		pages: data.pages,
	};
}
