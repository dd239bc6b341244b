"""Rank tables and rank lists in the forms crawled and converted pages give them (docs/format.md
``ranking``, GUIDE §8): tables flattened one cell a line (with or without blank lines between the
cells, at the top of the body or after a lead), cells split by tabs or by runs of spaces, markdown
tables with an alignment row, rows glued on one line; columns in any order, columns of years, of
changes and of components; rank lists inline (``Hạng 1: A; Hạng 2: B``), numbered (``Top 5 …: 1. A
2. B``), respective (``lần lượt``), continued (``tiếp theo là``) or ranked by words (``hạng nhì``).

What a rank is: the number in a rank column (``Xếp hạng``, ``Thứ hạng``, ``Hạng``), else the row's
order number or place only when the caption ranks the rows (``Bảng xếp hạng``, ``dẫn đầu``, ``Top``)
or the rows are provinces whose index scores fall; an order number (``STT``) of a table sorted by
name, of a table of prices, procedures, rates, counts, votes or exam marks, or of a list of tasks or
phone numbers is no rank. Every text is written for these tests. Each expected ranking is (index,
component, rank, out_of, year, subject, change)."""
import pytest

import cchc_extract as cx

from conftest import check_article

P, S, A, C, D = "PAR INDEX", "SIPAS", "PAPI", "PCI", "DTI"
KEYS = ("index", "component", "rank", "out_of", "year", "subject", "change")

# a lead naming no index and no province
LEAD = "Chiều 20/4, hội nghị công bố kết quả đánh giá năm được tổ chức theo hình thức trực tuyến.\n"
END = "\nBộ Nội vụ đề nghị các địa phương tiếp tục cải thiện chỉ số trong thời gian tới."


def ranks(text, keys=KEYS):
    art = check_article(cx.extract(text))
    return sorted((tuple(getattr(f, k) for k in keys) for f in art.of_type("ranking")), key=repr)


def expect(rows):
    return sorted(rows, key=repr)


def lines(*rows):
    """One cell a line, no blank line between cells (an HTML-to-text converter's output)."""
    return "\n".join(c for row in rows for c in row) + "\n"


def blank(*rows):
    """One cell a line, a blank line between cells."""
    return "\n\n".join(c for row in rows for c in row) + "\n\n"


def tabs(*rows):
    return "\n".join("\t".join(row) for row in rows) + "\n"


def spaced(*rows):
    return "\n".join("    ".join(row) for row in rows) + "\n"


def md(*rows, outer=True):
    head, body = rows[0], rows[1:]
    def line(r):
        return ("| " + " | ".join(r) + " |") if outer else " | ".join(r)
    align = ("|" + "|".join(":---:" if i else ":---" for i in range(len(head))) + "|") if outer else \
        " | ".join("---" for _ in head)
    return "\n".join([line(head), align] + [line(r) for r in body]) + "\n"


TOP3 = (("1", "Quảng Ninh", "91,50"), ("2", "Hải Phòng", "90,20"), ("3", "Long An", "89,10"))


def top3(index, year, change=None, of=None):
    return [(index, None, 1, of, year, "Quảng Ninh", change), (index, None, 2, of, year, "Hải Phòng", change),
            (index, None, 3, of, year, "Long An", change)]


# ---- tables flattened one cell a line ------------------------------------------------------------------------

