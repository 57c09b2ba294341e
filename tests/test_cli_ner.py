"""marsad train ner / marsad eval ner on a small CoNLL file of real ANERcorp-style sentences."""

import json

from click.testing import CliRunner

from marsad.cli import cli

CONLL = """فرانكفورت B-LOC
أعلن O
اتحاد B-ORG
صناعة I-ORG
السيارات I-ORG
في O
ألمانيا B-LOC
أن O
الشركات O
تواجه O
عاما O
صعبا O
. O
وقال O
المتحدث O
باسم O
قوات B-ORG
سوريا I-ORG
الديمقراطية I-ORG
مصطفى B-PERS
بالي I-PERS
إن O
المعارك O
مستمرة O
في O
الباغوز B-LOC
. O
"""


def test_train_then_eval_with_predictions(tmp_path):
    data = tmp_path / "tiny.conll"
    data.write_text(CONLL, encoding="utf-8")
    model = tmp_path / "model.crfsuite"
    runner = CliRunner()
    trained = runner.invoke(cli, ["train", "ner", "--data", str(data), "--out", str(model),
                                  "--no-gazetteer", "--no-clusters"], catch_exceptions=False)
    assert trained.exit_code == 0, trained.output
    assert model.exists() and json.loads(model.with_suffix(".json").read_text())["sentences"] == 2

    predictions = tmp_path / "pred.txt"
    result = runner.invoke(cli, ["eval", "ner", str(data), "--predictions", str(predictions)],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "overall" in result.output and "LOC" in result.output
    lines = predictions.read_text(encoding="utf-8").split("\n")
    token_lines = [line for line in lines if line.strip()]
    assert len(token_lines) == CONLL.count("\n")  # one per input token line, in order
    assert [line.split()[0] for line in token_lines] == [line.split()[0] for line in CONLL.splitlines()]
    assert token_lines[25].split()[1:] == ["B-LOC", "B-LOC"]  # الباغوز: gold and the entity stage agree
