"""Agreement of officials, legal references, organisations, provinces and regions with made-up
probe sentences in the shapes of administrative-reform press, per class of shape.

    PYTHONPATH=src python3 benchmarks/probes_people_legal7.py

Each probe is (class, sentence, expected): the gold decided by SPEC §3/§4.1, GUIDE §3, §9-§11 and
docs/format.md; only the fact types given are checked. Officials: names as a multiset, each gold title
found among the predicted titles of that name (after case and abbreviation folding, as in evaluation);
legal references: numbers, then doc_type/issuer/year of each matched number; organisations, provinces,
regions: names as multisets. 'CLEANED' lines report a probe line that cleaning removed (not counted).
The sentences are made up (none copied from an article); tests/test_people_legal_probe7.py asserts
the classes as tests."""
import collections
import unicodedata

# Probe set: made-up sentences in the shapes of administrative-reform press.
# Each probe: (class, text, expected) where expected has any of keys
#   off: list of (name, [titles])        -- officials (names exact as multiset; gold titles must be found)
#   leg: list of (number, doc_type, issuer, year)
#   org: list of names                   -- organizations (multiset)
#   prov: list of names                  -- provinces (multiset)
#   reg: list of names                   -- regions (multiset)
# Only the keys given are checked.
UB = "Ủy ban nhân dân"
P = []


def p(cls, text, **exp):
    P.append((cls, text, exp))


# ---------------------------------------------------------------- officials: title before name
p("off-title-before", "Phó Chủ tịch UBND tỉnh Lê Văn Thắng chủ trì hội nghị.",
  off=[("Lê Văn Thắng", [f"Phó Chủ tịch {UB} tỉnh"])])
p("off-title-before", "Giám đốc Sở Nội vụ Trần Thị Hồng Nhung báo cáo kết quả.",
  off=[("Trần Thị Hồng Nhung", ["Giám đốc Sở Nội vụ"])])
p("off-title-before", "Bí thư Huyện ủy Đinh Văn Sơn yêu cầu các xã tập trung chỉ đạo.",
  off=[("Đinh Văn Sơn", ["Bí thư Huyện ủy"])])
p("off-title-before", "Chủ tịch UBND huyện Phạm Quang Huy cho biết huyện đã số hóa toàn bộ hồ sơ.",
  off=[("Phạm Quang Huy", [f"Chủ tịch {UB} huyện"])])
p("off-title-before", "Thứ trưởng Bộ Nội vụ Nguyễn Duy Thăng phát biểu chỉ đạo.",
  off=[("Nguyễn Duy Thăng", ["Thứ trưởng Bộ Nội vụ"])])
p("off-title-before", "Chánh Văn phòng UBND tỉnh Hoàng Minh Đức trình bày dự thảo kế hoạch.",
  off=[("Hoàng Minh Đức", [f"Chánh Văn phòng {UB} tỉnh"])])
p("off-title-before", "Trưởng Ban Tổ chức Tỉnh ủy Vũ Thị Thu Hà nhấn mạnh yêu cầu về kỷ cương.",
  off=[("Vũ Thị Thu Hà", ["Trưởng Ban Tổ chức Tỉnh ủy"])])
p("off-title-before", "Phó Giám đốc Trung tâm Phục vụ hành chính công tỉnh Lò Văn Pấng giới thiệu quy trình mới.",
  off=[("Lò Văn Pấng", ["Phó Giám đốc Trung tâm Phục vụ hành chính công tỉnh"])])
# ---------------------------------------------------------------- officials: title after the name
p("off-title-after", "Ông Nguyễn Văn Bình, Chủ tịch UBND xã Tân Lập, cho biết xã đã hoàn thành chỉ tiêu.",
  off=[("Nguyễn Văn Bình", [f"Chủ tịch {UB} xã Tân Lập"])])
p("off-title-after", "Bà Đỗ Thị Lan, Phó Giám đốc Sở Tư pháp, chia sẻ kinh nghiệm triển khai.",
  off=[("Đỗ Thị Lan", ["Phó Giám đốc Sở Tư pháp"])])
p("off-title-after", "Đồng chí Trịnh Xuân Trường - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu kết luận.",
  off=[("Trịnh Xuân Trường", ["Phó Bí thư Tỉnh ủy", f"Chủ tịch {UB} tỉnh"])])
p("off-title-after", "Theo ông Lê Hoàng Nam, Trưởng phòng Cải cách hành chính Sở Nội vụ, tỉnh sẽ rà soát lại quy trình.",
  off=[("Lê Hoàng Nam", ["Trưởng phòng Cải cách hành chính Sở Nội vụ"])])
p("off-title-after", "Đồng chí Nông Thị Hà, Tỉnh ủy viên, Giám đốc Sở Nội vụ, đề nghị các đơn vị nghiêm túc thực hiện.",
  off=[("Nông Thị Hà", ["Tỉnh ủy viên", "Giám đốc Sở Nội vụ"])])
p("off-title-after", "Ông Phan Văn Mãi – Ủy viên Trung ương Đảng, Chủ tịch UBND thành phố đã ký ban hành kế hoạch.",
  off=[("Phan Văn Mãi", ["Ủy viên Trung ương Đảng", f"Chủ tịch {UB} thành phố"])])
# ---------------------------------------------------------------- abbreviations in titles
p("off-abbrev", "Đồng chí Lê Quang Tùng, UVBTV Tỉnh ủy, PCT UBND tỉnh dự và chỉ đạo hội nghị.",
  off=[("Lê Quang Tùng", ["Ủy viên Ban Thường vụ Tỉnh ủy", f"Phó Chủ tịch {UB} tỉnh"])])
p("off-abbrev", "Đồng chí Vi Văn Thành, TUV, Bí thư Huyện ủy Chi Lăng phát biểu tại buổi làm việc.",
  off=[("Vi Văn Thành", ["Tỉnh ủy viên", "Bí thư Huyện ủy Chi Lăng"])])
p("off-abbrev", "Ông Hà Văn Quyết, GĐ Sở TT&TT cho biết tỉnh đã cấp 12.000 chữ ký số.",
  off=[("Hà Văn Quyết", ["Giám đốc Sở Thông tin và Truyền thông"])])
p("off-abbrev", "PCT UBND tỉnh Nguyễn Thị Mai yêu cầu các sở rút ngắn thời gian xử lý hồ sơ.",
  off=[("Nguyễn Thị Mai", [f"Phó Chủ tịch {UB} tỉnh"])])
p("off-abbrev", "Đồng chí Trần Quốc Nam, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, Trưởng đoàn ĐBQH tỉnh dự hội nghị.",
  off=[("Trần Quốc Nam", ["Phó Bí thư Tỉnh ủy", "Chủ tịch Hội đồng nhân dân tỉnh", "Trưởng đoàn Đại biểu Quốc hội tỉnh"])])
p("off-abbrev", "Ông Đặng Văn Hiếu, Phó GĐ Sở KH&ĐT cho biết số doanh nghiệp thành lập mới tăng.",
  off=[("Đặng Văn Hiếu", ["Phó Giám đốc Sở Kế hoạch và Đầu tư"])])
p("off-abbrev", "Đồng chí Hồ Văn Lực, UVBTV, Trưởng Ban Dân vận Tỉnh ủy chủ trì buổi đối thoại.",
  off=[("Hồ Văn Lực", ["Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy"])])
p("off-abbrev", "Bà Lương Thị Thu, PGĐ Trung tâm Phục vụ HCC tỉnh, cho biết trung tâm tiếp nhận 5.000 hồ sơ.",
  off=[("Lương Thị Thu", ["Phó Giám đốc Trung tâm Phục vụ hành chính công tỉnh"])])
# ---------------------------------------------------------------- ranks and degrees
p("off-rank", "Đại tá Nguyễn Văn Long, Giám đốc Công an tỉnh báo cáo tiến độ triển khai Đề án 06.",
  off=[("Nguyễn Văn Long", ["Đại tá", "Giám đốc Công an tỉnh"])])
p("off-rank", "Thiếu tướng Trần Minh Tuấn, Phó Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội phát biểu.",
  off=[("Trần Minh Tuấn", ["Thiếu tướng", "Phó Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội"])])
p("off-rank", "Thượng tá Lê Văn Hòa - Phó Trưởng Công an huyện cho biết đã thu nhận 30.000 hồ sơ định danh.",
  off=[("Lê Văn Hòa", ["Thượng tá", "Phó Trưởng Công an huyện"])])
p("off-rank", "PGS.TS Nguyễn Hữu Hải, Viện trưởng Viện Nghiên cứu hành chính, trình bày tham luận.",
  off=[("Nguyễn Hữu Hải", ["Viện trưởng Viện Nghiên cứu hành chính"])])
p("off-rank", "ThS. Trần Thị Thanh Hương - Trưởng khoa Quản lý nhà nước chia sẻ kết quả khảo sát.",
  off=[("Trần Thị Thanh Hương", ["Trưởng khoa Quản lý nhà nước"])])
p("off-rank", "TS. Lê Văn Cường, Phó Vụ trưởng Vụ Cải cách hành chính, Bộ Nội vụ, nêu ý kiến.",
  off=[("Lê Văn Cường", ["Phó Vụ trưởng Vụ Cải cách hành chính"])])
p("off-rank", "Trung tá Hoàng Văn Phúc, Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh, cho biết.",
  off=[("Hoàng Văn Phúc", ["Trung tá", "Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh"])])
# ---------------------------------------------------------------- nguyên (former)
p("off-former", "Ông Nguyễn Văn Sơn, nguyên Phó Chủ tịch UBND tỉnh, chia sẻ kinh nghiệm.",
  off=[("Nguyễn Văn Sơn", [f"nguyên Phó Chủ tịch {UB} tỉnh"])])
p("off-former", "Nguyên Bộ trưởng Bộ Nội vụ Lê Vĩnh Tân đánh giá cao kết quả này.",
  off=[("Lê Vĩnh Tân", ["Nguyên Bộ trưởng Bộ Nội vụ"])])
# ---------------------------------------------------------------- short references
p("off-short", "Ông Trần Văn Thịnh, Giám đốc Sở Nội vụ, cho biết kết quả. Theo ông Thịnh, tỉnh sẽ tiếp tục cải thiện.",
  off=[("Trần Văn Thịnh", ["Giám đốc Sở Nội vụ"]), ("Trần Văn Thịnh", [])])
