"""A walk-in's registration as typed, checked and normalised: the one rule for what the form and
an imported row must hold (every error at once, each with its field, code and message)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field as dataclass_field, fields
from datetime import date
from typing import Any

from station_app.domain.cell_text import check_no_control_characters
from station_app.domain.choices import (
    EDUCATION,
    ETHNIC_GROUPS,
    HUKOU_TYPES,
    ID_TYPES,
    POLITICAL_STATUS,
    RESIDENT_ID_TYPE,
)
from station_app.domain.errors import ValidationError, strip_whitespace, to_halfwidth
from station_app.domain.member_fields import BY_KEY, FIELDS, Kind, MemberField, label
from station_app.domain.phone import validate_mobile
from station_app.domain.resident_id import parse_resident_id

NAME_MAX = 60  # a foreign passport name may run to 60 Latin letters

# Spellings found on paper lists and old spreadsheets, mapped to the choice lists.
EDUCATION_ALIASES = {
    "大学本科": "本科",
    "大学": "本科",
    "专科": "大专",
    "大学专科": "大专",
    "硕士": "硕士研究生",
    "研究生": "硕士研究生",
    "博士": "博士研究生",
    "职高": "中专",
    "技校": "中专",
}
POLITICAL_ALIASES = {
    "党员": "中共党员",
    "预备党员": "中共预备党员",
    "团员": "共青团员",
    "无党派": "群众",
    "无党派人士": "群众",
}
HUKOU_ALIASES = {"城市": "城镇", "非农业": "城镇", "非农": "城镇", "农业": "农村"}


@dataclass
class MemberInput:
    """What the clerk typed (or an import row held), as plain text and ticks."""

    name: str = ""
    id_type: str = RESIDENT_ID_TYPE
    id_number: str = ""
    phone: str = ""
    employer_id: int | None = None
    employer_text: str = ""
    gender: str = ""
    birth_date: str = ""  # YYYY-MM-DD; derived from a resident ID number when one is given
    ethnicity: str = ""
    education: str = ""
    native_place: str = ""
    political_status: str = ""
    hukou_type: str = ""
    migrant_worker: bool | None = None
    job_title: str = ""
    professional_title: str = ""
    card_number: str = ""
    primary_union: str = ""
    approval_date: str = ""  # YYYY-MM-DD, the grassroots union's approval (入会日期)
    family_members: str = ""
    resume: str = ""
    group_opinion: str = ""
    approval_opinion: str = ""
    gift: str = ""
    remarks: str = ""
    consent: bool = False
    meeting_id: int | None = None
    clerk_name: str = ""
    application_date: str = ""  # YYYY-MM-DD; empty means today
    # the person was erased on request earlier and consents again (recorded by the clerk)
    renewed_consent: bool = False
    # the record's version when it was loaded for correction (None: not loaded from a record)
    version: int | None = None


@dataclass(frozen=True)
class ValidMember:
    """A registration that passed :func:`validate`: normalized and ready to save."""

    name: str
    id_type: str
    id_number: str
    phone: str
    employer_id: int | None
    employer_text: str
    gender: str
    birth_date: date | None
    ethnicity: str
    education: str
    native_place: str
    political_status: str
    hukou_type: str
    migrant_worker: bool | None
    job_title: str
    professional_title: str
    card_number: str
    primary_union: str
    approval_date: date | None
    family_members: str
    resume: str
    group_opinion: str
    approval_opinion: str
    gift: str
    remarks: str
    meeting_id: int | None
    clerk_name: str
    application_date: date
    renewed_consent: bool = False


@dataclass(frozen=True)
class FieldError:
    """One problem with one field; ``field`` is a :class:`MemberInput` attribute name.
    ``code`` and ``params`` let the window word it in its own language."""

    field: str
    code: str
    message: str
    params: Mapping[str, object] = dataclass_field(default_factory=dict, compare=False)


class InvalidMember(ValueError):
    """The input has field errors; ``errors`` lists them in form order."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("；".join(e.message for e in errors))
        self.errors = errors

    @property
    def message(self) -> str:
        return "；".join(e.message for e in self.errors)


