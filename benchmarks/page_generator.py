"""Made-up whole pages for probing the cleaning stage, with their ground truth.

Each page is built at random from the shapes Vietnamese portal, newspaper, broadcaster,
journal, legal-database and aggregator pages take once converted to text: a top chrome block,
the headline (in one of its forms), a date/byline line, a lead, body paragraphs (with hard line
wraps, lists, a table), photo captions, and a bottom block (author, source, tags, share
buttons, related headlines, footer). Listings, legal texts and pages of other kinds too.

Every line carries its ground truth: ``body`` (must stay in ``text``), ``junk`` (must leave
``text``), with a CLASS name, so misses can be counted per class. The page's title and kind
are known.

    python3 benchmarks/page_generator.py --seed 7 --n 300          # figures per class
    python3 benchmarks/page_generator.py --seed 7 --n 300 --show 5 # print misses of each class

All sentences and names are made up; no page of any real site is copied here.
"""
from __future__ import annotations

import argparse
import random
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Optional

# ------------------------------------------------------------------------------- vocabulary

PROVINCES = ["Quảng Trị", "Hà Giang", "Bắc Kạn", "Thái Bình", "Nam Định", "Kon Tum", "Đắk Nông",
             "Bình Phước", "Hậu Giang", "Sóc Trăng", "Lào Cai", "Phú Yên", "Ninh Thuận", "Yên Bái",
             "Tuyên Quang", "Hòa Bình", "Bến Tre", "Trà Vinh", "Cao Bằng", "Quảng Ngãi"]
DISTRICTS = ["Hải Lăng", "Vị Xuyên", "Chợ Mới", "Kiến Xương", "Hải Hậu", "Đăk Hà", "Cư Jút",
             "Đồng Phú", "Phụng Hiệp", "Mỹ Tú", "Bảo Thắng", "Tuy An", "Ninh Phước", "Văn Yên"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Quang", "Ngọc", "Hữu", "Thu", "Xuân"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hương", "Lan", "Long", "Nam", "Phương",
         "Sơn", "Tâm", "Thắng", "Trang", "Tuấn", "Yến", "Hòa", "Khánh", "Linh"]
DEPTS = ["Sở Nội vụ", "Sở Tư pháp", "Sở Kế hoạch và Đầu tư", "Sở Thông tin và Truyền thông",
         "Sở Tài nguyên và Môi trường", "Sở Giáo dục và Đào tạo", "Văn phòng UBND tỉnh",
         "Ban Dân tộc tỉnh", "Sở Y tế", "Sở Xây dựng"]
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def person(r: random.Random) -> str:
    return f"{r.choice(SURNAMES)} {r.choice(MIDDLE)} {r.choice(GIVEN)}"


def date_parts(r: random.Random):
    return r.randint(1, 28), r.randint(1, 12), r.choice([2022, 2023, 2024, 2025])


# ------------------------------------------------------------------------------- headlines

HEADLINE_TEMPLATES = [
    "{P} nâng cao chất lượng giải quyết thủ tục hành chính cho người dân",
    "Huyện {D} đẩy mạnh chuyển đổi số trong cải cách hành chính",
    "{Dept} triển khai nhiệm vụ cải cách hành chính năm {Y}",
    "Chỉ số PAR INDEX năm {Y1} của tỉnh {P} tăng {N} bậc",
    "Hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm {Y}",
    "Nâng cao hiệu quả hoạt động của Trung tâm Phục vụ hành chính công tỉnh {P}",
    "{P}: Tỷ lệ hồ sơ trực tuyến toàn trình đạt {PCT}%",
    "Kiểm tra công tác cải cách hành chính tại huyện {D}",
    "Tập huấn nghiệp vụ kiểm soát thủ tục hành chính cho cán bộ cấp xã",
    "Đối thoại với doanh nghiệp về cải thiện môi trường đầu tư kinh doanh",
    "Ban hành Kế hoạch cải cách hành chính nhà nước giai đoạn 2021 - 2025",
    "Xã {D} ra mắt mô hình “Một cửa thân thiện”",
    "Chỉ số SIPAS năm {Y1}: {P} đạt {PCT}% mức độ hài lòng",
    "Đẩy mạnh thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia",
    "Cần tháo gỡ vướng mắc trong số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
    "{Dept} công bố chỉ số cải cách hành chính các sở, ngành năm {Y1}",
    "Người đứng đầu phải chịu trách nhiệm về kết quả cải cách hành chính",
    "Hơn {N}.000 hồ sơ được giải quyết đúng hạn trong quý I",
    "Phát huy vai trò của Tổ công nghệ số cộng đồng ở {D}",
    "Tỉnh {P} xếp thứ {N}/63 về Chỉ số PAPI năm {Y1}",
]

