"""``desk build``: freeze a script into one executable (or a folder) that starts fast.

Stages: read options (CLI over ``[tool.desk]`` in a ``pyproject.toml`` beside the script),
capture dependencies from the script's imports and stop early on missing packages, stage
the app's files (never ``secrets.toml`` unless asked), run PyInstaller in a subprocess
(onedir) while showing progress, trim what the app cannot use, check that nothing in the
bundle loads an external URL, wrap the folder into a single file with desk's launcher, and
smoke-test the artifact headless.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desk.packager.deps import Dependencies, capture
from desk.packager.prune import candidates, excluded_modules, prune
from desk.packager.strip import strip_libraries

PACKAGE_DIR = Path(__file__).resolve().parent.parent
LAUNCHER_SOURCE = Path(__file__).resolve().parent / "launcher" / "launcher.c"
PYLAUNCHER = Path(__file__).resolve().parent / "launcher" / "pylauncher.py"
HOOK_DIRS = [PACKAGE_DIR / "packaging" / "hooks", PACKAGE_DIR.parent / "packaging" / "hooks"]
DEFAULT_ICONS = [PACKAGE_DIR / "shell" / "desk.png", PACKAGE_DIR.parent / "icons" / "desk.png"]

# Modules a built app never needs.
EXCLUDES = [
    "PyInstaller", "pytest", "_pytest", "pluggy", "mypy", "ruff", "playwright", "streamlit", "tkinter",
    "IPython", "jupyter_client", "notebook", "setuptools", "pip", "hatchling", "Cython", "sphinx",
    "desk.packager.builder", "desk.testing",
]  # fmt: skip
# Packages that libraries only use optionally; left out unless the app imports them itself.
OPTIONAL_PACKAGES = [
    "matplotlib", "scipy", "PIL", "botocore", "boto3", "s3fs", "fsspec", "gcsfs", "cryptography", "kiwisolver",
    "contourpy", "sqlalchemy", "openpyxl", "xlrd", "xlsxwriter", "tables", "numexpr", "bottleneck", "numba",
    "altair", "plotly", "bokeh", "graphviz", "pydeck", "polars", "sympy", "jinja2", "pygments", "lxml", "bs4",
    "html5lib", "zmq", "tornado.test", "pandas.tests", "numpy.tests", "pyarrow.tests",
]  # fmt: skip
# pywebview backends for other platforms or toolkits.
WEBVIEW_BACKENDS = ["gi", "cefpython3", "clr", "webview.platforms.gtk", "webview.platforms.cef", "webview.platforms.mshtml"]
# Qt files a desk window never uses (translations and locales other than English).
TRIM_GLOBS = [
    "**/Qt6/translations/*.qm", "**/qtwebengine_locales/*.pak", "**/pyarrow/include/**/*", "**/pyarrow/src/**/*",
    "**/*.pyx", "**/*.pxd",
]  # fmt: skip
KEEP_LOCALES = {"en-US.pak", "en-GB.pak"}
URL_PATTERN = re.compile(rb"""(?:src|href)\s*=\s*["'](https?:)?//[^"']+|url\(\s*["']?https?://|@import\s+["']?https?://|import\(\s*["']https?://""")

STAGES = [
    ("INFO: Analyzing", "analysing imports"),
    ("INFO: Processing module hooks", "running package hooks"),
    ("INFO: Looking for dynamic libraries", "collecting native libraries"),
    ("INFO: Building PYZ", "compressing Python modules"),
    ("INFO: Building PKG", "packing"),
    ("INFO: Building EXE", "writing the executable"),
    ("INFO: Building COLLECT", "collecting the app folder"),
]


class BuildError(Exception):
    """The build cannot go on; the message says why and how to fix it."""


@dataclass
class BuildOptions:
    script: Path
    name: str | None = None
    icon: Path | None = None
    version: str = "0.1.0"
    onedir: bool = False
    add_data: list[str] = field(default_factory=list)
    console: bool = False
    smoke_test: bool = True
    out: Path | None = None
    include_secrets: bool = False
    platform: str = sys.platform


