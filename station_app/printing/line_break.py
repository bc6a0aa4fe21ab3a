"""Line breaking by the rules of the text (after Unicode UAX #14), not by which font draws it.

A line may break between two Chinese characters and at a space; never inside a Latin, Greek or
Cyrillic word (unless the word alone is wider than the line); closing punctuation (，。）》” …)
never starts a line and opening punctuation (（《“ …) never ends one.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

# Other punctuation (Po) that closes: it may not start a line (UAX #14 classes CL, EX, IS, NS).
_CLOSING_PO = set("，。、；：？！,.;:?!%‰…‥·‧・〜～ー｡､")
_OPENING_PO = set("¿¡")


def is_opening(ch: str) -> bool:
    """Opening brackets and quotes: never at the end of a line."""
    return unicodedata.category(ch) in ("Ps", "Pi") or ch in _OPENING_PO


def is_closing(ch: str) -> bool:
    """Closing brackets, quotes and stops: never at the start of a line."""
    cat = unicodedata.category(ch)
    return cat in ("Pe", "Pf") or (cat == "Po" and ch in _CLOSING_PO)


def _is_word_char(ch: str) -> bool:
    """Letters, digits and marks of the alphabetic scripts, and the joiners within words."""
    if ord(ch) >= 0x2E80:  # CJK and beyond: each character stands alone
        return False
    cat = unicodedata.category(ch)
    return cat[0] in "LMN" or ch in "-'’@._/+#&"


def clusters(paragraph: str) -> list[str]:
    """The units a line may break between: words, single CJK characters, spaces; opening
    punctuation glued to what follows and closing punctuation to what precedes."""
    tokens: list[str] = []
    word: list[str] = []
    for ch in paragraph:
        if _is_word_char(ch) and not is_closing(ch) and not is_opening(ch):
            word.append(ch)
            continue
        if word:
            tokens.append("".join(word))
            word = []
        tokens.append(ch)
    if word:
        tokens.append("".join(word))
    out: list[str] = []
    pending_open = ""
    for tok in tokens:
        if len(tok) == 1 and is_opening(tok):
            pending_open += tok
            continue
        if len(tok) == 1 and is_closing(tok) and out and not out[-1].isspace() and not pending_open:
            out[-1] += tok
            continue
        out.append(pending_open + tok)
        pending_open = ""
    if pending_open:
        out.append(pending_open)
    return out


def wrap(text: str, max_width: float, measure: Callable[[str], float]) -> list[str]:
    """Break ``text`` into lines no wider than ``max_width`` as measured by ``measure``;
    honours the line breaks already in ``text``."""
    lines: list[str] = []
    for para in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line, width = "", 0.0
        for tok in clusters(para):
            tw = measure(tok)
            if tok.isspace() and tok != "\u3000":
                if line:
                    line, width = line + " ", width + measure(" ")
                continue
            if width + tw <= max_width + 1e-9:
                line, width = line + tok, width + tw
                continue
            if line.strip():
                lines.append(line.rstrip())
                line, width = "", 0.0
            if tw <= max_width + 1e-9:
                line, width = tok, tw
                continue
            for ch in tok:  # wider than the line: split between characters, where allowed
                cw = measure(ch)
                allowed = line and not is_closing(ch) and not is_opening(line[-1])
                if width + cw > max_width + 1e-9 and allowed:
                    lines.append(line)
                    line, width = "", 0.0
                line, width = line + ch, width + cw
        lines.append(line.rstrip())
    return lines
