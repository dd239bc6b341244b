"""Numbers, dates and periods on made-up sentences in the shapes of provincial reports, plans and
press on administrative reform and e-government: number formats, comparators, goal shapes and
deadlines, results beside goals, ratios, counted nouns, day ranges and periods. Each probe lists
every percentage, target, ratio, quantity, date and period the sentence holds (SPEC §3, §4.1;
GUIDE §4-§7)."""
import pytest

from conftest import facts_of

TYPES = ("percentage", "target", "ratio", "quantity", "date", "period")


def _num(x):
    return (str(int(x)) if x == int(x) else repr(x)) if isinstance(x, float) else str(x)


def _render(f):
    if f.type == "percentage":
        return f"pct {_num(f.value)} {f.comparator}"
    if f.type == "target":
        return f"tgt {_num(f.value)} {f.unit} {f.comparator} {f.deadline or '-'}"
    if f.type == "ratio":
        return f"ratio {_num(f.numerator)}/{_num(f.denominator)} {f.unit}"
    if f.type == "quantity":
        return f"qty {_num(f.value)} {f.unit}"
    if f.type == "date":
        return f"date {f.value} {f.precision}"
    return f"period {f.start_year}-{f.end_year}"


def found(text):
    return sorted(_render(f) for f in facts_of(text) if f.type in TYPES)


