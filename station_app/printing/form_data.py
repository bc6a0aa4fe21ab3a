"""Plain data handed to the form printer: one applicant's values and the station's letterhead."""

from __future__ import annotations

from dataclasses import astuple, dataclass, fields


@dataclass(frozen=True)
class FormData:
    """The values printed on one applicant's forms, one per printed field of
    :data:`station_app.domain.member_fields.FIELDS` (same keys). Every value is text: dates as
    YYYY-MM-DD, yes/no as 是/否, choices in Chinese (the form translates them); "" prints an
    empty cell."""

    name: str = ""
    gender: str = ""
    id_type: str = ""
    id_number: str = ""
    birth_date: str = ""
    phone: str = ""
    employer_text: str = ""
    native_place: str = ""
    ethnicity: str = ""
    education: str = ""
    political_status: str = ""
    hukou_type: str = ""
    migrant_worker: str = ""
    job_title: str = ""
    professional_title: str = ""
    card_number: str = ""
    primary_union: str = ""
    approval_date: str = ""
    family_members: str = ""
    resume: str = ""
    group_opinion: str = ""
    approval_opinion: str = ""
    remarks: str = ""
    application_date: str = ""

    @classmethod
    def blank(cls) -> FormData:
        """A form with every cell empty, for handwriting."""
        return cls()

    def texts(self) -> tuple[str, ...]:
        """Every field value, in field order."""
        return astuple(self)

    def is_blank(self) -> bool:
        return not any(v.strip() for v in self.texts())


@dataclass(frozen=True)
class StationInfo:
    """The station's letterhead, printed in the header and footer of every page."""

    name: str  # e.g. 酒仙桥街道工会服务站
    district_federation: str = ""  # e.g. 朝阳区总工会
    address: str = ""
    phone: str = ""

    def texts(self) -> tuple[str, ...]:
        return tuple(getattr(self, f.name) for f in fields(self))
