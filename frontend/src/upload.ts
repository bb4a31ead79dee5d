// Uploads: PUT /upload/<session_id> (multipart, field "file") with the token and XSRF header.
// The XSRF value is the session's SessionInfo.xsrf_token, which the server derives from the
// token: a cookie could be set by another site on the same host, so none is read.

export interface UploadedInfo {
  file_id: string;
  name: string;
  size: number;
  type: string;
}

export async function uploadFile(file: File, sessionId: string, token: string, xsrf: string, widgetId: string): Promise<UploadedInfo> {
  const form = new FormData();
  form.append("file", file, file.name);
  form.append("widget_id", widgetId);
  const headers: Record<string, string> = { "X-Desk-Token": token, "X-XSRFToken": xsrf };
  // The widget names itself in the URL too, so the server applies its max_upload_size before reading the body.
  const widget = widgetId ? `&widget=${encodeURIComponent(widgetId)}` : "";
  const response = await fetch(`/upload/${encodeURIComponent(sessionId)}?token=${encodeURIComponent(token)}${widget}`, {
    method: "PUT",
    body: form,
    headers,
    credentials: "same-origin",
  });
  if (!response.ok) throw new Error(`upload failed (${response.status}): ${await response.text()}`);
  const body = (await response.json()) as Record<string, unknown>;
  const id =
    typeof body.file_id === "string"
      ? body.file_id
      : Array.isArray(body.file_ids) && typeof body.file_ids[0] === "string"
        ? body.file_ids[0]
        : typeof body.id === "string"
          ? body.id
          : null;
  if (id === null) throw new Error("upload answer has no file id");
  return { file_id: id, name: file.name, size: file.size, type: file.type };
}
