import json
import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests run the same examples on every run (CI must not fail on a new random find);
# MARSAD_HYPOTHESIS=explore searches new random examples (pin what it finds with @example).
settings.register_profile("deterministic", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("MARSAD_HYPOTHESIS", "deterministic"))

from marsad.cli import examples_path


@pytest.fixture(scope="session")
def seed_records() -> list[dict]:
    """The two seed articles bundled as examples (ids 000 and 004)."""
    with open(examples_path(), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="session")
def seed_text(seed_records) -> str:
    return seed_records[0]["text"]


@pytest.fixture()
def arabic_inputs(tmp_path: Path, seed_records) -> Path:
    """A folder of good and bad inputs, as a user's download folder might look."""
    folder = tmp_path / "inputs"
    folder.mkdir()
    paragraph = seed_records[0]["text"].split("\n\n")[2]
    (folder / "good.txt").write_text(paragraph, encoding="utf-8")
    (folder / "win1256.txt").write_bytes(paragraph.encode("cp1256", errors="ignore"))
    (folder / "utf16.txt").write_bytes(paragraph.encode("utf-16"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (folder / "truncated.txt").write_bytes(paragraph.encode("utf-8")[:-1])
    lines = [json.dumps({"id": "j1", "text": paragraph, "published": "2019-03-18"}, ensure_ascii=False),
             '{"id": "j2", "text": "broken',
             json.dumps({"id": "j3", "text": seed_records[1]["text"]}, ensure_ascii=False)]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "page.html").write_text(
        "<html><head><title>الباغوز</title><script>var stolen = 'SCRIPT-TEXT';</script></head>"
        f"<body><nav>القائمة</nav><article><p>{paragraph}</p></article></body></html>", encoding="utf-8")
    return folder
