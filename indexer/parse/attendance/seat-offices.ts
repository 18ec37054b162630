// "Lisa Hale, Commissioner Precinct 1", "Ana Ruiz, Councilmember District 4", "Bo Lind, Director Division 3": a US
// county's or district's member named with the seat they hold, their title then the seat's kind and number. A title
// opening a part of a list is taken for a titled person ("Commissioner Hale"); with a seat and its number after it,
// no person is named, and the part is the office of the person before it.

const SEAT_OFFICE = /^(?:County\s+)?(?:Commissioner|Councilmember|Council\s+Member|Councillor|Councilor|Director|Trustee|Supervisor|Alderman|Alderperson|Legislator|Member)\s+(?:Precinct|District|Ward|Division|Position|Seat|Place|Zone|Area)\s+(?:No\.\s*)?\d{1,2}[A-Z]?$/i;

/** Whether a part of a list is a seat held (a title, the seat's kind and its number), not a titled person. */
export const isSeatOffice = (part: string): boolean => SEAT_OFFICE.test(part.trim());
