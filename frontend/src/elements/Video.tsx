import { defineElement } from "./types";
import { useClip, useSource, type MediaSource } from "./media";
import { useMediaSrc } from "../context";
import { any, bool, optional } from "../utils/schema";

interface Track {
  label: string;
  payload?: unknown;
  src?: string | null;
}

interface P extends MediaSource {
  format?: string | null;
  start_time?: number | null;
  end_time?: number | null;
  loop?: boolean;
  autoplay?: boolean;
  muted?: boolean;
  subtitles?: Track[] | null;
}

function Subtitle({ track, index }: { track: Track; index: number }) {
  const src = useMediaSrc(track.payload ?? null, track.src ?? null);
  if (src === null) return null;
  return <track kind="subtitles" label={track.label} src={src} default={index === 0} />;
}

export default defineElement<P>({
  type: "Video",
  schema: { src: any, payload: any, loop: optional(bool), autoplay: optional(bool), muted: optional(bool), subtitles: any },
  Component: ({ props }) => {
    const src = useSource(props);
    const { ref, onTimeUpdate } = useClip<HTMLVideoElement>(src, props.start_time, props.end_time);
    if (src === null) return null;
    return (
      <video
        ref={ref}
        className="video"
        controls
        src={src}
        loop={props.loop === true}
        autoPlay={props.autoplay === true}
        muted={props.muted === true}
        onTimeUpdate={onTimeUpdate}
      >
        {(props.subtitles ?? []).map((t, i) => (
          <Subtitle key={i} track={t} index={i} />
        ))}
      </video>
    );
  },
});
