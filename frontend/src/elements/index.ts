// The registry of element components, one module per node type.

import type { AnyElementDef } from "./types";
import AlertEl from "./Alert";
import AudioEl from "./Audio";
import AudioInputEl from "./AudioInput";
import BadgeEl from "./Badge";
import BalloonsEl from "./Balloons";
import BokehChartEl from "./BokehChart";
import ButtonEl from "./Button";
import CameraInputEl from "./CameraInput";
import CaptionEl from "./Caption";
import ChatInputEl from "./ChatInput";
import ChatMessageEl from "./ChatMessage";
import CheckboxEl from "./Checkbox";
import CodeEl from "./Code";
import ColorPickerEl from "./ColorPicker";
import ColumnEl from "./Column";
import ColumnsEl from "./Columns";
import ComponentHtmlEl from "./ComponentHtml";
import ComponentIframeEl from "./ComponentIframe";
import ContainerEl from "./Container";
import CustomComponentEl from "./CustomComponent";
import DataEditorEl from "./DataEditor";
import DataframeEl from "./Dataframe";
import DateInputEl from "./DateInput";
import DateTimeInputEl from "./DateTimeInput";
import DeckGlChartEl from "./DeckGlChart";
import DialogEl from "./Dialog";
import DividerEl from "./Divider";
import EChartsChartEl from "./EChartsChart";
import SpaceEl from "./Space";
import DownloadButtonEl from "./DownloadButton";
import EmptyEl from "./Empty";
import ExceptionEl from "./Exception";
import ExpanderEl from "./Expander";
import FeedbackEl from "./Feedback";
import FilePickerEl from "./FilePicker";
import FileUploaderEl from "./FileUploader";
import FormEl from "./Form";
import FormSubmitButtonEl from "./FormSubmitButton";
import GraphvizChartEl from "./GraphvizChart";
import GridEl from "./Grid";
import GridCellEl from "./GridCell";
import HeadingEl from "./Heading";
import HelpEl from "./Help";
import HtmlEl from "./Html";
import ImageEl from "./Image";
import JsonEl from "./Json";
import LatexEl from "./Latex";
import LinkButtonEl from "./LinkButton";
import LogoEl from "./Logo";
import MarkdownEl from "./Markdown";
import MenuButtonEl from "./MenuButton";
import MermaidChartEl from "./MermaidChart";
import MetricEl from "./Metric";
import MultiselectEl from "./Multiselect";
import NumberInputEl from "./NumberInput";
import PageLinkEl from "./PageLink";
import PaginationEl from "./Pagination";
import PdfEl from "./Pdf";
import PillsEl from "./Pills";
import PlotlyChartEl from "./PlotlyChart";
import PopoverEl from "./Popover";
import ProgressEl from "./Progress";
import RadioEl from "./Radio";
import SegmentedControlEl from "./SegmentedControl";
import SelectSliderEl from "./SelectSlider";
import SelectboxEl from "./Selectbox";
import SkeletonEl from "./Skeleton";
import SliderEl from "./Slider";
import SnowEl from "./Snow";
import SpinnerEl from "./Spinner";
import StatusEl from "./Status";
import TabEl from "./Tab";
import TableEl from "./Table";
import TabsEl from "./Tabs";
import TextEl from "./Text";
import TextAreaEl from "./TextArea";
import TextInputEl from "./TextInput";
import TimeInputEl from "./TimeInput";
import ToastEl from "./Toast";
import ToggleEl from "./Toggle";
import VegaLiteChartEl from "./VegaLiteChart";
import VideoEl from "./Video";

export const elements: AnyElementDef[] = [
  AlertEl,
  AudioEl,
  AudioInputEl,
  BadgeEl,
  BalloonsEl,
  BokehChartEl,
  ButtonEl,
  CameraInputEl,
  CaptionEl,
  ChatInputEl,
  ChatMessageEl,
  CheckboxEl,
  CodeEl,
  ColorPickerEl,
  ColumnEl,
  ColumnsEl,
  ComponentHtmlEl,
  ComponentIframeEl,
  ContainerEl,
  CustomComponentEl,
  DataEditorEl,
  DataframeEl,
  DateInputEl,
  DateTimeInputEl,
  DeckGlChartEl,
  DialogEl,
  DividerEl,
  EChartsChartEl,
  SpaceEl,
  DownloadButtonEl,
  EmptyEl,
  ExceptionEl,
  ExpanderEl,
  FeedbackEl,
  FilePickerEl,
  FileUploaderEl,
  FormEl,
  FormSubmitButtonEl,
  GraphvizChartEl,
  GridEl,
  GridCellEl,
  HeadingEl,
  HelpEl,
  HtmlEl,
  ImageEl,
  JsonEl,
  LatexEl,
  LinkButtonEl,
  LogoEl,
  MarkdownEl,
  MenuButtonEl,
  MermaidChartEl,
  MetricEl,
  MultiselectEl,
  NumberInputEl,
  PageLinkEl,
  PaginationEl,
  PdfEl,
  PillsEl,
  PlotlyChartEl,
  PopoverEl,
  ProgressEl,
  RadioEl,
  SegmentedControlEl,
  SelectSliderEl,
  SelectboxEl,
  SkeletonEl,
  SliderEl,
  SnowEl,
  SpinnerEl,
  StatusEl,
  TabEl,
  TableEl,
  TabsEl,
  TextEl,
  TextAreaEl,
  TextInputEl,
  TimeInputEl,
  ToastEl,
  ToggleEl,
  VegaLiteChartEl,
  VideoEl,
];

export const registry: ReadonlyMap<string, AnyElementDef> = new Map(elements.map((def) => [def.type, def]));