CELLS = [
    # the caption is the page's title (the table opens the body)
    ("cells_at_top_under_title",
     "Bảng xếp hạng Chỉ số PAR INDEX 2023 của các tỉnh\n" + lines(("STT", "Tỉnh", "Điểm"), *TOP3),
     top3(P, 2023)),
    ("cells_after_lead",
     LEAD + "Bảng xếp hạng Chỉ số PAR INDEX 2023 của các tỉnh\n" + lines(("STT", "Tỉnh", "Điểm"), *TOP3) + END,
     top3(P, 2023)),
    ("cells_rank_column_with_a_tie_and_a_count",
     LEAD + "Kết quả Chỉ số SIPAS 2023 của 63 tỉnh, thành phố:\n" + lines(
         ("TT", "Địa phương", "Điểm số", "Xếp hạng"), ("1", "Quảng Ninh", "91,50", "1"), ("2", "Hải Phòng", "90,20", "2"),
         ("3", "Long An", "90,20", "2"), ("4", "Bắc Ninh", "88,00", "4")) + END,
     [(S, None, 1, 63, 2023, "Quảng Ninh", None), (S, None, 2, 63, 2023, "Hải Phòng", None),
      (S, None, 2, 63, 2023, "Long An", None), (S, None, 4, 63, 2023, "Bắc Ninh", None)]),
    ("cells_rank_before_score",
     LEAD + "Xếp hạng PAPI 2023 của một số tỉnh:\n" + lines(
         ("Tỉnh", "Xếp hạng", "Điểm"), ("Quảng Ninh", "1", "45,10"), ("Hải Phòng", "2", "44,90"),
         ("Long An", "3", "44,20")) + END,
     top3(A, 2023)),
    ("cells_rank_first_column",
     LEAD + "Bảng xếp hạng DTI 2022 cấp tỉnh\n" + lines(
         ("Thứ hạng", "Tỉnh, thành phố", "Chỉ số"), ("1", "Quảng Ninh", "0,72"), ("2", "Hải Phòng", "0,65"),
         ("3", "Long An", "0,62")) + END,
     top3(D, 2022)),
    ("cells_rank_columns_per_year",
     LEAD + "Thứ hạng Chỉ số PCI của một số tỉnh qua hai năm:\n" + lines(
         ("STT", "Tỉnh", "Xếp hạng 2022", "Xếp hạng 2023"), ("1", "Quảng Ninh", "1", "2"), ("2", "Hải Phòng", "3", "1"),
         ("3", "Long An", "2", "3")) + END,
     [(C, None, 1, None, 2022, "Quảng Ninh", None), (C, None, 2, None, 2023, "Quảng Ninh", None),
      (C, None, 3, None, 2022, "Hải Phòng", None), (C, None, 1, None, 2023, "Hải Phòng", None),
      (C, None, 2, None, 2022, "Long An", None), (C, None, 3, None, 2023, "Long An", None)]),
    ("cells_year_columns_under_a_rank_caption",
     LEAD + "Xếp hạng PAR INDEX của các tỉnh vùng Đồng bằng sông Hồng:\n" + lines(
         ("Tỉnh", "Năm 2022", "Năm 2023"), ("Quảng Ninh", "1", "1"), ("Hải Phòng", "2", "3"), ("Bắc Ninh", "5", "2")) + END,
     [(P, None, 1, None, 2022, "Quảng Ninh", None), (P, None, 1, None, 2023, "Quảng Ninh", None),
      (P, None, 2, None, 2022, "Hải Phòng", None), (P, None, 3, None, 2023, "Hải Phòng", None),
      (P, None, 5, None, 2022, "Bắc Ninh", None), (P, None, 2, None, 2023, "Bắc Ninh", None)]),
    ("cells_change_column",
     LEAD + "Bảng xếp hạng Chỉ số CCHC năm 2023\n" + lines(
         ("Tỉnh", "Điểm", "Xếp hạng", "Tăng/giảm bậc"), ("Quảng Ninh", "91,50", "1", "+2"),
         ("Hải Phòng", "90,20", "2", "-1"), ("Long An", "89,10", "3", "+5")) + END,
     [(P, None, 1, None, 2023, "Quảng Ninh", 2), (P, None, 2, None, 2023, "Hải Phòng", -1),
      (P, None, 3, None, 2023, "Long An", 5)]),
    # sorted by name: the STT is no rank, the rank column is
    ("cells_sorted_by_name_with_a_rank_column",
     LEAD + "Kết quả Chỉ số CCHC năm 2023 của các tỉnh Tây Nguyên:\n" + lines(
         ("STT", "Tỉnh", "Điểm", "Xếp hạng"), ("1", "Đắk Lắk", "84,20", "40"), ("2", "Đắk Nông", "86,90", "25"),
         ("3", "Gia Lai", "85,10", "31"), ("4", "Kon Tum", "83,00", "52"), ("5", "Lâm Đồng", "88,40", "8")) + END,
     [(P, None, 40, None, 2023, "Đắk Lắk", None), (P, None, 25, None, 2023, "Đắk Nông", None),
      (P, None, 31, None, 2023, "Gia Lai", None), (P, None, 52, None, 2023, "Kon Tum", None),
      (P, None, 8, None, 2023, "Lâm Đồng", None)]),
    # departments, districts, communes: ranked, no province as subject
    ("cells_departments",
     LEAD + "Kết quả Chỉ số CCHC năm 2023 của các sở, ban, ngành:\n" + lines(
         ("STT", "Sở, ngành", "Điểm", "Xếp hạng"), ("1", "Sở Tư pháp", "92,10", "1"), ("2", "Sở Nội vụ", "91,80", "2"),
         ("3", "Sở Tài chính", "90,50", "3")) + END,
     [(P, None, 1, None, 2023, None, None), (P, None, 2, None, 2023, None, None), (P, None, 3, None, 2023, None, None)]),
    ("cells_districts",
     LEAD + "Xếp hạng Chỉ số CCHC năm 2023 cấp huyện:\n" + lines(
         ("STT", "Huyện", "Điểm", "Xếp hạng"), ("1", "Huyện Tiên Yên", "89,50", "1"),
         ("2", "Thị xã Quảng Yên", "88,20", "2"), ("3", "Thành phố Hạ Long", "87,90", "3")) + END,
     [(P, None, 1, None, 2023, None, None), (P, None, 2, None, 2023, None, None), (P, None, 3, None, 2023, None, None)]),
    ("cells_communes_ranked_by_their_order",
     LEAD + "Bảng xếp hạng Chỉ số CCHC cấp xã năm 2023\n" + lines(
         ("STT", "Đơn vị", "Điểm"), ("1", "UBND xã Tân An", "95,20"), ("2", "UBND xã Bình Minh", "94,10"),
         ("3", "UBND phường Hòa Bình", "92,70")) + END,
     [(P, None, 1, None, 2023, None, None), (P, None, 2, None, 2023, None, None), (P, None, 3, None, 2023, None, None)]),
    ("cells_components_per_column",
     LEAD + "Thứ hạng các chỉ số thành phần PCI 2023 của một số tỉnh:\n" + lines(
         ("Tỉnh", "Gia nhập thị trường", "Tiếp cận đất đai", "Xếp hạng PCI"), ("Quảng Ninh", "5", "12", "1"),
         ("Hải Phòng", "9", "3", "2"), ("Long An", "20", "7", "3")) + END,
     [(C, None, 1, None, 2023, "Quảng Ninh", None), (C, "Gia nhập thị trường", 5, None, 2023, "Quảng Ninh", None),
      (C, "Tiếp cận đất đai", 12, None, 2023, "Quảng Ninh", None),
      (C, None, 2, None, 2023, "Hải Phòng", None), (C, "Gia nhập thị trường", 9, None, 2023, "Hải Phòng", None),
      (C, "Tiếp cận đất đai", 3, None, 2023, "Hải Phòng", None),
      (C, None, 3, None, 2023, "Long An", None), (C, "Gia nhập thị trường", 20, None, 2023, "Long An", None),
      (C, "Tiếp cận đất đai", 7, None, 2023, "Long An", None)]),
    ("cells_components_of_one_province",
     LEAD + "Kết quả các chỉ số thành phần PAPI 2023 của tỉnh Lâm Đồng:\n" + lines(
         ("Chỉ số thành phần", "Điểm", "Xếp hạng"), ("Công khai minh bạch", "5,8", "12"),
         ("Trách nhiệm giải trình", "4,3", "20"), ("Kiểm soát tham nhũng", "6,1", "33")) + END,
     [(A, "Công khai minh bạch", 12, None, 2023, "Lâm Đồng", None),
      (A, "Trách nhiệm giải trình", 20, None, 2023, "Lâm Đồng", None),
      (A, "Kiểm soát tham nhũng", 33, None, 2023, "Lâm Đồng", None)]),
    ("cells_with_blank_lines_index_in_the_sentence_before",
     "Ngày 6/4, Bộ Nội vụ công bố Chỉ số SIPAS 2023. Kết quả cụ thể như sau:\n\n" + blank(
         ("STT", "Tỉnh", "Điểm"), *TOP3) + END,
     top3(S, 2023)),
    ("cells_index_in_the_sentence_before_no_blank_lines",
     LEAD + "Ngày 6/4, Bộ Nội vụ công bố Chỉ số SIPAS 2023. Các tỉnh dẫn đầu như sau:\n" + lines(
         ("STT", "Tỉnh", "Điểm"), *TOP3) + END,
     top3(S, 2023)),
    ("cells_province_first_no_header",
     LEAD + "Bảng xếp hạng PAPI 2023:\n" + lines(
         ("Quảng Ninh", "45,10", "1"), ("Hải Phòng", "44,90", "2"), ("Long An", "44,20", "3")) + END,
     top3(A, 2023)),
]

