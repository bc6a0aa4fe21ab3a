"""How a clerk finds a name by typing Latin letters: the name's pinyin (张伟: ``zhangwei``), its
pinyin initials (``zw``), or a foreign name in any letter case (Zoë Smith: ``zoe``… ``zoësmith``).

Each name gets two search keys, stored beside it and indexed, so a prefix of either is one index
range. A Chinese character reads as its most common pinyin, without tones (ü as ``v``, as typed on
a keyboard: 吕 ``lv``); Latin letters are lower-cased; spaces and punctuation are dropped. A
character without a reading (some rare ones) is kept as it is.
"""

from __future__ import annotations

import importlib.util
import unicodedata
from functools import cache
from pathlib import Path


def _load_table() -> dict[int, str]:
    """pypinyin's table of single characters (code point -> "zhāng,zhàng"), read on its own:
    importing the package reads its phrase dictionary too, which holds Python's interpreter lock
    for 0.2 s (a visible stall of the window even from a background thread)."""
    spec = importlib.util.find_spec("pypinyin")  # finds the package without running it
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        path = Path(folder) / "pinyin_dict.py"
        table_spec = importlib.util.spec_from_file_location("_station_pinyin_table", path)
        if path.is_file() and table_spec and table_spec.loader:
            module = importlib.util.module_from_spec(table_spec)
            table_spec.loader.exec_module(module)
            return dict(module.pinyin_dict)
    from pypinyin.pinyin_dict import pinyin_dict  # a bundle without the source files

    return dict(pinyin_dict)


_table: dict[int, str] | None = None


def _plain(reading: str) -> str:
    """A pinyin reading without tones, ü written v: "lǚ" -> "lv"."""
    decomposed = unicodedata.normalize("NFD", reading).replace("u\u0308", "v")
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _reading(char: str) -> str:
    """The most common pinyin of one Chinese character, "" for anything else."""
    global _table
    if _table is None:
        _table = _load_table()
    readings = _table.get(ord(char), "")
    return _plain(readings.split(",")[0]) if readings else ""


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
