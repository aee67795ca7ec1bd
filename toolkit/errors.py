"""The toolkit's own exception: bad input, with a message that names where and what to do."""
from __future__ import annotations

__all__ = ["InputError"]


class InputError(ValueError):
    """Input the toolkit cannot read: the message names the file, line or field and the fix."""
