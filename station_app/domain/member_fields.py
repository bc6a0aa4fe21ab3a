"""A member's fields, declared once: the import and export columns, the district template's
matching and the messages naming a field are derived from this table.

Each field's ``key`` is the attribute of ``MemberInput`` (what the clerk typed), ``ValidMember``
(checked) and ``MemberRecord`` (stored).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from station_app.domain.choices import EDUCATION, ETHNIC_GROUPS, HUKOU_TYPES, ID_TYPES


class Kind(StrEnum):
    TEXT = "text"  # one line
    LONG = "long"  # several lines
    DATE = "date"  # stored as a date, typed and imported as text
    CHOICE = "choice"  # one of ``choices`` (or empty)
    YES_NO = "yes_no"  # True / False / None (是 / 否 / empty)


@dataclass(frozen=True)
class MemberField:
    key: str
    label: str  # Chinese: the export header and first import header
    en: str  # English
    kind: Kind = Kind.TEXT
    choices: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()  # further import headers
    imported: bool = True
    exported: bool = True

    @property
    def headers(self) -> tuple[str, ...]:
        """Every header an import recognises this field by, the export's first."""
        return (self.label, *self.aliases)


F = MemberField
FIELDS: tuple[MemberField, ...] = (
    F("name", "姓名", "Full name"),
    F("gender", "性别", "Sex", Kind.CHOICE, ("男", "女")),
    F("id_type", "证件类型", "ID document", Kind.CHOICE, ID_TYPES),
    F(
        "id_number",
        "身份证号码",
        "ID number",
        aliases=("身份证号", "证件号码", "公民身份号码", "身份证"),
    ),
    F("birth_date", "出生日期", "Date of birth", Kind.DATE),
    F(
        "phone",
        "手机号码",
        "Phone",
        aliases=("联系电话", "手机号", "手机", "电话", "联系方式"),
    ),
    F("employer_text", "工作单位", "Employer", aliases=("单位", "单位名称", "所在单位")),
    F("ethnicity", "民族", "Ethnic group", Kind.CHOICE, ETHNIC_GROUPS),
    F("education", "学历", "Education", Kind.CHOICE, EDUCATION, ("文化程度",)),
    F("political_status", "政治面貌", "Political affiliation", Kind.CHOICE),
    F("native_place", "籍贯", "Family place of origin"),
    F("job_title", "职务", "Position", aliases=("职务/职称", "职务职称", "职称")),
    F(
        "hukou_type",
        "户籍类型",
        "Household registration",
        Kind.CHOICE,
        HUKOU_TYPES,
        ("户口类型", "户籍性质"),
    ),
    F("migrant_worker", "是否农民工", "Rural migrant worker", Kind.YES_NO, aliases=("农民工",)),
    F(
        "application_date",
        "申请日期",
        "Date of application",
        Kind.DATE,
        aliases=("入会日期", "入会时间"),
    ),
    F(
        "card_number",
        "会员证号码",
        "Membership card no.",
        aliases=("会员证号", "服务卡号", "会员卡号"),
    ),
    F("remarks", "备注", "Remarks", Kind.LONG),
)
BY_KEY: dict[str, MemberField] = {f.key: f for f in FIELDS}
KEYS: tuple[str, ...] = tuple(f.key for f in FIELDS)


def field(key: str) -> MemberField:
    return BY_KEY[key]


def label(key: str) -> str:
    """The Chinese label of a field (for messages, exports and the merge preview)."""
    return BY_KEY[key].label
