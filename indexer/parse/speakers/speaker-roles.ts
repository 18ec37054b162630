// The offices minutes report as speaking ("The Chairman said", "The PCC explained"), and the one name each is filed
// under, so that a search by speaker finds an office however it was printed.

/** Roles as the minutes print them, and the one name each is filed under. Longest first. */
export const SPEAKER_ROLES: ReadonlyArray<{ printed: string; speaker: string }> = [
  // Where the commissioner also governs the fire service: the same office, filed alike.
  { printed: 'Police, Fire and Crime Commissioner', speaker: 'The Commissioner' },
  { printed: 'Police and Crime Commissioner', speaker: 'The Commissioner' },
  { printed: 'Strategic Director \\(External Services\\)', speaker: 'The Strategic Director (External Services)' },
  { printed: 'D-TAC Intelligence Manager', speaker: 'The D-TAC Intelligence Manager' },
  { printed: 'KCC Commissioning Officer', speaker: 'The KCC Commissioning Officer' },
  { printed: 'Scrutiny Research Officer', speaker: 'The Scrutiny Research Officer' },
  { printed: 'Community Safety Manager', speaker: 'The Community Safety Manager' },
  { printed: 'Committee Co-ordinator', speaker: 'The Committee Co-ordinator' },
  { printed: 'Chief Finance Officer', speaker: 'The Chief Finance Officer' },
  { printed: 'CSU Police Inspector', speaker: 'The CSU Inspector' },
  { printed: 'Chief Constable', speaker: 'The Chief Constable' },
  { printed: 'Vice-Chairman', speaker: 'The Vice-Chair' },
  { printed: 'Policy Officer', speaker: 'The Policy Officer' },
  { printed: 'CSU Inspector', speaker: 'The CSU Inspector' },
  { printed: 'Commissioner', speaker: 'The Commissioner' },
  { printed: 'Chief of Staff', speaker: 'The Chief of Staff' },
  { printed: 'Lead Member', speaker: 'The Lead Member' },
  { printed: 'Vice-Chair', speaker: 'The Vice-Chair' },
  { printed: 'Vice Chairman', speaker: 'The Vice-Chair' },
  { printed: 'Vice Chair', speaker: 'The Vice-Chair' },
  // Scottish councils' chair is their Convener: "Vice Convener" and "Vice-Convener" are one office.
  { printed: 'Vice-Convener', speaker: 'The Vice-Convener' },
  { printed: 'Vice Convener', speaker: 'The Vice-Convener' },
  { printed: 'Chairwoman', speaker: 'The Chair' },
  { printed: 'Chairperson', speaker: 'The Chair' },
  { printed: 'Chairman', speaker: 'The Chair' },
  { printed: 'Chair', speaker: 'The Chair' },
  // Jersey's parishes: the Connétable presides over the Parish Assembly.
  { printed: 'Connétable', speaker: 'The Connétable' },
  { printed: 'PFCC', speaker: 'The Commissioner' },
  { printed: 'PCC', speaker: 'The Commissioner' },
];

/**
 * Each role's speaker by the text its printed form matches (a pattern of plain words and escaped brackets): one look-up
 * where each role's pattern was tried in turn. The first role listed with a text keeps it.
 */
const SPEAKER_BY_ROLE = new Map<string, string>();
for (const { printed, speaker } of SPEAKER_ROLES) {
  const text = printed.replace(/\\(.)/g, '$1');
  if (!SPEAKER_BY_ROLE.has(text)) SPEAKER_BY_ROLE.set(text, speaker);
}

export function speakerForRole(printed: string): string {
  return SPEAKER_BY_ROLE.get(printed) ?? `The ${printed}`;
}