# ---- cells split by tabs or spaces, markdown, glued rows ---------------------------------------------------------

FLAT = [
    ("tabs_after_lead",
     LEAD + "Kết quả PAR INDEX 2023:\n" + tabs(("STT", "Tỉnh, thành phố", "Điểm", "Xếp hạng"),
                                              ("1", "Quảng Ninh", "91,50", "1"), ("2", "Hải Phòng", "90,20", "2"),
                                              ("3", "Long An", "89,10", "3")) + END,
     top3(P, 2023)),
    ("tabs_at_top_under_title",
     "Bảng xếp hạng Chỉ số PAR INDEX 2023 của các tỉnh\n" + tabs(("STT", "Tỉnh", "Điểm"), *TOP3),
     top3(P, 2023)),
    ("spaces",
     LEAD + "Bảng xếp hạng Chỉ số SIPAS 2023\n" + spaced(("STT", "Tỉnh", "Điểm", "Xếp hạng"),
                                                          ("1", "Quảng Ninh", "91,50", "1"), ("2", "Hải Phòng", "90,20", "2"),
                                                          ("3", "Long An", "89,10", "3")) + END,
     top3(S, 2023)),
    ("markdown_with_alignment_row",
     LEAD + "Kết quả xếp hạng PCI 2023:\n\n" + md(("STT", "Tỉnh", "Điểm PCI", "Xếp hạng"),
                                                   ("1", "Quảng Ninh", "73,02", "1"), ("2", "Hải Phòng", "72,10", "2"),
                                                   ("3", "Long An", "71,00", "3")) + END,
     top3(C, 2023)),
    ("markdown_without_outer_bars",
     LEAD + "Kết quả xếp hạng PCI 2023:\n\n" + md(("STT", "Tỉnh", "Điểm PCI", "Xếp hạng"),
                                                   ("1", "Quảng Ninh", "73,02", "1"), ("2", "Hải Phòng", "72,10", "2"),
                                                   ("3", "Long An", "71,00", "3"), outer=False) + END,
     top3(C, 2023)),
    ("markdown_sorted_by_name_with_a_rank_column",
     LEAD + "Chỉ số PAPI 2023 của các tỉnh Đông Bắc:\n\n" + md(("STT", "Tỉnh", "Điểm", "Xếp hạng"),
                                                               ("1", "Bắc Kạn", "41,20", "30"), ("2", "Cao Bằng", "40,10", "45"),
                                                               ("3", "Lạng Sơn", "42,80", "12")) + END,
     [(A, None, 30, None, 2023, "Bắc Kạn", None), (A, None, 45, None, 2023, "Cao Bằng", None),
      (A, None, 12, None, 2023, "Lạng Sơn", None)]),
    ("markdown_change_column_before_rank",
     LEAD + "Bảng xếp hạng DTI 2023:\n\n" + md(("Tỉnh", "Tăng/giảm bậc", "Xếp hạng"), ("Quảng Ninh", "+2", "1"),
                                                ("Hải Phòng", "-1", "2"), ("Long An", "+5", "3")) + END,
     [(D, None, 1, None, 2023, "Quảng Ninh", 2), (D, None, 2, None, 2023, "Hải Phòng", -1),
      (D, None, 3, None, 2023, "Long An", 5)]),
    ("glued_rows_under_a_top_caption",
     LEAD + "Top 5 địa phương dẫn đầu Chỉ số PAPI 2023:\n1 Quảng Ninh 45,10\n2 Hải Phòng 44,90\n3 Long An 44,20\n" + END,
     top3(A, 2023)),
    ("glued_rows_province_first",
     LEAD + "Bảng xếp hạng PAR INDEX 2023\nQuảng Ninh 91,50 1\nHải Phòng 90,20 2\nLong An 89,10 3\n" + END,
     top3(P, 2023)),
    ("tabs_year_columns_of_the_index",
     LEAD + "Thứ hạng PCI của các tỉnh:\n" + tabs(("Tỉnh", "PCI 2022", "PCI 2023"), ("Quảng Ninh", "1", "2"),
                                                  ("Hải Phòng", "3", "1"), ("Long An", "2", "3")) + END,
     [(C, None, 1, None, 2022, "Quảng Ninh", None), (C, None, 2, None, 2023, "Quảng Ninh", None),
      (C, None, 3, None, 2022, "Hải Phòng", None), (C, None, 1, None, 2023, "Hải Phòng", None),
      (C, None, 2, None, 2022, "Long An", None), (C, None, 3, None, 2023, "Long An", None)]),
]

