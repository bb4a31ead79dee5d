import { defineNode } from "./types";
import { useClip, useSource } from "./media";
import { useMediaSrc } from "../context";
import { Video, type SubtitleTrack } from "../nodes.gen";

function Subtitle({ track, index }: { track: SubtitleTrack; index: number }) {
  const src = useMediaSrc(track.payload, null);
  if (src === null) return null;
  return <track kind="subtitles" label={track.label} src={src} default={index === 0} />;
}

export default defineNode(Video, ({ props }) => {
  const src = useSource(props);
  const { ref, onTimeUpdate } = useClip<HTMLVideoElement>(src, props.start_time, props.end_time);
  if (src === null) return null;
  return (
    <video
      ref={ref}
      className="video"
      aria-label={props.alt ?? undefined}
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
});
