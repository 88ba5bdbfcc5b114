"""Write the head revision's expected structure beside the migrations (after adding a migration).

    python scripts/expected_schema.py

The whole-file check reads it at start-up instead of running the migrations;
tests/store/test_expected_schema.py fails until it is rewritten for new migrations.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from shopdesk.services.safety.file_check import SHIPPED, shipped_record  # noqa: E402


def main() -> int:
    SHIPPED.write_text(json.dumps(shipped_record(), sort_keys=True, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {SHIPPED}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
