"""The findings benchmark compares legal bases in the gold's citation form: every
provision of every shipped regime must key to a form the gold set can write."""

from __future__ import annotations

from benchmarks.findings_eval import provision_key
from sanctionwatch.rules import load_regimes
from sanctionwatch.settings import load_settings
from tests.test_gold_findings_integrity import PROVISION


def test_every_regime_provision_keys_to_a_citable_form() -> None:
    regimes = load_regimes(load_settings().data_dir)
    keys = {f"{b.instrument} {provision_key(b.provision)}"
            for r in regimes for m in r.measures for b in m.bases}
    assert keys and all(PROVISION.match(k) for k in keys), \
        sorted(k for k in keys if not PROVISION.match(k))


def test_annex_paragraphs_keep_their_number() -> None:
    assert provision_key("Annex B, para. 6(b)") == "Annex B para 6(b)"
    assert provision_key("OP23, Annex IV") == "OP23"
