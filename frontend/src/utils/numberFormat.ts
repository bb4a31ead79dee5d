// Number formats shared by widgets (printf-style "%d", "%.2f"), column_config number cells and
// st.metric: printf strings, with "," for thousands ("%,d"), or a preset name ("dollar", "compact"...).

const SPEC = /%(,?)([0-9]*)(?:\.([0-9]+))?([dfieus%])/g;

/** Python's printf-style formatting of one number: "%d", "%.2f", "%,.1f", "%0.1f%%". */
export function printf(value: number, format: string): string {
  return format.replace(SPEC, (_m, comma: string, _width: string, precision: string | undefined, kind: string) => {
    if (kind === "%") return "%";
    const digits = precision ? Number(precision) : 6;
    if (kind === "e") return value.toExponential(digits);
    if (kind === "s") return String(value);
    const whole = kind === "d" || kind === "i" || kind === "u";
    if (comma) {
      const fraction = whole ? 0 : digits;
      return (whole ? Math.round(value) : value).toLocaleString("en-US", { minimumFractionDigits: fraction, maximumFractionDigits: fraction });
    }
    return whole ? String(Math.round(value)) : value.toFixed(digits);
  });
}

function twoDecimals(value: number): string {
  return value.toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function bytes(value: number): string {
  const units = ["B", "KB", "MB", "GB", "TB", "PB"];
  let size = Math.abs(value);
  let unit = 0;
  while (size >= 1000 && unit < units.length - 1) {
    size /= 1000;
    unit += 1;
  }
  const text = unit === 0 ? String(size) : size.toLocaleString(undefined, { maximumFractionDigits: 1 });
  return `${value < 0 ? "-" : ""}${text}${units[unit]}`;
}

/** A number in a preset format (Streamlit's names) or a printf string; no format: a short plain number. */
export function formatNumber(value: number, format?: string | null): string {
  if (!format) return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e10) / 1e10);
  const money = (symbol: string) => `${value < 0 ? "-" : ""}${symbol}${twoDecimals(Math.abs(value))}`;
  switch (format) {
    case "plain":
      return String(value);
    case "localized":
      return value.toLocaleString();
    case "percent":
      return `${(value * 100).toLocaleString(undefined, { maximumFractionDigits: 2 })}%`;
    case "dollar":
      return money("$");
    case "euro":
      return money("€");
    case "yen":
      return `${value < 0 ? "-" : ""}¥${Math.round(Math.abs(value)).toLocaleString()}`;
    case "accounting":
      return value < 0 ? `(${twoDecimals(Math.abs(value))})` : twoDecimals(value);
    case "bytes":
      return bytes(value);
    case "compact":
      return new Intl.NumberFormat(undefined, { notation: "compact" }).format(value);
    case "scientific":
      return value.toExponential(4);
    case "engineering":
      return new Intl.NumberFormat(undefined, { notation: "engineering" }).format(value);
    default:
      return printf(value, format);
  }
}