@dataclass
class BuildResult:
    artifact: Path
    onedir: Path
    size_bytes: int
    start_seconds: float | None
    dependencies: Dependencies


def _say(message: str) -> None:
    print(message, flush=True)


def load_pyproject_options(script: Path) -> dict[str, object]:
    """``[tool.desk]`` of a pyproject.toml beside the script, if any."""
    path = script.parent / "pyproject.toml"
    if not path.is_file():
        return {}
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    with open(path, "rb") as handle:
        data = tomllib.load(handle)
    section = data.get("tool", {}).get("desk", {})
    return dict(section) if isinstance(section, dict) else {}


def app_name_for(script: Path) -> str:
    name = re.sub(r"[^A-Za-z0-9_-]+", "-", script.stem).strip("-")
    return name or "app"


def stage_app(options: BuildOptions, deps: Dependencies, staging: Path) -> list[str]:
    """Copy the script, its local modules, pages/, config and data into ``staging``."""
    notes: list[str] = []
    folder = options.script.parent
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    for path in [options.script, *deps.local_files]:
        target = staging / path.relative_to(folder)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    config = folder / ".streamlit" / "config.toml"
    if config.is_file():
        (staging / ".streamlit").mkdir(exist_ok=True)
        shutil.copy2(config, staging / ".streamlit" / "config.toml")
    desk_toml = folder / "desk.toml"
    if desk_toml.is_file():
        shutil.copy2(desk_toml, staging / "desk.toml")
    secrets = folder / ".streamlit" / "secrets.toml"
    if secrets.is_file():
        if options.include_secrets:
            (staging / ".streamlit").mkdir(exist_ok=True)
            shutil.copy2(secrets, staging / ".streamlit" / "secrets.toml")
            notes.append("included .streamlit/secrets.toml because --include-secrets was given")
        else:
            notes.append("left out .streamlit/secrets.toml (secrets are never bundled unless you pass --include-secrets)")
    for spec in options.add_data:
        source_text, sep, dest_text = spec.partition(":")
        if not sep:
            raise BuildError(f"--add-data {spec!r}: use SRC:DEST, e.g. --add-data data/prices.csv:data")
        source = (folder / source_text).resolve()
        if not source.exists():
            raise BuildError(f"--add-data {spec!r}: {source} does not exist.")
        dest = staging / dest_text
        if source.is_dir():
            shutil.copytree(source, dest / source.name if dest_text.endswith("/") else dest, dirs_exist_ok=True)
        else:
            dest.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / source.name)
    return notes


ENTRY_TEMPLATE = '''"""Entry point of the desk app {name!r} (generated by desk build)."""
import sys
from pathlib import Path

base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent))
from desk.packager.frozen import run_frozen

raise SystemExit(run_frozen(base / "app" / {script!r}, name={name!r}, version={version!r}))
'''


