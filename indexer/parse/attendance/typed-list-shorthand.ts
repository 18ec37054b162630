// A parish clerk's list of those present typed in shorthand: "In the Chair A.Vigrass, L.Bowden,T.Dixon,A.Hay and
// K.O’Donoghue (clerk)" (the chair named first after "In the Chair", each initial set against its surname, a comma
// against the next name). Each name is spaced as any other list prints it, and the chair's office follows its name.

/** "A.Vigrass", "K.O’Donoghue": an initial and its full stop set against the surname after them. */
const GLUED_INITIAL = /(?<=^|[\s,(])(\p{Lu})\.(?=\p{Lu}[\p{Ll}'’])/gu;
/** "L.Bowden,T.Dixon": a comma set against the next name. */
const GLUED_COMMA = /,(?=\p{Lu})/gu;
/** "In the Chair A.Vigrass, …": the chair named first, after the words that say so. */
const CHAIR_FIRST = /^In the Chair:?\s+(\p{Lu}[^,]*?)(?=,|\s+and\s|$)/iu;

/** The list with its shorthand spaced and the chair's office after the chair's name; the same text when it has none. */
export function withTypedShorthandSpaced(list: string): string {
  const chair = /^In the Chair/i.test(list);
  const chaired = chair ? list.replace(CHAIR_FIRST, '$1 (Chair)') : list;
  // A comma set against a name shows the shorthand (one name "S.Orme" in a spaced list is left as it is printed).
  return chair || /,\p{Lu}/u.test(chaired) ? chaired.replace(GLUED_INITIAL, '$1. ').replace(GLUED_COMMA, ', ') : chaired;
}
