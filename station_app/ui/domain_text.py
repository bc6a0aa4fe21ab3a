"""The core's words shown in the window (field names, meeting kinds, statuses, stages, figures),
in the window's language: the core keeps them in Chinese, the window translates them in the
"domain" context. ``DOMAIN_TEXTS`` lists them where lupdate can see them; a text not listed is
shown as it is.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from station_app.domain.holidays import WEEKDAY_NAMES

CONTEXT = "domain"

DOMAIN_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("domain", "周一"),
    QT_TRANSLATE_NOOP("domain", "周二"),
    QT_TRANSLATE_NOOP("domain", "周三"),
    QT_TRANSLATE_NOOP("domain", "周四"),
    QT_TRANSLATE_NOOP("domain", "周五"),
    QT_TRANSLATE_NOOP("domain", "周六"),
    QT_TRANSLATE_NOOP("domain", "周日"),
    QT_TRANSLATE_NOOP("domain", "姓名"),
    QT_TRANSLATE_NOOP("domain", "性别"),
    QT_TRANSLATE_NOOP("domain", "证件类型"),
    QT_TRANSLATE_NOOP("domain", "证件号码"),
    QT_TRANSLATE_NOOP("domain", "出生日期"),
    QT_TRANSLATE_NOOP("domain", "联系电话"),
    QT_TRANSLATE_NOOP("domain", "工作单位"),
    QT_TRANSLATE_NOOP("domain", "籍贯"),
    QT_TRANSLATE_NOOP("domain", "民族"),
    QT_TRANSLATE_NOOP("domain", "学历"),
    QT_TRANSLATE_NOOP("domain", "政治面貌"),
    QT_TRANSLATE_NOOP("domain", "户籍类型"),
    QT_TRANSLATE_NOOP("domain", "是否农民工"),
    QT_TRANSLATE_NOOP("domain", "职务"),
    QT_TRANSLATE_NOOP("domain", "职称"),
    QT_TRANSLATE_NOOP("domain", "会员证号码"),
    QT_TRANSLATE_NOOP("domain", "所属基层工会"),
    QT_TRANSLATE_NOOP("domain", "入会日期"),
    QT_TRANSLATE_NOOP("domain", "家庭主要成员及其工作单位"),
    QT_TRANSLATE_NOOP("domain", "个人工作简历"),
    QT_TRANSLATE_NOOP("domain", "工会小组意见"),
    QT_TRANSLATE_NOOP("domain", "基层工会审批意见"),
    QT_TRANSLATE_NOOP("domain", "备注"),
    QT_TRANSLATE_NOOP("domain", "申请日期"),
    QT_TRANSLATE_NOOP("domain", "男"),
    QT_TRANSLATE_NOOP("domain", "女"),
    QT_TRANSLATE_NOOP("domain", "企业名称"),
    QT_TRANSLATE_NOOP("domain", "统一社会信用代码"),
    QT_TRANSLATE_NOOP("domain", "楼宇"),
    QT_TRANSLATE_NOOP("domain", "地址"),
    QT_TRANSLATE_NOOP("domain", "行业"),
    QT_TRANSLATE_NOOP("domain", "企业性质"),
    QT_TRANSLATE_NOOP("domain", "是否外资"),
    QT_TRANSLATE_NOOP("domain", "职工人数"),
    QT_TRANSLATE_NOOP("domain", "联系人"),
    QT_TRANSLATE_NOOP("domain", "建会情况"),
    QT_TRANSLATE_NOOP("domain", "职工沟通会"),
    QT_TRANSLATE_NOOP("domain", "已建会企业沟通会"),
    QT_TRANSLATE_NOOP("domain", "未建会企业“一对一”沟通会"),
    QT_TRANSLATE_NOOP("domain", "混合型沟通会"),
    QT_TRANSLATE_NOOP("domain", "职工"),
    QT_TRANSLATE_NOOP("domain", "已建会企业"),
    QT_TRANSLATE_NOOP("domain", "一对一"),
    QT_TRANSLATE_NOOP("domain", "混合型"),
    QT_TRANSLATE_NOOP("domain", "到会了解情况，没有表态"),
    QT_TRANSLATE_NOOP(
        "domain", "认可工会工作、愿意配合宣传或活动，但尚未表示要建会（单独统计为“表示支持”）"
    ),
    QT_TRANSLATE_NOOP(
        "domain", "未建会企业明确表示准备成立工会（计入“达成建会意向”；已建会企业不能选）"
    ),
    QT_TRANSLATE_NOOP("domain", "未建会"),
    QT_TRANSLATE_NOOP("domain", "筹备中"),
    QT_TRANSLATE_NOOP("domain", "已建会"),
    QT_TRANSLATE_NOOP("domain", "上门"),
    QT_TRANSLATE_NOOP("domain", "电话"),
    QT_TRANSLATE_NOOP("domain", "沟通会"),
    QT_TRANSLATE_NOOP("domain", "微信"),
    QT_TRANSLATE_NOOP("domain", "工会经费"),
    QT_TRANSLATE_NOOP("domain", "职工福利"),
    QT_TRANSLATE_NOOP("domain", "会员服务卡"),
    QT_TRANSLATE_NOOP("domain", "法律咨询"),
    QT_TRANSLATE_NOOP("domain", "劳动关系"),
    QT_TRANSLATE_NOOP("domain", "职工培训"),
    QT_TRANSLATE_NOOP("domain", "文体活动"),
    QT_TRANSLATE_NOOP("domain", "医疗互助"),
    QT_TRANSLATE_NOOP("domain", "困难帮扶"),
    QT_TRANSLATE_NOOP("domain", "其他"),
    QT_TRANSLATE_NOOP("domain", "建会申请书"),
    QT_TRANSLATE_NOOP("domain", "筹备组成立"),
    QT_TRANSLATE_NOOP("domain", "会员登记表收齐"),
    QT_TRANSLATE_NOOP("domain", "会员代表大会议程与选举办法"),
    QT_TRANSLATE_NOOP("domain", "候选人名单"),
    QT_TRANSLATE_NOOP("domain", "上级工会批复"),
    QT_TRANSLATE_NOOP("domain", "国有"),
    QT_TRANSLATE_NOOP("domain", "民营"),
    QT_TRANSLATE_NOOP("domain", "外商投资"),
    QT_TRANSLATE_NOOP("domain", "港澳台投资"),
    QT_TRANSLATE_NOOP("domain", "集体"),
    QT_TRANSLATE_NOOP("domain", "横幅"),
    QT_TRANSLATE_NOOP("domain", "宣传折页"),
    QT_TRANSLATE_NOOP("domain", "易拉宝"),
    QT_TRANSLATE_NOOP("domain", "微信公众号二维码"),
    QT_TRANSLATE_NOOP("domain", "入会礼品"),
    QT_TRANSLATE_NOOP("domain", "空白入会申请表（已打印）"),
    QT_TRANSLATE_NOOP("domain", "签到表"),
    QT_TRANSLATE_NOOP("domain", "邀请函"),
    QT_TRANSLATE_NOOP("domain", "意见建议记录表"),
    QT_TRANSLATE_NOOP("domain", "建会宣传材料"),
    QT_TRANSLATE_NOOP("domain", "《工会法》（中英文）"),
    QT_TRANSLATE_NOOP("domain", "未联系"),
    QT_TRANSLATE_NOOP("domain", "已联系"),
    QT_TRANSLATE_NOOP("domain", "已参会"),
    QT_TRANSLATE_NOOP("domain", "有建会意向"),
    QT_TRANSLATE_NOOP("domain", "已召开会员代表大会"),
    QT_TRANSLATE_NOOP("domain", "暂缓"),
    QT_TRANSLATE_NOOP("domain", "计划中"),
    QT_TRANSLATE_NOOP("domain", "已召开"),
    QT_TRANSLATE_NOOP("domain", "已取消"),
    QT_TRANSLATE_NOOP("domain", "无"),
    QT_TRANSLATE_NOOP("domain", "表示支持"),
    QT_TRANSLATE_NOOP("domain", "已申请"),
    QT_TRANSLATE_NOOP("domain", "已入会"),
    QT_TRANSLATE_NOOP("domain", "已转出"),
    QT_TRANSLATE_NOOP("domain", "已删除"),
    QT_TRANSLATE_NOOP("domain", "放假"),
    QT_TRANSLATE_NOOP("domain", "调休上班"),
    QT_TRANSLATE_NOOP("domain", "召开沟通会"),
    QT_TRANSLATE_NOOP("domain", "场"),
    QT_TRANSLATE_NOOP("domain", "标记为“已召开”的沟通会；计划中、已取消的不计"),
    QT_TRANSLATE_NOOP("domain", "沟通会日期"),
    QT_TRANSLATE_NOOP("domain", "接待职工咨询"),
    QT_TRANSLATE_NOOP("domain", "人次"),
    QT_TRANSLATE_NOOP(
        "domain", "已召开沟通会记录的咨询人次之和（现场“咨询 +1”与召开情况中填写的人次）"
    ),
    QT_TRANSLATE_NOOP("domain", "现场入会"),
    QT_TRANSLATE_NOOP("domain", "人"),
    QT_TRANSLATE_NOOP(
        "domain",
        "在已召开的沟通会当天登记、并关联该场沟通会的入会人员，一人计一次；按本人申请删除个人信息后仍计数",
    ),
    QT_TRANSLATE_NOOP("domain", "沟通会日期（即登记日期）"),
    QT_TRANSLATE_NOOP("domain", "参会未建会企业"),
    QT_TRANSLATE_NOOP("domain", "家"),
    QT_TRANSLATE_NOOP("domain", "出席已召开沟通会、且在会议当天尚未建会的企业"),
    QT_TRANSLATE_NOOP("domain", "达成建会意向"),
    QT_TRANSLATE_NOOP(
        "domain", "在已召开沟通会上结果为“有建会意向”、且会议当天尚未建会的企业；“表示支持”不计入"
    ),
    QT_TRANSLATE_NOOP("domain", "服务站日常入会"),
    QT_TRANSLATE_NOOP(
        "domain",
        "不在沟通会现场的入会登记：未关联沟通会，或所关联的沟通会已取消；单列，不计入现场入会",
    ),
    QT_TRANSLATE_NOOP("domain", "登记日期"),
    QT_TRANSLATE_NOOP(
        "domain", "在已召开沟通会上结果为“表示支持”的企业（认可、愿意配合，尚未表示要建会）"
    ),
    QT_TRANSLATE_NOOP("domain", "新建工会"),
    QT_TRANSLATE_NOOP("domain", "召开会员代表大会、成立工会的企业；建会日期即会员代表大会日期"),
    QT_TRANSLATE_NOOP("domain", "会员代表大会日期"),
    QT_TRANSLATE_NOOP("domain", "收集意见建议"),
    QT_TRANSLATE_NOOP("domain", "条"),
    QT_TRANSLATE_NOOP("domain", "企业或职工个人（可匿名）提出的意见建议"),
    QT_TRANSLATE_NOOP("domain", "收到日期"),
    QT_TRANSLATE_NOOP("domain", "已答复意见建议"),
    QT_TRANSLATE_NOOP("domain", "收集的意见建议中已答复的"),
    QT_TRANSLATE_NOOP("domain", "发放礼品/慰问品"),
    QT_TRANSLATE_NOOP("domain", "份"),
    QT_TRANSLATE_NOOP(
        "domain",
        "入会礼品（随登记记录）与沟通会、送温暖、夏送清凉等另行登记的发放份数，每份只记一次",
    ),
    QT_TRANSLATE_NOOP("domain", "发放日期"),
    QT_TRANSLATE_NOOP("domain", "否：每期内去重，各月之和可大于全年"),
    QT_TRANSLATE_NOOP("domain", "是"),
)


def domain_text(text: str) -> str:
    """``text`` (a word of the core) in the window's language."""
    return QCoreApplication.translate(CONTEXT, text)


def weekday_text(day: date) -> str:
    """周一 … 周日 in the window's language."""
    return domain_text(WEEKDAY_NAMES[day.weekday()])


def day_text(day: date) -> str:
    """The date and its weekday: 2026-12-12 周六."""
    return (
        QCoreApplication.translate(CONTEXT, "%1 %2", "a date, its weekday")
        .replace("%1", day.isoformat())
        .replace("%2", weekday_text(day))
    )


def month_text(year: int, month: int) -> str:
    """2026年12月 (Dec 2026)."""
    fmt = QCoreApplication.translate(CONTEXT, "yyyy年M月", "a month; Qt date format")
    return QLocale(QLocale.Language.English).toString(QDate(year, month, 1), fmt)
