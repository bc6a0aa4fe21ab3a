"""The core's validation messages in the window's language.

The core words a problem in Chinese and hands over its ``code`` and ``params`` as well; here each
code has the same sentence with %1, %2 placeholders, marked for lupdate in the "errors" context,
filled from the params in the window's language. A code (or variant) not listed, or params that do
not fit, keep the core's own message. ``tests/ui/test_error_texts.py`` checks that the Chinese
sentences here give back the core's messages word for word.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from station_app.ui.domain_text import domain_text
from station_app.ui.translatable import QT_TRANSLATE_NOOP

CONTEXT = "errors"

# (code, variant) → the sentence and the params that fill %1, %2, … in order; the variant tells
# apart the sentences of one code (the ``reason`` param, or which params are given).
TEMPLATES: dict[tuple[str, str], tuple[str, tuple[str, ...]]] = {
    ("name.empty", ""): (QT_TRANSLATE_NOOP("errors", "请填写姓名（与身份证一致）"), ()),
    ("name.length", ""): (QT_TRANSLATE_NOOP("errors", "姓名过长（%1个字），请核对"), ("length",)),
    ("name.digits", ""): (QT_TRANSLATE_NOOP("errors", "姓名中不能有数字"), ()),
    ("id_type.unknown", ""): (
        QT_TRANSLATE_NOOP("errors", "证件类型“%1”不在可选项中"),
        ("id_type",),
    ),
    ("gender.unknown", ""): (
        QT_TRANSLATE_NOOP("errors", "性别“%1”应为“男”或“女”"),
        ("gender",),
    ),
    ("gender.mismatch", ""): (
        QT_TRANSLATE_NOOP("errors", "性别“%1”与身份证号码（%2）不符"),
        ("gender", "id_gender"),
    ),
    ("birth_date.invalid", ""): (
        QT_TRANSLATE_NOOP("errors", "出生日期“%1”不是有效日期"),
        ("given",),
    ),
    ("birth_date.mismatch", ""): (
        QT_TRANSLATE_NOOP("errors", "出生日期 %1 与身份证号码（%2）不符"),
        ("given", "id_date"),
    ),
    ("id.empty", ""): (QT_TRANSLATE_NOOP("errors", "请填写身份证号码"), ()),
    ("id.empty", "id_type"): (QT_TRANSLATE_NOOP("errors", "请填写%1号码"), ("id_type",)),
    ("id.format", ""): (
        QT_TRANSLATE_NOOP("errors", "%1号码“%2”格式不对"),
        ("id_type", "given"),
    ),
    ("id.length", ""): (
        QT_TRANSLATE_NOOP("errors", "身份证号码应为18位，实际输入了%1位"),
        ("length",),
    ),
    ("id.region", ""): (
        QT_TRANSLATE_NOOP("errors", "身份证号码前两位“%1”不是有效的省级行政区代码"),
        ("province_code",),
    ),
    ("id.date", "invalid"): (
        QT_TRANSLATE_NOOP("errors", "身份证号码中的出生日期“%1”不是有效日期"),
        ("date",),
    ),
    ("id.checksum", ""): (
        QT_TRANSLATE_NOOP("errors", "身份证号码校验位错误：第18位应为 %1，实际为 %2"),
        ("expected", "given"),
    ),
    ("phone.empty", ""): (QT_TRANSLATE_NOOP("errors", "请填写手机号码"), ()),
    ("phone.length", ""): (
        QT_TRANSLATE_NOOP("errors", "手机号码应为11位数字，实际输入了%1位"),
        ("length",),
    ),
    ("phone.format", "position"): (
        QT_TRANSLATE_NOOP("errors", "手机号码第%1位“%2”不是数字"),
        ("position", "char"),
    ),
    ("phone.format", "given"): (
        QT_TRANSLATE_NOOP("errors", "“%1”不是有效的手机号码：应以 13–19 开头"),
        ("given",),
    ),
    ("phone.international", ""): (
        QT_TRANSLATE_NOOP(
            "errors", "“%1”不是有效的国际电话号码（请写国家代码，如 +49 170 1234567）"
        ),
        ("given",),
    ),
    ("date.invalid", ""): (QT_TRANSLATE_NOOP("errors", "%1“%2”不是有效日期"), ("label", "given")),
    ("date.future", ""): (QT_TRANSLATE_NOOP("errors", "%1不能晚于今天"), ("label",)),
    ("approval_date.early", ""): (
        QT_TRANSLATE_NOOP("errors", "入会（批准）日期不能早于申请日期"),
        (),
    ),
    ("consent.required", ""): (
        QT_TRANSLATE_NOOP("errors", "请确认本人已同意工会使用其个人信息（勾选同意）"),
        (),
    ),
}
# Params that are words of the core (a field's name, an ID document, a sex): shown translated.
DOMAIN_PARAMS = frozenset({"id_type", "gender", "id_gender", "label"})


def _key(code: str, params: Mapping[str, object]) -> tuple[str, str]:
    if code.endswith((".invalid", ".future")) and "label" in params:
        return ("date." + code.rsplit(".", 1)[1], "")
    if code == "id.date":
        return (code, str(params.get("reason", "")))
    if code == "id.empty" and "id_type" in params:
        return (code, "id_type")
    if code == "phone.format":
        return (code, "position" if "position" in params else "given")
    return (code, "")


def error_text(code: str, params: Mapping[str, object], message: str) -> str:
    """The problem ``code`` with ``params`` in the window's language; ``message`` (the core's
    Chinese) when the code is not listed here."""
    entry = TEMPLATES.get(_key(code, params))
    if entry is None:
        return message
    template, names = entry
    if any(name not in params for name in names):
        return message
    text = QCoreApplication.translate("errors", template)
    for i, name in enumerate(names, start=1):
        value = str(params[name])
        text = text.replace(f"%{i}", domain_text(value) if name in DOMAIN_PARAMS else value)
    return text