# -- validation --------------------------------------------------------------------------------
def clean_name(text: str) -> str:
    """Trim the ends and collapse inner runs of spaces; every other character is kept as typed."""
    text = text.replace("\u3000", " ")
    return re.sub(r"\s+", " ", text).strip()


def _choice(
    value: str, allowed: tuple[str, ...], aliases: dict[str, str], label: str
) -> tuple[str, str | None]:
    """(normalized value, error message or None)."""
    value = strip_whitespace(value)
    if not value or value in allowed:
        return value, None
    if value in aliases:
        return aliases[value], None
    return value, f"{label}“{value}”不在可选项中（{'、'.join(allowed)}）"


def _ethnicity(value: str) -> tuple[str, str | None]:
    value = strip_whitespace(value)
    if not value or value in ETHNIC_GROUPS:
        return value, None
    if value + "族" in ETHNIC_GROUPS:
        return value + "族", None
    return value, f"民族“{value}”不是56个民族之一"


def _parse_day(text: str) -> date | None:
    text = strip_whitespace(to_halfwidth(text)).replace("/", "-").replace(".", "-")
    text = text.replace("年", "-").replace("月", "-").replace("日", "")
    parts = text.split("-")
    if len(parts) == 1 and len(text) == 8 and text.isdigit():
        parts = [text[:4], text[4:6], text[6:]]
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ValueError(text)
    return date(int(parts[0]), int(parts[1]), int(parts[2]))


_OTHER_LABELS = {"gift": "礼品", "clerk_name": "经办人"}


def _text_fields(data: MemberInput) -> list[tuple[str, str]]:
    """(field, label) of every text field of ``data``."""
    return [
        (f.name, label(f.name) if f.name in BY_KEY else _OTHER_LABELS[f.name])
        for f in fields(data)
        if isinstance(getattr(data, f.name), str)
    ]


def field_errors(data: MemberInput, *, today: date | None = None) -> list[FieldError]:
    """Every problem with ``data``, in form order; empty when it can be saved."""
    try:
        validate(data, today=today)
    except InvalidMember as exc:
        return exc.errors
    return []


