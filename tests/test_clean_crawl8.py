"""Cleaning kinds of junk counted at scale on a crawl of many sites (news, sport, entertainment,
finance): gambling gateway lines and pages with no body left, ad notices, machine-translation
disclaimers, icon-font dumps, age gates, newsletter boxes, a video's call to watch, another
story's teaser glued into one line behind its site's dateline, portrait captions ('Ông …: one
sentence' under the paragraph reporting that person), a bulleted author under a bulleted date
stamp, bracketed update stamps, pointers to an attached file and a content system's empty date.
Every page is made up in the shape of its kind; each kind has counter-examples whose body must
stay whole."""
import pytest

import cchc_extract as cx
from test_clean_unseen_kinds import HEAD, P1, P2, P3, _art, _body_whole  # the same made-up page parts
from test_clean_unseen_kinds2 import _gone, _page


def _reason(a, line):
    return [r.reason for r in a.removed if r.text.strip() == line.strip()]


# ------------------------------------------------------------------ gambling gateways, empty pages

GATEWAY = [
    "xem bong da truc tiep k+⭐ab77.com.co⭐️AB77Casino trực tuyến uy tín, đăng ký ngay để nhận tiền thưởng⭐️",
    "Related products · 99win online · trang web cá cược · đá gà trực tiếp · ketqua.net · Company · Social media.",
    "lich-thi-dau-v-league-hom-nay · SKU:123 · Category:Roulette · Tags:blackjack.",
    "SKU:941 · Category:Roulette · Tags:blackjack.",
    "keo chap real vs chelsea⭐️AB88.game⭐️Tuy nhiên, sau khi phát hành, trò chơi không nhận được phản hồi tích cực",
]


@pytest.mark.parametrize("line", GATEWAY)
def test_a_gambling_gateway_line_goes_and_its_page_is_other(line):
    post = ("[lich thi dau hom nay](https://example.gov.vn/lich-thi-dau-hom-nay)\n\n"
            "![lich thi dau hom nay](https://example.gov.vn/a.jpg)\n\n" + line + "\n")
    a = _art(post)
    assert a.text.strip() == ""
    assert a.page_kind == "other"
    assert "spam" in {r.reason for r in a.removed}


@pytest.mark.parametrize("line", GATEWAY)
def test_a_gambling_gateway_line_in_an_article_goes_and_the_article_stays(line):
    a = _art(_page(line))
    _gone(a, line)
    _body_whole(a, P1, P2, P3)
    assert a.page_kind == "article"


@pytest.mark.parametrize("line", [
    "Công an tỉnh triệt phá đường dây cá cược bóng đá qua trang web m88 với số tiền giao dịch hơn 100 tỷ đồng.",
    "Các đối tượng tổ chức đánh bạc · cá cược · lô đề đều bị khởi tố theo Điều 322 Bộ luật Hình sự.",
    "Xếp hạng: ⭐ Tỉnh dẫn đầu cả nước về chỉ số hài lòng của người dân năm 2023.",
])
def test_news_about_gambling_or_a_starred_line_stays(line):
    a = _art(_page(line))
    _body_whole(a, P1, P2, P3, line)
    assert a.page_kind == "article"


def test_an_article_keeps_its_kind_when_its_body_stays():
    a = _art(_page())
    assert a.text.strip() and a.page_kind == "article"


# ------------------------------------------------------------------ notices, disclaimers, widgets

@pytest.mark.parametrize("junk", [
    "đây hoặc loại bỏ quảng cáo . Quảng cáo của bên thứ 3. Không phải là đề nghị hoặc khuyến nghị của trang.",
    "Quảng cáo Đọc tiếp",
    "Bài viết này được tạo và dịch với sự hỗ trợ của AI và đã được biên tập viên xem xét.",
    "virtual news close toggle toggle-filled warning facebook lock ellipsis settings double_angle_left "
    "double_angle_right angle_up angle_down menu-soccer",
    " ".join(["virtual news close toggle toggle-filled warning facebook lock ellipsis settings Info table calendar "
              "alerts Favorite clock link twitter double_angle_left double_angle_right double_angle_up "
              "double_angle_down Previous Next angle_up angle_down menu-soccer soccer soccer-live"] * 3),
    "Bằng cách nhấp vào xác nhận “Tôi đã đủ 18 tuổi” là bạn đồng ý với các điều khoản của bài viết này.",
    "Thư TinHãy nhận thư tin hàng ngày của đài: Bản tin thời sự, phóng sự, phỏng vấn Đăng ký",
    "Mời quý vị và các bạn theo dõi nội dung chi tiết!",
    "( Cập nhật lúc: 26/02/2019  )",
    "Chi tiết Nghị quyết có file đính kèm.",
    "Lữ Hoàng Phong | 00:00 30/11/-0001",
])
def test_page_widgets_and_notices_go(junk):
    a = _art(_page(junk))
    _gone(a, junk)
    _body_whole(a, P1, P2, P3)


