/**
 * The template Pagefind's Component UI fills for each result (adequate-little-templates syntax:
 * `{{ x }}` is escaped, and nothing here uses the raw form). Each result shows its title, its type
 * and audience, the page summary, and links to matching sections (sub-results on headings with ids).
 */
export const resultTemplate = `
<li class="kit-result">
	<p class="kit-result-title"><a class="kit-result-link" href="{{ url | safeUrl }}">{{ meta.title | default("Untitled page") }}</a></p>
	<p class="kit-result-tags"><span class="kit-result-type">{{ meta.type | default("Page") }}</span> <span class="kit-result-audience">{{ meta.audience | default("For everyone") }}</span></p>
	{{#if meta.summary}}<p class="kit-result-summary">{{ meta.summary }}</p>{{/if}}
	{{#if sub_results}}
	<ul class="kit-result-sections" aria-label="Sections">
		{{#each sub_results as sub}}<li><a class="kit-result-section" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a></li>{{/each}}
	</ul>
	{{/if}}
</li>`.trim();
