"""PyInstaller hook for desk: the lazily imported modules and the package's data files.

desk imports most of its modules on first use (``desk.__getattr__``), which PyInstaller's
import analysis cannot see; and the built frontend lives in ``desk/static`` as data.
"""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

# Not needed in a built app: the test harness and the build tool itself.
_SKIP = ("desk.testing", "desk.packager.builder", "desk.packager.smoke", "desk.packager.deps")

hiddenimports = [name for name in collect_submodules("desk") if not name.startswith(_SKIP)]
datas = collect_data_files("desk", excludes=["**/__pycache__", "**/*.pyc"])
