"""Plain data handed to the form printer: one applicant's values and the station's letterhead."""

from __future__ import annotations

from dataclasses import astuple, dataclass, fields


@dataclass(frozen=True)
class FormData:
    """The values printed on one applicant's forms. Every field is text; "" prints a blank cell."""

    card_number: str = ""  # 会员证号码
    name: str = ""  # 姓名, exactly as on the ID card
    gender: str = ""  # 性别
    birth_date: str = ""  # 出生日期, YYYY-MM-DD
    ethnicity: str = ""  # 民族
    education: str = ""  # 学历
    native_place: str = ""  # 籍贯
    political_status: str = ""  # 政治面貌
    employer: str = ""  # 工作单位
    job_title: str = ""  # 职务/职称
    phone: str = ""  # 联系电话
    id_type: str = ""  # 证件类型
    id_number: str = ""  # 证件号码
    hukou_type: str = ""  # 户籍类型
    migrant_worker: str = ""  # 是否农民工: "是" / "否" / ""
    family_members: str = ""  # 家庭主要成员 (may hold line breaks)
    resume: str = ""  # 个人简历 (may hold line breaks)
    approval_opinion: str = ""  # 基层工会审批意见
    remarks: str = ""  # 备注
    application_date: str = ""  # 申请日期, YYYY-MM-DD

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
