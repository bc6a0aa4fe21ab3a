"""How a clerk finds a name by typing Latin letters: the name's pinyin (张伟: ``zhangwei``), its
pinyin initials (``zw``), or a foreign name in any letter case (Zoë Smith: ``zoe``… ``zoësmith``).

Each name gets two search keys, stored beside it and indexed, so a prefix of either is one index
range. A Chinese character reads as its most common pinyin, without tones (ü as ``v``, as typed on
a keyboard: 吕 ``lv``); Latin letters are lower-cased; spaces and punctuation are dropped. A
character without a reading (some rare ones) is kept as it is.
"""

from __future__ import annotations

from functools import cache


@cache
def _reading(char: str) -> str:
    """The pinyin of one Chinese character, "" for anything else."""
    from pypinyin import lazy_pinyin  # 0.2 s to import its dictionaries: only when needed

    found = lazy_pinyin(char, errors="ignore")
    return found[0] if found and found[0].isascii() else ""


def name_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials) of ``name``: 张伟 -> ("zhangwei", "zw"); Zoë Smith ->
    ("zoësmith", "zs")."""
    full: list[str] = []
    initials: list[str] = []
    in_word = False
    for char in name.strip():
        syllable = "" if char.isascii() else _reading(char)
        if syllable:
            full.append(syllable)
            initials.append(syllable[0])
            in_word = False
        elif char.isalnum():
            low = char.lower()
            full.append(low)
            if not in_word:
                initials.append(low)
            in_word = True
        else:
            in_word = False
    return "".join(full), "".join(initials)


def typed_key(text: str) -> str:
    """What the clerk typed, as a prefix of a name's keys (``Zhang Wei`` -> ``zhangwei``; ``张w``
    -> ``zhangw``)."""
    return name_keys(text)[0]


def warm_up() -> None:
    """Read the pinyin dictionaries now (a fraction of a second), not at the first save."""
    _reading("张")


def is_chinese_name_text(text: str) -> bool:
    """Typed text with no Latin letter or digit: matched against the name itself."""
    return not any(c.isascii() and c.isalnum() for c in text)