p("off-short", "Bà Lê Thị Hồng Vân, Chánh Văn phòng UBND tỉnh, phát biểu. Bà Vân cho rằng cần quyết liệt hơn.",
  off=[("Lê Thị Hồng Vân", [f"Chánh Văn phòng {UB} tỉnh"]), ("Lê Thị Hồng Vân", [])])
p("off-short", "Chủ tịch UBND tỉnh Nguyễn Văn Sơn chủ trì hội nghị. Đồng chí Sơn yêu cầu các sở xử lý dứt điểm hồ sơ trễ hạn.",
  off=[("Nguyễn Văn Sơn", [f"Chủ tịch {UB} tỉnh"]), ("Nguyễn Văn Sơn", [])])
p("off-short", "Phó Chủ tịch UBND tỉnh Hà Thị Nga kiểm tra Bộ phận Một cửa. Phó Chủ tịch Nga đề nghị niêm yết đầy đủ thủ tục.",
  off=[("Hà Thị Nga", [f"Phó Chủ tịch {UB} tỉnh"]), ("Hà Thị Nga", ["Phó Chủ tịch"])])
# ---------------------------------------------------------------- titles across a line break
p("off-linebreak", "Đồng chí Lê Văn Tám, Phó Chủ tịch\nUBND tỉnh phát biểu tại hội nghị.",
  off=[("Lê Văn Tám", [f"Phó Chủ tịch {UB} tỉnh"])])
p("off-linebreak", "Tham dự có ông Nguyễn Thanh Hải, Giám đốc Sở\nNội vụ và đại diện các sở, ngành.",
  off=[("Nguyễn Thanh Hải", ["Giám đốc Sở Nội vụ"])])
# ---------------------------------------------------------------- ethnic-minority names
p("off-ethnic", "Đồng chí Hầu A Lềnh, Bí thư Tỉnh ủy Lào Cai, dự hội nghị.",
  off=[("Hầu A Lềnh", ["Bí thư Tỉnh ủy Lào Cai"])], prov=["Lào Cai"])
p("off-ethnic", "Bà Y Thanh Hà Niê Kđăm, Phó Chủ tịch Quốc hội, phát biểu tại buổi làm việc.",
  off=[("Y Thanh Hà Niê Kđăm", ["Phó Chủ tịch Quốc hội"])])
p("off-ethnic", "Ông Giàng Seo Phử, nguyên Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc, trao đổi với cử tri.",
  off=[("Giàng Seo Phử", ["nguyên Bộ trưởng", "Chủ nhiệm Ủy ban Dân tộc"])])
p("off-ethnic", "Chủ tịch UBND huyện Sùng A Hồ cho biết huyện có 15 xã đạt chuẩn.",
  off=[("Sùng A Hồ", [f"Chủ tịch {UB} huyện"])])
p("off-ethnic", "Ông Y Biêr Niê, Phó Chủ tịch HĐND tỉnh Đắk Lắk, chủ trì phiên giám sát.",
  off=[("Y Biêr Niê", ["Phó Chủ tịch Hội đồng nhân dân tỉnh Đắk Lắk"])], prov=["Đắk Lắk"])
p("off-ethnic", "Bà Ksor H'Bơ Khăp, Phó Trưởng đoàn ĐBQH tỉnh, tham gia đoàn giám sát.",
  off=[("Ksor H'Bơ Khăp", ["Phó Trưởng đoàn Đại biểu Quốc hội tỉnh"])])
p("off-ethnic", "Phó Bí thư Huyện ủy Lầu Mí Chứ kiểm tra bộ phận một cửa của xã.",
  off=[("Lầu Mí Chứ", ["Phó Bí thư Huyện ủy"])])
# ---------------------------------------------------------------- lists
p("off-list", "Tham dự có các đồng chí: Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh; Trần Thị Lan, Giám đốc Sở Nội vụ; Lê Văn Minh, Giám đốc Sở Tư pháp.",
  off=[("Nguyễn Văn Hùng", [f"Phó Chủ tịch {UB} tỉnh"]), ("Trần Thị Lan", ["Giám đốc Sở Nội vụ"]), ("Lê Văn Minh", ["Giám đốc Sở Tư pháp"])])
p("off-list", "Dự hội nghị có các đồng chí Phó Chủ tịch UBND tỉnh: Hoàng Văn Hải, Đỗ Thị Minh.",
  off=[("Hoàng Văn Hải", [f"Phó Chủ tịch {UB} tỉnh"]), ("Đỗ Thị Minh", [f"Phó Chủ tịch {UB} tỉnh"])])
p("off-list", "Cùng dự có ông Nguyễn Văn A1 và các đồng chí lãnh đạo Sở Nội vụ.", off=[])
p("off-list", "Tham dự hội nghị có đồng chí Phạm Minh Chính, Thủ tướng Chính phủ và đồng chí Trần Lưu Quang, Phó Thủ tướng.",
  off=[("Phạm Minh Chính", ["Thủ tướng Chính phủ"]), ("Trần Lưu Quang", ["Phó Thủ tướng"])])
p("off-list", "Đoàn công tác gồm: ông Lê Văn Phong - Phó Chánh Văn phòng UBND tỉnh (Trưởng đoàn); bà Trần Thị Thu - Phó Giám đốc Sở Nội vụ.",
  off=[("Lê Văn Phong", [f"Phó Chánh Văn phòng {UB} tỉnh"]), ("Trần Thị Thu", ["Phó Giám đốc Sở Nội vụ"])])
# ---------------------------------------------------------------- not officials
p("off-unnamed", "Chủ tịch UBND tỉnh yêu cầu các sở, ngành rà soát thủ tục hành chính.", off=[])
p("off-unnamed", "Giám đốc Sở Nội vụ cho biết tỉnh đã sắp xếp 12 đơn vị sự nghiệp.", off=[])
p("off-unnamed", "Đồng chí Bí thư Tỉnh ủy đề nghị các cấp ủy quan tâm hơn đến cải cách hành chính.", off=[])
p("off-unnamed", "Thủ tướng Chính phủ vừa ký Quyết định phê duyệt Đề án.", off=[])
p("off-citizen", "Anh Nguyễn Văn Tuấn, người dân xã Hòa An, cho biết thủ tục nay nhanh hơn nhiều.", off=[])
p("off-citizen", "Chị Lê Thị Mơ ở thôn 3 phấn khởi khi nhận kết quả chỉ sau hai ngày.", off=[])
p("off-citizen", "Bà Nguyễn Thị Tư (70 tuổi, trú tại phường 5) cho biết bà rất hài lòng.", off=[])
p("off-citizen", "Phóng viên Trần Văn Khánh đã ghi nhận tại Trung tâm Phục vụ hành chính công tỉnh.", off=[])
p("off-citizen", "Theo phản ánh của ông Lý Văn Sáng, một hộ kinh doanh, hồ sơ của ông bị trả lại hai lần.", off=[])
p("off-citizen", "Bài và ảnh: Minh Anh", off=[])
p("off-citizen", "Nhóm phóng viên Báo Nhân Dân ghi nhận tại Bộ phận Một cửa.", off=[])
p("off-place-person", "Trường THPT Nguyễn Du và đường Lê Lợi được chỉnh trang.", off=[], prov=[])
p("off-place-person", "Người dân nộp hồ sơ tại điểm tiếp nhận trên đường Trần Hưng Đạo, phường Nguyễn Trãi.", off=[], prov=[])
p("off-place-person", "Lễ dâng hương Chủ tịch Hồ Chí Minh diễn ra trang trọng.", off=[("Hồ Chí Minh", ["Chủ tịch"])], prov=[])
# ---------------------------------------------------------------- misc official shapes
p("off-misc", "Phát biểu tại hội nghị, Phó Thủ tướng Chính phủ Trần Hồng Hà nhấn mạnh yêu cầu phân cấp.",
  off=[("Trần Hồng Hà", ["Phó Thủ tướng Chính phủ"])])
p("off-misc", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn cho biết đã cắt giảm 2.000 quy định.",
  off=[("Trần Văn Sơn", ["Bộ trưởng", "Chủ nhiệm Văn phòng Chính phủ"])])
p("off-misc", "“Chúng tôi quyết tâm không để hồ sơ trễ hạn”, ông Đinh Quang Thắng, Giám đốc Sở Xây dựng khẳng định.",
  off=[("Đinh Quang Thắng", ["Giám đốc Sở Xây dựng"])])
p("off-misc", "Cục trưởng Cục Kiểm soát TTHC (VPCP) Ngô Hải Phan cho biết cổng đã kết nối 63 tỉnh.",
  off=[("Ngô Hải Phan", ["Cục trưởng Cục Kiểm soát thủ tục hành chính"])])
p("off-misc", "Chủ tịch Hiệp hội Doanh nghiệp tỉnh Trần Văn Hưng kiến nghị giảm thời gian cấp phép.",
  off=[("Trần Văn Hưng", ["Chủ tịch Hiệp hội Doanh nghiệp tỉnh"])])
p("off-misc", "Tổng Giám đốc Tập đoàn VNPT Huỳnh Quang Liêm cam kết hỗ trợ hạ tầng số.",
  off=[("Huỳnh Quang Liêm", ["Tổng Giám đốc Tập đoàn VNPT"])])
p("off-misc", "Đồng chí Nguyễn Thị Xuân, Bí thư Đảng ủy, Chủ tịch UBND phường Hòa Bình trình bày báo cáo.",
  off=[("Nguyễn Thị Xuân", ["Bí thư Đảng ủy", f"Chủ tịch {UB} phường Hòa Bình"])])
p("off-misc", "Trao đổi với phóng viên, bà Vương Thị Hạnh - Phó Chánh Văn phòng Sở Nội vụ tỉnh Bắc Ninh cho biết.",
  off=[("Vương Thị Hạnh", ["Phó Chánh Văn phòng Sở Nội vụ tỉnh Bắc Ninh"])], prov=["Bắc Ninh"])
p("off-misc", "Ông Lê Minh Khái - Phó Thủ tướng, Trưởng Ban Chỉ đạo cải cách hành chính của Chính phủ chủ trì phiên họp.",
  off=[("Lê Minh Khái", ["Phó Thủ tướng", "Trưởng Ban Chỉ đạo cải cách hành chính của Chính phủ"])])
