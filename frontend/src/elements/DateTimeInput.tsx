import { defineElement } from "./types";
import { labelShape, type BaseWidgetProps } from "./widget";
import { NativeTimeField } from "./TimeInput";
import { num, optional, str } from "../utils/schema";

interface P extends BaseWidgetProps {
  min_value?: string | null;
  max_value?: string | null;
  step?: number | null;
}

/** st.datetime_input: values travel as ISO strings "YYYY-MM-DDTHH:MM[:SS]" (no time zone). */
export default defineElement<P>({
  type: "DateTimeInput",
  schema: { ...labelShape, min_value: optional(str), max_value: optional(str), step: optional(num) },
  Component: ({ props, entry }) => {
    const step = props.step ?? 900;
    return (
      <NativeTimeField
        props={props}
        entry={entry}
        type="datetime-local"
        step={step}
        length={step % 60 === 0 ? 16 : 19}
        min={props.min_value}
        max={props.max_value}
      />
    );
  },
});
