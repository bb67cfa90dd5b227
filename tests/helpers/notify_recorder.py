"""A stand-in notification service for tests: records every Notify call on a private bus.

Run as ``python notify_recorder.py ADDRESS OUTFILE``. It owns ``org.freedesktop.Notifications``
on the bus at ADDRESS, accepts Notify only with the specification's exact signature
``susssasa{sv}i`` (as GNOME Shell and KDE Plasma do), writes one JSON line per call to OUTFILE
and answers with the next notification id.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVirtualObject

SIGNATURE = "susssasa{sv}i"
INTROSPECTION = """<interface name="org.freedesktop.Notifications">
<method name="Notify"><arg direction="in" type="s"/><arg direction="in" type="u"/>
<arg direction="in" type="s"/><arg direction="in" type="s"/><arg direction="in" type="s"/>
<arg direction="in" type="as"/><arg direction="in" type="a{sv}"/><arg direction="in" type="i"/>
<arg direction="out" type="u"/></method>
<signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
<signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
</interface>"""


class Recorder(QDBusVirtualObject):
    def __init__(self, out: str) -> None:
        super().__init__()
        self.out = out
        self.next_id = 41

    def introspect(self, path: str) -> str:
        return INTROSPECTION

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        if message.member() != "Notify":
            return False
        if message.signature() != SIGNATURE:
            connection.send(
                message.createErrorReply(
                    "org.freedesktop.DBus.Error.InvalidArgs",
                    f"expected {SIGNATURE}, got {message.signature()}",
                )
            )
            return True
        args = message.arguments()
        self.next_id += 1
        record = {
            "id": self.next_id,
            "signature": message.signature(),
            "app_name": args[0],
            "app_icon": args[2],
            "summary": args[3],
            "body": args[4],
            "actions": list(args[5]),
        }
        with open(self.out, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        connection.send(message.createReply(self.next_id))
        return True


def main() -> int:
    address, out = sys.argv[1], sys.argv[2]
    app = QCoreApplication([])
    bus = QDBusConnection.connectToBus(address, "recorder")
    recorder = Recorder(out)
    if not bus.registerVirtualObject("/org/freedesktop/Notifications", recorder):
        return 2
    if not bus.registerService("org.freedesktop.Notifications"):
        return 3
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