def pyinstaller_command(options: BuildOptions, deps: Dependencies, name: str, staging: Path, work: Path, dist: Path) -> list[str]:
    entry = work / f"{name}_entry.py"
    entry.write_text(ENTRY_TEMPLATE.format(name=name, script=options.script.name, version=options.version))
    sep = os.pathsep
    cmd = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir", "--log-level", "INFO",
        "--name", name, "--distpath", str(dist), "--workpath", str(work / "pyi"), "--specpath", str(work),
        "--add-data", f"{staging}{sep}app", "--copy-metadata", "desk",
    ]  # fmt: skip
    hooks = next((d for d in HOOK_DIRS if (d / "hook-desk.py").is_file()), None)
    if hooks is not None:
        cmd += ["--additional-hooks-dir", str(hooks), "--hidden-import", "desk"]
    else:
        cmd += ["--collect-submodules", "desk", "--collect-data", "desk"]
    for package in sorted(deps.packages):
        cmd += ["--hidden-import", package]
    for dist_name in sorted(deps.distributions):
        cmd += ["--copy-metadata", dist_name]
    excluded = list(EXCLUDES) + list(WEBVIEW_BACKENDS)
    excluded += [m for m in OPTIONAL_PACKAGES if m.split(".")[0] not in deps.packages]
    excluded += excluded_modules(deps.modules)
    for module in excluded:
        cmd += ["--exclude-module", module]
    if not options.console:
        cmd.append("--windowed")
    icon = options.icon or next((p for p in DEFAULT_ICONS if p.is_file()), None)
    if icon is not None and icon.is_file():
        from desk.packager.icons import icon_for_platform

        cmd += ["--icon", str(icon_for_platform(icon, options.platform, work))]
    if options.platform == "win32":
        version_file = work / "version.txt"
        version_file.write_text(_windows_version_file(name, options.version))
        cmd += ["--version-file", str(version_file)]
    if options.platform == "darwin":
        cmd += ["--osx-bundle-identifier", f"app.desk.{name}"]
    cmd.append(str(entry))
    return cmd


