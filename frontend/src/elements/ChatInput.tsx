import { useState } from "react";
import { defineElement } from "./types";
import { useWidgetSender } from "./widget";
import { bool, num, optional, str } from "../utils/schema";

interface P {
  placeholder?: string | null;
  max_chars?: number | null;
  disabled?: boolean;
  label?: string | null;
}

export default defineElement<P>({
  type: "ChatInput",
  schema: { placeholder: optional(str), max_chars: optional(num), disabled: optional(bool) },
  Component: ({ props, entry }) => {
    const [text, setText] = useState("");
    const { trigger } = useWidgetSender(entry);
    const placeholder = props.placeholder ?? "Your message";
    const submit = () => {
      if (text.trim() === "" || props.disabled) return;
      trigger(text);
      setText("");
    };
    return (
      <div className="chat-input">
        <textarea
          rows={1}
          className="input"
          aria-label={props.label || placeholder}
          placeholder={placeholder}
          maxLength={props.max_chars ?? undefined}
          value={text}
          disabled={props.disabled === true}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey) {
              e.preventDefault();
              submit();
            }
          }}
        />
        <button type="button" className="btn btn-primary send" aria-label="Send" disabled={props.disabled === true || text.trim() === ""} onClick={submit}>
          ➤
        </button>
      </div>
    );
  },
});
