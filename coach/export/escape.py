"""User text made safe for the documents coach writes: Markdown and Word.

A title is the person's text, not Markdown: written into a career plan as it is,
"# Hired" would become a heading, "[x](https://...)" a link and "<script>" raw HTML.
:func:`md_inline` escapes every mark that could start markup, so a Markdown reader
shows exactly the characters typed, on one line; :func:`md_block` does the same line
by line for longer text. :func:`docx_text` removes what a Word document cannot hold
(control characters, which python-docx refuses).
"""

from __future__ import annotations

import re

from coach.text import one_line, printable

# Marks that start inline markup anywhere in a line: emphasis, code, links and images,
# autolinks and raw HTML, entities, strikethrough, table cells, headings, escapes.
_ALWAYS = frozenset("\\`*_[]<>&~|#!@")
# Marks that start a block only at the start of a line ("- item", "+ item", "> quote",
# "= underline"); an ordered list is digits then "." or ")".
_LINE_START = frozenset("-+=>")
_ORDERED = re.compile(r"^(\d{1,9})([.)])")
# What a reader turns into a link by itself: "https://", "www.", "example.com", and
# "×.AL" (a domain name may hold signs such as "×", which are not word characters).
_DOMAIN_DOT = re.compile(r"(?<=\S)\.(?=[^\W_])")
_SCHEME = re.compile(r":(?=//)")
# Code points XML 1.0 (and so a .docx) cannot hold, beside the controls printable removes.
_NOT_XML = re.compile("[\ufffe\uffff\ud800-\udfff]")


def md_inline(text: str) -> str:
    """``text`` on one line of Markdown, shown as typed: nothing in it acts as markup."""
    escaped = "".join("\\" + c if c in _ALWAYS else c for c in one_line(text))
    escaped = _DOMAIN_DOT.sub(r"\\.", _SCHEME.sub(r"\\:", escaped))
    ordered = _ORDERED.match(escaped)
    if ordered:
        return f"{ordered.group(1)}\\{ordered.group(2)}{escaped[ordered.end() :]}"
    if escaped[:1] in _LINE_START:
        return "\\" + escaped
    return escaped


def md_block(text: str) -> str:
    """Longer ``text`` as Markdown paragraphs (a blank line between), each line escaped."""
    paragraphs = re.split(r"\n\s*\n", printable(text).strip())
    out = []
    for paragraph in paragraphs:
        lines = [md_inline(line) for line in paragraph.splitlines() if line.strip()]
        if lines:
            out.append("\n".join(lines))
    return "\n\n".join(out)


def docx_text(text: str) -> str:
    """``text`` as a Word document can hold it: no control characters, no stray surrogates."""
    return _NOT_XML.sub("", printable(text))
