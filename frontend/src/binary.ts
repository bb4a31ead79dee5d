// Binary frames: 4-byte big-endian header length N, N bytes of UTF-8 JSON
// {"digest", "mimetype"} (plus "frame", the key a components.html page is loaded with),
// then the raw payload bytes.

import type { BinaryRef } from "./protocol.gen";

export interface Payload {
  digest: string;
  mimetype: string;
  bytes: Uint8Array;
  /** For a components.html page: the key that lets its frame load it from /media (never the token). */
  frame?: string;
}

export function decodeBinaryFrame(buffer: ArrayBuffer): Payload {
  if (buffer.byteLength < 4) throw new Error("binary frame too short");
  const view = new DataView(buffer);
  const headerLength = view.getUint32(0, false);
  if (4 + headerLength > buffer.byteLength) throw new Error("binary frame header overruns the frame");
  const headerText = new TextDecoder().decode(new Uint8Array(buffer, 4, headerLength));
  const header = JSON.parse(headerText) as { digest?: unknown; mimetype?: unknown; frame?: unknown };
  if (typeof header.digest !== "string") throw new Error("binary frame header has no digest");
  const mimetype = typeof header.mimetype === "string" ? header.mimetype : "application/octet-stream";
  const payload: Payload = { digest: header.digest, mimetype, bytes: new Uint8Array(buffer, 4 + headerLength) };
  if (typeof header.frame === "string") payload.frame = header.frame;
  return payload;
}

/** Build a frame (used by tests). */
export function encodeBinaryFrame(digest: string, mimetype: string, bytes: Uint8Array): ArrayBuffer {
  const header = new TextEncoder().encode(JSON.stringify({ digest, mimetype }));
  const out = new Uint8Array(4 + header.length + bytes.length);
  new DataView(out.buffer).setUint32(0, header.length, false);
  out.set(header, 4);
  out.set(bytes, 4 + header.length);
  return out.buffer;
}

export function isBinaryRef(value: unknown): value is BinaryRef {
  return typeof value === "object" && value !== null && typeof (value as { $binary?: unknown }).$binary === "string";
}
