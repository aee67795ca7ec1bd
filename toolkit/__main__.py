"""``python -m toolkit``: see :mod:`toolkit.cli`."""
import sys

from .cli import main

sys.exit(main())
