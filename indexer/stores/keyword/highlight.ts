// The highlighter lives in core/text; meilisearch.ts still imports it from here until its own branch moves the import.
export { DEFAULT_SNIPPET_WORDS, escapeHtml } from '../../../core/text/highlight';
