// The stop words live in core/text; meilisearch.ts still imports them from here until its own branch moves the import.
export { ENGLISH_STOP_WORDS } from '../../../core/text/stop-words';
