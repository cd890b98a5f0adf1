"""The grades folder: made with one set of settings, resumable, and never silently overwritten.

    GRADES_DIR/manifest.json           settings fingerprint the folder was graded with
    GRADES_DIR/students/<id>/          one finished student (written to a temporary folder, then renamed)
    GRADES_DIR/backup/<time>/<id>/     earlier results replaced by --regrade or --force
    GRADES_DIR/gradebook.csv, summary.md   rebuilt from students/ after every run
"""
import fcntl
import json
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

from gankit.errors import UserError
from gankit.atomic import write_atomic

FORMAT = 1  # layout of this folder; bump when it changes
MANIFEST = "manifest.json"
RESULT = "record.json"  # in each student's folder: the plain-data result, also the "finished" mark
STUDENTS, BACKUP, LOCK = "students", "backup", ".lock"
PARTIAL = ".partial-"  # prefix of a student folder being written


class GradesFolder:
    """GRADES_DIR, locked against a second `gankit grade` writing to it at the same time."""

    def __init__(self, root: Path, fingerprint: dict, force: bool = False):
        self.root = root
        self.students = root / STUDENTS
        self._lock = threading.Lock()
        self._stamp = None
        if root.exists() and not root.is_dir():
            raise UserError(f"--out {root} is a file")
        root.mkdir(parents=True, exist_ok=True)
        self._lock_file = open(root / LOCK, "w")
        try:
            fcntl.flock(self._lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise UserError(f"another `gankit grade` is writing to {root}; wait for it or use another --out") from None
        self._adopt(fingerprint, force)
        self.students.mkdir(exist_ok=True)
        for leftover in self.students.glob(PARTIAL + "*"):  # an interrupted write: that student is not done
            shutil.rmtree(leftover, ignore_errors=True)

    def _adopt(self, fingerprint: dict, force: bool) -> None:
        manifest = self.root / MANIFEST
        wanted = {"format": FORMAT, "settings": fingerprint}
        if manifest.exists():
            found = _read_json(manifest)
            if found == wanted:
                return
            if not force:
                differ = sorted(key for key in {*wanted["settings"], *found.get("settings", {})}
                                if wanted["settings"].get(key) != found.get("settings", {}).get(key))
                raise UserError(f"{self.root} was graded with other settings ({', '.join(differ) or 'format'}); "
                                "use another --out, or --force to back up those grades and start over")
            for old in self._finished_folders():
                self._back_up(old)
        elif any(entry.name != LOCK for entry in self.root.iterdir()):
            raise UserError(f"{self.root} is not empty and is not a gankit grades folder; choose another --out")
        write_atomic(manifest, json.dumps(wanted, indent=2, sort_keys=True) + "\n")

    def _finished_folders(self):
        return sorted(path for path in self.students.glob("*") if (path / RESULT).is_file()) \
            if self.students.is_dir() else []

    def finished(self, student: str):
        """The saved result of a student, or None."""
        path = self.students / student / RESULT
        return _read_json(path) if path.is_file() else None

    def all_finished(self) -> list:
        return [_read_json(path / RESULT) for path in self._finished_folders()]

    def save(self, student: str, files: dict) -> None:
        """Write a student's files {name: text} at once; an earlier result is moved to backup/ first."""
        partial = Path(tempfile.mkdtemp(prefix=PARTIAL, dir=self.students))
        for name, text in files.items():
            (partial / name).write_text(text, encoding="utf-8")
        os.chmod(partial, 0o755)
        final = self.students / student
        with self._lock:
            if final.exists():
                self._back_up(final)
            partial.rename(final)

    def _back_up(self, folder: Path) -> None:
        if self._stamp is None:
            self._stamp = time.strftime("%Y%m%d-%H%M%S")
            while (self.root / BACKUP / self._stamp).exists():
                self._stamp += "+"
        target = self.root / BACKUP / self._stamp
        target.mkdir(parents=True, exist_ok=True)
        folder.rename(target / folder.name)

    def close(self) -> None:
        self._lock_file.close()


def _read_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise UserError(f"{path} is damaged; move it away and grade that student again") from None
