/** The sheets the "Make it your school's" page prints with the details staff type, in its order. */
export const customiseDocs = [
	{ id: 'leaflet', label: 'Leaflet for pupils (A4, 2 pages)' },
	{ id: 'poster', label: 'Poster (A4, 1 page)' },
	{ id: 'letter', label: 'Letter to parents and carers (A4, 1 page)' },
	{ id: 'signposting', label: '"Who can help" signposting sheet (A4, 1 page)' },
] as const;
