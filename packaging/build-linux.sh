#!/usr/bin/env bash
# Build Einwandfrei as a one-folder Linux app and pack it:
#
#   bash packaging/build-linux.sh [extra PyInstaller options, e.g. --clean]
#
# Result: dist/einwandfrei/ (start it with dist/einwandfrei/einwandfrei) and
# dist/einwandfrei-<version>-linux-<machine>.tar.gz. PYTHON is the interpreter whose environment
# has the app's dependencies (default: .venv/bin/python if it exists, else a new build/venv);
# PyInstaller is added to it from the `package` extra when it is missing. See docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

if [ -z "${PYTHON:-}" ]; then
  if [ -x .venv/bin/python ]; then
    PYTHON=.venv/bin/python
  else
    [ -x build/venv/bin/python ] || python3 -m venv build/venv
    PYTHON=build/venv/bin/python
    "$PYTHON" -m pip install --quiet -e ".[package]"
  fi
fi
if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  # The `package` extra of pyproject.toml says which PyInstaller; install just that.
  mapfile -t requirements < <("$PYTHON" -c 'import tomllib
with open("pyproject.toml", "rb") as f:
    print(*tomllib.load(f)["project"]["optional-dependencies"]["package"], sep="\n")')
  "$PYTHON" -m pip install --quiet "${requirements[@]}"
fi

version=$("$PYTHON" -c 'import sys; sys.path.insert(0, "src"); import einwandfrei; print(einwandfrei.__version__)')
tarball="dist/einwandfrei-${version}-linux-$(uname -m).tar.gz"

"$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  "$@" packaging/einwandfrei.spec
cp packaging/bundle-readme.txt dist/einwandfrei/README.txt
built=$(date +%s)

tar -C dist -czf "$tarball" einwandfrei
echo "built dist/einwandfrei ($(du -sh dist/einwandfrei | cut -f1)) in $((built - started)) s;" \
  "packed $tarball ($(du -h "$tarball" | cut -f1)) in $(($(date +%s) - built)) s"
