"""Entry point of the frozen program (PyInstaller runs this file as a script).

`shopdesk/__main__.py` uses relative imports, so it cannot be the script
itself; this launcher imports the package the normal way.
"""

from shopdesk.__main__ import main

if __name__ == "__main__":
    main()