SITE_NAMES = [
    ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH {PU}", "Cổng thông tin điện tử tỉnh {P}", "portal"),
    ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN {DU}", "Cổng thông tin điện tử huyện {D}", "portal"),
    ("SỞ NỘI VỤ TỈNH {PU}", "Sở Nội vụ tỉnh {P}", "dept"),
    ("BÁO {PU} ĐIỆN TỬ", "Báo {P} điện tử", "paper"),
    ("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH {PU}", "Đài PT-TH {P}", "radio"),
    ("TẠP CHÍ TỔ CHỨC NHÀ NƯỚC", "Tạp chí Tổ chức nhà nước", "journal"),
    ("BÁO ĐIỆN TỬ ĐẢNG CỘNG SẢN TỈNH {PU}", "Báo Đảng bộ tỉnh {P}", "party"),
    ("TIN TỨC 24H", "Tin tức 24h", "aggregator"),
]

MENUS = [["Giới thiệu", "Tin tức - Sự kiện", "Văn bản pháp luật", "Dịch vụ công", "Hỏi đáp", "Liên hệ"],
         ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Pháp luật"],
         ["Tổ chức bộ máy", "Cải cách hành chính", "Công chức - Viên chức", "Thi đua khen thưởng",
          "Văn thư lưu trữ"],
         ["Nghiên cứu - Trao đổi", "Thực tiễn", "Chính sách mới", "Diễn đàn", "Quốc tế"],
         ["Truyền hình", "Phát thanh", "Podcast", "Video", "Ảnh"]]

SECTIONS = ["Cải cách hành chính", "Tin hoạt động", "Tin tức - Sự kiện", "Chính trị", "Thời sự",
            "Tin địa phương", "Nghiên cứu - Trao đổi", "Chuyển đổi số"]

# ------------------------------------------------------------------------------- body text

SENTENCES = [
    "Theo báo cáo, trong năm {Y1}, toàn tỉnh đã tiếp nhận {N}.{M}00 hồ sơ thủ tục hành chính, trong đó {PCT}% hồ sơ được giải quyết đúng và trước hạn.",
    "Ông {PER}, Phó Giám đốc {Dept} cho biết, đơn vị đã rà soát, đơn giản hóa {N} thủ tục hành chính thuộc thẩm quyền giải quyết.",
    "Tỷ lệ hồ sơ được tiếp nhận và giải quyết trực tuyến đạt {PCT}%, tăng {N} điểm phần trăm so với cùng kỳ năm trước.",
    "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt {PCT}%.",
    "Bên cạnh những kết quả đạt được, công tác cải cách hành chính vẫn còn một số hạn chế như hạ tầng công nghệ thông tin chưa đồng bộ, một bộ phận cán bộ chưa đáp ứng yêu cầu.",
    "Phát biểu chỉ đạo hội nghị, đồng chí {PER}, Phó Chủ tịch UBND tỉnh đề nghị các sở, ngành tiếp tục nâng cao chất lượng giải quyết thủ tục hành chính.",
    "Năm {Y}, tỉnh phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.",
    "Thực hiện Quyết định số {N}/QĐ-UBND ngày {d}/{m}/{Y1} của UBND tỉnh, {Dept} đã ban hành kế hoạch triển khai cụ thể.",
    "Đến nay, {N}/{N2} xã, phường, thị trấn đã triển khai Bộ phận Một cửa hiện đại, kết nối với Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.",
    "Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt {PCT}%, vượt chỉ tiêu đề ra.",
    "Huyện {D} đã thành lập {N} tổ công nghệ số cộng đồng với hơn {N2}0 thành viên tham gia hướng dẫn người dân sử dụng dịch vụ công.",
    "Kết quả kiểm tra cho thấy các đơn vị đã niêm yết công khai đầy đủ thủ tục hành chính tại nơi tiếp nhận hồ sơ.",
    "Đoàn kiểm tra cũng chỉ ra một số tồn tại trong việc cập nhật, đồng bộ trạng thái hồ sơ trên hệ thống.",
    "Qua đó góp phần tiết kiệm thời gian, chi phí đi lại cho người dân và doanh nghiệp.",
    "Trong thời gian tới, {Dept} sẽ tiếp tục tham mưu UBND tỉnh các giải pháp nâng cao Chỉ số PAR INDEX, SIPAS và PAPI.",
    "Bà {PER}, người dân xã {D} chia sẻ: “Giờ đây tôi có thể nộp hồ sơ qua mạng, không phải đi lại nhiều lần như trước”.",
    "Toàn tỉnh hiện có {N} đơn vị hành chính cấp huyện và {N2}0 đơn vị hành chính cấp xã.",
    "Tổng kinh phí thực hiện đề án là {N}{M} tỷ đồng, từ nguồn ngân sách tỉnh và nguồn vốn hợp pháp khác.",
]

