"""A report page as a list of blocks, rendered to markdown and to a standalone HTML file."""
import html
import re

# Blocks: ("h1"|"h2"|"p", text), ("ul", [text]), ("img", path, alt), ("table", header, rows),
# ("gallery", [(path, caption)]): small images side by side.


def to_markdown(blocks: list) -> str:
    out = []
    for kind, *args in blocks:
        if kind == "h1":
            out.append(f"# {args[0]}")
        elif kind == "h2":
            out.append(f"## {args[0]}")
        elif kind == "p":
            out.append(args[0])
        elif kind == "ul":
            out.append("\n".join(f"- {item}" for item in args[0]))
        elif kind == "img":
            out.append(f"![{args[1]}]({args[0]})")
        elif kind == "table":
            header, rows = args
            out.append(_md_table(header, rows))
        elif kind == "gallery":
            out.append(_md_table([caption for _, caption in args[0]], [[f"![{c}]({p})" for p, c in args[0]]]))
    return "\n\n".join(out) + "\n"


def _md_table(header, rows) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows])


def _inline(text: str) -> str:
    """Escaped text with markdown's `code` spans as <code>."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(text))


def to_html(blocks: list, title: str) -> str:
    e = html.escape
    body = []
    for kind, *args in blocks:
        if kind in ("h1", "h2", "p"):
            body.append(f"<{kind}>{_inline(args[0])}</{kind}>")
        elif kind == "ul":
            body.append("<ul>" + "".join(f"<li>{_inline(item)}</li>" for item in args[0]) + "</ul>")
        elif kind == "img":
            body.append(f'<p><img src="{e(args[0])}" alt="{e(args[1])}"></p>')
        elif kind == "table":
            header, rows = args
            cells = "".join(f"<th>{e(h)}</th>" for h in header)
            body.append(f"<table><tr>{cells}</tr>" + "".join(
                "<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in rows) + "</table>")
        elif kind == "gallery":
            body.append('<div class="gallery">' + "".join(
                f'<figure><img src="{e(p)}" alt="{e(c)}"><figcaption>{e(c)}</figcaption></figure>'
                for p, c in args[0]) + "</div>")
    style = ("body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.5}"
             "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:right}"
             "td:first-child,th:first-child{text-align:left}img{max-width:100%;image-rendering:pixelated}"
             ".gallery{display:flex;flex-wrap:wrap;gap:.5em}.gallery img{width:10em}figure{margin:0}")
    return (f'<!doctype html>\n<html><head><meta charset="utf-8"><title>{e(title)}</title>'
            f"<style>{style}</style></head>\n<body>\n" + "\n".join(body) + "\n</body></html>\n")
