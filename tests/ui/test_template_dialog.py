"""The district's template filled from the window: columns matched, a preset saved, the copy
written off the GUI thread after the full-values question."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from station_app.services import template_fill as tf
from station_app.services.registration import MemberInput, register, validate
from station_app.ui.dialogs import template_dialog
from station_app.ui.dialogs.template_dialog import TemplateDialog


def test_fill_a_template_from_the_window(
    db_path: Path, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    register(
        validate(
            MemberInput(
                name="刘䶮", id_number="11010519491231002X", phone="13812345678", consent=True
            )
        )
    )
    wb = Workbook()
    wb.active.append(["会员信息采集表"])
    wb.active.append(["姓名", "身份证号码", "联系手机"])
    wb.save(tmp_path / "t.xlsx")
    out = tmp_path / "out.xlsx"
    monkeypatch.setattr(template_dialog.ConfirmFullValues, "ask", classmethod(lambda cls, p: True))
    monkeypatch.setattr(template_dialog.SaveExportDialog, "ask", classmethod(lambda cls, s, p: out))
    dlg = TemplateDialog("王敏")
    qtbot.addWidget(dlg)
    dlg.open_template(tmp_path / "t.xlsx")
    assert [c.currentData() for c in dlg.field_combos] == ["name", "id_number", ""]
    assert "第 2 行" in dlg.status.text()
    dlg.field_combos[2].setCurrentIndex(dlg.field_combos[2].findData("phone"))
    monkeypatch.setattr(template_dialog, "ask_text", lambda *a, **k: "我的方案")
    dlg.save_preset()
    assert tf.load_preset("我的方案") == {
        "姓名": "name",
        "身份证号码": "id_number",
        "联系手机": "phone",
    }
    dlg.fill()
    qtbot.waitUntil(lambda: dlg.written is not None, timeout=20000)
    assert not dlg.result_bar.isHidden() and dlg.result_bar.path == dlg.written
    rows = [[c.value for c in r] for r in load_workbook(out).active.iter_rows(min_row=3)]
    assert rows == [["刘䶮", "11010519491231002X", "13812345678"]]