def _windows_version_file(name: str, version: str) -> str:
    parts = [int(p) if p.isdigit() else 0 for p in re.split(r"[.\-+]", version)[:4]]
    parts += [0] * (4 - len(parts))
    numbers = ", ".join(map(str, parts))
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({numbers}), prodvers=({numbers})),
  kids=[StringFileInfo([StringTable('040904B0', [
    StringStruct('ProductName', {name!r}), StringStruct('FileDescription', {name!r}),
    StringStruct('FileVersion', {version!r}), StringStruct('ProductVersion', {version!r})])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])]
)
"""


def run_pyinstaller(cmd: list[str], started: float, log: Callable[[str], None] = _say) -> None:
    """Run PyInstaller, print one line per stage, and on failure the relevant part of its log."""
    tail: deque[str] = deque(maxlen=40)
    errors: list[str] = []
    seen: set[str] = set()
    process = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
    assert process.stdout is not None
    with process.stdout:
        for raw in process.stdout:
            line = raw.rstrip()
            tail.append(line)
            if "ERROR" in line or "Traceback" in line or "Error:" in line:
                errors.append(line)
            for marker, label in STAGES:
                if marker in line and label not in seen:
                    seen.add(label)
                    log(f"  [{time.monotonic() - started:6.1f}s] {label}")
    code = process.wait()
    if code != 0:
        detail = "\n".join([*errors[-15:], "--- last lines of the PyInstaller log ---", *list(tail)[-20:]])
        raise BuildError(f"PyInstaller failed (exit {code}).\n{detail}")


def _needed_libraries(paths: list[Path], lib_dirs: list[Path]) -> set[str] | None:
    """Names of shared libraries needed (DT_NEEDED, transitively) by ``paths``; None without readelf."""
    readelf = shutil.which("readelf")
    if readelf is None:
        return None
    by_name: dict[str, Path] = {}
    for path in paths:
        by_name.setdefault(path.name, path)
    needed: set[str] = set()
    queue = list(paths)
    seen: set[Path] = set()
    while queue:
        path = queue.pop()
        if path in seen or not path.exists():
            continue
        seen.add(path)
        result = subprocess.run([readelf, "-d", str(path)], capture_output=True, text=True)
        for match in re.finditer(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", result.stdout):
            name = match.group(1)
            if name in needed:
                continue
            needed.add(name)
            for folder in lib_dirs:
                candidate = folder / name
                if candidate.exists():
                    queue.append(candidate.resolve())
    return needed


def trim_qt(folder: Path) -> int:
    """Remove Qt libraries and QML modules that the web view window does not load."""
    qt = next(iter(folder.glob("**/PyQt6/Qt6")), None)
    if qt is None or sys.platform != "linux":
        return 0
    roots = [p for p in qt.parent.glob("*.so") if p.is_file()]
    roots += [p for p in (qt / "plugins").rglob("*.so") if p.is_file()] if (qt / "plugins").is_dir() else []
    roots += [p for p in (qt / "libexec").glob("*") if p.is_file()] if (qt / "libexec").is_dir() else []
    needed = _needed_libraries([p.resolve() for p in roots], [qt / "lib", folder, qt.parent])
    if needed is None:
        return 0
    saved = 0
    qml = qt / "qml"
    if qml.is_dir():
        saved += folder_size(qml)
        shutil.rmtree(qml)
    for lib in (qt / "lib").glob("libQt6*.so*"):
        if lib.name not in needed and lib.is_file():
            saved += lib.stat().st_size
            lib.unlink()
    for link in folder.rglob("libQt6*.so*"):
        if link.is_symlink() and not link.exists():
            link.unlink()
    return saved


def dedupe_libraries(folder: Path) -> int:
    """Replace identical copies of a shared library (``x.so``, ``x.so.1``...) by symlinks."""
    import hashlib

    saved = 0
    groups: dict[tuple[Path, str, int], list[Path]] = {}
    for path in folder.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        stem = path.name.split(".so")[0]
        groups.setdefault((path.parent, stem, path.stat().st_size), []).append(path)
    for paths in groups.values():
        if len(paths) < 2:
            continue
        by_hash: dict[str, list[Path]] = {}
        for path in paths:
            by_hash.setdefault(hashlib.sha256(path.read_bytes()).hexdigest(), []).append(path)
        for same in by_hash.values():
            if len(same) < 2:
                continue
            keep = max(same, key=lambda p: len(p.name))
            for path in same:
                if path != keep:
                    saved += path.stat().st_size
                    path.unlink()
                    path.symlink_to(keep.name)
    return saved


def trim(folder: Path, imported: set[str] | None = None) -> int:
    """Remove files the app cannot use (``imported``: the app's third-party imports); returns the bytes saved."""
    saved = trim_qt(folder) + (dedupe_libraries(folder) if sys.platform != "win32" else 0)
    saved += prune(folder, candidates(folder, imported or set()))[0]
    for pattern in TRIM_GLOBS:
        for path in folder.glob(pattern):
            if path.name in KEEP_LOCALES or path.name.startswith("qtwebengine_en") or not path.is_file():
                continue
            saved += path.stat().st_size
            path.unlink()
    return saved + strip_libraries(folder)


def check_offline(folder: Path) -> list[str]:
    """External URLs that the bundled frontend or the app's static files would load at run time."""
    problems = []
    roots = [p for p in folder.rglob("static") if p.is_dir() and "desk" in p.parts] + [p for p in folder.rglob("app") if p.is_dir()]
    for root in roots:
        for path in root.rglob("*"):
            if path.suffix.lower() not in (".html", ".js", ".css", ".mjs"):
                continue
            data = path.read_bytes()
            for match in URL_PATTERN.finditer(data):
                problems.append(f"{path.relative_to(folder)}: {match.group(0)[:120].decode(errors='replace')}")
    return problems


def compile_launcher(work: Path) -> Path | None:
    """Compile launcher.c with the system C compiler. None when not possible.

    It links zlib and, where libzstd is installed (``libzstd-dev``), zstd statically, so the
    launcher runs on any machine; without libzstd it reads zlib payloads only.
    """
    compiler = shutil.which(os.environ.get("CC", "cc")) or shutil.which("gcc") or shutil.which("clang")
    if compiler is None or sys.platform == "win32":
        return None
    out = work / "desk-launcher"
    base = [compiler, "-O2", "-pthread", "-Wno-format-truncation", "-o", str(out), str(LAUNCHER_SOURCE)]
    attempts = [
        [*base, "-s", "-DDESK_ZSTD", "-Wl,-Bstatic", "-lzstd", "-lz", "-Wl,-Bdynamic"],
        [*base, "-s", "-Wl,-Bstatic", "-lz", "-Wl,-Bdynamic"],
        [*base, "-lz"],
    ]
    for cmd in attempts:
        result = subprocess.run(cmd, capture_output=True, text=True)
        if result.returncode == 0 and out.exists():
            return out
    return None


def python_launcher(work: Path, started: float) -> Path:
    """Freeze the stdlib-only launcher with PyInstaller (the fallback without a C compiler)."""
    cmd = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--onefile", "--log-level", "WARN", "--name", "desk-launcher",
        "--distpath", str(work / "launcher-dist"), "--workpath", str(work / "launcher-build"), "--specpath", str(work),
        # zstandard's C extension reads the payload; its cffi twin would only add 12 MB
        "--exclude-module", "zstandard._cffi", "--exclude-module", "cffi",
        str(PYLAUNCHER),
    ]  # fmt: skip
    run_pyinstaller(cmd, started)
    suffix = ".exe" if sys.platform == "win32" else ""
    return work / "launcher-dist" / f"desk-launcher{suffix}"


