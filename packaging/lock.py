"""Record the exact files the builds install: packaging/requirements-{linux,windows}.txt.

The list is derived, never typed: the app's dependencies from pyproject.toml at the versions pinned
in constraints.txt, plus the build's own packages (build-tools*.txt). pip resolves them for each
target and every downloaded file's sha256 is written down; packaging/build.sh installs with
``--require-hashes`` from these files only. Run after adding or raising a pin:

    python3 packaging/lock.py            # both targets (needs PyPI)
    python3 packaging/lock.py --check    # no network: do the lock files still match the pins?

Any file pip picks that nothing pins is an error: every downloaded artefact has a version
and a hash.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "packaging"
CONSTRAINTS = ROOT / "constraints.txt"
BUILD_TOOLS = HERE / "build-tools.txt"
WINDOWS_TOOLS = HERE / "build-tools-windows.txt"
WINDOWS_PYTHON = "3.13"  # the embeddable CPython of windows-python.txt


@dataclass(frozen=True)
class Target:
    name: str
    pip_flags: tuple[str, ...]
    pin_files: tuple[Path, ...]
    description: str

    @property
    def lock_file(self) -> Path:
        return HERE / f"requirements-{self.name}.txt"


def host_python_tag() -> str:
    return f"cp{sys.version_info.major}{sys.version_info.minor}"


TARGETS = (
    Target(
        "linux",
        ("--only-binary=:all:",),
        (CONSTRAINTS, BUILD_TOOLS),
        f"Linux x86_64, CPython {sys.version_info.major}.{sys.version_info.minor} "
        f"({host_python_tag()}, the interpreter that ran lock.py)",
    ),
    Target(
        "windows",
        (
            "--only-binary=:all:",
            "--platform=win_amd64",
            f"--python-version={WINDOWS_PYTHON}",
            "--implementation=cp",
        ),
        (CONSTRAINTS, BUILD_TOOLS, WINDOWS_TOOLS),
        f"Windows x64, CPython {WINDOWS_PYTHON} (embeddable)",
    ),
)


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def read_pins(path: Path) -> dict[str, str]:
    """``name==version`` lines of a pin file, by canonical name."""
    pins: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if "==" in line:
            name, version = (part.strip() for part in line.split("==", 1))
            pins[canonical(name)] = version.split(";")[0].split()[0]
    return pins


def app_requirements() -> list[str]:
    """The app's runtime dependency names, as pyproject.toml lists them."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [re.split(r"[\s<>=!~;\[]", spec, maxsplit=1)[0] for spec in project["dependencies"]]


def wanted(target: Target) -> list[str]:
    tools = [name for path in target.pin_files[1:] for name in read_pins(path)]
    return app_requirements() + tools


def wheel_name_version(filename: str) -> tuple[str, str]:
    name, version = filename.split("-")[:2]
    return canonical(name), version


def read_lock(path: Path) -> dict[str, tuple[str, list[str]]]:
    """A lock file's entries: canonical name → (version, hashes)."""
    entries: dict[str, tuple[str, list[str]]] = {}
    text = path.read_text(encoding="utf-8").replace("\\\n", " ")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if "==" not in line:
            continue
        spec, *hashes = line.split()
        name, version = spec.split("==", 1)
        entries[canonical(name)] = (version, [h.split(":", 1)[1] for h in hashes if ":" in h])
    return entries


def pins_for(target: Target) -> dict[str, str]:
    pins: dict[str, str] = {}
    for path in target.pin_files:
        pins.update(read_pins(path))
    return pins


def lock(target: Target) -> list[str]:
    """Download the target's files, check each is pinned, write the lock file; the problems."""
    pins = pins_for(target)
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, "-m", "pip", "download", "--quiet", "--dest", tmp]
        command += list(target.pip_flags)
        for path in target.pin_files:
            command += ["--constraint", str(path)]
        subprocess.run(command + wanted(target), check=True)
        files = sorted(Path(tmp).iterdir())
        lines: list[str] = []
        problems: list[str] = []
        for file in files:
            name, version = wheel_name_version(file.name)
            if pins.get(name) != version:
                problems.append(f"{file.name}: {name}=={version} is pinned nowhere")
            digest = hashlib.sha256(file.read_bytes()).hexdigest()
            lines.append(f"{name}=={version} \\\n    --hash=sha256:{digest}  # {file.name}")
    header = [
        f"# {target.description}.",
        "# Generated by packaging/lock.py from pyproject.toml, constraints.txt and",
        "# packaging/build-tools*.txt: do not edit; run `python3 packaging/lock.py` instead.",
    ]
    if not problems:
        target.lock_file.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    return problems


def stale(target: Target) -> list[str]:
    """Where the lock file no longer matches the pins (no network needed)."""
    if not target.lock_file.is_file():
        return [f"{target.lock_file.name} is missing"]
    locked = read_lock(target.lock_file)
    pins = pins_for(target)
    header = target.lock_file.read_text(encoding="utf-8").splitlines()[0]
    problems = [] if target.description in header else [f"made for another Python: {header}"]
    problems += [
        f"{name}: pinned {pins[name]}, locked {version}"
        for name, (version, _) in locked.items()
        if name in pins and pins[name] != version
    ]
    problems += [
        f"{name}: wanted, not in {target.lock_file.name}"
        for name in map(canonical, wanted(target))
        if name not in locked
    ]
    problems += [f"{name}: pinned nowhere" for name in locked if name not in pins]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only compare, download nothing")
    parser.add_argument(
        "targets", nargs="*", metavar="TARGET", help="linux, windows (default: both)"
    )
    args = parser.parse_args(argv)
    unknown = set(args.targets) - {t.name for t in TARGETS}
    if unknown:
        parser.error(f"unknown target: {', '.join(sorted(unknown))}")
    chosen = [t for t in TARGETS if not args.targets or t.name in args.targets]
    failed = False
    for target in chosen:
        problems = stale(target) if args.check else lock(target)
        for problem in problems:
            print(f"{target.lock_file.name}: {problem}", file=sys.stderr)
        failed = failed or bool(problems)
    if failed and args.check:
        print("Run `python3 packaging/lock.py` (with network) to update.", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
