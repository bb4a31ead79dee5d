import { defineElement } from "./types";
import { useClip, useSource, type MediaSource } from "./media";
import { any, bool, optional } from "../utils/schema";

interface P extends MediaSource {
  format?: string | null;
  start_time?: number | null;
  end_time?: number | null;
  loop?: boolean;
  autoplay?: boolean;
}

export default defineElement<P>({
  type: "Audio",
  schema: { src: any, payload: any, loop: optional(bool), autoplay: optional(bool) },
  Component: ({ props }) => {
    const src = useSource(props);
    const { ref, onTimeUpdate } = useClip<HTMLAudioElement>(src, props.start_time, props.end_time);
    if (src === null) return null;
    return (
      <audio
        ref={ref}
        className="audio"
        controls
        src={src}
        loop={props.loop === true}
        autoPlay={props.autoplay === true}
        onTimeUpdate={onTimeUpdate}
      />
    );
  },
});
