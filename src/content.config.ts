import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { leafletComponentNames, mdxComponentNames } from './lib/content-checks';
import { checkedGlob, pupilDataLoader } from './loaders/checked';
import { lessonsLoader } from './loaders/lessons';
import { talksLoader } from './loaders/talks';
import { advicePage, contentFolders, contentPatterns, guide, routeOf } from './site/routes';
import { translationFolder } from './i18n/files';
import { translationSchema } from './schemas/translation';
import { glossarySchema } from './schemas/glossary';
import { leafletSchema } from './schemas/leaflet';
import { lessonSchema } from './schemas/lesson';
import { nationSchema } from './schemas/nation';
import { pageSchema } from './schemas/page';
import { practiceSchema } from './schemas/practice';
import { serviceSchema } from './schemas/service';
import { stepsSchema } from './schemas/steps';
import { talkSchema } from './schemas/talk';

/** Classroom lessons: one MDX file each, with slides and notes written inline. */
const lessons = defineCollection({ loader: lessonsLoader(), schema: lessonSchema });

/** Talks for adults (a staff briefing, a parents' session): presented and printed like lessons. */
const talks = defineCollection({ loader: talksLoader(), schema: talkSchema });

/** Short pupil-facing advice pages. */
const advice = defineCollection({
	loader: checkedGlob({
		pattern: contentPatterns.advice,
		base: contentFolders.advice,
		components: mdxComponentNames,
		routeFor: advicePage,
		forPupils: () => true,
	}),
	schema: pageSchema,
});

/** Longer guides for parents and teachers, each rendered at its own top-level route. */
const guides = defineCollection({
	loader: checkedGlob({
		pattern: contentPatterns.guides,
		base: contentFolders.guides,
		components: mdxComponentNames,
		routeFor: guide,
	}),
	schema: pageSchema,
});

/** Help and reporting routes: the single source of every phone number and help link. */
const services = defineCollection({
	// The help page and every help box show these words to pupils.
	loader: pupilDataLoader(file('./content/data/services.yaml'), ['content/data/services.yaml']),
	schema: serviceSchema,
});

/**
 * The "if it happens" steps (`content/data/steps.yaml`, one entry: `if-it-happens`): the only copy,
 * rendered by `<Steps />` on advice pages, lessons, the leaflet and poster, and by the help page and
 * the practice story. Its schema refuses steps where saving the evidence does not come before blocking.
 */
const steps = defineCollection({
	loader: file('./content/data/steps.yaml'),
	schema: stepsSchema,
});

/**
 * The four UK nations (`content/data/nations.yaml`): the lead's title, the guidance, year-group names
 * and the nation's own help routes, chosen by the school profile's `nation`.
 */
const nations = defineCollection({
	loader: file('./content/data/nations.yaml'),
	schema: nationSchema,
});

/** Plain-English definitions, linked from content with `<Term>`. */
const glossary = defineCollection({
	loader: file('./content/data/glossary.yaml'),
	schema: glossarySchema,
});

/** Printed sheets: the two-page leaflet and the A4 poster, turned into PDFs by the build. */
const leaflet = defineCollection({
	// Sheets are printed at several addresses (and as PDFs), so only links that start with / are checked.
	loader: checkedGlob({
		pattern: contentPatterns.leaflet,
		base: contentFolders.leaflet,
		components: leafletComponentNames,
		routeFor: () => undefined,
		// A sheet is for pupils unless its frontmatter says `audience: staff` or `parents`.
		forPupils: (entry) => (entry.data['audience'] ?? 'pupils') === 'pupils',
	}),
	schema: leafletSchema,
});

/** Pupil practice activities ("Real or fake?", the branching story): one YAML file each. */
const practice = defineCollection({
	loader: pupilDataLoader(
		glob({ pattern: contentPatterns.practice, base: contentFolders.practice })
	),
	schema: practiceSchema,
});

/*
 * Welsh translations (`content/cy/…`, README "Translations"): the same loaders, checks and schemas as
 * the English collections, each entry with its `translation` block (status and the English source's
 * fingerprint). Only these collections are translated; numbers and services come from the English data.
 */
const cyAdvice = defineCollection({
	loader: checkedGlob({
		pattern: contentPatterns.advice,
		base: translationFolder(contentFolders.advice, 'cy'),
		components: mdxComponentNames,
		routeFor: (id) => routeOf('adviceItem', { id }, 'cy'),
		forPupils: () => true,
	}),
	schema: pageSchema.safeExtend({ translation: translationSchema }),
});
const cyGuides = defineCollection({
	loader: checkedGlob({
		pattern: contentPatterns.guides,
		base: translationFolder(contentFolders.guides, 'cy'),
		components: mdxComponentNames,
		routeFor: (id) => routeOf('guide', { id }, 'cy'),
	}),
	schema: pageSchema.safeExtend({ translation: translationSchema }),
});
const cyLeaflet = defineCollection({
	loader: checkedGlob({
		pattern: contentPatterns.leaflet,
		base: translationFolder(contentFolders.leaflet, 'cy'),
		components: leafletComponentNames,
		routeFor: () => undefined,
		forPupils: (entry) => (entry.data['audience'] ?? 'pupils') === 'pupils',
	}),
	schema: leafletSchema.safeExtend({ translation: translationSchema }),
});
const cyLessons = defineCollection({
	loader: lessonsLoader(translationFolder(contentFolders.lessons, 'cy'), 'cy'),
	schema: lessonSchema.safeExtend({ translation: translationSchema }),
});

export const collections = {
	cyAdvice,
	cyGuides,
	cyLeaflet,
	cyLessons,
	lessons,
	talks,
	advice,
	guides,
	services,
	steps,
	glossary,
	nations,
	leaflet,
	practice,
};
