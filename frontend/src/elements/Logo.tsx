import { defineNode } from "./types";
import { Icon } from "./common";
import { useSource } from "./media";
import { Logo, type LogoProps } from "../nodes.gen";

function LogoView({ props }: { props: LogoProps }) {
  const src = useSource(props.image);
  const content = props.image.icon ? <Icon icon={props.image.icon} /> : src !== null ? <img src={src} alt="Logo" /> : null;
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
