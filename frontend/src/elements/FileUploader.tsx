import { useRef, useState } from "react";
import { defineNode } from "./types";
import { WidgetLabel, useFieldId } from "./common";
import { formatSize, useUploads } from "./uploader";
import { FileUploader } from "../nodes.gen";

export default defineNode(FileUploader, ({ props, entry }) => {
  const multiple = props.accept_multiple_files === true;
  const { shown, add, remove, error, busy, pickNative, maxUploadMb } = useUploads(props, entry, multiple);
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const id = useFieldId();
  const types = Array.isArray(props.type) ? props.type : typeof props.type === "string" ? [props.type] : [];
  const accept = types.map((t) => (t.startsWith(".") || t.includes("/") ? t : `.${t}`)).join(",");
  return (
    <div className="field">
      <WidgetLabel props={props} htmlFor={id} />
      <div
        className={`dropzone${over ? " over" : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          if (!props.disabled) void add(Array.from(e.dataTransfer.files));
        }}
      >
        <div className="dropzone-text">
          <span>Drag and drop {multiple ? "files" : "a file"} here</span>
          <span className="caption-text">
            Limit {maxUploadMb} MB per file{types.length ? ` • ${types.map((t) => t.replace(/^\./, "").toUpperCase()).join(", ")}` : ""}
          </span>
        </div>
        <button type="button" className="btn btn-secondary" disabled={props.disabled === true || busy} onClick={() => {
            void pickNative(types.length ? types : null).then((handled) => {
              if (!handled) input.current?.click();
            });
          }}>
          Browse files
        </button>
        <input
          ref={input}
          id={id}
          type="file"
          hidden
          aria-label={props.label}
          multiple={multiple}
          accept={accept || undefined}
          onChange={(e) => {
            void add(Array.from(e.target.files ?? []));
            e.target.value = "";
          }}
        />
      </div>
      {error ? <div className="field-error" role="alert">{error}</div> : null}
      <ul className="file-list">
        {shown.map((f) => (
          <li key={f.file_id}>
            <span className="file-name">{f.name}</span>
            {f.size ? <span className="caption-text">{formatSize(f.size)}</span> : null}
            <button type="button" className="icon-button" aria-label={`Remove ${f.name}`} onClick={() => remove(f.file_id)}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
});
