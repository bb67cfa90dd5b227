"""One D-Bus method call with exact argument types, through the system's libdbus-1 (Linux).

PySide6's QtDBus turns every Python ``int`` into a D-Bus ``int32`` ("i"); it has no way to send
an ``uint32`` ("u"). The freedesktop Notify method takes ``(susssasa{sv}i)`` and the real
servers (GNOME Shell through GDBus, KDE Plasma through QtDBus adaptors) refuse a call whose
signature differs. So the call is made here with libdbus-1, the reference implementation that
every Linux desktop has (Qt's own libQt6DBus loads the same library at run time).

Only the few functions of the libdbus API that one blocking call needs are used; their contract
is the libdbus API reference: https://dbus.freedesktop.org/doc/api/html/group__DBusMessage.html
and https://dbus.freedesktop.org/doc/api/html/group__DBusConnection.html. Signals are received
with QtDBus instead (no types to choose there), see :mod:`ringoff.services.notifier`.

Values are given as ``(signature, value)`` pairs, with signatures "s", "u", "i", "y", "b",
"as" and "a{sv}" (whose values are themselves ``(signature, value)`` pairs).
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Mapping, Sequence
from typing import Any

# Type codes (dbus-protocol.h).
_STRING = ord("s")
_UINT32 = ord("u")
_INT32 = ord("i")
_BYTE = ord("y")
_BOOLEAN = ord("b")
_ARRAY = ord("a")
_VARIANT = ord("v")
_DICT_ENTRY = ord("e")
_INVALID = 0
_BUS_SESSION = 0  # DBusBusType DBUS_BUS_SESSION

Typed = tuple[str, Any]


class DBusCallError(RuntimeError):
    """The call could not be made or was refused (no bus, no service, wrong arguments)."""


class _Error(ctypes.Structure):
    # DBusError: two public pointers, then private fields (sized generously).
    _fields_ = [
        ("name", ctypes.c_char_p),
        ("message", ctypes.c_char_p),
        ("_private", ctypes.c_byte * 64),
    ]


# DBusMessageIter is a public struct of pointers and ints (~72 bytes on 64-bit); its layout is
# private, so room to spare is given.
_Iter = ctypes.c_byte * 256

_lib: Any = None


def _library() -> Any:
    global _lib
    if _lib is None:
        import ctypes.util  # (imports subprocess: only when a call is made)

        name = ctypes.util.find_library("dbus-1") or "libdbus-1.so.3"
        try:
            lib = ctypes.CDLL(name)
        except OSError as exc:
            raise DBusCallError("libdbus-1 is not installed") from exc
        p, i, u = ctypes.c_void_p, ctypes.c_int, ctypes.c_uint
        sigs: dict[str, tuple[Any, list[Any]]] = {
            "dbus_error_init": (None, [p]),
            "dbus_error_free": (None, [p]),
            "dbus_error_is_set": (u, [p]),
            "dbus_connection_open_private": (p, [ctypes.c_char_p, p]),
            "dbus_bus_register": (u, [p, p]),
            "dbus_connection_set_exit_on_disconnect": (None, [p, u]),
            "dbus_connection_close": (None, [p]),
            "dbus_connection_unref": (None, [p]),
            "dbus_connection_send_with_reply_and_block": (p, [p, p, i, p]),
            "dbus_message_new_method_call": (
                p,
                [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p],
            ),
            "dbus_message_unref": (None, [p]),
            "dbus_message_iter_init_append": (None, [p, p]),
            "dbus_message_iter_append_basic": (u, [p, i, p]),
            "dbus_message_iter_open_container": (u, [p, i, ctypes.c_char_p, p]),
            "dbus_message_iter_close_container": (u, [p, p]),
            "dbus_message_iter_init": (u, [p, p]),
            "dbus_message_iter_get_arg_type": (i, [p]),
            "dbus_message_iter_get_basic": (None, [p, p]),
        }
        for fname, (restype, argtypes) in sigs.items():
            func = getattr(lib, fname)
            func.restype = restype
            func.argtypes = argtypes
        _lib = lib
    return _lib


def available() -> bool:
    try:
        _library()
    except DBusCallError:
        return False
    return True


def session_address(env: Mapping[str, str] | None = None) -> str:
    """The session bus address (``DBUS_SESSION_BUS_ADDRESS``), or the usual runtime socket."""
    env = os.environ if env is None else env
    address = env.get("DBUS_SESSION_BUS_ADDRESS", "")
    if address:
        return address
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.exists(os.path.join(runtime, "bus")):
        return "unix:path=" + os.path.join(runtime, "bus")
    return ""


def _append(lib: Any, it: Any, signature: str, value: Any, keep: list[Any]) -> None:
    if signature == "s":
        text = ctypes.c_char_p(str(value).encode("utf-8"))
        keep.append(text)
        ok = lib.dbus_message_iter_append_basic(it, _STRING, ctypes.byref(text))
    elif signature in ("u", "i", "y", "b"):
        code, ctype = {
            "u": (_UINT32, ctypes.c_uint32),
            "i": (_INT32, ctypes.c_int32),
            "y": (_BYTE, ctypes.c_uint8),
            "b": (_BOOLEAN, ctypes.c_uint32),  # dbus_bool_t is 32 bits
        }[signature]
        number = ctype(int(value))
        ok = lib.dbus_message_iter_append_basic(it, code, ctypes.byref(number))
    elif signature == "as":
        sub = _Iter()
        ok = lib.dbus_message_iter_open_container(it, _ARRAY, b"s", sub)
        for item in value:
            _append(lib, sub, "s", item, keep)
        ok = ok and lib.dbus_message_iter_close_container(it, sub)
    elif signature == "a{sv}":
        sub = _Iter()
        ok = lib.dbus_message_iter_open_container(it, _ARRAY, b"{sv}", sub)
        for key, (inner_sig, inner) in dict(value).items():
            entry = _Iter()
            lib.dbus_message_iter_open_container(sub, _DICT_ENTRY, None, entry)
            _append(lib, entry, "s", key, keep)
            variant = _Iter()
            lib.dbus_message_iter_open_container(
                entry, _VARIANT, inner_sig.encode("ascii"), variant
            )
            _append(lib, variant, inner_sig, inner, keep)
            lib.dbus_message_iter_close_container(entry, variant)
            lib.dbus_message_iter_close_container(sub, entry)
        ok = ok and lib.dbus_message_iter_close_container(it, sub)
    else:
        raise ValueError(f"unsupported D-Bus signature {signature!r}")
    if not ok:
        raise DBusCallError("out of memory while building a D-Bus message")


def name_has_owner(address: str, name: str) -> bool:
    """Whether a service owns *name* on the bus at *address* now (False when unreachable)."""
    try:
        found = call(
            address,
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "NameHasOwner",
            [("s", name)],
            timeout_ms=2000,
        )
    except DBusCallError:
        return False
    return bool(found)


def call(
    address: str,
    destination: str,
    path: str,
    interface: str,
    method: str,
    args: Sequence[Typed],
    *,
    timeout_ms: int = 5000,
) -> int | None:
    """Call *method* and wait for the reply; returns its first argument when it is a number.

    Raises :class:`DBusCallError` when there is no bus, the service is missing or refuses.
    """
    if not address:
        raise DBusCallError("no D-Bus session bus")
    lib = _library()
    error = _Error()
    lib.dbus_error_init(ctypes.byref(error))
    connection = lib.dbus_connection_open_private(address.encode("utf-8"), ctypes.byref(error))
    if not connection:
        message = _take_error(lib, error)
        raise DBusCallError(f"cannot connect to the session bus: {message}")
    # A private connection must never end the process when the bus goes away.
    lib.dbus_connection_set_exit_on_disconnect(connection, 0)
    try:
        if not lib.dbus_bus_register(connection, ctypes.byref(error)):
            raise DBusCallError(f"the bus refused us: {_take_error(lib, error)}")
        msg = lib.dbus_message_new_method_call(
            destination.encode(), path.encode(), interface.encode(), method.encode()
        )
        if not msg:
            raise DBusCallError("out of memory while building a D-Bus message")
        keep: list[Any] = []
        try:
            it = _Iter()
            lib.dbus_message_iter_init_append(msg, it)
            for signature, value in args:
                _append(lib, it, signature, value, keep)
            reply = lib.dbus_connection_send_with_reply_and_block(
                connection, msg, timeout_ms, ctypes.byref(error)
            )
        finally:
            lib.dbus_message_unref(msg)
        if not reply:
            raise DBusCallError(f"{method} failed: {_take_error(lib, error)}")
        try:
            return _first_number(lib, reply)
        finally:
            lib.dbus_message_unref(reply)
    finally:
        lib.dbus_connection_close(connection)
        lib.dbus_connection_unref(connection)


def _first_number(lib: Any, reply: Any) -> int | None:
    it = _Iter()
    if not lib.dbus_message_iter_init(reply, it):
        return None
    kind = lib.dbus_message_iter_get_arg_type(it)
    if kind == _UINT32:
        out_u = ctypes.c_uint32()
        lib.dbus_message_iter_get_basic(it, ctypes.byref(out_u))
        return int(out_u.value)
    if kind == _BOOLEAN:
        out_b = ctypes.c_uint32()
        lib.dbus_message_iter_get_basic(it, ctypes.byref(out_b))
        return int(bool(out_b.value))
    if kind == _INT32:
        out_i = ctypes.c_int32()
        lib.dbus_message_iter_get_basic(it, ctypes.byref(out_i))
        return int(out_i.value)
    return None


def _take_error(lib: Any, error: _Error) -> str:
    if not lib.dbus_error_is_set(ctypes.byref(error)):
        return "unknown error"
    name = (error.name or b"").decode("utf-8", "replace")
    text = (error.message or b"").decode("utf-8", "replace")
    lib.dbus_error_free(ctypes.byref(error))
    return f"{name}: {text}"
