// The shared upload flow of FileUploader, CameraInput and AudioInput.

import { useState } from "react";
import { useDesk, useWidgetValue } from "../context";
import { uploadFile, type UploadedInfo } from "../upload";
import type { Entry } from "../store";
import { useWidgetSender } from "./widget";
import { bridge, fromBase64 } from "../bridge";

export function useUploads(props: { value?: unknown; set_value?: boolean; files?: unknown; max_upload_mb?: number }, entry: Entry, multiple: boolean) {
  const { sessionId, token, xsrfToken, maxUploadMb: serverLimit } = useDesk();
  // max_upload_size= replaces the server's limit (server.maxUploadSize) for this widget's files.
  const maxUploadMb = props.max_upload_mb ?? serverLimit;
  const { change } = useWidgetSender(entry);
  const [ids, setIds] = useWidgetValue<string[] | null>(props, []);
  const known = Array.isArray(props.files) ? (props.files as UploadedInfo[]) : [];
  const [infos, setInfos] = useState<UploadedInfo[]>(known);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const currentIds = Array.isArray(ids) ? ids : [];
  const shown = currentIds.map((id) => infos.find((f) => f.file_id === id) ?? known.find((f) => f.file_id === id) ?? { file_id: id, name: id, size: 0, type: "" });

  const add = async (files: File[]) => {
    setError(null);
    if (sessionId === null) {
      setError("Not connected.");
      return;
    }
    const sizeError = tooLarge(files, maxUploadMb);
    if (sizeError !== null) {
      setError(sizeError);
      return;
    }
    setBusy(true);
    try {
      const uploaded = await Promise.all(files.map((f) => uploadFile(f, sessionId, token, xsrfToken ?? "", entry.node.id ?? "")));
      const next = multiple ? [...currentIds, ...uploaded.map((u) => u.file_id)] : uploaded.slice(-1).map((u) => u.file_id);
      setInfos((prev) => [...prev, ...uploaded]);
      setIds(next);
      change(next);
    } catch (e) {
      setError(String(e instanceof Error ? e.message : e));
    } finally {
      setBusy(false);
    }
  };
  const remove = (id: string) => {
    const next = currentIds.filter((x) => x !== id);
    setIds(next);
    change(next);
  };
  /** Desktop window: pick files in the native Open dialog, then upload them as usual. */
  const pickNative = async (types: string[] | null): Promise<boolean> => {
    if (!hasNativePicker()) return false;
    try {
      const picked = await pickNativeFiles(types, multiple);
      if (picked) await add(picked);
    } catch (e) {
      setError(String(e instanceof Error ? e.message : e));
    }
    return true;
  };
  return { shown, add, remove, error, busy, pickNative, maxUploadMb };
}

/** The message for the first file over the upload limit, or null when all fit. */
export function tooLarge(files: File[], maxUploadMb: number): string | null {
  const big = files.find((f) => f.size > maxUploadMb * 1024 * 1024);
  return big ? `${big.name} is larger than ${maxUploadMb} MB.` : null;
}

/** True in the desktop window, where files are picked in the native Open dialog. */
export function hasNativePicker(): boolean {
  return Boolean(bridge()?.open_files);
}

/** Files picked in the native Open dialog (null when cancelled). */
export async function pickNativeFiles(types: string[] | null, multiple: boolean): Promise<File[] | null> {
  const picked = await bridge()?.open_files?.(types, multiple);
  return picked ? picked.map((f) => new File([new Uint8Array(fromBase64(f.data))], f.name, { type: f.type })) : null;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
