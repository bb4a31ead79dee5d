// How column_config draws a cell: number formats, checkboxes, progress bars, links, images, charts,
// audio and video players, Markdown, multiselect chips and buttons.

import type { ReactNode } from "react";
import type { ColumnConfig } from "../nodes.gen";
import { formatNumber } from "../utils/numberFormat";
import { InlineMarkdown } from "../elements/common";
import { CATEGORY_LIGHT } from "./chartTheme";
import { sendCellTrigger } from "../app/cellTriggers";

export const WIDTHS: Record<string, number> = { small: 75, medium: 200, large: 400 };

/** A number in a NumberColumn/ProgressColumn format: printf-style or a preset name. */
export function formatNumberCell(value: number, format: string | null | undefined): string {
  if (!format) return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e4) / 1e4);
  return formatNumber(value, format);
}

function asNumber(value: unknown): number | null {
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  return null;
}

function asList(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (typeof value === "object" && value !== null && typeof (value as { toArray?: unknown }).toArray === "function") {
    return Array.from((value as { toArray: () => ArrayLike<unknown> }).toArray(), (v) => (typeof v === "bigint" ? Number(v) : v));
  }
  return null;
}

function MiniChart({ values, kind, low, high }: { values: number[]; kind: string; low?: number; high?: number }) {
  if (values.length === 0) return null;
  const min = low ?? Math.min(...values);
  const max = high ?? Math.max(...values);
  const span = max - min || 1;
  const y = (v: number) => 24 - ((v - min) / span) * 22;
  if (kind === "bar_chart") {
    const w = 100 / values.length;
    return (
      <svg className="cell-chart" viewBox="0 0 100 26" preserveAspectRatio="none" aria-hidden="true">
        {values.map((v, i) => (
          <rect key={i} x={i * w + w * 0.15} width={w * 0.7} y={y(v)} height={26 - y(v)} />
        ))}
      </svg>
    );
  }
  const points = values.map((v, i) => `${values.length === 1 ? 50 : (i / (values.length - 1)) * 100},${y(v)}`).join(" ");
  return (
    <svg className="cell-chart" viewBox="0 0 100 26" preserveAspectRatio="none" aria-hidden="true">
      {kind === "area_chart" ? <polygon points={`0,26 ${points} 100,26`} className="area" /> : null}
      <polyline points={points} fill="none" />
    </svg>
  );
}

/** Whether a column's cells and title are right-aligned: numbers, unless drawn as bars or charts. */
export function alignsRight(numeric: boolean, config: ColumnConfig | undefined): boolean {
  const type = config?.type_config?.type;
  return numeric && (type === undefined || type === "number");
}

/** The colours of Streamlit's named theme colours, for multiselect chips. */
const THEME_COLORS: Record<string, string> = {
  red: "#ff4b4b",
  orange: "#ffa421",
  yellow: "#ffe312",
  blue: "#1c83e1",
  green: "#21c354",
  violet: "#803df5",
  gray: "#a3a8b8",
  grey: "#a3a8b8",
  primary: "var(--primary)",
};

type ChipOption = { value: string; label?: string; color?: string };

/** The CSS colour of a chip: a theme colour name, "auto" (the palette, by option), a CSS colour, or none. */
export function chipColour(color: string | undefined, position: number): string | undefined {
  if (color === undefined) return undefined;
  if (color === "auto") return CATEGORY_LIGHT[position % CATEGORY_LIGHT.length];
  return THEME_COLORS[color] ?? color;
}

function textPosition(text: string): number {
  let hash = 0;
  for (const ch of text) hash = (hash * 31 + ch.charCodeAt(0)) | 0;
  return Math.abs(hash);
}

function Chips({ items, tc }: { items: unknown[]; tc: Record<string, unknown> }) {
  const options = Array.isArray(tc.options) ? (tc.options as ChipOption[]) : [];
  const shared = typeof tc.color === "string" ? tc.color : undefined;
  return (
    <span className="cell-list">
      {items.map((item, i) => {
        const value = String(item);
        const at = options.findIndex((o) => o.value === value);
        const option = at >= 0 ? options[at] : undefined;
        const colour = chipColour(option?.color ?? shared, at >= 0 ? at : textPosition(value));
        const style = colour ? { background: `color-mix(in srgb, ${colour} 22%, transparent)` } : undefined;
        return (
          <span key={i} className="cell-chip" style={style}>
            {option?.label ?? value}
          </span>
        );
      })}
    </span>
  );
}

/** A SelectboxColumn's options as values and the labels shown for them (format_func=), or the value itself. */
export function selectboxOptions(options: unknown): { value: unknown; label: string }[] {
  if (!Array.isArray(options)) return [];
  return options.map((o: unknown) =>
    o !== null && typeof o === "object" && "value" in o
      ? { value: (o as { value: unknown }).value, label: String((o as { label?: unknown }).label ?? (o as { value: unknown }).value) }
      : { value: o, label: String(o) },
  );
}

/** A ProgressColumn's bar colour: none (the primary colour), "auto" (green above half, red below), "auto-inverse", or a colour. */
export function progressColour(color: unknown, pct: number): string | undefined {
  if (typeof color !== "string") return undefined;
  if (color === "auto" || color === "auto-inverse") {
    const high = pct > 50;
    return high === (color === "auto") ? THEME_COLORS.green : THEME_COLORS.red;
  }
  return THEME_COLORS[color] ?? color;
}

