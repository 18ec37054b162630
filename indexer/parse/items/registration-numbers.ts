// A club's or charity's letterhead prints its registration number under its name ("ABN 91 648 564 480", an Australian
// business number; "ACN 004 123 456", "EIN 12-3456789"): a short capital code, then groups of figures and nothing else.
// The code reads as a committee's minute code ("FGP 45 Budget"), but an item's number is followed by its title's words.

/** A capital code of two to four letters, then at least six figures in groups, and no word. */
const REGISTRATION_NUMBER = /^[A-Z]{2,4}:?\s+\d{2,3}(?:[\s-]?\d{2,3}){2,4}$/;

/** Whether a numbered line is a letterhead's registration number rather than an item. */
export function isRegistrationNumberLine(text: string): boolean {
  return REGISTRATION_NUMBER.test(text);
}
