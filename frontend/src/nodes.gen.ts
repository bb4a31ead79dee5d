// Generated from the node definitions in desk/elements by `python -m desk.elements.typescript`. Do not edit.

import type { BinaryRef } from "./protocol.gen";
import { any, arrayOf, binaryRef, bool, literal, nullable, num, obj, oneOf, optional, shape, str, type NodeSpec } from "./utils/schema";

/** A column of an Arrow table: its name and type. */
export interface ArrowField {
  /** The column's name. */
  name: string;
  /** Its Arrow type, as pyarrow spells it ("int64", "timestamp[ns]"...). */
  type: string;
}

/** How one column looks and edits: what each st.column_config function returns. */
export interface ColumnConfig {
  /** The column's header, or None for its name. */
  label?: string | null;
  /** "small", "medium", "large", a width in pixels, or None for the grid's choice. */
  width?: string | number | null;
  /** Tooltip text (markdown) on the column's header. */
  help?: string | null;
  /** True leaves the column out (a column_config value of None). */
  hidden?: boolean;
  /** True makes the column read-only in st.data_editor. */
  disabled?: boolean | null;
  /** True makes st.data_editor refuse an empty cell in the column. */
  required?: boolean | null;
  /** The value of the column in a row added in st.data_editor. */
  default?: unknown;
  /** True keeps the column in view when the grid scrolls sideways. */
  pinned?: boolean | null;
  /** The column type's own settings: "type" ("number", "link"...) and its options. */
  type_config?: Record<string, unknown>;
  /** "left", "center" or "right" for the cells; absent: by the column's type (numbers right). */
  alignment?: string;
}

/** What a pandas Styler shows: each cell's text, the CSS of styled cells, and a caption. */
export interface StyledCells {
  /** The text of each data cell, row by row. */
  display_values: string[][];
  /** "row,column" (positions among the data cells) -> CSS declarations. */
  styles: Record<string, string>;
  /** The Styler's caption, or None. */
  caption: string | null;
}

/** A data editor's value: the edits made to the data, by row position. */
export interface DataEditorEdits {
  /** Row position in the data (as text) -> column name -> new value. */
  edited_rows: Record<string, Record<string, unknown>>;
  /** Rows added after the data: column name ("_index" for the index) -> value. */
  added_rows: Record<string, unknown>[];
  /** Positions of the deleted rows in the data, ascending. */
  deleted_rows: number[];
}

/** The rows, columns and cells selected in a dataframe. */
export interface GridSelection {
  /** Positions of the selected rows in the data. */
  rows: number[];
  /** Names of the selected columns. */
  columns: string[];
  /** The selected cells, each a [row position, column name] pair. */
  cells: ((number | string)[])[];
}

/** A selectable dataframe's value: what the user selected. */
export interface DataframeSelection {
  /** The selected rows, columns and cells. */
  selection: GridSelection;
}

/** One public attribute listed by st.help. */
export interface HelpMember {
  /** The attribute's name. */
  name: string;
  /** Its type's qualified name. */
  type: string;
  /** The first paragraph of its docstring, or None. */
  doc: string | null;
  /** A short repr of its value, for plain values; None for documented things. */
  value: string | null;
}

/** One image: a URL, or bytes that travel beside the node. */
export interface MediaItem {
  /** A URL or data URI. */
  src?: string;
  /** The image's bytes. */
  payload?: BinaryRef;
  /** The caption under the image (st.image). */
  caption?: string | null;
  /** The image's accessible name (alt); "" marks it decorative. Absent: no name. */
  alt?: string;
  /** An emoji or ":material/name:" icon instead of an image (st.logo). */
  icon?: string;
}

/** A subtitle track of a video, as WebVTT. */
export interface SubtitleTrack {
  /** The track's name in the player's menu. */
  label: string;
  /** The WebVTT text. */
  payload: BinaryRef;
}

/** A coloured message box (st.error, st.warning, st.info, st.success). */
export interface AlertProps {
  /** Which alert: its colour and default icon. */
  kind: "error" | "warning" | "info" | "success";
  /** The message (markdown). */
  body: string;
  /** An emoji or ":material/name:" icon, or None for the kind's own. */
  icon: string | null;
  /** "stretch" or a width in pixels. */
  width: string | number;
  /** A bold first line, when given. */
  title?: string;
}

export const Alert: NodeSpec<AlertProps> = {
  type: "Alert",
  schema: {
    kind: literal("error", "warning", "info", "success"),
    body: str,
    icon: nullable(str),
    width: oneOf(str, num),
    title: optional(str),
  },
};

/** An audio player (st.audio). */
export interface AudioProps {
  /** The media type, e.g. "audio/wav". */
  format: string;
  /** Where playing starts, in seconds. */
  start_time: number;
  /** Where playing stops, in seconds, or None for the end. */
  end_time: number | null;
  /** True plays the clip again when it ends. */
  loop: boolean;
  /** True starts playing at once. */
  autoplay: boolean;
  /** "stretch" or a width in pixels. */
  width: string | number;
  /** The player's accessible name (alt), when the script gave one. */
  alt?: string;
  /** A URL, when the audio is not sent as bytes. */
  src?: string;
  /** The audio's bytes, when it has no URL (streamed from /media). */
  payload?: BinaryRef;
}

export const Audio: NodeSpec<AudioProps> = {
  type: "Audio",
  sizesItself: true,
  schema: {
    format: str,
    start_time: num,
    end_time: nullable(num),
    loop: bool,
    autoplay: bool,
    width: oneOf(str, num),
    alt: optional(str),
    src: optional(str),
    payload: optional(binaryRef),
  },
};

/** A microphone recording, uploaded as a WAV file (st.audio_input). */
export interface AudioInputProps {
  /** The widget's label (markdown). */
  label: string;
  /** The widget's current value, in its wire form. */
  value: string[];
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value: boolean;
  /** The form the widget belongs to, or None. */
  form_id: string | null;
  /** The user's key, when the script gave one. */
  key?: string;
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
  /** Tooltip text (markdown) shown beside the label. */
  help: string | null;
  /** "visible", "hidden" (keeps the space) or "collapsed". */
  label_visibility: string;
  /** True greys the widget out and ignores input. */
  disabled: boolean;
  /** The accepted extensions (".csv") or media types, or None for any file. */
  type: string[] | null;
  /** True takes several files, "directory" a whole folder, False one file. */
  accept_multiple_files: boolean | string;
  /** "stretch" or a width in pixels. */
  width: string | number;
  /** max_upload_size=: the most megabytes a file may have; absent: the server's limit (server.maxUploadSize). */
  max_upload_mb?: number;
  /** The recording's sample rate in Hz, or None for the microphone's own. */
  sample_rate: number | null;
}

export const AudioInput: NodeSpec<AudioInputProps> = {
  type: "AudioInput",
  schema: {
    label: str,
    value: arrayOf(str),
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    required: optional(bool),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    type: nullable(arrayOf(str)),
    accept_multiple_files: oneOf(bool, str),
    width: oneOf(str, num),
    max_upload_mb: optional(num),
    sample_rate: nullable(num),
  },
};

/** A small coloured label (st.badge). */
export interface BadgeProps {
  /** The badge's text (markdown). */
  label: string;
  /** An emoji or ":material/name:" icon before the text. */
  icon: string | null;
  /** "blue", "green", "orange", "red", "violet", "yellow", "gray" or "primary". */
  color: string;
  /** Tooltip text (markdown). */
  help: string | null;
  /** "content", "stretch" or a width in pixels. */
  width: string | number;
}

export const Badge: NodeSpec<BadgeProps> = {
  type: "Badge",
  schema: {
    label: str,
    icon: nullable(str),
    color: str,
    help: nullable(str),
    width: oneOf(str, num),
  },
};

/** Balloons float up the page once (st.balloons). */
export interface BalloonsProps {
  /** New for every call, so that the animation plays again. */
  nonce: string;
}

export const Balloons: NodeSpec<BalloonsProps> = {
  type: "Balloons",
  schema: {
    nonce: str,
  },
};

/** One instance of a st.components.v2 component; its value is the dict of state values. */
export interface BidiComponentProps {
  /** The widget's label (markdown). */
  label: string;
  /** The widget's current value, in its wire form. */
  value: unknown;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value: boolean;
  /** The form the widget belongs to, or None. */
  form_id: string | null;
  /** The user's key, when the script gave one. */
  key?: string;
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
  /** The name given to st.components.v2.component. */
  component_name: string;
  /** The component's HTML, mounted as it is (trusted code). */
  html: string;
  /** The component's CSS, in a style element beside the HTML. */
  css: string;
  /** The component's JavaScript module; its default export is called with the component's arguments. */
  js: string;
  /** Where the page imports the module from instead, when it is a file of the package's asset_dir. */
  js_url?: string;
  /** Where the page loads the CSS from instead, when it is a file of the package's asset_dir. */
  css_url?: string;
  /** True mounts the HTML and CSS in a shadow root, so styles stay inside. */
  isolate_styles: boolean;
  /** The mount's data= as JSON, where raw bytes and tables (Arrow IPC) are binary payloads. */
  data: unknown;
  /** "stretch", "content" or a number of pixels. */
  width: string | number;
  /** "content", "stretch" or a number of pixels (the content scrolls beyond it). */
  height: string | number;
  /** The widget id the page sends trigger values to (Trigger{value: {name: value}}). */
  trigger_id: string;
}

