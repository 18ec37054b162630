// The page's address of a meeting, and of one agenda item or paragraph in it: the page builds its links with these and
// the server builds the links it sends (topic history, feeds, alert emails) with the same.

/** The element id of an agenda item, or of one paragraph in it, in the meeting view. */
export function anchorOf(itemId: string, paragraphIndex: number | null): string {
  return paragraphIndex === null ? itemId : `${itemId}-p${paragraphIndex}`;
}

/** `/meetings/<id><query>#<anchor>`; `query` is empty or starts with "?". */
export function meetingPath(meetingId: string, query: string, anchor: string | null): string {
  const fragment = anchor ? `#${encodedPart(anchor)}` : '';
  return `/meetings/${encodedPart(meetingId)}${query}${fragment}`;
}

/** The characters encodeURIComponent leaves as they are, which ids are made of. */
const URI_COMPONENT_SAFE = /^[\w.!~*'()-]*$/;

/** encodeURIComponent, without its call for an id it would leave as it is (a topic history links 300 paragraphs). */
function encodedPart(part: string): string {
  return URI_COMPONENT_SAFE.test(part) ? part : encodeURIComponent(part);
}
