"""Pack your homework for submission: run the self-check, then zip the files the grader reads.

    gankit submit --student-id 20231234 [--folder assignments/week01_gan] [--out .] [--lang en]

Writes <student id>.zip with generator.py, discriminator.py, train_step.py, paper_summary.md and
results.json (your self-check) at its top level: exactly what `gankit grade` reads.
"""
import re
from functools import partial
from pathlib import Path

from gankit import paths
from gankit.errors import UserError
from gankit.i18n import LANGS

STUDENT_ID = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]{0,63}")  # a student number or a username


def add_arguments(parser):
    parser.add_argument("--student-id", required=True, help="your student number (the zip is named after it)")
    parser.add_argument("--folder", type=Path, default=paths.SKELETON_DIR, help="your assignment folder "
                        "(default: assignments/week01_gan)")
    parser.add_argument("--out", type=Path, default=Path("."), help="where the zip goes (default: here)")
    parser.add_argument("--lang", choices=LANGS, default=None, help="language (default: $GANKIT_LANG or ko)")


def run(args) -> int:
    from gankit.atomic import write_atomic
    from gankit.grading import intake
    from gankit.i18n import current_lang, say
    from gankit.student.messages import SUBMIT
    from gankit.zips import zip_bytes

    lang = current_lang(args.lang)
    tell = partial(say, SUBMIT, lang=lang)
    if not STUDENT_ID.fullmatch(args.student_id):
        raise UserError(tell("bad_id", id=args.student_id))
    if not args.folder.is_dir():
        raise UserError(tell("no_folder", folder=args.folder))
    files = _read_submission(args.folder, tell)
    for line in _summary_warnings(files[intake.SUMMARY_FILE].decode("utf-8"), tell):
        print(line)
    results = _self_check(args.folder, lang, tell)
    files[intake.SELF_CHECK_FILE] = _gradescope_json(results, lang)
    target = args.out / f"{args.student_id}.zip"
    replaced = target.exists()
    data = zip_bytes(files)  # sorted members, fixed dates: the same files give the same zip
    args.out.mkdir(parents=True, exist_ok=True)
    write_atomic(target, data)
    print(tell("packed", zip=target))
    for name, content in files.items():
        print(f"  {name:<20} {len(content) / 1024:7.1f} KB")
    strays = [_describe(path) for path in sorted(args.folder.iterdir())
              if path.name not in files and not path.name.startswith(".") and path.name not in intake.JUNK]
    if strays:
        print(tell("not_packed", files=", ".join(strays)))
    if replaced:
        print(tell("replaced", zip=target))
    points, most = sum(r.points for r in results), sum(r.max_points for r in results)
    print(tell("done", zip=target, size=f"{len(data) / 1024:.1f}", points=f"{points:g}", max=f"{most:g}"))
    return 0


def _read_submission(folder: Path, tell) -> dict:
    """{name: bytes} of the files that are packed; refuses a missing, oversized, binary or non-UTF-8 one."""
    from gankit.grading import intake, limits

    names = [*intake.MODULE_FILES, intake.SUMMARY_FILE]
    missing = [name for name in names if not (folder / name).is_file()]
    if missing:
        raise UserError(tell("missing", folder=folder, files=", ".join(missing)))
    files = {}
    for name in names:
        limit = limits.SUMMARY_MIB if name == intake.SUMMARY_FILE else limits.SOURCE_MIB
        if (folder / name).stat().st_size > limit * limits.MIB:
            raise UserError(tell("too_large", file=name, mib=limit))
        files[name] = (folder / name).read_bytes()
        problem = intake.text_problem(files[name])
        if problem:
            raise UserError(tell(problem, file=name))
    return files


def _summary_warnings(text: str, tell) -> list:
    """What is still missing from the paper summary: unwritten sections, and §8's block taken for an analysis."""
    from gankit.reporting import summary

    lines = []
    unwritten = summary.unwritten_sections(text)
    if unwritten:
        lines.append(tell("summary_unwritten", sections="; ".join(unwritten)))
    if summary.has_report_block(text):
        lines.append(tell("summary_report_block"))
    return lines


def _describe(path: Path) -> str:
    """A file left out, with what makes it unfit to submit: "weights.pt (binary, 3.0 MB)"."""
    from gankit.grading import intake, limits

    if not path.is_file():
        return f"{path.name}/" if path.is_dir() else path.name
    size = path.stat().st_size
    with open(path, "rb") as handle:
        kind = intake.text_problem(handle.read(limits.MIB)) or "text"
    return f"{path.name} ({kind}, {size / limits.MIB:.1f} MB)" if size > limits.MIB or kind == "binary" else path.name


def _self_check(folder: Path, lang: str, tell) -> list:
    """The autograder's checks on this folder, in this process (your own code, on your computer)."""
    from gankit.checks import grade, reference, scoresheet

    results = grade(folder, reference.load())
    print(tell("self_check", folder=folder))
    print(scoresheet.table(results, lang))
    return results


def _gradescope_json(results, lang: str) -> bytes:
    """The self-check as Gradescope's results.json, with the checks fingerprint the grader compares with its own."""
    from gankit.checks import scoresheet
    from gankit.fingerprint import fingerprint

    payload = scoresheet.gradescope(results, lang, fingerprint=fingerprint())
    return scoresheet.results_text(payload).encode("utf-8")

