import { defineNode } from "./types";
import { Celebration } from "./Celebration";
import { Snow } from "../nodes.gen";

export default defineNode(Snow, () => <Celebration kind="snow" />);
