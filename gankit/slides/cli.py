"""Build the week-1 lecture slides (PDF, Korean and English) from the notebook's sources."""
from pathlib import Path

from gankit.i18n import LANGS, say
from gankit.slides import marp
from gankit.slides.build import build
from gankit.slides.texts import SLIDES


def add_arguments(parser):
    parser.add_argument("--out", type=Path, default=Path("build/slides"),
                        help="folder for week01.pdf (Korean) and week01_en.pdf (default: build/slides)")
    parser.add_argument("--lang", choices=LANGS, help="build one language only (default: both)")


def run(args) -> int:
    marp.marp_command(), marp.browser(), marp.check_korean_font()  # a missing tool is said before any work
    for lang in [args.lang] if args.lang else LANGS:
        pdf = build(args.out, lang)
        print(say(SLIDES, "cli.wrote", None, path=pdf))
    return 0