class PackProgress:
    """Logs the compression stage's progress: files and MB done, about every 5 s and at the end."""

    def __init__(self, started: float, log: Callable[[str], None], every: float = 5.0) -> None:
        self.started, self.log, self.every = started, log, every
        self.last = time.monotonic()

    def __call__(self, files: int, total_files: int, done: int, total: int) -> None:
        now = time.monotonic()
        if files < total_files and now - self.last < self.every:
            return
        self.last = now
        self.log(
            f"  [{now - self.started:6.1f}s] compressing: {files}/{total_files} files, "
            f"{done / 1e6:.0f}/{total / 1e6:.0f} MB"
        )


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(options: BuildOptions, *, log: Callable[[str], None] = _say) -> BuildResult:
    """Build the app described by ``options``. Raises BuildError with a clear message."""
    started = time.monotonic()
    script = options.script.resolve()
    if not script.is_file():
        raise BuildError(f"No script at {script}. Pass the path of your app, e.g. desk build app.py")
    options.script = script
    for key, value in load_pyproject_options(script).items():
        attr = key.replace("-", "_")
        if attr in ("name", "version", "console", "onedir") and getattr(options, attr) in (None, False, "0.1.0"):
            setattr(options, attr, value)
        elif attr == "icon" and options.icon is None:
            options.icon = (script.parent / str(value)).resolve()
        elif attr == "add_data" and not options.add_data and isinstance(value, list):
            options.add_data = [str(v) for v in value]
    name = options.name or app_name_for(script)
    out = (options.out or script.parent / "dist").resolve()
    work = out / ".desk-build" / name
    work.mkdir(parents=True, exist_ok=True)

    log(f"desk build {script.name} -> {name}")
    log(f"  [{time.monotonic() - started:6.1f}s] reading the script's imports")
    deps = capture(script)
    if deps.missing:
        names = ", ".join(sorted(deps.missing))
        raise BuildError(
            f"The app imports packages that are not installed: {names}.\n"
            f"Install them, then build again:\n    {deps.install_hint()}"
        )
    if deps.packages:
        log(f"  [{time.monotonic() - started:6.1f}s] bundling {', '.join(sorted(deps.packages))}")
    for note in stage_app(options, deps, work / "app"):
        log(f"  note: {note}")

    dist = work / "dist"
    cmd = pyinstaller_command(options, deps, name, work / "app", work, dist)
    run_pyinstaller(cmd, started, log)
    onedir = dist / name
    saved = trim(onedir, deps.modules)
    if saved:
        log(f"  [{time.monotonic() - started:6.1f}s] trimmed {saved / 1e6:.1f} MB that the app cannot use (Qt plugins and locales, unused pyarrow parts, symbol tables)")
    problems = check_offline(onedir)
    if problems:
        raise BuildError("The bundle would load external URLs at run time, which breaks offline use:\n  " + "\n  ".join(problems[:20]))

    out.mkdir(parents=True, exist_ok=True)
    if options.onedir:
        bundle = dist / f"{name}.app"
        if options.platform == "darwin" and bundle.is_dir():
            artifact = out / bundle.name  # macOS: the .app bundle PyInstaller made with --windowed
            executable = artifact / "Contents" / "MacOS" / name
        else:
            artifact = out / name
            executable = artifact / name
        source = bundle if artifact.suffix == ".app" else onedir
        if artifact.exists():
            shutil.rmtree(artifact) if artifact.is_dir() else artifact.unlink()
        shutil.copytree(source, artifact, symlinks=True)
    else:
        log(f"  [{time.monotonic() - started:6.1f}s] writing the single file")
        from desk.packager.payload import (
            cache_folder,
            launcher_codec,
            prune_cache,
            write_single_file,
            zstd_available,
        )

        native = compile_launcher(work)
        launcher = native or python_launcher(work, started)
        codec = launcher_codec(native) if native else ("zstd" if zstd_available() else "zlib")
        artifact = out / (name + (".exe" if options.platform == "win32" else ""))
        if artifact.is_dir():
            shutil.rmtree(artifact)
        cache = cache_folder()
        write_single_file(launcher, onedir, name, artifact, codec, cache, PackProgress(started, log))
        prune_cache(cache)
        log(f"  [{time.monotonic() - started:6.1f}s] packed with {codec}")
        executable = artifact
    size = folder_size(artifact) if artifact.is_dir() else artifact.stat().st_size
    start_seconds = None
    if options.smoke_test:
        from desk.packager.smoke import smoke_test

        log(f"  [{time.monotonic() - started:6.1f}s] smoke test: starting the app headless")
        report = smoke_test(executable)
        start_seconds = report.first_render_seconds
    log(f"built {artifact}")
    log(f"  size: {size / 1e6:.1f} MB" + (" (one file)" if not options.onedir else " (folder)"))
    if start_seconds is not None:
        log(f"  start-up to first render: {start_seconds:.2f} s")
    log(f"  total build time: {time.monotonic() - started:.1f} s")
    return BuildResult(artifact, onedir, size, start_seconds, deps)


