// Dates as st.date_input(format=...) shows them: "YYYY/MM/DD", "DD.MM.YYYY", "MM-DD-YYYY"... (the
// server accepts YYYY, MM and DD in one of three orders, with one separator "/", "." or "-").
// The wire value is always ISO ("YYYY-MM-DD"); these turn one into the other.

import { parseTime } from "./timeFormat";

type Part = "YYYY" | "MM" | "DD";

function layout(format: string): { order: Part[]; separator: string } {
  const separator = /[/.-]/.exec(format)?.[0] ?? "/";
  const order = format.split(separator).filter((p): p is Part => p === "YYYY" || p === "MM" || p === "DD");
  return order.length === 3 ? { order, separator } : { order: ["YYYY", "MM", "DD"], separator: "/" };
}

/** The ISO wire date ("2024-05-17") written in `format` ("YYYY/MM/DD" gives "2024/05/17"). */
export function formatDate(iso: string, format: string): string {
  const [year = "", month = "", day = ""] = iso.split("-");
  const parts: Record<Part, string> = { YYYY: year, MM: month, DD: day };
  const { order, separator } = layout(format);
  return order.map((p) => parts[p]).join(separator);
}

/**
 * What a user typed as an ISO date, or null when it is not a date. The parts are read in the
 * format's order, with any of "/", "." "-" or spaces between them; an ISO date is always understood.
 */
export function parseDate(text: string, format: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const pieces = iso ? [iso[1], iso[2], iso[3]] : trimmed.split(/\s*[/.\-\s]\s*/);
  if (pieces.length !== 3 || pieces.some((p) => !/^\d+$/.test(p ?? ""))) return null;
  const order: Part[] = iso ? ["YYYY", "MM", "DD"] : layout(format).order;
  const value: Record<Part, number> = { YYYY: 0, MM: 0, DD: 0 };
  order.forEach((part, i) => (value[part] = Number(pieces[i])));
  const { YYYY: year, MM: month, DD: day } = value;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null; // day 0 of the next month: this month's last
  const two = (n: number) => String(n).padStart(2, "0");
  return `${String(year).padStart(4, "0")}-${two(month)}-${two(day)}`;
}

/** An ISO date and time ("2024-05-17T14:30[:15]") as st.datetime_input shows it: "2024/05/17, 14:30". */
export function formatDateTime(iso: string, format: string): string {
  const [date = "", time = ""] = iso.split("T");
  return `${formatDate(date, format)}, ${time}`;
}

/**
 * What a user typed as an ISO date and time, or null: the date in the format's order, then a comma,
 * "T" or spaces, then a time in 24-hour or 12-hour form ("2024/05/17, 14:30", "17.05.2024 2:30 pm").
 */
export function parseDateTime(text: string, format: string): string | null {
  const match = /^\s*(.+?)(?:\s*[,T]\s*|\s+)(\d{1,2}(?::\d{2}){0,2}\s*(?:[ap]\.?\s*m?\.?)?)\s*$/i.exec(text);
  if (match === null) return null;
  const date = parseDate(match[1] ?? "", format);
  const time = parseTime(match[2] ?? "");
  return date !== null && time !== null ? `${date}T${time}` : null;
}
