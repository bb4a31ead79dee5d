// The desktop window's native dialogs (window.pywebview.api, see desk/shell/bridge.py), when present.

export interface OpenedFile {
  name: string;
  path: string;
  size: number;
  type: string;
  data: string;
}

export interface DeskBridge {
  save_file?: (suggestedName: string, base64Data: string) => Promise<boolean>;
  open_files?: (types: string[] | null, multiple: boolean) => Promise<OpenedFile[] | null>;
  pick_path?: (kind: string, types: string[] | null) => Promise<string | string[] | null>;
}

export function bridge(): DeskBridge | null {
  const api = (window as unknown as { pywebview?: { api?: DeskBridge } }).pywebview?.api;
  return api ?? null;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