LIST_INTROS = ["Hội nghị đã thống nhất một số nhiệm vụ trọng tâm sau:",
               "Kế hoạch đề ra các mục tiêu cụ thể như sau:",
               "Các giải pháp chủ yếu gồm:"]
LIST_ITEMS = ["rà soát, đơn giản hóa thủ tục hành chính nội bộ",
              "đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình",
              "nâng cao chất lượng đội ngũ cán bộ, công chức làm việc tại Bộ phận Một cửa",
              "tăng cường kỷ luật, kỷ cương hành chính",
              "đẩy mạnh ứng dụng công nghệ thông tin, xây dựng chính quyền số",
              "thực hiện tốt công tác thông tin, tuyên truyền về cải cách hành chính"]

CAPTIONS = ["Quang cảnh hội nghị", "Đồng chí {PER} phát biểu tại hội nghị",
            "Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh",
            "Cán bộ Bộ phận Một cửa hướng dẫn người dân nộp hồ sơ trực tuyến",
            "Lãnh đạo tỉnh trao Giấy khen cho các tập thể có thành tích xuất sắc",
            "Đoàn công tác kiểm tra tại UBND xã {D}"]


def fill(r: random.Random, s: str) -> str:
    d, m, y = date_parts(r)
    y1 = r.choice([2022, 2023, 2024])
    p, dd = r.choice(PROVINCES), r.choice(DISTRICTS)
    return s.format(P=p, D=dd, PU=p.upper(), DU=dd.upper(), Dept=r.choice(DEPTS), Y=y1 + 1,
                    Y1=y1, N=r.randint(2, 60), N2=r.randint(61, 99), M=r.randint(1, 9),
                    PCT=f"{r.randint(80, 99)},{r.randint(1, 99):02d}", PER=person(r), d=d, m=m)


# ------------------------------------------------------------------------------- pages

@dataclass
class Line:
    text: str
    label: str   # body / junk / title (the headline where it stands; it must not stay in text)
    cls: str
    keep: Optional[str] = None  # for a body line: the part that must stay when not all of it


