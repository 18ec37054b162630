// The shorthands US boards' and commissions' clerks record a motion's outcome in (motion-records.ts): the seconder's
// clause carrying the result, a unanimous vote said of the vote, counts of ayes and noes, the movers in brackets after
// what was approved, and "M/S … Unanimous" or "MSA A/B". Each sentence is invented in the style of real minutes.
import { isDecisionText } from '../../../indexer/parse/decisions/decisions';

describe('a motion recorded in a clerk\'s shorthand', () => {
  it.each([
    'Member Ruiz moved that the June 4 minutes be approved. Motion was seconded by Member Hale which passed by a 4-1 vote.',
    'Councilmember Abt seconded the motion, which carried by unanimous voice vote – 5.',
    'Trustee Lowe made a motion to adjourn at 9:02 p.m. Trustee Marsh seconded the motion and it passed unanimously.',
    'Mr. Fenn made the motion to hire the surveyor. Mrs. Dale seconded the motion. The vote on the motion was unanimous.',
    'Motion (Ruiz)/Second (Hale) to accept the minutes with changes. Ayes: 3; Noes: 0; Absent: 1 (Lowe)',
    'Fall festival budget approved – K. Moss (motion), T. Reyes (second)',
    'M/S Ruiz/Hale Unanimous',
    'M/S to adjourn Lowe / Marsh Unanimous 9:10',
    'October minutes were reviewed MSA Dana/Rick',
    // A city commission's labelled parts: the mover, the seconder (an initial in a name) and the vote.
    'Motion: Chair Okafor entertained a motion to approve the minutes. Moved by: Commissioner L. Cheng. Second by: Commissioner Ferris. Vote: Yes (6) Brandt, Cheng, Delgado. Abstain: (0). Motion: Passed.',
    // The mover's name opening the paragraph, its label ending the line above.
    'Commissioner Torres. Second by: Commissioner Duhe. Vote: Yes (7) Duhe, Moore, Torres. Motion: Passed.',
    // The outcome after a note's asterisk (a New Brunswick town's).
    'Seconded by Councillor Osei. Carried.*',
    // A selectboard's "Second by" and the outcome in the same sentence, with no "which" before it.
    'Selectman Hale moved to accept the bid. Second by Selectman Ruiz, passed with a unanimous roll call vote: Hale - aye, Ruiz - aye.',
    'Chairman Hale moved to adjourn at 8:10 pm. Second by Selectman Ruiz with a unanimous vote.',
    // A fire district's vote said of those who cast it.
    'Ray moved to approve the agenda as written. Lena seconded. The vote by Walt, Hank, Lena, and Ray was unanimous in the affirmative.',
    // A prairie municipality's "Crd." after the motion, in a sentence of its own, in brackets, or closing the motion's words.
    'Cllr. Fehr moved that the agenda be adopted as presented. Crd.',
    'Cllr. Nash moved that the grader report be received and filed (Crd).',
    'Cllr. Nash moved that council accepts the quote for 18,000 yards of gravel Crd.',
    // A city board's clerk: the outcome opening the sentence after the seconder.
    'The minutes were moved for acceptance by Trustee Hart and seconded by Trustee Ruiz. Passed by roll call vote, 3-0.',
    // A society's resolution, a water district's election and an appeal board's ruling.
    'This Resolution was unanimously adopted.',
    'On a vote of 5 – 0, Director Cole was elected to the position of Chair.',
    'In a unanimous decision, the Appeals Board ruled in favor of the City and upheld the notice.',
    // A fire district's "MSC:" with its label's colon; a committee's action minutes; a village board's roll-call vote
    // run on in the motion's paragraph, and the same vote said in a word.
    'The warrant list was reviewed. MSC: Orr/Vance to pay warrants 310 through 342.',
    'Action: approved',
    'Action taken: Adopted as amended.',
    'A motion was made by Tr. Lund Seconded by Tr. Pike to refer the fence ordinance to the Plan Commission. Vote: Yeas; Lund, Pike, Cole; Nays; Tr. Marsh, Absent; Bray.',
    'A motion was made by Tr. Cole and 2nd by Tr. Lund to defer the ordinance to April. Unanimous Voice Vote.',
  ])('reads "%s" as a decision', (text) => {
    expect(isDecisionText(text)).toBe(true);
  });

  it.each([
    // The letter was handed on, nobody voted on it.
    'The letter, seconded by a petition of residents, was passed to the Clerk for a reply.',
    // The motion alone: its outcome is recorded after it.
    'M/S Ruiz/Hale to approve the fee schedule.',
    // Moved and seconded, with no vote after them: the outcome comes later.
    'Moved by: Commissioner Delgado. Second by: Commissioner Whitlock.',
    'Motion (Ruiz)/Second (Hale) to accept the minutes with changes',
    // The movers named, nothing approved.
    'Discussion of the parade route – K. Moss (motion), T. Reyes (second) to table until March',
    // An acronym that is no motion.
    'The MSC Ridgeway site visit is on 3 May.',
    // "Second by" with no outcome after it: the vote comes later; the motion's own words after the seconder.
    'Selectman Hale moved to accept the bid. Second by Selectman Ruiz.',
    'Proposed by Councillor Dunne, Seconded by Councillor Kane that the application be approved.',
    // A code adopted by others, for all councils: no vote of this meeting.
    'The Code of Conduct adopted by the district is recommended to be adopted by all town and parish councils.',
    // "Crd" with no motion before it.
    'The Crd. Smith Trust sent its annual report.',
    // An action point is work to do, not an outcome; "MSC" before no two names is an acronym.
    'Action: Sam to write to the bus company about the timetable.',
    'MSC: the Maritime Safety Centre will host the drill in June.',
    // A vote's names with no second answer: a list, not a recorded vote.
    'Ayes: the board thanked the volunteers for the cleanup.',
  ])('reads "%s" as no decision', (text) => {
    expect(isDecisionText(text)).toBe(false);
  });
});
