"""Lines of student code worth a human look: code that reaches for the grader rather than the GAN.

The week-1 files need torch and math only. Code that imports the kit, walks the interpreter's
modules or frames, writes to file descriptors, starts processes, opens files or sockets, or
patches torch/numpy has no place in them; it is also what forging a check's data from inside the
probe's process takes (docs/grading.md, "What is guaranteed"). The grader lists such lines in
summary.md for the instructor. A deterrent and a pointer, not a proof: it reads text, and
obfuscated code can hide from it.
"""
import re

PATTERNS = {  # name -> what it matches
    "kit internals": r"\bgankit\b|_gankit_submission",
    "interpreter internals": r"\bsys\.modules\b|\b_getframe\b|\binspect\b|\bgc\.|\bimportlib\b|\bbuiltins\b|"
                             r"__builtins__|\b__import__\b|\b(exec|eval|compile)\s*\(",
    "processes and signals": r"\bos\.(_exit|fork|kill|killpg|setsid|system|exec\w*|spawn\w*)\b|\bsubprocess\b|"
                             r"\bsignal\b|\bresource\b|\bctypes\b|\bmultiprocessing\b|\bthreading\b|"
                             r"\bsys\.exit\b|\b(exit|quit)\s*\(|\bos\.(environ|getenv)\b",
    "file descriptors and files": r"\bos\.(write|read|open|dup2?|fdopen|remove|unlink|rmdir)\b|\bopen\s*\(|\bio\.|"
                                  r"\bshutil\b|\bglob\b|\bpathlib\b|/proc\b|/etc\b|/root\b|/home\b|/work\b",
    "network": r"\bsocket\b|\burllib\b|\brequests\b|\bhttp\.",
    "patches a library": r"^\s*(torch|np|numpy|nn|F|pytest)\.[\w.]+\s*=[^=]|\bsetattr\s*\(",
}
COMPILED = {name: re.compile(pattern) for name, pattern in PATTERNS.items()}
MAX_FLAGS = 20  # per submission: enough to judge, short enough to read


def flags(name: str, source: bytes) -> list:
    """[(file name, line number, pattern name, the line)] for one student file."""
    found = []
    for number, line in enumerate(source.decode("utf-8", errors="replace").splitlines(), start=1):
        code = line.split("#", 1)[0]  # a comment mentioning /home or gankit is harmless
        for pattern, regex in COMPILED.items():
            if regex.search(code):
                found.append((name, number, pattern, line.strip()[:120]))
                break
    return found[:MAX_FLAGS]
