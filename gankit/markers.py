"""Swap each `### BEGIN SOLUTION` ... `### END SOLUTION` region for a stub (nbgrader's markers).

In Python the stub is `raise NotImplementedError("NAME: ...")`, NAME being the enclosing
function ("Generator.__init__"); in Markdown it is a "write here" line. Nested, unclosed or
stray markers are rejected with the file and line.
"""
import ast

BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"
PY_STUB = 'raise NotImplementedError("{name}: 위의 TODO를 채우세요 / fill in the TODO above")'
MD_STUB = "_(여기에 작성하세요 / write your answer here)_"


class MarkerError(ValueError):
    """Malformed solution markers; the message names file and line."""


def regions(lines, source_name):
    """[(begin_index, end_index)] of the solution regions, 0-based line indices."""
    found, start = [], None
    for i, line in enumerate(lines):
        text = line.strip()
        if text == BEGIN:
            if start is not None:
                raise MarkerError(f"{source_name}:{i + 1}: nested {BEGIN} (the one at line {start + 1} is still open)")
            start = i
        elif text == END:
            if start is None:
                raise MarkerError(f"{source_name}:{i + 1}: {END} without a {BEGIN} before it")
            found.append((start, i))
            start = None
    if start is not None:
        raise MarkerError(f"{source_name}:{start + 1}: {BEGIN} is never closed by {END}")
    return found


def _enclosing_names(source: str, source_name: str) -> dict:
    """line number (1-based) -> qualified name of the innermost function around it."""
    try:
        tree = ast.parse(source, filename=source_name)
    except SyntaxError as err:
        raise MarkerError(f"{source_name}:{err.lineno}: not valid Python: {err.msg}") from None
    names = {}

    def visit(node, prefix):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = f"{prefix}{child.name}"
                if not isinstance(child, ast.ClassDef):
                    for line in range(child.lineno, child.end_lineno + 1):
                        names[line] = name
                visit(child, name + ".")
            else:
                visit(child, prefix)

    visit(tree, "")
    return names


def strip_solutions(source: str, source_name: str) -> str:
    """The student version of a solution file (.py or .md)."""
    lines = source.splitlines(keepends=True)
    spans = regions(lines, source_name)
    is_python = source_name.endswith(".py")
    names = _enclosing_names(source, source_name) if is_python else {}
    out, previous = [], 0
    for begin, end in spans:
        out.extend(lines[previous:begin])
        indent = lines[begin][: len(lines[begin]) - len(lines[begin].lstrip())]
        if is_python:
            if begin + 1 not in names:
                raise MarkerError(f"{source_name}:{begin + 1}: {BEGIN} outside any function")
            out.append(indent + PY_STUB.format(name=names[begin + 1]) + "\n")
        else:
            out.append(indent + MD_STUB + "\n")
        previous = end + 1
    out.extend(lines[previous:])
    return "".join(out)
