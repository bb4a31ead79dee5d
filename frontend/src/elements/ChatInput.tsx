import { useEffect, useRef, useState } from "react";
import { defineNode } from "./types";
import { useWidgetSender } from "./widget";
import { formatSize, hasNativePicker, pickNativeFiles, tooLarge } from "./uploader";
import { Icon } from "./common";
import { useDesk } from "../context";
import { uploadFile } from "../upload";
import { ChatInput } from "../nodes.gen";
import { useVoiceRecorder } from "./chatRecorder";
import { useRunAfterSubmit } from "./runAfterSubmit";

/** The most a "content" chat box grows with its text before it scrolls, in pixels. */
const MAX_AUTO_HEIGHT = 200;

export default defineNode(ChatInput, ({ props, entry }) => {
  const [text, setText] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  const { trigger } = useWidgetSender(entry);
  const { sessionId, token, xsrfToken, maxUploadMb: serverLimit } = useDesk();
  const maxUploadMb = props.max_upload_mb ?? serverLimit; // max_upload_size= replaces the server's limit
  const placeholder = props.placeholder ?? "Your message";
  const acceptFile = props.accept_file ?? false;
  const withFiles = acceptFile !== false;
  const multiple = acceptFile === "multiple" || acceptFile === "directory";
  const types = Array.isArray(props.file_type) ? props.file_type : [];
  // submit_mode "disable" and "stop": the box waits, greyed out, for the run a submit started.
  const afterSubmit = useRunAfterSubmit(entry);
  const holding = props.submit_mode !== undefined && afterSubmit.waiting;
  const disabled = props.disabled === true || busy || holding;
  const textarea = useRef<HTMLTextAreaElement>(null);
  // A box that held the focus when it was greyed out gets it back when the run ends.
  const refocus = useRef(false);
  useEffect(() => {
    if (holding || !refocus.current) return;
    refocus.current = false;
    textarea.current?.focus();
  }, [holding]);
  useEffect(() => {
    // height "content" (and a least height in pixels): the box grows with its text, up to a limit.
    const box = textarea.current;
    if (box === null || props.height === "stretch") return;
    box.style.height = "auto";
    box.style.height = `${Math.min(box.scrollHeight, MAX_AUTO_HEIGHT)}px`;
  }, [text, props.height]);
  const withAudio = props.accept_audio === true;
  const structured = withFiles || withAudio;
  useEffect(() => {
    // Text the script set through st.session_state is a draft in the box, not a submit.
    if (props.set_value !== true) return;
    const value = props.value;
    if (typeof value === "string") setText(value);
    else if (value !== null && typeof value.text === "string") setText(value.text);
  }, [props]);

  const attach = (picked: File[]) => {
    const sizeError = tooLarge(picked, maxUploadMb);
    setError(sizeError);
    if (sizeError === null) setFiles((prev) => (multiple ? [...prev, ...picked] : picked.slice(-1)));
  };
  const browse = async () => {
    if (hasNativePicker() && acceptFile !== "directory") {
      try {
        const chosen = await pickNativeFiles(types.length ? types : null, multiple);
        if (chosen) attach(chosen);
      } catch (e) {
        setError(String(e instanceof Error ? e.message : e));
      }
      return;
    }
    picker.current?.click();
  };
  const submit = async (audio: File | null = null) => {
    if ((text.trim() === "" && files.length === 0 && audio === null) || props.disabled === true || holding || (busy && audio === null)) return;
    if (!structured) {
      trigger(text);
      setText("");
      refocus.current = document.activeElement === textarea.current;
      afterSubmit.start();
      return;
    }
    if (sessionId === null) {
      setError("Not connected.");
      return;
    }
    setBusy(true);
    try {
      const send = (f: File) => uploadFile(f, sessionId, token, xsrfToken ?? "", entry.node.id ?? "");
      const uploaded = await Promise.all(files.map(send));
      const clip = audio === null ? null : await send(audio);
      trigger({ text, files: uploaded.map((u) => u.file_id), audio: clip === null ? null : clip.file_id });
      setText("");
      setFiles([]);
      refocus.current = document.activeElement === textarea.current;
      afterSubmit.start();
    } catch (e) {
      setError(String(e instanceof Error ? e.message : e));
    } finally {
      setBusy(false);
    }
  };
  // The microphone: a second press stops the recording and sends it, as WAV, with the message.
  const mic = useVoiceRecorder((clip) => submit(clip), props.audio_sample_rate ?? null, setBusy, setError);
  const recording = mic.recording;
  const directoryProps = acceptFile === "directory" ? ({ webkitdirectory: "" } as Record<string, string>) : {};
  const stretch = props.height === "stretch";
  const leastHeight = typeof props.height === "number" ? { minHeight: `${props.height}px` } : undefined;
  return (
    <div className={`chat-input-box${stretch ? " stretch" : ""}`}>
      {files.length > 0 || error ? (
        <ChatAttachments files={files} error={error} onRemove={(i) => setFiles((prev) => prev.filter((_, j) => j !== i))} />
      ) : null}
      <div className="chat-input" style={leastHeight}>
        {withFiles ? (
          <>
            <button type="button" className="icon-button attach" aria-label="Attach files" disabled={disabled} onClick={() => void browse()}>
              <Icon icon=":material/attach_file:" />
            </button>
            <input
              ref={picker}
              type="file"
              hidden
              aria-label="Files to attach"
              multiple={multiple}
              accept={types.join(",") || undefined}
              {...directoryProps}
              onChange={(e) => {
                attach(Array.from(e.target.files ?? []));
                e.target.value = "";
              }}
            />
          </>
        ) : null}
        <textarea
          ref={textarea}
          rows={1}
          className="input"
          aria-label={props.label || placeholder}
          placeholder={placeholder}
          maxLength={props.max_chars ?? undefined}
          value={text}
          disabled={props.disabled === true || holding}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey) {
              e.preventDefault();
              void submit();
            }
          }}
        />
        {withAudio ? (
          <button
            type="button"
            className={`icon-button mic${recording ? " recording" : ""}`}
            aria-label={recording ? "Stop recording and send" : "Record a voice message"}
            aria-pressed={recording}
            disabled={disabled && !recording}
            onClick={() => (recording ? mic.stop() : void mic.start())}
          >
            <Icon icon={recording ? ":material/stop_circle:" : ":material/mic:"} />
          </button>
        ) : null}
        {holding && props.submit_mode === "stop" ? (
          <button type="button" className="btn btn-primary send" aria-label="Stop" title="Stop the run" onClick={afterSubmit.stop}>
            ■
          </button>
        ) : (
          <button
            type="button"
            className="btn btn-primary send"
            aria-label="Send"
            disabled={disabled || (text.trim() === "" && files.length === 0)}
            onClick={() => void submit()}
          >
            ➤
          </button>
        )}
      </div>
    </div>
  );
});

/** The files picked for the next message (each removable), and the last error. */
function ChatAttachments({ files, error, onRemove }: { files: File[]; error: string | null; onRemove: (index: number) => void }) {
  return (
    <div className="chat-attachments">
      {error ? <div className="field-error" role="alert">{error}</div> : null}
      <ul className="file-list">
        {files.map((f, i) => (
          <li key={`${f.name}-${i}`}>
            <span className="file-name">{f.name}</span>
            <span className="caption-text">{formatSize(f.size)}</span>
            <button type="button" className="icon-button" aria-label={`Remove ${f.name}`} onClick={() => onRemove(i)}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
