"""macOS: sleep and screen-lock notifications, through the Objective-C runtime with ctypes.

* ``NSWorkspaceWillSleepNotification``, posted on ``[[NSWorkspace sharedWorkspace]
  notificationCenter]`` before the Mac sleeps
  (https://developer.apple.com/documentation/appkit/nsworkspace/willsleepnotification and
  https://developer.apple.com/documentation/appkit/nsworkspace/notificationcenter).
* ``com.apple.screenIsLocked``, posted on ``[NSDistributedNotificationCenter defaultCenter]``
  when the screen locks (not in Apple's documentation, but what the login window posts; the
  center is https://developer.apple.com/documentation/foundation/distributednotificationcenter).

Both are delivered on the main run loop, which Qt's Cocoa event dispatcher runs. The observer
is a tiny Objective-C class made at run time (``objc_allocateClassPair`` and
``class_addMethod``, https://developer.apple.com/documentation/objectivec/objective-c-runtime)
whose two methods call back into Python. No PyObjC needed. Anything missing raises OSError in
:class:`MacLockObserver`'s constructor, and :func:`ringoff.services.autolock.lock_signals`
falls back to the clock gap (which works on macOS: its monotonic clock stops during sleep).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import weakref
from typing import Any

from PySide6.QtCore import QObject

from .lock_base import LockSignals

_CLASS_NAME = b"RingoffLockObserver"
_SLEEP_SELECTOR = b"ringoffWillSleep:"
_LOCK_SELECTOR = b"ringoffScreenLocked:"
_SCREEN_LOCKED = b"com.apple.screenIsLocked"

_IMP = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)
_observers: weakref.WeakSet[MacLockObserver] = weakref.WeakSet()
_keep: list[Any] = []  # the callbacks must live as long as the process


def _on_sleep(_self: int, _cmd: int, _note: int) -> None:
    for observer in list(_observers):
        observer.sleeping.emit()


def _on_lock(_self: int, _cmd: int, _note: int) -> None:
    for observer in list(_observers):
        observer.screen_locked.emit()


class _Runtime:
    def __init__(self) -> None:
        self.objc = ctypes.CDLL(ctypes.util.find_library("objc") or "libobjc.dylib")
        ctypes.CDLL(ctypes.util.find_library("Foundation") or "Foundation.framework/Foundation")
        self.appkit = ctypes.CDLL(ctypes.util.find_library("AppKit") or "AppKit.framework/AppKit")
        o = self.objc
        o.objc_getClass.restype = ctypes.c_void_p
        o.objc_getClass.argtypes = [ctypes.c_char_p]
        o.sel_registerName.restype = ctypes.c_void_p
        o.sel_registerName.argtypes = [ctypes.c_char_p]
        o.objc_allocateClassPair.restype = ctypes.c_void_p
        o.objc_allocateClassPair.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t]
        o.objc_registerClassPair.restype = None
        o.objc_registerClassPair.argtypes = [ctypes.c_void_p]
        o.class_addMethod.restype = ctypes.c_bool
        o.class_addMethod.argtypes = [
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_char_p,
        ]
        self._send_address = ctypes.cast(o.objc_msgSend, ctypes.c_void_p).value

    def cls(self, name: bytes) -> int:
        found = self.objc.objc_getClass(name)
        if not found:
            raise OSError(f"no Objective-C class {name.decode()}")
        return int(found)

    def sel(self, name: bytes) -> int:
        return int(self.objc.sel_registerName(name))

    def send(self, restype: Any, receiver: int, selector: bytes, *args: Any) -> Any:
        """``objc_msgSend`` cast to this call's types (it must never be called uncast)."""
        argtypes = [ctypes.c_void_p, ctypes.c_void_p] + [
            ctypes.c_char_p if isinstance(a, bytes) else ctypes.c_void_p for a in args
        ]
        function = ctypes.CFUNCTYPE(restype, *argtypes)(self._send_address)
        return function(receiver, self.sel(selector), *args)

    def observer_class(self) -> int:
        existing = self.objc.objc_getClass(_CLASS_NAME)
        if existing:
            return int(existing)
        made = self.objc.objc_allocateClassPair(self.cls(b"NSObject"), _CLASS_NAME, 0)
        if not made:
            raise OSError("cannot make the observer class")
        for selector, function in ((_SLEEP_SELECTOR, _on_sleep), (_LOCK_SELECTOR, _on_lock)):
            imp = _IMP(function)
            _keep.append(imp)
            # "v@:@": returns void; takes self, _cmd and the NSNotification.
            self.objc.class_addMethod(
                made, self.sel(selector), ctypes.cast(imp, ctypes.c_void_p), b"v@:@"
            )
        self.objc.objc_registerClassPair(made)
        return int(made)


class MacLockObserver(LockSignals):
    """macOS: the workspace's will-sleep and the login window's screen-locked notifications."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        rt = _Runtime()
        self._rt = rt
        cls = rt.observer_class()
        self._observer = rt.send(ctypes.c_void_p, rt.send(ctypes.c_void_p, cls, b"alloc"), b"init")
        workspace = rt.send(ctypes.c_void_p, rt.cls(b"NSWorkspace"), b"sharedWorkspace")
        self._workspace_center = rt.send(ctypes.c_void_p, workspace, b"notificationCenter")
        will_sleep = ctypes.c_void_p.in_dll(rt.appkit, "NSWorkspaceWillSleepNotification").value
        add = b"addObserver:selector:name:object:"
        rt.send(
            None,
            self._workspace_center,
            add,
            self._observer,
            rt.sel(_SLEEP_SELECTOR),
            will_sleep,
            None,
        )
        self.sources.append("workspace")
        self._distributed = rt.send(
            ctypes.c_void_p, rt.cls(b"NSDistributedNotificationCenter"), b"defaultCenter"
        )
        name = rt.send(
            ctypes.c_void_p, rt.cls(b"NSString"), b"stringWithUTF8String:", _SCREEN_LOCKED
        )
        self._lock_name = rt.send(ctypes.c_void_p, name, b"retain")
        rt.send(
            None,
            self._distributed,
            add,
            self._observer,
            rt.sel(_LOCK_SELECTOR),
            self._lock_name,
            None,
        )
        self.sources.append("screen")
        _observers.add(self)

    def close(self) -> None:
        _observers.discard(self)
        rt = self._rt
        for center in (self._workspace_center, self._distributed):
            if center:
                rt.send(None, center, b"removeObserver:", self._observer)