# ---- lists ---------------------------------------------------------------------------------------------------------

LISTS = [
    ("rank_word_colon_name",
     "Chỉ số PCI 2023 của các tỉnh: Hạng 1: Quảng Ninh; Hạng 2: Hải Phòng; Hạng 3: Long An.",
     top3(C, 2023)),
    ("rank_word_colon_name_with_score",
     "Chỉ số PCI 2023 của các tỉnh: Hạng 1: Quảng Ninh (70,89 điểm); Hạng 2: Hải Phòng (70,80 điểm); "
     "Hạng 3: Long An (70,10 điểm).",
     top3(C, 2023)),
    ("rank_word_dash_name",
     "Về PCI 2023, hạng 1 – Quảng Ninh, hạng 2 – Hải Phòng, hạng 3 – Long An.",
     top3(C, 2023)),
    ("xep_hang_colon_name",
     "Kết quả Chỉ số SIPAS 2023: xếp hạng 1: Quảng Ninh; xếp hạng 2: Hải Phòng; xếp hạng 3: Long An.",
     top3(S, 2023)),
    ("thu_colon_name_with_score",
     "Bảng xếp hạng PAR INDEX 2023: thứ 1: Quảng Ninh (91,50 điểm); thứ 2: Hải Phòng (90,20 điểm); "
     "thứ 3: Long An (89,10 điểm).",
     top3(P, 2023)),
    ("rank_words_colon_name",
     "Kết quả PAPI 2023: hạng nhất: Quảng Ninh; hạng nhì: Hải Phòng; hạng ba: Long An.",
     top3(A, 2023)),
    ("rank_words_one_a_line",
     "Kết quả PAPI 2023:\n- Hạng nhất: Quảng Ninh\n- Hạng nhì: Hải Phòng\n- Hạng ba: Long An\n" + END,
     top3(A, 2023)),
    ("rank_colon_name_one_a_line",
     "Kết quả PAPI 2023:\nHạng 1: Quảng Ninh\nHạng 2: Hải Phòng\nHạng 3: Long An\n" + END,
     top3(A, 2023)),
    ("departments_rank_colon_name",
     "Kết quả Chỉ số CCHC năm 2023 của các sở: Hạng 1: Sở Tư pháp; Hạng 2: Sở Nội vụ; Hạng 3: Sở Tài chính.",
     [(P, None, 1, None, 2023, None, None), (P, None, 2, None, 2023, None, None), (P, None, 3, None, 2023, None, None)]),
    ("top_n_numbered_inline",
     "Top 5 địa phương dẫn đầu PAR INDEX 2023: 1. Hải Phòng 2. Quảng Ninh 3. Bắc Ninh 4. Hà Nội 5. Long An.",
     [(P, None, 1, None, 2023, "Hải Phòng", None), (P, None, 2, None, 2023, "Quảng Ninh", None),
      (P, None, 3, None, 2023, "Bắc Ninh", None), (P, None, 4, None, 2023, "Hà Nội", None),
      (P, None, 5, None, 2023, "Long An", None)]),
    ("top_n_numbered_inline_semicolons",
     "Top 3 tỉnh dẫn đầu SIPAS 2023 gồm: 1. Quảng Ninh; 2. Hải Phòng; 3. Long An.",
     top3(S, 2023)),
    ("top_n_numbered_with_slashes_inline",
     "Top 3 PCI 2023: 1/ Quảng Ninh; 2/ Hải Phòng; 3/ Long An.",
     top3(C, 2023)),
    ("ordinal_labels_capitalised",
     "Kết quả SIPAS 2023 như sau: Thứ nhất: Quảng Ninh; Thứ hai: Hải Phòng; Thứ ba: Long An.",
     top3(S, 2023)),
    ("province_colon_rank",
     "Kết quả PAPI 2023: Quảng Ninh: hạng 1; Hải Phòng: hạng 2; Long An: hạng 3.",
     top3(A, 2023)),
    ("top_n_numbered_with_scores_one_a_line",
     "Top 3 PAR INDEX 2023:\n1. Quảng Ninh: 91,50 điểm\n2. Hải Phòng: 90,20 điểm\n3. Long An: 89,10 điểm\n" + END,
     top3(P, 2023)),
    ("respectively_numbers",
     "Quảng Ninh, Hải Phòng và Long An lần lượt đứng ở vị trí thứ 1, 2, 3 về Chỉ số PCI 2023.",
     top3(C, 2023)),
    ("respectively_ordinals",
     "Về Chỉ số PCI 2023, Quảng Ninh, Hải Phòng, Long An lần lượt đứng thứ nhất, thứ hai và thứ ba.",
     top3(C, 2023)),
    ("leader_then_continued",
     "Về PAPI 2023, dẫn đầu là Quảng Ninh, tiếp theo là Hải Phòng và Long An.",
     top3(A, 2023)),
    ("ranks_in_words",
     "Trong bảng xếp hạng DTI 2022, Quảng Ninh xếp hạng nhất, Hải Phòng hạng nhì, Long An hạng ba.",
     top3(D, 2022)),
    ("rank_with_score_in_parentheses",
     "Về PAR INDEX 2023, Quảng Ninh xếp thứ nhất (91,50 điểm), Hải Phòng xếp thứ hai (90,20 điểm), "
     "Long An xếp thứ ba (89,10 điểm).",
     top3(P, 2023)),
    ("first_place_belongs_to",
     "Về Chỉ số SIPAS 2023, vị trí thứ nhất thuộc về Quảng Ninh, thứ hai là Hải Phòng, thứ ba là Long An.",
     top3(S, 2023)),
    ("top_respectively_is",
     "Top 3 của bảng xếp hạng PCI 2023 lần lượt là Quảng Ninh, Hải Phòng và Long An.",
     top3(C, 2023)),
    ("ordinals_listed_then_the_provinces",
     "Về PCI 2023, các vị trí nhất, nhì, ba lần lượt thuộc về Quảng Ninh, Hải Phòng và Long An.",
     top3(C, 2023)),
    ("ranks_in_words_listed_then_the_provinces",
     "Về PCI 2023, hạng nhất, hạng nhì và hạng ba lần lượt là Quảng Ninh, Hải Phòng và Long An.",
     top3(C, 2023)),
    ("province_rank_in_parentheses",
     "Về PAR INDEX 2023, dẫn đầu là Quảng Ninh (91,50 điểm), Hải Phòng (thứ 2), Long An (thứ 3).",
     top3(P, 2023)),
]

