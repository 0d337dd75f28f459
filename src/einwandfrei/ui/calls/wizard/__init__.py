"""The pre-call wizard (`PreCallWizard`, objectName `preCallWizard`)."""

from einwandfrei.ui.calls.wizard.wizard import PAGES, PreCallWizard

__all__ = ["PAGES", "PreCallWizard"]
