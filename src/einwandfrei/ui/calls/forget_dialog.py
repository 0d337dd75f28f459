"""The confirmation before a customer is deleted permanently: what goes, and that it cannot be
undone. Cancel is the default button, so Enter never erases anyone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.store.privacy.forget_customer import ForgetPreview

TEXT_WIDTH = 420


def _counted(count: int, one: str, many: str) -> str:
    """`one` for 1, else `many` with %1 for the number (whole phrases, for every language)."""
    return one if count == 1 else many.replace("%1", str(count))


def what_goes(preview: ForgetPreview, backups: int) -> list[str]:
    """The lines of the list of what is removed."""
    if preview.company:
        who = QCoreApplication.translate(
            "ForgetCustomerDialog", "%1 (%2) and all their details"
        ).replace("%2", preview.company)
    else:
        who = QCoreApplication.translate("ForgetCustomerDialog", "%1 and all their details")
    lines = [who.replace("%1", preview.target.name)]
    if preview.plans:
        lines.append(
            _counted(
                preview.plans,
                QCoreApplication.translate("ForgetCustomerDialog", "1 call plan"),
                QCoreApplication.translate("ForgetCustomerDialog", "%1 call plans"),
            )
        )
    if preview.call_logs:
        lines.append(
            _counted(
                preview.call_logs,
                QCoreApplication.translate("ForgetCustomerDialog", "1 call log"),
                QCoreApplication.translate("ForgetCustomerDialog", "%1 call logs"),
            )
        )
    if preview.mentions:
        lines.append(
            _counted(
                preview.mentions,
                QCoreApplication.translate(
                    "ForgetCustomerDialog",
                    "their name in 1 text elsewhere (notes, plans, objections, answers)",
                ),
                QCoreApplication.translate(
                    "ForgetCustomerDialog",
                    "their name in %1 texts elsewhere (notes, plans, objections, answers)",
                ),
            )
        )
    if backups:
        lines.append(
            _counted(
                backups,
                QCoreApplication.translate(
                    "ForgetCustomerDialog", "all of this from the 1 backup in the data folder"
                ),
                QCoreApplication.translate(
                    "ForgetCustomerDialog", "all of this from the %1 backups in the data folder"
                ),
            )
        )
    return lines


class ForgetCustomerDialog(QDialog):
    """Asks whether to delete a customer permanently; `exec()` is Accepted to go ahead."""

    def __init__(self, preview: ForgetPreview, backups: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forgetCustomerDialog")
        self.setWindowTitle(self.tr("Delete Customer Permanently"))
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.headline = QLabel(
            self.tr("Delete “%1” permanently?").replace("%1", preview.target.name), self
        )
        self.headline.setObjectName("forgetHeadline")
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        self.intro = QLabel(self.tr("Einwandfrei removes for good:"), self)
        self.items = QLabel(self)
        self.items.setObjectName("forgetItems")
        self.items.setTextFormat(Qt.TextFormat.PlainText)
        self.items.setText("\n".join(f"•  {line}" for line in what_goes(preview, backups)))
        self.items.setWordWrap(True)
        self.warning = QLabel(
            self.tr(
                "This cannot be undone: the bytes are overwritten, and the Undo history is "
                "cleared. A backup that cannot be rewritten is deleted."
            ),
            self,
        )
        self.warning.setObjectName("forgetWarning")
        self.warning.setWordWrap(True)
        for label in (self.headline, self.intro, self.items, self.warning):
            label.setMinimumWidth(TEXT_WIDTH)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(self)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = QPushButton(self.tr("&Delete Permanently"), self)
        self.delete_button.setObjectName("forgetDeleteButton")
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
        self.delete_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        text.setSpacing(10)
        for label in (self.headline, self.intro, self.items, self.warning):
            text.addWidget(label)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)