MORE = [
    ("glued_rows_of_districts_under_a_header_line",
     LEAD + "Kết quả xếp hạng Chỉ số CCHC năm 2023 cấp huyện:\nSTT Huyện Điểm Xếp hạng\n1 Huyện Tiên Yên 89,50 1\n"
            "2 Huyện Đầm Hà 88,20 2\n3 Huyện Hải Hà 87,90 3\n" + END,
     [(P, None, 1, None, 2023, None, None), (P, None, 2, None, 2023, None, None), (P, None, 3, None, 2023, None, None)]),
    ("inline_items_with_scores",
     "Top 3 tỉnh dẫn đầu Chỉ số PAPI 2023: 1. Quảng Ninh (46,04 điểm), 2. Hải Phòng (45,78 điểm), 3. Long An (45,70 điểm).",
     top3(A, 2023)),
    ("inline_items_of_departments",
     "Các đơn vị dẫn đầu Chỉ số CCHC năm 2023: 1. Sở Tư pháp; 2. Sở Nội vụ; 3. Sở Tài chính.",
     [(P, None, 1, None, 2023, None, None), (P, None, 2, None, 2023, None, None), (P, None, 3, None, 2023, None, None)]),
    ("inline_tasks_after_a_rank",
     "Chỉ số CCHC năm 2023 của tỉnh xếp thứ 10/63. Năm 2024, tỉnh tập trung: 1. Cải cách thể chế; 2. Cải cách thủ tục; "
     "3. Số hóa hồ sơ.",
     [(P, None, 10, 63, 2023, None, None)]),
    ("cells_rank_with_its_score_in_one_cell",
     LEAD + "Bảng xếp hạng SIPAS 2022:\n" + lines(("TT", "Tỉnh", "Xếp hạng (điểm)"), ("1", "Quảng Ninh", "01 (0,900)"),
                                                  ("2", "Hải Phòng", "02 (0,893)"), ("3", "Long An", "03 (0,880)")) + END,
     top3(S, 2022)),
    ("markdown_two_years_and_a_change",
     LEAD + "Xếp hạng PAR INDEX của một số tỉnh:\n\n" + md(("Tỉnh", "Xếp hạng 2022", "Xếp hạng 2023", "Tăng/giảm"),
                                                          ("Quảng Ninh", "1", "1", "0"), ("Hải Phòng", "5", "2", "+3"),
                                                          ("Long An", "2", "3", "-1")) + END,
     [(P, None, 1, None, 2022, "Quảng Ninh", None), (P, None, 1, None, 2023, "Quảng Ninh", 0),
      (P, None, 5, None, 2022, "Hải Phòng", None), (P, None, 2, None, 2023, "Hải Phòng", 3),
      (P, None, 2, None, 2022, "Long An", None), (P, None, 3, None, 2023, "Long An", -1)]),
    ("respectively_ordinal_words",
     "Quảng Ninh, Hải Phòng và Long An lần lượt xếp hạng nhất, nhì và ba về PCI 2023.",
     top3(C, 2023)),
    ("tabs_with_a_signed_change_column",
     LEAD + "Bảng 2. Xếp hạng DTI 2023 cấp tỉnh\n\n" + tabs(
         ("STT", "Tỉnh, thành phố", "Chỉ số DTI", "Xếp hạng", "Tăng (+)/giảm (-)"), ("1", "Đà Nẵng", "0,7512", "1", "0"),
         ("2", "TP. Hồ Chí Minh", "0,6920", "2", "+1"), ("3", "Thừa Thiên Huế", "0,6515", "3", "-1")) + END,
     [(D, None, 1, None, 2023, "Đà Nẵng", 0), (D, None, 2, None, 2023, "Hồ Chí Minh", 1),
      (D, None, 3, None, 2023, "Thừa Thiên Huế", -1)]),
    ("cells_rank_out_of_in_the_cell",
     LEAD + "Kết quả PCI 2023 của một số địa phương\n" + lines(
         ("TT", "Tỉnh/TP", "Điểm PCI", "Thứ hạng"), ("1", "TP. Hồ Chí Minh", "70,12", "5/63"),
         ("2", "Bà Rịa - Vũng Tàu", "69,80", "8/63"), ("3", "Thừa Thiên Huế", "68,00", "12/63")) + "Nguồn: VCCI\n",
     [(C, None, 5, 63, 2023, "Hồ Chí Minh", None), (C, None, 8, 63, 2023, "Bà Rịa - Vũng Tàu", None),
      (C, None, 12, 63, 2023, "Thừa Thiên Huế", None)]),
    ("cells_number_and_name_in_one_cell",
     LEAD + "Bảng xếp hạng PAPI 2023\n1. Quảng Ninh\n45,10\n2. Hải Phòng\n44,90\n3. Long An\n44,20\n" + END,
     top3(A, 2023)),
    ("cells_score_before_name_ranked_by_a_top_caption",
     LEAD + "Top 3 địa phương có Chỉ số DTI 2023 cao nhất\n" + lines(("Xếp hạng", "Điểm", "Tỉnh"), ("1", "0,72", "Quảng Ninh"),
                                                                    ("2", "0,65", "Hải Phòng"), ("3", "0,62", "Long An")) + END,
     top3(D, 2023)),
]

