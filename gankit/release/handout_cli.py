"""Write the student package: a folder, a zip for an LMS or e-mail, and a GitHub Classroom template repository.

    gankit handout --out DIR [--lang ko|en]

Nothing in it is an answer: no solutions/, no nbgrader notebook, no quiz key, no planted bug
(tests/test_handout.py builds it and searches every file). The same repository gives the same zip.
"""
from pathlib import Path

from gankit.errors import UserError
from gankit.i18n import LANGS, current_lang


def add_arguments(parser):
    parser.add_argument("--out", type=Path, required=True, help="folder for week01_gan/, week01_gan.zip "
                        "and week01_gan-classroom/ (earlier builds there are replaced)")
    parser.add_argument("--lang", choices=LANGS, default=None,
                        help="language of the Classroom workflow's feedback (default: $GANKIT_LANG, else ko)")


def run(args) -> int:
    from gankit.checks import reference
    from gankit.fingerprint import fingerprint
    from gankit.release import handout

    if args.out.exists() and not args.out.is_dir():
        raise UserError(f"--out {args.out} is a file: name a folder")
    reference.load()  # missing or stale reference data: a clear error here, not on the students' machines
    built = handout.build(args.out, current_lang(args.lang))
    for form, path in built.items():
        print(f"wrote {path} ({form})")
    print(f"checks fingerprint {fingerprint()}: students see it in their self-check header")
    print("next: upload the zip to the LMS (or e-mail it); for GitHub Classroom push "
          f"{built['classroom'].name}/ as a template repository (README, 'Give the assignment to students')")
    return 0
