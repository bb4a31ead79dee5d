import { LabelText } from "../icons/LabelText";
import { defineElement } from "./types";
import { Icon } from "./common";
import { useDesk } from "../context";
import { goToPage } from "../Navigation";
import { bool, optional, str } from "../utils/schema";

interface P {
  label?: string | null;
  page?: string | null;
  url?: string | null;
  page_script_hash?: string | null;
  icon?: string | null;
  help?: string | null;
  disabled?: boolean;
  external?: boolean;
  active?: boolean;
}

export default defineElement<P>({
  type: "PageLink",
  schema: { label: optional(str), page: optional(str), url: optional(str), icon: optional(str), help: optional(str), disabled: optional(bool) },
  Component: ({ props }) => {
    const { send } = useDesk();
    const label = props.label ?? props.page ?? "";
    const target = props.url ?? props.page ?? "";
    if (props.external || /^https?:/.test(target)) {
      return (
        <a className="page-link" href={target} target="_blank" rel="noopener noreferrer">
          <Icon icon={props.icon} />
          <LabelText text={label} />
        </a>
      );
    }
    const go = (e: React.MouseEvent) => {
      e.preventDefault();
      if (props.disabled) return;
      goToPage(send, target);
    };
    return (
      <a className={`page-link${props.active ? " active" : ""}`} href={"/" + target} onClick={go} title={props.help ?? undefined} aria-disabled={props.disabled === true}>
        <Icon icon={props.icon} />
        <LabelText text={label} />
      </a>
    );
  },
});
