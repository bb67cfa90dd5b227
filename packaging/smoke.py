"""Smoke test of a frozen Ringoff bundle, on Linux, Windows and macOS.

    python packaging/smoke.py packaging/dist/ringoff        # the one-folder bundle
    python packaging/smoke.py packaging/dist/Ringoff.app    # macOS
    python packaging/smoke.py BUNDLE --expect-zh            # the zh_CN translation must work

Checks, each in a throwaway RINGOFF_HOME so no real data is touched:

1. ``ringoff --smoke`` (offscreen) opens the first window and exits 0, and every stderr line is
   on the allowlist below; the same in Chinese when the translation is shipped;
2. the command line works: ``init``, ``number add`` and ``list --json`` on a new vault (with the
   full key derivation: the shipped program has no cheaper one);
3. the bundled catalog loads: ``catalog --search zfb`` finds Alipay;
4. with the translation shipped (or --expect-zh): a command prints Chinese from it.

Exit code 0 when every check passes; the failures are printed otherwise. Only the standard
library is used, so any Python 3.11 can run it against any bundle.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

PASSPHRASE = "correct horse battery staple 42"
TIMEOUT = 120  # seconds for one command; a first start of a bundle can be slow on CI

#: stderr lines that say nothing is wrong (regular expressions, matched against whole lines).
ALLOWED_STDERR = (
    # The offscreen platform cannot forward size hints to a window manager.
    r"This plugin does not support propagateSizeHints\(\)",
    # Offscreen Qt on a machine without fonts configured says so; the text still draws.
    r"QFontDatabase: Cannot find font directory .*",
    r"Fontconfig (warning|error): .*",
    # macOS runners print this when an app starts without a login session.
    r".*TSM AdjustCapsLockLEDForKeyTransitionHandling.*",
)
_ALLOWED = [re.compile(pattern) for pattern in ALLOWED_STDERR]
_CJK = re.compile(r"[\u4e00-\u9fff]")


class SmokeFailure(Exception):
    """A check failed; the message says what was run and what came back."""


@dataclass(frozen=True)
class Result:
    code: int
    stdout: str
    stderr: str


def find_executable(bundle: Path, *, console: bool = True) -> Path:
    """The executable to run in *bundle* (a folder, a .app, or the executable itself).

    On Windows the console executable ``ringoff-cli.exe`` prints to the terminal; the windowed
    ``ringoff.exe`` is what the shortcuts start (``console=False``).
    """
    if bundle.is_file():
        return bundle
    if bundle.suffix == ".app":
        candidate = bundle / "Contents" / "MacOS" / "ringoff"
    elif sys.platform == "win32":
        candidate = bundle / ("ringoff-cli.exe" if console else "ringoff.exe")
    else:
        candidate = bundle / "ringoff"
    if not candidate.exists():
        raise SmokeFailure(f"no executable {candidate}")
    return candidate


def resources_of(executable: Path) -> Path:
    """The bundle's resources folder (beside the executable, under _internal, or on macOS in
    Contents/Resources or Contents/Frameworks)."""
    base = executable.parent
    for candidate in (
        base / "_internal" / "resources",
        base / "resources",
        base.parent / "Resources" / "resources",
        base.parent / "Frameworks" / "resources",
    ):
        if candidate.is_dir():
            return candidate
    raise SmokeFailure(f"no resources folder near {executable}")


def ships_translation(executable: Path, lang: str = "zh_CN") -> bool:
    return (resources_of(executable) / "i18n" / f"ringoff_{lang}.qm").exists()


def environment(home: Path) -> dict[str, str]:
    """A clean environment: our own home, the offscreen platform, UTF-8 output."""
    env = dict(os.environ)
    for name in list(env):
        if name.startswith(("RINGOFF_", "LC_", "LANG")) or name == "PYTHONPATH":
            del env[name]
    env.update(
        {
            "RINGOFF_HOME": str(home),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONIOENCODING": "utf-8",
        }
    )
    if sys.platform == "darwin":
        env["LANG"] = "en_US.UTF-8"
    elif sys.platform != "win32":
        env["LANG"] = "C.UTF-8"  # present on every current glibc, unlike en_US.UTF-8
    return env


def run(executable: Path, args: Sequence[str], home: Path, stdin: str = "") -> Result:
    try:
        done = subprocess.run(
            [str(executable), *args],
            input=stdin.encode("utf-8"),
            capture_output=True,
            env=environment(home),
            timeout=TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise SmokeFailure(f"`ringoff {' '.join(args)}` did not finish in {TIMEOUT} s") from exc
    return Result(
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
    )


def unexpected_stderr(stderr: str) -> list[str]:
    """The stderr lines that are not on the allowlist."""
    lines = [line.rstrip() for line in stderr.splitlines() if line.strip()]
    return [line for line in lines if not any(p.fullmatch(line) for p in _ALLOWED)]


def _expect(result: Result, what: str, code: int = 0) -> Result:
    if result.code != code:
        raise SmokeFailure(
            f"{what}: exit code {result.code} (expected {code})\n"
            f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
        )
    return result


def check_gui(executable: Path, home: Path, lang: str = "en") -> None:
    """``--smoke``: the first window opens and paints, the app quits by itself, stderr is clean."""
    args = ["--smoke"] if lang == "en" else ["--lang", lang, "--smoke"]
    result = _expect(run(executable, args, home), f"ringoff {' '.join(args)}")
    extra = unexpected_stderr(result.stderr)
    if extra:
        raise SmokeFailure(f"ringoff {' '.join(args)}: unexpected stderr:\n" + "\n".join(extra))


def check_cli(executable: Path, home: Path) -> None:
    """init, number add, list --json on a new vault."""
    vault = home / "smoke.vault"
    common = ["--vault", str(vault), "--passphrase-stdin"]
    created = _expect(run(executable, ["init", *common], home, PASSPHRASE + "\n"), "init")
    if not vault.exists() or "Created the vault" not in created.stdout:
        raise SmokeFailure(f"init made no vault:\n{created.stdout}\n{created.stderr}")
    added = _expect(
        run(
            executable,
            ["number", "add", "138 0013 8000", "--region", "CN", *common],
            home,
            PASSPHRASE + "\n",
        ),
        "number add",
    )
    if added.stdout.strip() != "+8613800138000":
        raise SmokeFailure(f"number add printed {added.stdout!r}, not the E.164 number")
    listed = _expect(run(executable, ["list", "--json", *common], home, PASSPHRASE + "\n"), "list")
    try:
        data = json.loads(listed.stdout)
    except ValueError as exc:
        raise SmokeFailure(f"list --json is not JSON: {listed.stdout!r}") from exc
    numbers = [n.get("number") for n in data.get("numbers", [])]
    if numbers != ["+8613800138000"]:
        raise SmokeFailure(f"list --json shows {numbers}, expected the one number added")
    wrong = run(executable, ["list", *common], home, "not the passphrase\n")
    if wrong.code != 3 or not wrong.stderr.strip():
        raise SmokeFailure(f"a wrong passphrase gave exit code {wrong.code}: {wrong.stderr!r}")


def check_catalog(executable: Path, home: Path) -> None:
    """The shipped catalog is in the bundle and searchable by pinyin initials."""
    result = _expect(run(executable, ["catalog", "--search", "zfb"], home), "catalog --search")
    ids = [line.split()[0] for line in result.stdout.splitlines() if line.strip()]
    if "alipay" not in ids:
        raise SmokeFailure(f"catalog --search zfb did not find alipay:\n{result.stdout}")
    listed = _expect(run(executable, ["catalog", "--json"], home), "catalog --json")
    if len(json.loads(listed.stdout)) < 50:
        raise SmokeFailure("the bundled catalog has fewer than 50 services")


def check_translation(executable: Path, home: Path) -> None:
    """In zh_CN, messages come from the shipped translation (Chinese characters appear in a
    message Ringoff writes itself, not in data such as catalog names)."""
    zh = ["--lang", "zh_CN"]
    created = _expect(
        run(
            executable,
            [*zh, "init", "--vault", str(home / "zh.vault"), "--passphrase-stdin"],
            home,
            PASSPHRASE + "\n",
        ),
        "zh_CN init",
    )
    missing = run(
        executable,
        [*zh, "list", "--vault", str(home / "none.vault"), "--passphrase-stdin"],
        home,
        PASSPHRASE + "\n",
    )
    texts = created.stdout + missing.stderr
    if not _CJK.search(texts):
        raise SmokeFailure(
            "with --lang zh_CN no message was in Chinese: the translation did not load.\n"
            f"init printed:\n{created.stdout}\nan error printed:\n{missing.stderr}"
        )


def checks(executable: Path, expect_zh: bool) -> list[tuple[str, Callable[[Path, Path], None]]]:
    found: list[tuple[str, Callable[[Path, Path], None]]] = [
        ("the window opens (--smoke)", check_gui),
        ("init, number add, list --json", check_cli),
        ("the bundled catalog", check_catalog),
    ]
    if expect_zh or ships_translation(executable):
        found.append(("the window opens in Chinese", lambda e, h: check_gui(e, h, "zh_CN")))
        found.append(("messages in Chinese", check_translation))
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke-test a frozen Ringoff bundle.")
    parser.add_argument("bundle", type=Path, help="the bundle folder, Ringoff.app or executable")
    parser.add_argument(
        "--expect-zh", action="store_true", help="fail if the zh_CN translation is not shipped"
    )
    args = parser.parse_args(argv)
    try:
        executable = find_executable(args.bundle)
    except SmokeFailure as exc:
        print(f"FAIL {exc}")
        return 1
    failures = 0
    for title, check in checks(executable, args.expect_zh):
        with tempfile.TemporaryDirectory(prefix="ringoff-smoke-") as tmp:
            try:
                check(executable, Path(tmp))
            except SmokeFailure as exc:
                failures += 1
                print(f"FAIL {title}: {exc}")
            else:
                print(f"ok   {title}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
