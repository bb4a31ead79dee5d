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

export default defineNode(Image, ({ props }) => (
  <div className="image-row">
    {props.images.map((item, i) => (
      <OneImage key={i} item={item} width={props.width} />
    ))}
  </div>
));
