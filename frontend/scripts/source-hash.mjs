#!/usr/bin/env node
// sha256 over the frontend sources; --write FILE stores it, --check FILE exits 1 when FILE is stale.
// Hashed: src/**, public/**, index.html, package.json, package-lock.json, vite.config.ts, tsconfig*.json
// (relative paths and contents, in sorted order, with line endings normalised).

import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

export function sourceFiles() {
  const files = [...walk(join(root, "src")), ...(existsSync(join(root, "public")) ? walk(join(root, "public")) : [])];
  for (const name of readdirSync(root)) {
    if (["index.html", "package.json", "package-lock.json", "vite.config.ts"].includes(name) || /^tsconfig.*\.json$/.test(name)) {
      files.push(join(root, name));
    }
  }
  return files.map((f) => relative(root, f).split(sep).join("/")).sort();
}

export function sourceHash() {
  const hash = createHash("sha256");
  for (const rel of sourceFiles()) {
    const text = readFileSync(join(root, rel)).toString("binary").replace(/\r\n/g, "\n");
    hash.update(rel + "\0" + text.length + "\0");
    hash.update(text, "binary");
  }
  return hash.digest("hex");
}

const [mode, file] = process.argv.slice(2);
const digest = sourceHash();
if (mode === "--write") {
  writeFileSync(file, digest + "\n");
  console.log(`source hash ${digest} -> ${file}`);
} else if (mode === "--check") {
  const stored = file && existsSync(file) ? readFileSync(file, "utf8").trim() : "";
  if (stored !== digest) {
    console.error(`frontend build is stale: ${file} has ${stored || "(nothing)"}, sources hash to ${digest}. Run npm run build.`);
    process.exit(1);
  }
  console.log("frontend build is current");
} else {
  console.log(digest);
}
