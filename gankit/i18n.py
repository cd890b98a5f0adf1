"""Language of user-facing text, and the one layout of every text table.

Korean by default, English with --lang en or GANKIT_LANG=en. Every table of user-facing text in
the kit has one layout: a dict from a key written out in full (so `grep` finds every use) to its
Korean and English side by side, `{"ko": ..., "en": ...}`; a side is a format string, or a tuple
of format strings for multi-part messages (checked, expected, found, hint). Both sides use the
same `{placeholders}` (tests/test_texts.py checks every table).
"""
import os
import string

LANGS = ("ko", "en")
DEFAULT_LANG = "ko"  # the course is taught in Korean


def current_lang(explicit: str = None) -> str:
    """The language to use: an explicit choice, else $GANKIT_LANG, else Korean."""
    lang = (explicit or os.environ.get("GANKIT_LANG") or DEFAULT_LANG).strip().lower()
    return lang if lang in LANGS else DEFAULT_LANG


def say(table: dict, key: str, lang: str = None, **params) -> str:
    """table[key] in `lang` (see current_lang), its placeholders filled from params."""
    return table[key][current_lang(lang)].format(**params)


def placeholders(side) -> set:
    """The `{names}` a side of a text uses (a string, or a tuple of strings)."""
    parts = side if isinstance(side, tuple) else (side,)
    return {field.split(".")[0].split("[")[0]
            for part in parts for _, field, _, _ in string.Formatter().parse(part) if field}