@pytest.mark.parametrize("line", [
    "Doanh nghiệp phải loại bỏ các nội dung quảng cáo sai sự thật trước ngày 30/6.",
    "Theo dự thảo luật, bài viết được tạo với sự hỗ trợ của AI sẽ phải gắn nhãn rõ ràng.",
    "Hệ thống dùng các trường ma_ho_so và ngay_tiep_nhan để tra cứu hồ sơ trực tuyến.",
    "Người dân có thể xác nhận đã đủ 18 tuổi bằng căn cước khi làm thủ tục.",
    "Người dân được nhận bản tin hàng ngày qua ứng dụng công dân số của tỉnh.",
    "Mời quý vị và các bạn theo dõi nội dung chi tiết về thủ tục cấp đổi giấy phép lái xe trên Cổng dịch vụ công quốc gia.",
    "Chi tiết hồ sơ có file đính kèm gồm đơn đề nghị và bản sao căn cước.",
    "Nhiệt độ thấp nhất đạt -1 độ C tại Sa Pa ngày 30/11.",
])
def test_sentences_in_the_shape_of_widgets_stay(line):
    a = _art(_page(line))
    _body_whole(a, P1, P2, P3, line)


# ------------------------------------------------------------------ another story's teaser, glued

@pytest.mark.parametrize("teaser", [
    "Tỉnh công bố chỉ số cải cách hành chính năm 2023 Baobacgiang.vn - Sáng 12/4, UBND tỉnh công bố kết quả.",
    "Bộ GTVT yêu cầu kiểm tra toàn bộ cầu bắc qua sông bị ảnh hưởng bão lũ SKĐS - Ngày 12/9, Bộ GTVT có công điện.",
    "Hà Nội: Xe taxi bất ngờ bốc cháy trên đường Láng VTV.vn - Đang lưu thông trên đường, xe taxi bốc cháy.",
])
def test_a_glued_teaser_behind_a_site_dateline_goes(teaser):
    a = _art(_page(tail=[teaser]))
    _gone(a, teaser)
    assert _reason(a, teaser) == ["related_link"]
    _body_whole(a, P1, P2, P3)


@pytest.mark.parametrize("line", [
    "Phim tập 18 sẽ phát sóng trực tiếp trên kênh VTV3 tại các ứng dụng VTV Go - VTV - VTV Giải trí vào lúc 21 giờ 40.",
    "Theo thông tin đăng trên Baobacgiang.vn - trang tin điện tử của tỉnh, tỉnh đã hoàn thành 98% chỉ tiêu.",
])
def test_a_sentence_naming_a_site_and_a_dash_stays(line):
    a = _art(_page(line))
    _body_whole(a, P1, P2, P3, line)


# ------------------------------------------------------------------ portrait captions

SAID = ("Phát biểu tại hội nghị, ông Nguyễn Văn Hùng, Giám đốc Sở Nội vụ, cho biết năm 2023 tỉnh đứng thứ 5 "
        "cả nước về chỉ số cải cách hành chính và đã hoàn thành số hóa hồ sơ của 100% thủ tục.")
SAID2 = ("PGS. TS. Trần Thị Lan, Phó Giám đốc Học viện, đánh giá cao những nỗ lực của tỉnh trong việc đào tạo "
         "nhân lực số và cam kết tiếp tục phối hợp trong những năm tới.")


@pytest.mark.parametrize("said, caption", [
    (SAID, "Ông Nguyễn Văn Hùng: Năm 2023, tỉnh đứng thứ 5 cả nước về chỉ số cải cách hành chính."),
    (SAID2, "PGS. TS. Trần Thị Lan: Học viện sẵn sàng đồng hành cùng tỉnh trong đào tạo nhân lực số."),
])
def test_a_portrait_caption_under_the_speakers_paragraph_goes(said, caption):
    a = _art("\n\n".join([HEAD, P1, said, caption, P2, P3]))
    _gone(a, caption)
    assert _reason(a, caption) == ["photo_caption"]
    _body_whole(a, P1, said, P2, P3)


