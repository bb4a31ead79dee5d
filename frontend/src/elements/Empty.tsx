import { defineNode } from "./types";
import { Empty } from "../nodes.gen";

export default defineNode(Empty, () => null);
