import { useRef, useState } from "react";
import { defineNode } from "./types";
import { WidgetLabel } from "./common";
import { useUploads } from "./uploader";
import { mediaErrorMessage } from "./CameraInput";
import { AudioInput } from "../nodes.gen";

/** Record a clip with the microphone and upload it. */
export default defineNode(AudioInput, ({ props, entry }) => {
  const { shown, add, remove, error } = useUploads(props, entry, false);
  const recorder = useRef<MediaRecorder | null>(null);
  const [recording, setRecording] = useState(false);
  const [micError, setMicError] = useState<string | null>(null);
  const start = async () => {
    setMicError(null);
    try {
      if (!navigator.mediaDevices?.getUserMedia) throw new Error("this page cannot use media devices");
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const rec = new MediaRecorder(stream);
      const chunks: Blob[] = [];
      rec.ondataavailable = (e) => chunks.push(e.data);
      rec.onstop = () => {
        stream.getTracks().forEach((t) => t.stop());
        const blob = new Blob(chunks, { type: rec.mimeType || "audio/webm" });
        void add([new File([blob], "recording.webm", { type: blob.type })]);
      };
      rec.start();
      recorder.current = rec;
      setRecording(true);
    } catch (e) {
      setMicError(mediaErrorMessage("microphone", e));
    }
  };
  const stop = () => {
    recorder.current?.stop();
    setRecording(false);
  };
  return (
    <div className="field">
      <WidgetLabel props={props} />
      <div className="row">
        <button type="button" className={`btn ${recording ? "btn-primary" : "btn-secondary"}`} disabled={props.disabled === true} onClick={() => (recording ? stop() : void start())}>
          {recording ? "Stop recording" : "Record"}
        </button>
        {shown.map((f) => (
          <button key={f.file_id} type="button" className="btn btn-tertiary" onClick={() => remove(f.file_id)}>
            Clear recording
          </button>
        ))}
      </div>
      {micError || error ? (
        <div className="field-error" role="alert">
          {micError ?? error}
        </div>
      ) : null}
    </div>
  );
});
