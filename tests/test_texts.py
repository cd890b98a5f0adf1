"""Every text table of the kit in the one layout of gankit.i18n, in both languages, keys written out.

Tables are found, not listed: every module-level dict of gankit/ whose values are all
{"ko": ..., "en": ...} is a table, so a table added anywhere in the kit is checked here too.
"""
import ast
import importlib
from pathlib import Path

import pytest

import gankit
from gankit.i18n import LANGS, placeholders

KIT = Path(gankit.__file__).resolve().parent
SOURCES = sorted(path for path in KIT.rglob("*.py") if path.name != "__main__.py")  # __main__ runs the command
# Calls that take a message key, and its position: fail("g.layer_count"), say(TABLE, "key", lang), ...
KEY_TAKERS = {"say": 1, **dict.fromkeys(("fail", "Failure", "GraderFailure", "text", "error", "tell", "words", "t",
                                         "heading", "paragraphs"), 0)}


def module_name(path: Path) -> str:
    parts = path.relative_to(KIT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_side(value) -> bool:
    return isinstance(value, str) or (isinstance(value, tuple) and value and all(isinstance(s, str) for s in value))


def is_table(value) -> bool:
    return (isinstance(value, dict) and value and all(isinstance(entry, dict) and set(entry) == set(LANGS)
                                                       for entry in value.values()))


def _tables():
    found = []
    for path in SOURCES:
        module = importlib.import_module(module_name(path))
        found += [(f"{module.__name__}.{name}", value) for name, value in vars(module).items()
                  if not name.startswith("__") and is_table(value) and getattr(module, name) is value
                  and name in _assigned_names(path)]
    return found


def _assigned_names(path: Path) -> set:
    """Names assigned at module level in this file (not tables imported from elsewhere)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {target.id for node in tree.body if isinstance(node, (ast.Assign, ast.AnnAssign))
            for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(target, ast.Name)}


TABLES = _tables()


def test_the_tables_are_found():
    names = {name for name, _ in TABLES}
    assert {"gankit.checks.messages.MESSAGES", "gankit.grading.messages.NOTES", "gankit.student.messages.SUBMIT",
            "gankit.platforms.messages.TEXT", "gankit.reporting.messages.MESSAGES",
            "gankit.course.texts.PARAGRAPHS"} <= names


@pytest.mark.parametrize("name, table", TABLES, ids=[name for name, _ in TABLES])
def test_every_text_has_both_languages_with_the_same_placeholders(name, table):
    for key, entry in table.items():
        ko, en = entry["ko"], entry["en"]
        assert is_side(ko) and is_side(en), f"{name}[{key!r}]: a side is a string or a tuple of strings"
        assert type(ko) is type(en) and (isinstance(ko, str) or len(ko) == len(en)), f"{name}[{key!r}]: shapes differ"
        assert placeholders(ko) == placeholders(en), f"{name}[{key!r}]: ko {placeholders(ko)} vs en {placeholders(en)}"
        assert list(entry) == ["ko", "en"], f"{name}[{key!r}]: Korean first, then English"


def test_check_messages_are_four_parts():
    from gankit.checks.messages import MESSAGES
    from gankit.grading.messages import VERDICTS

    for table in (MESSAGES, VERDICTS):
        assert all(len(side) == 4 for entry in table.values() for side in entry.values())


def test_no_table_is_written_language_first():
    """{"ko": {key: text}, "en": {key: text}} is the old layout: one key's two languages lie far apart."""
    for path in SOURCES:
        module = importlib.import_module(module_name(path))
        for name in _assigned_names(path):
            value = getattr(module, name, None)
            assert not (isinstance(value, dict) and set(value) == set(LANGS)
                        and all(isinstance(side, dict) for side in value.values())), f"{module.__name__}.{name}"


def test_no_message_key_is_built_with_an_f_string():
    """Keys are written out in full so that grep finds every use of a message."""
    built = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                position = KEY_TAKERS.get(name, len(node.args))
                if position < len(node.args) and isinstance(node.args[position], ast.JoinedStr):
                    built.append(f"{path.relative_to(KIT.parent)}:{node.lineno}")
    assert not built, f"message keys built with f-strings: {built}"
