"""Return the homework: the complete class gradebook, Canvas and Moodle import files, feedback drafts.

    gankit return SUBS GRADES [--late-policy 10%/day] [--manual-scores CSV | --nbgrader-cells CSV]
                  [--assignment "Week 1 GAN"] [--sender ta@univ.ac.kr] [--out GRADES]

SUBS is the folder `gankit collect` wrote (its manifest holds the roster and the deadline),
GRADES the folder `gankit grade SUBS` wrote. Writes, beside GRADES/gradebook.csv:
class_gradebook.csv (every enrolled student, raw and final points), canvas.csv, moodle.csv,
mail_merge.csv and drafts/<id>.eml. Nothing is sent. Re-running rewrites these files.
"""
from pathlib import Path

from gankit.i18n import LANGS

LATE_HELP = "none (default), 10%%/day, zero-after=48h, or both: 10%%/day,zero-after=3d"
DEFAULT_ASSIGNMENT = "Week 1 GAN"  # the LMS column; for an existing Canvas assignment use "Name (id)"
OUTPUTS = ("class_gradebook.csv", "canvas.csv", "moodle.csv", "mail_merge.csv", "drafts/")


def add_arguments(parser):
    parser.add_argument("submissions", type=Path, help="the folder gankit collect wrote (SUBS)")
    parser.add_argument("grades", type=Path, help="the folder gankit grade wrote (GRADES)")
    parser.add_argument("--late-policy", default="none", help=LATE_HELP)
    scores = parser.add_mutually_exclusive_group()
    scores.add_argument("--manual-scores", type=Path, default=None,
                        help="CSV student_id,points,max_points: the paper summary's points, added to the autograder's")
    scores.add_argument("--nbgrader-cells", type=Path, default=None,
                        help="grades_by_cell.csv of `gankit course export`: its manually graded cells are added")
    parser.add_argument("--assignment", default=DEFAULT_ASSIGNMENT, help="the LMS column's name "
                        f"(default {DEFAULT_ASSIGNMENT!r})")
    parser.add_argument("--sender", default="", help="From: address of the drafts (default: none, your mail "
                        "program fills it in)")
    parser.add_argument("--out", type=Path, default=None, help="where the files go (default: GRADES)")
    parser.add_argument("--lang", choices=LANGS, default=None,
                        help="language of the instructor's files and output (drafts are in both)")


def run(args) -> int:
    from gankit.inbox.texts import in_lang

    return in_lang(_return, args)


def _return(args, lang: str) -> int:
    from gankit.atomic import write_atomic
    from gankit.checks.catalog import TOTAL_POINTS
    from gankit.inbox import drafts, folder, gradebook, late, lms, triage
    from gankit.inbox.texts import text

    policy = late.parse(args.late_policy)
    manifest = gradebook.read_manifest(args.submissions)
    auto = gradebook.read_auto_points(args.grades, args.submissions)
    roster_ids = {student["student_id"] for student in manifest["roster"]}
    manual = {}
    if args.manual_scores:
        manual = gradebook.read_manual_points(args.manual_scores, roster_ids)
    elif args.nbgrader_cells:
        manual = gradebook.read_nbgrader_cells(args.nbgrader_cells, roster_ids)
    rows = gradebook.build(manifest, auto, manual, policy, TOTAL_POINTS)
    deadline = gradebook.deadline(manifest)
    out = args.out or args.grades
    (out / "drafts").mkdir(parents=True, exist_ok=True)
    write_atomic(out / "class_gradebook.csv", lms.class_csv(rows, lang))
    write_atomic(out / "canvas.csv", lms.canvas_csv(rows, args.assignment))
    write_atomic(out / "moodle.csv", lms.moodle_csv(rows, args.assignment, lang))
    write_atomic(out / "mail_merge.csv", drafts.merge_csv(rows, args.assignment, deadline, args.grades))
    drafted = {f"{row.student.student_id}.eml": drafts.draft(row, args.assignment, deadline, args.grades, args.sender)
               for row in rows if row.status != gradebook.NOT_GRADED}
    for stale in (out / "drafts").glob("*.eml"):
        if stale.name not in drafted:
            stale.unlink()
    for name, data in drafted.items():
        write_atomic(out / "drafts" / name, data)
    print(text("return wrote", lang, students=len(rows), files=", ".join(str(out / name) for name in OUTPUTS)))
    not_graded = [row.student.student_id for row in rows if row.status == gradebook.NOT_GRADED]
    if not_graded:
        print(text("return not graded", lang, grades=args.grades, ids=", ".join(not_graded)))
    pending = [row.student.student_id for row in rows if row.manual_pending]
    if pending:
        print(text("return manual pending", lang, ids=", ".join(pending)))
    strangers = sorted(set(auto) - roster_ids)
    if strangers:
        print(text("return not on roster", lang, ids=", ".join(strangers)))
    unknown = [m for m in manifest["messages"] if m["status"] == triage.UNKNOWN]
    if unknown:
        print(text("return unknown senders", lang, count=len(unknown), manifest=args.submissions / folder.MANIFEST_CSV))
    for message in unknown:
        print(text("collect unknown", lang, sender=message["sender"], subject=message["subject"],
                   file=args.submissions / message["file"]))
    return 0