p("off-misc", "Đồng chí Bùi Văn Hải, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Ban Chỉ đạo chuyển đổi số tỉnh phát biểu.",
  off=[("Bùi Văn Hải", ["Phó Bí thư Thường trực Tỉnh ủy", "Trưởng Ban Chỉ đạo chuyển đổi số tỉnh"])])
p("off-misc", "Bí thư Thành ủy Hà Nội Đinh Tiến Dũng kiểm tra tại phường Cửa Nam.",
  off=[("Đinh Tiến Dũng", ["Bí thư Thành ủy Hà Nội"])], prov=["Hà Nội"])
p("off-misc", "Đồng chí Võ Văn Minh, Chủ tịch UBND tỉnh Bình Dương và đồng chí Nguyễn Văn Lợi, Bí thư Tỉnh ủy cùng dự.",
  off=[("Võ Văn Minh", [f"Chủ tịch {UB} tỉnh Bình Dương"]), ("Nguyễn Văn Lợi", ["Bí thư Tỉnh ủy"])], prov=["Bình Dương"])

# ---------------------------------------------------------------- legal references
NQ, QD, ND, CT, TT, KH, CV, DA = ("Nghị quyết", "Quyết định", "Nghị định", "Chỉ thị", "Thông tư", "Kế hoạch",
                                  "Công văn", "Đề án")
p("leg-full", "Thực hiện Nghị định số 45/2020/NĐ-CP của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử.",
  leg=[("45/2020/NĐ-CP", ND, "Chính phủ", 2020)])
p("leg-full", "Theo Nghị định 61/2018/NĐ-CP, các địa phương phải thực hiện cơ chế một cửa.",
  leg=[("61/2018/NĐ-CP", ND, "Chính phủ", 2018)])
p("leg-short", "Theo NĐ 45/2020, hồ sơ điện tử có giá trị như hồ sơ giấy.",
  leg=[("45/2020", ND, "Chính phủ", 2020)])
p("leg-short", "Tỉnh đã triển khai Đề án 06 trên toàn địa bàn.", leg=[("06", DA, None, None)])
p("leg-short", "Triển khai Đề án 06/CP của Chính phủ, tỉnh đã cấp 500.000 tài khoản định danh.",
  leg=[("06/CP", DA, "Chính phủ", None)])
p("leg-full", "Thủ tướng Chính phủ đã ban hành Quyết định 06/QĐ-TTg ngày 06/01/2022 phê duyệt Đề án.",
  leg=[("06/QĐ-TTg", QD, "Thủ tướng Chính phủ", 2022)])
p("leg-full", "UBND tỉnh ban hành Kế hoạch số 123/KH-UBND ngày 15/3/2024 về cải cách hành chính.",
  leg=[("123/KH-UBND", KH, f"{UB} tỉnh", 2024)])
p("leg-full", "Ngày 20/5/2024, UBND tỉnh có Công văn số 1234/UBND-KSTT đôn đốc giải quyết hồ sơ.",
  leg=[("1234/UBND-KSTT", CV, f"{UB} tỉnh", 2024)])
p("leg-full", "Thực hiện Nghị quyết 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII về sắp xếp tổ chức bộ máy.",
  leg=[("18-NQ/TW", NQ, "Ban Chấp hành Trung ương Đảng", None)])
p("leg-full", "Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 05-CT/TU ngày 10/2/2023 về tăng cường kỷ luật.",
  leg=[("05-CT/TU", CT, "Ban Thường vụ Tỉnh ủy", 2023)])
p("leg-full", "Chỉ thị số 05-CT/TU của Tỉnh ủy được quán triệt đến các chi bộ.",
  leg=[("05-CT/TU", CT, "Tỉnh ủy", None)])
p("leg-full", "Bộ Nội vụ ban hành Thông tư 01/2023/TT-BNV hướng dẫn đánh giá chỉ số cải cách hành chính.",
  leg=[("01/2023/TT-BNV", TT, "Bộ Nội vụ", 2023)])
p("leg-full", "Theo Thông tư số 01/2023/TT-BNV, việc chấm điểm được thực hiện theo thang 100 điểm.",
  leg=[("01/2023/TT-BNV", TT, "Bộ Nội vụ", 2023)])
p("leg-full", "Thông tư 01/2018/TT-VPCP của Văn phòng Chính phủ hướng dẫn thi hành Nghị định 61.",
  leg=[("01/2018/TT-VPCP", TT, "Văn phòng Chính phủ", 2018), ("61", ND, None, None)])
p("leg-full", "Căn cứ Quyết định số 1291/QĐ-BNV ngày 30/12/2022 của Bộ trưởng Bộ Nội vụ.",
  leg=[("1291/QĐ-BNV", QD, "Bộ trưởng Bộ Nội vụ", 2022)])
p("leg-full", "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính.",
  leg=[("76/NQ-CP", NQ, "Chính phủ", 2021)])
p("leg-issuer-after", "Tỉnh thực hiện nghiêm Quyết định số 25/2023/QĐ-UBND của UBND tỉnh Lạng Sơn.",
  leg=[("25/2023/QĐ-UBND", QD, f"{UB} tỉnh Lạng Sơn", 2023)], prov=["Lạng Sơn"])
p("leg-issuer-before", "UBND tỉnh Nghệ An vừa ban hành Quyết định số 2157/QĐ-UBND về việc công bố danh mục thủ tục.",
  leg=[("2157/QĐ-UBND", QD, f"{UB} tỉnh Nghệ An", None)], prov=["Nghệ An"])
p("leg-issuer-before", "HĐND tỉnh thông qua Nghị quyết số 12/2024/NQ-HĐND quy định mức thu phí.",
  leg=[("12/2024/NQ-HĐND", NQ, "Hội đồng nhân dân tỉnh", 2024)])
p("leg-issuer-abbr", "Thực hiện Kế hoạch số 45/KH-UBND của UBND huyện về cải cách hành chính năm 2024.",
  leg=[("45/KH-UBND", KH, f"{UB} huyện", None)])
p("leg-issuer-abbr", "Theo Quyết định 468/QĐ-TTg của TTg, các bộ phải số hóa hồ sơ.",
  leg=[("468/QĐ-TTg", QD, "Thủ tướng Chính phủ", None)])
p("leg-issuer-abbr", "Công văn số 356/VPCP-KSTT của VPCP đề nghị các tỉnh báo cáo.",
  leg=[("356/VPCP-KSTT", CV, "Văn phòng Chính phủ", None)])
p("leg-code", "Nghị quyết 68/NQ-CP về cắt giảm, đơn giản hóa quy định kinh doanh đã được triển khai.",
  leg=[("68/NQ-CP", NQ, "Chính phủ", None)])
p("leg-code", "Kết luận số 21-KL/TW của Ban Chấp hành Trung ương được quán triệt sâu rộng.",
  leg=[("21-KL/TW", "Kết luận", "Ban Chấp hành Trung ương", None)])
p("leg-code", "Chỉ thị 20-CT/TU, ngày 26/4/2023 của Ban Thường vụ Tỉnh ủy về đẩy mạnh cải cách hành chính.",
  leg=[("20-CT/TU", CT, "Ban Thường vụ Tỉnh ủy", 2023)])
p("leg-code", "Thực hiện Luật số 47/2019/QH14 sửa đổi Luật Tổ chức chính phủ.",
  leg=[("47/2019/QH14", "Luật", "Quốc hội", 2019)])
p("leg-code", "Thực hiện Kế hoạch số 212/KH-BCĐ của Ban Chỉ đạo cải cách hành chính tỉnh.",
  leg=[("212/KH-BCĐ", KH, "Ban Chỉ đạo cải cách hành chính tỉnh", None)])
p("leg-code", "Theo Quyết định số 1085/QĐ-BTTTT năm 2022 của Bộ Thông tin và Truyền thông.",
  leg=[("1085/QĐ-BTTTT", QD, "Bộ Thông tin và Truyền thông", 2022)])
p("leg-code", "Theo Thông báo số 86/TB-VPCP kết luận của Phó Thủ tướng, các bộ phải hoàn thành trước tháng 6.",
  leg=[("86/TB-VPCP", "Thông báo", "Văn phòng Chính phủ", None)])
p("leg-bare", "Quyết định số 28 của Thủ tướng Chính phủ quy định về hồ sơ điện tử.",
  leg=[("28", QD, "Thủ tướng Chính phủ", None)])
p("leg-bare", "Nghị quyết 01 của Chính phủ đặt ra nhiều nhiệm vụ về cải thiện môi trường kinh doanh.",
  leg=[("01", NQ, "Chính phủ", None)])
p("leg-several", "Thực hiện Nghị định 45/2020/NĐ-CP và Nghị định 107/2021/NĐ-CP, tỉnh đã rà soát quy trình.",
  leg=[("45/2020/NĐ-CP", ND, "Chính phủ", 2020), ("107/2021/NĐ-CP", ND, "Chính phủ", 2021)])
p("leg-several", "Các Quyết định số 15/QĐ-UBND, 16/QĐ-UBND và 17/QĐ-UBND công bố thủ tục mới.",
  leg=[("15/QĐ-UBND", QD, UB, None), ("16/QĐ-UBND", QD, UB, None), ("17/QĐ-UBND", QD, UB, None)])
p("leg-spaces", "Thực hiện Nghị quyết số 60- NQ/TW của Bộ Chính trị.",
  leg=[("60-NQ/TW", NQ, "Bộ Chính trị", None)])
p("leg-spaces", "Căn cứ Nghị định số 45/2020/NĐ - CP của Chính phủ.",
  leg=[("45/2020/NĐ-CP", ND, "Chính phủ", 2020)])
p("leg-linebreak", "Thực hiện Quyết định số\n06/QĐ-TTg của Thủ tướng Chính phủ, tỉnh đã thành lập Tổ công tác.",
  leg=[("06/QĐ-TTg", QD, "Thủ tướng Chính phủ", None)])
