// An officer named by an office and the services it runs, after a colon or a comma: "The Corporate Director: Communities
// confirmed …", "The Strategic Director: Economy and Environment explained …", "The Director, Place and Growth, reported
// …", "The Head of Highways, Transport and Environment confirmed …", as Welsh and English councils title their officers. The office alone speaks as any office does; the services
// stay with it, so the speaker is the whole title ("The Corporate Director: Communities").

/** "The Corporate Director" then ": " or ", " and the services in capitalised words (and "and"/"&"), then a comma or a word in lower case. */
const OFFICE_WITH_SERVICES = /^(The (?:(?:[A-Z][a-z]+|of|for) ){0,4}[A-Z][a-z]+)(: |, )((?:[A-Z][\p{L}'’-]*|and|&)(?: (?:[A-Z][\p{L}'’-]*|and|&)){0,6}),? (?=\p{Ll})/u;
/**
 * The services a comma's title names ("Place and Growth", "Finance & Resources", "Communities"): a name after a comma is the
 * holder's ("The Chief Executive, Jane Hale, reported"), not a service's.
 */
const SERVICE_WORD = /\b(?:and|&|Communities|Community|Place|Growth|Finance|Resources|Environment|Economy|Services|Housing|Highways|Transport|Planning|Regeneration|People|Children|Adults?|Health|Education|Corporate|Governance|Legal|Customers?|Neighbourhoods|Operations|Infrastructure|Development|Assets|Property|Digital|Performance|Wellbeing|Care|Learning|Skills|Partnerships|Commissioning|Strategy|Policy|Democratic|Culture|Leisure|Waste|Streetscene)\b/;
/** A title or name's first word after the comma: the holder, not the services. */
const HOLDER_START = /^(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof|Revd?|Sir|Dame)\b/;

/** The speaker `text` opens with when its office carries its services after a colon or comma (`officeSpeakerOf` reads the office alone); else null. */
export function speakerWithServices(text: string, officeSpeakerOf: (text: string) => string | null): string | null {
  const match = text.charCodeAt(0) === 0x54 && (text.includes(': ') || text.includes(', ')) ? OFFICE_WITH_SERVICES.exec(text) : null;
  if (match === null || HOLDER_START.test(match[3]) || (match[2] === ', ' && !SERVICE_WORD.test(match[3]))) return null;
  const office = officeSpeakerOf(`${match[1]} ${text.slice(match[0].length)}`);
  return office === match[1] ? `${office}${match[2]}${match[3]}` : null;
}
