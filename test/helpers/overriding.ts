// Test doubles that change one method of a real part: the stores, indexes and embedders are class instances whose
// methods live on their prototype, so a spread copy (`{ ...index, search }`) would lose every other method.

/** An object that answers `replacements` itself and everything else from `original`. */
export function overriding<T extends object>(original: T, replacements: Partial<T>): T {
  return Object.assign(Object.create(original) as T, replacements);
}
