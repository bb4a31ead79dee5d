import { defineNode } from "./types";
import { GridCell } from "../nodes.gen";

// One cell of st.grid that groups elements; its span is set on it by the grid (Grid.tsx).
export default defineNode(GridCell, ({ renderChildren }) => <div className="block grid-layout-cell">{renderChildren()}</div>);