p("leg-not", "Tỉnh xây dựng Kế hoạch cải cách hành chính năm 2024 theo hướng dẫn.", leg=[])
p("leg-not", "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030 được triển khai.", leg=[])
p("leg-not", "Luật Đất đai năm 2024 có hiệu lực từ ngày 1/8/2024.", leg=[])
p("leg-not", "Hotline 1900.1234 hỗ trợ người dân 24/7 trong giờ hành chính.", leg=[])
p("leg-not", "Xã có 12/15 thôn đạt chuẩn nông thôn mới.", leg=[])
p("leg-ministry", "Quyết định số 2345/QĐ-BYT của Bộ Y tế về hồ sơ sức khỏe điện tử.",
  leg=[("2345/QĐ-BYT", QD, "Bộ Y tế", None)])
p("leg-ministry", "Thông tư 02/2021/TT-BTP của Bộ Tư pháp hướng dẫn quản lý hộ tịch.",
  leg=[("02/2021/TT-BTP", TT, "Bộ Tư pháp", 2021)])
p("leg-ministry", "Thông tư số 03/2024/TT-BCA quy định về định danh điện tử.",
  leg=[("03/2024/TT-BCA", TT, "Bộ Công an", 2024)])
p("leg-ministry", "Quyết định số 1022/QĐ-BTNMT ban hành danh mục thủ tục về đất đai.",
  leg=[("1022/QĐ-BTNMT", QD, "Bộ Tài nguyên và Môi trường", None)])
p("leg-province", "UBND TP.HCM ban hành Quyết định số 5102/QĐ-UBND công bố danh mục thủ tục.",
  leg=[("5102/QĐ-UBND", QD, f"{UB} Thành phố Hồ Chí Minh", None)], prov=["Hồ Chí Minh"])
p("leg-province", "Tỉnh ủy Quảng Ninh ban hành Nghị quyết số 09-NQ/TU về chuyển đổi số.",
  leg=[("09-NQ/TU", NQ, "Tỉnh ủy Quảng Ninh", None)], prov=["Quảng Ninh"])
p("leg-province", "Thành ủy ban hành Chỉ thị số 15-CT/TU về nâng cao hiệu quả Trung tâm hành chính công.",
  leg=[("15-CT/TU", CT, "Thành ủy", None)])
p("leg-date", "Kế hoạch số 78/KH-UBND ngày 12 tháng 4 năm 2023 của UBND tỉnh.",
  leg=[("78/KH-UBND", KH, f"{UB} tỉnh", 2023)])
p("leg-date", "Thông báo kết luận số 452-TB/TU ngày 3/11/2023 của Thường trực Tỉnh ủy.",
  leg=[("452-TB/TU", "Thông báo kết luận", "Thường trực Tỉnh ủy", 2023)])
p("leg-date", "Quyết định số 1124/QĐ-UBND ngày 27/6/2024 của Chủ tịch UBND tỉnh về việc kiện toàn Ban Chỉ đạo.",
  leg=[("1124/QĐ-UBND", QD, f"Chủ tịch {UB} tỉnh", 2024)])

# ---------------------------------------------------------------- organizations
p("org-basic", "Sở Nội vụ đã tham mưu kiện toàn bộ máy.", org=["Sở Nội vụ"])
p("org-basic", "UBND huyện Yên Thế đã số hóa 100% hồ sơ.", org=[f"{UB} huyện Yên Thế"])
p("org-basic", "Trung tâm Phục vụ hành chính công tỉnh tiếp nhận hơn 2.000 hồ sơ mỗi tháng.",
  org=["Trung tâm Phục vụ hành chính công tỉnh"])
p("org-basic", "Bộ phận Một cửa của UBND xã Tân Phú luôn đông người dân đến giao dịch.",
  org=["Bộ phận Một cửa", f"{UB} xã Tân Phú"])
p("org-basic", "Văn phòng UBND tỉnh đã tham mưu ban hành quy chế mới.", org=[f"Văn phòng {UB} tỉnh"])
p("org-basic", "Ban Chỉ đạo cải cách hành chính tỉnh họp phiên thứ nhất.", org=["Ban Chỉ đạo cải cách hành chính tỉnh"])
p("org-basic", "Sở Kế hoạch và Đầu tư phối hợp Sở Tài chính rà soát các dự án.",
  org=["Sở Kế hoạch và Đầu tư", "Sở Tài chính"])
p("org-basic", "Sở Lao động - Thương binh và Xã hội tổ chức đối thoại với doanh nghiệp.",
  org=["Sở Lao động - Thương binh và Xã hội"])
p("org-basic", "Bộ Tài nguyên và Môi trường chủ trì xây dựng cơ sở dữ liệu đất đai.",
  org=["Bộ Tài nguyên và Môi trường"])
p("org-basic", "Sở Văn hóa, Thể thao và Du lịch đạt điểm cao nhất khối sở.",
  org=["Sở Văn hóa, Thể thao và Du lịch"])
p("org-basic", "Sở TT&TT đã hỗ trợ các xã triển khai nền tảng số.", org=["Sở Thông tin và Truyền thông"])
p("org-basic", "Sở GD&ĐT dẫn đầu khối sở về chỉ số cải cách hành chính.", org=["Sở Giáo dục và Đào tạo"])
p("org-basic", "Sở NN&PTNT đã cắt giảm 20% thời gian giải quyết hồ sơ.", org=["Sở Nông nghiệp và Phát triển nông thôn"])
p("org-basic", "UBND TP.HCM giao Sở Nội vụ chủ trì thực hiện.", org=[f"{UB} Thành phố Hồ Chí Minh", "Sở Nội vụ"],
  prov=["Hồ Chí Minh"])
p("org-basic", "Ban Tổ chức Trung ương đã có hướng dẫn về sắp xếp bộ máy.", org=["Ban Tổ chức Trung ương"])
p("org-basic", "Công an tỉnh Bắc Giang đã thu nhận hồ sơ căn cước cho 95% dân số.",
  org=["Công an tỉnh Bắc Giang"], prov=["Bắc Giang"])
p("org-basic", "Bảo hiểm xã hội tỉnh phối hợp với Cục Thuế tỉnh triển khai liên thông.",
  org=["Bảo hiểm xã hội tỉnh", "Cục Thuế tỉnh"])
p("org-basic", "Đoàn kiểm tra của Bộ Nội vụ đã làm việc tại Sở Y tế.", org=["Đoàn kiểm tra của Bộ Nội vụ", "Bộ Nội vụ", "Sở Y tế"])
p("org-linebreak", "Trung tâm Phục vụ hành chính\ncông tỉnh tiếp nhận hơn 2.000 hồ sơ.",
  org=["Trung tâm Phục vụ hành chính công tỉnh"])
p("org-linebreak", "Hồ sơ được chuyển đến Sở Tài nguyên\nvà Môi trường để thẩm định.", org=["Sở Tài nguyên và Môi trường"])
p("org-generic", "Các sở, ban, ngành và UBND các huyện cần quán triệt nội dung này.", org=[])
p("org-generic", "Các bộ, ngành, địa phương đã cung cấp 4.000 dịch vụ công trực tuyến.", org=[])
p("org-generic", "Chính phủ điện tử hướng tới Chính phủ số.", org=[])
p("org-generic", "Người dân nộp hồ sơ qua Cổng Dịch vụ công quốc gia.", org=[])
p("org-generic", "Tổ công tác của Thủ tướng đã kiểm tra 6 địa phương.", org=["Tổ công tác của Thủ tướng"])
p("org-abbr", "Ban Chỉ đạo CCHC tỉnh đã ban hành kế hoạch kiểm tra.", org=["Ban Chỉ đạo cải cách hành chính tỉnh"])
p("org-abbr", "Trung tâm Phục vụ HCC tỉnh Hà Giang đi vào hoạt động.", org=["Trung tâm Phục vụ hành chính công tỉnh Hà Giang"],
  prov=["Hà Giang"])
p("org-abbr", "HĐND tỉnh khóa XVII đã thông qua nghị quyết.", org=["Hội đồng nhân dân tỉnh"])
p("org-abbr", "MTTQ tỉnh tổ chức lấy ý kiến người dân.", org=["Mặt trận Tổ quốc tỉnh"])
p("org-abbr", "UBMTTQ Việt Nam tỉnh đã giám sát việc giải quyết hồ sơ.", org=["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"])

# ---------------------------------------------------------------- provinces
p("prov-variant", "Tại TP.HCM, thời gian giải quyết hồ sơ giảm một nửa.", prov=["Hồ Chí Minh"])
p("prov-variant", "TP. Hồ Chí Minh dẫn đầu cả nước về số hồ sơ trực tuyến.", prov=["Hồ Chí Minh"])
p("prov-variant", "Thừa Thiên - Huế triển khai ứng dụng Hue-S.", prov=["Thừa Thiên Huế"])
p("prov-variant", "Bà Rịa - Vũng Tàu có tỷ lệ hài lòng cao.", prov=["Bà Rịa - Vũng Tàu"])
p("prov-variant", "Tỉnh BR-VT đã hoàn thành số hóa hồ sơ.", prov=["Bà Rịa - Vũng Tàu"])
p("prov-variant", "Đắk Lắk và Đăk Nông ký kết hợp tác.", prov=["Đắk Lắk", "Đắk Nông"])
p("prov-variant", "Tỉnh Daklak đã đưa vào hoạt động trung tâm điều hành thông minh.", prov=["Đắk Lắk"])
p("prov-variant", "Tp Cần Thơ và tỉnh Hậu Giang phối hợp chặt chẽ.", prov=["Cần Thơ", "Hậu Giang"])
p("prov-variant", "Hà Nội, TP.HCM, Đà Nẵng, Hải Phòng và Cần Thơ là 5 thành phố trực thuộc trung ương.",
  prov=["Hà Nội", "Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Cần Thơ"])
p("prov-variant", "Thành phố Huế chính thức trở thành thành phố trực thuộc Trung ương.", prov=["Thừa Thiên Huế"])
p("prov-variant", "Tại TP.Hồ Chí Minh, người dân có thể nộp hồ sơ mọi lúc.", prov=["Hồ Chí Minh"])
p("prov-variant", "Người dân Sài Gòn đã quen với dịch vụ công trực tuyến.", prov=["Hồ Chí Minh"])
p("prov-variant", "Tỉnh Hoà Bình và tỉnh Khánh Hoà đều tăng bậc.", prov=["Hòa Bình", "Khánh Hòa"])
p("prov-variant", "Quảng Nam - Đà Nẵng từng là một tỉnh.", prov=["Quảng Nam", "Đà Nẵng"])
p("prov-merged", "Sau sáp nhập, tỉnh Thái Nguyên mới gồm Bắc Kạn và Thái Nguyên cũ.", prov=["Thái Nguyên", "Bắc Kạn", "Thái Nguyên"])
p("prov-merged", "Tỉnh Lâm Đồng (mới) được hợp nhất từ Lâm Đồng, Đắk Nông và Bình Thuận.",
  prov=["Lâm Đồng", "Lâm Đồng", "Đắk Nông", "Bình Thuận"])
