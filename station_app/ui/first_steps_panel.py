"""「第一步」: on a new station's database, the four things to do first, each with its button.

Each step is ticked once it is done (the station's details, a planned meeting, a registered
member, the company roster); the panel goes away when all are done or the clerk closes it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.services.first_steps import FirstSteps

DONE = "✓"
TODO = "○"


class FirstStepsPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_steps")
        self.setStyleSheet(
            "#first_steps { background: #f3f7fc; border: 1px solid #a9c1de; border-radius: 4px; }"
        )
        title = QLabel(self.tr("第一步："))
        title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.station_button = QPushButton(self.tr("核对服务站信息…"))
        self.plan_button = QPushButton(self.tr("规划沟通日…"))
        self.register_button = QPushButton(self.tr("登记入会"))
        self.import_button = QPushButton(self.tr("导入企业名单…"))
        self.guide_button = QPushButton(self.tr("使用说明"))
        self.close_button = QPushButton(self.tr("不再显示"))
        steps = (
            (
                self.tr("服务站名称、地址和经办人（首次启动时已填写，可随时修改）"),
                self.station_button,
            ),
            (self.tr("规划每月 12 日的“职工沟通日”，一次排好几个月"), self.plan_button),
            (self.tr("在“现场入会”登记一位职工，打印入会申请书"), self.register_button),
            (self.tr("导入辖区企业名单（Excel 或 CSV），跟进建会"), self.import_button),
        )
        # one row: a laptop at 125 % keeps its room for the tabs; each step's details are in its
        # button's tooltip
        row = QHBoxLayout()
        row.addWidget(title)
        row.addSpacing(12)
        self.marks: list[QLabel] = []
        for i, (text, button) in enumerate(steps):
            mark = QLabel(TODO)
            self.marks.append(mark)
            button.setText(f"{i + 1} {button.text()}")
            button.setToolTip(text)
            row.addWidget(mark)
            row.addWidget(button)
            row.addSpacing(6)
        row.addStretch(1)
        row.addWidget(self.guide_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addLayout(row)

    def show_steps(self, steps: FirstSteps) -> None:
        done = (
            steps.station_details,
            steps.meetings_planned,
            steps.member_registered,
            steps.roster_imported,
        )
        for mark, is_done in zip(self.marks, done, strict=True):
            mark.setText(DONE if is_done else TODO)
            mark.setStyleSheet("color: #1b7f3b; font-weight: bold;" if is_done else "color: #666;")
