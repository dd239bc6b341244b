"""Cleaning kinds of junk met on sites never seen, second round: related labels in other
wordings, share-button rows, reprint notices and labelled phone lines, journal running headers,
sign-in and session widgets, rating boxes, bare page numbers and the zoom widget, image codes,
runs of stamped headlines closing the page, a category item in the metadata block, captions
opening with a person's title, '(Hình ảnh …)' captions, a thesis cover inside the page. Every
page here is made up in the shape of its kind; each kind has counter-examples whose body must
stay whole."""
import pytest

from test_clean_unseen_kinds import HEAD, P1, P2, P3, _art, _body_whole  # the same made-up page parts


def _lines(a):
    return set(a.text.split("\n"))


def _gone(a, *junk):
    kept = _lines(a)
    for j in junk:
        assert j not in kept, j


def _page(*middle, tail=()):
    return "\n\n".join((HEAD, P1, *middle, P2, P3, *tail)) + "\n"


# ------------------------------------------------------------------ labels, share rows, widgets

@pytest.mark.parametrize("label", ["Tin cùng chủ đề", "Tin tức khác", "Tin cũ hơn", "Có thể bạn quan tâm",
                                   "Bạn có thể quan tâm", "Tin bài cùng chuyên mục", "Cùng chuyên mục",
                                   "Mới nhất", "Xem nhiều", "Gửi bình luận", "Tất cả tin tức"])
def test_related_labels_in_other_wordings_go_with_their_list(label):
    rel1 = "Huyện Quỳnh Lưu đẩy mạnh chuyển đổi số cấp xã"
    rel2 = "Thành phố Vinh tổng kết công tác cải cách hành chính"
    a = _art(_page(tail=(label, rel1, rel2)))
    _body_whole(a, P1, P2, P3)
    _gone(a, label)
    if label not in ("Mới nhất", "Xem nhiều", "Gửi bình luận", "Tin tức khác"):
        _gone(a, rel1, rel2)


def test_label_words_inside_sentences_stay():
    s1 = "Mới nhất, tỉnh đã công bố Chỉ số SIPAS năm 2023 với 86,5% người dân hài lòng."
    s2 = "Tất cả tin tức về cải cách hành chính được đăng trên Cổng thông tin điện tử tỉnh."
    s3 = "Có thể bạn quan tâm đến thủ tục cấp đổi giấy phép lái xe trực tuyến trên Cổng dịch vụ công."
    a = _art(_page(s1, s2, s3))
    _body_whole(a, P1, P2, P3, s1, s2, s3)


def test_share_rows_and_widgets_go():
    junk = ["Facebook Twitter Email In bài", "In trang Gửi email Chia sẻ", "Gửi bài viết qua email",
            "Bạn chưa đăng nhập. Hãy đăng nhập để đồng bộ gói dịch vụ vào tài khoản của bạn",
            "Nguồn: [Link nguồn]Nguồn: [Link nguồn]",
            "Tổng số điểm của bài viết là: 0 trong 0 đánh giá", "Click để đánh giá bài viết",
            "Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập. Thời gian chờ: 60 giây"]
    a = _art(_page(tail=junk))
    _body_whole(a, P1, P2, P3)
    _gone(a, *junk)


def test_sentences_about_sharing_signing_in_and_scores_stay():
    s1 = "Chia sẻ kinh nghiệm cải cách hành chính giữa các xã được tổ chức mỗi quý một lần."
    s2 = "Bạn chưa đăng nhập vào Cổng dịch vụ công thì không thể nộp hồ sơ trực tuyến."
    s3 = "Tổng số điểm của huyện là 86,5 trong thang điểm 100, tăng 3 bậc so với năm trước."
    a = _art(_page(s1, s2, s3))
    _body_whole(a, P1, P2, P3, s1, s2, s3)


# ------------------------------------------------------------------ portal footers

def test_reprint_notice_and_labelled_phone_lines_go():
    junk = ['Ghi rõ nguồn "Cổng thông tin điện tử huyện Yên Thành" khi phát hành lại thông tin từ website này',
            "Điện thoại liên hệ: 02383844555", "Địa chỉ: Số 12 đường Lê Lợi, thị trấn Yên Thành, Nghệ An",
            "Email: ubnd@yenthanh.gov.vn", "Bản quyền thuộc UBND huyện Yên Thành",
            "Giấy phép số 45/GP-STTTT do Sở Thông tin và Truyền thông cấp ngày 12/5/2020"]
    a = _art(_page(tail=junk))
    _body_whole(a, P1, P2, P3)
    _gone(a, *junk)


