// The people an "Apologies" item names one a line, under a sentence that leads into them or under the agenda's own
// description of the item, as a council's meeting page prints it above the minute. Invented text in the style of a
// police and crime panel's and a fire authority's minutes.
import { firstMeeting, peopleOf } from '../../helpers/parse-text';

const HEADER = 'Minutes of the Westmoor Police and Crime Panel held on Friday 14 March 2025 at 10.00am\n\n';

describe('an apologies item whose names stand one a line', () => {
  it('reads the names under a lead ending in a colon', () => {
    const text =
      `${HEADER}1.\n\nApologies for Absence\n\nApologies for absence were received from:\n\n` +
      'Councillor Ruth Pell, for whom Councillor Dan Ash was substitute;\n\nCouncillor Omar Vine (Independent Member)\n\n' +
      '2.\n\nDeclarations of Interest\n\nThere were none.\n';
    expect(peopleOf(firstMeeting(text))).toEqual([
      ['Councillor Ruth Pell', null, 'apologies'],
      ['Councillor Omar Vine', 'Independent Member', 'apologies'],
    ]);
  });

  it('reads a bare name printed under the agenda’s description of the item', () => {
    const text =
      `${HEADER}1.\n\nApologies\n\nMembers are reminded that they may nominate a substitute if they are unable to attend the meeting.\n\n` +
      'Cllr T Orme.\n\n2.\n\nDeclarations of Interest\n\nThere were none.\n';
    expect(peopleOf(firstMeeting(text))).toEqual([['Cllr T Orme', null, 'apologies']]);
  });

  it('reads the name, not the reason after it, from a resolution accepting an apology', () => {
    const text = `${HEADER}1.\n\nApologies\n\nThat the Panel accept the apology from Member R Pell for absence.\n\n2.\n\nDeclarations of Interest\n\nThere were none.\n`;
    expect(peopleOf(firstMeeting(text))).toEqual([['Member R Pell', null, 'apologies']]);
  });

  it('reads no name from a sentence about a substitute', () => {
    const text =
      `${HEADER}1.\n\nApologies\n\nApologies were received from Councillor Ruth Pell.\n\nCouncillor Dan Ash substituted for Councillor Ruth Pell.\n\n` +
      '2.\n\nDeclarations of Interest\n\nThere were none.\n';
    expect(peopleOf(firstMeeting(text))).toEqual([['Councillor Ruth Pell', null, 'apologies']]);
  });

  it('reads no name from a sentence under the description', () => {
    const text =
      `${HEADER}1.\n\nApologies\n\nMembers are reminded that they may nominate a substitute if they are unable to attend the meeting.\n\n` +
      'Councillor Dan Ash substituted for Councillor Ruth Pell.\n\n2.\n\nDeclarations of Interest\n\nThere were none.\n';
    expect(peopleOf(firstMeeting(text))).toEqual([]);
  });

  it('reads each name under the lead where each has its role in brackets', () => {
    const text =
      `${HEADER}1. Apologies for Absence\n\nApologies were received from the following people:\n\nCouncillor Ruth Pell (Panel Member)\n\n` +
      'Councillor Dan Ash (Panel Member)\n\n2. Declarations of Interest\n\nThere were none.\n';
    expect(peopleOf(firstMeeting(text))).toEqual([
      ['Councillor Ruth Pell', 'Panel Member', 'apologies'],
      ['Councillor Dan Ash', 'Panel Member', 'apologies'],
    ]);
  });
});