# ---- shapes of news pages: a slideshow's captions, components after a rank, the next places of bodies ------------

PAGES = [
    ("captions_of_a_slideshow",
     "Bảng xếp hạng PAPI 2022 của 10 địa phương đứng đầu.\nThái Nguyên lần đầu tiên vươn lên vị trí dẫn đầu với 46,5 "
     "điểm. (Ảnh: TL) Bắc Ninh (45,9 điểm) xếp vị trí thứ 2. (Ảnh: TL) Ở vị trí thứ 3, Vĩnh Long (45,1 điểm) vẫn giữ được "
     "phong độ. Vị trí thứ 4 thuộc về Bến Tre (44,8 điểm). Với thứ hạng 5, Quảng Trị (44,2 điểm) đã có sự thăng hạng "
     "đáng kể. Đứng thứ 6 là Hà Tĩnh (44,0 điểm), tăng 3 bậc so với năm 2021.",
     [(A, None, 1, None, 2022, "Thái Nguyên", None), (A, None, 2, None, 2022, "Bắc Ninh", None),
      (A, None, 3, None, 2022, "Vĩnh Long", None), (A, None, 4, None, 2022, "Bến Tre", None),
      (A, None, 5, None, 2022, "Quảng Trị", None), (A, None, 6, None, 2022, "Hà Tĩnh", 3)]),
    ("components_after_the_rank_with_o_vi_tri",
     "Chỉ số DTI 2022 của Kon Tum xếp thứ 30/63, trong đó chính quyền số ở vị trí thứ 22, kinh tế số ở vị trí thứ 35 "
     "và xã hội số ở vị trí thứ 41.",
     [(D, None, 30, 63, 2022, "Kon Tum", None), (D, "chính quyền số", 22, None, 2022, "Kon Tum", None),
      (D, "kinh tế số", 35, None, 2022, "Kon Tum", None), (D, "xã hội số", 41, None, 2022, "Kon Tum", None)]),
    ("components_in_the_next_sentence",
     "Tỉnh Kon Tum có chỉ số DTI 2022 xếp thứ 30/63. Trong đó, chính quyền số xếp thứ 22, kinh tế số xếp thứ 35 "
     "và xã hội số xếp thứ 41.",
     [(D, None, 30, 63, 2022, "Kon Tum", None), (D, "chính quyền số", 22, None, 2022, "Kon Tum", None),
      (D, "kinh tế số", 35, None, 2022, "Kon Tum", None), (D, "xã hội số", 41, None, 2022, "Kon Tum", None)]),
    ("the_next_places_of_ministries",
     "Bộ TT&TT công bố DTI 2023. Ở nhóm bộ, ngành có dịch vụ công, Bộ Tài chính xếp ở vị trí số 1. 4 vị trí tiếp theo "
     "thuộc về Bộ Tư pháp, Bộ Công Thương, Bộ Xây dựng, Bộ Y tế.",
     [(D, None, k, None, 2023, None, None) for k in range(1, 6)]),
    ("departments_ranked_in_words",
     "UBND tỉnh công bố kết quả xếp hạng Chỉ số DTI năm 2023 của các cơ quan. Đối với các sở, ban, ngành, Sở Tư pháp "
     "được xếp hạng nhất, Sở Tài chính xếp hạng nhì và Văn phòng UBND tỉnh xếp hạng ba.",
     [(D, None, 1, None, 2023, None, None), (D, None, 2, None, 2023, None, None), (D, None, 3, None, 2023, None, None)]),
    ("the_second_place_is_named_after",
     "Bộ TT&TT vừa công bố xếp hạng DTI năm 2022. TP. Cần Thơ là địa phương dẫn đầu cả nước về chuyển đổi số. Ở vị trí "
     "thứ 2 là Bình Dương. Vị trí thứ 3 trong bảng xếp hạng thuộc về Quảng Ninh.",
     [(D, None, 1, None, 2022, "Cần Thơ", None), (D, None, 2, None, 2022, "Bình Dương", None),
      (D, None, 3, None, 2022, "Quảng Ninh", None)]),
    ("first_place_on_two_boards_named_after_a_colon",
     "Năm 2022, Hải Phòng tiếp tục đoạt vị trí quán quân ở cả hai bảng xếp hạng chỉ số quan trọng: Chỉ số cải cách "
     "hành chính (PAR Index) và Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS).",
     [(P, None, 1, None, 2022, "Hải Phòng", None), (S, None, 1, None, 2022, "Hải Phòng", None)]),
]

