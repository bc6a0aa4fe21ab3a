"""打印空白申请表: how many copies, in which language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from station_app.ui.dialogs.buttons import dialog_buttons
from station_app.ui.translatable import QT_TRANSLATE_NOOP

# The form's languages, shown through the "FormLanguage" context.
LANG_CHOICES: tuple[tuple[str, str], ...] = (
    ("zh", QT_TRANSLATE_NOOP("FormLanguage", "中文")),
    ("en", QT_TRANSLATE_NOOP("FormLanguage", "英文")),
    ("bilingual", QT_TRANSLATE_NOOP("FormLanguage", "中英对照")),
)


def lang_choice_text(text: str) -> str:
    return QCoreApplication.translate("FormLanguage", text)


class BlankFormsDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, *, copies: int = 20, lang: str = "zh"
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("打印空白申请表"))
        self.copies_spin = QSpinBox()
        self.copies_spin.setRange(1, 1000)
        self.copies_spin.setValue(copies)
        self.copies_spin.setSuffix(self.tr(" 份"))
        self.lang_combo = QComboBox()
        for code, text in LANG_CHOICES:
            self.lang_combo.addItem(lang_choice_text(text), code)
        self.lang_combo.setCurrentIndex(max(self.lang_combo.findData(lang), 0))
        buttons = dialog_buttons(self, self.tr("生成"))
        layout = QFormLayout(self)
        layout.addRow(self.tr("份数(&N)："), self.copies_spin)
        layout.addRow(self.tr("语言(&L)："), self.lang_combo)
        layout.addRow(buttons)
        self.copies_spin.selectAll()

    @classmethod
    def ask(
        cls, parent: QWidget | None = None, *, copies: int = 20, lang: str = "zh"
    ) -> tuple[int, str] | None:
        """(copies, language code), or None when cancelled."""
        dlg = cls(parent, copies=copies, lang=lang)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return dlg.copies_spin.value(), str(dlg.lang_combo.currentData())
