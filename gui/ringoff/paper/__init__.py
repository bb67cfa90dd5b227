"""Paper: the documents Ringoff prints or saves as PDF, built with QtGui only (no widgets).

The large-print checklist of a number (checklist.py, laid out and paginated by
checklist_layout.py), the Emergency Kit (kit.py), and what both share: fonts (fonts.py), the
document, page and PDF settings (document.py). The window's dialogs (ui/checklist_print.py,
ui/printing.py) and ``ringoff print`` use the same functions, so screen and command line make
the same paper; the command line needs only a QGuiApplication.
"""
