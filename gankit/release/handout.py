"""The student package: what a student receives, built from the instructor's repository.

    DIR/week01_gan/              the folder (the package itself)
    DIR/week01_gan.zip           the same folder as one reproducible zip, for an LMS or e-mail
    DIR/week01_gan-classroom/    a GitHub Classroom template repository: the package, the
                                 workflow of `gankit classroom init`, and what that workflow runs

The package holds the stubs and the summary template, the self-check with its reference data,
the kit files on the allow-lists of gankit.kit_files, the bundled MNIST subset, a student
README (docs/student_guide.md) and a student pyproject.toml (torch, numpy, pytest, matplotlib,
tqdm). Never solutions/, the nbgrader notebook, the quiz key, the planted bugs or the tests.
The same repository gives the same bytes: files are read, never stamped with a date.
"""
import shutil
from pathlib import Path

from gankit import kit_files, paths
from gankit.zips import FILE_MODE, zip_bytes

NAME = paths.ASSIGNMENT  # the package's folder and zip name
TEMPLATES = Path(__file__).resolve().parent / "templates"
GUIDE = paths.REPO_ROOT / "docs" / "student_guide.md"
MARKER = f"gankit/{paths.PACKAGE_MARKER}"  # its presence tells the kit it runs inside a student package
CLASSROOM_FILES = ("constraints.txt",)  # the workflow installs the pinned torch named here
README = paths.REPO_ROOT / "README.md"
README_BEGIN = ("<!-- student guide: begin (generated from docs/student_guide.md, the package's README, by "
                "`python -m gankit.release.handout --readme`: edit that file) -->")
README_END = "<!-- student guide: end -->"


def package_files(classroom: bool = False, lang: str = "ko") -> dict:
    """{path in the package: (bytes, mode)}: the student package, or the Classroom template repository."""
    kit = kit_files.CLASSROOM if classroom else kit_files.STUDENT
    names = [*kit_files.COURSE_FILES, *kit, *(CLASSROOM_FILES if classroom else ())]
    files = {name: ((paths.REPO_ROOT / name).read_bytes(), FILE_MODE) for name in names}
    files["README.md"] = (GUIDE.read_bytes(), FILE_MODE)
    files["pyproject.toml"] = ((TEMPLATES / "student_pyproject.toml").read_bytes(), FILE_MODE)
    files[".gitignore"] = ((TEMPLATES / "student_gitignore").read_bytes(), FILE_MODE)
    files[MARKER] = (f'{{"assignment": "{paths.ASSIGNMENT}"}}\n'.encode(), FILE_MODE)
    if classroom:
        from gankit.platforms import classroom as workflow

        files[workflow.WORKFLOW.as_posix()] = (workflow.workflow(lang).encode("utf-8"), FILE_MODE)
    return dict(sorted(files.items()))


def write_folder(files: dict, folder: Path) -> None:
    """Write the files under a fresh `folder` (an earlier build there is replaced)."""
    if folder.exists():
        shutil.rmtree(folder)
    for name, (data, mode) in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        path.chmod(mode)


def package_zip(files: dict) -> bytes:
    """The package as a zip whose members sit in one top folder, NAME/ (unzipping makes one folder)."""
    return zip_bytes({f"{NAME}/{name}": (data, mode) for name, (data, mode) in files.items()})


def build(out: Path, lang: str = "ko") -> dict:
    """Write the three forms under `out`; {form: path}. Refuses, writing nothing, if an answer would leak."""
    from gankit.atomic import write_atomic
    from gankit.errors import UserError
    from gankit.release import leaks

    files, classroom = package_files(), package_files(classroom=True, lang=lang)
    archive = package_zip(files)
    found = leaks.find({f"{NAME}.zip": archive, **{f"classroom/{name}": data for name, (data, _) in classroom.items()}})
    if found:
        raise UserError(f"the package would hand out answers ({len(found)} findings), nothing written: "
                        + "; ".join(found[:3]))
    out.mkdir(parents=True, exist_ok=True)
    write_folder(files, out / NAME)
    write_atomic(out / f"{NAME}.zip", archive)
    write_folder(classroom, out / f"{NAME}-classroom")
    return {"folder": out / NAME, "zip": out / f"{NAME}.zip", "classroom": out / f"{NAME}-classroom"}


def readme_section(guide: str) -> str:
    """The guide as a section of the repository's README: between markers, every heading two levels down (under "## For students")."""
    lines = [("##" + line if line.startswith("#") else line) for line in guide.rstrip("\n").splitlines()]
    return "\n".join([README_BEGIN, *lines, README_END])


def sync_readme(readme: Path = README, guide: Path = GUIDE) -> None:
    """Replace the README's student section (between the markers) with the current guide."""
    text = readme.read_text(encoding="utf-8")
    start, end = text.index(README_BEGIN), text.index(README_END) + len(README_END)
    readme.write_text(text[:start] + readme_section(guide.read_text(encoding="utf-8")) + text[end:], encoding="utf-8")


if __name__ == "__main__":
    import sys

    if sys.argv[1:] != ["--readme"]:
        sys.exit("usage: python -m gankit.release.handout --readme")
    sync_readme()
