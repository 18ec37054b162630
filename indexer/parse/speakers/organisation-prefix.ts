// "Northgate Homes – Mr Patel reported that …", "Environment Agency – Ms Lee said …": a parish's reports from outside
// bodies name the body first, then a dash, then who spoke for it. The speaker is read from the words after the dash.

/**
 * The body's name: capitalised words (with "of", "and", "the", "for", "&" between them), at most six, no figures and no
 * full stop after a word; then a dash between spaces and a capital.
 */
const ORGANISATION_THEN_DASH = /^\p{Lu}[\p{L}'’&-]*(?:\s+(?:of|and|the|for|on|&|\p{Lu}[\p{L}'’&-]*)){0,5}\s+[–—-]\s+(?=\p{Lu})/u;
/** The dash comes within the first words: a paragraph with none so near is let go without the pattern. */
const DASH_NEAR_START = /\s[–—-]\s/;
const MAX_NAME_LENGTH = 80;

/** The words after such a body's name and dash, or null when the text does not open so. */
export function afterOrganisationDash(text: string): string | null {
  if (!DASH_NEAR_START.test(text.slice(0, MAX_NAME_LENGTH + 3))) return null;
  const organisation = ORGANISATION_THEN_DASH.exec(text);
  return organisation ? text.slice(organisation[0].length) : null;
}
