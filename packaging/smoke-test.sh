#!/usr/bin/env bash
# Smoke test of the Linux app folder: runs it offscreen as a user would (packaging/smoke_test.py).
#
#   bash packaging/smoke-test.sh            test dist/einwandfrei as it is
#   bash packaging/smoke-test.sh --build    build it first with packaging/build-linux.sh
#
# PYTHON runs the checks (default: .venv/bin/python when it exists, for pypdf; else python3).
# Exit status 0 when every check passed.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--build" ]; then
  shift
  bash packaging/build-linux.sh
fi
if [ -z "${PYTHON:-}" ]; then
  if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
started=$(date +%s)
"$PYTHON" packaging/smoke_test.py "${1:-dist/einwandfrei}"
echo "smoke test took $(($(date +%s) - started)) s"
