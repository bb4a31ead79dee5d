// What every element module exports: its node type, a props schema and a component.

import type { FC, ReactNode } from "react";
import type { Entry } from "../store";
import type { NodeSpec, Shape } from "../utils/schema";

export interface ElementProps<P> {
  /** The validated props. */
  props: P;
  entry: Entry;
  /** Child entries (blocks only), in order. */
  childEntries: Entry[];
  /** Renders the given child entries (blocks only). */
  renderChildren: (entries?: Entry[]) => ReactNode;
}

export interface ElementDef<P = Record<string, unknown>> {
  type: string;
  schema: Shape;
  Component: FC<ElementProps<P>>;
  /** From the node's spec: the component applies its `width` prop itself. */
  sizesItself?: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyElementDef = ElementDef<any>;

export function defineElement<P>(def: ElementDef<P>): ElementDef<P> {
  return def;
}

/** The component of a node type, drawn from the props its generated spec (nodes.gen.ts) validates. */
export function defineNode<P>(spec: NodeSpec<P>, Component: FC<ElementProps<P>>): ElementDef<P> {
  return { type: spec.type, schema: spec.schema, Component, sizesItself: spec.sizesItself };
}
