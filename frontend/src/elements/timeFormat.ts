// Times as st.time_input(format=...) shows them: "24h" (14:30), "12h" (2:30 PM). The wire value
// is always ISO ("HH:MM" or "HH:MM:SS"); these turn one into the other.

/** The ISO wire time ("14:30" or "14:30:15") written in `format` ("24h" or "12h"). */
export function formatTime(iso: string, format: string): string {
  const [h = 0, m = 0, s] = iso.split(":").map(Number);
  const tail = `${String(m).padStart(2, "0")}${s === undefined ? "" : `:${String(s).padStart(2, "0")}`}`;
  if (format !== "12h") return `${String(h).padStart(2, "0")}:${tail}`;
  return `${h % 12 === 0 ? 12 : h % 12}:${tail} ${h < 12 ? "AM" : "PM"}`;
}

/** What a user typed ("2:30 pm", "14:30", "9", "0930", "7:05:30a.m.") as an ISO time, or null when it is not a time. */
export function parseTime(text: string): string | null {
  const match = /^\s*(\d{1,2})(?::?(\d{2}))?(?::(\d{2}))?\s*(?:([ap])\.?\s*m?\.?)?\s*$/i.exec(text);
  if (match === null) return null;
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const second = match[3] === undefined ? null : Number(match[3]);
  const half = match[4]?.toLowerCase();
  if (minute > 59 || (second !== null && second > 59)) return null;
  if (half !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === "p" ? 12 : 0);
  } else if (hour > 23) {
    return null;
  }
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(hour)}:${two(minute)}${second === null ? "" : `:${two(second)}`}`;
}

/** The times of a day `step` seconds apart, as ISO wire times (seconds only when the step has them). */
export function stepTimes(step: number): string[] {
  const times: string[] = [];
  const withSeconds = step % 60 !== 0;
  for (let t = 0; t < 24 * 3600; t += step) {
    const two = (n: number) => String(n).padStart(2, "0");
    const base = `${two(Math.floor(t / 3600))}:${two(Math.floor(t / 60) % 60)}`;
    times.push(withSeconds ? `${base}:${two(t % 60)}` : base);
  }
  return times;
}
