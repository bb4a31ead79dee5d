// The selection of an ECharts chart as desk reports it: picked data grouped by series (from the
// series' selectedMode and from a brush), and the brush regions ECharts maps to coordinates.
// Pure functions of ECharts' event payloads, so unit tests need no chart.

export interface SelectedGroup {
  series_index: number;
  series_id: string | null;
  series_name: string | null;
  data_type: string;
  data_indices: number[];
}

export interface BrushArea {
  brush_index: number;
  brush_type: string;
  coord_range: unknown;
}

export interface EChartsSelection {
  selected: SelectedGroup[];
  areas: BrushArea[];
}

/** One series' picks, as ECharts' selectchanged / brushselected events list them. */
export interface Picks {
  seriesIndex: number;
  dataType?: string;
  dataIndex: number[];
}

/** A brush area as brushselected lists it; coordRange is absent when only pixels describe it. */
export interface RawArea {
  brushType?: string;
  coordRange?: unknown;
}

type SeriesInfo = { id?: unknown; name?: unknown };

function text(value: unknown): string | null {
  return typeof value === "string" || typeof value === "number" ? String(value) : null;
}

/** The union of native and brushed picks, grouped by series and data type, sorted; empty groups left out. */
export function selectionOf(series: SeriesInfo[], native: Picks[], brushed: Picks[], areas: RawArea[]): EChartsSelection {
  const groups = new Map<string, { seriesIndex: number; dataType: string; indices: Set<number> }>();
  for (const pick of [...native, ...brushed]) {
    const dataType = pick.dataType ?? "main";
    const key = `${pick.seriesIndex}\u0000${dataType}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { seriesIndex: pick.seriesIndex, dataType, indices: new Set() };
      groups.set(key, group);
    }
    for (const index of pick.dataIndex) group.indices.add(index);
  }
  const selected = [...groups.values()]
    .filter((group) => group.indices.size > 0)
    .sort((a, b) => a.seriesIndex - b.seriesIndex || a.dataType.localeCompare(b.dataType))
    .map((group) => ({
      series_index: group.seriesIndex,
      series_id: text(series[group.seriesIndex]?.id),
      series_name: text(series[group.seriesIndex]?.name),
      data_type: group.dataType,
      data_indices: [...group.indices].sort((a, b) => a - b),
    }));
  const kept: BrushArea[] = [];
  areas.forEach((area, i) => {
    if (area.coordRange !== undefined && area.coordRange !== null) {
      kept.push({ brush_index: i, brush_type: area.brushType ?? "rect", coord_range: area.coordRange });
    }
  });
  return { selected, areas: kept };
}

/** The option's series as a list (ECharts accepts one object too). */
export function seriesList(option: Record<string, unknown>): SeriesInfo[] {
  const series = option.series;
  if (Array.isArray(series)) return series as SeriesInfo[];
  return typeof series === "object" && series !== null ? [series as SeriesInfo] : [];
}
