"""The command line: the window by default; `compare`, `import` and `sheet` for a terminal.

    evidence-desk [FILE...] [--db URL]            open the window (with those files imported)
    evidence-desk compare FILE... [--db URL] [--json OUT] [--explain]
    evidence-desk import FILE... [--db URL]
    evidence-desk sheet FILE... [--db URL] --pdf OUT.pdf [--html OUT.html] [--csv OUT.csv]
                        [--paper a4|letter] [--landscape] [--appendix] [--title TEXT]

Like the window, it reads and changes the workspace only through `desktop.workspace`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.model import (
    GroupRow,
    ImportReport,
    Source,
    StatementGroupRow,
    WorkspaceUnavailable,
    printable,
    range_text,
)

_COMMANDS = ("compare", "import", "sheet")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in _COMMANDS:
        return _run_command(args)
    return _run_window(args)


def _db_help() -> str:
    return "workspace: a SQLAlchemy URL (sqlite:///…, postgresql+psycopg://…) or a file path"


def _run_window(args: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="evidence-desk",
        description="Compare how several sources report the same event, figure by figure.",
        epilog="Commands for a terminal: compare, import (evidence-desk compare --help).",
    )
    parser.add_argument("files", nargs="*", help="articles or folders to import on start")
    parser.add_argument("--db", help=_db_help())
    options = parser.parse_args(args)
    from desktop.ui.app import run  # the GUI branch: the only place the CLI touches Qt

    return run(options.files, options.db)


def _run_command(args: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="evidence-desk")
    sub = parser.add_subparsers(dest="command", required=True)
    compare = sub.add_parser("compare", help="import articles, link their figures, report")
    compare.add_argument("files", nargs="+", help="articles or folders (searched recursively)")
    compare.add_argument("--db", help=_db_help())
    compare.add_argument("--json", metavar="OUT", help="write the comparison as JSON to OUT")
    compare.add_argument("--explain", action="store_true", help="say why each group holds")
    imp = sub.add_parser("import", help="import articles into the workspace")
    imp.add_argument("files", nargs="+", help="articles or folders (searched recursively)")
    imp.add_argument("--db", help=_db_help())
    _add_sheet_parser(sub)
    options = parser.parse_args(args)
    for out in _outputs(options):
        if _is_an_input(out, options.files):
            print(
                f"evidence-desk: {printable(out)} is one of the articles to compare:"
                " writing to it would overwrite it; choose another file",
                file=sys.stderr,
            )
            return 2
    from desktop.workspace import Workspace, replaceable

    for kind, out in _outputs_by_kind(options):
        if not replaceable(out, kind):
            print(
                f"evidence-desk: {printable(out)} exists and is no {_WHAT[kind]} this command"
                f" wrote (an article put after --{kind} by a pattern such as *.txt?): writing"
                " to it would overwrite it; choose another file",
                file=sys.stderr,
            )
            return 2

    try:
        workspace = Workspace(options.db)
    except WorkspaceUnavailable as problem:
        print(f"evidence-desk: {printable(str(problem))}", file=sys.stderr)
        return 2
    try:
        report = workspace.import_sources(
            [Source(origin=_origin(f)) for f in options.files], progress=_progress_bar()
        )
        for problem in report.rejected:
            print(
                f"evidence-desk: {printable(problem.origin)}: {printable(problem.reason)}",
                file=sys.stderr,
            )
        if options.command == "compare":
            if options.json:
                _write_text(
                    json.dumps(workspace.export(), ensure_ascii=False, indent=1), options.json
                )
            else:
                _print_table(workspace.group_rows(), workspace.article_rows())
                _print_statements(workspace.statement_view().groups)
            if options.explain:
                for row in workspace.group_rows():
                    print("\n" + workspace.explain(row.id))
                for group in workspace.statement_view().groups:
                    print("\n" + workspace.explain_statements(group.id))
        elif options.command == "sheet":
            _write_sheet(workspace, options)
        else:
            _print_report(report)
    finally:
        workspace.close()
    return 1 if report.rejected else 0


def _outputs(options: argparse.Namespace) -> list[str]:
    """The files a command writes."""
    return [out for _, out in _outputs_by_kind(options)]


def _outputs_by_kind(options: argparse.Namespace) -> list[tuple[str, str]]:
    """The files a command writes, each with what it writes there."""
    names = ("json", "pdf", "html", "csv")
    return [(n, out) for n in names if (out := getattr(options, n, None))]


_WHAT = {"json": "comparison export", "pdf": "sheet", "html": "sheet", "csv": "sheet table"}


def _is_an_input(out: str, inputs: Sequence[str]) -> bool:
    """Whether `out` names one of the files given to import, or a file in a folder given."""
    target = Path(out).resolve()
    for argument in inputs:
        if argument.lower().startswith(("http://", "https://")):
            continue
        given = Path(argument).resolve()
        if target == given or (given.is_dir() and target.is_file() and given in target.parents):
            return True
    return False


def _origin(argument: str) -> str:
    """A URL as given (Path would fold "http://" into "http:/"); a file path tidied."""
    if argument.lower().startswith(("http://", "https://", "file://")):
        return argument
    return str(Path(argument))


def _progress_bar():
    """A one-line progress bar on stderr for batches of more than a few files on a terminal."""
    if not sys.stderr.isatty():
        return lambda done, total, label: None

    def show(done: int, total: int, label: str) -> None:
        if total <= 3:
            return
        width = 30
        filled = width * done // max(total, 1)
        name = printable(label)[-40:]
        line = f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name:<40}"
        sys.stderr.write(line if done < total else "\r" + " " * len(line) + "\r")
        sys.stderr.flush()

    return show


def _print_table(groups: Sequence[GroupRow], articles) -> None:
    a, g = len(articles), len(groups)
    print(
        f"{a} article{'s' if a != 1 else ''}, {g} group{'s' if g != 1 else ''} of figures"
        " reported by several sources\n"
    )
    if not groups:
        return
    width = min(44, max(len(g.label) for g in groups))
    print(f"{'group':<{width}}  {'sources':>7}  {'values':>19}  status")
    for g in groups:
        values = range_text(g.min, g.max) or "?"
        label = g.label if len(g.label) <= width else g.label[: width - 1] + "…"
        flag = "  (suggested)" if g.suggested else ""
        print(f"{label:<{width}}  {g.source_count:>7}  {values:>19}  {g.status}{flag}")


def _print_statements(groups: Sequence[StatementGroupRow]) -> None:
    """Statement groups after the figures: the versions of one utterance several sources quote."""
    n = len(groups)
    print(f"\n{n} statement{'s' if n != 1 else ''} quoted by several sources\n")
    if not groups:
        return
    width = min(60, max(len(g.label) for g in groups))
    print(f"{'statement':<{width}}  {'sources':>7}  confidence")
    for g in groups:
        label = g.label if len(g.label) <= width else g.label[: width - 1] + "…"
        flag = "  (suggested)" if g.suggested else "  (confirmed)" if g.confirmed else ""
        print(f"{label:<{width}}  {g.source_count:>7}  {g.confidence:>10.2f}{flag}")


def _print_report(report: ImportReport) -> None:
    print(
        f"imported {len(report.added)}, already there {len(report.duplicates)}, "
        f"refused {len(report.rejected)}"
    )


def _add_sheet_parser(sub) -> None:
    sheet = sub.add_parser("sheet", help="import articles and print the comparison sheet to PDF")
    sheet.add_argument("files", nargs="+", help="articles or folders (searched recursively)")
    sheet.add_argument("--db", help=_db_help())
    sheet.add_argument("--pdf", metavar="OUT.pdf", required=True, help="write the sheet as PDF")
    sheet.add_argument("--html", metavar="OUT.html", help="also write it as HTML")
    sheet.add_argument("--csv", metavar="OUT.csv", help="also write its figures and quotes as CSV")
    sheet.add_argument("--paper", choices=("a4", "letter"), default="a4", type=str.lower)
    sheet.add_argument("--landscape", action="store_true", help="landscape pages")
    sheet.add_argument("--appendix", action="store_true", help="add figures no other source has")
    sheet.add_argument("--title", help="the sheet's title (default: the workspace's name)")


def _write_sheet(workspace, options) -> None:
    """The sheet as PDF (rendered offscreen with Qt, no display needed), HTML and CSV."""
    sheet = workspace.sheet(appendix=options.appendix, title=options.title)
    if options.html:
        _write_text(
            workspace.sheet_html(appendix=options.appendix, title=options.title), options.html
        )
    if options.csv:
        _write_text(workspace.sheet_csv(), options.csv)
    from desktop.ui.printing import render_pdf_headless  # sheet --pdf: the CLI's one use of Qt

    pages = render_pdf_headless(
        sheet, options.pdf, paper=options.paper, landscape=options.landscape
    )
    print(f"{options.pdf}: {pages} pages, {len(sheet.sections)} groups")


def _write_text(text: str, out: str) -> None:
    target = Path(out)
    part = target.with_name(target.name + ".part")
    part.write_text(text, encoding="utf-8", newline="")
    os.replace(part, target)  # never a half-written export
