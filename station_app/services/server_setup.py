"""Setting a desk up for a station server (文件 → 连接服务器…): the URL from its parts, a trial
connection that says what is there, and the password kept in the system keyring."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from station_app.store import server
from station_app.store.migrations import SCHEMA_VERSION

SSL_MODES = ("prefer", "require", "disable")


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int = 5432
    database: str = "station"
    user: str = ""
    sslmode: str = "prefer"

    def url(self) -> str:
        user = f"{quote(self.user, safe='')}@" if self.user else ""
        query = f"?{urlencode({'sslmode': self.sslmode})}" if self.sslmode != "prefer" else ""
        return f"postgresql://{user}{self.host}:{self.port}/{quote(self.database)}{query}"


@dataclass(frozen=True)
class TrialResult:
    ok: bool
    message: str


def try_connection(url: str, password: str | None = None) -> TrialResult:
    """Connect once and look: an empty database (set up on first start), this program's
    database, or something this program must not use."""
    try:
        db = server.make_database(url, password)
    except server.UrlProblem as exc:
        return TrialResult(False, str(exc))
    try:
        db.connect()
    except Exception as exc:  # psycopg2.OperationalError: refused, no such database, password
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        return TrialResult(False, f"连接不上：{first}")
    try:
        version = server.read_version(db)
        others = [t for t in db.get_tables() if t != server.VERSION_TABLE]
    except Exception as exc:  # peewee.DatabaseError: no rights to read the catalogue
        return TrialResult(False, f"连接上了，但无法读取数据库：{exc}")
    finally:
        db.close()
    if version == 0 and others:
        return TrialResult(False, "连接上了，但这个数据库里已有别的程序的表，不能使用。")
    if version == 0:
        return TrialResult(True, "连接成功：这是一个空数据库，第一次打开时会建立数据表。")
    if version > SCHEMA_VERSION:
        return TrialResult(
            False, f"连接上了，但数据库来自更新版本的程序（结构版本 {version}），请先升级本程序。"
        )
    return TrialResult(True, f"连接成功：本服务站的数据库（结构版本 {version}）。")


def remember_password(url: str, password: str) -> str | None:
    """Keep the password in the system keyring; the reason when it could not be kept."""
    try:
        server.remember_password(url, password)
    except Exception as exc:  # keyring.errors.KeyringError, or no keyring backend at all
        return f"无法把密码存入系统钥匙串（{exc}），请改用 pgpass 文件。"
    return None
