import { defineNode } from "./types";
import { Celebration } from "./Celebration";
import { Balloons } from "../nodes.gen";

export default defineNode(Balloons, () => <Celebration kind="balloons" />);
