"""Step 2: what the customer knows — the key messages to repeat."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from einwandfrei.planning.bank_rules import normalise_text
from einwandfrei.planning.plan import Plan
from einwandfrei.ui.calls.calls_context import CallsContext
from einwandfrei.ui.calls.wizard.page_base import PlanPage, hint_label
from einwandfrei.ui.widgets.item_list_model import ItemListModel
from einwandfrei.ui.widgets.ordered_list import ListNames, OrderedList


def _same(text: str) -> str:
    return text


def _renamed(_old: str, new: str) -> str:
    return new


class KnownPage(PlanPage):
    """Key messages carried over from earlier contacts: add, edit, reorder."""

    def __init__(self, context: CallsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setTitle(self.tr("What they know"))
        self.setSubTitle(
            self.tr(
                "People take in about half of a conversation and forget half of that within two "
                "weeks. Note what to repeat — it never hurts to say it again."
            )
        )
        self.origin = hint_label("", self, "keyMessagesOrigin")
        self.origin.hide()
        self.model: ItemListModel[str] = ItemListModel(_same, _renamed, parent=self)
        self.editor = OrderedList(
            self.model,
            ListNames.prefixed("keyMessages", add="addKeyMessage", input="keyMessageInput"),
            self,
            adding=True,
            add=self._add,
        )
        self.editor.view.setAlternatingRowColors(True)
        self.editor.set_accessible_names(
            self.tr("Key messages to repeat"), self.tr("New key message")
        )
        assert self.editor.input is not None
        self.input: QLineEdit = self.editor.input
        self.input.setPlaceholderText(self.tr("A message to repeat, e.g. “30% less set-up time”"))
        self.add_button = self.editor.add_button
        self.empty_hint = hint_label(
            self.tr(
                "Nothing to repeat yet? For a first call, note what they should remember "
                "afterwards."
            ),
            self,
            "keyMessagesHint",
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.origin)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.empty_hint)

        self.model.itemsEdited.connect(self.mark_edited)
        self.model.itemsEdited.connect(self._update_hint)
        self.model.modelReset.connect(self._update_hint)

    def set_origin(self, text: str) -> None:
        """Say where the messages came from ("Carried over from the call on …")."""
        self.origin.setText(text)
        self.origin.setVisible(bool(text))

    def load(self, plan: Plan) -> None:
        self.model.set_items(list(plan.key_messages))

    def apply(self, plan: Plan) -> Plan:
        return replace(plan, key_messages=self.model.items)

    def _add(self, typed: str) -> int | None:
        text = normalise_text(typed)
        return self.model.append(text) if text else None

    def _update_hint(self) -> None:
        self.empty_hint.setVisible(self.model.rowCount() == 0)
