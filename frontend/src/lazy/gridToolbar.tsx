// The grid's toolbar: the caller's extra controls, the search field (with its row count) and Download as CSV.

import { useState, type ReactNode } from "react";
import type { GridData } from "./gridData";
import { focusOnMount } from "../utils/focusOnMount";

interface ToolbarProps {
  extra: ReactNode;
  data: Pick<GridData, "searchText" | "setSearchText" | "search" | "clearSearch" | "shownTotal" | "total">;
  exporting: boolean;
  onDownload: () => void;
}

export function GridToolbar({ extra, data, exporting, onDownload }: ToolbarProps) {
  const [searchOpen, setSearchOpen] = useState(false);
  const filtered = data.search !== "";
  return (
    <div className={`grid-toolbar${searchOpen || filtered ? " searching" : ""}`} role="toolbar" aria-label="Table tools">
      {extra}
      {searchOpen || filtered ? (
        <>
          <input
            type="search"
            className="grid-search"
            aria-label="Search"
            placeholder="Search"
            ref={focusOnMount}
            value={data.searchText}
            onChange={(e) => data.setSearchText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Escape") {
                data.clearSearch();
                setSearchOpen(false);
              }
            }}
          />
          <span className="grid-count" role="status">
            {filtered ? `${data.shownTotal.toLocaleString("en-US")} of ${data.total.toLocaleString("en-US")} rows` : ""}
          </span>
        </>
      ) : (
        <button type="button" className="grid-tool" aria-label="Search" title="Search" onClick={() => setSearchOpen(true)}>
          ⌕
        </button>
      )}
      <button type="button" className="grid-tool" aria-label="Download as CSV" title="Download as CSV" disabled={exporting} onClick={onDownload}>
        ⤓
      </button>
    </div>
  );
}