p("prov-merged", "TP.HCM mới sau hợp nhất với Bình Dương và Bà Rịa - Vũng Tàu có diện tích lớn hơn.",
  prov=["Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"])
p("prov-not", "Phó Thủ tướng Trần Lưu Quang kiểm tra tại huyện Thanh Sơn.", prov=[])
p("prov-not", "Ông Nguyễn Hòa Bình, Phó Thủ tướng thường trực, chủ trì họp.", prov=[])
p("prov-not", "Đại học Quốc gia Hà Nội mở ngành mới.", prov=["Hà Nội"])
p("prov-not", "Ứng dụng Hue-S và C-Thainguyen được nhiều người dùng.", prov=[])
p("prov-dateline", "Cần Thơ (TTXVN) - Thành phố đã số hóa 80% hồ sơ.", prov=["Cần Thơ"])
p("prov-not", "TP Đà Lạt và TX Phổ Yên đều được khen thưởng.", prov=[])
p("prov-not", "Phường Hà Giang 1 và xã Quảng Trị mới được thành lập.", prov=[])

# ---------------------------------------------------------------- regions
p("reg", "Các tỉnh ĐBSCL đã ký kết liên kết phát triển.", reg=["Đồng bằng sông Cửu Long"])
p("reg", "Vùng Đồng bằng sông Cửu Long có 13 tỉnh, thành phố.", reg=["Đồng bằng sông Cửu Long"])
p("reg", "Các tỉnh Tây Nguyên chú trọng chuyển đổi số.", reg=["Tây Nguyên"], prov=[])
p("reg", "Vùng Trung du và miền núi phía Bắc còn nhiều khó khăn.", reg=["Trung du và miền núi phía Bắc"])
p("reg", "Đông Nam Bộ dẫn đầu về thu hút đầu tư.", reg=["Đông Nam Bộ"])
p("reg", "Các tỉnh Bắc Trung Bộ và Duyên hải miền Trung chịu ảnh hưởng của bão.",
  reg=["Bắc Trung Bộ và Duyên hải miền Trung"])
p("reg", "Đồng bằng sông Hồng có chỉ số cao nhất.", reg=["Đồng bằng sông Hồng"])
p("reg", "Các tỉnh miền núi phía bắc đã cải thiện rõ rệt.", reg=["Miền núi phía Bắc"])
p("reg", "Ở vùng sâu, vùng xa, người dân vẫn gặp khó khăn khi nộp hồ sơ.", reg=[])
p("reg", "Khu vực nông thôn còn thiếu hạ tầng số.", reg=[])
p("reg", "Tỉnh là cửa ngõ của vùng Tây Bắc.", reg=["Tây Bắc"])
p("reg", "Các tỉnh Nam Trung Bộ tăng bậc mạnh.", reg=["Duyên hải Nam Trung Bộ"])
p("reg", "Khu vực miền Tây Nam Bộ có nhiều kênh rạch.", reg=["Đồng bằng sông Cửu Long"])

# ---------------------------------------------------------------- second batch: variants of the weak classes
p("off-admin-name", "Phó Chủ tịch UBND xã Trần Quang Vinh cho biết xã đã rà soát 100% hồ sơ.",
  off=[("Trần Quang Vinh", [f"Phó Chủ tịch {UB} xã"])])
p("off-admin-name", "Bí thư Đảng ủy phường Lê Minh Tuấn yêu cầu cán bộ một cửa tận tình hơn.",
  off=[("Lê Minh Tuấn", ["Bí thư Đảng ủy phường"])])
p("off-admin-name", "Chủ tịch UBND thị trấn Vàng Seo Páo kiểm tra công tác cấp căn cước.",
  off=[("Vàng Seo Páo", [f"Chủ tịch {UB} thị trấn"])])
p("off-admin-name", "Chủ tịch UBND quận Hoàng Anh Tuấn tiếp công dân định kỳ.",
  off=[("Hoàng Anh Tuấn", [f"Chủ tịch {UB} quận"])])
p("off-admin-name", "Người dân xã Nguyễn Huệ đến nộp hồ sơ tại Bộ phận Một cửa.", off=[])
p("off-gd", "GĐ Sở Nội vụ Trần Văn Hòa cho biết tỉnh đã sắp xếp xong bộ máy.",
  off=[("Trần Văn Hòa", ["Giám đốc Sở Nội vụ"])])
p("off-gd", "Bà Hà Thị Thanh, PGĐ Sở Tư pháp tỉnh, trả lời kiến nghị của cử tri.",
  off=[("Hà Thị Thanh", ["Phó Giám đốc Sở Tư pháp tỉnh"])])
p("off-gd", "Ông Phạm Văn Dũng - GĐ Trung tâm Phục vụ HCC tỉnh cho biết.",
  off=[("Phạm Văn Dũng", ["Giám đốc Trung tâm Phục vụ hành chính công tỉnh"])])
p("off-police", "Đại tá Lê Văn Phong, Phó Giám đốc Công an tỉnh, Tổ trưởng Tổ công tác Đề án 06 tỉnh phát biểu.",
  off=[("Lê Văn Phong", ["Đại tá", "Phó Giám đốc Công an tỉnh", "Tổ trưởng Tổ công tác Đề án 06 tỉnh"])])
p("off-police", "Thượng tá Nguyễn Văn Tâm, Trưởng phòng Cảnh sát QLHC về TTXH Công an tỉnh báo cáo.",
  off=[("Nguyễn Văn Tâm", ["Thượng tá", "Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh"])])
p("off-police", "Thiếu tá Hà Thị Mai, Phó Trưởng Công an xã, hướng dẫn người dân kích hoạt tài khoản.",
  off=[("Hà Thị Mai", ["Thiếu tá", "Phó Trưởng Công an xã"])])
p("prov-hue", "TP. Huế triển khai nhiều mô hình chuyển đổi số.", prov=["Thừa Thiên Huế"])
p("prov-hue", "Tại Huế, người dân có thể làm thủ tục qua ứng dụng.", prov=["Thừa Thiên Huế"])
p("prov-hue", "Thành phố Huế (trực thuộc Trung ương) có 9 đơn vị hành chính cấp huyện.", prov=["Thừa Thiên Huế"])
p("prov-app", "Người dân dùng ứng dụng Hue-S để phản ánh hiện trường.", prov=[])
p("prov-app", "Ứng dụng Hanoi Smart City đã có 500.000 lượt tải.", prov=[])
p("prov-app", "Nền tảng DaNang Smart City được nâng cấp.", prov=[])
p("leg-short", "Theo QĐ 06/QĐ-TTg, các bộ phải hoàn thành trước 2025.", leg=[("06/QĐ-TTg", QD, "Thủ tướng Chính phủ", None)])
p("leg-short", "Thực hiện NĐ 61/2018 về cơ chế một cửa, tỉnh đã kiện toàn bộ phận tiếp nhận.", leg=[("61/2018", ND, "Chính phủ", 2018)])
p("leg-short", "Theo NQ 18-NQ/TW, các cơ quan phải tinh gọn.", leg=[("18-NQ/TW", NQ, "Ban Chấp hành Trung ương Đảng", None)])
p("leg-short", "Tỉnh thực hiện TT 01/2023/TT-BNV về đánh giá chỉ số.", leg=[("01/2023/TT-BNV", TT, "Bộ Nội vụ", 2023)])
p("leg-short", "Theo NĐ số 45/2020/NĐ-CP, hồ sơ điện tử có giá trị pháp lý.", leg=[("45/2020/NĐ-CP", ND, "Chính phủ", 2020)])

# ---------------------------------------------------------------- third batch: organisations and issuers
p("org-3", "Sở Khoa học và Công nghệ phối hợp với Viettel Thái Nguyên triển khai nền tảng số.",
  org=["Sở Khoa học và Công nghệ", "Viettel Thái Nguyên"])
p("org-3", "Văn phòng Đăng ký đất đai tỉnh đã giải quyết 98% hồ sơ đúng hạn.", org=["Văn phòng Đăng ký đất đai tỉnh"])
p("org-3", "Phòng Nội vụ huyện Phú Lương tham mưu sắp xếp các thôn.", org=["Phòng Nội vụ huyện Phú Lương"])
p("org-3", "Ủy ban MTTQ Việt Nam tỉnh đã giám sát 20 cuộc.", org=["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"])
p("org-3", "Liên đoàn Lao động tỉnh và Tỉnh đoàn phối hợp tổ chức.", org=["Liên đoàn Lao động tỉnh", "Tỉnh đoàn"])
p("org-3", "Thanh tra Chính phủ đã công bố kết luận thanh tra.", org=["Thanh tra Chính phủ"])
p("org-3", "Bưu điện tỉnh đã tiếp nhận 3.000 hồ sơ qua dịch vụ bưu chính công ích.", org=["Bưu điện tỉnh"])
p("org-3", "Kho bạc Nhà nước tỉnh Quảng Ngãi triển khai dịch vụ công mức độ 4.",
  org=["Kho bạc Nhà nước tỉnh Quảng Ngãi"], prov=["Quảng Ngãi"])
p("org-3", "Ban Quản lý các khu công nghiệp tỉnh rút ngắn thời gian cấp phép.", org=["Ban Quản lý các khu công nghiệp tỉnh"])
p("org-3", "Chi cục Văn thư - Lưu trữ tỉnh đã số hóa 1 triệu trang tài liệu.", org=["Chi cục Văn thư - Lưu trữ tỉnh"])
p("org-3", "Trung tâm Công nghệ thông tin và Truyền thông tỉnh vận hành hệ thống.",
  org=["Trung tâm Công nghệ thông tin và Truyền thông tỉnh"])
