"""Tick boxes and radio buttons that grow with the text (a proxy of the platform style).

Its own module because defining it builds PySide6's QStyle type and its dozen large enums, and
its Python ``pixelMetric`` makes PySide6 wrap every style option Qt asks about: ~20 ms that the
unlock screen (no tick boxes) need not pay before its first paint. ui/style.py installs it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QProxyStyle, QStyle


class ScaledStyle(QProxyStyle):
    """The platform style, with tick boxes and radio buttons as large as the text.

    Styles size these indicators in fixed pixels, so without this a person who chose larger
    text gets large words beside a tiny box. Cheaper than an application style sheet.
    """

    _SCALED = frozenset(
        {
            QStyle.PixelMetric.PM_IndicatorWidth,
            QStyle.PixelMetric.PM_IndicatorHeight,
            QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
            QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
        }
    )

    def __init__(self) -> None:
        super().__init__()
        self.indicator = 13

    def pixelMetric(self, metric: QStyle.PixelMetric, option=None, widget=None) -> int:  # type: ignore[no-untyped-def]  # noqa: N802
        if metric in self._SCALED:
            return self.indicator
        return super().pixelMetric(metric, option, widget)
