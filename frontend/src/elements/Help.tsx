import { defineNode } from "./types";
import { widthStyle } from "./media";
import { Help } from "../nodes.gen";

export default defineNode(Help, ({ props }) => {
  const members = props.members;
  return (
    <div className="help-block" style={props.width ? widthStyle(props.width) : undefined}>
      <div className="help-head">
        {props.name ? <strong>{props.name}</strong> : null}
        {props.signature ? <code>{props.signature}</code> : null}
        {props.type ? <span className="help-type">{props.type}</span> : null}
      </div>
      {props.value && !props.signature ? <pre className="plain-text">{props.value}</pre> : null}
      {props.doc ? <pre className="help-doc">{props.doc}</pre> : null}
      {members.length > 0 ? (
        <table className="help-members">
          <tbody>
            {members.map((m, i) => (
              <tr key={i}>
                <td><code>{m.name}</code></td>
                <td>{m.type}</td>
                <td>{m.doc ?? m.value ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
});
