"""Ringoff (号码解绑助手): untie your accounts from a phone number before it is cancelled.

Layers (arrows point downward only): ui -> services -> storage -> core.
core/ and storage/ never import Qt; see docs/architecture.md.
"""

__version__ = "0.1.0"
APP_NAME = "Ringoff"
