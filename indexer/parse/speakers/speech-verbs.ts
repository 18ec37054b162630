// The verbs of reported speech minutes use: "The Clerk reported", "Cllr Hale asked".

/** Verbs that show the role named before them is the one speaking, in the past tense most minutes report speech in. */
export const PAST_SPEECH_VERBS = [
  'acknowledged', 'added', 'advised', 'agreed', 'answered', 'argued', 'asked', 'assured', 'believed', 'clarified',
  'commented', 'concurred', 'congratulated', 'confirmed', 'considered', 'declared', 'described', 'emphasised', 'emphasized', 'expressed',
  'explained', 'felt', 'gave', 'highlighted', 'indicated', 'informed', 'introduced', 'mentioned', 'noted', 'outlined',
  'pointed', 'presented', 'proposed', 'queried', 'questioned', 'raised', 'reassured', 'recognised', 'referred',
  'reiterated', 'recognized', 'remarked', 'replied', 'reported', 'requested', 'responded', 'said', 'seconded', 'sought', 'spoke',
  'stated', 'stressed', 'suggested', 'summarised', 'summarized', 'thanked', 'told', 'undertook', 'updated', 'urged', 'welcomed',
  'wished', 'would', 'opened', 'read', 'called', 'closed', 'reminded', 'warned', 'cautioned', 'recommended', 'offered', 'volunteered',
  // "The Clerk provided an update", "The Chair extended thanks", "… drew attention to", "… invited questions", "… tabled a letter".
  'provided', 'extended', 'drew', 'invited', 'apologised', 'apologized', 'tabled', 'circulated',
  // "CC shared that …", "The Clerk detailed the cheques …", "JB enquired whether …", "The Chief Executive announced …".
  'shared', 'detailed', 'recalled', 'briefed', 'enquired', 'inquired', 'announced', 'voiced', 'conveyed', 'observed', 'echoed',
  // Scottish minutes: "The Convener intimated that there was no urgent business".
  'intimated',
];

/**
 * The same verbs in the present tense, as some clerks write their minutes ("The Clerk reports that …", "Cllr Hale asks
 * whether …", "Mrs Lowe says …"). Some are nouns too ("reports", "notes", "updates"): every pattern reading these
 * reads them after a speaker, where they are verbs.
 */
const PRESENT_SPEECH_VERBS = [
  'acknowledges', 'adds', 'advises', 'agrees', 'answers', 'argues', 'asks', 'assures', 'believes', 'clarifies',
  'comments', 'concurs', 'congratulates', 'confirms', 'considers', 'declares', 'describes', 'emphasises', 'emphasizes', 'expresses',
  'explains', 'feels', 'gives', 'highlights', 'indicates', 'informs', 'introduces', 'mentions', 'notes', 'outlines',
  'points', 'presents', 'proposes', 'queries', 'questions', 'raises', 'reassures', 'recognises', 'refers',
  'reiterates', 'recognizes', 'remarks', 'replies', 'reports', 'requests', 'responds', 'says', 'seconds', 'seeks', 'speaks',
  'states', 'stresses', 'suggests', 'summarises', 'summarizes', 'thanks', 'tells', 'undertakes', 'updates', 'urges', 'welcomes',
  'wishes', 'opens', 'reads', 'calls', 'closes', 'reminds', 'warns', 'cautions', 'recommends', 'offers', 'volunteers',
  'provides', 'extends', 'draws', 'invites', 'apologises', 'apologizes', 'tables', 'circulates',
  'shares', 'details', 'recalls', 'briefs', 'enquires', 'inquires', 'announces', 'voices', 'conveys', 'observes', 'echoes',
];

/**
 * A present-tense form followed by a verb is a noun, its subject: "The Quarterly Performance reports supported the
 * assessment", "The Clerk's notes were circulated".
 */
const NOT_BEFORE_VERB = String.raw`(?!\s+(?:were|are|was|is|have|has|had|will|would|can|could|should|may|[a-z]+ed)\b)`;

/**
 * Verbs of reported speech in either tense, as pattern sources: the present forms one group under one test of what
 * follows (the test after each form of its own made the patterns that read every word of a paragraph a fifth slower).
 */
export const SPEECH_VERBS = [...PAST_SPEECH_VERBS, `(?:${PRESENT_SPEECH_VERBS.join('|')})${NOT_BEFORE_VERB}`];
