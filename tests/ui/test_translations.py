"""The English catalogue is complete and in step with the code, and the window's texts are
written so a translator can translate them: whole sentences with %1 placeholders, never pieces
joined by + or texts built in an f-string."""

from __future__ import annotations

import ast
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402  (tools/translations.py)

from station_app.ui import language  # noqa: E402

UI_DIR = ROOT / "station_app" / "ui"
TS = language.catalogue_source(language.ENGLISH)
CJK = re.compile(r"[\u4e00-\u9fff]")
# Calls whose text argument is translated.
TR_CALLS = {"tr", "translate", "domain_text"}
NOOP_CALLS = {"QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", m.findtext("source") or ""): m.find("translation")
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }


def translation_texts(element: ET.Element) -> list[str]:
    forms = element.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [element.text or ""]


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """lupdate run over the code into a copy of the kept catalogue."""
    ts = tmp_path_factory.mktemp("i18n") / TS.name
    shutil.copy(TS, ts)
    translations.update(ts)
    return ts


def test_every_text_of_the_window_is_translated(updated: Path) -> None:
    unfinished = [
        key
        for key, tr in messages(updated).items()
        if tr.get("type") in ("unfinished", "vanished", "obsolete")
        or not any(translation_texts(tr))
    ]
    assert unfinished == [], f"{len(unfinished)} without English, e.g. {unfinished[:5]}"


def test_the_kept_catalogue_is_what_lupdate_makes(updated: Path) -> None:
    """No text of the code is missing from the repository's .ts and none is left over."""
    assert messages(updated).keys() == messages(TS).keys()
    assert len(messages(TS)) > 900


def test_translations_keep_the_placeholders() -> None:
    wrong = []
    for (ctx, source), tr in messages(TS).items():
        wanted = sorted(set(re.findall(r"%[1-9n]", source)))
        for text in translation_texts(tr):
            if sorted(set(re.findall(r"%[1-9n]", text))) != wanted:
                wrong.append((ctx, source, text))
    assert wrong == []


def test_no_chinese_is_left_in_the_english() -> None:
    # The language menu names both languages in their own script, on purpose.
    allowed = {("LanguageMenu", "语言 / Language")}
    left = [
        (ctx, source)
        for (ctx, source), tr in messages(TS).items()
        if (ctx, source) not in allowed and any(CJK.search(t) for t in translation_texts(tr))
    ]
    assert left == []


# -- how the code writes its texts -----------------------------------------------------------
def _name(call: ast.Call) -> str:
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")


def _is_translated(node: ast.AST) -> bool:
    """A tr()/translate() call, or one followed by .replace()/.arg() fills, or a choice
    between texts of which one is."""
    if isinstance(node, ast.IfExp):
        return _is_translated(node.body) or _is_translated(node.orelse)
    while (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("replace", "arg")
    ):
        node = node.func.value
    return isinstance(node, ast.Call) and _name(node) in TR_CALLS


def concatenated_texts(source: str) -> list[str]:
    """Where a translated text is joined to something with +, built inside an f-string, or
    given to tr() as an f-string: a translator could not reorder or translate it whole."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            if _is_translated(node.left) or _is_translated(node.right):
                found.append(f"line {node.lineno}: tr(...) joined with +")
        elif isinstance(node, ast.JoinedStr):
            for value in node.values:
                if isinstance(value, ast.FormattedValue) and _is_translated(value.value):
                    found.append(f"line {node.lineno}: tr(...) inside an f-string")
        elif (
            isinstance(node, ast.Call)
            and _name(node) in TR_CALLS | NOOP_CALLS
            and any(isinstance(arg, ast.JoinedStr | ast.BinOp) for arg in node.args)
        ):
            found.append(f"line {node.lineno}: a built text given to {_name(node)}()")
    return found


def untranslated_literals(source: str) -> list[str]:
    """Chinese string constants outside tr()/translate()/QT_TRANSLATE_NOOP, docstrings and
    column width samples."""
    tree = ast.parse(source)
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node) in TR_CALLS | NOOP_CALLS:
            skip.update(id(n) for n in ast.walk(node))
        if isinstance(node, ast.keyword) and node.arg == "width_sample":
            skip.add(id(node.value))
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            skip.add(id(body[0].value))
    return [
        f"line {node.lineno}: {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and CJK.search(node.value)
        and id(node) not in skip
    ]


def ui_sources() -> list[Path]:
    return translations.ui_sources(UI_DIR)


def test_the_scans_see_what_they_look_for() -> None:
    assert concatenated_texts('x = self.tr("类型：") + kind\n')
    assert concatenated_texts('x = label + self.tr("（今天）").replace("%1", a)\n')
    assert concatenated_texts("x = f\"{self.tr('周')}{day}\"\n")
    assert concatenated_texts('x = self.tr(f"已保存 {name}")\n')
    assert concatenated_texts('x = f"{day}：" + (self.tr("有") if rows else self.tr("无"))\n')
    assert not concatenated_texts('x = self.tr("已保存：%1").replace("%1", name)\n')
    assert untranslated_literals('QLabel("姓名")\n')
    assert not untranslated_literals('QLabel(self.tr("姓名"))\n')


def test_no_window_text_is_pieced_together() -> None:
    found = {
        str(p.relative_to(ROOT)): hits
        for p in ui_sources()
        if (hits := concatenated_texts(p.read_text(encoding="utf-8")))
    }
    assert found == {}


# Chinese constants that are data, not text for the clerk: the language's own name, stored gift
# names offered for typing, a stored status compared against, and the Chinese for the labels
# Qt's own Chinese catalogue lacks (used only in a Chinese window).
DATA_LITERALS = {
    "qt_gaps.py": {
        "查找范围(&L)：",
        "文件类型(&T)：",
        "打印范围(&S)：",
        "页序(&O)：",
        "每张纸页数(&P)：",
    },
    "language.py": {"中文", "中"},
    "registration_form.py": {"毛巾", "保温杯", "雨伞", "帆布袋", "笔记本"},
    "enterprise_detail.py": {"已建会"},
}


def test_every_chinese_text_of_the_window_goes_through_tr() -> None:
    found = {}
    for p in ui_sources():
        allowed = DATA_LITERALS.get(p.name, set())
        hits = [
            hit
            for hit in untranslated_literals(p.read_text(encoding="utf-8"))
            if hit.split(": ", 1)[1].strip("'\"") not in allowed
        ]
        if hits:
            found[str(p.relative_to(ROOT))] = hits
    assert found == {}