VARIANTS = CELLS + FLAT + LISTS + MORE + PAGES

# ---- no ranking -----------------------------------------------------------------------------------------------------

COUNTER = [
    ("price_table_cells",
     LEAD + "Giá một số mặt hàng tại chợ Hạ Long ngày 20/4:\n" + lines(
         ("STT", "Mặt hàng", "Giá (đồng/kg)"), ("1", "Gạo tẻ", "15.000"), ("2", "Thịt lợn", "120.000"),
         ("3", "Cá chép", "65.000")) + END),
    ("sports_league_table",
     LEAD + "Bảng xếp hạng V.League 2023 sau vòng 10:\n" + lines(
         ("STT", "Đội", "Điểm"), ("1", "Hà Nội FC", "24"), ("2", "Hải Phòng", "21"), ("3", "Nam Định", "19")) + END),
    ("phone_numbers",
     LEAD + "Danh sách số điện thoại đường dây nóng:\n1. Sở Tư pháp: 0203 3835 512\n2. Sở Nội vụ: 0203 3825 101\n"
            "3. Sở Tài chính: 0203 3835 600\n" + END),
    ("phone_numbers_of_provinces",
     LEAD + "Số điện thoại trực ban của các tỉnh:\n1. Quảng Ninh: 0203 3835 512\n2. Hải Phòng: 0225 3842 101\n"
            "3. Long An: 0272 3826 600\n" + END),
    ("numbered_tasks_after_an_index",
     "Để nâng cao Chỉ số CCHC năm 2024, tỉnh tập trung các nhiệm vụ:\n1. Cải cách thể chế\n"
     "2. Cải cách thủ tục hành chính\n3. Cải cách tổ chức bộ máy\n" + END),
    ("procedures_table",
     "Để nâng cao Chỉ số CCHC, tỉnh công bố danh mục thủ tục hành chính:\n" + lines(
         ("STT", "Tên thủ tục", "Lĩnh vực", "Mức độ"), ("1", "Cấp phiếu lý lịch tư pháp", "Tư pháp", "4"),
         ("2", "Đăng ký khai sinh", "Hộ tịch", "4"), ("3", "Cấp giấy phép xây dựng", "Xây dựng", "3")) + END),
    ("procedures_table_with_departments",
     LEAD + "Danh mục thủ tục hành chính được cắt giảm thời gian:\n" + lines(
         ("STT", "Tên thủ tục", "Cơ quan thực hiện", "Số ngày"), ("1", "Cấp giấy phép lao động", "Sở Nội vụ", "5"),
         ("2", "Cấp phiếu lý lịch tư pháp", "Sở Tư pháp", "3"), ("3", "Cấp giấy phép xây dựng", "Sở Xây dựng", "7")) + END),
    ("rates_table",
     "Chỉ số CCHC năm 2023 được công bố.\nTỷ lệ hồ sơ trực tuyến của các tỉnh năm 2023:\n" + lines(
         ("STT", "Tỉnh", "Tỷ lệ (%)"), ("1", "Quảng Ninh", "92,5"), ("2", "Hải Phòng", "90,1"), ("3", "Long An", "88,0")) + END),
    ("population_table",
     LEAD + "Dân số một số tỉnh năm 2023:\n" + lines(
         ("STT", "Tỉnh", "Dân số (nghìn người)"), ("1", "Quảng Ninh", "1.381"), ("2", "Hải Phòng", "2.088"),
         ("3", "Long An", "1.735")) + END),
    ("exam_marks_table",
     LEAD + "Điểm thi tốt nghiệp THPT 2023 của các tỉnh dẫn đầu:\n" + lines(
         ("STT", "Tỉnh", "Điểm trung bình"), ("1", "Quảng Ninh", "7,12"), ("2", "Hải Phòng", "7,05"),
         ("3", "Long An", "6,98")) + END),
    ("sorted_by_name_no_rank_column_cells",
     LEAD + "Kết quả Chỉ số CCHC năm 2023 của các tỉnh Tây Nguyên:\n" + lines(
         ("STT", "Tỉnh", "Điểm"), ("1", "Đắk Lắk", "84,20"), ("2", "Đắk Nông", "86,90"), ("3", "Gia Lai", "85,10"),
         ("4", "Kon Tum", "83,00"), ("5", "Lâm Đồng", "88,40")) + END),
    ("sorted_by_name_no_rank_column_markdown",
     LEAD + "Chỉ số PAPI 2023 của các tỉnh Đông Bắc:\n\n" + md(("STT", "Tỉnh", "Điểm"), ("1", "Bắc Kạn", "41,20"),
                                                               ("2", "Cao Bằng", "40,10"), ("3", "Lạng Sơn", "42,80")) + END),
    ("provinces_at_a_meeting",
     "Hội nghị sơ kết Chỉ số PAR INDEX có các địa phương tham dự:\n1. Quảng Ninh\n2. Hải Phòng\n3. Long An\n" + END),
    ("votes_table",
     LEAD + "Kết quả bình chọn của độc giả:\n" + lines(
         ("STT", "Tỉnh", "Số phiếu"), ("1", "Quảng Ninh", "1.250"), ("2", "Hải Phòng", "1.120"), ("3", "Long An", "980")) + END),
    ("inline_phone_numbers",
     "Chỉ số CCHC năm 2023 được công bố. Đường dây nóng: 1. Sở Tư pháp 0203 3835 512; 2. Sở Nội vụ 0203 3825 101.\n"),
    ("inline_provinces_at_a_meeting",
     "Chỉ số PAR INDEX 2023 được công bố tại hội nghị có sự tham dự của: 1. Quảng Ninh 2. Hải Phòng 3. Long An."),
    ("sports_table_with_tabs",
     LEAD + "Bảng xếp hạng giải bóng đá hạng Nhất 2023:\n" + tabs(("STT", "Đội", "Điểm"), ("1", "Quảng Nam", "30"),
                                                                 ("2", "Bình Định", "28"), ("3", "Long An", "25")) + END),
    ("price_table_markdown",
     LEAD + "Bảng giá dịch vụ công năm 2023:\n\n" + md(("STT", "Dịch vụ", "Giá (đồng)"), ("1", "Cấp bản sao", "5.000"),
                                                      ("2", "Chứng thực chữ ký", "10.000"), ("3", "Đăng ký kết hôn", "0")) + END),
    ("cells_number_and_name_in_one_cell_sorted_by_name",
     LEAD + "Kết quả Chỉ số PAPI 2023 của các tỉnh Tây Nguyên\n1. Đắk Lắk\n41,10\n2. Đắk Nông\n42,90\n3. Gia Lai\n"
            "40,20\n4. Kon Tum\n43,20\n" + END),
    ("sorted_by_name_scores_falling_by_chance",
     LEAD + "Kết quả Chỉ số CCHC năm 2023 của các thành phố trực thuộc Trung ương:\n" + tabs(
         ("STT", "Thành phố", "Điểm"), ("1", "Cần Thơ", "88,10"), ("2", "Đà Nẵng", "87,50"), ("3", "Hà Nội", "86,90"),
         ("4", "Hải Phòng", "85,20")) + END),
    ("prizes_in_words",
     "Trong hội thi tìm hiểu về cải cách hành chính năm 2023, giải nhất, nhì lần lượt thuộc về đội Sở Tư pháp và đội "
     "Sở Nội vụ; Huân chương hạng Nhì được trao cho ông Nguyễn Văn A."),
    ("counts_table_under_an_index",
     "Chỉ số CCHC năm 2023 của tỉnh tăng 3 bậc.\nSố thủ tục hành chính của các sở:\n" + lines(
         ("STT", "Đơn vị", "Số thủ tục"), ("1", "Sở Tư pháp", "120"), ("2", "Sở Nội vụ", "95"), ("3", "Sở Tài chính", "80")) + END),
]


