"""Cleaning kinds met on a sixth round of sites never seen: a legal letter's letterhead printed as
table rows, date labels that need a date, a lead of two sentences opening a page with no headline,
a label above the page's date line, a re-hosting site's lead-in naming the copied post, a
visit-counter box with labels and figures on separate lines, arrow breadcrumbs, the page's time
and date glued before its lead, scene captions (under the headline, between paragraphs cut
off, naming an officer by rank), score-table captions, a semicolon list of figures closing the
lead. Every page is made up in the shape of its kind; each kind has counter-examples whose body
must stay whole."""
from test_clean_unseen_kinds import HEAD, P1, P2, P3, _art, _body_whole  # the same made-up page parts
from test_clean_unseen_kinds2 import _gone, _lines, _page

LONG = ("Theo báo cáo của Sở Nội vụ, trong năm qua toàn tỉnh đã tiếp nhận và giải quyết hơn 120.000 hồ "
        "sơ thủ tục hành chính, trong đó tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,7%, tỷ lệ hồ sơ nộp trực "
        "tuyến đạt 62%, cao hơn mức bình quân của các tỉnh trong vùng và vượt chỉ tiêu mà Nghị quyết của")
# a paragraph the page cut off mid-sentence


# ------------------------------------------------------------------ a legal letter, kept whole

def test_a_letter_whose_letterhead_is_printed_as_table_rows_keeps_its_number_and_is_legal():
    number = ("Số: 1234/STTTT-CĐS V/v hướng dẫn triển khai chuyển đổi số cấp xã | Nam Định, ngày 5 tháng 3 "
              "năm 2024 |")
    page = "\n".join(["SỞ THÔNG TIN VÀ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", number,
                      "Kính gửi: | - Ủy ban nhân dân các huyện, thành phố; |", P1, P2, P3]) + "\n"
    a = _art(page)
    assert number in a.text
    assert a.page_kind == "legal_document" and a.title is None
    _body_whole(a, P1, P2, P3)


def test_rows_of_related_headlines_still_go():
    row = "Tỉnh A dẫn đầu chỉ số PAR INDEX năm 2023 | Tỉnh B công bố kết quả DDCI năm 2023 |"
    a = _art(_page(row))
    assert row not in _lines(a)
    _body_whole(a, P1, P2, P3)


# ------------------------------------------------------------------ date labels

def test_date_labels_with_a_date_go():
    for line in ["Tin đăng lúc : 06-05-2020", "Ngày: 08/04/2025", "Cập nhật: 2 giờ trước", "Bài đăng lúc: 14:20 12/3/2024"]:
        a = _art(_page(line))
        assert line not in _lines(a), line
        _body_whole(a, P1, P2, P3)


def test_a_task_opening_with_a_label_word_stays():
    tasks = ["- Cập nhật và công bố kịp thời 100% các thủ tục hành chính theo quy",
             "Cập nhật 12 thủ tục hành chính mới trên Cổng dịch vụ công quốc gia",
             "Đăng ký 100% hộ kinh doanh trên hệ thống trong năm 2025"]
    for task in tasks:
        a = _art(_page(task))
        assert task in a.text, task
        _body_whole(a, P1, P2, P3)


# ------------------------------------------------------------------ titles

def test_a_lead_of_two_sentences_opening_the_page_has_no_headline_under_it():
    lead = ("Chỉ số cải cách hành chính đã trở thành công cụ quan trọng để đo lường kết quả cải cách hành "
            "chính của các tỉnh, thành phố tại Việt Nam. Việc đánh giá chỉ số giúp các địa phương nhận "
            "diện điểm mạnh, điểm yếu.")
    sub = "Kết quả cải cách hành chính của các tỉnh, thành phố tại Việt Nam"
    a = _art("\n\n".join([lead, sub, P2, P3]) + "\n")
    assert a.title is None
    _body_whole(a, lead, sub, P2, P3)


def test_a_one_sentence_lead_above_its_headline_still_gives_the_headline():
    lead = ("Ngày 12/3, UBND tỉnh Thái Nguyên tổ chức hội nghị công bố Chỉ số cải cách hành chính năm "
            "2023 của các sở, ban, ngành và UBND các huyện.")
    head = "Thái Nguyên công bố Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành"
    a = _art("\n\n".join([lead, head, P2, P3]) + "\n")
    assert a.title == head
    _body_whole(a, lead, P2, P3)


