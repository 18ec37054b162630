import { attendeesFromList } from '../indexer/parse/attendee-lists';
console.log(attendeesFromList('Mayor Richard Tolan; Law Director Megan Strand; Finance Director Paul Ivers; Clerk of Council Teresa Wolfe.', 'in attendance'));
