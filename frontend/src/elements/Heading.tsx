import { defineNode } from "./types";
import { HelpIcon, Icon, InlineMarkdown } from "./common";
import { Heading } from "../nodes.gen";

export default defineNode(Heading, ({ props }) => {
  const level = Math.min(3, Math.max(1, Math.round(props.level)));
  const Tag = (["h1", "h2", "h3"] as const)[level - 1];
  const color = typeof props.divider === "string" ? props.divider : "primary";
  return (
    <div className="heading">
      <Tag id={props.anchor ?? undefined}>
        {props.icon ? (
          <span className="heading-icon">
            <Icon icon={props.icon} />
          </span>
        ) : null}
        <InlineMarkdown body={props.body} />
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