def test_an_interview_answer_stays():
    q = "PV: Xin ông cho biết kết quả cải cách hành chính của tỉnh năm 2023 và các giải pháp trọng tâm năm tới?"
    ans = "Ông Nguyễn Văn Hùng: Năm 2023, tỉnh đứng thứ 5 cả nước về chỉ số cải cách hành chính."
    a = _art("\n\n".join([HEAD, P1, SAID, q, ans, P2]))
    _body_whole(a, P1, SAID, ans, P2)


@pytest.mark.parametrize("line", [
    "Ông Nguyễn Văn Hùng: Năm 2023, tỉnh đứng thứ 5 cả nước. Tỉnh sẽ tiếp tục đẩy mạnh số hóa hồ sơ.",  # two sentences
    "Ông Trần Văn Nam: Năm 2023, tỉnh đứng thứ 5 cả nước về chỉ số cải cách hành chính.",  # not named above
    "Yên Bái: 32 người chết, 7 người mất tích",  # a live report's sub-heading
])
def test_name_colon_lines_that_are_no_portrait_caption_stay(line):
    above = SAID if "Yên Bái" not in line else (
        "Theo báo cáo nhanh của cơ quan chức năng tỉnh Yên Bái, tính đến 14h ngày 10-9, mưa lũ và sạt lở đất "
        "đã làm 32 người chết, 7 người mất tích trên địa bàn tỉnh.")
    a = _art("\n\n".join([HEAD, P1, above, line, P2, P3]))
    _body_whole(a, P1, above, line, P2, P3)


# ------------------------------------------------------------------ a bulleted author

def test_a_bulleted_author_under_a_bulleted_date_stamp_goes():
    a = _art(_page(tail=["  • 18/03/2019 03:23", "  • Minh Ngọc"]))
    _gone(a, "• Minh Ngọc", "• 18/03/2019 03:23")
    assert _reason(a, "• Minh Ngọc") == ["byline"]
    _body_whole(a, P1, P2, P3)


def test_a_bulleted_list_of_places_stays():
    items = ["• Quảng Ninh", "• Hải Phòng", "• Bắc Ninh"]
    a = _art(_page("Ba địa phương dẫn đầu bảng xếp hạng năm 2023 gồm:", *items))
    _body_whole(a, P1, P2, P3, *items)


def test_every_fact_stays_anchored():
    a = cx.extract(_page(GATEWAY[0], "Quảng cáo Đọc tiếp", tail=["  • 18/03/2019 03:23", "  • Minh Ngọc"]))
    for f in a.facts:
        assert a.text[f.start:f.end] == f.text


# ------------------------------------------------------------------ a long headline over the date line

LONG_HEAD = ("Bài phát biểu của Chủ tịch UBND tỉnh tại Hội thảo Hành chính công và quản trị công trong bối cảnh "
             "hội nhập khu vực và toàn cầu do Bộ Nội vụ tổ chức tại Hà Nội.")


def test_a_long_headline_with_a_full_stop_over_the_date_line_is_the_title():
    a = _art("\n\n".join([LONG_HEAD, "Đăng lúc: 14:18:06 24/10/2014 (GMT+7)", P1, P2, P3]))
    assert a.title == LONG_HEAD.rstrip(".") or a.title == LONG_HEAD
    assert LONG_HEAD not in a.text
    _body_whole(a, P1, P2, P3)


def test_two_sentences_over_the_date_line_are_no_title():
    lead = "Tỉnh đã hoàn thành 98% chỉ tiêu cải cách hành chính năm 2023. Kết quả này cao hơn năm trước."
    a = _art("\n\n".join([lead, "Đăng lúc: 14:18:06 24/10/2014 (GMT+7)", P1, P2, P3]))
    assert a.title != lead
    _body_whole(a, lead, P1, P2, P3)


# ------------------------------------------------------------------ see-more labels, reader disclaimers

@pytest.mark.parametrize("junk", ["Xem thêm:", "Xem thêm video đang được quan tâm:",
                                  "* Bài viết thể hiện quan điểm cá nhân của bạn đọc. Mời bạn đọc tiếp tục chia sẻ."])
def test_see_more_labels_and_reader_disclaimers_go(junk):
    a = _art(_page(tail=[junk]))
    _gone(a, junk)
    _body_whole(a, P1, P2, P3)


@pytest.mark.parametrize("line", ["Người dân có thể xem thêm hướng dẫn tại Bộ phận một cửa:",
                                  "Tác giả cho rằng quan điểm cá nhân của bạn đọc cần được tôn trọng."])
def test_sentences_like_see_more_labels_stay(line):
    a = _art(_page(line))
    _body_whole(a, P1, P2, P3, line)
