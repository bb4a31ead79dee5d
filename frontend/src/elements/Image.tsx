import { defineElement } from "./types";
import { useSource, widthStyle, type MediaSource } from "./media";
import { any, arrayOf, obj } from "../utils/schema";

interface Item extends MediaSource {
  caption?: string | null;
}

interface P {
  images: Item[];
  width?: string | number | null;
}

function OneImage({ item, width }: { item: Item; width: P["width"] }) {
  const src = useSource(item);
  return (
    <figure className="image">
      {src !== null ? <img src={src} alt={item.caption ?? ""} style={widthStyle(width)} /> : <div className="image-missing">image unavailable</div>}
      {item.caption ? <figcaption>{item.caption}</figcaption> : null}
    </figure>
  );
}

export default defineElement<P>({
  type: "Image",
  schema: { images: arrayOf(obj), width: any },
  Component: ({ props }) => (
    <div className="image-row">
      {props.images.map((item, i) => (
        <OneImage key={i} item={item} width={props.width} />
      ))}
    </div>
  ),
});
