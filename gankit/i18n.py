"""Language of student-facing text: Korean by default, English with --lang en or GANKIT_LANG=en."""
import os

LANGS = ("ko", "en")
DEFAULT_LANG = "ko"  # the course is taught in Korean


def current_lang(explicit: str = None) -> str:
    """The language to use: an explicit choice, else $GANKIT_LANG, else Korean."""
    lang = (explicit or os.environ.get("GANKIT_LANG") or DEFAULT_LANG).strip().lower()
    return lang if lang in LANGS else DEFAULT_LANG
