import { defineNode } from "./types";
import { ButtonLabel } from "./Button";
import { useDesk } from "../context";
import { goToPage } from "../Navigation";
import { PageLink } from "../nodes.gen";

export default defineNode(PageLink, ({ props }) => {
  const { send } = useDesk();
  const label = props.label ?? props.page ?? "";
  const target = props.url ?? props.page ?? "";
  if (props.external || /^https?:/.test(target)) {
    return (
      <a className={`page-link${props.width === "stretch" ? " stretch" : ""}`} href={target} target="_blank" rel="noopener noreferrer">
        <ButtonLabel props={props} label={label} />
      </a>
    );
  }
  const go = (e: React.MouseEvent) => {
    e.preventDefault();
    if (props.disabled) return;
    goToPage(send, target, props.query_string);
  };
  return (
    <a className={`page-link${props.width === "stretch" ? " stretch" : ""}`} href={"/" + target + (props.query_string ? `?${props.query_string}` : "")} onClick={go} title={props.help ?? undefined} aria-disabled={props.disabled === true}>
      <ButtonLabel props={props} label={label} />
    </a>
  );
});