def validate(data: MemberInput, *, today: date | None = None) -> ValidMember:
    """Check and normalize one registration, or raise :class:`InvalidMember` with every error."""
    today = today or date.today()
    errors: list[FieldError] = []

    def err(key: str, code: str, message: str, params: Mapping[str, object] | None = None) -> None:
        errors.append(FieldError(key, code, message, dict(params or {})))

    for key, shown in _text_fields(data):
        try:
            check_no_control_characters(getattr(data, key), shown)
        except ValidationError as exc:
            err(key, exc.code, exc.message, exc.params)
    if errors:
        raise InvalidMember(errors)

    name = clean_name(data.name)
    if not name:
        err("name", "name.empty", "请填写姓名（与身份证一致）")
    elif len(name) > NAME_MAX:
        err("name", "name.length", f"姓名过长（{len(name)}个字），请核对", {"length": len(name)})
    elif any(c.isdigit() for c in name):
        err("name", "name.digits", "姓名中不能有数字")

    id_type = data.id_type.strip() or RESIDENT_ID_TYPE
    if id_type not in ID_TYPES:
        err("id_type", "id_type.unknown", f"证件类型“{id_type}”不在可选项中", {"id_type": id_type})

    gender = data.gender.strip()
    if gender and gender not in ("男", "女"):
        err("gender", "gender.unknown", f"性别“{gender}”应为“男”或“女”", {"gender": gender})
    birth: date | None = None
    if data.birth_date.strip():
        try:
            birth = _parse_day(data.birth_date)
        except ValueError:
            err(
                "birth_date",
                "birth_date.invalid",
                f"出生日期“{data.birth_date}”不是有效日期",
                {"given": data.birth_date},
            )

    id_number = ""
    if id_type == RESIDENT_ID_TYPE:
        try:
            rid = parse_resident_id(data.id_number, today=today)
        except ValidationError as exc:
            err("id_number", exc.code, exc.message, exc.params)
        else:
            id_number = rid.number
            if gender and gender != rid.gender:
                err(
                    "gender",
                    "gender.mismatch",
                    f"性别“{gender}”与身份证号码（{rid.gender}）不符",
                    {"gender": gender, "id_gender": rid.gender},
                )
            if birth and birth != rid.birth_date:
                err(
                    "birth_date",
                    "birth_date.mismatch",
                    f"出生日期 {birth.isoformat()} 与身份证号码"
                    f"（{rid.birth_date.isoformat()}）不符",
                    {"given": birth.isoformat(), "id_date": rid.birth_date.isoformat()},
                )
            gender, birth = rid.gender, rid.birth_date
    else:
        id_number = strip_whitespace(to_halfwidth(data.id_number)).upper()
        if not id_number:
            err("id_number", "id.empty", f"请填写{id_type}号码", {"id_type": id_type})
        elif not (5 <= len(id_number) <= 30) or not id_number.isalnum():
            err(
                "id_number",
                "id.format",
                f"{id_type}号码“{id_number}”格式不对",
                {"id_type": id_type, "given": id_number},
            )

    phone = ""
    try:
        phone = validate_mobile(data.phone)
    except ValidationError as exc:
        err("phone", exc.code, exc.message, exc.params)

    ethnicity, msg = _ethnicity(data.ethnicity)
    if msg:
        err("ethnicity", "ethnicity.unknown", msg)
    education, msg = _choice(data.education, EDUCATION, EDUCATION_ALIASES, "学历")
    if msg:
        err("education", "education.unknown", msg)
    political, msg = _choice(data.political_status, POLITICAL_STATUS, POLITICAL_ALIASES, "政治面貌")
    if msg:
        err("political_status", "political_status.unknown", msg)
    hukou, msg = _choice(data.hukou_type, HUKOU_TYPES, HUKOU_ALIASES, "户籍类型")
    if msg:
        err("hukou_type", "hukou_type.unknown", msg)

    dates: dict[str, date | None] = {}
    for key in ("application_date", "approval_date"):
        text = getattr(data, key).strip()
        dates[key] = None
        if not text:
            continue
        try:
            dates[key] = _parse_day(text)
        except ValueError:
            err(
                key,
                f"{key}.invalid",
                f"{label(key)}“{text}”不是有效日期",
                {"label": label(key), "given": text},
            )
            continue
        if dates[key] is not None and dates[key] > today:  # type: ignore[operator]
            err(key, f"{key}.future", f"{label(key)}不能晚于今天", {"label": label(key)})
    approval_date = dates["approval_date"]
    application_date = dates["application_date"] or approval_date or today
    if approval_date is not None and approval_date < application_date:
        err("approval_date", "approval_date.early", "入会（批准）日期不能早于申请日期")

    if not data.consent:
        err("consent", "consent.required", "请确认本人已同意工会使用其个人信息（勾选同意）")

    if errors:
        raise InvalidMember(errors)
    values: dict[str, Any] = {f.key: _plain(f, getattr(data, f.key)) for f in FIELDS}
    values.update(
        name=name,
        id_type=id_type,
        id_number=id_number,
        phone=phone,
        employer_text=clean_name(data.employer_text),
        gender=gender,
        birth_date=birth,
        ethnicity=ethnicity,
        education=education,
        political_status=political,
        hukou_type=hukou,
        migrant_worker=data.migrant_worker,
        card_number=strip_whitespace(data.card_number),
        approval_date=approval_date,
        application_date=application_date,
    )
    return ValidMember(
        **values,
        employer_id=data.employer_id,
        gift=data.gift.strip(),
        meeting_id=data.meeting_id,
        clerk_name=data.clerk_name.strip(),
        renewed_consent=data.renewed_consent,
    )


def _plain(f: MemberField, value: object) -> object:
    """A text field as saved: one-line fields trimmed, several-line ones without trailing
    spaces or empty lines at the ends."""
    if not isinstance(value, str):
        return value
    if f.kind is Kind.LONG:
        return "\n".join(line.rstrip() for line in value.strip().splitlines())
    return value.strip()