p("org-3", "Ủy ban Kiểm tra Tỉnh ủy đã kiểm tra 12 tổ chức đảng.", org=["Ủy ban Kiểm tra Tỉnh ủy"])
p("org-3", "Hội đồng nhân dân thành phố Hà Nội thông qua 15 nghị quyết.",
  org=["Hội đồng nhân dân thành phố Hà Nội"], prov=["Hà Nội"])
p("org-3", "Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị.", org=["Đảng ủy Khối các cơ quan tỉnh"])
p("org-3", "Ngân hàng Nhà nước chi nhánh tỉnh phối hợp với các ngân hàng thương mại.",
  org=["Ngân hàng Nhà nước chi nhánh tỉnh"])
p("org-3", "Tòa án nhân dân tỉnh và Viện kiểm sát nhân dân tỉnh đã ký quy chế phối hợp.",
  org=["Tòa án nhân dân tỉnh", "Viện kiểm sát nhân dân tỉnh"])
p("org-3", "UBND các xã, phường đã công khai thủ tục hành chính.", org=[])
p("org-3", "Lãnh đạo các sở, ban, ngành tỉnh tham dự hội nghị.", org=[])
p("org-3", "Nhiều doanh nghiệp đánh giá cao sự hỗ trợ của các cơ quan chức năng.", org=[])
p("leg-3", "Thực hiện Hướng dẫn số 25-HD/BTGTW của Ban Tuyên giáo Trung ương.",
  leg=[("25-HD/BTGTW", "Hướng dẫn", "Ban Tuyên giáo Trung ương", None)])
p("leg-3", "Theo Quyết định số 1095/QĐ-UBND ngày 12/5/2023 của Chủ tịch UBND tỉnh Thái Nguyên.",
  leg=[("1095/QĐ-UBND", QD, f"Chủ tịch {UB} tỉnh Thái Nguyên", 2023)], prov=["Thái Nguyên"])
p("leg-3", "UBND thành phố Đà Nẵng ban hành Kế hoạch số 210/KH-UBND về chuyển đổi số.",
  leg=[("210/KH-UBND", KH, f"{UB} thành phố Đà Nẵng", None)], prov=["Đà Nẵng"])
p("leg-3", "Thực hiện Công văn số 2110/BNV-CCHC của Bộ Nội vụ, tỉnh đã báo cáo.",
  leg=[("2110/BNV-CCHC", CV, "Bộ Nội vụ", None)])
p("leg-3", "Theo Quyết định số 45/2024/QĐ-UBND của UBND tỉnh Bình Dương, 200 thủ tục được phân cấp.",
  leg=[("45/2024/QĐ-UBND", QD, f"{UB} tỉnh Bình Dương", 2024)], prov=["Bình Dương"])
p("leg-3", "Thủ tướng đã ký Quyết định số 1015/QĐ-TTg phê duyệt phương án phân cấp.",
  leg=[("1015/QĐ-TTg", QD, "Thủ tướng Chính phủ", None)])
p("leg-3", "Căn cứ Nghị quyết số 35/2023/UBTVQH15 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính.",
  leg=[("35/2023/UBTVQH15", NQ, "Ủy ban Thường vụ Quốc hội", 2023)])
p("leg-3", "Tỉnh ủy ban hành Quy định số 08-QĐi/TU về trách nhiệm người đứng đầu.",
  leg=[("08-QĐi/TU", "Quy định", "Tỉnh ủy", None)])
p("leg-3", "Theo Kế hoạch 150/KH-UBND của UBND huyện Đồng Hỷ năm 2024, huyện phấn đấu số hóa hồ sơ.",
  leg=[("150/KH-UBND", KH, f"{UB} huyện Đồng Hỷ", 2024)])

# ---------------------------------------------------------------- fourth batch
p("off-4", "Ông Lò Văn Sơn (Chủ tịch UBND xã Mường Lầm) cho biết xã đã hoàn thành số hóa.",
  off=[("Lò Văn Sơn", [f"Chủ tịch {UB} xã Mường Lầm"])])
p("off-4", "Đồng chí Nguyễn Văn Thắng – Bí thư Tỉnh ủy – Trưởng đoàn ĐBQH tỉnh chủ trì hội nghị.",
  off=[("Nguyễn Văn Thắng", ["Bí thư Tỉnh ủy", "Trưởng đoàn Đại biểu Quốc hội tỉnh"])])
p("off-4", "Quyền Giám đốc Sở Nội vụ Lê Thị Bích Ngọc báo cáo tình hình sắp xếp bộ máy.",
  off=[("Lê Thị Bích Ngọc", ["Quyền Giám đốc Sở Nội vụ"])])
p("off-4", "Ông Trần Minh Đức, Phó Giám đốc phụ trách Sở Tư pháp, cho biết.",
  off=[("Trần Minh Đức", ["Phó Giám đốc phụ trách Sở Tư pháp"])])
p("off-4", "Thứ trưởng Bộ Nội vụ Vũ Chiến Thắng và Phó Chủ tịch UBND tỉnh Đặng Xuân Phong đồng chủ trì.",
  off=[("Vũ Chiến Thắng", ["Thứ trưởng Bộ Nội vụ"]), ("Đặng Xuân Phong", [f"Phó Chủ tịch {UB} tỉnh"])])
p("off-4", "Bà Phạm Thị Thanh Trà, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Nội vụ phát biểu.",
  off=[("Phạm Thị Thanh Trà", ["Ủy viên Trung ương Đảng", "Bộ trưởng Bộ Nội vụ"])])
p("off-4", "Giám đốc Sở Nội vụ tỉnh Lâm Đồng Nguyễn Ngọc Phúc cho biết sau sắp xếp tỉnh còn 124 xã.",
  off=[("Nguyễn Ngọc Phúc", ["Giám đốc Sở Nội vụ tỉnh Lâm Đồng"])], prov=["Lâm Đồng"])
p("off-4", "Theo ông Hoàng Văn Nghiệm, Phó Chủ tịch Thường trực UBND tỉnh, tỉnh sẽ đẩy mạnh phân cấp.",
  off=[("Hoàng Văn Nghiệm", [f"Phó Chủ tịch Thường trực {UB} tỉnh"])])
p("off-4", "Chủ trì hội nghị có đồng chí Đỗ Minh Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Thanh Hóa.",
  off=[("Đỗ Minh Tuấn", ["Phó Bí thư Tỉnh ủy", f"Chủ tịch {UB} tỉnh Thanh Hóa"])], prov=["Thanh Hóa"])
p("off-4", "Bí thư Chi bộ, Trưởng thôn Lường Văn Tấn vận động bà con cài VNeID.",
  off=[("Lường Văn Tấn", ["Bí thư Chi bộ", "Trưởng thôn"])])
p("off-4", "Ông Nguyễn Văn Dũng - Chủ tịch Hội đồng quản trị Công ty cổ phần Phát triển đô thị cho biết.",
  off=[("Nguyễn Văn Dũng", ["Chủ tịch Hội đồng quản trị Công ty cổ phần Phát triển đô thị"])])
p("off-4", "Tiếp đoàn có ông Nguyễn Hữu Nghĩa, Phó Trưởng Ban Tổ chức Trung ương.",
  off=[("Nguyễn Hữu Nghĩa", ["Phó Trưởng Ban Tổ chức Trung ương"])])
p("leg-4", "Quốc hội thông qua Nghị quyết số 190/2025/QH15 về xử lý một số vấn đề liên quan đến sắp xếp bộ máy.",
  leg=[("190/2025/QH15", NQ, "Quốc hội", 2025)])
p("leg-4", "Luật Tổ chức chính quyền địa phương số 72/2025/QH15 có hiệu lực từ ngày 1/7/2025.",
  leg=[("72/2025/QH15", "Luật", "Quốc hội", 2025)])
p("leg-4", "Thủ tướng ban hành Quyết định số 1131/QĐ-TTg ngày 12/6/2025 về danh mục công nghệ chiến lược.",
  leg=[("1131/QĐ-TTg", QD, "Thủ tướng Chính phủ", 2025)])
p("leg-4", "Sở Nội vụ có Tờ trình số 12/TTr-SNV đề nghị phê duyệt đề án.",
  leg=[("12/TTr-SNV", "Tờ trình", "Sở Nội vụ", None)])
p("leg-4", "Theo Báo cáo số 45/BC-UBND của UBND tỉnh, chỉ số hài lòng đạt 92%.",
  leg=[("45/BC-UBND", "Báo cáo", f"{UB} tỉnh", None)])
p("leg-4", "Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ.",
  leg=[("57-NQ/TW", NQ, "Bộ Chính trị", None)])
p("leg-4", "Kết luận 127-KL/TW ngày 28/2/2025 của Bộ Chính trị, Ban Bí thư yêu cầu nghiên cứu sáp nhập tỉnh.",
  leg=[("127-KL/TW", "Kết luận", "Bộ Chính trị, Ban Bí thư", 2025)])
p("leg-4", "Thông tư liên tịch số 01/2015/TTLT-BNV-BTC hướng dẫn về biên chế.",
  leg=[("01/2015/TTLT-BNV-BTC", "Thông tư liên tịch", "Bộ Nội vụ, Bộ Tài chính", 2015)])
p("leg-4", "Theo Quyết định 411/QĐ-TTg năm 2022, đến năm 2025 có 80% hồ sơ được số hóa.",
  leg=[("411/QĐ-TTg", QD, "Thủ tướng Chính phủ", 2022)])
p("leg-4", "Chỉ thị 04/CT-TTg của Thủ tướng yêu cầu các bộ xử lý dứt điểm hồ sơ tồn đọng.",
  leg=[("04/CT-TTg", CT, "Thủ tướng Chính phủ", None)])
p("prov-4", "Từ 1/7/2025, tỉnh Tuyên Quang mới được thành lập trên cơ sở hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang.",
  prov=["Tuyên Quang", "Hà Giang", "Tuyên Quang"])
