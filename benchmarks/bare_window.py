"""The baseline for bench_startup: a bare PySide6 window, shown, quitting after its first paint."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
            app.removeEventFilter(self)
        return False


first = FirstPaint()
app.installEventFilter(first)
window.show()
sys.exit(app.exec())
