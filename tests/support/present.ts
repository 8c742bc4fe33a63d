/**
 * The value, or a failure naming what was missing. Tests index into lists they have just checked; this narrows
 * `T | undefined` (noUncheckedIndexedAccess) with a message instead of a `!` that would fail as a TypeError.
 */
export function present<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`Expected ${what}, but there was none`);
  return value;
}