p("prov-4", "Thành phố Đà Nẵng (mới) gồm Đà Nẵng và Quảng Nam.", prov=["Đà Nẵng", "Đà Nẵng", "Quảng Nam"])
p("prov-4", "Hội nghị trực tuyến với 34 tỉnh, thành phố sau sắp xếp.", prov=[])
p("prov-4", "Đồng chí Phan Văn Mãi, nguyên Chủ tịch UBND TP Hồ Chí Minh, dự hội nghị.", prov=["Hồ Chí Minh"])
p("prov-4", "Đoàn công tác làm việc tại Tp.HCM và tỉnh Long An.", prov=["Hồ Chí Minh", "Long An"])
p("prov-4", "Học viện Chính trị quốc gia Hồ Chí Minh tổ chức hội thảo.", prov=[])

# ---------------------------------------------------------------- fifth batch: organisations of 2025 and party bodies
p("org-5", "Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị báo cáo viên.", org=["Ban Tuyên giáo và Dân vận Tỉnh ủy"])
p("org-5", "Sở Nông nghiệp và Môi trường đã cấp 1.200 giấy chứng nhận.", org=["Sở Nông nghiệp và Môi trường"])
p("org-5", "Sở Dân tộc và Tôn giáo được thành lập trên cơ sở Ban Dân tộc tỉnh.", org=["Sở Dân tộc và Tôn giáo", "Ban Dân tộc tỉnh"])
p("org-5", "Trung tâm Phục vụ hành chính công xã Hòa Vang đi vào hoạt động từ ngày 1/7/2025.",
  org=["Trung tâm Phục vụ hành chính công xã Hòa Vang"])
p("org-5", "Ban Nội chính Tỉnh ủy phối hợp với Ủy ban Kiểm tra Tỉnh ủy.", org=["Ban Nội chính Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy"])
p("org-5", "Văn phòng Tỉnh ủy đã triển khai phần mềm quản lý văn bản.", org=["Văn phòng Tỉnh ủy"])
p("org-5", "Ban Pháp chế HĐND tỉnh giám sát việc giải quyết thủ tục hành chính.", org=["Ban Pháp chế Hội đồng nhân dân tỉnh"])
p("org-5", "Đảng ủy các cơ quan Đảng tỉnh được thành lập.", org=["Đảng ủy các cơ quan Đảng tỉnh"])
p("org-5", "Công an xã Tân Hòa hướng dẫn người dân làm căn cước.", org=["Công an xã Tân Hòa"])
p("org-5", "Tổng công ty Bưu điện Việt Nam ký thỏa thuận với UBND tỉnh Yên Bái.",
  org=["Tổng công ty Bưu điện Việt Nam", f"{UB} tỉnh Yên Bái"], prov=["Yên Bái"])
p("org-5", "Bảo hiểm xã hội Việt Nam đã kết nối dữ liệu với Bộ Công an.", org=["Bảo hiểm xã hội Việt Nam", "Bộ Công an"])
p("org-5", "Ủy ban nhân dân các cấp phải công khai thủ tục hành chính.", org=[])
p("org-5", "Chính quyền địa phương hai cấp vận hành từ ngày 1/7/2025.", org=[])
p("org-5", "Bộ phận tiếp nhận và trả kết quả của UBND huyện đã tiếp nhận 500 hồ sơ.",
  org=["Bộ phận tiếp nhận và trả kết quả", f"{UB} huyện"])
p("org-5", "UBND xã Hòa Vang (mới) ban hành quy chế làm việc.", org=[f"{UB} xã Hòa Vang"])
p("org-5", "Sở Nội vụ, Sở Tài chính và Sở Tư pháp cùng tham gia thẩm định.", org=["Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp"])
p("org-5", "Cục Kiểm soát thủ tục hành chính (Văn phòng Chính phủ) đã tổng hợp kiến nghị.",
  org=["Cục Kiểm soát thủ tục hành chính", "Văn phòng Chính phủ"])
p("org-5", "Hội Cựu chiến binh tỉnh và Hội Nông dân tỉnh phối hợp tuyên truyền.", org=["Hội Cựu chiến binh tỉnh", "Hội Nông dân tỉnh"])

# ---------------------------------------------------------------- sixth batch: issuers
p("iss-6", "Nghị quyết số 05/NQ-HĐND của HĐND tỉnh khóa XVI quy định mức hỗ trợ.",
  leg=[("05/NQ-HĐND", NQ, "Hội đồng nhân dân tỉnh", None)])
p("iss-6", "Theo Quyết định số 123/QĐ-UBND của UBND huyện Phú Lương, huyện thành lập tổ công tác.",
  leg=[("123/QĐ-UBND", QD, f"{UB} huyện Phú Lương", None)])
p("iss-6", "Sở Nội vụ ban hành Kế hoạch số 33/KH-SNV về kiểm tra công vụ.", leg=[("33/KH-SNV", KH, "Sở Nội vụ", None)])
p("iss-6", "Theo Kế hoạch số 33/KH-SNV, các đơn vị báo cáo trước ngày 15.", leg=[("33/KH-SNV", KH, "Sở Nội vụ", None)])
p("iss-6", "Thực hiện Công văn số 567/SNV-CCHC, các xã đã rà soát lại.", leg=[("567/SNV-CCHC", CV, "Sở Nội vụ", None)])
p("iss-6", "Thực hiện Hướng dẫn số 12-HD/BTCTW, tỉnh đã kiện toàn tổ chức.",
  leg=[("12-HD/BTCTW", "Hướng dẫn", "Ban Tổ chức Trung ương", None)])
p("iss-6", "Huyện ủy ban hành Nghị quyết số 06-NQ/HU về chuyển đổi số.", leg=[("06-NQ/HU", NQ, "Huyện ủy", None)])
p("iss-6", "Chỉ thị số 15-CT/TU ngày 5/3/2024 của Ban Thường vụ Tỉnh ủy Nghệ An được quán triệt.",
  leg=[("15-CT/TU", CT, "Ban Thường vụ Tỉnh ủy Nghệ An", 2024)], prov=["Nghệ An"])
p("iss-6", "Quyết định số 99/QĐ-BCĐ của Ban Chỉ đạo cải cách hành chính tỉnh phân công nhiệm vụ.",
  leg=[("99/QĐ-BCĐ", QD, "Ban Chỉ đạo cải cách hành chính tỉnh", None)])
p("iss-6", "Quyết định 1230/QĐ-TTg ngày 16/10/2023 của Thủ tướng phê duyệt quy hoạch.",
  leg=[("1230/QĐ-TTg", QD, "Thủ tướng Chính phủ", 2023)])
p("iss-6", "Bộ Nội vụ có văn bản số 4098/BNV-CCHC đề nghị các tỉnh rà soát.",
  leg=[("4098/BNV-CCHC", CV, "Bộ Nội vụ", None)])
p("iss-6", "Văn phòng Chính phủ ban hành Thông báo số 155/TB-VPCP kết luận của Thủ tướng.",
  leg=[("155/TB-VPCP", "Thông báo", "Văn phòng Chính phủ", None)])
p("iss-6", "UBND tỉnh đã ban hành Quyết định số 1540/QĐ-UBND ngày 8/8/2024 và Kế hoạch số 172/KH-UBND ngày 10/8/2024.",
  leg=[("1540/QĐ-UBND", QD, f"{UB} tỉnh", 2024), ("172/KH-UBND", KH, f"{UB} tỉnh", 2024)])
p("iss-6", "Thực hiện Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ phê duyệt Đề án đổi mới việc thực hiện cơ chế một cửa.",
  leg=[("468/QĐ-TTg", QD, "Thủ tướng Chính phủ", 2021)])
p("iss-6", "Nghị quyết 35/NQ-CP ngày 16/5/2016 về hỗ trợ và phát triển doanh nghiệp đến năm 2020.",
  leg=[("35/NQ-CP", NQ, "Chính phủ", 2016)])

# ---------------------------------------------------------------- seventh batch: officials, varied
p("off-7", "Ông Nguyễn Văn Hưng, Vụ trưởng Vụ Tổ chức - Biên chế, Bộ Nội vụ cho biết.",
  off=[("Nguyễn Văn Hưng", ["Vụ trưởng Vụ Tổ chức - Biên chế"])])
p("off-7", "Bà Trần Thị Hòa, Phó Vụ trưởng Vụ Cải cách hành chính (Bộ Nội vụ), trình bày kết quả.",
  off=[("Trần Thị Hòa", ["Phó Vụ trưởng Vụ Cải cách hành chính"])])
p("off-7", "Ông Lê Minh Hoan, Chủ tịch kiêm Tổng Giám đốc Tập đoàn Viettel, phát biểu.",
  off=[("Lê Minh Hoan", ["Chủ tịch kiêm Tổng Giám đốc Tập đoàn Viettel"])])
p("off-7", "Đồng chí Hà Văn Tuấn, Phó Chánh Văn phòng phụ trách Văn phòng Đoàn ĐBQH và HĐND tỉnh báo cáo.",
  off=[("Hà Văn Tuấn", ["Phó Chánh Văn phòng phụ trách Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh"])])
p("off-7", "Phát biểu tại buổi làm việc, đồng chí Lê Thị Thu Hà cho rằng cần đẩy mạnh số hóa. Trước đó, bà Hà, Phó Bí thư Huyện ủy đã kiểm tra.",
  off=[("Lê Thị Thu Hà", []), ("Lê Thị Thu Hà", ["Phó Bí thư Huyện ủy"])])
p("off-7", "Ông Trương Quốc Huy - Phó Chủ tịch Thường trực UBND tỉnh Quảng Nam cùng dự.",
  off=[("Trương Quốc Huy", [f"Phó Chủ tịch Thường trực {UB} tỉnh Quảng Nam"])], prov=["Quảng Nam"])
p("off-7", "Đoàn do Thứ trưởng Bộ Tư pháp Nguyễn Thanh Tịnh làm trưởng đoàn.",
  off=[("Nguyễn Thanh Tịnh", ["Thứ trưởng Bộ Tư pháp"])])
p("off-7", "Chủ tịch UBND tỉnh Cao Bằng Hoàng Xuân Ánh cho biết.",
  off=[("Hoàng Xuân Ánh", [f"Chủ tịch {UB} tỉnh Cao Bằng"])], prov=["Cao Bằng"])
p("off-7", "Chủ tịch UBND tỉnh Hòa Bình Bùi Văn Khánh kiểm tra bộ phận một cửa.",
  off=[("Bùi Văn Khánh", [f"Chủ tịch {UB} tỉnh Hòa Bình"])], prov=["Hòa Bình"])
