"""The bundled app's entry point: the same command line as the `einwandfrei` script.

Without a command it opens the window. When the environment variable EINWANDFREI_SMOKE_REPORT
names a file, the GUI closes itself once its first window is shown and writes that moment to the
file (see smoke_hook.py); the smoke test uses this to start the bundle and measure it.
"""

import os
import sys

if os.environ.get("EINWANDFREI_SMOKE_REPORT"):
    import smoke_hook

    smoke_hook.install(os.environ["EINWANDFREI_SMOKE_REPORT"])

from einwandfrei.cli import main

sys.exit(main())
