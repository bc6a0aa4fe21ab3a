"""An enterprise's fields as the roster import, the exports and messages name them, declared once.

``key`` is the attribute of ``EnterpriseInput`` and of the stored ``EnterpriseRecord``; ``aliases``
are the further headers street offices use for the same column.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EnterpriseField:
    key: str
    label: str
    aliases: tuple[str, ...] = ()
    required: bool = False

    @property
    def headers(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)


E = EnterpriseField
FIELDS: tuple[EnterpriseField, ...] = (
    E("name", "企业名称", ("单位名称", "公司名称", "企业全称", "单位全称", "名称"), required=True),
    E("credit_code", "统一社会信用代码", ("信用代码", "社会信用代码", "统一代码", "组织机构代码")),
    E("building_name", "楼宇", ("所在楼宇", "楼宇名称", "所在楼宇名称")),
    E("address", "地址", ("企业地址", "单位地址", "办公地址", "注册地址")),
    E("industry", "行业", ("所属行业", "行业类别")),
    E("ownership", "企业性质", ("经济类型", "经济性质", "单位性质")),
    E("foreign_invested", "是否外资", ("外资企业",)),
    E("employee_count", "职工人数", ("员工人数", "人数", "从业人数", "从业人员", "职工数")),
    E("contact_person", "联系人", ("联系人姓名", "负责人")),
    E("contact_phone", "联系电话", ("联系方式", "电话", "手机")),
    E("union_status", "建会情况", ("是否建会", "建会状态")),
    E("notes", "备注", ()),
)
BY_KEY: dict[str, EnterpriseField] = {f.key: f for f in FIELDS}


def label(key: str) -> str:
    return BY_KEY[key].label
