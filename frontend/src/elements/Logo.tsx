import { defineElement } from "./types";
import { Icon } from "./common";
import { useSource, type MediaSource } from "./media";
import { any, optional, str } from "../utils/schema";

interface LogoImage extends MediaSource {
  icon?: string | null;
}

interface P {
  image: LogoImage;
  icon_image?: LogoImage | null;
  link?: string | null;
  size?: string | null;
}

function LogoView({ props }: { props: P }) {
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

export default defineElement<P>({
  type: "Logo",
  schema: { image: any, link: optional(str), size: optional(str) },
  Component: ({ props }) => <LogoView props={props} />,
});
