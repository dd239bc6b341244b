"""A table of the text flattened into lines at the end of a page (one row a line: a name, its
score, its rank) is body, not a run of other articles' headlines; headlines closing a page, a
number or none in each, still go."""
from __future__ import annotations

import cchc_extract as cx

BODY = ("Ngày 10/5, VCCI công bố Chỉ số năng lực cạnh tranh cấp tỉnh năm 2020 với sự tham gia của "
        "hơn 12.000 doanh nghiệp trên cả nước.\n\n"
        "Theo báo cáo, nhiều địa phương đã cải thiện rõ rệt chất lượng điều hành kinh tế, đặc biệt ở "
        "các chỉ số chi phí thời gian và tính minh bạch.\n\n")

TABLES = [
    "Bảng xếp hạng PCI 2020\n\nTỉnh Điểm số Xếp hạng Nhóm\nQuảng Ninh 75,09 1 Rất tốt\nĐồng Tháp 72,81 2 Rất tốt\n"
    "Long An 70,37 3 Rất tốt\nBình Dương 70,16 4 Rất tốt",
    "Kết quả năm 2023\n\n1 Hải Dương 68,5 điểm\n2 Bắc Ninh 67,9 điểm\n3 Hưng Yên 66,2 điểm\n4 Thái Bình 65,0 điểm",
    "Đơn vị Điểm Hạng\nSở Tư pháp 92,15 1\nSở Nội vụ 90,40 2\nSở Tài chính 88,72 3\nSở Y tế 87,01 4",
]

HEADLINES = ("Hà Giang đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính\n"
             "Lào Cai tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2023\n"
             "Yên Bái nâng cao chất lượng phục vụ của bộ phận một cửa cấp xã\n"
             "Sơn La triển khai 45 dịch vụ công trực tuyến toàn trình mới")


def test_a_table_closing_the_page_is_kept_with_its_rows():
    for table in TABLES:
        art = cx.extract(BODY + table)
        for row in table.split("\n")[2:]:
            assert row in art.text, (row, [r.text for r in art.removed])


def test_the_top_table_gives_its_ranks():
    art = cx.extract(BODY + TABLES[0])
    ranks = sorted((f.subject, f.rank) for f in art.of_type("ranking"))
    assert ranks == [("Bình Dương", 4), ("Long An", 3), ("Quảng Ninh", 1), ("Đồng Tháp", 2)]


def test_headlines_closing_the_page_still_go():
    art = cx.extract(BODY + HEADLINES)
    for h in HEADLINES.split("\n"):
        assert h not in art.text
        assert any(r.text == h and r.reason == "related_link" for r in art.removed)
