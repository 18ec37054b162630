// Names that open a sentence without its speaker: the person was done to (elected, thanked), stood in for someone, or is
// the one a question is put to by name.

/**
 * "Cllr Ewart was elected Vice-Chair", "Mrs Dale was proposed by Mr Hale", "The Chair was thanked", "(1.1) Cllr Hale be
 * appointed Chair" (a resolution's clause): who was done to, a passive saying nothing of what they said; "Cllr Hale, for
 * whom Cllr Ruiz was substitute;", "Cllr Amin substituted for Cllr Ali", "Cllr Amin for Cllr Ali" (a substitution
 * listed), "Cllr Wood had sent his apologies", "Mr Smart (licence holder) was present": who attended or stood in, no
 * speech (but "was present to give an update" speaks); "Mrs Neal, could you tell me …": who a question is put to, by name.
 */
const DONE_TO = /^(?:,?\s+(?:was|were|is|are|will\s+be|be)\s+(?:(?:duly|unanimously|then|also|formally)\s+)?(?:elected|re-elected|appointed|re-appointed|co-opted|nominated|proposed|seconded|thanked|congratulated|welcomed|invited|asked|reminded|informed|advised|presented|awarded|not\s+present|present(?![^.]{0,30}\bto\s+(?:give|outline|present|update|speak|explain|answer|report|address|talk)\b)|absent)\b|,\s+for\s+whom\b|\s+(?:substituted|deputised)\s+for\b|\s+for\s+(?:(?:County|District|Borough|Parish|Town|City)\s+)?(?:Cllr|Councillor)\b|\s+(?:attended|was\s+attending)\b[^.]{0,50}\bas\s+(?:a\s+|the\s+)?substitute\b|\s+(?:had\s+)?sent\s+(?:his|her|their)\s+apologies\b|,\s+(?:could|would|can|will|do)\s+you\b|,\s+(?:why|what|how|which)\s+(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|should)\b|,\s+when\s+(?:is|are|will|would|can|did|does)\s+the\b)/;
/** Whether the words after a name that opens a text (ending at `nameEnd`) say it was done to, or spoken to. */
export const spokenTo = (text: string, nameEnd: number) => DONE_TO.test(text.slice(nameEnd, nameEnd + 60));
