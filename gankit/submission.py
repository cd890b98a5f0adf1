"""A submission folder whose modules are loaded by explicit path, so no other file can shadow them."""
import hashlib
import importlib.util
import sys
from pathlib import Path

from gankit.errors import UserError

# The student modules of the week-1 contract (SPEC §2).
MODULES = ("generator", "discriminator", "train_step")


class SubmissionError(Exception):
    """A student module could not be loaded; `kind` is missing_file, import_error or missing_name."""

    def __init__(self, kind: str, name: str, detail: str = ""):
        super().__init__(f"{kind}: {name} {detail}".strip())
        self.kind, self.name, self.detail = kind, name, detail


class Submission:
    """The student files in one folder, each module imported on first use under a private name."""

    def __init__(self, folder):
        self.folder = Path(folder).resolve()
        if not self.folder.is_dir():
            raise UserError(f"submission folder not found: {folder} (pass --submission DIR)")
        tag = hashlib.sha1(str(self.folder).encode()).hexdigest()[:10]
        self._prefix = f"_gankit_submission_{tag}"
        self._modules = {}

    def module(self, name: str):
        """The student's module `name` (e.g. "generator"), imported from this folder only."""
        if name not in self._modules:
            self._modules[name] = self._load(name)
        return self._modules[name]

    def attr(self, module: str, name: str):
        """A class or function the contract requires, e.g. attr("generator", "Generator")."""
        mod = self.module(module)
        if not hasattr(mod, name):
            raise SubmissionError("missing_name", f"{module}.py: {name}")
        return getattr(mod, name)

    def label(self, path: Path):
        """How feedback names a source file: 'train_step.py' for files of this folder, else None."""
        return path.name if self.folder in path.parents else None

    def _load(self, name: str):
        path = self.folder / f"{name}.py"
        if not path.is_file():
            raise SubmissionError("missing_file", f"{name}.py")
        qualified = f"{self._prefix}.{name}"
        spec = importlib.util.spec_from_file_location(qualified, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[qualified] = module  # dataclasses and pickling look modules up here
        try:
            spec.loader.exec_module(module)
        except NotImplementedError:
            del sys.modules[qualified]
            raise
        except Exception as err:
            del sys.modules[qualified]
            raise SubmissionError("import_error", f"{name}.py") from err
        except BaseException:
            del sys.modules[qualified]
            raise
        return module
