import { defineNode } from "./types";
import { Icon } from "./common";
import { useSource } from "./media";
import { Logo, type LogoProps } from "../nodes.gen";

/** The logo; `collapsed` (the top bar's, while the sidebar is closed) shows `icon_image` when the script gave one. */
export function LogoView({ props, collapsed = false }: { props: LogoProps; collapsed?: boolean }) {
  const image = collapsed && props.icon_image ? props.icon_image : props.image;
  const src = useSource(image);
  const content = image.icon ? <Icon icon={image.icon} /> : src !== null ? <img src={src} alt="Logo" /> : null;
  return (
    <div className={`logo logo-${props.size ?? "medium"}`}>
      {props.link ? (
        <a href={props.link} target="_blank" rel="noopener noreferrer">
          {content}
        </a>
      ) : (
        content
      )}
    </div>
  );
}

export default defineNode(Logo, ({ props }) => <LogoView props={props} />);
