import { useEffect, useRef } from "react";
import { useWidgetValue } from "../context";
import { defineNode } from "./types";
import { useWidgetSender } from "./widget";
import { Pagination } from "../nodes.gen";

export type PageSlot = number | "gap";

/**
 * The page buttons to show: every page when they fit in `max` (null: no cap), else the first
 * and last page around a window centred on `current`, with gaps where pages are skipped.
 */
export function visiblePages(count: number, current: number, max: number | null): PageSlot[] {
  const all = Array.from({ length: count }, (_, i) => i + 1);
  if (max === null || count <= max) return all;
  if (max <= 0) return [];
  if (max < 3) {
    const start = Math.min(Math.max(1, current - Math.floor((max - 1) / 2)), count - max + 1);
    return all.slice(start - 1, start - 1 + max);
  }
  const inner = max - 2;
  const start = Math.min(Math.max(2, current - Math.floor((inner - 1) / 2)), count - inner);
  const end = start + inner - 1;
  return [1, ...(start > 2 ? ["gap" as const] : []), ...all.slice(start - 1, end), ...(end < count - 1 ? ["gap" as const] : []), count];
}

export default defineNode(Pagination, ({ props, entry }) => {
  const [page, setPage] = useWidgetValue<number>(props, props.default);
  const { change } = useWidgetSender(entry);
  const nav = useRef<HTMLElement>(null);
  const fromKeys = useRef(false);
  // After paging from the keyboard, focus the current page's button (the one focused may have scrolled out).
  useEffect(() => {
    if (!fromKeys.current) return;
    fromKeys.current = false;
    nav.current?.querySelector<HTMLButtonElement>('[aria-current="page"]')?.focus();
  }, [page]);
  const disabled = props.disabled === true;
  const go = (target: number) => {
    const next = Math.min(Math.max(1, target), props.num_pages);
    if (next === page || disabled) return;
    setPage(next);
    change(next);
  };
  // Left/Right (and Home/End) page from anywhere in the row.
  const onKey = (e: React.KeyboardEvent) => {
    const target =
      e.key === "ArrowLeft" ? page - 1
      : e.key === "ArrowRight" ? page + 1
      : e.key === "Home" ? 1
      : e.key === "End" ? props.num_pages
      : null;
    if (target === null) return;
    e.preventDefault();
    fromKeys.current = true;
    go(target);
  };
  const width = typeof props.width === "number" ? { width: `${props.width}px` } : undefined;
  return (
    <nav ref={nav} className={`pagination${props.width === "stretch" ? " full" : ""}`} style={width} aria-label="Pagination" onKeyDown={onKey}>
      <button type="button" className="btn btn-tertiary page-arrow" aria-label="Previous page" disabled={disabled || page <= 1} onClick={() => go(page - 1)}>
        ‹
      </button>
      {visiblePages(props.num_pages, page, props.max_visible_pages).map((slot, i) =>
        slot === "gap" ? (
          <span key={`gap-${i}`} className="page-gap" aria-hidden="true">…</span>
        ) : (
          <button
            key={slot}
            type="button"
            className={`btn page-number ${slot === page ? "btn-primary" : "btn-tertiary"}`}
            aria-label={`Page ${slot}`}
            aria-current={slot === page ? "page" : undefined}
            disabled={disabled}
            onClick={() => go(slot)}
          >
            {slot}
          </button>
        ),
      )}
      <button type="button" className="btn btn-tertiary page-arrow" aria-label="Next page" disabled={disabled || page >= props.num_pages} onClick={() => go(page + 1)}>
        ›
      </button>
    </nav>
  );
});
