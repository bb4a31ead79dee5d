import { defineNode } from "./types";
import { Exception } from "../nodes.gen";

export function ExceptionView({ type, message, traceback, warning = false }: { type: string; message: string; traceback: string[]; warning?: boolean }) {
  return (
    <div className={`alert ${warning ? "alert-warning" : "alert-error"} exception`} role="alert">
      <div className="exception-head">
        <strong className="exception-type">{type}</strong>
        {message ? <span className="exception-message">: {message}</span> : null}
      </div>
      {traceback.length > 0 ? (
        <details open className="exception-trace">
          <summary>Traceback</summary>
          <pre>{traceback.join("\n")}</pre>
        </details>
      ) : null}
    </div>
  );
}

export default defineNode(Exception, ({ props }) => {
  const tb = Array.isArray(props.traceback)
    ? props.traceback.map((line) => String(line).replace(/\n$/, ""))
    : typeof props.traceback === "string"
      ? [props.traceback]
      : [];
  return <ExceptionView type={props.type} message={props.message} traceback={tb} warning={props.is_warning === true} />;
});
