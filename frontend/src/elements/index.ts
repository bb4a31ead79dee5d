// The registry of element components, one module per node type. The core elements (text,
// markdown, layout, the common widgets: what most first pages draw) are in the main bundle;
// the others are listed with onDemand(Spec, () => import("./Name")) and load as chunks of
// their own when first drawn, or when the page is idle (onDemand.tsx). A new element that
// first pages rarely show belongs with them.

import type { AnyElementDef } from "./types";
import { onDemand } from "./onDemand";
import {
  Audio,
  AudioInput,
  Balloons,
  BidiComponent,
  BokehChart,
  CameraInput,
  ChatInput,
  ChatMessage,
  ColorPicker,
  ComponentHtml,
  ComponentIframe,
  CustomComponent,
  DataEditor,
  Dataframe,
  DateInput,
  DateTimeInput,
  DeckGlChart,
  EChartsChart,
  DownloadButton,
  Feedback,
  FilePicker,
  FileUploader,
  GraphvizChart,
  Help,
  Json,
  MermaidChart,
  Pdf,
  Pills,
  PlotlyChart,
  SegmentedControl,
  Snow,
  Table,
  TimeInput,
  VegaLiteChart,
  Video,
} from "../nodes.gen";
import AlertEl from "./Alert";
import BadgeEl from "./Badge";
import ButtonEl from "./Button";
import CaptionEl from "./Caption";
import CheckboxEl from "./Checkbox";
import CodeEl from "./Code";
import ColumnEl from "./Column";
import ColumnsEl from "./Columns";
import ContainerEl from "./Container";
import DialogEl from "./Dialog";
import DividerEl from "./Divider";
import SpaceEl from "./Space";
import EmptyEl from "./Empty";
import ExceptionEl from "./Exception";
import ExpanderEl from "./Expander";
import FormEl from "./Form";
import FormSubmitButtonEl from "./FormSubmitButton";
import GridEl from "./Grid";
import GridCellEl from "./GridCell";
import HeadingEl from "./Heading";
import HtmlEl from "./Html";
import ImageEl from "./Image";
import LatexEl from "./Latex";
import LinkButtonEl from "./LinkButton";
import LogoEl from "./Logo";
import MarkdownEl from "./Markdown";
import MenuButtonEl from "./MenuButton";
import MetricEl from "./Metric";
import MultiselectEl from "./Multiselect";
import NumberInputEl from "./NumberInput";
import PageLinkEl from "./PageLink";
import PaginationEl from "./Pagination";
import PopoverEl from "./Popover";
import ProgressEl from "./Progress";
import RadioEl from "./Radio";
import SelectSliderEl from "./SelectSlider";
import SelectboxEl from "./Selectbox";
import SkeletonEl from "./Skeleton";
import SliderEl from "./Slider";
import SpinnerEl from "./Spinner";
import StatusEl from "./Status";
import TabEl from "./Tab";
import TabsEl from "./Tabs";
import TextEl from "./Text";
import TextAreaEl from "./TextArea";
import TextInputEl from "./TextInput";
import ToastEl from "./Toast";
import ToggleEl from "./Toggle";

export const elements: AnyElementDef[] = [
  AlertEl,
  onDemand(Audio, () => import("./Audio")),
  onDemand(AudioInput, () => import("./AudioInput")),
  BadgeEl,
  onDemand(Balloons, () => import("./Balloons")),
  onDemand(BidiComponent, () => import("./BidiComponent")),
  onDemand(BokehChart, () => import("./BokehChart")),
  ButtonEl,
  onDemand(CameraInput, () => import("./CameraInput")),
  CaptionEl,
  onDemand(ChatInput, () => import("./ChatInput")),
  onDemand(ChatMessage, () => import("./ChatMessage")),
  CheckboxEl,
  CodeEl,
  onDemand(ColorPicker, () => import("./ColorPicker")),
  ColumnEl,
  ColumnsEl,
  onDemand(ComponentHtml, () => import("./ComponentHtml")),
  onDemand(ComponentIframe, () => import("./ComponentIframe")),
  ContainerEl,
  onDemand(CustomComponent, () => import("./CustomComponent")),
  onDemand(DataEditor, () => import("./DataEditor")),
  onDemand(Dataframe, () => import("./Dataframe")),
  onDemand(DateInput, () => import("./DateInput")),
  onDemand(DateTimeInput, () => import("./DateTimeInput")),
  onDemand(DeckGlChart, () => import("./DeckGlChart")),
  DialogEl,
  DividerEl,
  onDemand(EChartsChart, () => import("./EChartsChart")),
  SpaceEl,
  onDemand(DownloadButton, () => import("./DownloadButton")),
  EmptyEl,
  ExceptionEl,
  ExpanderEl,
  onDemand(Feedback, () => import("./Feedback")),
  onDemand(FilePicker, () => import("./FilePicker")),
  onDemand(FileUploader, () => import("./FileUploader")),
  FormEl,
  FormSubmitButtonEl,
  onDemand(GraphvizChart, () => import("./GraphvizChart")),
  GridEl,
  GridCellEl,
  HeadingEl,
  onDemand(Help, () => import("./Help")),
  HtmlEl,
  ImageEl,
  onDemand(Json, () => import("./Json")),
  LatexEl,
  LinkButtonEl,
  LogoEl,
  MarkdownEl,
  MenuButtonEl,
  onDemand(MermaidChart, () => import("./MermaidChart")),
  MetricEl,
  MultiselectEl,
  NumberInputEl,
  PageLinkEl,
  PaginationEl,
  onDemand(Pdf, () => import("./Pdf")),
  onDemand(Pills, () => import("./Pills")),
  onDemand(PlotlyChart, () => import("./PlotlyChart")),
  PopoverEl,
  ProgressEl,
  RadioEl,
  onDemand(SegmentedControl, () => import("./SegmentedControl")),
  SelectSliderEl,
  SelectboxEl,
  SkeletonEl,
  SliderEl,
  onDemand(Snow, () => import("./Snow")),
  SpinnerEl,
  StatusEl,
  TabEl,
  onDemand(Table, () => import("./Table")),
  TabsEl,
  TextEl,
  TextAreaEl,
  TextInputEl,
  onDemand(TimeInput, () => import("./TimeInput")),
  ToastEl,
  ToggleEl,
  onDemand(VegaLiteChart, () => import("./VegaLiteChart")),
  onDemand(Video, () => import("./Video")),
];

export const registry: ReadonlyMap<string, AnyElementDef> = new Map(elements.map((def) => [def.type, def]));