@dataclass
class Page:
    lines: list
    title: Optional[str]
    kind: str
    shape: str
    meta: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n".join(ln.text for ln in self.lines) + "\n"


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)

    # ---- pieces
    def site(self):
        caps, name, genre = self.r.choice(SITE_NAMES)
        p, d = self.r.choice(PROVINCES), self.r.choice(DISTRICTS)
        f = dict(P=p, D=d, PU=p.upper(), DU=d.upper())
        return caps.format(**f), name.format(**f), genre

    def date_str(self):
        d, m, y = date_parts(self.r)
        return d, m, y

    def top_chrome(self, site_caps: str, out: list):
        r = self.r
        parts = r.sample(["site", "hotline", "menu", "crumb", "lang", "weekday", "search", "login",
                          "counter", "address"], r.randint(2, 6))
        if "site" not in parts and r.random() < 0.6:
            parts.insert(0, "site")
        for part in parts:
            if part == "site":
                out.append(Line(site_caps, "junk", "chrome_site"))
            elif part == "hotline":
                out.append(Line(r.choice([f"Đường dây nóng: 0{r.randint(200, 299)}.{r.randint(3000000, 3999999)}",
                                          f"Hotline: 0{r.randint(900, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
                                          f"Điện thoại: 0{r.randint(200, 299)} {r.randint(3800000, 3899999)} - Email: bbt@{r.choice(['tinh', 'baotinh', 'sonv'])}.gov.vn"]),
                                "junk", "chrome_hotline"))
            elif part == "address":
                out.append(Line(f"Địa chỉ: Số {r.randint(1, 200)} đường {r.choice(['Trần Hưng Đạo', 'Lê Lợi', 'Hùng Vương'])}, "
                                f"TP. {r.choice(PROVINCES)}", "junk", "chrome_address"))
            elif part == "menu":
                menu = r.choice(MENUS)
                items = r.sample(menu, r.randint(3, len(menu)))
                if r.random() < 0.5:
                    for it in items:
                        out.append(Line(it, "junk", "menu_item"))
                else:
                    out.append(Line(r.choice([" | ", " - ", " · "]).join(items), "junk", "menu_joined"))
            elif part == "crumb":
                sec = r.choice(SECTIONS)
                out.append(Line(r.choice([f"Trang chủ > Tin tức > {sec}", f"Trang chủ / {sec}",
                                          f"Trang chủ » {sec}", f"Trang chủ > {sec}"]), "junk", "breadcrumb"))
            elif part == "lang":
                out.append(Line(r.choice(["Tiếng Việt | English", "English", "VIE | ENG", "Tiếng Việt  English  中文"]),
                                "junk", "lang_switch"))
            elif part == "weekday":
                d, m, y = self.date_str()
                out.append(Line(r.choice([f"{r.choice(WEEKDAYS)}, ngày {d:02d}/{m:02d}/{y}",
                                          f"{r.choice(WEEKDAYS)}, {d}/{m}/{y}",
                                          f"Hôm nay: {r.choice(WEEKDAYS)}, {d:02d}/{m:02d}/{y}"]),
                                "junk", "weekday_clock"))
            elif part == "search":
                out.append(Line(r.choice(["Tìm kiếm", "Nhập từ khóa tìm kiếm", "Tìm kiếm...", "Tìm kiếm nâng cao"]),
                                "junk", "search_box"))
            elif part == "login":
                out.append(Line(r.choice(["Đăng nhập", "Đăng nhập | Đăng ký", "Đăng ký nhận tin"]), "junk", "login"))
            elif part == "counter":
                out.append(Line(r.choice([f"Lượt truy cập: {r.randint(100000, 9999999):,}".replace(",", "."),
                                          f"Đang truy cập: {r.randint(10, 999)}",
                                          f"Tổng lượt truy cập: {r.randint(100000, 9999999)}"]),
                                "junk", "counter"))

    def dateline(self, site_short: str):
        r = self.r
        d, m, y = self.date_str()
        hh, mm = r.randint(6, 22), r.randint(0, 59)
        forms = [f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}",
                 f"Cập nhật: {hh:02d}:{mm:02d} {d:02d}/{m:02d}/{y}",
                 f"Ngày đăng: {d:02d}/{m:02d}/{y}",
                 f"{r.choice(WEEKDAYS)}, {d:02d}/{m:02d}/{y} - {hh:02d}:{mm:02d}",
                 f"Thứ {r.randint(2, 7)}, {d:02d}/{m:02d}/{y}, {hh:02d}:{mm:02d} (GMT+7)",
                 f"{person(r)} - {d:02d}/{m:02d}/{y}",
                 f"{d:02d}/{m:02d}/{y} | {hh:02d}:{mm:02d} | {r.randint(50, 2000)} lượt xem",
                 f"Đăng lúc: {hh:02d}:{mm:02d} - {d:02d}/{m:02d}/{y}",
                 f"Ngày {d:02d}/{m:02d}/{y} | Lượt xem: {r.randint(50, 2000)}",
                 f"{hh:02d}:{mm:02d}, {d:02d}/{m:02d}/{y}"]
        return Line(r.choice(forms), "junk", "dateline")

    def body(self, out: list, pool: list):
        r = self.r
        n = r.randint(3, 8)
        caption_done = False
        for i in range(n):
            take = [pool.pop() for _ in range(min(len(pool), r.randint(1, 3)))]
            if not take:
                break  # a text does not say a sentence twice
            para = " ".join(fill(r, s) for s in take)
            if r.random() < 0.12 and len(para) > 120:  # hard wraps
                words = para.split()
                cut = len(words) // 2
                out.append(Line(" ".join(words[:cut]), "body", "body_wrapped"))
                out.append(Line(" ".join(words[cut:]), "body", "body_wrapped"))
            else:
                out.append(Line(para, "body", "body_para"))
            if i == 1 and r.random() < 0.25:
                out.append(Line(r.choice(LIST_INTROS), "body", "body_list_intro"))
                for it in r.sample(LIST_ITEMS, r.randint(2, 4)):
                    out.append(Line(r.choice(["- ", "+ ", "• "]) + it[0].upper() + it[1:] + ";", "body", "body_list_item"))
            if i == 2 and r.random() < 0.15:
                out.append(Line("Kết quả cụ thể như sau:", "body", "body_list_intro"))
                out.append(Line("| STT | Đơn vị | Điểm | Xếp hạng |", "body", "body_table"))
                out.append(Line("|---|---|---|---|", "body", "body_table"))
                for j in range(r.randint(2, 4)):
                    out.append(Line(f"| {j + 1} | {r.choice(DEPTS)} | {r.randint(80, 95)},{r.randint(10, 99)} | {j + 1} |",
                                    "body", "body_table"))
            if not caption_done and i in (0, 1) and r.random() < 0.55:
                caption_done = True
                cap = fill(r, r.choice(CAPTIONS))
                style = r.random()
                if style < 0.3:
                    out.append(Line(f"{cap}. Ảnh: {person(r)}", "junk", "caption_anh"))
                elif style < 0.5:
                    out.append(Line(f"{cap} (Ảnh: {r.choice(['TL', 'PV', 'Minh Anh', 'CTV'])})", "junk", "caption_anh_paren"))
                elif style < 0.65:
                    out.append(Line(f"Ảnh: {cap}", "junk", "caption_anh_first"))
                elif style < 0.8:
                    out.append(Line(f"![{cap}](https://example.vn/img/{r.randint(1000, 9999)}.jpg)", "junk", "image_md"))
                else:
                    out.append(Line(cap, "junk", "caption_bare"))

    def bottom(self, site_caps: str, site_name: str, headlines: list, out: list):
        r = self.r
        parts = []
        if r.random() < 0.6:
            parts.append("author")
        if r.random() < 0.4:
            parts.append("source")
        if r.random() < 0.4:
            parts.append("tags")
        if r.random() < 0.4:
            parts.append("share")
        if r.random() < 0.7:
            parts.append("related")
        if r.random() < 0.7:
            parts.append("footer")
        if r.random() < 0.2:
            parts.append("counter")
        for part in parts:
            if part == "author":
                p = person(r)
                out.append(Line(r.choice([p, p.upper(), f"{p} (tổng hợp)", f"Tác giả: {p}", f"{p} - {r.choice(DEPTS)}",
                                          f"PV {r.choice(GIVEN)}", f"Bài, ảnh: {p}"]), "junk", "author"))
            elif part == "source":
                out.append(Line(r.choice([f"Nguồn: {site_name}", f"Nguồn: {r.choice(DEPTS)}",
                                          f"Theo {r.choice(['baochinhphu.vn', 'Báo Nhân Dân', 'TTXVN'])}"]),
                                "junk", "source"))
            elif part == "tags":
                tags = r.sample(["cải cách hành chính", "PAR INDEX", "chuyển đổi số", "dịch vụ công", "một cửa", "SIPAS"], 3)
                out.append(Line(r.choice(["Từ khóa: ", "Tags: ", "Tag: ", "Từ khoá: "]) + ", ".join(tags), "junk", "tags"))
            elif part == "share":
                if r.random() < 0.5:
                    out.append(Line(r.choice(["Chia sẻ", "In bài viết", "Gửi email", "Chia sẻ: Facebook Zalo"]), "junk", "share"))
                else:
                    out.append(Line(r.choice(["In bài | Gửi bài | Chia sẻ", "Bản in  Gửi bài viết  Lưu bài",
                                              "Facebook | Zalo | Twitter"]), "junk", "share_joined"))
            elif part == "related":
                out.append(Line(r.choice(["Tin liên quan", "Các tin khác", "Tin cùng chuyên mục", "Bài viết liên quan",
                                          "TIN LIÊN QUAN", "Tin khác:", "Xem thêm"]), "junk", "related_label"))
                dated = r.random() < 0.4
                mark = r.choice(["", "- ", "• "])  # a list's items share their marker
                for h in headlines:
                    if dated:
                        d, m, y = self.date_str()
                        h2 = r.choice([f"{h} ({d:02d}/{m:02d}/{y})", f"{h} - {d:02d}/{m:02d}/{y}"])
                        out.append(Line(h2, "junk", "related_dated"))
                    else:
                        out.append(Line(mark + h, "junk", "related_head"))
            elif part == "footer":
                for kind in r.sample(["owner", "address", "copyright", "licence", "phone"], r.randint(2, 4)):
                    if kind == "owner":
                        out.append(Line(r.choice([f"Cơ quan chủ quản: UBND tỉnh {r.choice(PROVINCES)}",
                                                  f"Cơ quan chủ quản: {site_caps.title()}",
                                                  f"Chịu trách nhiệm chính: {person(r)}",
                                                  f"Tổng Biên tập: {person(r)}"]), "junk", "footer_owner"))
                    elif kind == "address":
                        out.append(Line(f"Địa chỉ: {r.randint(1, 300)} {r.choice(['Trần Phú', 'Lê Duẩn', 'Nguyễn Huệ'])}, "
                                        f"phường {r.randint(1, 9)}, TP. {r.choice(PROVINCES)}", "junk", "footer_address"))
                    elif kind == "copyright":
                        out.append(Line(r.choice([f"© Bản quyền thuộc {site_name}",
                                                  f"Copyright © {r.randint(2015, 2024)} {site_name}. All rights reserved.",
                                                  f"Bản quyền thuộc về {site_name}",
                                                  f"Ghi rõ nguồn “{site_name}” khi phát hành lại thông tin từ website này."]),
                                        "junk", "footer_copyright"))
                    elif kind == "licence":
                        out.append(Line(r.choice([f"Giấy phép số {r.randint(10, 500)}/GP-TTĐT ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2015, 2023)} của Bộ Thông tin và Truyền thông",
                                                  f"Giấy phép hoạt động báo điện tử số {r.randint(10, 500)}/GP-BTTTT",
                                                  f"GPXB số {r.randint(10, 500)}/GP-BTTTT cấp ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2015, 2023)}"]),
                                        "junk", "footer_licence"))
                    else:
                        out.append(Line(f"Điện thoại: 0{r.randint(200, 299)}.{r.randint(3800000, 3899999)} - Fax: 0{r.randint(200, 299)}.{r.randint(3800000, 3899999)}",
                                        "junk", "footer_phone"))
            elif part == "counter":
                out.append(Line(r.choice([f"Lượt truy cập: {r.randint(100000, 9999999)}", f"Online: {r.randint(10, 900)}",
                                          f"Hôm nay: {r.randint(100, 9000)}"]), "junk", "counter"))

    # ---- kinds
    def article(self) -> Page:
        r = self.r
        site_caps, site_name, genre = self.site()
        title = fill(r, r.choice(HEADLINE_TEMPLATES))
        others = [fill(r, h) for h in r.sample(HEADLINE_TEMPLATES, r.randint(2, 5))]
        others = [h for h in others if h != title] or [fill(r, "Tập huấn kỹ năng số cho cán bộ xã {D}")]
        out: list = []
        order = r.random()
        form = r.choice(["plain", "plain", "plain", "suffix_dash", "suffix_bar", "caps", "mdlink", "repeat"])
        head_lines = []
        if form == "plain":
            head_lines.append(Line(title, "title", "title_plain"))
        elif form == "suffix_dash":
            head_lines.append(Line(f"{title} - {site_name}", "title", "title_suffix_dash"))
        elif form == "suffix_bar":
            head_lines.append(Line(f"{title} | {site_name}", "title", "title_suffix_bar"))
        elif form == "caps":
            head_lines.append(Line(title.upper(), "title", "title_caps"))
        elif form == "mdlink":
            head_lines.append(Line(f"[{title}](https://example.vn/tin-tuc/{r.randint(10000, 99999)}.html)", "title", "title_mdlink"))
        else:
            head_lines.append(Line(f"{title} - {site_name}", "title", "title_repeat_first"))
            head_lines.append(Line(title, "junk", "title_repeat_second"))
        shape = f"article/{genre}/{form}"
        if order < 0.25:  # headline above the chrome (a <title> line)
            out.extend(head_lines)
            self.top_chrome(site_caps, out)
            if r.random() < 0.6:
                out.append(Line(title, "junk", "title_again_under_chrome"))
            shape += "/head_first"
        else:
            self.top_chrome(site_caps, out)
            out.extend(head_lines)
        if r.random() < 0.85:
            out.append(self.dateline(site_name))
        pool = SENTENCES[:]
        r.shuffle(pool)
        lead = " ".join(fill(r, pool.pop()) for _ in range(2))
        tagged = r.random() < 0.3
        if tagged:  # the agency tag before the lead is a byline; the lead after it stays
            tag = r.choice([f"(Tin {site_name.split()[-1]}) - ", f"{r.choice(PROVINCES).upper()} - ", "(Chinhphu.vn) - "])
        if r.random() < 0.8:
            out.append(Line(tag + lead, "body", "lead_tagged", keep=lead) if tagged else Line(lead, "body", "lead"))
        self.body(out, pool)
        self.bottom(site_caps, site_name, others, out)
        return Page(out, title, "article", shape)

    def listing(self) -> Page:
        r = self.r
        site_caps, site_name, genre = self.site()
        out: list = []
        self.top_chrome(site_caps, out)
        sec = r.choice(SECTIONS)
        out.append(Line(r.choice([sec, sec.upper(), f"Kết quả tìm kiếm: {sec.lower()}", f"Tag: {sec.lower()}"]),
                        "junk", "listing_heading"))
        for h in r.sample(HEADLINE_TEMPLATES, r.randint(5, 10)):
            h = fill(r, h)
            out.append(Line(h, "junk", "teaser_head"))
            if r.random() < 0.6:
                d, m, y = self.date_str()
                out.append(Line(r.choice([f"{d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}/{y} {r.randint(6, 22):02d}:{r.randint(0, 59):02d}"]),
                                "junk", "teaser_date"))
            if r.random() < 0.7:
                out.append(Line(fill(r, r.choice(SENTENCES)), "junk", "teaser_sapo"))
        if r.random() < 0.5:
            out.append(Line(r.choice(["Trang 1 2 3 4 5 Sau »", "« Trước 1 2 3 Tiếp »", "Xem tiếp", "1 2 3 ... 10"]),
                            "junk", "pager"))
        self.bottom(site_caps, site_name, [], out)
        return Page(out, None, "listing", f"listing/{genre}")

    def legal(self) -> Page:
        r = self.r
        p = r.choice(PROVINCES)
        d, m, y = self.date_str()
        n = r.randint(10, 3000)
        out: list = []
        db = r.random() < 0.5
        if db:
            out.append(Line(r.choice(["CƠ SỞ DỮ LIỆU QUỐC GIA VỀ VĂN BẢN PHÁP LUẬT", "THƯ VIỆN PHÁP LUẬT", "VĂN BẢN PHÁP LUẬT"]),
                            "junk", "legal_db_site"))
            out.append(Line(f"Số ký hiệu: {n}/QĐ-UBND", "junk", "legal_meta"))
            out.append(Line(f"Ngày ban hành: {d:02d}/{m:02d}/{y}", "junk", "legal_meta"))
            out.append(Line(f"Cơ quan ban hành: UBND tỉnh {p}", "junk", "legal_meta"))
            out.append(Line("Tình trạng hiệu lực: Còn hiệu lực", "junk", "legal_meta"))
        out.append(Line(f"ỦY BAN NHÂN DÂN TỈNH {p.upper()}", "body", "legal_header"))
        out.append(Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "body", "legal_header"))
        out.append(Line("Độc lập - Tự do - Hạnh phúc", "body", "legal_header"))
        out.append(Line(f"Số: {n}/QĐ-UBND", "body", "legal_header"))
        out.append(Line(f"{p}, ngày {d} tháng {m} năm {y}", "body", "legal_header"))
        out.append(Line("QUYẾT ĐỊNH", "body", "legal_header"))
        out.append(Line(f"Ban hành Kế hoạch cải cách hành chính năm {y} trên địa bàn tỉnh {p}", "body", "legal_body"))
        out.append(Line(f"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH {p.upper()}", "body", "legal_body"))
        out.append(Line("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "body", "legal_body"))
        out.append(Line(f"Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số {r.randint(10, 300)}/TTr-SNV.", "body", "legal_body"))
        out.append(Line("QUYẾT ĐỊNH:", "body", "legal_body"))
        out.append(Line(f"Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm {y}.", "body", "legal_body"))
        out.append(Line("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "body", "legal_body"))
        out.append(Line("Nơi nhận:", "body", "legal_body"))
        if db and r.random() < 0.6:
            out.append(Line(r.choice(["Tải về", "Văn bản liên quan", "Lược đồ", "Tải văn bản gốc"]), "junk", "legal_db_tab"))
        return Page(out, None, "legal_document", "legal/db" if db else "legal/plain")

    def page(self) -> Page:
        x = self.r.random()
        if x < 0.75:
            return self.article()
        if x < 0.9:
            return self.listing()
        return self.legal()


# ------------------------------------------------------------------------------- scoring

def _fold(s: str) -> str:
    s = unicodedata.normalize("NFC", s)
    return " ".join(s.split()).casefold()


def _norm_title(s: Optional[str]) -> Optional[str]:
    return None if s is None else _fold(s)


def score(pages: list, run) -> dict:
    """Run ``run(text) -> (title, kind, text)`` on every page; counts per class."""
    res = dict(pages=0, title_ok=0, kind_ok=0, junk=0, junk_gone=0, body=0, body_kept=0)
    per_class = defaultdict(lambda: [0, 0])  # class -> [misses, total]
    misses = defaultdict(list)
    for i, pg in enumerate(pages):
        title, kind, text = run(pg.text)
        res["pages"] += 1
        ft = _fold(text)
        out_lines = {_fold(x) for x in text.splitlines()}
        ok_t = _norm_title(title) == _norm_title(pg.title)
        res["title_ok"] += ok_t
        per_class["title:" + pg.shape.split("/")[0] + "/" + (pg.shape.split("/")[2] if pg.shape.startswith("article") else "-")][1] += 1
        if not ok_t:
            k = "title:" + pg.shape.split("/")[0] + "/" + (pg.shape.split("/")[2] if pg.shape.startswith("article") else "-")
            per_class[k][0] += 1
            misses[k].append((i, f"want {pg.title!r} got {title!r}"))
        res["kind_ok"] += kind == pg.kind
        per_class[f"kind:{pg.kind}"][1] += 1
        if kind != pg.kind:
            per_class[f"kind:{pg.kind}"][0] += 1
            misses[f"kind:{pg.kind}"].append((i, f"got {kind} ({pg.shape})"))
        if pg.kind == "listing":
            continue  # a listing's lines: only its kind and title are scored
        for ln in pg.lines:
            f = _fold(ln.keep or ln.text)
            if not f:
                continue
            # a short junk line counts as kept only as a whole line of text (not as a word of a sentence)
            present = f in ft if (ln.label == "body" or len(f) > 30) else f in out_lines
            if ln.label == "body":
                res["body"] += 1
                res["body_kept"] += present
                per_class[f"body:{ln.cls}"][1] += 1
                if not present:
                    per_class[f"body:{ln.cls}"][0] += 1
                    misses[f"body:{ln.cls}"].append((i, ln.text))
            else:  # junk, or the headline's own line
                res["junk"] += 1
                res["junk_gone"] += not present
                per_class[f"junk:{ln.cls}"][1] += 1
                if present:
                    per_class[f"junk:{ln.cls}"][0] += 1
                    misses[f"junk:{ln.cls}"].append((i, ln.text))
    return dict(res=res, per_class=per_class, misses=misses)


def pipeline_run(text: str):
    from cchc_extract.pipeline import extract

    art = extract(text, doc_id="probe")
    if not hasattr(art, "text"):
        return None, "error", ""
    return art.title, art.page_kind, art.text


def report(out: dict, show: int = 0, file=sys.stdout) -> None:
    r = out["res"]
    print(f"pages {r['pages']}  title {r['title_ok']}/{r['pages']} = {r['title_ok'] / r['pages']:.1%}  "
          f"page_kind {r['kind_ok']}/{r['pages']} = {r['kind_ok'] / r['pages']:.1%}  "
          f"junk removed {r['junk_gone']}/{r['junk']} = {r['junk_gone'] / max(1, r['junk']):.1%}  "
          f"body kept {r['body_kept']}/{r['body']} = {r['body_kept'] / max(1, r['body']):.2%}", file=file)
    for k, (miss, tot) in sorted(out["per_class"].items(), key=lambda kv: (-kv[1][0], kv[0])):
        if miss or show:
            print(f"  {k:40s} {miss:4d} / {tot:4d} missed", file=file)
        for i, s in out["misses"].get(k, [])[:show]:
            print(f"      #{i}: {s[:160]}", file=file)


def generate(seed: int, n: int) -> list:
    g = Gen(seed)
    return [g.page() for _ in range(n)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--show", type=int, default=0, help="misses to print per class")
    ap.add_argument("--dump", type=int, default=None, help="print page N and stop")
    a = ap.parse_args(argv)
    pages = generate(a.seed, a.n)
    if a.dump is not None:
        pg = pages[a.dump]
        print(pg.shape, pg.kind, repr(pg.title))
        for ln in pg.lines:
            print(f"{ln.label:5s} {ln.cls:24s} {ln.text}")
        t, k, txt = pipeline_run(pg.text)
        print("---- got", k, repr(t))
        print(txt)
        return 0
    report(score(pages, pipeline_run), a.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
