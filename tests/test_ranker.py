"""The linear ranker over attribution candidates: weights files, fitting, choosing, training."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import Config, parse
from quoteverify.errors import InputFormatError, OptionTypeError, QuoteVerifyError
from quoteverify.speakers import ranker
from quoteverify.speakers.ranker import (
    choose_by_weights,
    features,
    fit,
    gold_choices,
    training_examples,
)
from quoteverify.speakers.rules import RULES, by_priority, candidates
from quoteverify.strategies import PlantedArticle, planted_articles
from quoteverify.surfaces.cli import main
from quoteverify.weights import Weights, default_weights, load_weights

# Sentences of our own in which the speaker named after the quote is the gold
# one, although the rule first in the table takes the name before it.
_LATER_WINS = [
    ("Ana Ruiz said, “We won,” the coach added.", "the coach"),
    ("Tom Hale said, “It rained all week,” the pilot added.", "the pilot"),
    ("Jo Kay said, “Prices went up,” the baker added.", "the baker"),
    ("Li Wen said, “The road is shut,” the driver added.", "the driver"),
]


def _gold_record(text: str, speaker: str) -> dict[str, object]:
    open_at, close_at = text.index("“"), text.index("”") + 1
    start = text.rindex(speaker)
    return {
        "text": text,
        "quotes": [
            {
                "start": open_at,
                "end": close_at,
                "speaker": speaker,
                "speaker_start": start,
                "speaker_end": start + len(speaker),
            }
        ],
    }


def _gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    lines = [json.dumps(_gold_record(t, s), ensure_ascii=False) for t, s in _LATER_WINS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_weights_round_trip_through_json_and_a_file(tmp_path: Path) -> None:
    w = Weights(values={"rule=lead-in": 1.5, "same_sentence": -0.25}, description="by hand")
    assert Weights.from_json(w.to_json()) == w
    path = tmp_path / "w.json"
    path.write_text(w.to_json(), encoding="utf-8")
    assert load_weights(path) == w
    assert Config(attribution_weights=path).attribution_weights == w
    assert Config(attribution_weights=str(path)).attribution_weights == w


def test_weights_live_on_the_ground_floor() -> None:
    # Config reads them from quoteverify.weights (tests/test_layers.py holds it there).
    assert Weights.__module__ == "quoteverify.weights"
    assert "Weights" not in ranker.__all__


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_weights_pickle(protocol: int) -> None:
    w = Weights(values={"order=0": 1.0, "same_sentence": -0.5}, description="by hand")
    assert pickle.loads(pickle.dumps(w, protocol=protocol)) == w


def test_a_config_with_weights_survives_asdict_as_a_store_saves_it() -> None:
    config = Config(attribution_weights=Weights(values={"order=0": 1.0}))
    saved = json.loads(json.dumps(attrs.asdict(config)))
    assert Config(**saved) == config


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("not json", "not valid JSON"),
        ("[1, 2]", "must hold a JSON object"),
        ('{"version": 99, "weights": {}}', "version 99 is not supported"),
        ('{"weights": [1]}', "must be an object of feature names"),
        ('{"weights": {"order=0": "high"}}', "must be a finite number"),
        ('{"weights": {"order=0": true}}', "must be a finite number"),
        ('{"weights": {}, "description": 3}', '"description" must be a string'),
    ],
)
def test_a_bad_weights_file_names_the_file_and_the_problem(
    tmp_path: Path, content: str, problem: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    for load in (load_weights, lambda p: Config(attribution_weights=p)):
        with pytest.raises(InputFormatError) as info:
            load(path)
        assert isinstance(info.value, QuoteVerifyError)
        assert isinstance(info.value, ValueError)
        assert str(path) in str(info.value)
        assert problem in str(info.value)


def test_a_missing_weights_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(InputFormatError, match=r"missing\.json: cannot read the weights"):
        load_weights(tmp_path / "missing.json")


def test_attribution_weights_of_the_wrong_type_is_an_option_type_error() -> None:
    with pytest.raises(
        OptionTypeError, match="attribution_weights must be a path, Weights or None"
    ):
        Config(attribution_weights=3)


def test_fitting_on_our_own_sentences_reproduces_their_choice(tmp_path: Path) -> None:
    examples = list(training_examples(_gold_choices_docs(tmp_path)))
    assert len(examples) == len(_LATER_WINS)
    weights = fit(examples, epochs=20, seed=1)
    choose = choose_by_weights(weights)
    text = "Eva Lind said, “The bridge opened,” the engineer added."
    ((_quote, found),) = candidates(text)
    assert by_priority(found).found.mention.text == "Eva Lind"  # type: ignore[union-attr]
    assert choose(found).found.mention.text == "the engineer"  # type: ignore[union-attr]


def _gold_choices_docs(tmp_path: Path) -> list[dict[str, object]]:
    from quoteverify.surfaces.evaluate import read_gold

    return list(read_gold(_gold_file(tmp_path)))


def test_gold_choices_mark_the_candidate_over_the_gold_mention(tmp_path: Path) -> None:
    for (found, right), (_text, speaker) in zip(
        gold_choices(_gold_choices_docs(tmp_path)), _LATER_WINS, strict=True
    ):
        assert found[right].found.mention.text == speaker  # type: ignore[union-attr]
        assert right > 0  # the table's first choice is the wrong one here


def test_fitting_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    examples = list(training_examples(_gold_choices_docs(tmp_path)))
    assert fit(examples, seed=3) == fit(examples, seed=3)


def test_cli_train_writes_weights_that_parse_loads(tmp_path: Path) -> None:
    out = tmp_path / "w.json"
    assert main(["train", str(_gold_file(tmp_path)), "--out", str(out), "--epochs", "20"]) == 0
    weights = load_weights(out)
    assert "gold.jsonl" in weights.description
    text = "Eva Lind said, “The bridge opened,” the engineer added."
    plain = parse(text).quotes[0].speaker_mention
    ranked = parse(text, config=Config(attribution_weights=out)).quotes[0].speaker_mention
    assert plain is not None and plain.text == "Eva Lind"
    assert ranked is not None and ranked.text == "the engineer"


def test_cli_train_without_choices_exits_2_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "none.jsonl"
    gold.write_text(json.dumps({"text": "No quotes here.", "quotes": []}) + "\n")
    assert main(["train", str(gold), "--out", str(tmp_path / "w.json")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no quote to learn from" in err
    assert not (tmp_path / "w.json").exists()


def test_cli_train_on_a_missing_file_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["train", "no-such-gold.jsonl"]) == 2
    assert "no-such-gold.jsonl" in capsys.readouterr().err


# Every feature name the rules' own examples give, so that drawn weights touch real features.
_FEATURES = sorted(
    {
        name
        for rule in RULES
        for ex in rule.examples
        for _q, found in candidates(ex.text)
        for i, c in enumerate(found)
        for name in features(c, i)
    }
)


@settings(max_examples=40, deadline=None)
@given(
    article=planted_articles(),
    values=st.dictionaries(
        st.sampled_from(_FEATURES), st.floats(-5, 5, allow_nan=False), max_size=12
    ),
)
def test_choosing_by_any_weights_returns_one_of_the_candidates(
    article: PlantedArticle, values: dict[str, float]
) -> None:
    choose = choose_by_weights(Weights(values=values))
    for _quote, found in candidates(article.text):
        chosen = choose(found)
        if found:
            assert any(chosen is c for c in found)
        else:
            assert chosen is None


def test_the_shipped_weights_load_and_say_what_they_were_fitted_on() -> None:
    weights = default_weights()
    assert "polnear-train" in weights.description
    assert weights.values  # fitted, not empty
    assert Config().attribution_weights is None  # not the default: see docs/accuracy.md
