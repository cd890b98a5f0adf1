"""The layer order of gankit/ (written in gankit/__init__.py), checked on the imports the code holds.

Every part of the kit (a top-level module or a subpackage) sits in one layer of gankit.LAYERS; it
may import parts of lower layers and modules of its own part, nothing above and nothing beside it.
A new module or subpackage fails here until it is placed in a layer. Imports are read with ast, so
lazy imports inside functions count too.
"""
import ast
from pathlib import Path

import pytest

import gankit
from gankit.grading import sandbox

KIT = Path(gankit.__file__).resolve().parent
MODULES = sorted(KIT.rglob("*.py"))


def module_name(path: Path) -> str:
    """gankit/checks/step.py -> gankit.checks.step; gankit/checks/__init__.py -> gankit.checks."""
    parts = path.relative_to(KIT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def part_of(module: str) -> str:
    """The layered part a module belongs to: 'checks' for gankit.checks.step, 'errors' for gankit.errors."""
    rest = module.split(".")[1:]
    return rest[0] if rest else "gankit"


def imports(path: Path) -> set:
    """The gankit modules a file imports (absolute names; `from gankit import paths` gives gankit.paths)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.split(".")[0] == "gankit"}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").split(".")[0] == "gankit":
            for alias in node.names:  # a name imported from a package may be a submodule
                candidate = f"{node.module}.{alias.name}"
                found.add(candidate if candidate in NAMES else node.module)
    return found


NAMES = {module_name(path) for path in MODULES}
GRAPH = {module_name(path): imports(path) for path in MODULES}
LAYER_OF = {part: index for index, (_, parts) in enumerate(gankit.LAYERS) for part in parts}


def test_every_part_of_the_kit_is_placed_in_exactly_one_layer():
    placed = [part for _, parts in gankit.LAYERS for part in parts]
    assert len(placed) == len(set(placed)), "a part is in two layers"
    unplaced = sorted({part_of(name) for name in NAMES} - set(placed))
    assert not unplaced, f"place {unplaced} in a layer of gankit.LAYERS (gankit/__init__.py)"


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_no_module_imports_upward_or_sideways(module):
    part = part_of(module)
    wrong = sorted(target for target in GRAPH[module]
                   if part_of(target) != part and LAYER_OF[part_of(target)] >= LAYER_OF[part])
    assert not wrong, f"{module} (layer {LAYER_OF[part]}) imports {wrong}: only lower layers are allowed"


def test_no_import_cycle_between_modules():
    done, path = set(), []

    def visit(module):
        if module in path:
            pytest.fail("import cycle: " + " -> ".join(path[path.index(module):] + [module]))
        if module in done:
            return
        path.append(module)
        for target in sorted(GRAPH[module]):
            if target != module and target in GRAPH:
                visit(target)
        path.pop()
        done.add(module)

    for module in sorted(GRAPH):
        visit(module)


def closure(start: str) -> set:
    """start and every gankit module it imports, directly or not, with the packages they sit in."""
    seen, todo = set(), [start]
    while todo:
        module = todo.pop()
        parents = {".".join(module.split(".")[:i]) for i in range(1, module.count(".") + 1)}
        for name in {module, *parents} - seen:
            seen.add(name)
            todo += GRAPH.get(name, ())
    return seen


def test_the_grading_worker_loads_only_files_its_sandbox_binds():
    """The sandbox shows a worker only sandbox.KIT_FILES: checks/, what the checks import
    (sandbox.CHECKS_IMPORT) and the worker itself. Everything the worker loads must be there."""
    bound = [KIT / name for name in sandbox.KIT_FILES]
    unbound = sorted(module for module in closure("gankit.grading.worker")
                     if not any(_file(module) == path or path in _file(module).parents for path in bound))
    assert not unbound, f"the worker loads {unbound}: bind them in grading/sandbox.py (CHECKS_IMPORT) or import less"


def _file(module: str) -> Path:
    path = KIT.parent.joinpath(*module.split("."))
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def test_the_import_reader_sees_lazy_and_from_imports(tmp_path):
    source = tmp_path / "probe.py"
    source.write_text("from gankit import paths\n\ndef f():\n    from gankit.checks.feedback import fail\n"
                      "    import gankit.errors\n")
    assert imports(source) == {"gankit.paths", "gankit.checks.feedback", "gankit.errors"}