def main(argv: list[str]) -> int:
    """``desk build`` command line."""
    import argparse

    parser = argparse.ArgumentParser(prog="desk build", description="Freeze a desk/Streamlit script into an executable.")
    parser.add_argument("script")
    parser.add_argument("--name")
    parser.add_argument("--icon", type=Path, help="a .png (converted as needed), .ico or .icns file")
    parser.add_argument("--version", default="0.1.0")
    parser.add_argument("--onedir", action="store_true", help="produce a folder instead of one file")
    parser.add_argument("--add-data", action="append", default=[], metavar="SRC:DEST")
    parser.add_argument("--console", action="store_true", help="keep a console window (Windows)")
    parser.add_argument("--no-smoke-test", action="store_true")
    parser.add_argument("--include-secrets", action="store_true", help="bundle .streamlit/secrets.toml (off by default)")
    parser.add_argument("--out", type=Path, help="output folder (default: dist/ beside the script)")
    args = parser.parse_args(argv)
    options = BuildOptions(
        script=Path(args.script),
        name=args.name,
        icon=args.icon.resolve() if args.icon else None,
        version=args.version,
        onedir=args.onedir,
        add_data=list(args.add_data),
        console=args.console,
        smoke_test=not args.no_smoke_test,
        out=args.out,
        include_secrets=args.include_secrets,
    )
    try:
        build(options)
    except BuildError as error:
        print(f"desk build failed: {error}", file=sys.stderr)
        return 1
    except SyntaxError as error:
        print(f"desk build failed: {error}", file=sys.stderr)
        return 1
    return 0
