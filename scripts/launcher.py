"""Entry point of the frozen program (PyInstaller runs this file as a script).

`shopdesk/__main__.py` uses relative imports, so it cannot be the script
itself; this launcher imports the package the normal way.
"""

import os
import sys

if getattr(sys, "frozen", False):
    # PyInstaller's start-up hook points matplotlib at a new temporary folder on
    # every start, so the first chart would rebuild the font list each time; keep
    # it in the user's cache folder, as when running from source.
    from shopdesk.paths import user_cache_dir

    os.environ["MPLCONFIGDIR"] = str(user_cache_dir() / "matplotlib")

from shopdesk.__main__ import main  # noqa: E402

if __name__ == "__main__":
    main()
