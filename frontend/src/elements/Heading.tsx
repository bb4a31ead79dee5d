import { defineNode } from "./types";
import { HelpIcon, Icon, InlineMarkdown } from "./common";
import { Heading } from "../nodes.gen";

export default defineNode(Heading, ({ props }) => {
  const level = Math.min(3, Math.max(1, Math.round(props.level)));
  const Tag = (["h1", "h2", "h3"] as const)[level - 1];
  const color = typeof props.divider === "string" ? props.divider : "primary";
  // wrap=False: the first line only, on one line; the icons stay visible beside it.
  const single = props.wrap === false;
  const firstLine = props.body.split("\n")[0] ?? "";
  return (
    <div className="heading">
      <Tag id={props.anchor ?? undefined} className={single ? "heading-single" : undefined}>
        {props.icon ? (
          <span className="heading-icon">
            <Icon icon={props.icon} />
          </span>
        ) : null}
        {single ? (
          <span className="one-line" title={firstLine}>
            <InlineMarkdown body={firstLine} />
          </span>
        ) : (
          <InlineMarkdown body={props.body} />
        )}
        {props.anchor ? (
          <a className="anchor-link" href={`#${props.anchor}`} aria-hidden="true" tabIndex={-1}>
            #
          </a>
        ) : null}
        <HelpIcon text={props.help} />
      </Tag>
      {props.divider ? <hr className={`heading-divider divider-${color}`} /> : null}
    </div>
  );
});
