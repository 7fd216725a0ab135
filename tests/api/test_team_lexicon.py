"""The HTTP API with the review app's database: a team's token brings the lexicon entries the
team's maintainer approved in the app, at once, and another team's token does not."""

from __future__ import annotations

from pathlib import Path

import yaml

from simplifier.api.tokens import new_token
from simplifier.review import teamlex
from simplifier.review.accounts import Account
from simplifier.review.store import Store

from .server import running_server

NAMUR_TOKEN, NAMUR_HASH = new_token()
GENT_TOKEN, GENT_HASH = new_token()
TEXT = "Le plafond applicable est fixé à 1.200 euros par an."
LUC = Account("luc", "Luc", "namur", "", frozenset({"reviewer", "maintainer"}))


def suggested(client, token: str) -> dict[str, list[str]]:
    answer = client.post(
        "/check",
        json={"text": TEXT, "lang": "fr"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert answer.status_code == 200, answer.text
    return {f["match"]: f["replacements"] for f in answer.json()["findings"]}


def test_a_teams_token_brings_its_approved_entries(tmp_path: Path) -> None:
    accounts = tmp_path / "accounts.yml"
    teams = [{"team": "namur", "tokens": [NAMUR_HASH]}, {"team": "gent", "tokens": [GENT_HASH]}]
    accounts.write_text(yaml.safe_dump({"teams": teams}), "utf-8")
    database = str(tmp_path / "reviews.sqlite")
    store = Store(database)
    with (
        running_server(tmp_path, "--accounts", str(accounts), "--db", database) as server,
        server.client() as client,
    ):
        assert "plafond applicable" not in suggested(client, NAMUR_TOKEN)
        draft = teamlex.Draft("fr", "plafond applicable", False, ("montant maximum",), "Le plus.")
        teamlex.approve(store, LUC, "namur", draft)  # approved in the app meanwhile
        assert suggested(client, NAMUR_TOKEN)["plafond applicable"] == ["montant maximum"]
        assert "plafond applicable" not in suggested(client, GENT_TOKEN)