export const BidiComponent: NodeSpec<BidiComponentProps> = {
  type: "BidiComponent",
  schema: {
    label: str,
    value: any,
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    required: optional(bool),
    component_name: str,
    html: str,
    css: str,
    js: str,
    js_url: optional(str),
    css_url: optional(str),
    isolate_styles: bool,
    data: any,
    width: oneOf(str, num),
    height: oneOf(str, num),
    trigger_id: str,
  },
};

/** A Bokeh figure (st.bokeh_chart). */
export interface BokehChartProps {
  /** The figure as Bokeh's JSON item. */
  figure: Record<string, unknown>;
  /** True stretches the figure to its container. */
  use_container_width: boolean;
}

export const BokehChart: NodeSpec<BokehChartProps> = {
  type: "BokehChart",
  sizesItself: true,
  schema: {
    figure: obj,
    use_container_width: bool,
  },
};

/** A button; its value is True in the run right after a click (st.button). */
export interface ButtonProps {
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
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
  /** Tooltip text (markdown) of the button. */
  help: string | null;
  /** "primary", "secondary" or "tertiary": how prominent the button is. */
  type: string;
  /** An emoji or ":material/name:" icon before the label. */
  icon: string | null;
  /** True greys the button out and ignores clicks. */
  disabled: boolean;
  /** True stretches the button to the width of its container. */
  use_container_width: boolean;
  /** "content", "stretch" or a width in pixels. */
  width: string | number;
  /** A keyboard shortcut that clicks it, e.g. "Ctrl+K", or None. */
  shortcut: string | null;
  /** True wraps the label onto more lines, False keeps one line with an ellipsis; absent: by layout. */
  wrap?: boolean;
  /** "right" puts the icon after the label; absent: before it. */
  icon_position?: string;
}

export const Button: NodeSpec<ButtonProps> = {
  type: "Button",
  schema: {
    label: str,
    value: bool,
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    required: optional(bool),
    help: nullable(str),
    type: str,
    icon: nullable(str),
    disabled: bool,
    use_container_width: bool,
    width: oneOf(str, num),
    shortcut: nullable(str),
    wrap: optional(bool),
    icon_position: optional(str),
  },
};

/** A camera snapshot, uploaded as a JPEG file (st.camera_input). */
export interface CameraInputProps {
  /** The widget's label (markdown). */
  label: string;
  /** The widget's current value, in its wire form. */
  value: string[];
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value: boolean;
  /** The form the widget belongs to, or None. */
  form_id: string | null;
  /** The user's key, when the script gave one. */
  key?: string;
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
  /** Tooltip text (markdown) shown beside the label. */
  help: string | null;
  /** "visible", "hidden" (keeps the space) or "collapsed". */
  label_visibility: string;
  /** True greys the widget out and ignores input. */
  disabled: boolean;
  /** The accepted extensions (".csv") or media types, or None for any file. */
  type: string[] | null;
  /** True takes several files, "directory" a whole folder, False one file. */
  accept_multiple_files: boolean | string;
  /** "stretch" or a width in pixels. */
  width: string | number;
  /** max_upload_size=: the most megabytes a file may have; absent: the server's limit (server.maxUploadSize). */
  max_upload_mb?: number;
  /** "480p", "720p" or "1080p": the picture height asked of the camera; absent: by the widget's size. */
  resolution?: string;
}

export const CameraInput: NodeSpec<CameraInputProps> = {
  type: "CameraInput",
  schema: {
    label: str,
    value: arrayOf(str),
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    required: optional(bool),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    type: nullable(arrayOf(str)),
    accept_multiple_files: oneOf(bool, str),
    width: oneOf(str, num),
    max_upload_mb: optional(num),
    resolution: optional(str),
  },
};

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
  /** False keeps the text on one line, cut with an ellipsis; absent: it wraps. */
  wrap?: boolean;
  /** st.markdown: False draws its headings without the link icon shown on hover (they keep their ids). */
  anchors?: boolean;
}

export const Caption: NodeSpec<CaptionProps> = {
  type: "Caption",
  schema: {
    body: str,
    allow_html: bool,
    help: nullable(str),
    width: oneOf(str, num),
    text_alignment: optional(str),
    wrap: optional(bool),
    anchors: optional(bool),
  },
};

/** A chat text box, pinned to the bottom of the page in the main area (st.chat_input). */
export interface ChatInputProps {
  /** The widget's label (markdown). */
  label: string;
  /** The widget's current value, in its wire form. */
  value: string | Record<string, unknown> | null;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value: boolean;
  /** The form the widget belongs to, or None. */
  form_id: string | null;
  /** The user's key, when the script gave one. */
  key?: string;
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
  /** Text shown while the box is empty. */
  placeholder: string;
  /** The most characters a message may have, or None for no limit. */
  max_chars: number | null;
  /** True greys the box out. */
  disabled: boolean;
  /** "stretch" or a width in pixels. */
  width: string | number;
  /** False, True, "multiple" or "directory": which files a message may carry. */
  accept_file: boolean | string;
  /** The accepted extensions or media types of attached files, or None for any. */
  file_type: string[] | null;
  /** True shows a microphone button whose recording is sent with the message. */
  accept_audio?: boolean;
  /** The recording's sample rate in Hz, or None for the browser's own (sent with accept_audio). */
  audio_sample_rate?: number;
  /** After a submit, until the run ends: "disable" greys the box out, "stop" also turns Send into Stop; absent: stays usable. */
  submit_mode?: string;
  /** "stretch" fills the parent's height, pixels set a least height; absent: one line that grows with the text. */
  height?: string | number;
  /** max_upload_size=: the most megabytes an attached file may have; absent: the server's limit. */
  max_upload_mb?: number;
}

export const ChatInput: NodeSpec<ChatInputProps> = {
  type: "ChatInput",
  sizesItself: true,
  schema: {
    label: str,
    value: nullable(oneOf(str, obj)),
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    required: optional(bool),
    placeholder: str,
    max_chars: nullable(num),
    disabled: bool,
    width: oneOf(str, num),
    accept_file: oneOf(bool, str),
    file_type: nullable(arrayOf(str)),
    accept_audio: optional(bool),
    audio_sample_rate: optional(num),
    submit_mode: optional(str),
    height: optional(oneOf(str, num)),
    max_upload_mb: optional(num),
  },
};

/** A chat message block with its avatar (st.chat_message). */
export interface ChatMessageProps {
  /** Who speaks: "user" and "assistant" get their own avatars. */
  name: string;
  /** An icon name, an emoji, an initial, an image URL, or the image's bytes. */
  avatar: string | BinaryRef;
  /** "icon", "emoji", "initial" or "image": how to draw `avatar`. */
  avatar_type: string;
  /** "stretch" or a width in pixels. */
  width: string | number;
}

