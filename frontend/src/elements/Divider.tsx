import { defineNode } from "./types";
import { Divider } from "../nodes.gen";

export default defineNode(Divider, () => <hr className="divider" />);