def test_a_label_above_the_date_line_is_no_kicker_but_a_kicker_right_above_is():
    a = _art("\n".join(["Thông báo:", "Nam Định, ngày 24 tháng 4 năm 2025", HEAD, P1, P2, P3]) + "\n")
    assert a.title == HEAD
    assert "Thông báo:" not in _lines(a)
    _body_whole(a, P1, P2, P3)
    b = _art("\n".join(["Cà Mau:", HEAD, P1, P2, P3]) + "\n")
    assert b.title == "Cà Mau: " + HEAD


def test_a_re_hosting_sites_lead_in_names_the_headline_and_goes():
    head = "Nam Định: Bàn Giải Pháp Nâng Cao Chỉ Số Par Index"
    lead_in = (f"Bạn đang xem bài viết {head} được cập nhật mới nhất trên website Tintuc247.edu.vn. Hy vọng "
               "những thông tin mà chúng tôi đã chia sẻ là hữu ích với bạn. Nếu nội dung hay, ý nghĩa bạn hãy "
               "chia sẻ với bạn bè của mình và luôn theo dõi, ủng hộ chúng tôi để cập nhật những thông tin mới nhất.")
    a = _art("\n".join([lead_in, P1, P2, P3]) + "\n")
    assert a.title == head
    assert "Tintuc247" not in a.text and "Hy vọng" not in a.text
    assert any("Tintuc247" in r.text for r in a.removed)  # reported, not dropped silently
    _body_whole(a, P1, P2, P3)
    body = "Bạn đang xem bài viết thứ ba trong loạt bài về cải cách hành chính ở vùng cao của báo."
    b = _art(_page(body))
    assert body in b.text and b.title == HEAD


# ------------------------------------------------------------------ counters, breadcrumbs, stamps

def test_a_visit_counter_with_labels_and_figures_on_separate_lines_goes():
    box = ["Truy cập", "Hôm nay:", "12", "Hôm qua:", "0", "Tuần này:", "35", "Tháng này:", "0", "Tất cả:", "215504"]
    a = _art("\n".join(box) + "\n\n" + "\n\n".join([HEAD, P1, P2, P3]) + "\n")
    assert a.title == HEAD
    for x in ("Tuần này:", "Tháng này:", "215504", "35"):
        assert x not in _lines(a), x
    _body_whole(a, P1, P2, P3)


def test_a_heading_about_access_with_text_under_it_stays():
    sub = "Truy cập"
    a = _art(_page(sub, "Người dân truy cập Cổng dịch vụ công của tỉnh để nộp hồ sơ trực tuyến mọi lúc."))
    assert "Người dân truy cập Cổng dịch vụ công của tỉnh để nộp hồ sơ trực tuyến mọi lúc." in a.text
    _body_whole(a, P1, P2, P3)


def test_an_arrow_breadcrumb_ending_in_the_headline_goes():
    crumb = f"Báo Kinh tế»Thời sự»Cải cách hành chính»{HEAD}"
    a = _art("\n\n".join([crumb, HEAD, "06:55 - 12/04/2023", P1, P2, P3]) + "\n")
    assert a.title == HEAD
    assert crumb not in a.text
    _body_whole(a, P1, P2, P3)
    line = "Tỉnh xếp hạng 12 » tăng 3 bậc so với năm trước, vượt kế hoạch đề ra của tỉnh"
    b = _art(_page(line))
    assert line in b.text


def test_the_time_and_date_glued_before_the_lead_go_and_date_the_page():
    lead = ("Theo báo cáo của Công an thành phố, tính đến 23h ngày 29-6-2023, tất cả các quận, huyện đã "
            "hoàn thành chỉ tiêu kích hoạt tài khoản định danh điện tử.")
    a = _art("\n".join(["13:47 21/07/2023 " + lead, P2, P3]) + "\n")
    assert lead in a.text and "13:47" not in a.text
    assert a.published == "2023-07-21"
    body = "10:30 ngày 21/07/2023, UBND tỉnh tổ chức hội nghị trực tuyến với các huyện về chuyển đổi số."
    b = _art(_page(body))
    assert body in b.text


# ------------------------------------------------------------------ captions

