"""Files written whole or not at all: a reader (or a crash) sees the old content or the new, never half."""
import io
import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data) -> None:
    """Write `data` (str as UTF-8, or bytes) to `path` through a temporary file in the same folder."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(handle, "wb") as out:
        out.write(data.encode("utf-8") if isinstance(data, str) else data)
    os.chmod(temporary, 0o644)
    os.replace(temporary, path)


def save_torch_atomic(obj, path: Path) -> None:
    """torch.save(obj, path), written whole or not at all (checkpoints, the cached classifier)."""
    import torch

    buffer = io.BytesIO()
    torch.save(obj, buffer)
    write_atomic(path, buffer.getvalue())
