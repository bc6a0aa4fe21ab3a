"""Printing through a real CUPS queue (cups-pdf) and finding the printed file.

Skipped only where CUPS is not installed at all (no ``lpstat``) and the environment does not
demand it; with ``STATION_APP_REQUIRE_CUPS=1`` (as ``.ci/run`` sets) a missing or broken CUPS
fails the test. The queue is the first one whose device is ``cups-pdf:/`` (or
``STATION_APP_CUPS_QUEUE``); cups-pdf writes where the ``Out`` setting of
``/etc/cups/cups-pdf.conf`` says (Debian: ``${HOME}/PDF``).
"""

from __future__ import annotations

import getpass
import os
import pwd
import re
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from station_app.printing.application_form import write_application_forms
from station_app.printing.form_data import FormData, StationInfo

pytestmark = pytest.mark.cups

CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
REQUIRED = os.environ.get("STATION_APP_REQUIRE_CUPS", "") not in ("", "0")
STATION = StationInfo(name="酒仙桥街道工会服务站", district_federation="朝阳区总工会")


def _run(*cmd: str) -> str:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=30, check=False).stdout


@pytest.fixture(scope="module")
def queue() -> str:
    if shutil.which("lpstat") is None:
        if REQUIRED:
            pytest.fail("STATION_APP_REQUIRE_CUPS is set but CUPS (lpstat) is not installed")
        pytest.skip("CUPS is not installed (no lpstat)")
    assert "is running" in _run("lpstat", "-r"), "the CUPS scheduler (cupsd) is not running"
    wanted = os.environ.get("STATION_APP_CUPS_QUEUE")
    if wanted:
        return wanted
    for line in _run("lpstat", "-v").splitlines():
        m = re.match(r"device for (\S+?):\s*cups-pdf:/", line)
        if m:
            return m.group(1)
    pytest.fail(
        "no cups-pdf queue: lpadmin -p PDF -v cups-pdf:/ -E -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
    )


def _output_dirs() -> list[Path]:
    user = getpass.getuser()
    home = pwd.getpwnam(user).pw_dir
    out = "${HOME}/PDF"
    if CUPS_PDF_CONF.exists():
        for line in CUPS_PDF_CONF.read_text(errors="replace").splitlines():
            m = re.match(r"\s*Out\s+(\S+)", line)
            if m:
                out = m.group(1)
    out = out.replace("${HOME}", home).replace("${USER}", user)
    spool = Path("/var/spool/cups-pdf")
    return [Path(out), spool / user, spool / "ANONYMOUS"]


def _wait_for_output(token: str, timeout: float = 60.0) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for folder in _output_dirs():
            found = sorted(folder.glob(f"*{token}*.pdf")) if folder.is_dir() else []
            # cups-pdf writes the file, then closes it: wait until it reads as a whole PDF
            if (
                found
                and found[0].stat().st_size > 0
                and found[0].read_bytes().rstrip().endswith(b"%%EOF")
            ):
                return found[0]
        time.sleep(0.25)
    dirs = ", ".join(map(str, _output_dirs()))
    pytest.fail(f"cups-pdf wrote no file named *{token}*.pdf in {dirs} within {timeout:.0f} s")


@pytest.fixture
def form_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "form.pdf"
    write_application_forms(
        path, [FormData(name="刘䶮", id_number="11010519491231002X")], station=STATION
    )
    return path


def test_print_through_qprinter_to_the_cups_queue(qapp, queue: str, form_pdf: Path) -> None:  # type: ignore[no-untyped-def]
    from station_app.ui.print_support import print_to_printer

    token = f"stationappqt{uuid.uuid4().hex[:10]}"
    assert print_to_printer(form_pdf, queue, doc_name=token) == 2
    printed = _wait_for_output(token)
    assert len(PdfReader(printed).pages) == 2
    printed.unlink()


def test_print_the_pdf_file_with_lp(queue: str, form_pdf: Path) -> None:
    token = f"stationapplp{uuid.uuid4().hex[:10]}"
    result = subprocess.run(
        ["lp", "-d", queue, "-t", token, str(form_pdf)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    printed = _wait_for_output(token)
    assert len(PdfReader(printed).pages) == 2
    printed.unlink()
