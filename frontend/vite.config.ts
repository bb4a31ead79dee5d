/// <reference types="vitest/config" />
// Builds the frontend into desk/static (served by the Python server) with relative asset URLs.
import { defineConfig, type Plugin } from "vite";
import { fileURLToPath } from "node:url";

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

/** A `<link rel="modulepreload">` tag for the built file `file`. */
function modulePreload(file: string, injectTo: "head" | "head-prepend") {
  return { tag: "link", attrs: { rel: "modulepreload", crossorigin: true, href: `./${file}` }, injectTo };
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
          ...boot.imports.map((file) => modulePreload(file, "head-prepend")),
          { tag: "script", attrs: { type: "module", crossorigin: true, src: `./${boot.fileName}` }, injectTo: "head-prepend" as const },
        ];
      },
    },
  };
}

/** What the chunking asks of the module graph (rolldown's ChunkingContext). */
interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/** The modules reachable from ``entry`` through static imports (dynamic imports start chunks of their own). */
function staticClosure(entry: string, graph: ModuleGraph): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    todo.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * The first paint needs every module the main entry imports statically: put them in one
 * chunk ("core"), whatever on-demand chunks share some of them, rather than in a dozen
 * common chunks the page fetches one by one. The modules the boot entry imports go to a
 * small chunk of their own ("connection"), so the boot script never waits for the core.
 * Each of `preloaded` (a module the app imports dynamically, by chunk name) gets one chunk
 * holding it and the modules it imports that the core does not (rather than its libraries
 * split into chunks shared with other on-demand modules): preloadChunks adds it to the page.
 * (A code-splitting group whose name is a function: a module goes to the chunk it names,
 * or to automatic chunking when it names none.)
 */
export function coreChunks(
  main: string,
  boot: string,
  preloaded: Record<string, string> = {},
): { name: (id: string, graph: ModuleGraph) => string | null } {
  let chunkOf: Map<string, string> | null = null;
  return {
    name(id, graph) {
      if (chunkOf === null) {
        const booted = staticClosure(boot, graph);
        booted.delete(boot);
        chunkOf = new Map([...staticClosure(main, graph)].map((module) => [module, booted.has(module) ? "connection" : "core"]));
        for (const module of booted) chunkOf.set(module, "connection");
        for (const [chunk, entry] of Object.entries(preloaded)) {
          for (const module of staticClosure(entry, graph)) if (!chunkOf.has(module)) chunkOf.set(module, chunk);
        }
      }
      return chunkOf.get(id) ?? null;
    },
  };
}

/**
 * The chunks named `names` (on-demand chunks that a first page may need at once, such as the
 * markdown engine) load with the page: a modulepreload link for each and for the chunks it
 * imports that the entries do not (the bundler's small runtime, which the core does not
 * import: fetched only when the chunk ran, it cost a round trip then), after the core
 * bundle's, so the browser fetches them in parallel with it. They run only when imported.
 */
export function preloadChunks(names: readonly string[]): Plugin {
  return {
    name: "desk-preload-chunks",
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        const outputs = Object.values(ctx.bundle ?? {});
        const loaded = new Set<string>();
        for (const output of outputs) {
          if (output.type === "chunk" && output.isEntry) [output.fileName, ...output.imports].forEach((file) => loaded.add(file));
        }
        const files: string[] = [];
        for (const output of outputs) {
          if (output.type !== "chunk" || output.isEntry || !names.includes(output.name)) continue;
          for (const file of [...output.imports, output.fileName]) {
            if (!loaded.has(file)) files.push(file);
            loaded.add(file);
          }
        }
        return files.map((file) => modulePreload(file, "head"));
      },
    },
  };
}

/**
 * React's API, served by Preact's compat layer: the same components and hooks, a runtime a
 * tenth the size, so the core chunk the first paint waits for downloads and runs sooner.
 * Types still come from @types/react. Anchored patterns, so "react" does not also catch
 * "react-dom" or "react/jsx-runtime".
 */
export const PREACT_ALIASES = [
  { find: /^react\/jsx-(dev-)?runtime$/, replacement: "preact/compat/jsx-runtime" },
  { find: /^react-dom\/client$/, replacement: "preact/compat/client" },
  { find: /^react-dom\/server$/, replacement: "preact/compat/server" },
  { find: /^react-dom$/, replacement: "preact/compat" },
  { find: /^react$/, replacement: "preact/compat" },
];

const MAIN = fileURLToPath(new URL("./src/main.tsx", import.meta.url));
const BOOT = fileURLToPath(new URL("./src/boot.ts", import.meta.url));
/** marked and DOMPurify, out of the core: text with no markdown in it draws without them (src/markdown.ts). */
const MARKDOWN = fileURLToPath(new URL("./src/markdownEngine.ts", import.meta.url));

export default defineConfig({
  plugins: [offlineUrls(), bootFirst(), preloadChunks(["markdown"])],
  // JSX compiles to jsx() calls from "react/jsx-runtime", which the aliases send to Preact.
  // (No React plugin: its fast refresh works on React only; the dev server reloads the page.)
  oxc: { jsx: { runtime: "automatic" } },
  base: "./",
  resolve: { alias: PREACT_ALIASES },
  build: {
    outDir: "../desk/static",
    emptyOutDir: true,
    chunkSizeWarningLimit: 6000,
    sourcemap: false,
    rollupOptions: {
      input: { index: "index.html", boot: "src/boot.ts" },
      output: { codeSplitting: { groups: [coreChunks(MAIN, BOOT, { markdown: MARKDOWN })] } },
    },
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.{ts,tsx}"],
  },
});
