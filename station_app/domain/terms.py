"""The station's vocabulary: meeting kinds and statuses, stages, outcomes, ways of contact.

Stored values are short English codes; every code has the Chinese label a clerk reads.
"""

from __future__ import annotations

from datetime import time
from enum import StrEnum


class MeetingKind(StrEnum):
    EMPLOYEE = "employee"
    UNIONIZED = "enterprise_unionized"
    ONE_ON_ONE = "enterprise_one_on_one"
    MIXED = "enterprise_mixed"

    @property
    def label(self) -> str:
        return MEETING_KIND_LABELS[self]

    @property
    def is_enterprise(self) -> bool:
        return self is not MeetingKind.EMPLOYEE


MEETING_KIND_LABELS: dict[MeetingKind, str] = {
    MeetingKind.EMPLOYEE: "职工沟通会",
    MeetingKind.UNIONIZED: "已建会企业沟通会",
    MeetingKind.ONE_ON_ONE: "未建会企业“一对一”沟通会",
    MeetingKind.MIXED: "混合型沟通会",
}

MEETING_KIND_SHORT: dict[MeetingKind, str] = {
    MeetingKind.EMPLOYEE: "职工",
    MeetingKind.UNIONIZED: "已建会企业",
    MeetingKind.ONE_ON_ONE: "一对一",
    MeetingKind.MIXED: "混合型",
}


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return {"planned": "计划中", "held": "已召开", "cancelled": "已取消"}[self.value]


DEFAULT_START = time(11, 0)
DEFAULT_END = time(14, 0)
COMMUNICATION_DAY = 12  # 职工沟通日: the 12th of every month

DEFAULT_CHECKLIST: dict[MeetingKind, tuple[str, ...]] = {
    MeetingKind.EMPLOYEE: (
        "横幅",
        "宣传折页",
        "易拉宝",
        "微信公众号二维码",
        "入会礼品",
        "空白入会申请表（已打印）",
        "签到表",
    ),
    MeetingKind.UNIONIZED: ("邀请函", "签到表", "意见建议记录表"),
    MeetingKind.ONE_ON_ONE: ("建会宣传材料", "《工会法》（中英文）", "签到表"),
    MeetingKind.MIXED: ("邀请函", "建会宣传材料", "《工会法》（中英文）", "签到表"),
}


class Outcome(StrEnum):
    """What an enterprise meeting brought about for one enterprise."""

    NONE = "none"
    SUPPORT = "support"
    INTENTION = "intention"

    @property
    def label(self) -> str:
        return {"none": "无", "support": "表示支持", "intention": "有建会意向"}[self.value]

    @property
    def meaning(self) -> str:
        """What the outcome says, as the attendance dialog explains it."""
        return OUTCOME_MEANINGS[self]


OUTCOME_MEANINGS: dict[Outcome, str] = {
    Outcome.NONE: "到会了解情况，没有表态",
    Outcome.SUPPORT: "认可工会工作、愿意配合宣传或活动，但尚未表示要建会（单独统计为“表示支持”）",
    Outcome.INTENTION: "未建会企业明确表示准备成立工会（计入“达成建会意向”；已建会企业不能选）",
}


class MemberStatus(StrEnum):
    APPLIED = "applied"
    ADMITTED = "admitted"
    LEFT = "left"
    ERASED = "erased"

    @property
    def label(self) -> str:
        return {"applied": "已申请", "admitted": "已入会", "left": "已转出", "erased": "已删除"}[
            self.value
        ]


class UnionStatus(StrEnum):
    NONE = "未建会"
    PREPARING = "筹备中"
    FOUNDED = "已建会"


# (stage name, is_founded, is_on_hold) in pipeline order; the list is configurable in the database.
DEFAULT_STAGES: tuple[tuple[str, bool, bool], ...] = (
    ("未联系", False, False),
    ("已联系", False, False),
    ("已参会", False, False),
    ("有建会意向", False, False),
    ("筹备中", False, False),
    ("已召开会员代表大会", True, False),
    ("暂缓", False, True),
)

FOLLOW_UP_WAYS: tuple[str, ...] = ("上门", "电话", "沟通会", "微信")

DEFAULT_FEEDBACK_CATEGORIES: tuple[str, ...] = (
    "工会经费",
    "职工福利",
    "会员服务卡",
    "法律咨询",
    "劳动关系",
    "职工培训",
    "文体活动",
    "医疗互助",
    "困难帮扶",
    "其他",
)

DEFAULT_FOUNDING_TASKS: tuple[str, ...] = (
    "建会申请书",
    "筹备组成立",
    "会员登记表收齐",
    "会员代表大会议程与选举办法",
    "候选人名单",
    "上级工会批复",
)

OWNERSHIP_TYPES: tuple[str, ...] = ("国有", "民营", "外商投资", "港澳台投资", "集体", "其他")