export const ChatMessage: NodeSpec<ChatMessageProps> = {
  type: "ChatMessage",
  schema: {
    name: str,
    avatar: oneOf(str, binaryRef),
    avatar_type: str,
    width: oneOf(str, num),
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
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
  /** Tooltip text (markdown) shown beside the label. */
  help: string | null;
  /** "visible", "hidden" (keeps the space) or "collapsed". */
  label_visibility: string;
  /** True greys the widget out and ignores input. */
  disabled: boolean;
  /** "content", "stretch" or a width in pixels. */
  width: string | number;
  /** True wraps the label onto more lines, False keeps one line with an ellipsis; absent: by layout. */
  wrap?: boolean;
}

export const Checkbox: NodeSpec<CheckboxProps> = {
  type: "Checkbox",
  schema: {
    label: str,
    value: bool,
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    required: optional(bool),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    width: oneOf(str, num),
    wrap: optional(bool),
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
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
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
    required: optional(bool),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    width: oneOf(str, num),
  },
};

/** One column of a row (st.columns). */
export interface ColumnProps {
  /** The column's share of the row's width, from 0 to 1. */
  weight: number;
  /** True draws a border around the column. */
  border: boolean;
}

export const Column: NodeSpec<ColumnProps> = {
  type: "Column",
  sizesItself: true,
  schema: {
    weight: num,
    border: bool,
  },
};

/** A row of columns (st.columns). */
export interface ColumnsProps {
  /** The space between columns: "small", "medium", "large" or None. */
  gap: string | null;
  /** "top", "center" or "bottom". */
  vertical_alignment: string;
  /** True draws a border around each column. */
  border: boolean;
  /** The row's width in pixels; absent for the full width ("stretch"). */
  width?: number;
  /** False keeps the columns in one row on a narrow window (it scrolls sideways); absent: they stack. */
  wrap?: boolean;
}

export const Columns: NodeSpec<ColumnsProps> = {
  type: "Columns",
  sizesItself: true,
  schema: {
    gap: nullable(str),
    vertical_alignment: str,
    border: bool,
    width: optional(num),
    wrap: optional(bool),
  },
};

/** HTML with its scripts, in a sandboxed frame of its own (components.html). */
export interface ComponentHtmlProps {
  /** The HTML document or fragment. */
  html: string;
  /** The same HTML as the frame's own page, served from /media. */
  page: BinaryRef;
  /** The frame's width in pixels, or None to fill the column. */
  width: number | null;
  /** The frame's height in pixels, or None for the client's default. */
  height: number | null;
  /** True shows scroll bars when the page overflows. */
  scrolling: boolean;
  /** The frame's place in the tab order (-1 skips it), or None. */
  tab_index: number | null;
  /** True lets the page open new windows. */
  allow_popups: boolean;
  /** The frame's accessible name (st.iframe's alt), when one was given. */
  title?: string;
}

export const ComponentHtml: NodeSpec<ComponentHtmlProps> = {
  type: "ComponentHtml",
  sizesItself: true,
  schema: {
    html: str,
    page: binaryRef,
    width: nullable(num),
    height: nullable(num),
    scrolling: bool,
    tab_index: nullable(num),
    allow_popups: bool,
    title: optional(str),
  },
};

/** A page shown in a frame (components.iframe). */
export interface ComponentIframeProps {
  /** The page's URL. */
  src: string;
  /** The frame's width in pixels, or None to fill the column. */
  width: number | null;
  /** The frame's height in pixels, or None for the client's default. */
  height: number | null;
  /** True shows scroll bars when the page overflows. */
  scrolling: boolean;
  /** The frame's place in the tab order (-1 skips it), or None. */
  tab_index: number | null;
  /** The frame's accessible name (st.iframe's alt), when one was given. */
  title?: string;
}

export const ComponentIframe: NodeSpec<ComponentIframeProps> = {
  type: "ComponentIframe",
  sizesItself: true,
  schema: {
    src: str,
    width: nullable(num),
    height: nullable(num),
    scrolling: bool,
    tab_index: nullable(num),
    title: optional(str),
  },
};

/** A block grouping elements, in a column or a row (st.container, and each fragment's block). */
export interface ContainerProps {
  /** A fixed height in pixels (the block scrolls), "stretch" to fill the parent's height, or None to fit its contents. */
  height: number | string | null;
  /** True draws a border around the block. */
  border: boolean;
  /** The user's key, when st.container was given one. */
  key?: string;
  /** The fragment whose block this is, for fragments' own containers. */
  fragment_id?: string;
  /** True lays the children out in a row (sent with the layout props when any differs from the default). */
  horizontal?: boolean;
  /** "left", "center", "right" or "distribute". */
  horizontal_alignment?: string;
  /** "top", "center", "bottom" or "distribute". */
  vertical_alignment?: string;
  /** The space between children: "xxsmall" to "xxlarge"; absent (or None) for none. */
  gap?: string;
  /** True wraps a row onto more lines when it does not fit. */
  wrap?: boolean;
  /** "stretch", "content" or a width in pixels. */
  width?: string | number;
  /** True/False: a fixed-height container follows new content to its bottom, or not; absent: when it holds chat messages. */
  autoscroll?: boolean;
}

export const Container: NodeSpec<ContainerProps> = {
  type: "Container",
  sizesItself: true,
  schema: {
    height: nullable(oneOf(num, str)),
    border: bool,
    key: optional(str),
    fragment_id: optional(str),
    horizontal: optional(bool),
    horizontal_alignment: optional(str),
    vertical_alignment: optional(str),
    gap: optional(str),
    wrap: optional(bool),
    width: optional(oneOf(str, num)),
    autoscroll: optional(bool),
  },
};

/** A declared custom component's frame; its value is what the component sends (declare_component). */
export interface CustomComponentProps {
  /** The widget's label (markdown). */
  label: string;
  /** The widget's current value, in its wire form. */
  value: unknown;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value: boolean;
  /** The form the widget belongs to, or None. */
  form_id: string | null;
  /** The user's key, when the script gave one. */
  key?: string;
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
  /** The component's name. */
  component_name: string;
  /** Where its page is served. */
  url: string;
  /** The keyword arguments the script passed, as JSON values. */
  args: Record<string, unknown>;
  /** The value before the component sends one. */
  default: unknown;
  /** The frame's place in the tab order (-1 skips it), or None. */
  tab_index: number | null;
}

export const CustomComponent: NodeSpec<CustomComponentProps> = {
  type: "CustomComponent",
  sizesItself: true,
  schema: {
    label: str,
    value: any,
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    required: optional(bool),
    component_name: str,
    url: str,
    args: obj,
    default: any,
    tab_index: nullable(num),
  },
};

/** An editable table (st.data_editor). */
export interface DataEditorProps {
  /** The widget's label (markdown). */
  label: string;
  /** The widget's current value, in its wire form. */
  value: DataEditorEdits;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value: boolean;
  /** The form the widget belongs to, or None. */
  form_id: string | null;
  /** The user's key, when the script gave one. */
  key?: string;
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
  /** The first window of rows (the whole table when it is small enough) as Arrow IPC. */
  data: BinaryRef;
  /** The id under which the session keeps the whole table, for DataRequest. */
  dataset: string;
  /** The table's row count. */
  total_rows: number;
  /** The number of rows in data. */
  window_rows: number;
  /** The number of data columns, index columns not counted. */
  num_columns: number;
  /** Each column's name and Arrow type, index columns included. */
  columns: ArrowField[];
  /** The names of the columns that hold the pandas index. */
  index_columns: string[];
  /** Column name ("_index" for the index, "_pos:<n>" for a position) -> how it shows. */
  column_config: Record<string, ColumnConfig>;
  /** The data columns to show, in order, or None for all of them. */
  column_order: string[] | null;
  /** True hides the index columns, None leaves it to the data. */
  hide_index: boolean | null;
  /** A width in pixels, "stretch", "content", or None. */
  width: number | string | null;
  /** A height in pixels, "auto", "stretch", "content", or None. */
  height: number | string | null;
  /** True stretches the element to its container, None leaves it to width. */
  use_container_width: boolean | null;
  /** The height of a row in pixels, or None for the default. */
  row_height: number | null;
  /** A pandas Styler's display text and cell CSS, or None for plain data. */
  styler: StyledCells | null;
  /** The row mode: "fixed", "dynamic" (add and delete), "add" or "delete"; the count is total_rows. */
  num_rows: string;
  /** True makes the whole editor read-only (single columns are disabled in column_config). */
  disabled: boolean;
  /** The text to show for missing values, or None. */
  placeholder: string | null;
  /** The editor's accessible name (alt), when the script gave one. */
  alt?: string;
}

export const DataEditor: NodeSpec<DataEditorProps> = {
  type: "DataEditor",
  sizesItself: true,
  schema: {
    label: str,
    value: shape({ edited_rows: obj, added_rows: arrayOf(obj), deleted_rows: arrayOf(num) }),
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    required: optional(bool),
    data: binaryRef,
    dataset: str,
    total_rows: num,
    window_rows: num,
    num_columns: num,
    columns: arrayOf(shape({ name: str, type: str })),
    index_columns: arrayOf(str),
    column_config: obj,
    column_order: nullable(arrayOf(str)),
    hide_index: nullable(bool),
    width: nullable(oneOf(num, str)),
    height: nullable(oneOf(num, str)),
    use_container_width: nullable(bool),
    row_height: nullable(num),
    styler: nullable(shape({ display_values: arrayOf(arrayOf(str)), styles: obj, caption: nullable(str) })),
    num_rows: str,
    disabled: bool,
    placeholder: nullable(str),
    alt: optional(str),
  },
};

/** An interactive table (st.dataframe), selectable with on_select. */
export interface DataframeProps {
  /** The widget's label (markdown). */
  label?: string;
  /** The widget's current value, in its wire form. */
  value?: DataframeSelection;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value?: boolean;
  /** The form the widget belongs to, or None. */
  form_id?: string;
  /** The user's key, when the script gave one. */
  key?: string;
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
  /** The first window of rows (the whole table when it is small enough) as Arrow IPC. */
  data: BinaryRef;
  /** The id under which the session keeps the whole table, for DataRequest. */
  dataset: string;
  /** The table's row count. */
  total_rows: number;
  /** The number of rows in data. */
  window_rows: number;
  /** The number of data columns, index columns not counted. */
  num_columns: number;
  /** Each column's name and Arrow type, index columns included. */
  columns: ArrowField[];
  /** The names of the columns that hold the pandas index. */
  index_columns: string[];
  /** Column name ("_index" for the index, "_pos:<n>" for a position) -> how it shows. */
  column_config: Record<string, ColumnConfig>;
  /** The data columns to show, in order, or None for all of them. */
  column_order: string[] | null;
  /** True hides the index columns, None leaves it to the data. */
  hide_index: boolean | null;
  /** A width in pixels, "stretch", "content", or None. */
  width: number | string | null;
  /** A height in pixels, "auto", "stretch", "content", or None. */
  height: number | string | null;
  /** True stretches the element to its container, None leaves it to width. */
  use_container_width: boolean | null;
  /** The height of a row in pixels, or None for the default. */
  row_height: number | null;
  /** A pandas Styler's display text and cell CSS, or None for plain data. */
  styler: StyledCells | null;
  /** The table's row count (the same as total_rows). */
  num_rows: number;
  /** The text to show for missing values, or None. */
  placeholder: string | null;
  /** The selections the user may make ("multi-row", "single-cell"...); empty when not selectable. */
  selection_mode: string[];
  /** The table's accessible name (alt), when the script gave one. */
  alt?: string;
}

export const Dataframe: NodeSpec<DataframeProps> = {
  type: "Dataframe",
  sizesItself: true,
  schema: {
    label: optional(str),
    value: optional(shape({ selection: shape({ rows: arrayOf(num), columns: arrayOf(str), cells: arrayOf(arrayOf(oneOf(num, str))) }) })),
    set_value: optional(bool),
    form_id: optional(str),
    key: optional(str),
    required: optional(bool),
    data: binaryRef,
    dataset: str,
    total_rows: num,
    window_rows: num,
    num_columns: num,
    columns: arrayOf(shape({ name: str, type: str })),
    index_columns: arrayOf(str),
    column_config: obj,
    column_order: nullable(arrayOf(str)),
    hide_index: nullable(bool),
    width: nullable(oneOf(num, str)),
    height: nullable(oneOf(num, str)),
    use_container_width: nullable(bool),
    row_height: nullable(num),
    styler: nullable(shape({ display_values: arrayOf(arrayOf(str)), styles: obj, caption: nullable(str) })),
    num_rows: num,
    placeholder: nullable(str),
    selection_mode: arrayOf(str),
    alt: optional(str),
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
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
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
    required: optional(bool),
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
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
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
    required: optional(bool),
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

/** A deck.gl map (st.pydeck_chart, st.map). */
export interface DeckGlChartProps {
  /** The widget's label (markdown). */
  label?: string;
  /** The widget's current value, in its wire form. */
  value?: unknown;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value?: boolean;
  /** The form the widget belongs to, or None. */
  form_id?: string;
  /** The user's key, when the script gave one. */
  key?: string;
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
  /** The chart's specification (Vega-Lite, Plotly figure or deck.gl JSON). */
  spec: Record<string, unknown>;
  /** A width in pixels, "stretch", "content", or None for the library's own. */
  width: number | string | null;
  /** A height in pixels, "stretch", "content", or None for the library's own. */
  height: number | string | null;
  /** True stretches the chart to its container, None leaves it to width. */
  use_container_width: boolean | null;
  /** The selections the user may make ("points", "box", "interval"...); empty when not selectable. */
  selection_mode: string[];
  /** The chart's accessible name (alt), when the script gave one. */
  alt?: string;
}

export const DeckGlChart: NodeSpec<DeckGlChartProps> = {
  type: "DeckGlChart",
  sizesItself: true,
  schema: {
    label: optional(str),
    value: optional(any),
    set_value: optional(bool),
    form_id: optional(str),
    key: optional(str),
    required: optional(bool),
    spec: obj,
    width: nullable(oneOf(num, str)),
    height: nullable(oneOf(num, str)),
    use_container_width: nullable(bool),
    selection_mode: arrayOf(str),
    alt: optional(str),
  },
};

/** A modal dialog, the block of a fragment decorated with st.dialog (built by the engine). */
export interface DialogProps {
  /** The dialog's title (markdown). */
  title: string;
  /** "small", "medium" or "large". */
  width: string;
  /** True lets the user close it with X, Esc or a click outside. */
  dismissible: boolean;
  /** "ignore", "rerun" or "callback": what closing it asks of the server. */
  on_dismiss: string;
  /** The dialog's fragment. */
  fragment_id: string;
  /** True while the dialog shows. */
  is_open: boolean;
  /** "left" or "right": a full-height drawer on that side; absent: centred. */
  position?: string;
  /** An emoji or ":material/name:" icon before the title. */
  icon?: string;
}

export const Dialog: NodeSpec<DialogProps> = {
  type: "Dialog",
  sizesItself: true,
  schema: {
    title: str,
    width: str,
    dismissible: bool,
    on_dismiss: str,
    fragment_id: str,
    is_open: bool,
    position: optional(str),
    icon: optional(str),
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

/** A button that saves a file (st.download_button). */
export interface DownloadButtonProps {
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
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
  /** Tooltip text (markdown) of the button. */
  help: string | null;
  /** "primary", "secondary" or "tertiary": how prominent the button is. */
  type: string;
  /** An emoji or ":material/name:" icon before the label. */
  icon: string | null;
  /** True greys the button out and ignores clicks. */
  disabled: boolean;
  /** True stretches the button to the width of its container. */
  use_container_width: boolean;
  /** "content", "stretch" or a width in pixels. */
  width: string | number;
  /** A keyboard shortcut that clicks it, e.g. "Ctrl+K", or None. */
  shortcut: string | null;
  /** True wraps the label onto more lines, False keeps one line with an ellipsis; absent: by layout. */
  wrap?: boolean;
  /** "right" puts the icon after the label; absent: before it. */
  icon_position?: string;
  /** The file's bytes. */
  data: BinaryRef;
  /** The name offered in the Save dialog, or None for a generated one. */
  file_name: string | null;
  /** The file's media type. */
  mime: string;
  /** "rerun", "ignore" or "callback": what a click asks of the server. */
  on_click: string;
}

export const DownloadButton: NodeSpec<DownloadButtonProps> = {
  type: "DownloadButton",
  schema: {
    label: str,
    value: bool,
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    required: optional(bool),
    help: nullable(str),
    type: str,
    icon: nullable(str),
    disabled: bool,
    use_container_width: bool,
    width: oneOf(str, num),
    shortcut: nullable(str),
    wrap: optional(bool),
    icon_position: optional(str),
    data: binaryRef,
    file_name: nullable(str),
    mime: str,
    on_click: str,
  },
};

/** An Apache ECharts chart (st.echarts_chart); a widget with ``on_select``. */
export interface EChartsChartProps {
  /** The widget's label (markdown). */
  label?: string;
  /** The widget's current value, in its wire form. */
  value?: unknown;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value?: boolean;
  /** The form the widget belongs to, or None. */
  form_id?: string;
  /** The user's key, when the script gave one. */
  key?: string;
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
  /** The chart's specification (Vega-Lite, Plotly figure or deck.gl JSON). */
  spec: Record<string, unknown>;
  /** A width in pixels, "stretch", "content", or None for the library's own. */
  width: number | string | null;
  /** A height in pixels, "stretch", "content", or None for the library's own. */
  height: number | string | null;
  /** True stretches the chart to its container, None leaves it to width. */
  use_container_width: boolean | null;
  /** The selections the user may make ("points", "box", "interval"...); empty when not selectable. */
  selection_mode: string[];
  /** A description of the chart for screen readers, or None. */
  alt: string | null;
  /** "streamlit" for desk's look, or None for ECharts' own. */
  theme: string | null;
  /** "canvas" or "svg". */
  renderer: string;
}

export const EChartsChart: NodeSpec<EChartsChartProps> = {
  type: "EChartsChart",
  sizesItself: true,
  schema: {
    label: optional(str),
    value: optional(any),
    set_value: optional(bool),
    form_id: optional(str),
    key: optional(str),
    required: optional(bool),
    spec: obj,
    width: nullable(oneOf(num, str)),
    height: nullable(oneOf(num, str)),
    use_container_width: nullable(bool),
    selection_mode: arrayOf(str),
    alt: nullable(str),
    theme: nullable(str),
    renderer: str,
  },
};

/** A placeholder that shows nothing (st.empty, and what a spinner leaves). */
export interface EmptyProps {
}

export const Empty: NodeSpec<EmptyProps> = {
  type: "Empty",
  sizesItself: true,
  schema: {
  },
};

/** An exception with its traceback (st.exception, and what a failing script shows). */
export interface ExceptionProps {
  /** The exception's class name. */
  type: string;
  /** The exception's message. */
  message: string;
  /** The traceback's lines, innermost frame last (empty when details are hidden). */
  traceback: string[];
  /** True draws it as a warning (desk's own notices), not an error. */
  is_warning: boolean;
  /** "stretch" or a width in pixels; absent for a script's own errors. */
  width?: string | number;
}

export const Exception: NodeSpec<ExceptionProps> = {
  type: "Exception",
  schema: {
    type: str,
    message: str,
    traceback: arrayOf(str),
    is_warning: bool,
    width: optional(oneOf(str, num)),
  },
};

/** A collapsible block (st.expander). */
export interface ExpanderProps {
  /** The widget's current value, in its wire form. */
  value?: boolean;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value?: boolean;
  /** The form the widget belongs to, or None. */
  form_id?: string;
  /** The user's key, when the script gave one. */
  key?: string;
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
  /** The header's text (markdown). */
  label: string;
  /** True shows the contents at first. */
  expanded: boolean;
  /** An emoji or ":material/name:" icon before the label. */
  icon: string | null;
  /** "rerun" when opening or closing it reruns the script (its open state is then a widget value). */
  on_change?: string;
  /** A width in pixels; absent to stretch to the container. */
  width?: number;
  /** "compact" (a plain inline toggle) or "step" (a step of a timeline); absent: a bordered box. */
  type?: string;
}

export const Expander: NodeSpec<ExpanderProps> = {
  type: "Expander",
  sizesItself: true,
  schema: {
    value: optional(bool),
    set_value: optional(bool),
    form_id: optional(str),
    key: optional(str),
    required: optional(bool),
    label: str,
    expanded: bool,
    icon: nullable(str),
    on_change: optional(str),
    width: optional(num),
    type: optional(str),
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
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
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
    required: optional(bool),
    options: literal("thumbs", "faces", "stars"),
    count: num,
    default: nullable(num),
    disabled: bool,
    width: oneOf(str, num),
  },
};

/** A native Open, Save or Folder dialog whose value is a local path (desk.file_picker). */
export interface FilePickerProps {
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
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
  /** Tooltip text (markdown) shown beside the label. */
  help: string | null;
  /** "visible", "hidden" (keeps the space) or "collapsed". */
  label_visibility: string;
  /** True greys the widget out and ignores input. */
  disabled: boolean;
  /** "open", "save" or "folder": which dialog. */
  kind: string;
  /** The extensions the Open and Save dialogs offer (".csv"); empty for any. */
  types: string[];
}

export const FilePicker: NodeSpec<FilePickerProps> = {
  type: "FilePicker",
  schema: {
    label: str,
    value: nullable(str),
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    required: optional(bool),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    kind: str,
    types: arrayOf(str),
  },
};

/** A drop zone and file chooser; its value is the ids of the uploaded files (st.file_uploader). */
export interface FileUploaderProps {
  /** The widget's label (markdown). */
  label: string;
  /** The widget's current value, in its wire form. */
  value: string[];
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value: boolean;
  /** The form the widget belongs to, or None. */
  form_id: string | null;
  /** The user's key, when the script gave one. */
  key?: string;
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
  /** Tooltip text (markdown) shown beside the label. */
  help: string | null;
  /** "visible", "hidden" (keeps the space) or "collapsed". */
  label_visibility: string;
  /** True greys the widget out and ignores input. */
  disabled: boolean;
  /** The accepted extensions (".csv") or media types, or None for any file. */
  type: string[] | null;
  /** True takes several files, "directory" a whole folder, False one file. */
  accept_multiple_files: boolean | string;
  /** "stretch" or a width in pixels. */
  width: string | number;
  /** max_upload_size=: the most megabytes a file may have; absent: the server's limit (server.maxUploadSize). */
  max_upload_mb?: number;
}

export const FileUploader: NodeSpec<FileUploaderProps> = {
  type: "FileUploader",
  schema: {
    label: str,
    value: arrayOf(str),
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    required: optional(bool),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    type: nullable(arrayOf(str)),
    accept_multiple_files: oneOf(bool, str),
    width: oneOf(str, num),
    max_upload_mb: optional(num),
  },
};

/** A form, whose widgets apply their values when it is submitted (st.form). */
export interface FormProps {
  /** The form's key. */
  form_id: string;
  /** True resets the form's widgets after a submit. */
  clear_on_submit: boolean;
  /** True submits the form when Enter is pressed in a text box. */
  enter_to_submit: boolean;
  /** True draws a border around the form. */
  border: boolean;
  /** "content" or a width in pixels; absent: it stretches. */
  width?: string | number;
  /** "stretch" or a height in pixels (the form scrolls); absent: its content's height. */
  height?: string | number;
}

export const Form: NodeSpec<FormProps> = {
  type: "Form",
  sizesItself: true,
  schema: {
    form_id: str,
    clear_on_submit: bool,
    enter_to_submit: bool,
    border: bool,
    width: optional(oneOf(str, num)),
    height: optional(oneOf(str, num)),
  },
};

/** The button that submits its form (st.form_submit_button). */
export interface FormSubmitButtonProps {
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
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
  /** Tooltip text (markdown) of the button. */
  help: string | null;
  /** "primary", "secondary" or "tertiary": how prominent the button is. */
  type: string;
  /** An emoji or ":material/name:" icon before the label. */
  icon: string | null;
  /** True greys the button out and ignores clicks. */
  disabled: boolean;
  /** True stretches the button to the width of its container. */
  use_container_width: boolean;
  /** "content", "stretch" or a width in pixels. */
  width: string | number;
  /** A keyboard shortcut that clicks it, e.g. "Ctrl+K", or None. */
  shortcut: string | null;
  /** True wraps the label onto more lines, False keeps one line with an ellipsis; absent: by layout. */
  wrap?: boolean;
  /** "right" puts the icon after the label; absent: before it. */
  icon_position?: string;
}

export const FormSubmitButton: NodeSpec<FormSubmitButtonProps> = {
  type: "FormSubmitButton",
  schema: {
    label: str,
    value: bool,
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    required: optional(bool),
    help: nullable(str),
    type: str,
    icon: nullable(str),
    disabled: bool,
    use_container_width: bool,
    width: oneOf(str, num),
    shortcut: nullable(str),
    wrap: optional(bool),
    icon_position: optional(str),
  },
};

/** A Graphviz graph, laid out in the browser (st.graphviz_chart). */
export interface GraphvizChartProps {
  /** The graph in the DOT language. */
  dot: string;
  /** A width in pixels, "stretch", "content", or None. */
  width: number | string | null;
  /** A height in pixels, "stretch", "content", or None. */
  height: number | string | null;
  /** True stretches the graph to its container, None leaves it to width. */
  use_container_width: boolean | null;
  /** The graph's accessible name (alt), when the script gave one. */
  alt?: string;
}

export const GraphvizChart: NodeSpec<GraphvizChartProps> = {
  type: "GraphvizChart",
  sizesItself: true,
  schema: {
    dot: str,
    width: nullable(oneOf(num, str)),
    height: nullable(oneOf(num, str)),
    use_container_width: nullable(bool),
    alt: optional(str),
  },
};

/** A grid of equal-width columns whose cells reflow with the width (st.grid). */
export interface GridProps {
  /** The column count (the most shown when wrap is on), or None to fit as many as min_column_width allows. */
  columns: number | null;
  /** The narrowest a column gets before the grid drops one, in pixels; None for about 200. */
  min_column_width: number | null;
  /** True drops columns when they would be too narrow; False keeps them and scrolls sideways. */
  wrap: boolean;
  /** The space between rows: "xxsmall" to "xxlarge", pixels, or None for none. */
  row_gap: string | number | null;
  /** The space between columns: "xxsmall" to "xxlarge", pixels, or None for none. */
  column_gap: string | number | null;
  /** "top", "center" or "bottom": where content sits in its cell. */
  vertical_alignment: string;
  /** True draws a border around each cell. */
  border: boolean;
  /** Every row's height in pixels (taller content scrolls), or None to fit the content. */
  row_height: number | null;
  /** "stretch" or a width in pixels. */
  width: string | number;
  /** "content", "stretch" or a height in pixels (the grid scrolls). */
  height: string | number;
  /** True lets later cells fill holes that spanning cells leave. */
  dense: boolean;
  /** The user's key, when the script gave one. */
  key?: string;
}

export const Grid: NodeSpec<GridProps> = {
  type: "Grid",
  sizesItself: true,
  schema: {
    columns: nullable(num),
    min_column_width: nullable(num),
    wrap: bool,
    row_gap: nullable(oneOf(str, num)),
    column_gap: nullable(oneOf(str, num)),
    vertical_alignment: str,
    border: bool,
    row_height: nullable(num),
    width: oneOf(str, num),
    height: oneOf(str, num),
    dense: bool,
    key: optional(str),
  },
};

/** One cell of a grid that groups elements, and may span columns or rows (grid.cell()). */
export interface GridCellProps {
  /** How many columns the cell covers, or None for a whole row. */
  column_span: number | null;
  /** How many rows the cell covers. */
  row_span: number;
}

export const GridCell: NodeSpec<GridCellProps> = {
  type: "GridCell",
  sizesItself: true,
  schema: {
    column_span: nullable(num),
    row_span: num,
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
  /** False keeps the text on one line, cut with an ellipsis; absent: it wraps. */
  wrap?: boolean;
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
    wrap: optional(bool),
  },
};

/** An object's name, signature, docstring and members (st.help). */
export interface HelpProps {
  /** The object's name, or the variable it was passed as. */
  name: string | null;
  /** How the calling line named it: the argument's source text, or a magic line; absent for a literal. */
  call_name?: string;
  /** Its type's qualified name. */
  type: string;
  /** Its own docstring, or None. */
  doc: string | null;
  /** Its call signature, for callables. */
  signature: string | null;
  /** A plain value's repr, else `module.Name(signature)` of it or its class; None if just call_name. */
  value: string | null;
  /** Its public attributes. */
  members: HelpMember[];
  /** A width in pixels; absent: it stretches. */
  width?: number;
}

export const Help: NodeSpec<HelpProps> = {
  type: "Help",
  schema: {
    name: nullable(str),
    call_name: optional(str),
    type: str,
    doc: nullable(str),
    signature: nullable(str),
    value: nullable(str),
    members: arrayOf(shape({ name: str, type: str, doc: nullable(str), value: nullable(str) })),
    width: optional(num),
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

/** One image or a row of images (st.image). */
export interface ImageProps {
  /** The images, each with its caption. */
  images: MediaItem[];
  /** "content", "stretch" or a width in pixels. */
  width: string | number;
  /** The URL a click on the (single) image opens, when the script gave one. */
  link?: string;
}

export const Image: NodeSpec<ImageProps> = {
  type: "Image",
  sizesItself: true,
  schema: {
    images: arrayOf(shape({ src: optional(str), payload: optional(binaryRef), caption: optional(str), alt: optional(str), icon: optional(str) })),
    width: oneOf(str, num),
    link: optional(str),
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

/** A button that opens a URL in a new tab (st.link_button); with an on_click it is a widget, True after a click. */
export interface LinkButtonProps {
  /** The widget's current value, in its wire form. */
  value?: boolean;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value?: boolean;
  /** The form the widget belongs to, or None. */
  form_id?: string;
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
  /** The button's label (markdown). */
  label: string;
  /** The URL to open. */
  url: string;
  /** Tooltip text (markdown) of the button. */
  help: string | null;
  /** "primary", "secondary" or "tertiary": how prominent the button is. */
  type: string;
  /** An emoji or ":material/name:" icon before the label. */
  icon: string | null;
  /** True greys the button out. */
  disabled: boolean;
  /** True stretches the button to the width of its container. */
  use_container_width: boolean;
  /** "content", "stretch" or a width in pixels. */
  width: string | number;
  /** True wraps the label onto more lines, False keeps one line with an ellipsis; absent: by layout. */
  wrap?: boolean;
  /** "right" puts the icon after the label; absent: before it. */
  icon_position?: string;
  /** A keyboard shortcut that clicks it, e.g. "Ctrl+K"; absent: none. */
  shortcut?: string;
  /** The user's key, when the script gave one. */
  key?: string;
}

export const LinkButton: NodeSpec<LinkButtonProps> = {
  type: "LinkButton",
  schema: {
    value: optional(bool),
    set_value: optional(bool),
    form_id: optional(str),
    required: optional(bool),
    label: str,
    url: str,
    help: nullable(str),
    type: str,
    icon: nullable(str),
    disabled: bool,
    use_container_width: bool,
    width: oneOf(str, num),
    wrap: optional(bool),
    icon_position: optional(str),
    shortcut: optional(str),
    key: optional(str),
  },
};

/** The app's logo, in the top-left corner and the sidebar (st.logo). */
export interface LogoProps {
  /** The logo. */
  image: MediaItem;
  /** A smaller logo for the collapsed sidebar, or None. */
  icon_image: MediaItem | null;
  /** The URL the logo opens, or None. */
  link: string | null;
  /** "small", "medium" or "large". */
  size: string;
}

export const Logo: NodeSpec<LogoProps> = {
  type: "Logo",
  sizesItself: true,
  schema: {
    image: shape({ src: optional(str), payload: optional(binaryRef), caption: optional(str), alt: optional(str), icon: optional(str) }),
    icon_image: nullable(shape({ src: optional(str), payload: optional(binaryRef), caption: optional(str), alt: optional(str), icon: optional(str) })),
    link: nullable(str),
    size: str,
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
  /** False keeps the text on one line, cut with an ellipsis; absent: it wraps. */
  wrap?: boolean;
  /** st.markdown: False draws its headings without the link icon shown on hover (they keep their ids). */
  anchors?: boolean;
}

export const Markdown: NodeSpec<MarkdownProps> = {
  type: "Markdown",
  schema: {
    body: str,
    allow_html: bool,
    help: nullable(str),
    width: oneOf(str, num),
    text_alignment: optional(str),
    wrap: optional(bool),
    anchors: optional(bool),
  },
};

/** A button with a drop-down list of options; the value is the option clicked, in that run only (st.menu_button). */
export interface MenuButtonProps {
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
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
  /** The options as the list shows them (formatted). */
  options: string[];
  /** Tooltip text (markdown) of the button. */
  help: string | null;
  /** "primary", "secondary" or "tertiary": how prominent the button is. */
  type: string;
  /** An emoji or ":material/name:" icon before the label. */
  icon: string | null;
  /** True greys the button out and ignores clicks. */
  disabled: boolean;
  /** "content", "stretch" or a width in pixels. */
  width: string | number;
  /** True wraps the label onto more lines, False keeps one line with an ellipsis; absent: by layout. */
  wrap?: boolean;
}

export const MenuButton: NodeSpec<MenuButtonProps> = {
  type: "MenuButton",
  sizesItself: true,
  schema: {
    label: str,
    value: nullable(num),
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    required: optional(bool),
    options: arrayOf(str),
    help: nullable(str),
    type: str,
    icon: nullable(str),
    disabled: bool,
    width: oneOf(str, num),
    wrap: optional(bool),
  },
};

/** A Mermaid diagram, drawn in the browser (st.mermaid_chart). */
export interface MermaidChartProps {
  /** The diagram in Mermaid's language. */
  body: string;
  /** "stretch", "content" or a width in pixels. */
  width: number | string;
  /** A description of the diagram for screen readers, or None. */
  alt: string | null;
}

export const MermaidChart: NodeSpec<MermaidChartProps> = {
  type: "MermaidChart",
  sizesItself: true,
  schema: {
    body: str,
    width: oneOf(num, str),
    alt: nullable(str),
  },
};

/** A big number with an optional change and sparkline (st.metric). */
export interface MetricProps {
  /** The metric's label (markdown). */
  label: string;
  /** The value as text ("—" for None). */
  value: string;
  /** The change as text, or None. */
  delta: string | null;
  /** "up", "down" or None: which way the change goes. */
  delta_direction: string | null;
  /** "normal", "inverse", "off" or a colour name: how to colour the change. */
  delta_color: string;
  /** The colour the change is drawn in. */
  color: string;
  /** "auto", "up", "down" or "off": the arrow beside the change. */
  delta_arrow: string;
  /** Tooltip text (markdown) beside the label. */
  help: string | null;
  /** "visible", "hidden" or "collapsed". */
  label_visibility: string;
  /** True draws a border around the metric. */
  border: boolean;
  /** "stretch", "content", a width in pixels, or None. */
  width: string | number | null;
  /** "content", "stretch", a height in pixels, or None. */
  height: string | number | null;
  /** The sparkline's values, or None for no sparkline. */
  chart_data: (number | null)[] | null;
  /** "line", "bar" or "area". */
  chart_type: string;
  /** How the page formats value_number and delta_number ("dollar", "%.1f"...). */
  format?: string;
  /** The value as a number, when format is given and the value is numeric. */
  value_number?: number;
  /** The change as a number, when format is given and the change is numeric. */
  delta_number?: number;
  /** Text shown beside the change ("month over month"). */
  delta_description?: string;
  /** An emoji or ":material/name:" icon beside the label. */
  icon?: string;
}

export const Metric: NodeSpec<MetricProps> = {
  type: "Metric",
  schema: {
    label: str,
    value: str,
    delta: nullable(str),
    delta_direction: nullable(str),
    delta_color: str,
    color: str,
    delta_arrow: str,
    help: nullable(str),
    label_visibility: str,
    border: bool,
    width: nullable(oneOf(str, num)),
    height: nullable(oneOf(str, num)),
    chart_data: nullable(arrayOf(nullable(num))),
    chart_type: str,
    format: optional(str),
    value_number: optional(num),
    delta_number: optional(num),
    delta_description: optional(str),
    icon: optional(str),
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
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
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
  /** How typed text filters the options: "fuzzy", "contains", "prefix", or None for a plain list without typing. */
  filter_mode: string | null;
  /** True lets the selected options wrap onto more rows, False keeps one scrolling row; absent: by layout. */
  wrap?: boolean;
  /** The most selectable options for which the list offers "Select all" (0: never); absent: 1000. */
  select_all?: number;
}

export const Multiselect: NodeSpec<MultiselectProps> = {
  type: "Multiselect",
  schema: {
    label: str,
    value: arrayOf(oneOf(num, str)),
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    required: optional(bool),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    options: arrayOf(str),
    default: arrayOf(num),
    max_selections: nullable(num),
    placeholder: str,
    accept_new_options: bool,
    width: oneOf(str, num),
    filter_mode: nullable(str),
    wrap: optional(bool),
    select_all: optional(num),
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
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
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
    required: optional(bool),
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

/** A link to a page of the app, or to a URL (st.page_link). */
export interface PageLinkProps {
  /** The link's text (markdown). */
  label: string;
  /** The page's script path (relative to the main script), url path, or the URL. */
  page: string;
  /** The URL path the link opens ("" for the default page), or the external URL. */
  url: string;
  /** True for a URL outside the app, opened in a new tab. */
  external: boolean;
  /** An emoji or ":material/name:" icon before the label. */
  icon: string | null;
  /** Tooltip text (markdown). */
  help: string | null;
  /** True greys the link out. */
  disabled: boolean;
  /** True stretches the link to its container. */
  use_container_width: boolean | null;
  /** "content", "stretch" or a width in pixels. */
  width: string | number;
  /** The page's script hash, for pages the app knows. */
  page_script_hash?: string;
  /** The query string the target page opens with ("" clears it), for links to app pages. */
  query_string?: string;
  /** "right" puts the icon after the label; absent: before it. */
  icon_position?: string;
}

export const PageLink: NodeSpec<PageLinkProps> = {
  type: "PageLink",
  schema: {
    label: str,
    page: str,
    url: str,
    external: bool,
    icon: nullable(str),
    help: nullable(str),
    disabled: bool,
    use_container_width: nullable(bool),
    width: oneOf(str, num),
    page_script_hash: optional(str),
    query_string: optional(str),
    icon_position: optional(str),
  },
};

/** Page buttons with previous and next arrows; the value is the current page, from 1 (st.pagination). */
export interface PaginationProps {
  /** The widget's label (markdown). */
  label: string;
  /** The widget's current value, in its wire form. */
  value: number;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value: boolean;
  /** The form the widget belongs to, or None. */
  form_id: string | null;
  /** The user's key, when the script gave one. */
  key?: string;
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
  /** How many pages there are (1 or more). */
  num_pages: number;
  /** The page shown before the user picks one. */
  default: number;
  /** How many page buttons to show at most (first and last always show); 0 for arrows only, None for all. */
  max_visible_pages: number | null;
  /** True greys the buttons out and ignores clicks. */
  disabled: boolean;
  /** "content", "stretch" or a width in pixels. */
  width: string | number;
}

export const Pagination: NodeSpec<PaginationProps> = {
  type: "Pagination",
  sizesItself: true,
  schema: {
    label: str,
    value: num,
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    required: optional(bool),
    num_pages: num,
    default: num,
    max_visible_pages: nullable(num),
    disabled: bool,
    width: oneOf(str, num),
  },
};

/** A PDF document, shown page by page in a scrolling viewer (st.pdf). */
export interface PdfProps {
  /** The document's bytes (fetched from /media with ranges). */
  payload: BinaryRef;
  /** The viewer's height in pixels, or "stretch". */
  height: number | string;
  /** A description of the document for screen readers, or None. */
  alt: string | null;
}

export const Pdf: NodeSpec<PdfProps> = {
  type: "Pdf",
  sizesItself: true,
  schema: {
    payload: binaryRef,
    height: oneOf(num, str),
    alt: nullable(str),
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
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
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
  /** True lets the options wrap onto more rows, False keeps one scrolling row; absent: by layout. */
  wrap?: boolean;
}

export const Pills: NodeSpec<PillsProps> = {
  type: "Pills",
  schema: {
    label: str,
    value: nullable(oneOf(num, str, arrayOf(oneOf(num, str)))),
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    required: optional(bool),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    options: arrayOf(str),
    default: arrayOf(num),
    selection_mode: literal("single", "multi"),
    multi: bool,
    width: oneOf(str, num),
    wrap: optional(bool),
  },
};

/** A Plotly figure (st.plotly_chart). */
export interface PlotlyChartProps {
  /** The widget's label (markdown). */
  label?: string;
  /** The widget's current value, in its wire form. */
  value?: unknown;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value?: boolean;
  /** The form the widget belongs to, or None. */
  form_id?: string;
  /** The user's key, when the script gave one. */
  key?: string;
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
  /** The chart's specification (Vega-Lite, Plotly figure or deck.gl JSON). */
  spec: Record<string, unknown>;
  /** A width in pixels, "stretch", "content", or None for the library's own. */
  width: number | string | null;
  /** A height in pixels, "stretch", "content", or None for the library's own. */
  height: number | string | null;
  /** True stretches the chart to its container, None leaves it to width. */
  use_container_width: boolean | null;
  /** The selections the user may make ("points", "box", "interval"...); empty when not selectable. */
  selection_mode: string[];
  /** The chart's accessible name (alt), when the script gave one. */
  alt?: string;
  /** plotly.js configuration options. */
  config: Record<string, unknown>;
  /** "streamlit" for desk's look, or None for Plotly's. */
  theme: string | null;
}

export const PlotlyChart: NodeSpec<PlotlyChartProps> = {
  type: "PlotlyChart",
  sizesItself: true,
  schema: {
    label: optional(str),
    value: optional(any),
    set_value: optional(bool),
    form_id: optional(str),
    key: optional(str),
    required: optional(bool),
    spec: obj,
    width: nullable(oneOf(num, str)),
    height: nullable(oneOf(num, str)),
    use_container_width: nullable(bool),
    selection_mode: arrayOf(str),
    alt: optional(str),
    config: obj,
    theme: nullable(str),
  },
};

/** A button that opens a floating block (st.popover). */
export interface PopoverProps {
  /** The widget's current value, in its wire form. */
  value?: boolean;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value?: boolean;
  /** The form the widget belongs to, or None. */
  form_id?: string;
  /** The user's key, when the script gave one. */
  key?: string;
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
  /** The button's label (markdown). */
  label: string;
  /** Tooltip text (markdown) of the button. */
  help: string | null;
  /** An emoji or ":material/name:" icon on the button. */
  icon: string | null;
  /** True greys the button out. */
  disabled: boolean;
  /** True stretches the button to the width of its container. */
  use_container_width: boolean;
  /** "primary", "secondary" or "tertiary": how prominent the button is. */
  type: string;
  /** The button's width: "content", "stretch" or pixels. */
  width: string | number;
  /** "rerun" when opening or closing it reruns the script (its open state is then a widget value). */
  on_change?: string;
  /** wrap=: True wraps the button's label onto more lines, False keeps one line with an ellipsis; absent: by layout. */
  label_wrap?: boolean;
}

export const Popover: NodeSpec<PopoverProps> = {
  type: "Popover",
  sizesItself: true,
  schema: {
    value: optional(bool),
    set_value: optional(bool),
    form_id: optional(str),
    key: optional(str),
    required: optional(bool),
    label: str,
    help: nullable(str),
    icon: nullable(str),
    disabled: bool,
    use_container_width: bool,
    type: str,
    width: oneOf(str, num),
    on_change: optional(str),
    label_wrap: optional(bool),
  },
};

/** A progress bar (st.progress). */
export interface ProgressProps {
  /** How far along, from 0 to 100. */
  value: number;
  /** A label over the bar (markdown), or None. */
  text: string | null;
  /** "stretch" or a width in pixels. */
  width: string | number;
}

export const Progress: NodeSpec<ProgressProps> = {
  type: "Progress",
  schema: {
    value: num,
    text: nullable(str),
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
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
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
    required: optional(bool),
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
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
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
  /** True lets the options wrap onto more rows, False keeps one scrolling row; absent: by layout. */
  wrap?: boolean;
}

export const SegmentedControl: NodeSpec<SegmentedControlProps> = {
  type: "SegmentedControl",
  schema: {
    label: str,
    value: nullable(oneOf(num, str, arrayOf(oneOf(num, str)))),
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    required: optional(bool),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    options: arrayOf(str),
    default: arrayOf(num),
    selection_mode: literal("single", "multi"),
    multi: bool,
    width: oneOf(str, num),
    wrap: optional(bool),
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
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
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
    required: optional(bool),
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
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
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
  /** How typed text filters the options: "fuzzy", "contains", "prefix", or None for a plain list without typing. */
  filter_mode: string | null;
  /** An emoji or ":material/name:" icon inside the field, left of the value. */
  icon?: string;
}

export const Selectbox: NodeSpec<SelectboxProps> = {
  type: "Selectbox",
  schema: {
    label: str,
    value: nullable(oneOf(num, str)),
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    required: optional(bool),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    options: arrayOf(str),
    index: nullable(num),
    placeholder: str,
    accept_new_options: bool,
    width: oneOf(str, num),
    filter_mode: nullable(str),
    icon: optional(str),
  },
};

/** A shimmering block standing in for content that is still loading (st.skeleton). */
export interface SkeletonProps {
  /** A height in pixels, "stretch" (fill the parent's height), or None for one element's height. */
  height: string | number | null;
  /** "stretch" or a width in pixels. */
  width: string | number;
}

export const Skeleton: NodeSpec<SkeletonProps> = {
  type: "Skeleton",
  sizesItself: true,
  schema: {
    height: nullable(oneOf(str, num)),
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
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
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
    required: optional(bool),
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

/** Snowflakes fall down the page once (st.snow). */
export interface SnowProps {
  /** New for every call, so that the animation plays again. */
  nonce: string;
}

export const Snow: NodeSpec<SnowProps> = {
  type: "Snow",
  schema: {
    nonce: str,
  },
};

/** Empty space in the direction of the parent (st.space). */
export interface SpaceProps {
  /** "xxsmall" to "xxlarge", "stretch", or a number of pixels. */
  size: string | number;
}

export const Space: NodeSpec<SpaceProps> = {
  type: "Space",
  sizesItself: true,
  schema: {
    size: oneOf(str, num),
  },
};

/** A spinner shown while a block of the script runs (st.spinner). */
export interface SpinnerProps {
  /** The message beside the spinner. */
  text: string;
  /** True shows the seconds elapsed. */
  show_time: boolean;
  /** "content", "stretch" or a width in pixels; absent for the cache's spinner. */
  width?: string | number;
}

export const Spinner: NodeSpec<SpinnerProps> = {
  type: "Spinner",
  schema: {
    text: str,
    show_time: bool,
    width: optional(oneOf(str, num)),
  },
};

/** An expandable box that shows the state of a long task (st.status). */
export interface StatusProps {
  /** The box's title. */
  label: string;
  /** "running" shows a spinner, "complete" a check mark, "error" a cross. */
  state: "running" | "complete" | "error";
  /** True shows the box's contents. */
  expanded: boolean;
  /** "stretch" or a width in pixels. */
  width: string | number;
  /** "compact" (a plain inline toggle) or "step" (a step of a timeline); absent: a bordered box. */
  type?: string;
}

export const Status: NodeSpec<StatusProps> = {
  type: "Status",
  schema: {
    label: str,
    state: literal("running", "complete", "error"),
    expanded: bool,
    width: oneOf(str, num),
    type: optional(str),
  },
};

/** The block of one tab (st.tabs). */
export interface TabProps {
  /** The tab's label. */
  label: string;
}

export const Tab: NodeSpec<TabProps> = {
  type: "Tab",
  sizesItself: true,
  schema: {
    label: str,
  },
};

/** A static table with every row shown (st.table). */
export interface TableProps {
  /** The first window of rows (the whole table when it is small enough) as Arrow IPC. */
  data: BinaryRef;
  /** The id under which the session keeps the whole table, for DataRequest. */
  dataset: string;
  /** The table's row count. */
  total_rows: number;
  /** The number of rows in data. */
  window_rows: number;
  /** The number of data columns, index columns not counted. */
  num_columns: number;
  /** Each column's name and Arrow type, index columns included. */
  columns: ArrowField[];
  /** The names of the columns that hold the pandas index. */
  index_columns: string[];
  /** Column name ("_index" for the index, "_pos:<n>" for a position) -> how it shows. */
  column_config: Record<string, ColumnConfig>;
  /** The data columns to show, in order, or None for all of them. */
  column_order: string[] | null;
  /** True hides the index columns, None leaves it to the data. */
  hide_index: boolean | null;
  /** A width in pixels, "stretch", "content", or None. */
  width: number | string | null;
  /** A height in pixels, "auto", "stretch", "content", or None. */
  height: number | string | null;
  /** True stretches the element to its container, None leaves it to width. */
  use_container_width: boolean | null;
  /** The height of a row in pixels, or None for the default. */
  row_height: number | null;
  /** A pandas Styler's display text and cell CSS, or None for plain data. */
  styler: StyledCells | null;
  /** The table's row count (the same as total_rows). */
  num_rows: number;
  /** True, False or "horizontal": which cell borders to draw. */
  border: boolean | string;
  /** True leaves out the header row. */
  hide_header: boolean;
  /** The table's accessible name (alt), when the script gave one. */
  alt?: string;
}

export const Table: NodeSpec<TableProps> = {
  type: "Table",
  sizesItself: true,
  schema: {
    data: binaryRef,
    dataset: str,
    total_rows: num,
    window_rows: num,
    num_columns: num,
    columns: arrayOf(shape({ name: str, type: str })),
    index_columns: arrayOf(str),
    column_config: obj,
    column_order: nullable(arrayOf(str)),
    hide_index: nullable(bool),
    width: nullable(oneOf(num, str)),
    height: nullable(oneOf(num, str)),
    use_container_width: nullable(bool),
    row_height: nullable(num),
    styler: nullable(shape({ display_values: arrayOf(arrayOf(str)), styles: obj, caption: nullable(str) })),
    num_rows: num,
    border: oneOf(bool, str),
    hide_header: bool,
    alt: optional(str),
  },
};

/** A row of tabs (st.tabs). */
export interface TabsProps {
  /** The widget's label (markdown). */
  label?: string;
  /** The widget's current value, in its wire form. */
  value?: string;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value?: boolean;
  /** The form the widget belongs to, or None. */
  form_id?: string;
  /** The user's key, when the script gave one. */
  key?: string;
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
  /** The tabs' labels, in order. */
  labels: string[];
  /** The tab shown first, when not the first one (for tabs with on_change, the open tab). */
  default_index?: number;
  /** "rerun" when switching tabs reruns the script (the open tab's label is then a widget value). */
  on_change?: string;
  /** A width in pixels; absent to stretch to the container. */
  width?: number;
  /** "stretch" or a height in pixels for the panels (they scroll); absent to fit the content. */
  height?: string | number;
}

export const Tabs: NodeSpec<TabsProps> = {
  type: "Tabs",
  sizesItself: true,
  schema: {
    label: optional(str),
    value: optional(str),
    set_value: optional(bool),
    form_id: optional(str),
    key: optional(str),
    required: optional(bool),
    labels: arrayOf(str),
    default_index: optional(num),
    on_change: optional(str),
    width: optional(num),
    height: optional(oneOf(str, num)),
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
  /** False keeps the text on one line, cut with an ellipsis; absent: it wraps. */
  wrap?: boolean;
}

export const Text: NodeSpec<TextProps> = {
  type: "Text",
  schema: {
    body: str,
    help: nullable(str),
    width: oneOf(str, num),
    text_alignment: optional(str),
    wrap: optional(bool),
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
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
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
    required: optional(bool),
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
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
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
  /** live=: commit while typing, after this many milliseconds without input; absent: on Enter or blur. */
  live_ms?: number;
  /** A JavaScript regular expression a non-empty value must match before it is sent; absent: none. */
  validate_regex?: string;
  /** What the box says when its value does not match validate_regex; absent: a generic message. */
  validate_message?: string;
}

export const TextInput: NodeSpec<TextInputProps> = {
  type: "TextInput",
  schema: {
    label: str,
    value: nullable(str),
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    required: optional(bool),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    max_chars: nullable(num),
    type: literal("default", "password"),
    autocomplete: str,
    placeholder: str,
    icon: nullable(str),
    width: oneOf(str, num),
    live_ms: optional(num),
    validate_regex: optional(str),
    validate_message: optional(str),
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
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
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
  /** How times are shown: "24h" (14:30), "12h" (2:30 PM) or "localized" (the system's way). */
  format: string;
}

export const TimeInput: NodeSpec<TimeInputProps> = {
  type: "TimeInput",
  schema: {
    label: str,
    value: nullable(str),
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    required: optional(bool),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    step: num,
    width: oneOf(str, num),
    format: str,
  },
};

/** A short message in the corner of the page (st.toast). */
export interface ToastProps {
  /** The message (markdown). */
  body: string;
  /** An emoji or ":material/name:" icon, or None. */
  icon: string | null;
  /** "short", "long", "infinite" or a number of seconds. */
  duration: string | number;
  /** New for every call, so that the same message shows again. */
  nonce: string;
}

export const Toast: NodeSpec<ToastProps> = {
  type: "Toast",
  schema: {
    body: str,
    icon: nullable(str),
    duration: oneOf(str, num),
    nonce: str,
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
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
  /** Tooltip text (markdown) shown beside the label. */
  help: string | null;
  /** "visible", "hidden" (keeps the space) or "collapsed". */
  label_visibility: string;
  /** True greys the widget out and ignores input. */
  disabled: boolean;
  /** "content", "stretch" or a width in pixels. */
  width: string | number;
  /** True wraps the label onto more lines, False keeps one line with an ellipsis; absent: by layout. */
  wrap?: boolean;
}

export const Toggle: NodeSpec<ToggleProps> = {
  type: "Toggle",
  schema: {
    label: str,
    value: bool,
    set_value: bool,
    form_id: nullable(str),
    key: optional(str),
    required: optional(bool),
    help: nullable(str),
    label_visibility: str,
    disabled: bool,
    width: oneOf(str, num),
    wrap: optional(bool),
  },
};

/** A Vega-Lite chart: st.line_chart and its siblings, and st.altair_chart / st.vega_lite_chart. */
export interface VegaLiteChartProps {
  /** The widget's label (markdown). */
  label?: string;
  /** The widget's current value, in its wire form. */
  value?: unknown;
  /** True when the script set the value (`session_state` or a reset): the client takes it. */
  set_value?: boolean;
  /** The form the widget belongs to, or None. */
  form_id?: string;
  /** The user's key, when the script gave one. */
  key?: string;
  /** True when the widget may not be left empty (required=True): the client sends no empty value. */
  required?: boolean;
  /** The chart's specification (Vega-Lite, Plotly figure or deck.gl JSON). */
  spec: Record<string, unknown>;
  /** A width in pixels, "stretch", "content", or None for the library's own. */
  width: number | string | null;
  /** A height in pixels, "stretch", "content", or None for the library's own. */
  height: number | string | null;
  /** True stretches the chart to its container, None leaves it to width. */
  use_container_width: boolean | null;
  /** The selections the user may make ("points", "box", "interval"...); empty when not selectable. */
  selection_mode: string[];
  /** The chart's accessible name (alt), when the script gave one. */
  alt?: string;
  /** The chart's data as Arrow IPC, bound to the spec's named dataset, or None. */
  data: BinaryRef | null;
  /** The built-in chart's kind ("line", "bar"...), or None for a script's own spec. */
  chart_type: string | null;
  /** "streamlit" for desk's look, or None for Vega-Lite's. */
  theme: string | null;
}

export const VegaLiteChart: NodeSpec<VegaLiteChartProps> = {
  type: "VegaLiteChart",
  sizesItself: true,
  schema: {
    label: optional(str),
    value: optional(any),
    set_value: optional(bool),
    form_id: optional(str),
    key: optional(str),
    required: optional(bool),
    spec: obj,
    width: nullable(oneOf(num, str)),
    height: nullable(oneOf(num, str)),
    use_container_width: nullable(bool),
    selection_mode: arrayOf(str),
    alt: optional(str),
    data: nullable(binaryRef),
    chart_type: nullable(str),
    theme: nullable(str),
  },
};

/** A video player (st.video). */
export interface VideoProps {
  /** The media type, e.g. "audio/wav". */
  format: string;
  /** Where playing starts, in seconds. */
  start_time: number;
  /** Where playing stops, in seconds, or None for the end. */
  end_time: number | null;
  /** True plays the clip again when it ends. */
  loop: boolean;
  /** True starts playing at once. */
  autoplay: boolean;
  /** "stretch" or a width in pixels. */
  width: string | number;
  /** The player's accessible name (alt), when the script gave one. */
  alt?: string;
  /** A URL, when the audio is not sent as bytes. */
  src?: string;
  /** The audio's bytes, when it has no URL (streamed from /media). */
  payload?: BinaryRef;
  /** True plays without sound. */
  muted: boolean;
  /** The subtitle tracks; the first one shows by default. */
  subtitles: SubtitleTrack[];
}

export const Video: NodeSpec<VideoProps> = {
  type: "Video",
  sizesItself: true,
  schema: {
    format: str,
    start_time: num,
    end_time: nullable(num),
    loop: bool,
    autoplay: bool,
    width: oneOf(str, num),
    alt: optional(str),
    src: optional(str),
    payload: optional(binaryRef),
    muted: bool,
    subtitles: arrayOf(shape({ label: str, payload: binaryRef })),
  },
};

/** Every node type with a definition. */
export const NODE_TYPES = [
  "Alert",
  "Audio",
  "AudioInput",
  "Badge",
  "Balloons",
  "BidiComponent",
  "BokehChart",
  "Button",
  "CameraInput",
  "Caption",
  "ChatInput",
  "ChatMessage",
  "Checkbox",
  "Code",
  "ColorPicker",
  "Column",
  "Columns",
  "ComponentHtml",
  "ComponentIframe",
  "Container",
  "CustomComponent",
  "DataEditor",
  "Dataframe",
  "DateInput",
  "DateTimeInput",
  "DeckGlChart",
  "Dialog",
  "Divider",
  "DownloadButton",
  "EChartsChart",
  "Empty",
  "Exception",
  "Expander",
  "Feedback",
  "FilePicker",
  "FileUploader",
  "Form",
  "FormSubmitButton",
  "GraphvizChart",
  "Grid",
  "GridCell",
  "Heading",
  "Help",
  "Html",
  "Image",
  "Json",
  "Latex",
  "LinkButton",
  "Logo",
  "Markdown",
  "MenuButton",
  "MermaidChart",
  "Metric",
  "Multiselect",
  "NumberInput",
  "PageLink",
  "Pagination",
  "Pdf",
  "Pills",
  "PlotlyChart",
  "Popover",
  "Progress",
  "Radio",
  "SegmentedControl",
  "SelectSlider",
  "Selectbox",
  "Skeleton",
  "Slider",
  "Snow",
  "Space",
  "Spinner",
  "Status",
  "Tab",
  "Table",
  "Tabs",
  "Text",
  "TextArea",
  "TextInput",
  "TimeInput",
  "Toast",
  "Toggle",
  "VegaLiteChart",
  "Video",
] as const;