def test_sentences_naming_a_source_or_a_phone_stay():
    s1 = "Ghi rõ nguồn gốc hồ sơ trong sổ theo dõi là yêu cầu bắt buộc đối với bộ phận một cửa."
    s2 = "Điện thoại liên hệ của cán bộ được niêm yết công khai tại bộ phận một cửa các xã."
    a = _art(_page(s1, s2))
    _body_whole(a, P1, P2, P3, s1, s2)


# ------------------------------------------------------------------ printed documents

def test_journal_running_header_page_numbers_and_zoom_go():
    junk = ["TẠP CHÍ KHOA HỌC TRƯỜNG ĐẠI HỌC VINH, Tập 52, Số 3A/2023, tr. 45-56", "12", "- 5 -", "100%"]
    a = _art("\n\n".join((HEAD, "100%", P1, junk[0], P2, "12", P3, "- 5 -",
                          "Các sở, ngành báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 15/12 hằng năm.")))
    _body_whole(a, P1, P2, P3)
    _gone(a, *junk)


def test_numbers_in_tables_and_after_labels_and_journal_sentences_stay():
    row1 = "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình"
    row2 = "Tỷ lệ hồ sơ giải quyết đúng hạn trong năm 2023 của toàn tỉnh"
    label = "Tổng số hồ sơ tiếp nhận trong tháng của Trung tâm phục vụ hành chính công:"
    s = "Tạp chí Quản lý nhà nước số 5 năm 2023 đăng bài viết của ông về cải cách thủ tục hành chính."
    a = _art(_page(row1, "100%", row2, "98,5%", label, "120", s))
    _body_whole(a, P1, P2, P3, row1, row2, label, s)
    assert {"100%", "98,5%", "120"} <= _lines(a)


def test_image_code_between_paragraphs_goes_a_short_code_in_a_list_stays():
    a = _art(_page("ND 1"))
    _body_whole(a, P1, P2, P3)
    _gone(a, "ND 1")
    b = _art(_page("Các tuyến đường được nâng cấp:", "QL 1", "QL 14"))
    assert {"QL 1", "QL 14"} <= _lines(b)


HEADING = "CHƯƠNG 1. TỔNG QUAN VỀ DỊCH VỤ HÀNH CHÍNH CÔNG"


def test_thesis_cover_inside_the_page_goes_the_headings_under_it_stay():
    desc = ("Luận văn phân tích thực trạng cung ứng dịch vụ hành chính công tại huyện Yên Thành giai đoạn "
            "2018-2022 và đề xuất các giải pháp nâng cao chất lượng phục vụ.")
    cover = ["Trang 1BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC VINH", "NGUYỄN VĂN AN", "LUẬN VĂN THẠC SĨ QUẢN LÝ CÔNG",
             "Chuyên ngành : Quản lý công", "Người hướng dẫn khoa học: TS. Trần Văn Bình", "Nghệ An, năm 2022"]
    page = "\n".join(["Nâng cao chất lượng cung ứng dịch vụ hành chính công tại huyện Yên Thành", "", desc, ""]
                     + cover + ["", HEADING, "1. Tính cấp thiết của đề tài", P1, P2])
    a = _art(page)
    _body_whole(a, desc, HEADING, "1. Tính cấp thiết của đề tài", P1, P2)
    _gone(a, *cover)
    # a cover without its place-and-year line: the upper-case heading under the fields stays
    b = _art("\n".join(["Nâng cao chất lượng cung ứng dịch vụ hành chính công tại huyện Yên Thành", "", desc, "",
                        "TRƯỜNG ĐẠI HỌC VINH", "LUẬN VĂN THẠC SĨ QUẢN LÝ CÔNG", "Chuyên ngành : Quản lý công",
                        HEADING, P1, P2]))
    assert HEADING in _lines(b)
    _gone(b, "LUẬN VĂN THẠC SĨ QUẢN LÝ CÔNG")


def test_sentence_about_a_thesis_stays():
    s = "Luận văn thạc sĩ gồm ba chương, được bảo vệ tại Trường Đại học Vinh năm 2022."
    a = _art(_page(s, HEADING))
    _body_whole(a, P1, P2, P3, s, HEADING)


