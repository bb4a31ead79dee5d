// A one- or two-thumb slider over numbers; each thumb has role="slider" and moves with the keys.

import { useRef } from "react";

interface Props {
  label: string;
  min: number;
  max: number;
  step: number;
  values: number[];
  disabled: boolean;
  format: (value: number) => string;
  /** keyboard: true when the change came from a key (send at once), false for drags. */
  onChange: (values: number[], keyboard: boolean) => void;
}

function snap(value: number, min: number, max: number, step: number): number {
  const snapped = Math.round((value - min) / step) * step + min;
  const decimals = (String(step).split(".")[1] ?? "").length;
  return Math.min(max, Math.max(min, Number(snapped.toFixed(Math.min(10, decimals + 2)))));
}

export function SliderTrack({ label, min, max, step, values, disabled, format, onChange }: Props) {
  const trackRef = useRef<HTMLDivElement>(null);
  const span = max - min || 1;
  // A default outside the bounds (Streamlit allows one) sits at the nearer end of the track.
  const pct = (v: number) => Math.min(100, Math.max(0, ((v - min) / span) * 100));

  const setThumb = (index: number, value: number, keyboard: boolean) => {
    const next = [...values];
    next[index] = snap(value, min, max, step);
    if (next.length === 2) {
      if (index === 0 && next[0] > next[1]) next[0] = next[1];
      if (index === 1 && next[1] < next[0]) next[1] = next[0];
    }
    if (next.some((v, i) => v !== values[i])) onChange(next, keyboard);
  };

  const onKeyDown = (index: number) => (e: React.KeyboardEvent) => {
    if (disabled) return;
    const v = values[index];
    const big = Math.max(step, step * Math.round(span / step / 10));
    const moves: Record<string, number> = {
      ArrowRight: v + step,
      ArrowUp: v + step,
      ArrowLeft: v - step,
      ArrowDown: v - step,
      PageUp: v + big,
      PageDown: v - big,
      Home: min,
      End: max,
    };
    if (e.key in moves) {
      e.preventDefault();
      setThumb(index, moves[e.key], true);
    }
  };

  const valueAt = (clientX: number): number => {
    const rect = trackRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return min;
    return min + ((clientX - rect.left) / rect.width) * span;
  };

  const onPointerDown = (e: React.PointerEvent) => {
    if (disabled) return;
    const start = valueAt(e.clientX);
    const index = values.length === 2 && Math.abs(start - values[1]) < Math.abs(start - values[0]) ? 1 : 0;
    (e.target as HTMLElement).setPointerCapture?.(e.pointerId);
    setThumb(index, start, false);
    const move = (ev: PointerEvent) => setThumb(index, valueAt(ev.clientX), false);
    const up = () => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", up);
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
  };

  const low = values.length === 2 ? pct(values[0]) : 0;
  const high = pct(values[values.length - 1]);
  return (
    <div className={`slider${disabled ? " disabled" : ""}`}>
      <div className="slider-track" ref={trackRef} onPointerDown={onPointerDown}>
        <div className="slider-fill" style={{ left: `${low}%`, width: `${high - low}%` }} />
        {values.map((v, i) => (
          <div
            key={i}
            className="slider-thumb"
            role="slider"
            tabIndex={disabled ? -1 : 0}
            aria-label={values.length === 2 ? `${label} ${i === 0 ? "start" : "end"}` : label}
            aria-valuemin={min}
            aria-valuemax={max}
            aria-valuenow={v}
            aria-valuetext={format(v)}
            aria-disabled={disabled}
            style={{ left: `${pct(v)}%` }}
            onKeyDown={onKeyDown(i)}
          >
            <span className="slider-value">{format(v)}</span>
          </div>
        ))}
      </div>
      <div className="slider-bounds" aria-hidden="true">
        <span>{format(min)}</span>
        <span>{format(max)}</span>
      </div>
    </div>
  );
}
