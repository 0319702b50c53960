"""A real browser for the tests of the pages newsfacts writes (`show --html`, `merge --html`).

Headless chromium runs the page's script, then `--dump-dom` gives the document as the script left
it, or `--screenshot` draws it. Tests that need it skip where no chromium is installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium") or "")
                 if p and os.path.exists(p)), None)
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
)
# A cold start on a busy machine takes a few seconds; a hung one must not hang the suite.
CHROMIUM_TIMEOUT_S = 180

needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="no chromium installed")


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run headless chromium with its own profile under `tmp_path`, output captured."""
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run(
        [CHROMIUM or "chromium", *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=CHROMIUM_TIMEOUT_S, check=False,
    )
