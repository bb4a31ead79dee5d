import { defineNode } from "./types";
import { useWidgetSender } from "./widget";
import { FaceIcon, ThumbIcon } from "./icons";
import { useWidgetValue } from "../context";
import { Feedback } from "../nodes.gen";

const SYMBOLS: Record<string, { icons: React.ReactNode[]; names: string[] }> = {
  thumbs: { icons: [<ThumbIcon key="d" down />, <ThumbIcon key="u" />], names: ["Thumbs down", "Thumbs up"] },
  faces: { icons: [0, 1, 2, 3, 4].map((m) => <FaceIcon key={m} mood={m} />), names: ["Very unhappy", "Unhappy", "Neutral", "Happy", "Very happy"] },
  stars: { icons: ["★", "★", "★", "★", "★"], names: ["1 star", "2 stars", "3 stars", "4 stars", "5 stars"] },
};

export default defineNode(Feedback, ({ props, entry }) => {
  const kind = SYMBOLS[props.options ?? "thumbs"] ?? SYMBOLS.thumbs;
  const [value, setValue] = useWidgetValue<number | null>(props, null);
  const { change } = useWidgetSender(entry);
  const stars = props.options === "stars";
  return (
    <div className={`feedback feedback-${props.options ?? "thumbs"}`} role="group" aria-label={props.label ?? "Feedback"}>
      {kind.icons.map((icon, i) => {
        const active = value !== null && (stars ? i <= value : i === value);
        return (
          <button
            key={i}
            type="button"
            className={`feedback-option${active ? " selected" : ""}`}
            aria-label={kind.names[i]}
            aria-pressed={value === i}
            disabled={props.disabled === true}
            onClick={() => {
              const next = value === i ? null : i;
              setValue(next);
              change(next);
            }}
          >
            {icon}
          </button>
        );
      })}
    </div>
  );
});
