"""Tiers edited as a table: rows of from % / to % / rate (or amount, for a step bonus).

The rule is still stored in its text form (`0-80:0%;80-100:1%;100-:1.5%`,
which the workbook accepts too); this editor reads and writes that form. A
row that would make a gap, an overlap or a closed last bracket is marked red
and named under the table while it is typed.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopdesk.domain.text import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
BAD = QColor("#f8d7da")

PROBLEMS = {
    "number": QT_TRANSLATE_NOOP("TiersEditor", "row {row}: “{text}” is not a number"),
    "first": QT_TRANSLATE_NOOP("TiersEditor", "row {row}: the first tier starts at 0"),
    "order": QT_TRANSLATE_NOOP("TiersEditor", "row {row}: it ends before it starts"),
    "gap": QT_TRANSLATE_NOOP("TiersEditor", "row {row}: a gap after the tier above (it ends at {high})"),
    "overlap": QT_TRANSLATE_NOOP("TiersEditor", "row {row}: it overlaps the tier above (that ends at {high})"),
    "open": QT_TRANSLATE_NOOP("TiersEditor", "row {row}: only the last tier is open-ended"),
    "last": QT_TRANSLATE_NOOP("TiersEditor", "row {row}: the last tier must be open-ended: leave “to” empty"),
    "rate": QT_TRANSLATE_NOOP("TiersEditor", "row {row}: a rate is between 0 and 100 %"),
    "amount": QT_TRANSLATE_NOOP("TiersEditor", "row {row}: an amount is not negative"),
}


def _number(text: str) -> Decimal | None:
    try:
        value = Decimal(text.strip().removesuffix("%").replace("，", ".").strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() and abs(value) < 10**9 else None


def tier_problems(rows: list[list[str]], money: bool) -> dict[int, str]:
    """Row index → what is wrong with it (translated), for rows of [from, to, value] texts."""
    out: dict[int, str] = {}

    def say(i: int, key: str, **args: Any) -> None:
        out.setdefault(i, QCoreApplication.translate("TiersEditor", PROBLEMS[key]).format(row=i + 1, **args))

    previous_high: Decimal | None = None
    for i, (low_text, high_text, value_text) in enumerate(rows):
        low, value = _number(low_text), _number(value_text)
        high = _number(high_text) if high_text.strip() else None
        for text, number in ((low_text, low), (value_text, value)):
            if number is None:
                say(i, "number", text=text)
        if high_text.strip() and high is None:
            say(i, "number", text=high_text)
        if i in out or low is None or value is None:
            previous_high = high
            continue
        if i == 0 and low != 0:
            say(i, "first")
        if high is not None and high <= low:
            say(i, "order")
        if i > 0 and previous_high is None:
            say(i - 1, "open")
        elif i > 0 and previous_high is not None and low > previous_high:
            say(i, "gap", high=f"{previous_high.normalize():f}")
        elif i > 0 and previous_high is not None and low < previous_high:
            say(i, "overlap", high=f"{previous_high.normalize():f}")
        if value < 0 and money:
            say(i, "amount")
        elif not money and not 0 <= value <= 100:
            say(i, "rate")
        previous_high = high
    if rows and rows[-1][1].strip():
        say(len(rows) - 1, "last")
    return out


class TiersModel(QAbstractTableModel):
    FROM, TO, VALUE = range(3)
    changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[list[str]] = []
        self.money = False
        self.problems: dict[int, str] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("From (achievement %)"), self.tr("To (empty: and above)"),
                self.tr("Amount (¥)") if self.money else self.tr("Rate (%)"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and index.row() in self.problems:
            return BAD
        if role == Qt.ItemDataRole.ToolTipRole and index.row() in self.problems:
            return self.problems[index.row()]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        self.rows[index.row()][index.column()] = str(value).strip()
        self._check()
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 2))
        return True

    def _check(self) -> None:
        before = set(self.problems)
        self.problems = tier_problems(self.rows, self.money)
        for row in before | set(self.problems):
            if row < len(self.rows):
                self.dataChanged.emit(self.index(row, 0), self.index(row, 2))
        self.changed.emit()

    def reset(self, rows: list[list[str]], money: bool) -> None:
        self.beginResetModel()
        self.rows, self.money = rows, money
        self.problems = tier_problems(rows, money) if rows else {}
        self.endResetModel()
        self.changed.emit()

    def add_row(self) -> None:
        last_high = self.rows[-1][1] if self.rows else ""
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        # A new last bracket starts where the one above ends (and that one is closed at +20 %).
        if self.rows and not last_high:
            low = _number(self.rows[-1][0]) or Decimal(0)
            last_high = f"{(low + 20).normalize():f}"
            self.rows[-1][1] = last_high
        self.rows.append([last_high or "0", "", "0"])
        self.endInsertRows()
        self._check()

    def remove_row(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()
        self._check()


def parse_rows(text: str) -> list[list[str]]:
    """The stored text form → rows (as typed; the rule's checks still run on save)."""
    rows = []
    for part in text.replace("；", ";").replace("\n", ";").split(";"):
        part = part.strip()
        if not part:
            continue
        span, _, value = part.partition(":")
        low, _, high = span.partition("-")
        rows.append([low.strip(), high.strip(), value.strip().removesuffix("%")])
    return rows


class TiersEditor(QWidget):
    """The tiers of a tiered commission (rates) or a step bonus (amounts), one bracket a row."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TiersModel(self)
        self.model.changed.connect(self._changed)
        self.table = QTableView()
        self.table.setObjectName("tiers_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(150)
        self.add_button = QPushButton(self.tr("Add tier"))
        self.add_button.clicked.connect(self.model.add_row)
        self.remove_button = QPushButton(self.tr("Remove tier"))
        self.remove_button.clicked.connect(lambda: self.model.remove_row(self.table.currentIndex().row()))
        self.problem = QLabel()
        self.problem.setObjectName("tiers_problem")
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)

    def _changed(self) -> None:
        problems = self.model.problems
        self.problem.setText("\n".join(problems[r] for r in sorted(problems)))
        self.edited.emit()

    def set_money(self, money: bool) -> None:
        """Amounts (a step bonus) or rates (a tiered commission) in the third column."""
        if money != self.model.money:
            self.model.reset(self.model.rows, money)

    def text(self) -> str:
        """The stored form: `0-80:0%;80-100:1%;100-:1.5%` (or without % for amounts)."""
        unit = "" if self.model.money else "%"
        return ";".join(f"{low}-{high}:{value}{unit}" for low, high, value in self.model.rows)

    def setText(self, text: str) -> None:  # noqa: N802 (as a QLineEdit's, for the form's code)
        self.model.reset(parse_rows(text), self.model.money)
