"""`python -m desktop` does what the `evidence-desk` command does."""

from __future__ import annotations

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
