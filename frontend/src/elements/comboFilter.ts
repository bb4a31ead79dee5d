// How typed text filters the options of st.selectbox and st.multiselect (filter_mode=).

export interface ComboOption {
  /** What picking it means to the widget: an option's index, or a special entry ("all", "new"). */
  key: string;
  label: string;
}

/**
 * How well `label` matches `query` as a fuzzy filter: null when the query's letters are not all
 * in it in order (ignoring case), else a score where higher is better: matches that start
 * earlier, run together and begin words come first.
 */
export function fuzzyScore(label: string, query: string): number | null {
  const text = label.toLowerCase();
  const wanted = query.toLowerCase();
  let score = 0;
  let from = 0;
  let previous = -2;
  for (const ch of wanted) {
    const at = text.indexOf(ch, from);
    if (at < 0) return null;
    if (at === previous + 1) score += 5; // a run of matched letters
    if (at === 0 || /[\s_\-./]/.test(text[at - 1] ?? "")) score += 3; // the start of a word
    score -= at - from; // letters skipped over
    previous = at;
    from = at + 1;
  }
  return score - text.length * 0.01; // of equal matches, the shorter label first
}

/** The options `query` leaves, in the order to show them: fuzzy sorts by score, the other modes keep the list's order. */
export function filterOptions(options: ComboOption[], query: string, mode: string | null | undefined): ComboOption[] {
  const q = query.trim();
  if (q === "" || mode === null || mode === undefined) return options;
  const lower = q.toLowerCase();
  if (mode === "contains") return options.filter((o) => o.label.toLowerCase().includes(lower));
  if (mode === "prefix") return options.filter((o) => o.label.toLowerCase().startsWith(lower));
  const scored: { option: ComboOption; score: number; at: number }[] = [];
  options.forEach((option, at) => {
    const score = fuzzyScore(option.label, q);
    if (score !== null) scored.push({ option, score, at });
  });
  scored.sort((a, b) => b.score - a.score || a.at - b.at);
  return scored.map((s) => s.option);
}
