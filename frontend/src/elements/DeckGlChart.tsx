import { defineNode } from "./types";
import { parseSpec } from "./chart";
import { DeckGlChart } from "../nodes.gen";

type Point = { x: number; y: number; color: string; r: number };

function coords(row: unknown, accessor: unknown): [number, number] | null {
  if (Array.isArray(row) && typeof row[0] === "number" && typeof row[1] === "number") return [row[0], row[1]];
  if (typeof row !== "object" || row === null) return null;
  const rec = row as Record<string, unknown>;
  if (typeof accessor === "string") {
    const expr = accessor.replace(/^@@=/, "").trim();
    const pair = /^\[\s*([\w.]+)\s*,\s*([\w.]+)\s*\]$/.exec(expr);
    if (pair) {
      const x = Number(rec[pair[1]]);
      const y = Number(rec[pair[2]]);
      if (Number.isFinite(x) && Number.isFinite(y)) return [x, y];
    } else if (Array.isArray(rec[expr])) return coords(rec[expr], null);
  }
  const lon = rec.lon ?? rec.lng ?? rec.longitude ?? rec.LON ?? rec.LONGITUDE;
  const lat = rec.lat ?? rec.latitude ?? rec.LAT ?? rec.LATITUDE;
  if (typeof lon === "number" && typeof lat === "number") return [lon, lat];
  for (const key of ["position", "coordinates", "COORDINATES", "coords"]) if (Array.isArray(rec[key])) return coords(rec[key], null);
  return null;
}

function colorOf(layer: Record<string, unknown>, index: number): string {
  const fill = layer.getFillColor ?? layer.getColor;
  if (Array.isArray(fill) && fill.length >= 3) return `rgb(${fill[0]} ${fill[1]} ${fill[2]})`;
  return ["#ff4b4b", "#1c83e1", "#21c354", "#ffa421", "#803df5"][index % 5];
}

/** A simple scatter of each layer's points (no basemap, no network). */
export default defineNode(DeckGlChart, ({ props }) => {
  const spec = parseSpec(props.spec);
  const layers = Array.isArray(spec.layers) ? (spec.layers as Record<string, unknown>[]) : [];
  const points: Point[] = [];
  layers.forEach((layer, li) => {
    const data = Array.isArray(layer.data) ? layer.data : [];
    for (const row of data) {
      const c = coords(row, layer.getPosition);
      if (c) points.push({ x: c[0], y: c[1], color: colorOf(layer, li), r: 3 });
    }
  });
  const height = typeof props.height === "number" ? props.height : 400;
  if (points.length === 0) return <div className="deck-empty caption-text" role="img" aria-label={props.alt ?? undefined}>Map with {layers.length} layer(s); no points to draw.</div>;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  return (
    <svg className="deck-map" role="img" aria-label={props.alt ?? `Map of ${points.length} points`} viewBox={`0 0 1000 ${(height / 700) * 1000}`} style={{ width: "100%", height }}>
      <rect width="100%" height="100%" className="deck-bg" />
      {points.map((p, i) => (
        <circle
          key={i}
          cx={20 + ((p.x - minX) / spanX) * 960}
          cy={20 + (1 - (p.y - minY) / spanY) * ((height / 700) * 1000 - 40)}
          r={p.r * 1.5}
          fill={p.color}
          fillOpacity={0.75}
        />
      ))}
    </svg>
  );
});
