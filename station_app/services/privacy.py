"""Personal data (PIPL): erasing a member on request, the audit trail, the clerk password.

Erasing keeps the member's row, its meeting, date, employer and the categories the station's
figures count (gender, education, political status, household type, migrant worker), and removes
everything that identifies the person. The audit entries stay (who did what, when) with the
person's name and masked numbers taken out of their details.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import date

from station_app.domain.masking import mask_id, mask_phone, person_label
from station_app.services import changes
from station_app.services.session import unit_of_work
from station_app.store import audit, members as member_store, station as station_store, tombstones
from station_app.store.records import AuditRecord
from station_app.store.wal import empty_write_ahead_log

ERASED_NAME = "已删除"
ERASED_ON_REQUEST = "已按本人要求删除"
ERASE_ACTION = "member.erase"
PASSWORD_KEY = "security.password"
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}

# The fields emptied on erasure, with what they become.
ERASED_VALUES: dict[str, object] = {
    "name": ERASED_NAME,
    "id_number": None,
    "phone": "",
    "birth_date": None,
    "ethnicity": "",
    "native_place": "",
    "employer_text": "",
    "job_title": "",
    "family_members": "",
    "resume": "",
    "approval_opinion": "",
    "remarks": "",
    "card_number": "",
    "card_phone_bound": False,
}

ACTION_LABELS = {
    "member.create": "登记会员",
    "member.update": "修改会员",
    "member.import": "导入会员",
    "member.erase": "删除个人信息",
    "member.consent_renewed": "本人重新同意登记",
    "member.print": "打印申请表",
    "export.full": "导出完整号码",
    "enterprise.create": "新增企业",
    "enterprise.update": "修改企业",
    "enterprise.import": "导入企业",
    "enterprise.stage": "企业阶段变更",
    "enterprise.congress_date": "会员代表大会日期",
    "feedback.add": "记录意见建议",
    "feedback.reply": "答复意见建议",
    "db.backup": "备份数据库",
    "db.restore": "从备份恢复",
    "db.merge": "合并活动电脑数据",
    "security.password": "开机密码",
    "security.encryption": "数据库加密",
}


class ErasureError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


class ErasedPerson(Exception):
    """The document number belongs to someone whose data was erased on their request: they come
    back only with a new consent recorded by the clerk."""

    def __init__(self, label: str) -> None:
        super().__init__(
            f"{label}：{ERASED_ON_REQUEST}。如本人重新同意登记，请记录新的同意后再保存。"
        )
        self.label = label
        self.message = str(self)


@dataclass(frozen=True)
class Erasure:
    """What an erasure did, for the clerk: the record, the log entries cleaned, and whether the
    database's write-ahead log was emptied (it holds the old pages until then)."""

    uuid: str
    log_entries: int
    wal_cleared: bool


def traces_of(name: str, id_type: str, id_number: str | None, phone: str) -> list[str]:
    """Everything by which a log line can name the person, besides their name alone."""
    traces = [phone, mask_phone(phone), person_label(name, id_number, id_type)]
    if id_number:
        traces += [id_number, mask_id(id_number, id_type)]
    return [t for t in traces if t and t.strip("*")]


@changes.notifies(changes.MEMBERS)
def erase_member(member_id: int, *, clerk: str, reason: str = "") -> Erasure:
    """Remove a member's personal data on their request, and every trace of it: their hand-outs'
    names, every audit entry naming them (under any uuid); a tombstone keeps their number from
    coming back. The freed pages are overwritten (secure_delete) and the write-ahead log emptied.
    """
    with unit_of_work():
        uuid, cleaned = erase_within(member_id, clerk=clerk, reason=reason)
    return Erasure(uuid, cleaned, empty_write_ahead_log())


def erase_within(member_id: int, *, clerk: str, reason: str) -> tuple[str, int]:
    """The erasure's writes, inside the caller's unit of work (the caller empties the WAL
    after it commits); returns the uuid and how many log entries were cleaned."""
    rec = member_store.get_member(member_id)
    if rec is None:
        raise ErasureError(f"会员记录 {member_id} 不存在。")
    if rec.status == "erased":
        raise ErasureError("此会员的个人信息已经删除过了。")
    uuid = member_store.erase_member(member_id, **ERASED_VALUES)
    if rec.id_number:
        tombstones.add(rec.id_number, date.today())
    cleaned = audit.redact(
        traces_of(rec.name, rec.id_type, rec.id_number, rec.phone), uuids=[uuid], in_own=[rec.name]
    )
    audit.log(ERASE_ACTION, clerk=clerk, entity="member", uuid=uuid, detail=reason.strip())
    return uuid, cleaned


def check_not_erased(id_number: str, label: str) -> None:
    """Raise :class:`ErasedPerson` when ``id_number`` was erased on request."""
    if tombstones.is_erased(id_number):
        raise ErasedPerson(label)


def record_new_consent(id_number: str, *, clerk: str, label: str) -> None:
    """The person erased earlier consents again: their number may be registered (the caller's
    unit of work holds the registration)."""
    tombstones.remove(id_number)
    audit.log("member.consent_renewed", clerk=clerk, entity="member", detail=label)


def audit_trail(limit: int = 1000, *, action: str | None = None) -> list[AuditRecord]:
    return audit.recent(limit, action=action)


# ----------------------------------------------------------------------------- password


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, dklen=32, **_SCRYPT)
    p = _SCRYPT
    return f"scrypt${p['n']}${p['r']}${p['p']}${salt.hex()}${digest.hex()}"


def verify_hash(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(
            password.encode("utf-8"),
            salt=bytes.fromhex(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(digest) // 2,
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got.hex(), digest)


def has_password() -> bool:
    return bool(station_store.get_setting(PASSWORD_KEY))


def check_password(password: str) -> bool:
    stored = station_store.get_setting(PASSWORD_KEY)
    return not stored or verify_hash(password, stored)


def set_password(password: str, *, clerk: str = "") -> None:
    """Set (or, with an empty password, remove) the password asked for on start."""
    station_store.set_setting(PASSWORD_KEY, hash_password(password) if password else "")
    audit.log("security.password", clerk=clerk, detail="设置" if password else "取消")
