// Forms of reported speech in council, committee and police and crime panel minutes, each read for its speaker.
// Invented text in the style of such minutes.
import { speakerOf } from '../../indexer/parse/speakers';

describe('reported speech', () => {
  it.each([
    // A participle alone before its comma, as a leading clause.
    ['Responding, the Portfolio Holder for Finance said that the reserves were adequate.', 'The Portfolio Holder for Finance'],
    ['Replying, the Leader said that the bid had been submitted.', 'The Leader'],
    // Offices named with "to the" and with a number.
    ['The Clerk to the Council reported that the internal audit was complete.', 'The Clerk to the Council'],
    ['The Section 151 Officer confirmed that the budget was robust.', 'The Section 151 Officer'],
    // Police ranks as forces abbreviate them, acting and temporary ranks included.
    ['ACC Rowe advised that the force was recruiting 200 officers.', 'ACC Rowe'],
    ['DCC Mensah said that response times had improved.', 'DCC Mensah'],
    ['T/Supt Harris explained the new shift pattern.', 'T/Supt Harris'],
    ['A/Insp Cole reported two arrests in the town centre.', 'A/Insp Cole'],
    ['Ch Insp Dawes outlined the summer policing plan.', 'Ch Insp Dawes'],
    ['The Deputy Chief Constable, ACC Rowe, advised that the force was recruiting.', 'The Deputy Chief Constable'],
    // An office's holder named between commas, titled or not: the office speaks.
    ['The Town Clerk, Helen Forbes, reported that the precept had been received.', 'The Town Clerk'],
    ['The Head of Planning, Mark Stone, explained the scheme.', 'The Head of Planning'],
    // A clause of the debate before the speaker.
    ['In debate, Councillor Abbott said that the scheme was acceptable.', 'Councillor Abbott'],
    ['In the discussion, the Chair noted the late representations.', 'The Chair'],
    // A question numbered as it was put.
    ['Q1. Councillor Thornton-Ellis asked what progress had been made on rural crime.', 'Councillor Thornton-Ellis'],
    ['Question 3: Mr Obi asked about the use of stop and search.', 'Mr Obi'],
    // A police, fire and crime commissioner, filed as a police and crime commissioner is.
    ['The PFCC replied that a rural crime team was now in place.', 'The Commissioner'],
    ['The Police, Fire and Crime Commissioner said that the precept would rise.', 'The Commissioner'],
    // The members as a group, however named.
    ['Councillors asked whether the scheme was viable.', 'Members'],
    ['Committee Members questioned the level of the increase.', 'Members'],
  ])('reads "%s" as spoken by %s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it.each(['A14: The road was closed for resurfacing.', 'Councillors Smith and Jones asked about the car park.', 'T Smith said that the hedge was cut.', 'Responding to the consultation is optional.'])(
    'names no speaker in "%s"',
    (text) => {
      expect(speakerOf(text)).toBeNull();
    },
  );
});
