import { defineNode } from "./types";
import { ButtonLabel, buttonClass, useButtonShortcut } from "./Button";
import { ShortcutHint } from "./shortcut";
import { useWidgetSender } from "./widget";
import { useDesk } from "../context";
import { isBinaryRef } from "../binary";
import { bridge, toBase64 } from "../bridge";
import { DownloadButton } from "../nodes.gen";

export default defineNode(DownloadButton, ({ props, entry }) => {
  const { trigger } = useWidgetSender(entry);
  const { payloads } = useDesk();
  const shortcut = useButtonShortcut(props);
  const download = () => {
    const native = bridge();
    if (native?.save_file && isBinaryRef(props.data)) {
      // Desktop window: the native Save dialog writes the file.
      const payload = payloads.get(props.data.$binary);
      if (payload !== undefined) {
        native.save_file(props.file_name ?? "download", toBase64(payload.bytes)).catch((e: unknown) => console.error("desk: save failed", e));
        trigger(true);
        return;
      }
    }
    let href: string | null = null;
    let revoke = false;
    if (isBinaryRef(props.data)) {
      const payload = payloads.get(props.data.$binary);
      if (payload !== undefined) {
        href = URL.createObjectURL(new Blob([new Uint8Array(payload.bytes)], { type: props.mime ?? payload.mimetype }));
        revoke = true;
      }
    }
    if (href !== null) {
      const a = document.createElement("a");
      a.href = href;
      a.download = props.file_name ?? "download";
      document.body.appendChild(a);
      a.click();
      a.remove();
      if (revoke) window.setTimeout(() => URL.revokeObjectURL(href), 10000);
    }
    trigger(true);
  };
  return (
    <button type="button" {...shortcut} className={buttonClass(props)} disabled={props.disabled === true} title={props.help ?? undefined} onClick={download}>
      <ButtonLabel props={props} />
      <ShortcutHint shortcut={props.shortcut} />
    </button>
  );
});
