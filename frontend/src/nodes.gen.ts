// Generated from the node definitions in desk/elements by `python -m desk.elements.typescript`. Do not edit.

import { arrayOf, bool, literal, nullable, num, oneOf, optional, str, type NodeSpec } from "./utils/schema";

/** Small, muted markdown (st.caption). */
export interface CaptionProps {
  /** The markdown source. */
  body: string;
  /** True renders raw HTML in the body (sanitised); False shows it as text. */
  allow_html: boolean;
  /** Tooltip text (markdown) shown beside the element. */
  help: string | null;
  /** "stretch", "content", "auto" or a width in pixels. */
  width: string | number;
  /** "center", "right" or "justify"; absent for the default, left. */
  text_alignment?: string;
}

export const Caption: NodeSpec<CaptionProps> = {
  type: "Caption",
  schema: {
    body: str,
    allow_html: bool,
    help: nullable(str),
    width: oneOf(str, num),
    text_alignment: optional(str),
  },
};

/** A checkbox (st.checkbox). */
export interface CheckboxProps {
  /** The widget's label (markdown). */
  label: string;
  /** The widget's current value, in its wire form. */
  value: boolean;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value: boolean;
  /** The form the widget belongs to, or None. */
  form_id: string | null;
  /** The user's key, when the script gave one. */
  key?: string;
  /** Tooltip text (markdown) shown beside the label. */
  help: string | null;
  /** "visible", "hidden" (keeps the space) or "collapsed". */
  label_visibility: string;
  /** True greys the widget out and ignores input. */
  disabled: boolean;
  /** "content", "stretch" or a width in pixels. */
  width: string | number;
}

export const Checkbox: NodeSpec<CheckboxProps> = {
  type: "Checkbox",
  schema: {
    label: str,
    value: bool,
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    width: oneOf(str, num),
  },
};

/** A code block with syntax highlighting (st.code). */
export interface CodeProps {
  /** The code. */
  body: string;
  /** The language to highlight, or None for plain monospace text. */
  language: string | null;
  /** True numbers the lines. */
  line_numbers: boolean;
  /** True wraps long lines instead of scrolling. */
  wrap_lines: boolean;
  /** "content", "stretch" or a maximum height in pixels. */
  height: string | number;
  /** "stretch", "content" or a width in pixels. */
  width: string | number;
}

export const Code: NodeSpec<CodeProps> = {
  type: "Code",
  schema: {
    body: str,
    language: nullable(str),
    line_numbers: bool,
    wrap_lines: bool,
    height: oneOf(str, num),
    width: oneOf(str, num),
  },
};

/** A colour swatch that opens a picker (st.color_picker). */
export interface ColorPickerProps {
  /** The widget's label (markdown). */
  label: string;
  /** The widget's current value, in its wire form. */
  value: string;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value: boolean;
  /** The form the widget belongs to, or None. */
  form_id: string | null;
  /** The user's key, when the script gave one. */
  key?: string;
  /** Tooltip text (markdown) shown beside the label. */
  help: string | null;
  /** "visible", "hidden" (keeps the space) or "collapsed". */
  label_visibility: string;
  /** True greys the widget out and ignores input. */
  disabled: boolean;
  /** "content", "stretch" or a width in pixels. */
  width: string | number;
}

export const ColorPicker: NodeSpec<ColorPickerProps> = {
  type: "ColorPicker",
  schema: {
    label: str,
    value: str,
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    width: oneOf(str, num),
  },
};

/** A date box with a calendar, one date or a range (st.date_input). */
export interface DateInputProps {
  /** The widget's label (markdown). */
  label: string;
  /** The widget's current value, in its wire form. */
  value: string | string[] | null;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value: boolean;
  /** The form the widget belongs to, or None. */
  form_id: string | null;
  /** The user's key, when the script gave one. */
  key?: string;
  /** Tooltip text (markdown) shown beside the label. */
  help: string | null;
  /** "visible", "hidden" (keeps the space) or "collapsed". */
  label_visibility: string;
  /** True greys the widget out and ignores input. */
  disabled: boolean;
  /** The earliest date allowed (ISO 8601). */
  min_value: string;
  /** The latest date allowed (ISO 8601). */
  max_value: string;
  /** How the date is shown, e.g. "YYYY/MM/DD". */
  format: string;
  /** True for a range picker, whose value is a list of up to two dates. */
  is_range: boolean;
  /** "stretch" or a width in pixels. */
  width: string | number;
}

