"""Regenerate assignments/ (student skeletons), autograder/reference.json and the nbgrader notebook from solutions/."""
from pathlib import Path

from gankit import paths
from gankit.errors import UserError
from gankit.markers import MarkerError


def add_arguments(parser):
    parser.add_argument("--solutions", type=Path, default=paths.SOLUTION_DIR, help="solution source folder")
    parser.add_argument("--out", type=Path, default=paths.SKELETON_DIR, help="where the skeleton goes")
    parser.add_argument("--reference", type=Path, default=paths.REFERENCE_FILE,
                        help="where the autograder's frozen reference data goes")
    parser.add_argument("--no-notebook", dest="notebook", action="store_false",
                        help="skip the nbgrader source notebook (source/week01_gan/week01_gan.ipynb)")


def run(args) -> int:
    from gankit.checks import reference
    from gankit.release.build import write_skeleton

    if not args.solutions.is_dir():
        raise UserError(f"solution folder not found: {args.solutions}")
    try:
        written = write_skeleton(args.out, args.solutions)
    except MarkerError as err:
        raise UserError(str(err)) from None
    for path in written:
        print(f"wrote {path}")
    reference.save(reference.compute(args.solutions), args.reference)
    print(f"wrote {args.reference}")
    if args.notebook:
        from gankit.course import notebook  # needs nbformat (the [course] extra)

        print(f"wrote {notebook.write(solution_dir=args.solutions)}")
    return 0
