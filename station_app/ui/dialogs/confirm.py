"""Questions to the clerk with buttons named by what they do (「取消此次沟通会」/「不取消」), never
Yes/No or OK/Cancel: "Cancel" under a question about cancelling a meeting means its opposite.

Every question in the window goes through ``confirm`` (a yes/no choice) or ``ask_text`` (a line
of text, such as a reason); a test keeps standard Yes/No buttons out of ui/.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    yes: str,
    no: str,
    details: str = "",
    risky: bool = False,
) -> bool:
    """Whether the clerk chose ``yes``. A risky action (deleting, exporting personal data) is a
    warning whose default button is ``no``; Esc and closing the box always mean ``no``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if risky else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setInformativeText(details)
    yes_button = box.addButton(
        yes, QMessageBox.ButtonRole.DestructiveRole if risky else QMessageBox.ButtonRole.AcceptRole
    )
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button if risky else yes_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def ask_text(
    parent: QWidget | None, title: str, label: str, *, ok: str, cancel: str, text: str = ""
) -> str | None:
    """A line the clerk types (``None`` when they chose ``cancel``), with named buttons."""
    dialog = QInputDialog(parent)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    dialog.setOkButtonText(ok)
    dialog.setCancelButtonText(cancel)
    accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
    return dialog.textValue() if accepted else None
