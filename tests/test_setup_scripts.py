"""`make test` and `make report` wait for the system package lock, with a limit, then say
what happened: run against a stand-in apt-get that finds the lock held."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HELD = "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4242 (apt-get)"

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="the scripts are bash")


def stand_ins(folder: Path, *, held_for: int) -> dict[str, str]:
    """Commands that make the scripts think they are root on Debian with nothing installed,
    and an apt-get that finds the lock held for its first ``held_for`` runs (-1: always)."""
    folder.mkdir()
    scripts = {
        "id": 'echo 0',
        "dpkg-query": "exit 1",
        "npm": 'echo "npm $*" >> "$STAND_IN_LOG"',
        "apt-get": f'''
echo "apt-get $*" >> "$STAND_IN_LOG"
count=$(cat "$STAND_IN_COUNT" 2>/dev/null || echo 0)
echo $((count + 1)) > "$STAND_IN_COUNT"
if [ {held_for} -lt 0 ] || [ "$count" -lt {held_for} ]; then
  echo "{HELD}" >&2
  exit 100
fi''',
    }
    for name, body in scripts.items():
        path = folder / name
        path.write_text(f"#!/usr/bin/env bash\n{body}\n")
        path.chmod(0o755)
    return {**os.environ, "PATH": f"{folder}:{os.environ['PATH']}",
            "STAND_IN_LOG": str(folder / "log"), "STAND_IN_COUNT": str(folder / "count"),
            "APT_LOCK_WAIT": "2", "APT_LOCK_POLL": "0.2"}


def run(script: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(ROOT / "scripts" / script)], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=60)


def calls(env: dict[str, str]) -> list[str]:
    return Path(env["STAND_IN_LOG"]).read_text().splitlines()


def test_system_deps_waits_for_a_lock_that_is_let_go(tmp_path) -> None:
    env = stand_ins(tmp_path / "bin", held_for=3)
    result = run("system-deps.sh", env)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("another process holds the package lock; waiting for it "
                               "(up to 2 s)") == 1
    made = calls(env)
    assert made[:4] == ["apt-get -o DPkg::Lock::Timeout=2 update -qq"] * 4
    assert made[4].startswith("apt-get -o DPkg::Lock::Timeout=2 install -y -qq "
                              "--no-install-recommends libpango-1.0-0 ")
    assert "could not" not in result.stderr


def test_system_deps_gives_up_at_the_limit_and_says_why(tmp_path) -> None:
    env = stand_ins(tmp_path / "bin", held_for=-1)
    result = run("system-deps.sh", env)
    assert result.returncode == 1
    assert ("system-deps: another process still holds the package lock after 2 s (apt-get "
            "update -qq); run this again once it has finished") in result.stderr
    assert HELD in result.stderr
    assert "system-deps: could not install libpango-1.0-0" in result.stderr
    # It waited (about 2 s each for the update and the install), not gave up at once.
    assert len(calls(env)) >= 6


def test_test_deps_waits_then_names_what_it_could_not_install(tmp_path) -> None:
    env = stand_ins(tmp_path / "bin", held_for=-1)
    result = run("test-deps.sh", env)
    assert result.returncode == 0, result.stderr
    assert "test-deps: another process still holds the package lock after 2 s" in result.stderr
    # Once the lock has stayed held past the limit, it does not wait again for each package.
    assert not [call for call in calls(env) if " install " in call]
    assert ("test-deps: not installed, as the package lock stayed held: "
            in result.stderr)
    assert "libreoffice-calc-nogui libreoffice-writer-nogui; the tests that need them fail " \
           "and say why" in result.stderr
    assert "could not install" not in result.stderr


def test_test_deps_installs_each_package_once_the_lock_is_let_go(tmp_path) -> None:
    env = stand_ins(tmp_path / "bin", held_for=2)
    result = run("test-deps.sh", env)
    assert result.returncode == 0, result.stderr
    installs = [call for call in calls(env) if " install " in call]
    assert "apt-get -o DPkg::Lock::Timeout=2 install -y -qq --no-install-recommends " \
           "libreoffice-writer-nogui" in installs
    assert "not installed" not in result.stderr and "could not" not in result.stderr