export const DateInput: NodeSpec<DateInputProps> = {
  type: "DateInput",
  schema: {
    label: str,
    value: nullable(oneOf(str, arrayOf(str))),
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    min_value: str,
    max_value: str,
    format: str,
    is_range: bool,
    width: oneOf(str, num),
  },
};

/** A date and time box (st.datetime_input). */
export interface DateTimeInputProps {
  /** The widget's label (markdown). */
  label: string;
  /** The widget's current value, in its wire form. */
  value: string | null;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value: boolean;
  /** The form the widget belongs to, or None. */
  form_id: string | null;
  /** The user's key, when the script gave one. */
  key?: string;
  /** Tooltip text (markdown) shown beside the label. */
  help: string | null;
  /** "visible", "hidden" (keeps the space) or "collapsed". */
  label_visibility: string;
  /** True greys the widget out and ignores input. */
  disabled: boolean;
  /** The earliest moment allowed (ISO 8601, to the minute). */
  min_value: string;
  /** The latest moment allowed (ISO 8601, to the minute). */
  max_value: string;
  /** How the date is shown, e.g. "YYYY/MM/DD". */
  format: string;
  /** The step between times, in seconds. */
  step: number;
  /** "stretch" or a width in pixels. */
  width: string | number;
}

export const DateTimeInput: NodeSpec<DateTimeInputProps> = {
  type: "DateTimeInput",
  schema: {
    label: str,
    value: nullable(str),
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    min_value: str,
    max_value: str,
    format: str,
    step: num,
    width: oneOf(str, num),
  },
};

/** A horizontal rule (st.divider). */
export interface DividerProps {
  /** "stretch" or a width in pixels. */
  width: string | number;
}

export const Divider: NodeSpec<DividerProps> = {
  type: "Divider",
  schema: {
    width: oneOf(str, num),
  },
};

/** Thumbs, faces or stars to rate something (st.feedback). */
export interface FeedbackProps {
  /** The widget's label (markdown). */
  label: string;
  /** The widget's current value, in its wire form. */
  value: number | null;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value: boolean;
  /** The form the widget belongs to, or None. */
  form_id: string | null;
  /** The user's key, when the script gave one. */
  key?: string;
  /** Which icons to show. */
  options: "thumbs" | "faces" | "stars";
  /** How many icons: 2 thumbs, 5 faces or 5 stars. */
  count: number;
  /** The index selected by default, or None. */
  default: number | null;
  /** True greys the icons out and ignores clicks. */
  disabled: boolean;
  /** "content", "stretch" or a width in pixels. */
  width: string | number;
}

export const Feedback: NodeSpec<FeedbackProps> = {
  type: "Feedback",
  schema: {
    label: str,
    value: nullable(num),
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    options: literal("thumbs", "faces", "stars"),
    count: num,
    default: nullable(num),
    disabled: bool,
    width: oneOf(str, num),
  },
};

/** A title, header or subheader (st.title, st.header, st.subheader). */
export interface HeadingProps {
  /** The heading's text (inline markdown). */
  body: string;
  /** 1 for a title, 2 for a header, 3 for a subheader. */
  level: number;
  /** The id the heading can be linked to with #anchor, or None for no link. */
  anchor: string | null;
  /** Tooltip text (markdown) shown beside the heading. */
  help: string | null;
  /** The colour of the line under the heading, or None for no line. */
  divider: string | null;
  /** "stretch", "content" or a width in pixels. */
  width: string | number;
  /** An emoji or ":material/name:" icon before the text. */
  icon?: string;
  /** "center", "right" or "justify"; absent for the default, left. */
  text_alignment?: string;
}

export const Heading: NodeSpec<HeadingProps> = {
  type: "Heading",
  schema: {
    body: str,
    level: num,
    anchor: nullable(str),
    help: nullable(str),
    divider: nullable(str),
    width: oneOf(str, num),
    icon: optional(str),
    text_alignment: optional(str),
  },
};

/** HTML inserted into the page, sanitised (st.html). */
export interface HtmlProps {
  /** The HTML. */
  body: string;
  /** Always True: the client sanitises the HTML. */
  sanitize: boolean;
  /** True when the script asked for `unsafe_allow_javascript`. */
  allow_javascript: boolean;
  /** "stretch", "content" or a width in pixels. */
  width: string | number;
}

export const Html: NodeSpec<HtmlProps> = {
  type: "Html",
  schema: {
    body: str,
    sanitize: bool,
    allow_javascript: bool,
    width: oneOf(str, num),
  },
};

