"""One masking rule for every ID type and phone number, and every place that shows one."""

from __future__ import annotations

import dataclasses
from datetime import date

from hypothesis import given, strategies as st

from station_app.domain.choices import ID_TYPES, RESIDENT_ID_TYPE
from station_app.domain.masking import MASK, PHONE, mask, mask_id, mask_phone, person_label, redact
from station_app.domain.member_fields import FIELDS
from station_app.domain.phone import normalize_phone
from station_app.domain.resident_id import check_digit
from station_app.services import export, stats
from station_app.store.records import MemberListRow, MemberRecord
from station_app.ui.models.lists import MemberTableModel


@st.composite
def resident_ids(draw: st.DrawFn) -> str:
    first17 = draw(st.from_regex(r"[1-6][0-9]{5}(19[5-9][0-9]|20[01][0-9])(0[1-9]|1[0-2])"
                                 r"(0[1-9]|1[0-9]|2[0-8])[0-9]{3}", fullmatch=True))  # fmt: skip
    return first17 + check_digit(first17)


OTHER_DOCUMENTS = st.from_regex(
    r"[A-Z]{1,2}[0-9]{7,10}|[HMC][0-9]{8,10}|[0-9]{8,9}", fullmatch=True
)
PHONES = st.from_regex(r"1[3-9][0-9]{9}|\+[1-9][0-9]{9,13}", fullmatch=True)
documents = st.one_of(
    st.tuples(st.just(RESIDENT_ID_TYPE), resident_ids()),
    st.tuples(st.sampled_from(ID_TYPES[1:]), OTHER_DOCUMENTS),
)


def _check_masked(kind: str, value: str, shown: str) -> None:
    value = normalize_phone(value) if kind == PHONE else value
    assert len(shown) == len(value)
    visible = [i for i, ch in enumerate(shown) if ch != MASK]
    assert all(shown[i] == value[i] for i in visible)
    hidden = len(value) - len(visible)
    assert value not in shown
    if kind == PHONE:
        assert len(visible) <= 7 and hidden >= 4
    elif len(value) >= 15:
        assert shown[6:14] == MASK * 8 or len(value) == 15  # the birth date never shows
        assert len(visible) <= 10
    else:
        assert len(visible) <= 3 and hidden >= len(value) - 3


@given(documents)
def test_every_document_keeps_at_most_its_ends(doc: tuple[str, str]) -> None:
    kind, number = doc
    _check_masked(kind, number, mask(kind, number))


@given(PHONES)
def test_every_phone_hides_its_middle(number: str) -> None:
    _check_masked(PHONE, number, mask(PHONE, number))


@given(st.sampled_from((*ID_TYPES, PHONE)), st.text(max_size=30))
def test_any_text_is_masked_without_error(kind: str, text: str) -> None:
    shown = mask(kind, text)
    assert text.strip() == "" or shown.count(MASK) >= min(len(shown), 4)


def test_known_values() -> None:
    assert mask_id("11010519491231002X") == "110105********002X"
    assert mask_id(" 110105 19491231 002x ") == "110105********002X"
    assert mask_id("110105491231002") == "110105*****1002"
    assert mask_id("E12345678", "护照") == "E******78"
    assert mask_id("H1234567890", "港澳居民来往内地通行证") == "H********90"
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("+86 138-1234-5678") == "138****5678"
    assert mask_phone("+49 170 1234567") == "+49******4567"
    assert mask_phone("12345") == "*****"
    assert mask(PHONE, "") == mask_id(None) == ""


_ROW = MemberListRow(1, "Zoë", "女", None, "", "星河科技", date(2026, 11, 12), "applied")
_RECORD = MemberRecord(
    **{f.name: None for f in dataclasses.fields(MemberRecord) if f.default is dataclasses.MISSING}
)


@given(documents, PHONES)
def test_every_place_that_shows_a_member_uses_the_one_rule(
    doc: tuple[str, str], phone: str
) -> None:
    kind, number = doc
    want_id, want_phone = mask(kind, number), mask(PHONE, phone)
    row = dataclasses.replace(_ROW, id_type=kind, id_number=number, phone=phone)
    shown: list[str] = []
    # the member register, today's registrations and the duplicate dialog (one table model)
    values = [str(c.value(row)) for c in MemberTableModel.COLUMNS]
    assert want_id in values and want_phone in values
    shown += values
    # a figure's drill-down
    drill = [str(v) for v in stats.join_row(row, None)]
    assert want_id in drill and want_phone in drill
    shown += drill
    # an export without full values
    record = dataclasses.replace(_RECORD, id_type=kind, id_number=number, phone=phone)
    cells = {f.key: export.member_cell(record, f, False) for f in FIELDS}
    assert (cells["id_number"], cells["phone"]) == (want_id, want_phone)
    assert cells["birth_date"] is None
    shown += [str(v) for v in cells.values()]
    # audit entries and previews
    label = person_label("Zoë", number, kind)
    assert label == f"Zoë {want_id}"
    shown.append(label)
    # a log line: the program logs labels, and the safety net masks numbers it can recognise
    line = redact(f"保存 {label} {phone}")
    shown.append(line)
    if kind == RESIDENT_ID_TYPE:
        shown.append(redact(f"未保存：{number}"))
    for text in shown:
        assert number not in text and phone not in text
