import { defineElement } from "./types";
import { any, bool, optional, str } from "../utils/schema";

interface P {
  type: string;
  message: string;
  traceback?: string[] | string | null;
  is_warning?: boolean;
}

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

export default defineElement<P>({
  type: "Exception",
  schema: { type: str, message: str, traceback: any, is_warning: optional(bool) },
  Component: ({ props }) => {
    const tb = Array.isArray(props.traceback)
      ? props.traceback.map((line) => String(line).replace(/\n$/, ""))
      : typeof props.traceback === "string"
        ? [props.traceback]
        : [];
    return <ExceptionView type={props.type} message={props.message} traceback={tb} warning={props.is_warning === true} />;
  },
});
