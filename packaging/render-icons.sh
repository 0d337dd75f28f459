#!/usr/bin/env bash
# Render the app icon's PNG sizes from its SVG source (needs rsvg-convert: Debian's librsvg2-bin),
# and, when Pillow is importable by $PYTHON, the Windows .ico and macOS .icns from those PNGs.
#   bash packaging/render-icons.sh
set -euo pipefail
cd "$(dirname "$0")/.."
icons=src/einwandfrei/resources/icons
svg="$icons/einwandfrei.svg"
sizes=(16 24 32 48 64 128 256 512)
for size in "${sizes[@]}"; do
  rsvg-convert --width "$size" --height "$size" "$svg" --output "$icons/einwandfrei-$size.png"
done
echo "rendered ${#sizes[@]} PNGs into $icons"
python="${PYTHON:-python3}"
if "$python" -c "import PIL" 2>/dev/null; then
  "$python" - "$icons" packaging/icons <<'PY'
import sys
from pathlib import Path

from PIL import Image

icons, target = Path(sys.argv[1]), Path(sys.argv[2])
largest = Image.open(icons / "einwandfrei-512.png")
# Windows picks the nearest size itself; 256 is the largest an .ico holds.
ico_sizes = [(size, size) for size in (16, 24, 32, 48, 64, 128, 256)]
largest.save(target / "einwandfrei.ico", sizes=ico_sizes)
largest.save(target / "einwandfrei.icns")
print(f"wrote {target / 'einwandfrei.ico'} and {target / 'einwandfrei.icns'}")
PY
else
  echo "Pillow is not importable by $python: kept packaging/icons/einwandfrei.ico and .icns as they are"
fi
