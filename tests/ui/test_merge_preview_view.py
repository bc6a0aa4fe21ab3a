"""The merge preview shows each item field by field (desk before, laptop after); only the items
waiting for the clerk can be chosen; the audit log says which entries came from a laptop."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt

from station_app.services.merge import MergeItem, MergePlan
from station_app.services.privacy import action_label
from station_app.store.records import AuditRecord
from station_app.ui.dialogs.audit_dialog import AuditDialog
from station_app.ui.dialogs.merge_dialog import MergeDialog

PLAN = MergePlan(
    Path("活动电脑.sqlite3"),
    [
        MergeItem("member", "new", "member:a", "钱多 110101********1237"),
        MergeItem(
            "member", "conflict", "member:b", "张三 110105********002X",
            (("姓名", "张三", "冒名"), ("手机号码", "138****5678", "138****0000")),
            note="活动电脑改了姓名、证件号码或电话，需要确认",
        ),
        MergeItem("member", "invalid", "member:c", "坏␛人 *********", note="姓名中有控制字符"),
        MergeItem("member", "erased", "member:d", "周新 110105********2776", note="已删除"),
        MergeItem("enterprise", "updated", "enterprise:e", "星河科技",
                  (("备注", "", "有意向"),)),
        MergeItem("audit_entry", "log", "audit_entry:f", "2020-01-01 09:00:00 站长 导出完整号码",
                  note="记入本机日志，标明来自活动电脑"),
    ],
    unchanged=17,
)  # fmt: skip


def test_only_items_waiting_for_a_choice_can_be_chosen(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = MergeDialog(PLAN)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    checkable = [bool(r.flags() & Qt.ItemFlag.ItemIsUserCheckable) for r in rows]
    assert checkable == [False, True, False, True, False, False]
    conflict = rows[1]
    assert conflict.isExpanded() and conflict.childCount() == 2
    assert [conflict.child(0).text(c) for c in (1, 2, 3)] == ["姓名", "张三", "冒名"]
    assert dialog.take_other() == set()
    rows[3].setCheckState(0, Qt.CheckState.Checked)
    assert dialog.take_other() == {"member:d"}
    dialog.grab().save(str(tmp_path / "merge.png"))


def test_the_audit_log_names_where_an_entry_was_recorded(qtbot) -> None:  # type: ignore[no-untyped-def]
    at = datetime(2026, 11, 24, 10, 0)
    entries = [
        AuditRecord(at, "站长", "export.full", "", "", "会员 120 人（活动电脑记录于 2020-01-01）",
                    "活动电脑：laptop.sqlite3"),
        AuditRecord(at, "李敏", "db.merge", "", "", "laptop.sqlite3：新增 1 条"),
    ]  # fmt: skip
    dialog = AuditDialog(entries, action_label)
    qtbot.addWidget(dialog)
    model = dialog.model
    column = model.columnCount() - 1
    assert model.index(0, column).data() == "活动电脑：laptop.sqlite3"
    assert model.index(1, column).data() == "本机"
