// Lazy chunk: PDF documents drawn page by page with the bundled pdf.js (its legacy build, which
// also runs in older Chromium engines such as Qt WebEngine's). The parser runs in pdf.js's
// worker, served from the bundle; nothing is evaluated from the document.

import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import workerUrl from "pdfjs-dist/legacy/build/pdf.worker.min.mjs?url";

GlobalWorkerOptions.workerSrc = workerUrl;

export interface PdfView {
  pages: number;
  close: () => void;
}

/**
 * Fetch the PDF at `url` (byte ranges from /media) and draw each page as a canvas in `el`, at
 * `el`'s width. Resolves once the first page is drawn; the others follow in order.
 */
export async function renderPdf(el: HTMLElement, url: string, label: string): Promise<PdfView> {
  const task = getDocument({ url, isEvalSupported: false, enableXfa: false, withCredentials: false });
  let closed = false;
  const doc: PDFDocumentProxy = await task.promise;
  const width = Math.max(el.clientWidth - 16, 200);
  const ratio = window.devicePixelRatio || 1;
  const drawPage = async (number: number) => {
    const page = await doc.getPage(number);
    if (closed) return;
    const unscaled = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: (width / unscaled.width) * ratio });
    const canvas = document.createElement("canvas");
    canvas.className = "pdf-page";
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", `${label}, page ${number} of ${doc.numPages}`);
    el.appendChild(canvas);
    await page.render({ canvas, viewport }).promise;
    page.cleanup();
  };
  await drawPage(1);
  void (async () => {
    for (let n = 2; n <= doc.numPages && !closed; n++) await drawPage(n);
  })().catch(() => undefined);
  return {
    pages: doc.numPages,
    close: () => {
      closed = true;
      void task.destroy();
    },
  };
}
