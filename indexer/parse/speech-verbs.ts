// The verbs of reported speech minutes use: "The Clerk reported", "Cllr Hale asked".

/** Verbs that show the role named before them is the one speaking. */
export const SPEECH_VERBS = [
  'acknowledged', 'added', 'advised', 'agreed', 'answered', 'argued', 'asked', 'assured', 'believed', 'clarified',
  'commented', 'concurred', 'congratulated', 'confirmed', 'considered', 'declared', 'described', 'emphasised', 'emphasized', 'expressed',
  'explained', 'felt', 'gave', 'highlighted', 'indicated', 'informed', 'introduced', 'mentioned', 'noted', 'outlined',
  'pointed', 'presented', 'proposed', 'queried', 'questioned', 'raised', 'reassured', 'recognised', 'referred',
  'reiterated', 'remarked', 'replied', 'reported', 'requested', 'responded', 'said', 'seconded', 'sought', 'spoke',
  'stated', 'stressed', 'suggested', 'summarised', 'thanked', 'told', 'undertook', 'updated', 'urged', 'welcomed',
  'wished', 'would', 'opened', 'read', 'called', 'closed', 'reminded', 'warned', 'cautioned', 'recommended', 'offered', 'volunteered',
  // "The Clerk provided an update", "The Chair extended thanks", "… drew attention to", "… invited questions", "… tabled a letter".
  'provided', 'extended', 'drew', 'invited', 'apologised', 'apologized', 'tabled', 'circulated',
  // "CC shared that …", "The Clerk detailed the cheques …", "JB enquired whether …", "The Chief Executive announced …".
  'shared', 'detailed', 'recalled', 'briefed', 'enquired', 'inquired', 'announced', 'voiced', 'conveyed', 'observed', 'echoed',
];
