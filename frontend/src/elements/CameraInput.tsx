import { useEffect, useRef, useState } from "react";
import { defineNode } from "./types";
import { WidgetLabel } from "./common";
import { useUploads } from "./uploader";
import { CameraInput } from "../nodes.gen";

/** A clear message for a failed getUserMedia (denied, no device, not available in this view). */
export function mediaErrorMessage(device: "camera" | "microphone", error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  if (name === "NotAllowedError" || name === "SecurityError" || name === "PermissionDeniedError")
    return `Access to the ${device} was denied. Allow the ${device} for this page in the browser's site settings, then try again.`;
  if (name === "NotFoundError" || name === "OverconstrainedError" || name === "DevicesNotFoundError")
    return `No ${device} was found. Connect one, then try again.`;
  if (name === "NotReadableError" || name === "AbortError") return `The ${device} is in use by another application or could not be started.`;
  const detail = error instanceof Error ? error.message : String(error);
  return `The ${device} is not available here${detail ? ` (${detail})` : ""}.`;
}

/** The picture heights of camera_input(resolution=). */
const RESOLUTION_HEIGHTS: Record<string, number> = { "480p": 480, "720p": 720, "1080p": 1080 };

/** Take a photo with the webcam (falls back to picking an image file). */
export default defineNode(CameraInput, ({ props, entry }) => {
  const { shown, add, remove, error } = useUploads(props, entry, false);
  const video = useRef<HTMLVideoElement>(null);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [camError, setCamError] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => () => stream?.getTracks().forEach((t) => t.stop()), [stream]);
  const start = async () => {
    setCamError(null);
    try {
      if (!navigator.mediaDevices?.getUserMedia) throw new Error("this page cannot use media devices");
      // resolution= asks the camera for a picture height; it picks the nearest one it supports.
      const height = props.resolution ? RESOLUTION_HEIGHTS[props.resolution] : undefined;
      const s = await navigator.mediaDevices.getUserMedia({ video: height ? { height: { ideal: height } } : true });
      setStream(s);
      if (video.current) video.current.srcObject = s;
    } catch (e) {
      setCamError(mediaErrorMessage("camera", e));
    }
  };
  const snap = () => {
    const v = video.current;
    if (!v || v.videoWidth === 0) return;
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
      <video ref={video} autoPlay muted playsInline hidden={stream === null} className="camera-video" onLoadedData={() => setReady(true)} />
      <div className="row">
        {stream === null ? (
          <button type="button" className="btn btn-secondary" disabled={props.disabled === true} onClick={() => void start()}>
            Start camera
          </button>
        ) : (
          <button type="button" className="btn btn-primary" disabled={!ready} onClick={snap}>
            Take photo
          </button>
        )}
        {shown.map((f) => (
          <button key={f.file_id} type="button" className="btn btn-tertiary" onClick={() => remove(f.file_id)}>
            Clear photo
          </button>
        ))}
      </div>
      {camError || error ? (
        <div className="field-error" role="alert">
          {camError ?? error}
        </div>
      ) : null}
    </div>
  );
});
