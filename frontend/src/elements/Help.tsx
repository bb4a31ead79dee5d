import { defineElement } from "./types";
import { any, optional, str } from "../utils/schema";

interface P {
  name?: string | null;
  type?: string | null;
  value?: string | null;
  doc?: string | null;
  signature?: string | null;
  members?: unknown;
}

export default defineElement<P>({
  type: "Help",
  schema: { name: optional(str), doc: optional(str), value: optional(str), signature: optional(str), members: any },
  Component: ({ props }) => {
    const members = Array.isArray(props.members) ? (props.members as Record<string, unknown>[]) : [];
    return (
      <div className="help-block">
        <div className="help-head">
          {props.name ? <strong>{props.name}</strong> : null}
          {props.signature ? <code>{props.signature}</code> : null}
          {props.type ? <span className="help-type">{props.type}</span> : null}
        </div>
        {props.value ? <pre className="plain-text">{props.value}</pre> : null}
        {props.doc ? <pre className="help-doc">{props.doc}</pre> : null}
        {members.length > 0 ? (
          <table className="help-members">
            <tbody>
              {members.map((m, i) => (
                <tr key={i}>
                  <td><code>{String(m.name ?? "")}</code></td>
                  <td>{String(m.type_name ?? m.type ?? "")}</td>
                  <td>{String(m.doc ?? m.value ?? "")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    );
  },
});