def test_a_unit_word_in_lower_case_is_no_district_before_a_component():
    # "xã hội số" is a pillar, not a commune: its rank stays the province's
    art = check_article(cx.extract("Chỉ số DTI 2022 của Kon Tum xếp thứ 30/63, trong đó xã hội số xếp thứ 41."))
    assert [(f.component, f.subject) for f in art.of_type("ranking")] == [(None, "Kon Tum"), ("xã hội số", "Kon Tum")]


@pytest.mark.parametrize("name, text, expected", VARIANTS, ids=[v[0] for v in VARIANTS])
def test_a_rank_table_or_list_gives_one_ranking_a_row(name, text, expected):
    assert ranks(text) == expect(expected)


@pytest.mark.parametrize("name, text", COUNTER, ids=[v[0] for v in COUNTER])
def test_tables_and_lists_of_no_rank_give_no_ranking(name, text):
    assert ranks(text) == []


def test_a_header_cell_under_the_title_is_no_byline():
    # a short line right under the headline may be its author's name, not a table's first header cell
    art = check_article(cx.extract("Bảng xếp hạng Chỉ số PAR INDEX 2023 của các tỉnh\n" +
                                   lines(("STT", "Tỉnh", "Điểm"), *TOP3)))
    assert art.text.startswith("STT\nTỉnh\nĐiểm\n1\n") and not art.removed
    assert [(f.text, f.rank) for f in art.of_type("ranking")] == [("1", 1), ("2", 2), ("3", 3)]
    # the author's name under the headline still goes
    art = check_article(cx.extract("Thủ tướng thăm tỉnh Quảng Ninh\nThu Hà\nSáng 15/4, Thủ tướng đã thăm tỉnh."))
    assert [(r.text, r.reason) for r in art.removed] == [("Thu Hà", "byline")]
