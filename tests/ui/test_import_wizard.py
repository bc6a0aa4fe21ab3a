"""The import wizard on real files: what it found, the clerk's corrections, the check of every
row in a table model, the import off the GUI thread, and its last page."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester

from station_app.services.roster_import import REJECTED
from station_app.store import enterprises as enterprise_store, members as member_store
from station_app.ui.dialogs.import_wizard import CHECK_PAGE, DONE_PAGE, ImportWizard
from station_app.ui.models.import_rows import CheckedRowsModel
from tests.rosters import xlsx

HEADERS = ["序号", "单位名称", "信用代码", "所在楼宇", "员工人数", "是否建会"]
MEMBER_HEADERS = ["姓名", "公民身份号码", "手机号码", "工作单位"]


def _wait(qtbot, wiz: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not wiz.is_busy(), timeout=30000)


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    rows: list[list[object]] = [
        [i + 1, f"北京测试{i:04d}有限公司", "", "电子城大厦", f"{50 + i}人", "否"]
        for i in range(400)
    ]
    rows.append([401, "北京错码有限公司", "91110108551385082A", "", 10, "否"])
    rows.append([402, "北京测试(0001)有限公司", "", "", "", ""])  # not a repeat: other name
    return xlsx(
        tmp_path / "名录.xlsx",
        HEADERS,
        rows,
        title="酒仙桥街道企业名录",
        sheet="名录",
        first_sheet="说明",
    )


def test_the_wizard_shows_what_it_found_checks_and_imports(
    db_path: Path, qtbot, roster: Path
) -> None:  # type: ignore[no-untyped-def]
    wiz = ImportWizard("enterprises", "张敏")
    qtbot.addWidget(wiz)
    wiz.set_file(roster)
    _wait(qtbot, wiz)
    assert wiz.sheet_combo.currentText() == "名录" and wiz.sheet_combo.isEnabled()
    assert wiz.header_spin.value() == 3
    assert wiz.lines_model.header_line == 3 and wiz.lines_model.rowCount() > 3
    assert wiz.mapping_combos["name"].currentText() == "单位名称"
    assert wiz.mapping_combos["employee_count"].currentText() == "员工人数"
    assert wiz.mapping_combos["address"].currentData() == -1
    assert "第 3 行" in wiz.status_label.text()
    wiz.next_button.click()
    _wait(qtbot, wiz)
    assert wiz.pages.currentIndex() == CHECK_PAGE
    assert wiz.rows_model.rowCount() == 402
    rejected = [r for r in wiz.rows_model.rows() if r[1] == REJECTED]
    assert len(rejected) == 1 and "校验码" in rejected[0][3]
    assert wiz.import_button.isEnabled()
    with qtbot.waitSignal(wiz.import_button.clicked):
        wiz.import_button.click()
    _wait(qtbot, wiz)
    assert wiz.pages.currentIndex() == DONE_PAGE
    assert wiz.result is not None and wiz.result.count("create") == 401
    assert "名录-未导入的行.xlsx" in wiz.done_label.text()
    assert len(enterprise_store.list_enterprises()) == 401


def test_the_clerk_corrects_header_line_and_columns(db_path: Path, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = xlsx(tmp_path / "a.xlsx", ["名称", "楼"], [["北京一号有限公司", "电子城"]], title="表")
    wiz = ImportWizard("enterprises", "张敏")
    qtbot.addWidget(wiz)
    wiz.set_file(path)
    _wait(qtbot, wiz)
    combo = wiz.mapping_combos["name"]
    combo.setCurrentIndex(0)  # 不导入: no name column any more
    assert not wiz.next_button.isEnabled() and "企业名称" in wiz.status_label.text()
    wiz.header_spin.setValue(1)  # the title line as header: nothing to map
    _wait(qtbot, wiz)
    assert wiz.layout_found is not None and wiz.layout_found.header_line == 1
    assert not wiz.next_button.isEnabled()
    wiz.header_spin.setValue(3)
    _wait(qtbot, wiz)
    assert wiz.mapping_combos["name"].currentText() == "名称" and wiz.next_button.isEnabled()


def test_members_are_imported_from_the_file_menu(
    main_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = xlsx(
        tmp_path / "会员.xlsx",
        MEMBER_HEADERS,
        [["刘䶮", "11010519491231002X", "13812345678", "望京科技"],
         ["王五", "110101199003074478", "13700000000", ""]],
        notes=["注：请按身份证填写姓名"],
    )  # fmt: skip
    opened: list[ImportWizard] = []

    def run(cls, kind_name, clerk, start_dir="", parent=None):  # type: ignore[no-untyped-def]
        wiz = cls(kind_name, clerk, start_dir, parent)
        opened.append(wiz)
        wiz.set_file(path)
        _wait(qtbot, wiz)
        wiz.run_check()
        _wait(qtbot, wiz)
        wiz.run_import()
        _wait(qtbot, wiz)
        return wiz.result

    monkeypatch.setattr(ImportWizard, "ask", classmethod(run))
    main_window.data_actions.import_members_action.trigger()
    assert opened and opened[0].windowTitle() == "导入会员名单"
    report = opened[0].result
    assert report is not None and report.count("create") == 1 and len(report.rejected) == 1
    assert member_store.find_member_by_id_number("11010519491231002X") is not None


def _checked_rows(n: int) -> list[tuple[int, str, tuple[str, ...], str]]:
    return [(i + 2, "create" if i % 7 else REJECTED, (f"企业{i}", str(i)), "") for i in range(n)]


def test_the_checked_rows_model(qtmodeltester: ModelTester) -> None:
    model = CheckedRowsModel(["企业名称", "职工人数"])
    model.set_rows(_checked_rows(60))
    qtmodeltester.check(model)


def test_200000_checked_rows_are_one_model_not_cells(qtbot) -> None:  # type: ignore[no-untyped-def]
    wiz = ImportWizard("enterprises", "张敏")
    qtbot.addWidget(wiz)
    wiz.rows_model.set_rows(_checked_rows(200_000))
    wiz.pages.setCurrentIndex(CHECK_PAGE)
    wiz.show()
    wiz.rows_view.scrollToBottom()
    last = wiz.rows_model.index(199_999, 2)
    assert wiz.rows_model.data(last) == "企业199999"
    assert wiz.rows_view.model() is wiz.rows_model  # a view over the rows, no item per cell


def test_a_member_to_complete_by_hand_is_named_on_the_last_page(
    db_path: Path, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    rows = [["王\U0001f600", "110105198507150032", "13900000009", ""]]
    path = xlsx(tmp_path / "名单.xlsx", MEMBER_HEADERS, rows)
    wiz = ImportWizard("members", "张敏")
    qtbot.addWidget(wiz)
    wiz.set_file(path)
    _wait(qtbot, wiz)
    wiz.next_button.click()
    _wait(qtbot, wiz)
    assert "U+1F600" in wiz.rows_model.rows()[0][3]  # the check says so before the import
    wiz.import_button.click()
    _wait(qtbot, wiz)
    assert wiz.pages.currentIndex() == DONE_PAGE
    text = wiz.done_label.text()
    assert "所有的行都已导入" in text and "申请表请手工填写" in text
    assert "名单-未导入的行.xlsx" in text
    assert member_store.count_members() == 1
