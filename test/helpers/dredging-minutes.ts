// Minutes of a harbour town's committees that come back to the dredging of the harbour month after month: more meetings
// than one page of a topic history holds, a decision every fourth meeting, and finance meetings that only mention the
// dredging's cost in passing, the earliest of them before the committee first took it up. Written for these tests.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MEMBERS = ['Penrose', 'Trevithick', 'Annear', 'Polglase', 'Chenoweth', 'Rowe'];

/** Meetings of the Harbour Committee that discussed the dredging (its own item, two paragraphs, sometimes a decision). */
export const DREDGING_DISCUSSED = 26;
/** Finance meetings with one sentence on its cost: folded away as mentions in passing. */
export const DREDGING_IN_PASSING = 3;
/** The Finance Committee's first meeting, before the Harbour Committee's: where the subject was first raised. */
export const DREDGING_FIRST_RAISED = '2018-11-05';

function heldOn(year: number, month: number, day: number): { iso: string; spoken: string } {
  const iso = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { iso, spoken: `${day} ${MONTHS[month]} ${year}` };
}

function harbourCommittee(index: number): [string, string] {
  const { iso, spoken } = heldOn(2019 + Math.floor(index / 12), index % 12, 10);
  const member = MEMBERS[index % MEMBERS.length];
  const paragraphs = [
    `Minutes of the meeting of the Harbour Committee held on ${spoken}`,
    '1. Apologies',
    `Apologies for absence were received from Cllr ${MEMBERS[(index + 3) % MEMBERS.length]}.`,
    '2. Harbour dredging',
    `The Harbour Master reported that ${1200 + index * 85} cubic metres of silt had been lifted from the inner basin by the harbour dredging contractor since the committee last met.`,
    `Cllr ${member} asked whether the harbour dredging would be finished before the regatta, and was told the barge would leave by the end of the month.`,
    // Worded differently each time: the same paragraph in several minutes is one passage, its copies collapsed.
    ...(index % 4 === 3 ? [`RESOLVED that the harbour dredging contract be extended to ${MONTHS[(index + 3) % 12]} ${2020 + Math.floor(index / 12)}.`] : []),
    '3. Date of next meeting',
    'The date of the next meeting was confirmed.',
  ];
  return [`harbour-committee-${iso}-minutes.txt`, paragraphs.join('\n\n') + '\n'];
}

function financeCommittee(year: number, month: number): [string, string] {
  const { iso, spoken } = heldOn(year, month, 5);
  const paragraphs = [
    `Minutes of the meeting of the Finance Committee held on ${spoken}`,
    '1. Budget monitoring',
    'The Treasurer presented the budget monitoring report for the quarter.',
    `She noted that spending on the harbour dredging stood at ${40 + month}% of the year's allocation.`,
    'Members thanked the Treasurer for the report.',
  ];
  return [`finance-committee-${iso}-minutes.txt`, paragraphs.join('\n\n') + '\n'];
}

/** File name → text of plain-text minutes. */
export function dredgingMinutes(): Record<string, string> {
  return Object.fromEntries([
    ...Array.from({ length: DREDGING_DISCUSSED }, (_, index) => harbourCommittee(index)),
    financeCommittee(2018, 10),
    financeCommittee(2020, 5),
    financeCommittee(2021, 1),
  ]);
}