p("off-7", "Phó Chủ tịch UBND tỉnh Bắc Giang Mai Sơn phát biểu.",
  off=[("Mai Sơn", [f"Phó Chủ tịch {UB} tỉnh Bắc Giang"])], prov=["Bắc Giang"])
p("off-7", "Giám đốc Sở Tư pháp Hà Nội Vũ Hồng Hải báo cáo.",
  off=[("Vũ Hồng Hải", ["Giám đốc Sở Tư pháp Hà Nội"])], prov=["Hà Nội"])
p("off-7", "Chánh Thanh tra tỉnh Đinh Văn Tuấn đã ký kết luận thanh tra.",
  off=[("Đinh Văn Tuấn", ["Chánh Thanh tra tỉnh"])])
p("off-7", "Phó Trưởng Ban Thường trực Ban Tổ chức Tỉnh ủy Nguyễn Thị Ngọc báo cáo.",
  off=[("Nguyễn Thị Ngọc", ["Phó Trưởng Ban Thường trực Ban Tổ chức Tỉnh ủy"])])
p("off-7", "Trưởng phòng Nội vụ huyện Lê Văn Trung cho biết đã sắp xếp 12 thôn.",
  off=[("Lê Văn Trung", ["Trưởng phòng Nội vụ huyện"])])
p("off-7", "Bí thư Đảng ủy, Chủ tịch HĐND xã Ngô Thị Lệ chủ trì kỳ họp.",
  off=[("Ngô Thị Lệ", ["Bí thư Đảng ủy", "Chủ tịch Hội đồng nhân dân xã"])])
p("off-7", "Chủ tịch MTTQ xã Hà Văn Lâm tham gia giám sát.",
  off=[("Hà Văn Lâm", ["Chủ tịch Mặt trận Tổ quốc xã"])])

# ---------------------------------------------------------------- eighth batch: places
p("prov-8", "Thanh Hoá và Khánh Hoà cùng tăng bậc.", prov=["Thanh Hóa", "Khánh Hòa"])
p("prov-8", "Tại TPHCM, hơn 90% hồ sơ được nộp trực tuyến.", prov=["Hồ Chí Minh"])
p("prov-8", "Tại TP HCM, hơn 90% hồ sơ được nộp trực tuyến.", prov=["Hồ Chí Minh"])
p("prov-8", "Thủ đô Hà Nội dẫn đầu về chỉ số chuyển đổi số.", prov=["Hà Nội"])
p("prov-8", "Tỉnh Bắc Cạn và tỉnh Kon Tum có nhiều tiến bộ.", prov=["Bắc Kạn", "Kon Tum"])
p("prov-8", "Bà Lê Thị Hà Giang, Phó Giám đốc Sở Nội vụ, cho biết.", prov=[])
p("prov-8", "Ông Nguyễn Thái Bình, Chủ tịch UBND xã, cho biết.", prov=[])
p("prov-8", "Các tỉnh miền Trung chịu ảnh hưởng nặng nề.", prov=[], reg=[])
p("prov-8", "Vùng Đồng bằng sông Hồng gồm 11 tỉnh, thành phố.", reg=["Đồng bằng sông Hồng"])
p("prov-8", "Các tỉnh Duyên hải Nam Trung Bộ đã ký kết hợp tác.", reg=["Duyên hải Nam Trung Bộ"])
p("prov-8", "Tỉnh Quảng Trị và tỉnh Quảng Bình hợp nhất thành tỉnh Quảng Trị.", prov=["Quảng Trị", "Quảng Bình", "Quảng Trị"])
p("prov-8", "Hà Tĩnh (TTXVN) - Tỉnh đã hoàn thành sắp xếp đơn vị hành chính.", prov=["Hà Tĩnh"])
p("prov-8", "Đường Hùng Vương và quảng trường Lâm Viên được chỉnh trang.", prov=[])
p("prov-8", "Cao tốc Bắc - Nam đoạn qua Ninh Bình đã thông xe.", prov=["Ninh Bình"])
p("prov-8", "Người dân Gia Lai, Kon Tum đã quen với dịch vụ công.", prov=["Gia Lai", "Kon Tum"])

# ---------------------------------------------------------------- ninth batch: short forms
p("off-9", "Đ/c Nguyễn Văn Tuấn – PCT UBND huyện phát biểu chỉ đạo.", off=[("Nguyễn Văn Tuấn", [f"Phó Chủ tịch {UB} huyện"])])
p("off-9", "đ/c Lê Thị Hằng, Chánh VP UBND tỉnh, điều hành hội nghị.", off=[("Lê Thị Hằng", [f"Chánh Văn phòng {UB} tỉnh"])])
p("off-9", "Ông Phạm Văn Hậu, PGĐ phụ trách Sở Nội vụ cho biết.", off=[("Phạm Văn Hậu", ["Phó Giám đốc phụ trách Sở Nội vụ"])])
p("off-9", "Bà Vũ Thị Hạnh, Phó CVP UBND tỉnh, cho biết.", off=[("Vũ Thị Hạnh", [f"Phó Chánh Văn phòng {UB} tỉnh"])])
p("off-9", "Ông Hoàng Văn Bắc, CT UBND xã Yên Lạc, kiểm tra bộ phận một cửa.", off=[("Hoàng Văn Bắc", [f"Chủ tịch {UB} xã Yên Lạc"])])
p("off-9", "Ông Đào Văn Lợi - Phó Chủ tịch TT UBND tỉnh chủ trì.", off=[("Đào Văn Lợi", [f"Phó Chủ tịch Thường trực {UB} tỉnh"])])
p("off-9", "Ông Lê Văn Khoa, Giám đốc TTPVHCC tỉnh cho biết.", off=[("Lê Văn Khoa", ["Giám đốc Trung tâm Phục vụ hành chính công tỉnh"])])
p("leg-9", "Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII.",
  leg=[("18-NQ/TW", NQ, "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII", 2017)])
p("leg-9", "Đề án số 06 được triển khai quyết liệt.", leg=[("06", DA, None, None)])
p("leg-9", "Theo Quyết định 06 của Thủ tướng, tỉnh đã hoàn thành 25 dịch vụ công thiết yếu.", leg=[("06", QD, "Thủ tướng Chính phủ", None)])
p("leg-9", "Kế hoạch số 01/KH-BCĐ ngày 5/1/2024 của Ban Chỉ đạo Đề án 06 tỉnh.",
  leg=[("01/KH-BCĐ", KH, "Ban Chỉ đạo Đề án 06 tỉnh", 2024)])
p("leg-9", "Nghị định 118/2025/NĐ-CP về thực hiện thủ tục hành chính theo cơ chế một cửa có hiệu lực từ 1/7/2025.",
  leg=[("118/2025/NĐ-CP", ND, "Chính phủ", 2025)])


import cchc_extract as cx  # noqa: E402
from cchc_extract.evaluate import _title_norm  # noqa: E402

BODY = ("Tin tức trong ngày\n\n"
        "Hội nghị tổng kết công tác cải cách hành chính năm 2024 diễn ra với nhiều đại biểu tham dự.\n\n")
def nfc(s): return unicodedata.normalize('NFC', s) if s else s
def norm(s): return _title_norm(s) if s else s
res = collections.Counter(); tot = collections.Counter(); dis = []
for cls, text, exp in P:
    a = cx.extract(BODY + text)
    off0 = a.text.find('đại biểu tham dự.') + 17
    if not text.split('\n')[0][:25] in a.text: dis.append((cls, 'CLEANED', text, a.text[off0:]))
    facts = [f for f in a.facts if f.start >= off0]
    for f in a.facts: assert a.text[f.start:f.end] == f.text
    ok = True
    def bad(kind, detail):
        global ok
        dis.append((cls, kind, text, detail))
    if 'off' in exp:
        pred = [(f.name, f.titles) for f in facts if f.type == 'official']
        gn = sorted(n for n, _ in exp['off']); pn = sorted(n for n, _ in pred)
        tot[cls + '/name'] += 1
        if gn != pn: bad('off-name', (gn, pn))
        else: res[cls + '/name'] += 1
        for n, ts in exp['off']:
            cands = [t for m, t in pred if m == n]
            for t in ts:
                tot[cls + '/title'] += 1
                if any(norm(t) in {norm(x) for x in c} for c in cands): res[cls + '/title'] += 1
                else: bad('off-title', (n, t, cands))
    if 'leg' in exp:
        pred = [(f.number, f.doc_type, f.issuer, f.year) for f in facts if f.type == 'legal_ref']
        tot[cls + '/num'] += 1
        if sorted(x[0] for x in exp['leg']) != sorted(x[0] for x in pred): bad('leg-num', (exp['leg'], pred))
        else: res[cls + '/num'] += 1
        for g in exp['leg']:
            c = [x for x in pred if x[0] == g[0]]
            if not c: continue
            for i, an in ((1, 'doc_type'), (2, 'issuer'), (3, 'year')):
                tot[cls + '/' + an] += 1
                if norm(c[0][i]) == norm(g[i]) if isinstance(g[i], str) else c[0][i] == g[i]: res[cls + '/' + an] += 1
                else: bad('leg-' + an, (g, c[0]))
    if 'org' in exp:
        pred = sorted(norm(f.name) for f in facts if f.type == 'organization')
        tot[cls + '/org'] += 1
        if sorted(norm(x) for x in exp['org']) != pred: bad('org', (exp['org'], pred))
        else: res[cls + '/org'] += 1
    if 'prov' in exp:
        pred = sorted(f.name for f in facts if f.type == 'province')
        tot[cls + '/prov'] += 1
        if sorted(exp['prov']) != pred: bad('prov', (exp['prov'], pred))
        else: res[cls + '/prov'] += 1
    if 'reg' in exp:
        pred = sorted(f.name for f in facts if f.type == 'region')
        tot[cls + '/reg'] += 1
        if sorted(exp['reg']) != pred: bad('reg', (exp['reg'], pred))
        else: res[cls + '/reg'] += 1
print('probes', len(P), 'checks', sum(tot.values()), 'agree', sum(res.values()),
      '%.3f' % (sum(res.values()) / sum(tot.values())))
for k in sorted(tot): print(f'  {k:32s} {res[k]}/{tot[k]}')
print('disagreements', len(dis))
for d in dis: print(d)
