import { useEffect, useRef, useState } from "react";
import { defineElement } from "./types";
import { WidgetLabel } from "./common";
import { labelShape, type BaseWidgetProps } from "./widget";
import { useUploads } from "./uploader";

/** Take a photo with the webcam (falls back to picking an image file). */
export default defineElement<BaseWidgetProps>({
  type: "CameraInput",
  schema: labelShape,
  Component: ({ props, entry }) => {
    const { shown, add, remove, error } = useUploads(props, entry, false);
    const video = useRef<HTMLVideoElement>(null);
    const [stream, setStream] = useState<MediaStream | null>(null);
    const [camError, setCamError] = useState<string | null>(null);
    useEffect(() => () => stream?.getTracks().forEach((t) => t.stop()), [stream]);
    const start = async () => {
      try {
        const s = await navigator.mediaDevices.getUserMedia({ video: true });
        setStream(s);
        if (video.current) video.current.srcObject = s;
      } catch (e) {
        setCamError(String(e instanceof Error ? e.message : e));
      }
    };
    const snap = () => {
      const v = video.current;
      if (!v) return;
      const canvas = document.createElement("canvas");
      canvas.width = v.videoWidth;
      canvas.height = v.videoHeight;
      canvas.getContext("2d")?.drawImage(v, 0, 0);
      canvas.toBlob((blob) => {
        if (blob) void add([new File([blob], "camera.jpg", { type: "image/jpeg" })]);
      }, "image/jpeg");
    };
    return (
      <div className="field camera">
        <WidgetLabel props={props} />
        <video ref={video} autoPlay muted playsInline hidden={stream === null} className="camera-video" />
        <div className="row">
          {stream === null ? (
            <button type="button" className="btn btn-secondary" disabled={props.disabled === true} onClick={() => void start()}>
              Start camera
            </button>
          ) : (
            <button type="button" className="btn btn-primary" onClick={snap}>
              Take photo
            </button>
          )}
          {shown.map((f) => (
            <button key={f.file_id} type="button" className="btn btn-tertiary" onClick={() => remove(f.file_id)}>
              Clear photo
            </button>
          ))}
        </div>
        {camError || error ? <div className="field-error">{camError ?? error}</div> : null}
      </div>
    );
  },
});
