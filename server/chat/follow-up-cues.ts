// How a message in a conversation points back at the topic under way (its words then add to that topic) rather than
// naming a new one: a question after a detail, a narrowing preposition, a hypothetical, a pronoun, "the service".

/** A question after a detail of something already named ("how many …", "why …", "where does the money go?"), not "what about X?". */
export const ASKS_AFTER_DETAIL = /^\s*(?:and\s+)?(?:how\s+(?:many|much|long|often|far)|why|where|who)\b/i;
/** "What about for children?", "and among young people?": a preposition narrows the topic before rather than replacing it. */
export const NARROWS_TOPIC = /^\s*(?:and\s+)?(?:(?:what|how)\s+about\s+)?(?:for|among|amongst|within|regarding)\s+(?!the\s+(?:panel|committee|council|board|meeting)\b)/i;
/** "What if the replacement is late?", "and what happens if it fails?": a hypothetical is asked of the topic already under way. */
export const HYPOTHETICAL = /^\s*(?:(?:and|but|so)\s+)?(?:what\s+(?:if|happens\s+if|would\s+happen\s+if|happens\s+when)|if)\b/i;
/** Pronouns that stand for something said before: a message using one adds to the current topic. */
export const REFERRING_WORDS: ReadonlySet<string> = new Set(['it', 'its', "it's", 'they', 'them', 'their', 'this', 'that', 'these', 'those']);
/**
 * Pronouns that stand for a person: they point back only at a topic that names one ("Who is Emily Matthews?" then
 * "what did she present?"), and not in a message naming its own speaker ("what did the Commissioner say of his plan?").
 */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'his']);
/**
 * Pronouns that, speaking or deciding ("when did they agree the precept?", "what was their view on CCTV?"), are the
 * meeting's members, not the topic before: the message's own words are then a new topic.
 */
export const MEMBERS_PRONOUNS: ReadonlySet<string> = new Set(['they', 'their']);

/** Words for a kind of thing that, bare after "the", stand for one named before ("who provides the service now?"). */
const GENERIC_THINGS: ReadonlySet<string> = new Set(
  ['service', 'services', 'scheme', 'schemes', 'programme', 'program', 'project', 'fund', 'contract', 'initiative', 'pilot', 'provider', 'policy', 'strategy', 'grant'],
);

/**
 * Whether a token is such a thing, "the" straight before it and written in lower case: "the service" points back,
 * "the 101 service" names its own, and "the Plan" is a name the minutes use.
 */
export function pointsBackAt(tokens: { text: string; lower: string }[], index: number): boolean {
  return GENERIC_THINGS.has(tokens[index].text) && tokens[index - 1]?.lower === 'the';
}