# ------------------------------------------------------------------ related headlines, metadata

def test_a_run_of_stamped_headlines_closing_the_page_goes():
    rel = ["Sở Nội vụ triển khai kế hoạch năm 2024 (12/03/2024)",
           "Huyện Yên Thành tổng kết công tác cải cách hành chính (10/03/2024)",
           "Thành phố Vinh đẩy mạnh chuyển đổi số 1.234 lượt xem"]
    a = _art(_page(tail=rel))
    _body_whole(a, P1, P2, P3)
    _gone(a, *rel)


def test_one_stamped_line_or_sentences_ending_in_a_date_stay():
    one = "Sở Nội vụ triển khai kế hoạch năm 2024 (12/03/2024)"
    a = _art(_page(tail=(one,)))
    assert one in _lines(a)
    s1 = "Quyết định có hiệu lực kể từ ngày 01/07/2024."
    s2 = "Các sở, ngành báo cáo kết quả trước ngày 15/12/2024."
    b = _art(_page(tail=(s1, s2)))
    _body_whole(b, s1, s2)


def test_date_and_views_line_and_category_in_the_metadata_block_go():
    page = "\n".join([HEAD, "- 01/02/2023", "- 2367 lượt xem", "- PAPI", "15/11/2019 | 604", P1, P2, P3])
    a = _art(page)
    _body_whole(a, P1, P2, P3)
    _gone(a, "- PAPI", "PAPI", "15/11/2019 | 604")


def test_a_short_list_item_in_the_body_stays():
    page = "\n".join([HEAD, P1, "Các chỉ số được công bố gồm:", "- PAPI", "- SIPAS", "- PAR INDEX", P2, P3])
    a = _art(page)
    assert {"- PAPI", "- SIPAS", "- PAR INDEX"} <= _lines(a)


def test_closing_byline_in_emphasis_marks_goes():
    a = _art(_page(tail=("** Nguyễn Thu Hải",)))
    _body_whole(a, P1, P2, P3)
    _gone(a, "** Nguyễn Thu Hải")
    assert a.byline and "Nguyễn Thu Hải" in a.byline


# ------------------------------------------------------------------ captions

@pytest.mark.parametrize("cap", [
    "TS. Lê Minh Khang, Viện trưởng Viện Nghiên cứu chính sách công phát biểu tại hội thảo.",
    "Đ/c Phạm Thu Hà - Phó Chủ tịch Hội Nông dân huyện phát biểu khai mạc lớp tập huấn",
    "Cán bộ Trung tâm khuyến nông huyện phổ biến kỹ thuật trồng rau an toàn cho hội viên",
    "Người dân làm thủ tục tại bộ phận một cửa xã Hưng Tân (Hình minh họa)",
])
def test_captions_without_credit_go(cap):
    a = _art(_page(cap))
    _body_whole(a, P1, P2, P3)
    _gone(a, cap)


@pytest.mark.parametrize("sent", [
    "TS. Lê Minh Khang, Viện trưởng Viện Nghiên cứu chính sách công cho biết số thủ tục trực tuyến tăng gấp đôi.",
    "Cán bộ tư pháp xã đã phổ biến pháp luật cho hơn 300 người dân tại các thôn trong quý I.",
    "Người dân cần nộp 02 ảnh chân dung (hình 4x6) khi làm thủ tục tại bộ phận một cửa.",
])
def test_sentences_shaped_like_captions_stay(sent):
    a = _art(_page(sent))
    _body_whole(a, P1, P2, P3, sent)


# ------------------------------------------------------------------ copies and closing lines

def test_caption_printed_again_with_scrambled_marks_goes_a_headline_and_its_copy_with_a_stop_stay_title():
    cap = "Đại diện lãnh đạo Sở Nội vụ thăm, tặng quà cán bộ bộ phận một cửa tại xã Điềm Thụy"
    mangled = "Đạì đìện lãnh đạô Sở Nộị vụ thăm, tặng qùà cán bộ bộ phận một cửã tạỉ xã Đìềm Thụỷ"
    a = _art(_page(cap, mangled))
    _body_whole(a, P1, P2, P3)
    _gone(a, cap, mangled)
    b = _art("\n\n".join((HEAD, HEAD + ".", P1, P2)))
    assert b.title == HEAD
    _body_whole(b, P1, P2)


