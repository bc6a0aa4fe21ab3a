"""The wording of the 入会申请书 and 工会会员登记表, in Chinese and in English, and how values
are written on each (dates, translated choices).

The field labels come from :mod:`station_app.domain.member_fields`; what is here is what only
the paper forms say.
"""

from __future__ import annotations

import re
from typing import Literal

from station_app.domain.choices import in_english
from station_app.domain.member_fields import BY_KEY, Kind

Lang = Literal["zh", "en", "bilingual"]

# 入会申请书: the declaration of the ACFTU's application, the closing, the note on keeping it.
ZH_DECLARATION = (
    "\u3000\u3000我自愿加入中华全国总工会，承认《中国工会章程》，遵守工会章程，执行工会决议，"
    "积极参加工会活动，履行会员义务，按规定缴纳会费。"
)
ZH_CLOSING = "\u3000\u3000特此申请。"
ZH_KEPT = "注：本申请书由基层工会留存。"
# Our consent under the PIPL, for any ID document, naming the record it covers.
ZH_CONSENT = (
    "\u3000\u3000本人确认本申请书及《工会会员登记表》所填个人信息真实、准确，姓名与本人所持"
    "有效身份证件一致；同意工会组织依照《中华人民共和国个人信息保护法》，为办理入会、会籍管理"
    "和会员服务之目的，收集、使用其中的个人信息。"
)

EN_DECLARATION = (
    "I voluntarily apply to join the All-China Federation of Trade Unions. I accept the "
    "Constitution of the Chinese Trade Unions, will abide by it and carry out the decisions of "
    "the union, take an active part in union activities, fulfil the duties of a member and pay "
    "my membership dues as required."
)
EN_CLOSING = "I hereby submit this application."
EN_KEPT = "Note: this application is kept by the grassroots trade union."
EN_CONSENT = (
    "I confirm that the personal information in this application and in the Trade Union Member "
    "Registration Form is true and accurate and that my name is exactly as on the identity "
    "document I hold. I agree that the trade union may collect and use this information, in "
    "accordance with the Personal Information Protection Law of the People's Republic of China, "
    "for my admission, membership records and member services."
)

# key -> (Chinese, English): what the forms print besides the field labels.
TEXTS: dict[str, tuple[str, str]] = {
    "title_app": ("入会申请书", "Application for Trade Union Membership"),
    "title_reg": ("工会会员登记表", "Trade Union Member Registration Form"),
    "applicant": ("申请人", "Applicant"),
    "applicant_sign": ("申请人（签名）", "Applicant's signature"),
    "apply_date": ("申请日期", "Date of application"),
    "consent_sign": ("本人签名", "Signature"),
    "photo": ("照片", "Photo"),
    "photo_hint": ("（一寸免冠）", "(passport-style, 25 × 35 mm)"),
    "group_sign": ("组长（签名）", "Group leader's signature"),
    "seal": ("（盖章）", "(union seal)"),
    "clerk": ("经办人（签名）", "Processed by (signature)"),
    "clerk_date": ("经办日期", "Date processed"),
    "printed": ("打印日期", "Printed on"),
    "address": ("地址", "Address"),
    "tel": ("电话", "Tel."),
    "page": ("第{n}页 共{t}页", "Page {n} of {t}"),
    "date_format": ("", "YYYY-MM-DD"),
}

# The prompts printed in the cells the applicant writes at length (as on the official form).
PROMPTS: dict[str, tuple[str, str]] = {
    "family_members": (
        "（姓名、与本人关系、工作单位及职务）",
        "(name, relationship to you, employer and position)",
    ),
    "resume": (
        "（自何年何月至何年何月，在何单位、任何职务）",
        "(from month/year to month/year: employer and position)",
    ),
}

ZH_BLANK_DATE = "年\u3000\u3000月\u3000\u3000日"
EN_BLANK_DATE = "_____ - ___ - ___"
_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*")


def text(key: str, lang: Lang, sep: str = " ") -> str:
    """A form text in ``lang`` (both, Chinese first, when bilingual)."""
    zh, en = TEXTS[key]
    return _pick(zh, en, lang, sep)


def field_label(key: str, lang: Lang, sep: str = " ") -> str:
    f = BY_KEY[key]
    en = f.en
    if f.kind is Kind.DATE and lang != "zh":
        en = f"{en} ({TEXTS['date_format'][1]})"
    return _pick(f.label, en, lang, sep)


def _pick(zh: str, en: str, lang: Lang, sep: str) -> str:
    if lang == "zh" or not en:
        return zh
    if lang == "en":
        return en
    return f"{zh}{sep}{en}"


def zh_date(value: str) -> str:
    """ "2026-11-29" → "2026年11月29日"; anything else unchanged."""
    m = _ISO.fullmatch(value)
    if not m:
        return value
    return f"{int(m[1])}年{int(m[2])}月{int(m[3])}日"


def date_text(value: str, lang: Lang) -> str:
    """A date as the form writes it: 2026年11月29日 on Chinese forms, 2026-11-29 otherwise."""
    return zh_date(value) if lang == "zh" else value.strip()


def blank_date(lang: Lang) -> str:
    return ZH_BLANK_DATE if lang == "zh" else EN_BLANK_DATE


def value_text(key: str, value: str, lang: Lang) -> str:
    """A field's value as printed in ``lang``: dates formatted, listed choices translated
    (Chinese / English on the bilingual form); free text as typed."""
    f = BY_KEY[key]
    if not value.strip():
        return ""
    if f.kind is Kind.DATE:
        return date_text(value, lang)
    if f.kind in (Kind.CHOICE, Kind.YES_NO):
        english = in_english(value)
        if lang == "en":
            return english
        if lang == "bilingual" and english != value:
            return f"{value} / {english}"
    return value


def page_text(n: int, total: int, lang: Lang) -> str:
    zh, en = TEXTS["page"]
    return _pick(zh.format(n=n, t=total), en.format(n=n, t=total), lang, "  ")
