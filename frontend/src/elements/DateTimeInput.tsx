import { defineNode } from "./types";
import { NativeTimeField } from "./TimeInput";
import { DateTimeInput } from "../nodes.gen";

/** st.datetime_input: values travel as ISO strings "YYYY-MM-DDTHH:MM[:SS]" (no time zone). */
export default defineNode(DateTimeInput, ({ props, entry }) => {
  const step = props.step;
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
});
