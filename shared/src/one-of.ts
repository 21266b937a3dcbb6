/** A type guard for the values of a constant list (error codes and the like): `isOneOf(LIST)(value)`. */
export function isOneOf<const T extends string>(values: readonly T[]): (value: string) => value is T {
  const set = new Set<string>(values);
  return (value: string): value is T => set.has(value);
}