/** An interactive JSON tree (st.json). */
export interface JsonProps {
  /** The JSON text. */
  body: string;
  /** True expands every level, False none, an int that many levels. */
  expanded: boolean | number;
  /** "stretch" or a width in pixels. */
  width: string | number;
}

export const Json: NodeSpec<JsonProps> = {
  type: "Json",
  schema: {
    body: str,
    expanded: oneOf(bool, num),
    width: oneOf(str, num),
  },
};

/** A LaTeX formula rendered with KaTeX (st.latex). */
export interface LatexProps {
  /** The LaTeX source. */
  body: string;
  /** Tooltip text (markdown) shown beside the formula. */
  help: string | null;
  /** "stretch", "content" or a width in pixels. */
  width: string | number;
}

export const Latex: NodeSpec<LatexProps> = {
  type: "Latex",
  schema: {
    body: str,
    help: nullable(str),
    width: oneOf(str, num),
  },
};

/** GitHub-flavoured markdown (st.markdown). */
export interface MarkdownProps {
  /** The markdown source. */
  body: string;
  /** True renders raw HTML in the body (sanitised); False shows it as text. */
  allow_html: boolean;
  /** Tooltip text (markdown) shown beside the element. */
  help: string | null;
  /** "stretch", "content", "auto" or a width in pixels. */
  width: string | number;
  /** "center", "right" or "justify"; absent for the default, left. */
  text_alignment?: string;
}

export const Markdown: NodeSpec<MarkdownProps> = {
  type: "Markdown",
  schema: {
    body: str,
    allow_html: bool,
    help: nullable(str),
    width: oneOf(str, num),
    text_alignment: optional(str),
  },
};

/** A list of options, any number selected (st.multiselect). */
export interface MultiselectProps {
  /** The widget's label (markdown). */
  label: string;
  /** The widget's current value, in its wire form. */
  value: (number | string)[];
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value: boolean;
  /** The form the widget belongs to, or None. */
  form_id: string | null;
  /** The user's key, when the script gave one. */
  key?: string;
  /** Tooltip text (markdown) shown beside the label. */
  help: string | null;
  /** "visible", "hidden" (keeps the space) or "collapsed". */
  label_visibility: string;
  /** True greys the widget out and ignores input. */
  disabled: boolean;
  /** The options as the user sees them (formatted). */
  options: string[];
  /** The indices of the options selected by default. */
  default: number[];
  /** The most options that can be selected, or None for no limit. */
  max_selections: number | null;
  /** Text shown while nothing is selected. */
  placeholder: string;
  /** True lets the user type options that are not in the list. */
  accept_new_options: boolean;
  /** "stretch" or a width in pixels. */
  width: string | number;
}

export const Multiselect: NodeSpec<MultiselectProps> = {
  type: "Multiselect",
  schema: {
    label: str,
    value: arrayOf(oneOf(num, str)),
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    options: arrayOf(str),
    default: arrayOf(num),
    max_selections: nullable(num),
    placeholder: str,
    accept_new_options: bool,
    width: oneOf(str, num),
  },
};

/** A number box with - and + buttons (st.number_input). */
export interface NumberInputProps {
  /** The widget's label (markdown). */
  label: string;
  /** The widget's current value, in its wire form. */
  value: number | null;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value: boolean;
  /** The form the widget belongs to, or None. */
  form_id: string | null;
  /** The user's key, when the script gave one. */
  key?: string;
  /** Tooltip text (markdown) shown beside the label. */
  help: string | null;
  /** "visible", "hidden" (keeps the space) or "collapsed". */
  label_visibility: string;
  /** True greys the widget out and ignores input. */
  disabled: boolean;
  /** Whether the value is an int or a float. */
  data_type: "int" | "float";
  /** The lowest value allowed, or None for no limit. */
  min_value: number | null;
  /** The highest value allowed, or None for no limit. */
  max_value: number | null;
  /** What - and + add or subtract. */
  step: number;
  /** A printf-style format for the value, e.g. "%0.2f". */
  format: string;
  /** Text shown while the box is empty. */
  placeholder: string | null;
  /** An emoji or ":material/name:" icon inside the box. */
  icon: string | null;
  /** "stretch" or a width in pixels. */
  width: string | number;
}

export const NumberInput: NodeSpec<NumberInputProps> = {
  type: "NumberInput",
  schema: {
    label: str,
    value: nullable(num),
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    data_type: literal("int", "float"),
    min_value: nullable(num),
    max_value: nullable(num),
    step: num,
    format: str,
    placeholder: nullable(str),
    icon: nullable(str),
    width: oneOf(str, num),
  },
};

