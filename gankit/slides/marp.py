"""Marp CLI (npm, installed into ./node_modules by `make slides-tools`) turns the Markdown deck into a
PDF through headless Chromium (Debian's `chromium`); nothing is fetched from the network: the theme
imports no web fonts and MathJax typesets the formulas inside Marp."""
import os
import shutil
import subprocess
from pathlib import Path

from gankit import paths
from gankit.errors import UserError
from gankit.i18n import say
from gankit.slides.texts import SLIDES

THEME_CSS = Path(__file__).with_name("theme.css")
LOCAL_MARP = paths.REPO_ROOT / "node_modules" / ".bin" / "marp"
KOREAN_FONT = "Noto Sans CJK KR"  # Debian's fonts-noto-cjk; theme.css sets it first
BROWSERS = ("chromium", "chromium-browser", "google-chrome")  # Debian's package first
# Seconds per browser operation: a 27-page deck takes about 10 s on 2 idle cores; a loaded machine
# (the whole test suite on 2 cores) needs a wide margin.
BROWSER_TIMEOUT = 300


def marp_command() -> str:
    """$GANKIT_MARP, else the project's ./node_modules, else `marp` on PATH."""
    found = os.environ.get("GANKIT_MARP") or (str(LOCAL_MARP) if LOCAL_MARP.is_file() else shutil.which("marp"))
    if not (found and os.access(found, os.X_OK)):
        raise UserError(say(SLIDES, "cli.no_marp", None))
    return found


def browser() -> str:
    """$CHROME_PATH, else the first Chromium on PATH."""
    found = os.environ.get("CHROME_PATH") or next(filter(None, map(shutil.which, BROWSERS)), None)
    if not (found and os.access(found, os.X_OK)):
        raise UserError(say(SLIDES, "cli.no_browser", None))
    return found


def check_korean_font() -> None:
    """Chromium draws Hangul as empty boxes, silently, without a Korean font: say so instead."""
    listed = subprocess.run(["fc-list", ":lang=ko", "family"], capture_output=True, text=True).stdout \
        if shutil.which("fc-list") else ""
    if KOREAN_FONT not in listed:
        raise UserError(say(SLIDES, "cli.no_font", None, font=KOREAN_FONT))


def convert(markdown: Path, output: Path) -> Path:
    """markdown -> output (.pdf or .html, by its suffix); images are read from beside the Markdown."""
    command = [marp_command(), str(markdown), "--theme-set", str(THEME_CSS), "--html", "--allow-local-files",
               "--browser-path", browser(), "--browser-timeout", str(BROWSER_TIMEOUT), "-o", str(output)]
    if output.suffix == ".pdf":
        command.append("--pdf")
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0 or not output.is_file():
        tail = " | ".join((done.stderr or done.stdout).strip().splitlines()[-3:])
        raise UserError(say(SLIDES, "cli.marp_failed", None, code=done.returncode, tail=tail))
    return output
