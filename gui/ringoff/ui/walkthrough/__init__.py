"""The walkthrough: one account at a time, in the plan's order, until the number is safe to cancel.

page.py is the page and its three faces (one account, the whole plan, finished); cards.py the
cards of one account (what to do, the fallback, the step list, how it went); finished.py the
"safe to cancel" face; step_row.py one step's tick box; reason.py the "Can't be done" dialog.
The rules (which account, what a tick changes, the person's own steps) are
operations/walkthrough.py.
"""

from .page import PREF_LAST, WalkthroughPage
from .reason import ReasonDialog
from .step_row import StepRow

__all__ = ["PREF_LAST", "ReasonDialog", "StepRow", "WalkthroughPage"]
