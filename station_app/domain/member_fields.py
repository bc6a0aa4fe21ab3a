"""A member's fields, declared once: from this table the registration form, the store's mapping,
the import and export columns, the merge preview's labels and the printed 工会会员登记表 are
derived.

Each field's ``key`` is the attribute of ``MemberInput`` (what the clerk typed), ``ValidMember``
(checked), ``MemberRecord`` (stored) and ``FormData`` (printed), and the column of the member
table; ``tests/domain/test_member_fields.py`` holds those carriers to the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from station_app.domain.choices import (
    EDUCATION,
    ETHNIC_GROUPS,
    HUKOU_TYPES,
    ID_TYPES,
    NO,
    POLITICAL_STATUS,
    YES,
)


class Kind(StrEnum):
    TEXT = "text"  # one line
    LONG = "long"  # several lines (家庭主要成员, 个人工作简历, opinions)
    DATE = "date"  # stored as a date, typed and imported as text
    CHOICE = "choice"  # one of ``choices`` (or empty)
    YES_NO = "yes_no"  # True / False / None (是 / 否 / empty)


@dataclass(frozen=True)
class MemberField:
    key: str
    label: str  # Chinese: the form, export header and first import header
    en: str  # English: the printed English and bilingual forms
    kind: Kind = Kind.TEXT
    choices: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()  # further import headers
    more: bool = False  # entered under 更多信息 on the registration form
    printed: bool = True  # has a cell on the 工会会员登记表
    imported: bool = True
    exported: bool = True
    max_length: int = 0  # 0: the kind's default

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
        "证件号码",
        "ID number",
        aliases=("身份证号码", "身份证号", "公民身份号码", "身份证"),
    ),
    F("birth_date", "出生日期", "Date of birth", Kind.DATE),
    F(
        "phone",
        "联系电话",
        "Phone",
        aliases=("手机号码", "手机号", "手机", "电话", "联系方式"),
    ),
    F("employer_text", "工作单位", "Employer", aliases=("单位", "单位名称", "所在单位")),
    F("native_place", "籍贯", "Family place of origin"),
    F("ethnicity", "民族", "Ethnic group", Kind.CHOICE, ETHNIC_GROUPS, more=True),
    F("education", "学历", "Education", Kind.CHOICE, EDUCATION, ("文化程度",), more=True),
    F(
        "political_status",
        "政治面貌",
        "Political affiliation",
        Kind.CHOICE,
        POLITICAL_STATUS,
        more=True,
    ),
    F(
        "hukou_type",
        "户籍类型",
        "Household registration",
        Kind.CHOICE,
        HUKOU_TYPES,
        ("户口类型", "户籍性质"),
        more=True,
    ),
    F(
        "migrant_worker",
        "是否农民工",
        "Rural migrant worker",
        Kind.YES_NO,
        (YES, NO),
        ("农民工",),
        more=True,
    ),
    F("job_title", "职务", "Position", aliases=("职务/职称", "职务职称"), more=True),
    F("professional_title", "职称", "Professional title", more=True),
    F(
        "card_number",
        "会员证号码",
        "Membership card no.",
        aliases=("会员证号", "服务卡号", "会员卡号"),
        more=True,
    ),
    F("primary_union", "所属基层工会", "Grassroots trade union", aliases=("基层工会",), more=True),
    F(
        "approval_date",
        "入会日期",
        "Date of admission",
        Kind.DATE,
        aliases=("批准日期", "入会时间"),
        more=True,
    ),
    F(
        "family_members",
        "家庭主要成员及其工作单位",
        "Main family members and where they work",
        Kind.LONG,
        aliases=("家庭主要成员",),
        more=True,
    ),
    F(
        "resume",
        "个人工作简历",
        "Work history",
        Kind.LONG,
        aliases=("个人简历", "工作简历"),
        more=True,
    ),
    F(
        "group_opinion",
        "工会小组意见",
        "Opinion of the trade union group",
        Kind.LONG,
        more=True,
    ),
    F(
        "approval_opinion",
        "基层工会审批意见",
        "Decision of the grassroots trade union",
        Kind.LONG,
        more=True,
    ),
    F("remarks", "备注", "Remarks", Kind.LONG, more=True),
    F("application_date", "申请日期", "Date of application", Kind.DATE, aliases=("填表日期",)),
)
BY_KEY: dict[str, MemberField] = {f.key: f for f in FIELDS}
KEYS: tuple[str, ...] = tuple(f.key for f in FIELDS)
DATE_KEYS: tuple[str, ...] = tuple(f.key for f in FIELDS if f.kind is Kind.DATE)


def field(key: str) -> MemberField:
    return BY_KEY[key]


def label(key: str) -> str:
    """The Chinese label of a field (for messages, exports and the merge preview)."""
    return BY_KEY[key].label
