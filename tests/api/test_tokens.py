"""API tokens from the accounts file: a real server with `--accounts`, and the refusals to
start without tokens where anybody could reach the server."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from simplifier.api.tokens import new_token
from simplifier.errors import RuleError
from simplifier.i18n import t
from simplifier.review.accounts import hash_password, load_accounts, load_tokens

from .server import Server, running_server, serve_command

TEAM_TOKEN, TEAM_HASH = new_token()
USER_TOKEN, USER_HASH = new_token()
TEXT = "Nous vous prions de bien vouloir renvoyer le formulaire complété."


def write_accounts(path: Path, teams: list[dict], accounts: list[dict] | None = None) -> Path:
    path.write_text(yaml.safe_dump({"accounts": accounts or [], "teams": teams}), "utf-8")
    return path


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("tokens")
    marie = {
        "user": "marie",
        "team": "cpas-namur",
        "password": hash_password("not used here", iterations=1_000),
        "tokens": [USER_HASH],
    }
    accounts = write_accounts(
        folder / "accounts.yml", [{"team": "mutualite", "tokens": [TEAM_HASH]}], [marie]
    )
    with running_server(folder, "--accounts", str(accounts)) as running:
        yield running


def test_requests_need_a_token_of_the_accounts_file(server: Server) -> None:
    with server.client() as client:
        health = client.get("/health")
        docs = client.get("/docs")
        without = client.post("/check", json={"text": TEXT}, params={"ui_lang": "fr"})
        wrong = client.post(
            "/check", json={"text": TEXT}, headers={"Authorization": "Bearer smp_guessed"}
        )
        as_team = client.post(
            "/check", json={"text": TEXT}, headers={"Authorization": f"Bearer {TEAM_TOKEN}"}
        )
        as_user = client.post(
            "/check", json={"text": TEXT}, headers={"Authorization": f"Bearer {USER_TOKEN}"}
        )
        again = client.post(
            "/check", json={"text": TEXT}, headers={"Authorization": f"Bearer {TEAM_TOKEN}"}
        )
    assert health.status_code == docs.status_code == 200
    assert without.status_code == wrong.status_code == 401
    assert without.json()["error"] == t("api.unauthorized", "fr")
    assert without.headers["www-authenticate"] == "Bearer"
    assert as_team.status_code == as_user.status_code == again.status_code == 200
    assert as_team.json()["lang"] == "fr"
    log = server.logs()
    assert "POST /check 401" in log
    assert TEAM_TOKEN not in log and USER_TOKEN not in log and TEXT[:30] not in log


def test_tokens_are_read_as_hashes_only(tmp_path: Path) -> None:
    good = write_accounts(tmp_path / "good.yml", [{"team": "a", "tokens": [TEAM_HASH]}])
    [token] = load_tokens(good)
    assert (token.team, token.user) == ("a", "")
    clear = write_accounts(tmp_path / "clear.yml", [{"team": "a", "tokens": [TEAM_TOKEN]}])
    with pytest.raises(RuleError, match=r"clear\.yml: team 1 \(a\): a token is not a hash"):
        load_tokens(clear)
    # the review app reads the same file and is not bothered by the tokens
    marie = {"user": "marie", "team": "a", "password": TEAM_HASH, "tokens": [USER_HASH]}
    both = write_accounts(tmp_path / "both.yml", [], [marie])
    assert load_accounts(both)["marie"].team == "a"
    assert [tok.user for tok in load_tokens(both)] == ["marie"]


def _refused(tmp_path: Path, *args: str) -> str:
    result = subprocess.run(
        serve_command(*args),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "SIMPLIFIER_LANG": "en"},  # whatever the machine's locale
    )
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_serve_refuses_to_listen_beyond_this_machine_without_tokens(tmp_path: Path) -> None:
    line = _refused(tmp_path, "--host", "0.0.0.0", "--port", "1")
    assert line == "simplifier: " + t("serve.needs_accounts", "en", host="0.0.0.0")
    empty = write_accounts(tmp_path / "empty.yml", [{"team": "a"}])
    line = _refused(tmp_path, "--host", "0.0.0.0", "--accounts", str(empty))
    assert line == "simplifier: " + t("serve.no_tokens", "en", path=empty)