/** A row of pill buttons, one or several selected (st.pills). */
export interface PillsProps {
  /** The widget's label (markdown). */
  label: string;
  /** The widget's current value, in its wire form. */
  value: number | string | (number | string)[] | null;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value: boolean;
  /** The form the widget belongs to, or None. */
  form_id: string | null;
  /** The user's key, when the script gave one. */
  key?: string;
  /** Tooltip text (markdown) shown beside the label. */
  help: string | null;
  /** "visible", "hidden" (keeps the space) or "collapsed". */
  label_visibility: string;
  /** True greys the widget out and ignores input. */
  disabled: boolean;
  /** The options as the user sees them (formatted). */
  options: string[];
  /** The indices of the options selected by default. */
  default: number[];
  /** Whether one or several options can be selected. */
  selection_mode: "single" | "multi";
  /** True when `selection_mode` is "multi". */
  multi: boolean;
  /** "content", "stretch" or a width in pixels. */
  width: string | number;
}

export const Pills: NodeSpec<PillsProps> = {
  type: "Pills",
  schema: {
    label: str,
    value: nullable(oneOf(num, str, arrayOf(oneOf(num, str)))),
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    options: arrayOf(str),
    default: arrayOf(num),
    selection_mode: literal("single", "multi"),
    multi: bool,
    width: oneOf(str, num),
  },
};

/** Radio buttons, one option selected (st.radio). */
export interface RadioProps {
  /** The widget's label (markdown). */
  label: string;
  /** The widget's current value, in its wire form. */
  value: number | string | null;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value: boolean;
  /** The form the widget belongs to, or None. */
  form_id: string | null;
  /** The user's key, when the script gave one. */
  key?: string;
  /** Tooltip text (markdown) shown beside the label. */
  help: string | null;
  /** "visible", "hidden" (keeps the space) or "collapsed". */
  label_visibility: string;
  /** True greys the widget out and ignores input. */
  disabled: boolean;
  /** The options as the user sees them (formatted). */
  options: string[];
  /** The option selected by default, or None. */
  index: number | null;
  /** True lays the options out in a row. */
  horizontal: boolean;
  /** A caption (markdown) under each option, or None. */
  captions: string[] | null;
  /** "content", "stretch" or a width in pixels. */
  width: string | number;
}

export const Radio: NodeSpec<RadioProps> = {
  type: "Radio",
  schema: {
    label: str,
    value: nullable(oneOf(num, str)),
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    options: arrayOf(str),
    index: nullable(num),
    horizontal: bool,
    captions: nullable(arrayOf(str)),
    width: oneOf(str, num),
  },
};

/** A segmented button bar, one or several selected (st.segmented_control). */
export interface SegmentedControlProps {
  /** The widget's label (markdown). */
  label: string;
  /** The widget's current value, in its wire form. */
  value: number | string | (number | string)[] | null;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value: boolean;
  /** The form the widget belongs to, or None. */
  form_id: string | null;
  /** The user's key, when the script gave one. */
  key?: string;
  /** Tooltip text (markdown) shown beside the label. */
  help: string | null;
  /** "visible", "hidden" (keeps the space) or "collapsed". */
  label_visibility: string;
  /** True greys the widget out and ignores input. */
  disabled: boolean;
  /** The options as the user sees them (formatted). */
  options: string[];
  /** The indices of the options selected by default. */
  default: number[];
  /** Whether one or several options can be selected. */
  selection_mode: "single" | "multi";
  /** True when `selection_mode` is "multi". */
  multi: boolean;
  /** "content", "stretch" or a width in pixels. */
  width: string | number;
}

export const SegmentedControl: NodeSpec<SegmentedControlProps> = {
  type: "SegmentedControl",
  schema: {
    label: str,
    value: nullable(oneOf(num, str, arrayOf(oneOf(num, str)))),
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    options: arrayOf(str),
    default: arrayOf(num),
    selection_mode: literal("single", "multi"),
    multi: bool,
    width: oneOf(str, num),
  },
};

/** A slider over a list of options (st.select_slider). */
export interface SelectSliderProps {
  /** The widget's label (markdown). */
  label: string;
  /** The widget's current value, in its wire form. */
  value: number | number[];
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value: boolean;
  /** The form the widget belongs to, or None. */
  form_id: string | null;
  /** The user's key, when the script gave one. */
  key?: string;
  /** Tooltip text (markdown) shown beside the label. */
  help: string | null;
  /** "visible", "hidden" (keeps the space) or "collapsed". */
  label_visibility: string;
  /** True greys the widget out and ignores input. */
  disabled: boolean;
  /** The options as the user sees them (formatted). */
  options: string[];
  /** True for a range slider, whose value is a [low, high] pair of indices. */
  is_range: boolean;
  /** "stretch" or a width in pixels. */
  width: string | number;
}