/** A progress bar's text without a format: the share of the range it shows, as Streamlit writes it ("64%"). */
export function progressText(n: number, pct: number, format: string | undefined): string {
  return format ? formatNumberCell(n, format) : `${Math.round(pct)}%`;
}

/**
 * The cell's content for a configured column type, or null to draw the plain text. A boolean
 * column without a configured type is drawn as checkboxes, as Streamlit does.
 */
export function renderTyped(value: unknown, text: string, config: ColumnConfig | undefined, typeId = "", row = -1): ReactNode | null {
  const tc = config?.type_config;
  if (value === null || value === undefined) return null;
  const type = tc?.type;
  if (tc === undefined || typeof type !== "string" || type === "") {
    return typeId === "Bool" && typeof value === "boolean" ? renderTyped(value, text, { type_config: { type: "checkbox" } }) : null;
  }
  switch (type) {
    case "number": {
      const n = asNumber(value);
      return n === null ? null : formatNumberCell(n, tc.format as string | undefined);
    }
    case "checkbox":
      return <input type="checkbox" checked={value === true} readOnly tabIndex={-1} aria-label={text} className="cell-checkbox" />;
    case "progress": {
      const n = asNumber(value);
      if (n === null) return null;
      const low = asNumber(tc.min_value) ?? 0;
      const high = asNumber(tc.max_value) ?? (Number.isInteger(n) ? 100 : 1);
      const pct = Math.max(0, Math.min(100, ((n - low) / (high - low || 1)) * 100));
      return (
        <span className="cell-progress">
          <span className="cell-progress-track">
            <span className="cell-progress-bar" style={{ width: `${pct}%`, background: progressColour(tc.color, pct) }} />
          </span>
          <span className="cell-progress-text">{progressText(n, pct, tc.format as string | undefined)}</span>
        </span>
      );
    }
    case "link": {
      if (typeof value !== "string") return null;
      let shown = value;
      const display = tc.display_text;
      if (typeof display === "string") {
        try {
          const match = new RegExp(display).exec(value);
          shown = match && match[1] !== undefined ? match[1] : display;
        } catch {
          shown = display;
        }
      }
      return (
        <a href={value} target="_blank" rel="noopener noreferrer">
          {shown}
        </a>
      );
    }
    case "image":
      return typeof value === "string" ? <img className="cell-image" src={value} alt="" /> : null;
    case "line_chart":
    case "bar_chart":
    case "area_chart": {
      const list = asList(value);
      if (list === null) return null;
      const nums = list.map(asNumber).filter((v): v is number => v !== null);
      return <MiniChart values={nums} kind={type} low={asNumber(tc.y_min) ?? undefined} high={asNumber(tc.y_max) ?? undefined} />;
    }
    case "list": {
      const list = asList(value);
      return list === null ? null : (
        <span className="cell-list">
          {list.map((item, i) => (
            <span key={i} className="cell-chip">
              {String(item)}
            </span>
          ))}
        </span>
      );
    }
    case "audio":
      return typeof value === "string" ? <audio className="cell-audio" src={value} controls preload="none" /> : null;
    case "video":
      return typeof value === "string" ? (
        <video
          className="cell-video"
          src={value}
          preload="metadata"
          aria-label={`Video: ${value.startsWith("data:") ? "embedded" : value}`}
          onClick={(e) => {
            const video = e.currentTarget;
            if (video.paused) void video.play();
            else video.pause();
          }}
        />
      ) : null;
    case "markdown":
      return typeof value === "string" ? (
        <span className="cell-markdown">
          <InlineMarkdown body={value} />
        </span>
      ) : null;
    case "multiselect": {
      const list = asList(value) ?? (typeof value === "string" ? [value] : null);
      return list === null ? null : <Chips items={list} tc={tc} />;
    }
    case "selectbox": {
      // SelectboxColumn(format_func=): the cell shows its option's label.
      const label = selectboxOptions(tc.options).find((o) => String(o.value) === String(value))?.label;
      return label === undefined ? null : <>{label}</>;
    }
    case "button": {
      const list = asList(value) ?? (typeof value === "string" ? [value] : null);
      if (list === null) return null;
      const kind = typeof tc.button_type === "string" ? tc.button_type : "secondary";
      const align = typeof tc.alignment === "string" ? tc.alignment : "center";
      return (
        <span className="cell-buttons" style={{ justifyContent: align === "left" ? "flex-start" : align === "right" ? "flex-end" : "center" }}>
          {list.map((item, i) => (
            <button
              key={i}
              type="button"
              className={`btn small btn-${kind}`}
              tabIndex={-1}
              onClick={(e) => {
                e.stopPropagation();
                if (typeof tc.trigger_id === "string" && row >= 0) sendCellTrigger(e.currentTarget, tc.trigger_id, { row, label: String(item) });
              }}
            >
              <InlineMarkdown body={String(item)} />
            </button>
          ))}
        </span>
      );
    }
    case "json":
      return typeof value === "string" ? value : JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? Number(v) : v));
    default:
      return null;
  }
}