PROBES = [
    ('pct-fmt', 'Tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh đạt 99,5%.', ['pct 99.5 eq']),
    ('pct-fmt', 'Tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh đạt 99.5%.', ['pct 99.5 eq']),
    ('pct-fmt', 'Tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh đạt 99,5 %.', ['pct 99.5 eq']),
    ('pct-fmt', 'Tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh đạt 99,5 phần trăm.', ['pct 99.5 eq']),
    ('pct-fmt', 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 87 phần trăm.', ['pct 87 eq']),
    ('pct-fmt', 'Tỷ lệ số hóa hồ sơ đạt 100 %, tăng 12 % so với năm trước.', ['pct 100 eq', 'pct 12 eq']),
    ('pct-cmp', 'Gần 100% hồ sơ được tiếp nhận qua dịch vụ công trực tuyến.', ['pct 100 approx']),
    ('pct-cmp', 'Hơn 95% người dân hài lòng với sự phục vụ của cơ quan hành chính.', ['pct 95 gt']),
    ('pct-cmp', 'Trên 90% thủ tục hành chính được giải quyết trước hạn.', ['pct 90 gt']),
    ('pct-cmp', 'Dưới 5% hồ sơ bị trễ hạn trong quý.', ['pct 5 lt']),
    ('pct-cmp', 'Khoảng 70% người dân đã kích hoạt tài khoản định danh điện tử mức độ 2.', ['pct 70 approx']),
    ('pct-cmp', 'Có tới 98,2% hồ sơ được giải quyết đúng hạn.', ['pct 98.2 eq']),
    ('pct-cmp', 'Ít nhất 80% cán bộ được tập huấn kỹ năng số.', ['pct 80 gte']),
    ('pct-cmp', 'Tỷ lệ hồ sơ trực tuyến đạt xấp xỉ 60%.', ['pct 60 approx']),
    ('pct-cmp', 'Tỷ lệ hài lòng đạt gần 97%, cao hơn năm trước.', ['pct 97 approx']),
    ('pct-cmp', 'Tỷ lệ thanh toán trực tuyến đạt trên 45%.', ['pct 45 gt']),
    ('pct-cmp', 'Tỷ lệ hồ sơ quá hạn chỉ còn dưới 1%.', ['pct 1 lt']),
    ('pct-cmp', 'Tỷ lệ hồ sơ trực tuyến đạt hơn 72%.', ['pct 72 gt']),
    ('pct-cmp', 'Tỷ lệ hồ sơ trực tuyến đạt 72% trở lên.', ['pct 72 gte']),
    ('pct-cmp', 'Tỷ lệ giải quyết đúng hạn không thấp hơn 95%.', ['pct 95 gte']),
    ('pct-cmp', 'Tỷ lệ hồ sơ trễ hạn không vượt quá 2%.', ['pct 2 lte']),
    ('pct-cmp', 'Tỷ lệ hồ sơ trễ hạn tối đa 2%.', ['pct 2 lte']),
    ('pct-cmp', 'Tỷ lệ hồ sơ trực tuyến đạt gần 80 %.', ['pct 80 approx']),
    ('pct-list', 'Các huyện Phú Bình (99,8%), Đại Từ (99,5%) và Võ Nhai (98,9%) có tỷ lệ cao nhất.', ['pct 99.8 eq', 'pct 99.5 eq', 'pct 98.9 eq']),
    ('pct-list', 'Tỷ lệ hồ sơ đúng hạn cấp tỉnh, huyện, xã lần lượt đạt 99,6%, 98,7% và 97,1%.', ['pct 99.6 eq', 'pct 98.7 eq', 'pct 97.1 eq']),
    ('pct-list', 'Mức độ hài lòng đạt 96,78% (năm 2023 là 94,1%).', ['pct 96.78 eq', 'pct 94.1 eq']),
    ('pct-change', 'Tỷ lệ hồ sơ trực tuyến tăng 15,3 điểm phần trăm so với cùng kỳ.', []),
    ('pct-change', 'Số hồ sơ trực tuyến tăng 25% so với cùng kỳ năm 2023.', ['pct 25 eq']),
    ('tgt-trigger', 'Phấn đấu đến năm 2025, 100% hồ sơ được số hóa.', ['tgt 100 % eq 2025']),
    ('tgt-trigger', 'Mục tiêu năm 2024 tỷ lệ hồ sơ trực tuyến đạt 50%.', ['tgt 50 % eq 2024']),
    ('tgt-trigger', 'Chỉ tiêu năm 2024: tỷ lệ hồ sơ trực tuyến đạt 50%.', ['tgt 50 % eq 2024']),
    ('tgt-trigger', 'Kế hoạch đề ra chỉ tiêu 80% hồ sơ thủ tục hành chính được số hóa trong năm 2024.', ['tgt 80 % eq 2024']),
    ('tgt-trigger', 'Tỉnh đặt mục tiêu đến hết năm 2024 có ít nhất 70% người dân sử dụng dịch vụ công trực tuyến.', ['tgt 70 % gte 2024']),
    ('tgt-trigger', 'UBND tỉnh yêu cầu các sở, ngành bảo đảm 100% hồ sơ được giải quyết đúng hạn trong năm 2024.', ['tgt 100 % eq 2024']),
    ('tgt-trigger', 'Sở Nội vụ yêu cầu đến hết năm 2024 phải đạt tối thiểu 90% hồ sơ trực tuyến.', ['tgt 90 % gte 2024']),
    ('tgt-trigger', 'Tỉnh quyết tâm đạt 95% hồ sơ được giải quyết trực tuyến trong năm 2025.', ['tgt 95 % eq 2025']),
    ('tgt-trigger', 'Phấn đấu trong năm 2024 đạt không thấp hơn 80% hồ sơ trực tuyến toàn trình.', ['tgt 80 % gte 2024']),
    ('tgt-trigger', 'Kế hoạch năm 2024 đặt ra mục tiêu tỷ lệ hài lòng trên 90%.', ['tgt 90 % gt 2024']),
    ('tgt-trigger', 'Mục tiêu đến năm 2030, 100% dịch vụ công đủ điều kiện được cung cấp trực tuyến toàn trình.', ['tgt 100 % eq 2030']),
    ('tgt-trigger', 'Tỉnh phấn đấu đến năm 2025 có 1.500 doanh nghiệp công nghệ số.', ['tgt 1500 doanh nghiệp công nghệ số eq 2025']),
    ('tgt-trigger', 'Mục tiêu đến năm 2025 số hóa 2 triệu hồ sơ hộ tịch.', ['tgt 2 triệu hồ sơ hộ tịch eq 2025']),
    ('tgt-deadline', 'Phấn đấu trước 30/6/2024, 100% hồ sơ được số hóa.', ['tgt 100 % eq 2024-06-30', 'date 2024-06-30 day']),
    ('tgt-deadline', 'Phấn đấu trong quý III/2024 đạt 60% hồ sơ trực tuyến.', ['tgt 60 % eq 2024-Q3', 'date 2024-Q3 quarter']),
    ('tgt-deadline', 'Phấn đấu đến hết năm 2024 tỷ lệ hồ sơ trực tuyến đạt 60%.', ['tgt 60 % eq 2024']),
    ('tgt-deadline', 'Trong 6 tháng cuối năm 2024, tỉnh phấn đấu đạt 70% hồ sơ trực tuyến.', ['tgt 70 % eq 2024']),
    ('tgt-deadline', 'Phấn đấu đến ngày 31/12/2024 có 100% xã kết nối mạng truyền số liệu chuyên dùng.', ['tgt 100 % eq 2024-12-31', 'date 2024-12-31 day']),
    ('tgt-deadline', 'Chậm nhất đến ngày 30/9/2024, 100% hồ sơ phải được số hóa.', ['tgt 100 % eq 2024-09-30', 'date 2024-09-30 day']),
    ('tgt-range', 'Phấn đấu tỷ lệ hồ sơ trực tuyến đạt từ 50% đến 60% trong năm 2024.', ['tgt 50 % gte 2024']),
    ('tgt-list', 'Mục tiêu đến năm 2025: 90% hồ sơ cấp tỉnh, 80% hồ sơ cấp huyện và 60% hồ sơ cấp xã được xử lý trên môi trường mạng.', ['tgt 90 % eq 2025', 'tgt 80 % eq 2025', 'tgt 60 % eq 2025']),
    ('tgt-list', 'Các chỉ tiêu cụ thể:\n- 100% thủ tục hành chính được công khai đầy đủ;\n- Tối thiểu 80% hồ sơ được số hóa;\n- Trên 90% người dân hài lòng.', ['tgt 100 % eq -', 'tgt 80 % gte -', 'tgt 90 % gt -']),
    ('tgt-vs-result', 'Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 63,4% (chỉ tiêu 60%).', ['pct 63.4 eq', 'tgt 60 % eq 2024']),
    ('tgt-vs-result', 'Tỷ lệ hồ sơ trực tuyến đạt 63,4%, vượt chỉ tiêu 60% đề ra.', ['pct 63.4 eq', 'pct 60 eq']),
    ('tgt-vs-result', 'Tỷ lệ hồ sơ trực tuyến đạt 45%, chưa đạt mục tiêu 50% đề ra.', ['pct 45 eq', 'tgt 50 % eq -']),
    ('tgt-vs-result', 'Tỉnh đã hoàn thành chỉ tiêu 100% xã có bộ phận một cửa hiện đại.', ['pct 100 eq']),
    ('tgt-vs-result', 'Kết quả, 98% hồ sơ được giải quyết đúng hạn, vượt kế hoạch đề ra.', ['pct 98 eq']),
    ('ratio', 'Đến nay, 115/120 xã đã triển khai bộ phận một cửa hiện đại.', ['ratio 115/120 xã']),
    ('ratio', '12/12 huyện, thành phố đã kết nối hệ thống thông tin giải quyết thủ tục hành chính.', ['ratio 12/12 huyện']),
    ('ratio', 'Có 18/20 sở, ngành đạt tỷ lệ giải quyết đúng hạn 100%.', ['ratio 18/20 sở', 'pct 100 eq']),
    ('ratio', 'Đã có 45/51 đơn vị cấp xã hoàn thành số hóa kết quả giải quyết thủ tục hành chính.', ['ratio 45/51 đơn vị cấp xã']),
    ('ratio', 'Toàn tỉnh có 9/9 huyện được công nhận đạt chuẩn nông thôn mới.', ['ratio 9/9 huyện']),
    ('ratio', 'Đoàn kiểm tra 25/25 cơ quan, đơn vị trên địa bàn.', ['ratio 25/25 cơ quan']),
    ('ratio', 'Toàn tỉnh có 150/159 xã, phường, thị trấn đã triển khai.', ['ratio 150/159 xã']),
    ('ratio', 'Có 27/27 thủ tục hành chính được cung cấp trực tuyến toàn trình.', ['ratio 27/27 thủ tục hành chính']),
    ('ratio', 'Thành phố đạt 8/9 tiêu chí đô thị thông minh.', ['ratio 8/9 tiêu chí đô thị thông minh']),
    ('qty', 'Trong năm, Trung tâm tiếp nhận 1.250 hồ sơ.', ['qty 1250 hồ sơ']),
    ('qty', 'Tỉnh đã rà soát 320 thủ tục hành chính.', ['qty 320 thủ tục hành chính']),
    ('qty', 'Tỉnh cung cấp 45 dịch vụ công trực tuyến toàn trình.', ['qty 45 dịch vụ công trực tuyến toàn trình']),
    ('qty', 'Toàn tỉnh tiếp nhận 1,6 triệu hồ sơ trong năm 2024.', ['qty 1.6 triệu hồ sơ']),
    ('qty', 'Toàn tỉnh tiếp nhận hơn 25.000 hồ sơ trực tuyến.', ['qty 25000 hồ sơ trực tuyến']),
    ('qty', 'Toàn tỉnh tiếp nhận trên 12.500 hồ sơ trực tuyến.', ['qty 12500 hồ sơ trực tuyến']),
    ('qty', 'Toàn tỉnh tiếp nhận gần 3.000 hồ sơ.', ['qty 3000 hồ sơ']),
    ('qty', 'Tỉnh có 3 huyện và 2 thành phố.', ['qty 3 huyện', 'qty 2 thành phố']),
    ('qty', 'Tỉnh đã cắt giảm 15 thủ tục hành chính và đơn giản hóa 42 thủ tục.', ['qty 15 thủ tục hành chính', 'qty 42 thủ tục']),
    ('qty', 'Hệ thống đã xác thực 1.234.567 tài khoản định danh điện tử.', ['qty 1234567 tài khoản định danh điện tử']),
    ('qty', 'Đã cấp 850 nghìn căn cước công dân gắn chip.', ['qty 850 nghìn căn cước công dân gắn chip']),
    ('qty', 'Tỉnh tổ chức 12 lớp tập huấn cho 1.200 cán bộ, công chức.', ['qty 12 lớp tập huấn', 'qty 1200 cán bộ']),
    ('qty', 'Hai huyện chưa hoàn thành chỉ tiêu số hóa.', ['qty 2 huyện']),
    ('qty', 'Hàng nghìn hồ sơ được tiếp nhận mỗi ngày.', []),
    ('qty', 'Hội nghị có sự tham dự của 200 đại biểu.', ['qty 200 đại biểu']),
    ('qty', 'Tỉnh có 02 Trung tâm Phục vụ hành chính công.', ['qty 2 Trung tâm Phục vụ hành chính công']),
    ('qty', 'Toàn tỉnh có 1.650 dịch vụ công trực tuyến, trong đó 850 dịch vụ toàn trình.', ['qty 1650 dịch vụ công trực tuyến', 'qty 850 dịch vụ toàn trình']),
    ('qty-not', 'Dự án kéo dài 10 năm và đã thực hiện 4 tháng.', []),
    ('qty-not', 'Đề án 06 được triển khai trên toàn quốc.', []),
    ('qty-not', 'Trụ sở đặt tại số 17 đường Lê Lợi.', []),
    ('qty-not', 'Dịch vụ công mức độ 3, 4 được triển khai rộng rãi.', []),
    ('qty-not', 'Hội nghị sáng 5/3 thu hút đông đảo đại biểu.', ['date --03-05 day']),
    ('date-fmt', 'Ngày 5/3/2024, UBND tỉnh tổ chức hội nghị.', ['date 2024-03-05 day']),
    ('date-fmt', 'Ngày 5-3-2024, UBND tỉnh tổ chức hội nghị.', ['date 2024-03-05 day']),
    ('date-fmt', 'Ngày 05.3.2024, UBND tỉnh tổ chức hội nghị.', ['date 2024-03-05 day']),
    ('date-fmt', 'Ngày 05/03/2024, UBND tỉnh tổ chức hội nghị.', ['date 2024-03-05 day']),
    ('date-fmt', 'Sáng 5/3/2024, UBND tỉnh tổ chức hội nghị.', ['date 2024-03-05 day']),
    ('date-fmt', 'Chiều 12/4/2024, Sở Nội vụ tổ chức hội nghị.', ['date 2024-04-12 day']),
    ('date-fmt', 'Hôm 5/3/2024, Sở Nội vụ đã tổ chức hội nghị.', ['date 2024-03-05 day']),
    ('date-fmt', 'Tối 20/5/2024, đoàn công tác đã đến tỉnh.', ['date 2024-05-20 day']),
    ('date-fmt', 'Ngày 5 tháng 3 năm 2024, UBND tỉnh ban hành kế hoạch.', ['date 2024-03-05 day']),
    ('date-fmt', 'Ngày 05 tháng 03 năm 2024, UBND tỉnh ban hành kế hoạch.', ['date 2024-03-05 day']),
    ('date-fmt', 'Trong tháng 3/2024, tỉnh tiếp nhận nhiều hồ sơ.', ['date 2024-03 month']),
    ('date-fmt', 'Trong tháng 3 năm 2024, tỉnh tiếp nhận nhiều hồ sơ.', ['date 2024-03 month']),
    ('date-fmt', 'Trong tháng 03/2024, tỉnh tiếp nhận nhiều hồ sơ.', ['date 2024-03 month']),
    ('date-fmt', 'Trong quý I năm 2024, tỉnh tiếp nhận nhiều hồ sơ.', ['date 2024-Q1 quarter']),
    ('date-fmt', 'Trong quý I/2024, tỉnh tiếp nhận nhiều hồ sơ.', ['date 2024-Q1 quarter']),
    ('date-fmt', 'Trong quý 2/2024, tỉnh tiếp nhận nhiều hồ sơ.', ['date 2024-Q2 quarter']),
    ('date-fmt', 'Trong quý IV-2024, tỉnh tiếp nhận nhiều hồ sơ.', ['date 2024-Q4 quarter']),
    ('date-fmt', 'Trong quý III năm 2024, tỉnh tiếp nhận nhiều hồ sơ.', ['date 2024-Q3 quarter']),
    ('date-range', 'Từ ngày 1/3/2024 đến ngày 31/3/2024, đoàn kiểm tra làm việc tại 10 huyện.', ['date 2024-03-01 day', 'date 2024-03-31 day', 'qty 10 huyện']),
    ('date-range', 'Từ ngày 1/3 đến ngày 15/3/2024, đoàn kiểm tra làm việc tại các huyện.', ['date 2024-03-01 day', 'date 2024-03-15 day']),
    ('date-range', 'Từ ngày 1 đến ngày 15/3/2024, đoàn kiểm tra làm việc tại các huyện.', ['date 2024-03-01 day', 'date 2024-03-15 day']),
    ('date-range', 'Từ tháng 3 đến tháng 6/2024, tỉnh triển khai thí điểm.', ['date 2024-03 month', 'date 2024-06 month']),
    ('date-range', 'Trong 2 ngày 5 và 6/3/2024, Hội nghị được tổ chức tại Hà Nội.', ['date 2024-03-05 day', 'date 2024-03-06 day']),
    ('date-range', 'Trong hai ngày 5-6/3/2024, Hội nghị được tổ chức tại Hà Nội.', ['date 2024-03-05 day', 'date 2024-03-06 day']),
    ('date-noyear', 'Hôm 5/3, Sở Nội vụ tổ chức hội nghị.', ['date --03-05 day']),
    ('date-noyear', 'Chiều 12/4, Sở Nội vụ tổ chức hội nghị.', ['date --04-12 day']),
    ('date-noyear', 'Trước ngày 30-11, các đơn vị gửi báo cáo về Sở Nội vụ.', ['date --11-30 day']),
    ('date-noyear', 'Ngày 30.4, tỉnh tổ chức lễ kỷ niệm.', ['date --04-30 day']),
    ('date-not', 'Năm 2024, tỉnh tiếp nhận hồ sơ.', []),
    ('date-not', 'Cuối năm 2024, tỉnh hoàn thành số hóa.', []),
    ('date-not', 'Năm học 2023-2024, ngành giáo dục đạt nhiều kết quả.', []),
    ('date-not', 'Có 6/6 tỉnh tham gia.', ['ratio 6/6 tỉnh']),
    ('period', 'Trong giai đoạn 2021-2025, tỉnh đẩy mạnh cải cách hành chính.', ['period 2021-2025']),
    ('period', 'Trong giai đoạn 2021 - 2025, tỉnh đẩy mạnh cải cách hành chính.', ['period 2021-2025']),
    ('period', 'Trong giai đoạn 2021 – 2025, tỉnh đẩy mạnh cải cách hành chính.', ['period 2021-2025']),
    ('period', 'Trong nhiệm kỳ 2020 - 2025, tỉnh đẩy mạnh cải cách hành chính.', ['period 2020-2025']),
    ('period', 'Trong nhiệm kỳ 2020-2025, tỉnh đẩy mạnh cải cách hành chính.', ['period 2020-2025']),
    ('period', 'Từ năm 2020 đến năm 2025, tỉnh đẩy mạnh cải cách hành chính.', ['period 2020-2025']),
    ('period', 'Giai đoạn từ năm 2021 đến năm 2025, tỉnh đẩy mạnh cải cách hành chính.', ['period 2021-2025']),
    ('period', 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 được ban hành.', ['period 2021-2030']),
    ('period', 'Kế hoạch cải cách hành chính giai đoạn 2021-2025, định hướng đến năm 2030 được ban hành.', ['period 2021-2025']),
    ('period', 'Trong giai đoạn 2016 - 2020, tỉnh đạt nhiều kết quả.', ['period 2016-2020']),
    ('period', 'Kế hoạch 5 năm 2021-2025 của tỉnh được thông qua.', ['period 2021-2025']),
    ('period', 'Trong thời kỳ 2021-2030, tỉnh đẩy mạnh chuyển đổi số.', ['period 2021-2030']),
    ('period', 'Trong các năm 2022 - 2024, tỉnh tiếp nhận nhiều hồ sơ.', ['period 2022-2024']),
    ('period', 'Trong 3 năm 2022 - 2024, tỉnh tiếp nhận nhiều hồ sơ.', ['period 2022-2024']),
    ('period-not', 'Tầm nhìn đến năm 2030, tỉnh trở thành tỉnh phát triển.', []),
    ('period-not', 'Đến năm 2025, tỉnh hoàn thành chuyển đổi số.', []),
    ('mixed', 'Năm 2024, toàn tỉnh tiếp nhận 125.430 hồ sơ, trong đó 98,7% được giải quyết đúng hạn.', ['qty 125430 hồ sơ', 'pct 98.7 eq']),
    ('mixed', 'Trong quý I/2024, Trung tâm Phục vụ hành chính công tiếp nhận 12.345 hồ sơ, tăng 8,5% so với cùng kỳ.', ['date 2024-Q1 quarter', 'qty 12345 hồ sơ', 'pct 8.5 eq']),
    ('mixed', 'Theo kết quả khảo sát, 92% người dân hài lòng với thái độ phục vụ.', ['pct 92 eq']),
    ('mixed', 'Đến nay đã có 1,2 triệu tài khoản định danh điện tử được kích hoạt, đạt 75% chỉ tiêu.', ['qty 1.2 triệu tài khoản định danh điện tử', 'pct 75 eq']),
    ('mixed', 'Sau 6 tháng triển khai Đề án 06, tỉnh đã thu nhận 320.000 hồ sơ căn cước công dân.', ['qty 320000 hồ sơ căn cước công dân']),
    ('mixed', 'Đến ngày 15/6/2024, 100% xã đã có bộ phận một cửa.', ['date 2024-06-15 day', 'pct 100 eq']),
    ('mixed', 'Tính đến hết tháng 6/2024, tỉnh đã cấp 520.000 tài khoản định danh điện tử.', ['date 2024-06 month', 'qty 520000 tài khoản định danh điện tử']),
    ('mixed', 'Lũy kế từ đầu năm đến ngày 20/9/2024, tỉnh tiếp nhận 45.670 hồ sơ trực tuyến, chiếm 62,3% tổng số hồ sơ.', ['date 2024-09-20 day', 'qty 45670 hồ sơ trực tuyến', 'pct 62.3 eq']),
    ('mixed', 'Trong 9 tháng đầu năm 2024, tỉnh tiếp nhận 80.000 hồ sơ.', ['qty 80000 hồ sơ']),
    ('mixed', 'Tỷ lệ hồ sơ thanh toán trực tuyến đạt 35,2%, thấp hơn mức bình quân cả nước (40,1%).', ['pct 35.2 eq', 'pct 40.1 eq']),
    ('mixed', 'Tỉnh có 100% cơ quan hành chính sử dụng văn bản điện tử.', ['pct 100 eq']),
    ('mixed', 'Hiện có 87,5% hồ sơ được số hóa, còn 12,5% chưa thực hiện.', ['pct 87.5 eq', 'pct 12.5 eq']),
    ('mixed', 'Kế hoạch 6 tháng cuối năm 2024, tỉnh phấn đấu giải quyết đúng hạn 100% hồ sơ.', ['tgt 100 % eq 2024']),
    ('mixed', 'Phấn đấu năm 2024 có 50% người dân trưởng thành có chữ ký số cá nhân.', ['tgt 50 % eq 2024']),
    ('mixed', 'Phấn đấu đến năm 2025 có 80% dịch vụ công trực tuyến toàn trình; 50% hồ sơ được thanh toán trực tuyến.', ['tgt 80 % eq 2025', 'tgt 50 % eq 2025']),
    ('mixed', 'Mục tiêu đến năm 2025 Chỉ số CCHC của tỉnh nằm trong nhóm 20 tỉnh dẫn đầu.', ['tgt 20 rank lte 2025']),
    ('mixed', 'Trong 5 năm qua, tỉnh đã cắt giảm 120 thủ tục hành chính.', ['qty 120 thủ tục hành chính']),
    ('mixed', 'Có 63/63 tỉnh, thành phố đã kết nối với Cổng dịch vụ công quốc gia.', ['ratio 63/63 tỉnh']),
    ('qty-unitlen', 'Tỉnh đã cung cấp 312 dịch vụ công trực tuyến một phần.', ['qty 312 dịch vụ công trực tuyến một phần']),
    ('qty-unitlen', 'Năm 2024 tỉnh tiếp nhận 2,3 triệu hồ sơ trực tuyến toàn trình.', ['qty 2.3 triệu hồ sơ trực tuyến toàn trình']),
    ('qty-unitlen', 'Tỉnh đã sắp xếp giảm 25 đơn vị hành chính cấp xã.', ['qty 25 đơn vị hành chính cấp xã']),
    ('qty-unitlen', 'Công an tỉnh đã kích hoạt 650.000 tài khoản định danh điện tử mức độ 2.', ['qty 650000 tài khoản định danh điện tử']),
    ('qty-unitlen', 'Toàn tỉnh có 1.120 tổ công nghệ số cộng đồng.', ['qty 1120 tổ công nghệ số cộng đồng']),
    ('qty-unitlen', 'Đã thu nhận 1,5 triệu hồ sơ cấp căn cước công dân.', ['qty 1.5 triệu hồ sơ cấp căn cước công dân']),
    ('qty-stop', 'Đã có 45 xã hoàn thành việc số hóa hồ sơ.', ['qty 45 xã']),
    ('qty-stop', 'Có 120 doanh nghiệp cùng tham gia chương trình.', ['qty 120 doanh nghiệp']),
    ('qty-stop', 'Có 35 đơn vị chưa hoàn thành chỉ tiêu.', ['qty 35 đơn vị']),
    ('qty-stop', 'Có 12 cơ quan đã triển khai chữ ký số.', ['qty 12 cơ quan']),
    ('qty-stop', 'Có 12 sở, ngành hoàn thành kết nối.', ['qty 12 sở']),
    ('qty-stop', 'Có 8 huyện tiếp tục triển khai mô hình.', ['qty 8 huyện']),
    ('qty-stop', 'Có 30 xã triển khai thí điểm mô hình.', ['qty 30 xã']),
    ('qty-stop', 'Có 25 điểm cầu kết nối trực tuyến với Trung ương.', ['qty 25 điểm cầu']),
    ('qty-words', 'Đề án có ba trụ cột chính.', ['qty 3 trụ cột chính']),
    ('qty-words', 'Tỉnh triển khai hai mô hình điểm.', ['qty 2 mô hình điểm']),
    ('qty-words', 'HĐND tỉnh thông qua hai Nghị quyết quan trọng.', ['qty 2 Nghị quyết quan trọng']),
    ('qty-words-not', 'Năm kế hoạch 2024, tỉnh đạt nhiều kết quả.', []),
    ('qty-words', 'Hội nghị tập trung vào bốn nhóm giải pháp.', ['qty 4 nhóm giải pháp']),
    ('qty-words', 'Tỉnh đã thành lập năm tổ công tác.', ['qty 5 tổ công tác']),
    ('date-range2', 'Trong hai ngày 12-13/6/2024, đoàn công tác làm việc tại tỉnh.', ['date 2024-06-12 day', 'date 2024-06-13 day']),
    ('date-range2', 'Từ ngày 10 đến 12/7/2024, đoàn làm việc tại tỉnh.', ['date 2024-07-10 day', 'date 2024-07-12 day']),
    ('tgt-deadline2', 'Phấn đấu trong quý IV/2024 hoàn thành 100% việc số hóa.', ['tgt 100 % eq 2024-Q4', 'date 2024-Q4 quarter']),
    ('tgt-deadline2', 'Phấn đấu trong tháng 6/2024 đạt 80% hồ sơ trực tuyến.', ['tgt 80 % eq 2024-06', 'date 2024-06 month']),
    ('tgt-deadline2', 'Mục tiêu quý I/2025 có 60% hồ sơ trực tuyến.', ['tgt 60 % eq 2025-Q1', 'date 2025-Q1 quarter']),
    ('pct-fmt2', 'Tỷ lệ hồ sơ đúng hạn đạt 99,50%.', ['pct 99.5 eq']),
    ('pct-fmt2', 'Tỷ lệ hồ sơ đúng hạn đạt 100% (tăng 0,5% so với năm 2023).', ['pct 100 eq', 'pct 0.5 eq']),
    ('pct-fmt2', 'Chỉ số hài lòng đạt 85,25%, xếp thứ 10 cả nước.', ['pct 85.25 eq']),
    ('pct-fmt2', 'Tỷ lệ số hóa hồ sơ đạt 56,7%; tỷ lệ tái sử dụng dữ liệu đạt 12,3%.', ['pct 56.7 eq', 'pct 12.3 eq']),
    ('pct-fmt2', 'Tỷ lệ cán bộ có trình độ đại học trở lên chiếm 92,5%.', ['pct 92.5 eq']),
    ('pct-fmt2', 'Khoảng 60 - 70% hồ sơ được nộp trực tuyến.', ['pct 60 approx']),
    ('pct-fmt2', 'Tỷ lệ hồ sơ trực tuyến tăng gấp đôi, từ 20% lên 40%.', ['pct 20 eq', 'pct 40 eq']),
    ('pct-fmt2', 'Có 99,9% hồ sơ được giải quyết đúng và trước hạn.', ['pct 99.9 eq']),
    ('pct-fmt2', 'Tỷ lệ hồ sơ trực tuyến đạt 32,45 %, tăng mạnh.', ['pct 32.45 eq']),
    ('tgt-shape', 'Kế hoạch năm 2024 của tỉnh đặt ra: tỷ lệ hồ sơ trực tuyến đạt 60%.', ['tgt 60 % eq 2024']),
    ('tgt-shape', 'Tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt từ 60% trở lên trong năm 2024.', ['tgt 60 % gte 2024']),
    ('tgt-shape', 'Phấn đấu đến năm 2025, tỷ lệ người dân hài lòng đạt trên 95%.', ['tgt 95 % gt 2025']),
    ('tgt-shape', 'Chỉ tiêu đề ra là 50% hồ sơ được thanh toán trực tuyến.', ['tgt 50 % eq -']),
    ('tgt-shape', 'Mục tiêu đặt ra đến cuối năm 2024 là 100% thôn có camera an ninh.', ['tgt 100 % eq 2024']),
    ('tgt-shape', 'Tỉnh đặt chỉ tiêu đến năm 2025 có 500 doanh nghiệp công nghệ số.', ['tgt 500 doanh nghiệp công nghệ số eq 2025']),
    ('tgt-shape', 'Phấn đấu năm 2025 đạt 70% hồ sơ trực tuyến toàn trình, năm 2026 đạt 80%.', ['tgt 70 % eq 2025', 'tgt 80 % eq 2026']),
    ('tgt-shape', 'Các chỉ tiêu năm 2024:\n- Tỷ lệ hồ sơ trực tuyến: 60%;\n- Tỷ lệ thanh toán trực tuyến: 40%.', ['tgt 60 % eq 2024', 'tgt 40 % eq 2024']),
    ('tgt-shape', 'Mục tiêu cụ thể đến năm 2025:\na) 100% hồ sơ được số hóa;\nb) 80% thủ tục được cung cấp trực tuyến toàn trình.', ['tgt 100 % eq 2025', 'tgt 80 % eq 2025']),
    ('tgt-shape', 'Phấn đấu tỷ lệ hồ sơ trực tuyến năm 2024 đạt tối thiểu 50%.', ['tgt 50 % gte 2024']),
    ('tgt-result', 'Năm 2023, tỉnh đạt 98% hồ sơ đúng hạn, vượt mục tiêu đề ra.', ['pct 98 eq']),
    ('tgt-result', 'Kết quả năm 2023: 98% hồ sơ được giải quyết đúng hạn.', ['pct 98 eq']),
    ('tgt-result', 'Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 70%, chỉ tiêu năm 2024 là 80%.', ['pct 70 eq', 'tgt 80 % eq 2024']),
    ('ratio2', 'Đã có 9/9 huyện, thành phố và 177/181 xã, phường, thị trấn hoàn thành.', ['ratio 9/9 huyện', 'ratio 177/181 xã']),
    ('ratio2', 'Đạt 100% (63/63 tỉnh, thành phố).', ['pct 100 eq', 'ratio 63/63 tỉnh']),
    ('ratio2', 'Có 22/22 sở, ban, ngành công khai thủ tục.', ['ratio 22/22 sở']),
    ('qty2', 'Toàn tỉnh tiếp nhận 15.432 hồ sơ, giải quyết 15.120 hồ sơ.', ['qty 15432 hồ sơ', 'qty 15120 hồ sơ']),
    ('qty2', 'Tỉnh đã số hóa 123.456 hồ sơ, kết quả giải quyết thủ tục hành chính.', ['qty 123456 hồ sơ']),
    ('qty2', 'Đã có 3.210 doanh nghiệp sử dụng hóa đơn điện tử.', ['qty 3210 doanh nghiệp']),
    ('qty2', 'Hệ thống đã tiếp nhận 2,5 triệu lượt truy cập.', ['qty 2.5 triệu lượt truy cập']),
    ('qty2', 'Tỉnh có 1.234 cán bộ, công chức cấp xã.', ['qty 1234 cán bộ']),
    ('qty2', 'Tỉnh cắt giảm 30 đầu mối, 12 phòng chuyên môn.', ['qty 30 đầu mối', 'qty 12 phòng chuyên môn']),
    ('qty2', 'Thành phố có 56 điểm phục vụ bưu chính.', ['qty 56 điểm phục vụ bưu chính']),
    ('qty2', 'Có 45 mô hình chuyển đổi số được triển khai.', ['qty 45 mô hình chuyển đổi số']),
    ('qty2', 'Tỉnh đã lắp đặt 1.500 camera giám sát an ninh.', ['qty 1500 camera giám sát an ninh']),
    ('date2', 'Ngày 1/7/2025, tỉnh chính thức vận hành chính quyền địa phương 2 cấp.', ['date 2025-07-01 day', 'qty 2 cấp']),
    ('date2', 'Ngày 20-10-2024, Sở Nội vụ tổ chức hội nghị.', ['date 2024-10-20 day']),
    ('date2', 'Vào lúc 8 giờ ngày 5/3/2024, hội nghị khai mạc.', ['date 2024-03-05 day']),
    ('date2', 'Tháng 12/2023, tỉnh đã hoàn thành số hóa.', ['date 2023-12 month']),
    ('date2', 'Trong tháng 12 năm 2023, tỉnh đã hoàn thành số hóa.', ['date 2023-12 month']),
    ('date2', 'Trong quý IV năm 2023, tỉnh đã hoàn thành số hóa.', ['date 2023-Q4 quarter']),
    ('date2', 'Từ ngày 01/7/2024, tỉnh áp dụng quy trình mới.', ['date 2024-07-01 day']),
    ('date2', 'Sáng 5.3.2024, hội nghị khai mạc.', ['date 2024-03-05 day']),
    ('date2', 'Sáng thứ Hai (5/3/2024), hội nghị khai mạc.', ['date 2024-03-05 day']),
    ('period2', 'Nhiệm kỳ 2021 – 2026, HĐND tỉnh ban hành nhiều nghị quyết.', ['period 2021-2026']),
    ('period2', 'Giai đoạn 2021 đến 2025, tỉnh tiếp nhận nhiều hồ sơ.', ['period 2021-2025']),
    ('period2', 'Từ năm 2021 đến nay, tỉnh tiếp nhận nhiều hồ sơ.', []),
    ('period2', 'Sau 3 năm (2021 - 2023), tỉnh tiếp nhận nhiều hồ sơ.', ['period 2021-2023']),
    ('qty3', 'Trong năm, tỉnh đã tiếp nhận và giải quyết 8.765 hồ sơ thủ tục hành chính.', ['qty 8765 hồ sơ thủ tục hành chính']),
    ('qty3', 'Bộ phận một cửa tiếp nhận 456 hồ sơ, trong đó 420 hồ sơ trực tuyến.', ['qty 456 hồ sơ', 'qty 420 hồ sơ trực tuyến']),
    ('qty3', 'Có 18 sở, ngành và 9 huyện tham gia đánh giá.', ['qty 18 sở', 'qty 9 huyện']),
    ('qty3', 'Tỉnh đã thành lập 1.021 tổ công nghệ số cộng đồng với 5.678 thành viên.', ['qty 1021 tổ công nghệ số cộng đồng', 'qty 5678 thành viên']),
    ('qty3', 'Toàn tỉnh có 12.345 hộ gia đình được cấp mã địa chỉ số.', ['qty 12345 hộ gia đình']),
    ('qty3', 'Có 27 thủ tục hành chính liên thông được triển khai.', ['qty 27 thủ tục hành chính liên thông']),
    ('qty3', 'Đã cấp 980 chữ ký số cho cán bộ.', ['qty 980 chữ ký số']),
    ('qty3', 'Có 65 cơ sở dữ liệu chuyên ngành được kết nối.', ['qty 65 cơ sở dữ liệu chuyên ngành']),
    ('qty3', 'Tỉnh đã xử lý 1.200 phản ánh, kiến nghị của người dân.', ['qty 1200 phản ánh']),
    ('qty3', 'Có 3.456 người dân sử dụng ứng dụng VNeID.', ['qty 3456 người dân']),
    ('qty3', 'Có 45 doanh nghiệp tham gia sàn thương mại điện tử.', ['qty 45 doanh nghiệp']),
    ('qty3', 'Có 98 xã đạt chuẩn nông thôn mới.', ['qty 98 xã']),
    ('qty3', 'Có 14 huyện hoàn thành sắp xếp đơn vị hành chính.', ['qty 14 huyện']),
    ('qty3', 'Có 30 cơ quan thực hiện tốt công tác này.', ['qty 30 cơ quan']),
    ('qty3', 'Có 7 đơn vị bị đánh giá chưa đạt.', ['qty 7 đơn vị']),
    ('qty3', 'Có 12 cán bộ được khen thưởng.', ['qty 12 cán bộ']),
    ('qty3', 'Có 40 xã trên địa bàn tỉnh đã triển khai.', ['qty 40 xã']),
    ('qty3', 'Có 52 hồ sơ quá hạn cần xử lý.', ['qty 52 hồ sơ quá hạn']),
    ('qty3', 'Có 150 dịch vụ công được tích hợp lên Cổng dịch vụ công quốc gia.', ['qty 150 dịch vụ công']),
    ('date3', 'Hội nghị diễn ra vào ngày 15/8/2024 tại Hà Nội.', ['date 2024-08-15 day']),
    ('date3', 'Hạn chót nộp hồ sơ là ngày 31/10/2024.', ['date 2024-10-31 day']),
    ('date3', 'Đợt khảo sát từ tháng 5 đến tháng 7 năm 2024.', ['date 2024-05 month', 'date 2024-07 month']),
    ('date3', 'Số liệu tính đến ngày 30/6/2024.', ['date 2024-06-30 day']),
    ('date3', 'Số liệu tính đến 30/6/2024.', ['date 2024-06-30 day']),
    ('date3', 'Trong các tháng 7, 8 và 9/2024, tỉnh tổ chức kiểm tra.', ['date 2024-07 month', 'date 2024-08 month', 'date 2024-09 month']),
    ('date3', 'Sáng nay (5/3/2024), hội nghị khai mạc.', ['date 2024-03-05 day']),
    ('date3', 'Đầu tháng 4/2024, tỉnh tổ chức hội nghị.', ['date 2024-04 month']),
    ('date3', 'Cuối tháng 9/2024, tỉnh tổ chức hội nghị.', ['date 2024-09 month']),
    ('date3', 'Giữa tháng 9/2024, tỉnh tổ chức hội nghị.', ['date 2024-09 month']),
    ('date3', 'Từ 01/01/2024 đến 31/12/2024, tỉnh tiếp nhận 10.000 hồ sơ.', ['date 2024-01-01 day', 'date 2024-12-31 day', 'qty 10000 hồ sơ']),
    ('date3', 'Trong 6 tháng đầu năm 2024, tỉnh tiếp nhận 10.000 hồ sơ.', ['qty 10000 hồ sơ']),
    ('period3', 'Giai đoạn I (2021-2023) đã hoàn thành.', ['period 2021-2023']),
    ('period3', 'Chiến lược phát triển giai đoạn 2026 - 2030 được xây dựng.', ['period 2026-2030']),
    ('period3', 'Trong 5 năm (2016-2020), tỉnh đạt nhiều kết quả.', ['period 2016-2020']),
    ('pct3', 'Tỷ lệ hồ sơ trực tuyến của tỉnh là 45,6% (cả nước 40%).', ['pct 45.6 eq', 'pct 40 eq']),
    ('pct3', 'Tỷ lệ hồ sơ trực tuyến của tỉnh là 45,6%, cao nhất từ trước đến nay.', ['pct 45.6 eq']),
    ('pct3', 'Có 87% người được hỏi cho biết họ hài lòng.', ['pct 87 eq']),
    ('pct3', 'Mức độ hài lòng bình quân đạt 88,21 %.', ['pct 88.21 eq']),
    ('tgt3', 'Phấn đấu 100% xã, phường, thị trấn có điểm truy cập Internet công cộng.', ['tgt 100 % eq -']),
    ('tgt3', 'Phấn đấu đến năm 2025 giảm 20% số lượng thủ tục hành chính.', ['tgt 20 % eq 2025']),
    ('tgt3', 'Phấn đấu hết quý II/2024, 50% hồ sơ được thanh toán trực tuyến.', ['tgt 50 % eq 2024-Q2', 'date 2024-Q2 quarter']),
    ('tgt3', 'Phấn đấu đến tháng 9/2024, 100% xã có chữ ký số.', ['tgt 100 % eq 2024-09', 'date 2024-09 month']),
    ('ratio', 'Có 3/5 tỉnh vùng Tây Nguyên đạt trên 90%.', ['ratio 3/5 tỉnh', 'pct 90 gt']),
    ('qty', 'Năm tỉnh Tây Nguyên cùng ký kết chương trình phối hợp.', ['qty 5 tỉnh']),
]


@pytest.mark.parametrize("kind, text, expected", PROBES, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(PROBES)])
def test_probe(kind, text, expected):
    assert found(text) == sorted(expected)


# ---- counter-examples of the rules these probes led to ----------------------------------------

@pytest.mark.parametrize("text, unit", [
    ("Ngày 22/4 sẽ diễn ra 4 trận đấu cuối cùng của bảng.", "trận đấu cuối cùng"),  # "cùng" inside "cuối cùng"
    ("Ứng dụng có 1.000 người sử dụng.", "người sử dụng"),  # "sử dụng" inside "người sử dụng"
    ("Bị can làm giả 2 giấy chứng nhận quyền sử dụng đất.", "giấy chứng nhận quyền sử dụng đất"),
    ("Đơn vị huy động 1 cần cẩu để cứu hộ.", "cần cẩu"),  # "cần" opening "cần cẩu"
    ("Nền tảng đáp ứng 600 triệu lượt sử dụng mỗi năm.", "triệu lượt sử dụng"),
    ("Tỉnh có 12 xã vùng sâu được hỗ trợ.", "xã vùng sâu"),  # "vùng" before no name
    ("Tỉnh có 02 Trung tâm Phục vụ hành chính công.", "Trung tâm Phục vụ hành chính công"),  # a name is the unit itself
])
def test_enders_and_names_keep_compounds(text, unit):
    assert [f.unit for f in facts_of(text, "quantity")] == [unit]


@pytest.mark.parametrize("text", [
    "Cả hai quyết định ly hôn sau nhiều năm chung sống.",  # a verb, no counted noun
    "Năm kế hoạch 2024, tỉnh đạt nhiều kết quả.",  # the plan year
    "Trong năm kế hoạch, tỉnh chú trọng cải cách hành chính.",
])
def test_spelled_numbers_before_words_that_are_no_counted_nouns(text):
    assert facts_of(text, "quantity") == []


@pytest.mark.parametrize("text", [
    "Kết quả, tỷ lệ đạt 95%, vượt kế hoạch đặt ra.",
    "Kế hoạch đặt ra nhiều nhiệm vụ, trong đó tỷ lệ hồ sơ đạt 90%.",
    "Theo quy định, Luật yêu cầu bảo đảm 100% hồ sơ được công khai.",
    "Kế hoạch đặt ra: năm 2023 tỉnh đã đạt 90% hồ sơ trực tuyến.",
])
def test_plan_and_demand_words_that_state_no_goal(text):
    assert facts_of(text, "target") == []
    assert len(facts_of(text, "percentage")) == 1


def test_a_month_or_quarter_outside_a_goal_is_no_deadline_and_a_result_keeps_its_date():
    text = "Trong quý III/2024, tỷ lệ hồ sơ trực tuyến đạt 60%."
    assert found(text) == ["date 2024-Q3 quarter", "pct 60 eq"]
    text = "Trong tháng 6/2024, tỉnh tiếp nhận 1.200 hồ sơ."
    assert found(text) == ["date 2024-06 month", "qty 1200 hồ sơ"]


def test_a_bare_dash_day_range_without_its_month_is_no_date():
    assert [f for f in facts_of("Tỷ số chung cuộc 5-6 sau loạt sút luân lưu.") if f.type == "date"] == []
