// How a data element asks the server for rows of its dataset (sorted, searched) for the grid.

import type { DeskContextValue } from "../context";
import type { FetchRows } from "../lazy/grid";

/** A FetchRows for a dataset, or undefined when the element has none. */
export function datasetFetcher(desk: DeskContextValue, dataset: string | null | undefined): FetchRows | undefined {
  if (typeof dataset !== "string") return undefined;
  const { requestWindow, requestData } = desk;
  if (requestWindow !== undefined) return (start, end, sort, search) => requestWindow(dataset, start, end, sort, search);
  return (start, end, sort, search) =>
    search !== null ? Promise.resolve(null) : requestData(dataset, start, end, sort).then((bytes) => (bytes === null ? null : { bytes, total: null }));
}
