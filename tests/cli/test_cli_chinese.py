"""The command line speaks Chinese: argparse's own words (用法, 选项, -h, its errors) and
``check``'s verdict."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from station_app.cli import argparse_zh, main

ENGLISH_OF_ARGPARSE = re.compile(
    r"usage:|options|positional arguments|show this help|error:|required|unrecognized|invalid"
)


def test_help_has_no_english_word_of_argparse(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("用法：station-app")
    assert "\n选项:" in out and "-h, --help" in out and "显示本帮助后退出" in out
    assert "\n命令:" in out and "--db 文件" in out
    assert not ENGLISH_OF_ARGPARSE.search(out), out


def test_a_command_s_help_and_errors_are_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    out = capsys.readouterr().out
    assert "\n参数:" in out and "\n选项:" in out
    assert not ENGLISH_OF_ARGPARSE.search(out), out
    with pytest.raises(SystemExit) as done:
        main(["import"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "station-app import：错误：缺少必需的参数：种类, 文件" in err
    assert not ENGLISH_OF_ARGPARSE.search(err), err
    with pytest.raises(SystemExit):
        main(["import", "people", "x.csv"])
    err = capsys.readouterr().err
    assert "参数 种类：无效的选项值 'people'" in err, err
    with pytest.raises(SystemExit):
        main(["stats", "--bogus"])
    assert "无法识别的参数：--bogus" in capsys.readouterr().err


def test_check_says_a_missing_file_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(tmp_path / "none.sqlite3"), "check"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("有问题：") and "不存在" in out


def test_every_message_keeps_argparse_s_placeholders() -> None:
    """A translation that renames a %-placeholder, or drops one filled by position, would break
    argparse's formatting (a named one may be left out: the type's English name is)."""
    for english, chinese in argparse_zh.MESSAGES.items():
        assert set(re.findall(r"%\(\w+\)[sr]", chinese)) <= set(
            re.findall(r"%\(\w+\)[sr]", english)
        ), english
        assert re.findall(r"%[sr]", chinese) == re.findall(r"%[sr]", english), english
    assert (
        argparse_zh.ngettext("expected %s argument", "expected %s arguments", 2) == "需要 %s 个值"
    )
    argparse_zh.install()
    assert argparse._("usage: ") == "用法："  # type: ignore[attr-defined]