def test_two_lines_whose_letters_differ_stay():
    s1 = "Năm 2023, toàn tỉnh tiếp nhận 12.000 hồ sơ trực tuyến, tăng 20% so với năm trước đó."
    s2 = "Năm 2024, toàn tỉnh tiếp nhận 15.000 hồ sơ trực tuyến, tăng 25% so với năm trước đó."
    a = _art(_page(s1, s2))
    _body_whole(a, s1, s2)


def test_closing_name_with_the_authors_post_is_the_byline():
    a = _art(_page(tail=("Trần Thu Hà - Cán bộ VHTT",)))
    _body_whole(a, P1, P2, P3)
    _gone(a, "Trần Thu Hà - Cán bộ VHTT")
    assert a.byline and "Trần Thu Hà" in a.byline
    s = "Trần Thu Hà - Cán bộ văn hóa xã đã có 20 năm gắn bó với công tác tuyên truyền ở cơ sở."
    b = _art(_page(tail=(s,)))
    _body_whole(b, s)


def test_lead_printed_again_under_the_headlines_copy_goes_a_repeated_line_of_a_prayer_stays():
    a = _art("\n\n".join((HEAD, P1, P2, HEAD, P1)) + "\n")
    assert a.text.count(P1) == 1
    _body_whole(a, P1, P2)
    verse = "- Con lạy chín phương trời, mười phương chư Phật, chư Phật mười phương, con kính lạy."
    b = _art("\n".join((HEAD, P1, verse, P2, verse, P3)))
    assert b.text.count(verse) == 2


def test_update_subheading_without_a_date_stays():
    sub = "Cập nhật nhanh cách sử dụng phần mềm VNeID"
    a = _art(_page(sub))
    _body_whole(a, P1, P2, P3, sub)
    b = _art("\n\n".join((HEAD, "Cập nhật: 14:20 ngày 12/3/2023", P1, P2)))
    _gone(b, "Cập nhật: 14:20 ngày 12/3/2023")


# ------------------------------------------------------------------ headings, closing blocks

def test_upper_case_section_headings_are_body_not_bylines():
    for heading in ("ĐẶT VẤN ĐỀ", "MỞ ĐẦU", "KẾT LUẬN"):
        a = _art(_page(heading))
        _body_whole(a, P1, P2, P3, heading)
        assert heading not in (a.byline or "")


def test_name_above_a_related_list_is_the_byline_and_quoted_headlines_stay_in_the_list():
    rel = ["Thành phố Thanh Hóa tổng kết năm học 2024-2025", "07/06/2025 00:00:00 -",
           "TP Thanh Hóa ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em",
           "Thành phố Thanh Hóa: Ngày hội hiến máu tình nguyện “Hiến giọt máu đào – Trao niềm hy vọng”"]
    a = _art(_page(tail=["Thu Hiền", "Tin cùng chuyên mục", *rel]))
    _body_whole(a, P1, P2, P3)
    _gone(a, "Thu Hiền", "Tin cùng chuyên mục", *rel)
    assert a.byline == "Thu Hiền"


def test_a_sentence_ending_in_a_quotation_ends_the_related_list():
    said = ("Bà Nguyễn Thị Hoa, Chủ tịch UBND xã cho biết: “Xã sẽ tiếp tục rà soát, cắt giảm thời gian giải "
            "quyết thủ tục cho người dân.”")
    a = _art(_page(tail=["Xem thêm", "Huyện Quỳnh Lưu đẩy mạnh chuyển đổi số cấp xã", said]))
    _body_whole(a, said)


def test_tags_label_full_episodes_label_and_reply_button_go_a_qa_answer_label_stays():
    a = _art(_page(tail=["Thẻ:", "TRỌN BỘ", "Trả lời"]))
    _body_whole(a, P1, P2, P3)
    _gone(a, "Thẻ:", "TRỌN BỘ", "Trả lời")
    ans = "Trả lời: hồ sơ được nộp trực tuyến hoặc tại bộ phận một cửa cấp xã trong giờ hành chính."
    b = _art(_page("Hỏi: tôi nộp hồ sơ cấp đổi giấy phép lái xe ở đâu?", ans))
    _body_whole(b, ans)
