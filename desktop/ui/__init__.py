"""The Qt face of Evidence Desk: main window, article panes, groups, chart, printing, undo."""

from __future__ import annotations
