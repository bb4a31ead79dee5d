import { defineNode } from "./types";
import { ErrorCard } from "./common";
import { useFrame } from "./frame";
import { useWidgetSender } from "./widget";
import { useDesk, useWidgetValue } from "../context";
import { Dataframe, type DataframeSelection } from "../nodes.gen";
import { datasetFetcher } from "./gridFetch";

const NO_SELECTION: DataframeSelection = { selection: { rows: [], columns: [], cells: [] } };

export default defineNode(Dataframe, ({ props, entry }) => {
  const loaded = useFrame(props.data, props);
  const fetchRows = datasetFetcher(useDesk(), props.dataset);
  const [value, setValue] = useWidgetValue<DataframeSelection>(props, NO_SELECTION);
  const { change } = useWidgetSender(entry);
  const modes = props.selection_mode;
  const rowMode = modes.includes("multi-row") ? "multi" : modes.includes("single-row") ? "single" : null;
  if (loaded === null) return <div className="grid-loading" aria-busy="true" />;
  if ("error" in loaded) return <ErrorCard title="Could not show the data" detail={loaded.error} />;
  const { Grid } = loaded.mod;
  const rows = value?.selection?.rows ?? [];
  const onRowClick =
    rowMode !== null && entry.node.id !== null
      ? (row: number) => {
          const next = rows.includes(row) ? rows.filter((r) => r !== row) : rowMode === "multi" ? [...rows, row].sort((a, b) => a - b) : [row];
          const wire: DataframeSelection = { selection: { ...(value?.selection ?? NO_SELECTION.selection), rows: next } };
          setValue(wire);
          change(wire);
        }
      : undefined;
  return <Grid
      frame={loaded.frame}
      props={props}
      label={props.alt}
      selectedRows={rowMode !== null ? rows : undefined}
      onRowClick={onRowClick}
      totalRows={props.total_rows}
      fetchRows={fetchRows}
    />;
});
