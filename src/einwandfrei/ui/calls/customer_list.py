"""The customer list of the Calls view: "All customers" first, then each customer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from einwandfrei.planning.plan import CustomerInfo

Index = QModelIndex | QPersistentModelIndex


class CustomerListModel(QAbstractListModel):
    """Row 0 stands for every customer; the others are customers by name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._customers: list[CustomerInfo] = []

    def set_customers(self, customers: list[CustomerInfo]) -> None:
        """Show these customers."""
        self.beginResetModel()
        self._customers = list(customers)
        self.endResetModel()

    def customer_at(self, row: int) -> CustomerInfo | None:
        """The customer in `row`, or None for "All customers"."""
        return self._customers[row - 1] if 1 <= row <= len(self._customers) else None

    def row_of(self, customer_id: int | None) -> int:
        """The row of a customer (0 for None or an unknown one)."""
        for row, customer in enumerate(self._customers, start=1):
            if customer.id == customer_id:
                return row
        return 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._customers) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        customer = self.customer_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("All customers") if customer is None else customer.label()
        if role == Qt.ItemDataRole.ToolTipRole and customer is not None and customer.role:
            return customer.role
        if role == Qt.ItemDataRole.FontRole and customer is None:
            font = QFont()
            font.setBold(True)
            return font
        return None
