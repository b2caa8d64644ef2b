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


def _article(sentence: str, n: int = 4) -> str:
    """A flattened page: a menu, a headline, and paragraphs of prose."""
    para = " ".join([sentence] * 3)
    return "Home\nNews\nWorld\n\n" + "\n\n".join([para] * n) + "\n"


def test_mixed_directory_of_good_and_bad_inputs(contract_validator: Any, tmp_path: Path) -> None:
    mix = tmp_path / "mix"
    mix.mkdir()
    ru = "Президент подарил лидеру автомобиль российского производства, сообщило агентство."
    ko = "북한 국무위원장이 러시아 대통령으로부터 러시아제 승용차를 선물받았다고 통신이 보도했다."
    fr = "Le président a déclaré à la presse que les sanctions économiques seront renforcées."
    en = "The minister said on Monday that the new export rules would take effect in May."
    good = {
        "ru_cp1251.txt": _article(ru).encode("cp1251"),
        "ko_euckr.txt": _article(ko).encode("euc-kr"),
        "fr_latin1.txt": _article(fr).encode("latin-1"),
        "en_bom.txt": _article(en).encode("utf-8-sig"),
    }
    bad = {
        "empty.txt": b"",
        "image.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
        "noise.txt": bytes((i * 131 + 7) % 255 + 1 for i in range(6000)),
        "no_article.html": b"<html><head><title>Home</title></head><body><nav>"
                           b"<a href='/'>Home</a><a href='/news'>News</a></nav></body></html>",
    }
    for name, data in {**good, **bad}.items():
        (mix / name).write_bytes(data)
    huge = mix / "huge.html"
    with huge.open("wb") as fh:  # a 50 MB page
        fh.write(b"<html><body>")
        chunk = b"<p>" + en.encode() * 20 + b"</p>\n"
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            fh.write(chunk)
    missing = tmp_path / "missing.html"
    proc = run_cli("analyze", "--no-screening", "--format", "json", str(mix), str(missing),
                   home=tmp_path)
    assert proc.returncode == 1
    stderr = proc.stderr.decode()
    assert "Traceback" not in stderr
    objs = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    for obj in objs:
        contract_validator.validate(obj)
    by_source = {o.get("source") or o["document"]["source"]: o for o in objs}
    failed = {*bad, "huge.html"}
    assert set(by_source) == {str(mix / n) for n in [*good, *failed]} | {str(missing)}
    for name in good:
        doc = by_source[str(mix / name)]["document"]
        assert "error" not in by_source[str(mix / name)]
        assert len(doc["text"]) > 100
    languages = {n: by_source[str(mix / n)]["document"]["language"] for n in good}
    assert languages == {"ru_cp1251.txt": "ru", "ko_euckr.txt": "ko", "fr_latin1.txt": "fr",
                         "en_bom.txt": "en"}
    error_lines = [ln for ln in stderr.splitlines() if ln.startswith("error:")]
    assert len(error_lines) == len(failed) + 1
    for name in failed:
        assert "error" in by_source[str(mix / name)]
        assert any(str(mix / name) in ln for ln in error_lines)
    assert "limit" in by_source[str(mix / "huge.html")]["error"]
    assert "error" in by_source[str(missing)]


def test_progress_only_on_a_terminal_and_only_on_long_runs(
        capsys: Any) -> None:
    from sanctionwatch.cli.analyze import RunProgress

    with RunProgress() as quiet:  # under pytest stderr is not a terminal
        quiet.advance(failed=False)
    assert not quiet.enabled and capsys.readouterr().err == ""
    with RunProgress(delay=3600, enabled=True) as short:  # a short run shows nothing
        short.advance(failed=True)
    assert short._progress is None and (short.done, short.failed) == (1, 1)
    with RunProgress(delay=0, enabled=True) as long:
        long.advance(failed=False)
    assert long._progress is not None
