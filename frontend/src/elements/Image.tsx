import { defineNode } from "./types";
import { useSource, widthStyle } from "./media";
import { Image, type ImageProps, type MediaItem } from "../nodes.gen";

function OneImage({ item, width }: { item: MediaItem; width: ImageProps["width"] }) {
  const src = useSource(item);
  return (
    <figure className="image">
      {src !== null ? <img src={src} alt={item.alt} style={widthStyle(width)} /> : <div className="image-missing">image unavailable</div>}
      {item.caption ? <figcaption>{item.caption}</figcaption> : null}
    </figure>
  );
}

export default defineNode(Image, ({ props }) => {
  const images = props.images.map((item, i) => <OneImage key={i} item={item} width={props.width} />);
  if (!props.link) return <div className="image-row">{images}</div>;
  // link=: the (single) image opens it; a URL of another site in a new window, an app path in place.
  const external = /^[a-z][a-z0-9+.-]*:/i.test(props.link);
  return (
    <div className="image-row">
      <a className="image-link" href={props.link} target={external ? "_blank" : undefined} rel={external ? "noopener noreferrer" : undefined}>
        {images}
      </a>
    </div>
  );
});
