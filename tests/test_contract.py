"""`analyze --format json` speaks the contract, for good and bad inputs alike."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any


def run_cli(*args: str, stdin: bytes | None = None,
            home: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "sanctionwatch", "--home", str(home), *args],
        input=stdin, capture_output=True, timeout=300, check=False)


def test_seed_analysis_is_valid_against_contract(
        seed_path: Path, contract_validator: Any, tmp_path: Path) -> None:
    proc = run_cli("analyze", "--format", "json", str(seed_path), home=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    lines = proc.stdout.decode().splitlines()
    assert len(lines) == 1
    obj = json.loads(lines[0])
    contract_validator.validate(obj)
    assert obj["document"]["published"] == "2024-02-20"


def test_bad_inputs_reported_and_others_still_analysed(
        seed_path: Path, contract_validator: Any, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    proc = run_cli("analyze", "--format", "json", str(missing), str(empty), str(seed_path),
                   home=tmp_path)
    assert proc.returncode == 1
    objs = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert len(objs) == 3
    for obj in objs:
        contract_validator.validate(obj)
    assert [("error" in o) for o in objs] == [True, True, False]
    assert objs[0]["source"] == str(missing)
    stderr = proc.stderr.decode()
    assert str(missing) in stderr and str(empty) in stderr
    assert "Traceback" not in stderr


def test_same_text_same_id_wherever_read(seed_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "elsewhere" / "copy.txt"
    copy.parent.mkdir()
    copy.write_bytes(seed_path.read_bytes())
    proc = run_cli("analyze", "--format", "json", str(seed_path), "-",
                   stdin=seed_path.read_bytes(), home=tmp_path)
    ids = [json.loads(line)["document"]["id"] for line in proc.stdout.decode().splitlines()]
    assert len(ids) == 2 and ids[0] == ids[1]
