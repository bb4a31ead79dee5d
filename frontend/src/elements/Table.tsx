import { defineNode } from "./types";
import { ErrorCard } from "./common";
import { useFrame } from "./frame";
import { Table } from "../nodes.gen";

export default defineNode(Table, ({ props }) => {
  const loaded = useFrame(props.data, props);
  if (loaded === null) return <div className="grid-loading" aria-busy="true" />;
  if ("error" in loaded) return <ErrorCard title="Could not show the table" detail={loaded.error} />;
  const { StaticTable } = loaded.mod;
  return <StaticTable frame={loaded.frame} props={props} label={props.alt} />;
});