export const SelectSlider: NodeSpec<SelectSliderProps> = {
  type: "SelectSlider",
  schema: {
    label: str,
    value: oneOf(num, arrayOf(num)),
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    options: arrayOf(str),
    is_range: bool,
    width: oneOf(str, num),
  },
};

/** A drop-down list, one option selected (st.selectbox). */
export interface SelectboxProps {
  /** The widget's label (markdown). */
  label: string;
  /** The widget's current value, in its wire form. */
  value: number | string | null;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value: boolean;
  /** The form the widget belongs to, or None. */
  form_id: string | null;
  /** The user's key, when the script gave one. */
  key?: string;
  /** Tooltip text (markdown) shown beside the label. */
  help: string | null;
  /** "visible", "hidden" (keeps the space) or "collapsed". */
  label_visibility: string;
  /** True greys the widget out and ignores input. */
  disabled: boolean;
  /** The options as the user sees them (formatted). */
  options: string[];
  /** The option selected by default, or None. */
  index: number | null;
  /** Text shown while nothing is selected. */
  placeholder: string;
  /** True lets the user type an option that is not in the list. */
  accept_new_options: boolean;
  /** "stretch" or a width in pixels. */
  width: string | number;
}

export const Selectbox: NodeSpec<SelectboxProps> = {
  type: "Selectbox",
  schema: {
    label: str,
    value: nullable(oneOf(num, str)),
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    options: arrayOf(str),
    index: nullable(num),
    placeholder: str,
    accept_new_options: bool,
    width: oneOf(str, num),
  },
};

/** A slider over numbers, or dates and times as milliseconds since the epoch (st.slider). */
export interface SliderProps {
  /** The widget's label (markdown). */
  label: string;
  /** The widget's current value, in its wire form. */
  value: number | number[];
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value: boolean;
  /** The form the widget belongs to, or None. */
  form_id: string | null;
  /** The user's key, when the script gave one. */
  key?: string;
  /** Tooltip text (markdown) shown beside the label. */
  help: string | null;
  /** "visible", "hidden" (keeps the space) or "collapsed". */
  label_visibility: string;
  /** True greys the widget out and ignores input. */
  disabled: boolean;
  /** What the numbers stand for: ints, floats, or a date, time or datetime in milliseconds (UTC). */
  data_type: "int" | "float" | "date" | "time" | "datetime";
  /** The lowest value, in the wire's units. */
  min_value: number;
  /** The highest value, in the wire's units. */
  max_value: number;
  /** The distance between two values, in the wire's units. */
  step: number;
  /** A printf-style format for numbers, or a strftime-style one for dates and times. */
  format: string;
  /** True for a range slider, whose value is a [low, high] pair. */
  is_range: boolean;
  /** "stretch" or a width in pixels. */
  width: string | number;
}

export const Slider: NodeSpec<SliderProps> = {
  type: "Slider",
  schema: {
    label: str,
    value: oneOf(num, arrayOf(num)),
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    data_type: literal("int", "float", "date", "time", "datetime"),
    min_value: num,
    max_value: num,
    step: num,
    format: str,
    is_range: bool,
    width: oneOf(str, num),
  },
};

/** Fixed-width, preformatted text (st.text). */
export interface TextProps {
  /** The text. */
  body: string;
  /** Tooltip text (markdown) shown beside the text. */
  help: string | null;
  /** "content", "stretch" or a width in pixels. */
  width: string | number;
  /** "center", "right" or "justify"; absent for the default, left. */
  text_alignment?: string;
}

export const Text: NodeSpec<TextProps> = {
  type: "Text",
  schema: {
    body: str,
    help: nullable(str),
    width: oneOf(str, num),
    text_alignment: optional(str),
  },
};

