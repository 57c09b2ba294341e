"""CoNLL reading, conlleval-style scoring (hand-computed cases) and the predictions file."""

from __future__ import annotations

import pytest

from marsad.entities.conll import (
    evaluate_file, normalize_tag, parse_conll, read_conll, score, spans,
)


def test_normalize_tag_maps_pers_and_junk():
    assert normalize_tag("B-PERS") == "B-PER"
    assert normalize_tag("I-LOC") == "I-LOC"
    assert normalize_tag("O") == "O"
    assert normalize_tag("X") == "O"


def test_spans_conlleval_rules():
    # I- after O starts an entity; a type change inside a run starts a new one
    assert spans(["O", "I-PER", "I-PER", "O"]) == [(1, 3, "PER")]
    assert spans(["B-PER", "I-LOC", "O"]) == [(0, 1, "PER"), (1, 2, "LOC")]
    assert spans(["B-LOC", "B-LOC"]) == [(0, 1, "LOC"), (1, 2, "LOC")]
    assert spans(["B-ORG", "I-ORG"]) == [(0, 2, "ORG")]
    assert spans(["S-LOC", "B-PER", "E-PER"]) == [(0, 1, "LOC"), (1, 3, "PER")]
    assert spans([]) == []
    # only tagged tokens are visited: an O gap, a run to the end, malformed tags read as O
    assert spans(["B-PER", "O", "I-PER", "I-PER"]) == [(0, 1, "PER"), (2, 4, "PER")]
    assert spans(["O", "O", "B-LOC", "I-LOC"]) == [(2, 4, "LOC")]
    assert spans(["B-ORG", "X", "I-ORG", "E-ORG", "O"]) == [(0, 1, "ORG"), (2, 4, "ORG")]
    assert spans(["I-MISC", "", "S-PER", "O", "E-LOC"]) == [(0, 1, "MISC"), (2, 3, "PER"), (4, 5, "LOC")]


def test_score_hand_computed():
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "I-ORG", "I-ORG", "O"]]
    pred = [["B-PER", "I-PER", "O", "B-ORG"], ["B-ORG", "I-ORG", "O", "O"]]
    r = score(gold, pred)
    # gold: PER, LOC, ORG(3 tokens); predicted: PER (correct), ORG@3, ORG(2 tokens, wrong boundary)
    assert (r.overall.gold, r.overall.predicted, r.overall.correct) == (3, 3, 1)
    assert r.overall.precision == pytest.approx(1 / 3)
    assert r.overall.recall == pytest.approx(1 / 3)
    assert r.overall.f1 == pytest.approx(1 / 3)
    assert r.types["PER"].f1 == 1.0
    assert (r.types["LOC"].gold, r.types["LOC"].predicted, r.types["LOC"].correct) == (1, 0, 0)
    assert r.types["LOC"].precision == 0.0 and r.types["LOC"].f1 == 0.0
    assert (r.types["ORG"].gold, r.types["ORG"].predicted, r.types["ORG"].correct) == (1, 2, 0)
    assert r.tokens == 8 and r.token_correct == 6
    table = r.format()
    assert "overall" in table and "PER" in table and "0.3333" in table


def test_score_precision_recall_differ():
    gold = [["B-LOC", "O", "B-LOC", "O", "B-PER"]]
    pred = [["B-LOC", "O", "O", "O", "O"]]
    r = score(gold, pred)
    assert r.overall.precision == 1.0
    assert r.overall.recall == pytest.approx(1 / 3)
    assert r.overall.f1 == pytest.approx(0.5)


def test_parse_without_blank_lines_splits_on_sentence_final_tokens():
    lines = ["قال O", "خالد B-PERS", "سلام I-PERS", ". O", "في O", "بغداد B-LOC", "؟ O", "انتهى O"]
    sents = parse_conll(lines)
    assert [s.tokens for s in sents] == [["قال", "خالد", "سلام", "."], ["في", "بغداد", "؟"], ["انتهى"]]
    assert sents[0].tags == ["O", "B-PER", "I-PER", "O"]


def test_parse_blank_lines_and_extra_columns():
    lines = ["مجلس B-ORG", "الأمن I-ORG", "الأسد I-ORG B-PERS", ". O", "", "$#$ O", "", "", "ثم O"]
    sents = parse_conll(lines)
    # blank lines given: no split on "." ; only the first tag column is read
    assert [s.tokens for s in sents] == [["مجلس", "الأمن", "الأسد", "."], ["$#$"], ["ثم"]]
    assert sents[0].tags == ["B-ORG", "I-ORG", "I-ORG", "O"]


def test_evaluate_file_writes_one_line_per_token(tmp_path):
    src = tmp_path / "gold.txt"
    lines = ["وقال O", "خالد B-PERS", "فريد I-PERS", "إن O", ". O", "", "في O", "بغداد B-LOC",
             "$#$ O", "", "", "x O"]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")

    def tag_sentences(sents):
        return [["B-LOC" if t == "بغداد" else "O" for t in s] for s in sents]

    out = tmp_path / "pred.txt"
    report = evaluate_file(src, tagger=tag_sentences, predictions_out=out)
    written = out.read_text(encoding="utf-8").splitlines()
    token_lines = [ln for ln in written if ln.strip()]
    assert len(token_lines) == sum(1 for ln in lines if ln.strip())
    assert [ln.split()[0] for ln in token_lines] == [ln.split()[0] for ln in lines if ln.strip()]
    assert token_lines[1] == "خالد B-PER O"
    assert written[5] == ""  # blank line after the first sentence
    assert report.overall.gold == 2 and report.overall.correct == 1
    assert report.types["LOC"].f1 == 1.0 and report.types["PER"].recall == 0.0
    assert len(read_conll(src)) == 3


def test_evaluate_file_rejects_wrong_length(tmp_path):
    src = tmp_path / "gold.txt"
    src.write_text("a O\nb O\n", encoding="utf-8")
    with pytest.raises(ValueError):
        evaluate_file(src, tagger=lambda sents: [["O"] for _ in sents])
