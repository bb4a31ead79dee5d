import { defineNode } from "./types";
import { Icon } from "./common";
import { AssistantIcon, UserIcon } from "./icons";
import { useMediaSrc } from "../context";
import { isBinaryRef } from "../binary";
import { ChatMessage } from "../nodes.gen";

function Avatar({ name, avatar, kind }: { name: string; avatar: unknown; kind: string }) {
  const isImage = kind === "image" || isBinaryRef(avatar);
  const src = useMediaSrc(isImage ? avatar : null, isImage && typeof avatar === "string" ? avatar : null);
  if (isImage && src !== null) return <img className="avatar" src={src} alt={name} />;
  let content: React.ReactNode = typeof avatar === "string" ? avatar : name.slice(0, 1).toUpperCase();
  if (kind === "icon" && avatar === "user") content = <UserIcon />;
  else if (kind === "icon" && avatar === "assistant") content = <AssistantIcon />;
  else if (kind === "icon" && typeof avatar === "string") content = <Icon icon={avatar} />;
  return (
    <span className={`avatar avatar-${kind} avatar-${String(avatar)}`} aria-label={name} role="img">
      {content}
    </span>
  );
}

export default defineNode(ChatMessage, ({ props, renderChildren }) => (
  <div className={`chat-message chat-${props.name.toLowerCase()}`} aria-label={`Chat message from ${props.name}`} role="group">
    <Avatar name={props.name} avatar={props.avatar} kind={props.avatar_type ?? "initial"} />
    <div className="chat-body">{renderChildren()}</div>
  </div>
));
