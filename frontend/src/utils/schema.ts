// A tiny runtime validator for element props. Extra props are always accepted.

export type Check = (value: unknown) => string | null;

export const any: Check = () => null;
export const str: Check = (v) => (typeof v === "string" ? null : `expected a string, got ${describe(v)}`);
export const num: Check = (v) => (typeof v === "number" && !Number.isNaN(v) ? null : `expected a number, got ${describe(v)}`);
export const bool: Check = (v) => (typeof v === "boolean" ? null : `expected a boolean, got ${describe(v)}`);
export const obj: Check = (v) =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? null : `expected an object, got ${describe(v)}`;

/** A prop that may be absent (or null). */
export function optional(check: Check): Check {
  return (v) => (v === undefined || v === null ? null : check(v));
}

/** A prop that is always sent and may be null. */
export function nullable(check: Check): Check {
  return (v) => (v === null ? null : check(v));
}

/** A BinaryPayload reference: `{$binary: digest, mimetype, size, stream}`. */
export const binaryRef: Check = (v) =>
  typeof v === "object" && v !== null && typeof (v as Record<string, unknown>).$binary === "string"
    ? null
    : `expected a binary reference, got ${describe(v)}`;

export function arrayOf(check: Check): Check {
  return (v) => {
    if (!Array.isArray(v)) return `expected a list, got ${describe(v)}`;
    for (let i = 0; i < v.length; i++) {
      const error = check(v[i]);
      if (error !== null) return `item ${i}: ${error}`;
    }
    return null;
  };
}

export function oneOf(...checks: Check[]): Check {
  return (v) => {
    const errors = checks.map((c) => c(v));
    return errors.some((e) => e === null) ? null : errors.join(" or ");
  };
}

export function literal(...values: unknown[]): Check {
  return (v) => (values.includes(v) ? null : `expected one of ${values.map((x) => JSON.stringify(x)).join(", ")}, got ${describe(v)}`);
}

export type Shape = Record<string, Check>;

/** An object whose named props pass their checks (nested structures of props). */
export function shape(fields: Shape): Check {
  return (v) => obj(v) ?? validate(fields, v as Record<string, unknown>);
}

/** A node type's name and props schema, generated in nodes.gen.ts; `P` is its props interface. */
export interface NodeSpec<P> {
  readonly type: string;
  readonly schema: Shape;
  /** The component applies its `width` prop itself; otherwise the page sizes the element's box from it. */
  readonly sizesItself?: boolean;
  /** Never set: ties the spec to its props type. */
  readonly props?: P;
}

/** Validate props against a shape; returns an error message or null. */
export function validate(shape: Shape, props: Record<string, unknown>): string | null {
  for (const [name, check] of Object.entries(shape)) {
    const error = check(props[name]);
    if (error !== null) return `prop "${name}": ${error}`;
  }
  return null;
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  return typeof v;
}
