import { defineNode } from "./types";
import { useClip, useSource } from "./media";
import { Audio } from "../nodes.gen";

export default defineNode(Audio, ({ props }) => {
  const src = useSource(props);
  const { ref, onTimeUpdate } = useClip<HTMLAudioElement>(src, props.start_time, props.end_time);
  if (src === null) return null;
  return (
    <audio
      ref={ref}
      className="audio"
      aria-label={props.alt ?? undefined}
      controls
      src={src}
      loop={props.loop === true}
      autoPlay={props.autoplay === true}
      onTimeUpdate={onTimeUpdate}
    />
  );
});
