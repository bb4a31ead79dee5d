// Row windows for grids: sends each DataRequest and routes its DataWindow answer back to the grid that asked.

import type { Payload } from "../binary";
import type { DataWindowRows } from "../context";
import type { ClientMessage, DataWindow } from "../protocol.gen";

export type SortKeys = { column: string; ascending: boolean }[] | null;

export class DataWindows {
  private readonly pending = new Map<number, (rows: DataWindowRows | null) => void>();
  private nextId = 1;

  constructor(
    private readonly send: (message: ClientMessage) => void,
    private readonly payloads: Map<string, Payload>,
  ) {}

  /** Ask for rows start..end of a dataset's (sorted, searched) view; resolves with null when refused or cut off. */
  request(dataset: string, start: number, end: number, sort: SortKeys, search: string | null): Promise<DataWindowRows | null> {
    return new Promise((resolve) => {
      const request_id = this.nextId++;
      this.pending.set(request_id, resolve);
      this.send({ type: "DataRequest", request_id, dataset, start, end, sort, search });
    });
  }

  /** Hand the answer's bytes to the grid that asked, then forget them unless a node uses them. */
  answer(message: DataWindow, inUse: () => ReadonlySet<string>): void {
    const resolve = this.pending.get(message.request_id);
    this.pending.delete(message.request_id);
    const digest = message.data?.$binary;
    const payload = digest !== undefined ? this.payloads.get(digest) : undefined;
    if (message.error) console.warn("desk: data request refused:", message.error);
    resolve?.(payload !== undefined ? { bytes: payload.bytes, total: message.total_rows } : null);
    if (digest !== undefined && !inUse().has(digest)) this.payloads.delete(digest);
  }

  /** The socket closed: answers to the requests sent on it will never come. */
  dropAll(): void {
    this.pending.forEach((resolve) => resolve(null));
    this.pending.clear();
  }
}
