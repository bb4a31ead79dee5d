import { useState } from "react";
import { defineNode } from "./types";
import { WidgetLabel } from "./common";
import { useUploads } from "./uploader";
import { useVoiceRecorder } from "./chatRecorder";
import { AudioInput } from "../nodes.gen";

/** Record a clip with the microphone and upload it as a WAV at `sample_rate` (the browser's own rate when None). */
export default defineNode(AudioInput, ({ props, entry }) => {
  const { shown, add, remove, error } = useUploads(props, entry, false);
  const [busy, setBusy] = useState(false);
  const [micError, setMicError] = useState<string | null>(null);
  const { recording, start, stop } = useVoiceRecorder((clip) => add([clip]), props.sample_rate ?? null, setBusy, setMicError);
  return (
    <div className="field">
      <WidgetLabel props={props} />
      <div className="row">
        <button
          type="button"
          className={`btn ${recording ? "btn-primary" : "btn-secondary"}`}
          disabled={props.disabled === true || busy}
          onClick={() => (recording ? stop() : void start())}
        >
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
