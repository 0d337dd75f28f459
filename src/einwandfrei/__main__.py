"""`python -m einwandfrei` runs the same command line as `einwandfrei`."""

import sys

from einwandfrei.cli import main

sys.exit(main())
