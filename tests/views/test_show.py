"""`newsfacts show` as a user runs it: exit codes, stdout, the page written."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app


def test_show_cli_terminal_and_html(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Officials in Norway said on Monday that the bridge would reopen.\n")
    runner = CliRunner()
    result = runner.invoke(app, ["show", str(article), "--reference-date", "2025-03-11"])
    assert result.exit_code == 0, result.output
    assert "Officials in Norway said on Monday" in result.stdout
    out = tmp_path / "a.html"
    result = runner.invoke(app, ["show", str(article), "--html", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "Officials in Norway" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "{tmp}/missing.txt"], "Error: {tmp}/missing.txt: no such file or directory"),
        (["show", "{tmp}"], "Error: {tmp}: is a folder; give one file"),
        (["show", "{tmp}/a.txt", "--html", "{tmp}/no/such/dir/x.html"], "Error: cannot write"),
        (["show", "{tmp}/a.txt", "--kinds", "colour"], "Error: unknown kind colour in --kinds"),
    ],
)
def test_show_cli_usage_errors_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "a.txt").write_text("Officials said on Monday that the bridge reopened.\n")
    result = CliRunner().invoke(app, [a.format(tmp=tmp_path) for a in args])
    assert result.exit_code == 2
    assert result.stderr.startswith(message.format(tmp=tmp_path))
