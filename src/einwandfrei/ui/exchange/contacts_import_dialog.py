"""Calls ▸ Import Contacts…: a vCard or CSV address book previewed before it is merged into the
customers; for CSV, which column holds what can be changed here."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.interchange.contacts_import import ContactsFile
from einwandfrei.interchange.csv_contacts import ColumnMapping, contacts_from_table
from einwandfrei.planning.contacts import Contact, ContactField
from einwandfrei.store.calls.contact_merge import ContactOutcome, MergedContact, MergeResult
from einwandfrei.ui.widgets.secondary_text import SecondaryLabel

Preview = Callable[[Sequence[Contact]], MergeResult]
"""What merging the contacts would do (a dry run)."""

PREVIEW_ROWS = 500
"""The preview shows this many contacts at most (the import takes them all)."""


def field_label(field: ContactField) -> str:
    """A field's label in the column chooser."""
    labels = {
        ContactField.NAME: QCoreApplication.translate("ContactsImportDialog", "&Name:"),
        ContactField.FIRST_NAME: QCoreApplication.translate("ContactsImportDialog", "&First name:"),
        ContactField.LAST_NAME: QCoreApplication.translate("ContactsImportDialog", "&Last name:"),
        ContactField.COMPANY: QCoreApplication.translate("ContactsImportDialog", "&Company:"),
        ContactField.ROLE: QCoreApplication.translate("ContactsImportDialog", "&Role:"),
        ContactField.EMAIL: QCoreApplication.translate("ContactsImportDialog", "&Email:"),
        ContactField.PHONE: QCoreApplication.translate("ContactsImportDialog", "&Phone:"),
    }
    return labels[field]


class ContactsImportDialog(QDialog):
    """The contacts of a file with what importing does to each (new, updates whom, up to date)."""

    def __init__(
        self,
        file_name: str,
        source: ContactsFile,
        preview: Preview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactsImportDialog")
        self.setWindowTitle(self.tr("Contacts from %1").replace("%1", file_name))
        self.source = source
        self.preview = preview
        self.mapping: ColumnMapping | None = source.mapping
        self.contacts: list[Contact] = list(source.contacts)
        self.nameless = source.nameless
        self.outcome: MergeResult | None = None

        layout = QVBoxLayout(self)
        self.recognised = QLabel(self)
        self.recognised.setObjectName("contactsImportRecognised")
        self.recognised.setWordWrap(True)
        layout.addWidget(self.recognised)

        self.columns: dict[ContactField, QComboBox] = {}
        if source.table is not None:
            box = QGroupBox(self.tr("Columns"), self)
            form = QFormLayout(box)
            for field in ContactField:
                combo = QComboBox(box)
                combo.setObjectName(f"contactsColumn_{field.value}")
                combo.addItem(self.tr("(not used)"), None)
                for index, header in enumerate(source.table.headers):
                    combo.addItem(header, index)
                chosen = self.mapping.first(field) if self.mapping is not None else None
                combo.setCurrentIndex(0 if chosen is None else chosen + 1)
                combo.currentIndexChanged.connect(lambda _index, f=field: self._column_chosen(f))
                label = QLabel(field_label(field), box)
                label.setBuddy(combo)
                form.addRow(label, combo)
                self.columns[field] = combo
            layout.addWidget(box)

        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("contactsImportTable")
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Company"),
                self.tr("Role"),
                self.tr("Email"),
                self.tr("Phone"),
                self.tr("Import"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        self.summary = SecondaryLabel("", self)
        self.summary.setObjectName("contactsImportSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("contactsImportAccept")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(820, 560 if self.columns else 420)
        self._refresh()

    # Columns ---------------------------------------------------------------------------------

    def _column_chosen(self, field: ContactField) -> None:
        if self.source.table is None or self.mapping is None:
            return
        combo = self.columns[field]
        column = combo.currentData()
        self.mapping = self.mapping.with_choices({field: column})
        if field in (ContactField.NAME, ContactField.FIRST_NAME, ContactField.LAST_NAME):
            # Choosing a name column replaced the other name columns: show that.
            for other in (ContactField.NAME, ContactField.FIRST_NAME, ContactField.LAST_NAME):
                if other is not field:
                    self.mapping = self.mapping.with_choices(
                        {other: self.columns[other].currentData(), field: column}
                    )
        self.contacts, self.nameless = contacts_from_table(self.source.table, self.mapping)
        self._refresh()

    def choose_column(self, field: ContactField, header: str | None) -> None:
        """Choose the column named `header` (None: not used) for `field`, as the user would."""
        combo = self.columns[field]
        combo.setCurrentIndex(0 if header is None else combo.findText(header))

    # Preview ---------------------------------------------------------------------------------

    def _outcome_text(self, item: MergedContact) -> str:
        if item.outcome is ContactOutcome.NEW:
            return self.tr("New customer")
        if item.outcome is ContactOutcome.UNCHANGED:
            return self.tr("Up to date: %1").replace("%1", item.customer_name)
        return self.tr("Updates %1").replace("%1", item.customer_name)

    def _refresh(self) -> None:
        has_name = self.mapping is None or self.mapping.has_name
        if self.source.table is None:
            self.recognised.setText(
                self.tr("Contacts in this vCard file: %1.").replace("%1", str(len(self.contacts)))
            )
        elif not has_name:
            self.recognised.setText(self.tr("Choose the column that holds the name."))
        elif self.mapping is not None and self.mapping.product:
            self.recognised.setText(
                self.tr("The columns of a contact export of %1 were recognised.").replace(
                    "%1", self.mapping.product
                )
            )
        else:
            self.recognised.setText(self.tr("Check which column holds what."))
        self.outcome = self.preview(self.contacts) if has_name else None
        merged = self.outcome.merged if self.outcome is not None else ()
        shown = merged[:PREVIEW_ROWS]
        self.table.setRowCount(len(shown))
        for row, item in enumerate(shown):
            contact = item.contact
            values = (
                contact.name,
                contact.company,
                contact.role,
                contact.email,
                contact.phone,
                self._outcome_text(item),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.summary.setText(self._summary_text())
        self.import_button.setEnabled(bool(merged))

    def _summary_text(self) -> str:
        if self.outcome is None:
            return ""
        text = (
            self.tr("On import — new customers: %1; updated: %2; already up to date: %3.")
            .replace("%1", str(self.outcome.count(ContactOutcome.NEW)))
            .replace("%2", str(self.outcome.count(ContactOutcome.UPDATED)))
            .replace("%3", str(self.outcome.count(ContactOutcome.UNCHANGED)))
        )
        if len(self.outcome.merged) > PREVIEW_ROWS:
            text += " " + self.tr("The first %1 are shown.").replace("%1", str(PREVIEW_ROWS))
        if self.nameless:
            text += " " + self.tr("Entries without a name, to be left out: %1.").replace(
                "%1", str(self.nameless)
            )
        return text

    def chosen_contacts(self) -> list[Contact]:
        """The contacts as the columns now read them."""
        return list(self.contacts)
