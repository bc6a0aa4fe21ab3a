"""``QT_TRANSLATE_NOOP`` with a type: marks a text for lupdate, which finds it by this name, and
returns it unchanged; the text is translated where it is shown (``QCoreApplication.translate``
in the same context). PySide6's own returns ``object`` to the type checker."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    return source
