"""Fixed Chinese choice lists used across the app (form drop-downs, imports, printing)."""

from __future__ import annotations

# The 56 ethnic groups in the order of GB/T 3304 (汉族 first).
ETHNIC_GROUPS: tuple[str, ...] = (
    "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族",
    "布依族", "朝鲜族", "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族",
    "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "高山族", "拉祜族",
    "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族",
    "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
    "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族",
    "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
)  # fmt: skip

EDUCATION: tuple[str, ...] = (
    "小学",
    "初中",
    "高中",
    "中专",
    "大专",
    "本科",
    "硕士研究生",
    "博士研究生",
    "其他",
)

POLITICAL_STATUS: tuple[str, ...] = (
    "中共党员",
    "中共预备党员",
    "共青团员",
    "民主党派",
    "群众",
)

HUKOU_TYPES: tuple[str, ...] = ("城镇", "农村")

ID_TYPES: tuple[str, ...] = (
    "居民身份证",
    "港澳居民来往内地通行证",
    "台湾居民来往大陆通行证",
    "护照",
    "外国人永久居留身份证",
)

# The ID type whose numbers are checked with station_app.domain.resident_id.
RESIDENT_ID_TYPE = ID_TYPES[0]

GENDERS: tuple[str, ...] = ("男", "女")

YES, NO = "是", "否"

# English for every value the forms print, reviewed against common usage in English-language
# Chinese documents (official romanisations of the ethnic groups; Chinese ID documents by their
# English names as printed on them).
ENGLISH: dict[str, str] = {
    "男": "Male",
    "女": "Female",
    YES: "Yes",
    NO: "No",
    "城镇": "Urban",
    "农村": "Rural",
    "居民身份证": "Resident Identity Card",
    "港澳居民来往内地通行证": "Mainland Travel Permit for Hong Kong and Macao Residents",
    "台湾居民来往大陆通行证": "Mainland Travel Permit for Taiwan Residents",
    "护照": "Passport",
    "外国人永久居留身份证": "Foreign Permanent Resident ID Card",
    "中共党员": "Member of the Communist Party of China",
    "中共预备党员": "Probationary Member of the Communist Party of China",
    "共青团员": "Member of the Communist Youth League",
    "民主党派": "Member of a Democratic Party",
    "群众": "No party affiliation",
    "小学": "Primary school",
    "初中": "Junior secondary school",
    "高中": "Senior secondary school",
    "中专": "Secondary vocational school",
    "大专": "Junior college (3-year)",
    "本科": "Bachelor's degree",
    "硕士研究生": "Master's degree",
    "博士研究生": "Doctorate",
    "其他": "Other",
}
_ETHNIC_ENGLISH = (
    "Han", "Mongol", "Hui", "Tibetan", "Uyghur", "Miao", "Yi", "Zhuang",
    "Bouyei", "Korean", "Manchu", "Dong", "Yao", "Bai", "Tujia", "Hani",
    "Kazakh", "Dai", "Li", "Lisu", "Va", "She", "Gaoshan", "Lahu",
    "Shui", "Dongxiang", "Naxi", "Jingpo", "Kirgiz", "Tu", "Daur", "Mulao",
    "Qiang", "Blang", "Salar", "Maonan", "Gelao", "Xibe", "Achang", "Pumi",
    "Tajik", "Nu", "Uzbek", "Russian", "Ewenki", "De'ang", "Bonan", "Yugur",
    "Gin", "Tatar", "Derung", "Oroqen", "Hezhen", "Monba", "Lhoba", "Jino",
)  # fmt: skip
ENGLISH.update(zip(ETHNIC_GROUPS, _ETHNIC_ENGLISH, strict=True))


def in_english(value: str) -> str:
    """The English for a value of one of the lists above; any other text unchanged."""
    return ENGLISH.get(value.strip(), value)