/** A multi-line text box (st.text_area). */
export interface TextAreaProps {
  /** The widget's label (markdown). */
  label: string;
  /** The widget's current value, in its wire form. */
  value: string | null;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value: boolean;
  /** The form the widget belongs to, or None. */
  form_id: string | null;
  /** The user's key, when the script gave one. */
  key?: string;
  /** Tooltip text (markdown) shown beside the label. */
  help: string | null;
  /** "visible", "hidden" (keeps the space) or "collapsed". */
  label_visibility: string;
  /** True greys the widget out and ignores input. */
  disabled: boolean;
  /** "content", "stretch", a height in pixels, or None for three lines. */
  height: string | number | null;
  /** The most characters the box accepts, or None for no limit. */
  max_chars: number | null;
  /** Text shown while the box is empty. */
  placeholder: string;
  /** "stretch" or a width in pixels. */
  width: string | number;
}

export const TextArea: NodeSpec<TextAreaProps> = {
  type: "TextArea",
  schema: {
    label: str,
    value: nullable(str),
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    height: nullable(oneOf(str, num)),
    max_chars: nullable(num),
    placeholder: str,
    width: oneOf(str, num),
  },
};

/** A single-line text box (st.text_input). */
export interface TextInputProps {
  /** The widget's label (markdown). */
  label: string;
  /** The widget's current value, in its wire form. */
  value: string | null;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value: boolean;
  /** The form the widget belongs to, or None. */
  form_id: string | null;
  /** The user's key, when the script gave one. */
  key?: string;
  /** Tooltip text (markdown) shown beside the label. */
  help: string | null;
  /** "visible", "hidden" (keeps the space) or "collapsed". */
  label_visibility: string;
  /** True greys the widget out and ignores input. */
  disabled: boolean;
  /** The most characters the box accepts, or None for no limit. */
  max_chars: number | null;
  /** "password" masks the text. */
  type: "default" | "password";
  /** The HTML autocomplete attribute ("" lets the browser decide). */
  autocomplete: string;
  /** Text shown while the box is empty. */
  placeholder: string;
  /** An emoji or ":material/name:" icon inside the box. */
  icon: string | null;
  /** "stretch" or a width in pixels. */
  width: string | number;
}

export const TextInput: NodeSpec<TextInputProps> = {
  type: "TextInput",
  schema: {
    label: str,
    value: nullable(str),
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    max_chars: nullable(num),
    type: literal("default", "password"),
    autocomplete: str,
    placeholder: str,
    icon: nullable(str),
    width: oneOf(str, num),
  },
};

/** A time box (st.time_input). */
export interface TimeInputProps {
  /** The widget's label (markdown). */
  label: string;
  /** The widget's current value, in its wire form. */
  value: string | null;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value: boolean;
  /** The form the widget belongs to, or None. */
  form_id: string | null;
  /** The user's key, when the script gave one. */
  key?: string;
  /** Tooltip text (markdown) shown beside the label. */
  help: string | null;
  /** "visible", "hidden" (keeps the space) or "collapsed". */
  label_visibility: string;
  /** True greys the widget out and ignores input. */
  disabled: boolean;
  /** The step between times, in seconds. */
  step: number;
  /** "stretch" or a width in pixels. */
  width: string | number;
}

export const TimeInput: NodeSpec<TimeInputProps> = {
  type: "TimeInput",
  schema: {
    label: str,
    value: nullable(str),
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    step: num,
    width: oneOf(str, num),
  },
};

/** A toggle switch (st.toggle). */
export interface ToggleProps {
  /** The widget's label (markdown). */
  label: string;
  /** The widget's current value, in its wire form. */
  value: boolean;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value: boolean;
  /** The form the widget belongs to, or None. */
  form_id: string | null;
  /** The user's key, when the script gave one. */
  key?: string;
  /** Tooltip text (markdown) shown beside the label. */
  help: string | null;
  /** "visible", "hidden" (keeps the space) or "collapsed". */
  label_visibility: string;
  /** True greys the widget out and ignores input. */
  disabled: boolean;
  /** "content", "stretch" or a width in pixels. */
  width: string | number;
}

export const Toggle: NodeSpec<ToggleProps> = {
  type: "Toggle",
  schema: {
    label: str,
    value: bool,
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    width: oneOf(str, num),
  },
};

/** Every node type with a definition. */
export const NODE_TYPES = [
  "Caption",
  "Checkbox",
  "Code",
  "ColorPicker",
  "DateInput",
  "DateTimeInput",
  "Divider",
  "Feedback",
  "Heading",
  "Html",
  "Json",
  "Latex",
  "Markdown",
  "Multiselect",
  "NumberInput",
  "Pills",
  "Radio",
  "SegmentedControl",
  "SelectSlider",
  "Selectbox",
  "Slider",
  "Text",
  "TextArea",
  "TextInput",
  "TimeInput",
  "Toggle",
] as const;