def test_a_scene_caption_under_the_headline_naming_a_person_named_again_goes():
    cap = "Đồng chí Nguyễn Văn Hải – Phó Chủ tịch UBND huyện chủ trì cuộc họp."
    p1 = ("Phát biểu tại cuộc họp, đồng chí Nguyễn Văn Hải – Phó Chủ tịch UBND huyện đề nghị các cơ quan "
          "tập trung khắc phục những hạn chế trong công tác cải cách hành chính.")
    a = _art("\n\n".join([HEAD, cap, p1, P2, P3]) + "\n")
    assert cap not in _lines(a)
    _body_whole(a, p1, P2, P3)


def test_a_lead_naming_a_person_not_named_again_stays():
    lead = "Đồng chí Trần Văn Nam – Phó Chủ tịch UBND huyện chủ trì cuộc họp về cải cách hành chính."
    a = _art("\n\n".join([HEAD, lead, P1, P2, P3]) + "\n")
    assert lead in a.text
    _body_whole(a, P1, P2, P3)


def test_scene_captions_between_paragraphs_cut_off_go():
    caps = ["Lãnh đạo UBND xã Tân Phú báo cáo kết quả cải cách hành chính và chuyển đổi số",
            "Thượng tá Nguyễn Văn Hùng, Giám đốc Công an tỉnh phát biểu tại lễ công bố"]
    for cap in caps:
        a = _art("\n\n".join([HEAD, LONG, cap, LONG.replace("năm qua", "quý I"), P3]) + "\n")
        assert cap not in _lines(a), cap
        assert LONG in a.text


def test_a_sentence_telling_of_a_report_stays():
    s = "Lãnh đạo các xã đã báo cáo kết quả cải cách hành chính với đoàn kiểm tra của huyện."
    a = _art("\n\n".join([HEAD, LONG, s, LONG.replace("năm qua", "quý I"), P3]) + "\n")
    assert s in a.text


def test_score_table_and_internet_picture_captions_go():
    for cap in ["Bảng điểm PAR INDEX 2023 của Nam Định", "Mục tiêu của Đề án 06 của Chính phủ (Hình từ internet)"]:
        a = _art(_page(cap))
        assert cap not in _lines(a), cap
        _body_whole(a, P1, P2, P3)
    body = "Bảng điểm được công khai trên Cổng thông tin điện tử của tỉnh, đã có 12 đơn vị đạt trên 90 điểm."
    s2 = "Tỷ lệ hồ sơ nộp qua Internet (trực tuyến) đạt 62%."
    a = _art(_page(body, s2))
    _body_whole(a, body, s2)


def test_a_lead_closing_on_a_semicolon_list_of_figures_keeps_the_headline():
    lead = ("Trong đó, tỉnh Nam Định đứng đầu cả nước về tỷ trọng kinh tế số là 56,83%; đứng thứ 2 là Thái "
            "Nguyên với 42,92%; tiếp đó là Bắc Giang (42,13%); Hải Phòng (29,48%); Vĩnh Phúc (22,87%)...")
    a = _art("\n\n".join([HEAD, lead, P1, P2, P3]) + "\n")
    assert a.title == HEAD
    _body_whole(a, lead, P1, P2, P3)


def test_chart_captions_naming_an_index_and_its_units_go():
    for cap in ["Kết quả PAPI 2023 của 63 tỉnh, thành phố",
                "Chỉ số chuyển đổi số cấp tỉnh qua 3 năm, từ năm 2021 đến 2023.",
                "Thứ hạng và điểm chỉ số PCI Nam Định trong những năm qua"]:
        a = _art(_page(cap))
        assert cap not in _lines(a), cap
        _body_whole(a, P1, P2, P3)


def test_headings_and_sentences_about_an_index_and_captions_over_tables_stay():
    keep = ["Kết quả cải cách hành chính của các tỉnh, thành phố",
            "Chỉ số PAPI của tỉnh tăng 12 bậc so với năm trước, đứng đầu các tỉnh, thành phố."]
    for line in keep:
        a = _art(_page(line))
        assert line in a.text, line
    cap = "Kết quả PAPI 2023 của 63 tỉnh, thành phố"
    a = _art(_page(cap, "| STT | Tỉnh | Điểm |\n| 1 | Quảng Ninh | 47,1 |"))
    assert cap in a.text
