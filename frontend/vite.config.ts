/// <reference types="vitest/config" />
// Builds the frontend into desk/static (served by the Python server) with relative asset URLs.
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

/** XML namespaces are identifiers, never fetched: they stay as they are. */
const NAMESPACE = /^https?:\/\/www\.w3\.org\//;

/**
 * The app must never reach the network. Bundled libraries carry remote URLs (Plotly's map
 * tiles and topojson CDN, error-page links...): rewrite every http(s) URL that has a host,
 * except XML namespaces, to the inert scheme "desk-offline:", so nothing can fetch it.
 */
export function offlineUrls(): Plugin {
  const rewrite = (text: string): string =>
    text.replace(/https?:\/\/(?=[A-Za-z0-9\[{$])[^\s"'`)<>\\]*/g, (url) => (NAMESPACE.test(url) ? url : url.replace(/^https?:/, "desk-offline:")));
  return {
    name: "desk-offline-urls",
    enforce: "post",
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === "chunk") output.code = rewrite(output.code);
        else if (typeof output.source === "string") output.source = rewrite(output.source);
      }
    },
  };
}

/**
 * src/boot.ts is an entry of its own, loaded before the main bundle: put its script (and the
 * chunks it imports) first in the page's head, so it runs while the main bundle still loads.
 */
export function bootFirst(): Plugin {
  return {
    name: "desk-boot-first",
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        const boot = Object.values(ctx.bundle ?? {}).find((output) => output.type === "chunk" && output.isEntry && output.name === "boot");
        if (boot === undefined || boot.type !== "chunk") return [];
        return [
          ...boot.imports.map((file) => ({ tag: "link", attrs: { rel: "modulepreload", crossorigin: true, href: `./${file}` }, injectTo: "head-prepend" as const })),
          { tag: "script", attrs: { type: "module", crossorigin: true, src: `./${boot.fileName}` }, injectTo: "head-prepend" as const },
        ];
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), offlineUrls(), bootFirst()],
  base: "./",
  build: {
    outDir: "../desk/static",
    emptyOutDir: true,
    chunkSizeWarningLimit: 6000,
    sourcemap: false,
    rollupOptions: { input: { index: "index.html", boot: "src/boot.ts" } },
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.{ts,tsx}"],
  },
});
