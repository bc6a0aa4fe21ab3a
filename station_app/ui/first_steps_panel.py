"""「第一步」: on a new station's database, the four things to do first, each with its button.

Each step is ticked once it is done (the station's details, a planned meeting, a registered
member, the company roster); the panel goes away when all are done or the clerk closes it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
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
        title = QLabel(self.tr("第一步：四件事，让服务站用起来"))
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
        # two steps to a row, each with its button beside it: the panel stays low on a laptop
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.marks: list[QLabel] = []
        for i, (text, button) in enumerate(steps):
            row, col = divmod(i, 2)
            mark = QLabel(TODO)
            self.marks.append(mark)
            label = QLabel(f"{i + 1}. {text}")
            label.setWordWrap(True)
            grid.addWidget(mark, row, col * 4)
            grid.addWidget(label, row, col * 4 + 1)
            grid.addWidget(button, row, col * 4 + 2)
            grid.setColumnStretch(col * 4 + 1, 1)
        grid.setColumnMinimumWidth(3, 24)
        side = QHBoxLayout()
        side.addWidget(title)
        side.addStretch(1)
        side.addWidget(self.guide_button)
        side.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(side)
        layout.addLayout(grid)

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
