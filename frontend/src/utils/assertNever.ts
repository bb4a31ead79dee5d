/** Exhaustiveness check for discriminated unions: a compile error when a case is missing. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
