"""Settings → Database: this computer's own file, or the shop server several PCs share."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.common.connection import (
    ServerAddress,
    is_server,
    save_target,
    saved_target,
    try_connect,
)
from shopdesk.ui.common.ops import Op, fetch
from shopdesk.ui.common.text import error_text


class DatabaseSettings(QGroupBox):
    """The choice applies the next time ShopDesk starts."""

    def __init__(self, in_use: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Database"), parent)
        self.setObjectName("database_settings")
        self.local = QRadioButton(self.tr("This computer (a file)"))
        self.server = QRadioButton(self.tr("Shop server (PostgreSQL, for several PCs)"))
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("default: ShopDesk's data folder"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.host, self.port, self.database, self.user = QLineEdit(), QLineEdit("5432"), QLineEdit(), QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("only to test; asked for at start, never stored"))
        for name, edit in (("host", self.host), ("port", self.port), ("database", self.database),
                           ("user", self.user), ("password", self.password)):
            edit.setObjectName(name)
        self.test = QPushButton(self.tr("Test connection"))
        self.test.clicked.connect(self.test_connection)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setObjectName("result")
        server_form = QFormLayout()
        server_form.addRow(self.tr("Server:"), self.host)
        server_form.addRow(self.tr("Port:"), self.port)
        server_form.addRow(self.tr("Database:"), self.database)
        server_form.addRow(self.tr("User:"), self.user)
        server_form.addRow(self.tr("Password:"), self.password)
        server_form.addRow(self.test, self.result)
        self.server_box = QWidget()
        self.server_box.setLayout(server_form)
        self.in_use = QLabel(self.tr("In use now: {db}").format(db=in_use))
        self.in_use.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.in_use)
        layout.addWidget(self.local)
        layout.addLayout(file_row)
        layout.addWidget(self.server)
        layout.addWidget(self.server_box)
        self.local.toggled.connect(self._sync)
        self._load(saved_target())

    def _load(self, target: str) -> None:
        if is_server(target):
            address = ServerAddress.parse(target)
            self.host.setText(address.host)
            self.port.setText(address.port)
            self.database.setText(address.database)
            self.user.setText(address.user)
            self.server.setChecked(True)
        else:
            self.path.setText(target)
            self.local.setChecked(True)
        self._sync()

    def _sync(self) -> None:
        self.path.setEnabled(self.local.isChecked())
        self.server_box.setEnabled(self.server.isChecked())

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Shop file"), self.path.text(), self.tr("ShopDesk database (*.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.path.setText(path)

    def address(self) -> ServerAddress:
        return ServerAddress(self.host.text(), self.port.text(), self.database.text(), self.user.text())

    def target(self, password: str | None = None) -> str:
        """What to open next time: a file path ("" = default) or a server URL (raises on bad fields)."""
        if self.local.isChecked():
            return self.path.text().strip()
        return self.address().url(password)

    def test_connection(self) -> bool:
        ok, url = fetch(self, None, lambda: self.target(self.password.text() or None),
                        lambda e: self.result.setText(error_text(e)))
        if not ok or url is None:
            return False
        if not is_server(url):
            self.result.setText("")
            return True
        problem = try_connect(url)
        self.result.setText(self.tr("Connected.") if problem is None
                            else self.tr("Not connected: {reason}").format(reason=problem))
        return problem is None

    def save(self) -> str | None:
        """Store the choice; None when it was saved, else the problem to show."""
        problems: list[str] = []
        Op(self, None, lambda: save_target(self.target())).failure(lambda e: problems.append(error_text(e))).run()
        return problems[0] if problems else None
