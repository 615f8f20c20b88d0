/**
 * Header layouts a planner meets: the seed documents' phrasing, GSO release tables, English
 * headers, headers without diacritics, and the three department layouts of issue 5.
 * Each case states the roles and operands a person reads from the header.
 */
import { detect, operands, roles, type Rows } from "./layout-support";

interface Layout {
  name: string;
  rows: Rows;
  roles: string;
  operands: Record<string, string>;
  merges?: { row: number; col: number; rows: number; cols: number }[];
}


const LAYOUTS: Layout[] = [
  // --- Seed documents' phrasing (Trà Vinh and Đồng Tháp reports) ---
  {
    name: "seed: KH năm 2020 | Ước TH 6 tháng 2020 | % so KH | So cùng kỳ (%)",
    rows: [
      ["TT", "Sản phẩm", "ĐVT", "KH năm 2020", "TH 6 tháng 2019", "Ước TH 6 tháng 2020", "% so KH", "So cùng kỳ (%)"],
      [1, "Thủy sản đông lạnh", "Tấn", 10500, 3371, 5268, null, null],
      [2, "Nước sinh hoạt", "Triệu m3", 25.5, 12.9, 17.1, null, null],
    ],
    roles: "A:label B:label C:unit D:plan E:prior F:cumulative G:comparison H:comparison",
    operands: { G: "F/D index", H: "F/E index" },
  },
  {
    name: "seed: months in words (Sáu tháng 2019, Sáu tháng 2020), Tỷ lệ đạt, Tăng/giảm",
    rows: [
      ["Chỉ tiêu", "Kế hoạch năm 2020", "Sáu tháng 2019", "Sáu tháng 2020", "Tỷ lệ đạt (%)", "Tăng/giảm so cùng kỳ (%)"],
      ["Giá trị sản xuất công nghiệp", 45400, 17111, 19125.44, null, null],
      ["Tổng mức bán lẻ", 36000, 16500, 15997, null, null],
    ],
    roles: "A:label B:plan C:prior D:cumulative E:comparison F:comparison",
    operands: { E: "D/B index", F: "D/C growth" },
  },
  {
    name: "seed: Kế hoạch năm 2021 | Thực hiện năm 2021 | Thực hiện năm 2020 | So với kế hoạch | So với năm 2020",
    rows: [
      ["Chỉ tiêu", "ĐVT", "Kế hoạch năm 2021", "Thực hiện năm 2020", "Thực hiện năm 2021", "So với kế hoạch (%)", "So với năm 2020 (%)"],
      ["Tổng mức bán lẻ", "Tỷ đồng", 36000, 33540, 31910.47, null, null],
      ["Tỷ lệ hộ sử dụng điện", "%", 99.2, 99.1, 99.25, null, null],
    ],
    roles: "A:label B:unit C:plan D:prior E:actual F:comparison G:comparison",
    operands: { F: "E/C index", G: "E/D index" },
  },
  {
    name: "seed: Dự toán năm 2021 | Ước thực hiện năm 2021 | Đạt % so chỉ tiêu dự toán",
    rows: [
      ["Nội dung", "Dự toán năm 2021", "Ước thực hiện năm 2021", "Đạt % so chỉ tiêu dự toán"],
      ["Thu ngân sách nhà nước", 7829000, 6790000, null],
    ],
    roles: "A:label B:plan C:actual D:comparison",
    operands: { D: "C/B index" },
  },
  {
    name: "seed: Mười một tháng đầu năm 2021 vs cùng kỳ",
    rows: [
      ["Chỉ tiêu", "Mười một tháng đầu năm 2020", "Mười một tháng đầu năm 2021", "So cùng kỳ năm 2020 (%)"],
      ["Số vụ kiểm tra", 1100, 1016, null],
    ],
    roles: "A:label B:prior C:cumulative D:comparison",
    operands: { D: "C/B index" },
  },
  {
    name: "seed: Dự ước cả năm 2020 | đạt ... kế hoạch (percent cells)",
    rows: [
      ["Sản phẩm", "Kế hoạch 2020", "Dự ước cả năm 2020", "Đạt so với kế hoạch"],
      ["Thuốc viên các loại (triệu viên)", 1200, 1200, { v: 1, f: "0.00%" } as never],
      ["Điện sản xuất (tỷ Kwh)", 18, 21.4, { v: 1.19, f: "0.00%" } as never],
    ],
    roles: "A:label B:plan C:actual D:comparison",
    operands: { D: "C/B percent" },
  },
  // --- GSO release tables ---
  {
    name: "GSO: Thực hiện cùng kỳ năm trước | Thực hiện kỳ này | ... so với cùng kỳ năm trước (%), line breaks",
    rows: [
      ["1. Sản xuất nông nghiệp đến ngày 20 tháng 02 năm 2025"],
      [],
      [null, null, null, null, "Nghìn ha"],
      [null, null, "Thực hiện cùng\nkỳ năm trước", "Thực hiện \nkỳ này", "Thực hiện kỳ này\nso với cùng kỳ\nnăm trước (%)"],
      [],
      ["Gieo cấy lúa đông xuân", null, 2644.9, 2756.1, null],
      [null, "Miền Bắc", 761.0, 852.4, null],
    ],
    roles: "A:label B:label C:prior D:actual E:comparison",
    operands: { E: "D/C index" },
  },
  {
    name: "GSO: months and years over five header rows, year cells as numbers, merged 'so với (%)'",
    rows: [
      [null, "Tháng 01", "Tháng 02", "02 tháng", "Tháng 02 năm 2025", null, "02 tháng", null, "Tháng 02", "02 tháng"],
      [null, "năm", "năm", "năm", "so với (%)", null, "năm 2025", null, "năm", "năm"],
      [null, 2025, 2025, 2025, "Tháng 01", "Tháng 02", "so với", null, 2024, 2024],
      [null, null, null, null, "năm", "năm", "cùng kỳ năm", null, null, null],
      [null, null, null, null, 2025, 2024, "2024 (%)", null, null, null],
      [],
      ["Doanh nghiệp đăng ký thành lập mới (DN)", 10653, 10128, 20781, null, null, null, null, 7538, 22817],
      ["Vốn đăng ký (Tỷ đồng)", 94064.6, 136383, 230448, null, null, null, null, 64753.6, 219765.6],
    ],
    merges: [{ row: 0, col: 4, rows: 1, cols: 2 }, { row: 1, col: 4, rows: 1, cols: 2 }],
    roles: "A:label B:previous C:actual D:cumulative E:comparison F:comparison G:comparison I:prior J:prior",
    operands: { E: "C/B index", F: "C/I index", G: "D/J index" },
  },
  {
    name: "GSO: Cơ cấu (%) share of the TỔNG SỐ row",
    rows: [
      [null, null, "Sơ bộ", "Ước tính", "Ước tính", null, "Tháng 12 ", "Năm 2024"],
      [null, null, "tháng 11", "tháng 12", "năm 2024", null, "năm 2024", "so với"],
      [null, null, "năm", "năm", "Tổng", "Cơ", "so với cùng", "năm 2023"],
      [null, null, 2024, 2024, "mức", "cấu (%)", "kỳ năm ", "(%)"],
      [null, null, null, null, null, null, "trước (%)", null],
      [],
      ["TỔNG SỐ", null, 559992.6, 570734, 6391002.5, 100, 109.3, 109.0],
      [null, "Bán lẻ hàng hóa", 429042.7, 435747.3, 4921698.2, 77.0, 109.0, 108.3],
      [null, "Du lịch lữ hành", 5281.9, 5308.8, 62459, 0.98, 109.9, 116.0],
    ],
    merges: [{ row: 0, col: 4, rows: 1, cols: 2 }, { row: 1, col: 4, rows: 1, cols: 2 }],
    roles: "A:label B:label C:previous D:actual E:cumulative F:share G:comparison H:comparison",
    operands: { F: "E/$7 index", G: "D/? index", H: "E/? index" },
  },
  {
    name: "GSO: Năm 2023 | Ước tính năm 2024 | Năm 2024 so với năm 2023 (%), sections",
    rows: [
      [null, "Năm 2023", "Ước tính\nnăm 2024", "Năm 2024 so\nvới năm 2023 (%)"],
      [],
      ["Diện tích gieo trồng (Nghìn ha)"],
      ["          Chè", 122.42, 121.85, null],
      ["          Cà phê", 718.55, 730.47, null],
    ],
    roles: "A:label B:prior C:actual D:comparison",
    operands: { D: "C/B index" },
  },
  {
    name: "GSO: Lượng / Trị giá under merged period titles, last year in the table",
    rows: [
      [null, null, "Sơ bộ", null, null, "Tháng 02 năm 2024", null, null, "Tháng 02 năm 2025", null],
      [null, null, "tháng 02 năm 2025", null, null, null, null, null, "so với cùng kỳ năm trước (%)", null],
      [null, null, "Lượng", "Trị giá", null, "Lượng", "Trị giá", null, "Lượng", "Trị giá"],
      [],
      ["TỔNG TRỊ GIÁ", null, null, 31109.3, null, null, 24755.6, null, null, null],
      [null, "Thủy sản", null, 655.0, null, null, 453.2, null, null, null],
      [null, "Gạo", 735.2, 452.0, null, 620.4, 420.1, null, null, null],
    ],
    merges: [{ row: 0, col: 2, rows: 1, cols: 2 }, { row: 1, col: 2, rows: 1, cols: 2 }, { row: 0, col: 5, rows: 2, cols: 2 }, { row: 0, col: 8, rows: 1, cols: 2 }, { row: 1, col: 8, rows: 1, cols: 2 }],
    roles: "A:label B:label C:actual D:actual F:prior G:prior I:comparison J:comparison",
    operands: { I: "C/F index", J: "D/G index" },
  },
  {
    name: "GSO: group title written once over unmerged sub-headers (Năm 2023 | Số DN, Vốn)",
    rows: [
      [null, null, "Năm 2024", null, null, "Năm 2024 so với năm 2023 (%)", null, null, "Năm 2023", null],
      [null, null, "Số DN", "Vốn đăng ký", null, "Số doanh nghiệp", "Vốn đăng ký", null, "Số DN", "Vốn đăng ký"],
      [],
      ["TỔNG SỐ", null, 157240, 1547031.8, null, null, null, null, 159452, 1575793.8],
      [null, "Khai khoáng", 685, 19209.3, null, null, null, null, 802, 19261.9],
    ],
    merges: [{ row: 0, col: 2, rows: 1, cols: 2 }, { row: 0, col: 5, rows: 1, cols: 2 }],
    roles: "A:label B:label C:actual D:actual F:comparison G:comparison I:prior J:prior",
    operands: { F: "C/I index", G: "D/J index" },
  },
  {
    name: "GSO: 'So với cùng kỳ năm trước (%)' over quarter sub-headers, last year's quarters present",
    rows: [
      [null, "Quý III năm 2023", "Quý III năm 2024", "Quý IV năm 2023", "Quý IV năm 2024", "So với cùng kỳ năm trước (%)", null],
      [null, null, null, null, null, "Quý III năm 2024", "Quý IV năm 2024"],
      ["Vận chuyển (Nghìn tấn)", 574700, 671770.5, 656200, 740018.2, null, null],
    ],
    merges: [{ row: 0, col: 5, rows: 1, cols: 2 }],
    roles: "A:label B:prior C:previous D:prior E:actual F:comparison G:comparison",
    operands: { F: "C/B index", G: "E/D index" },
  },
  {
    name: "GSO: index columns whose bases are published elsewhere (IIP)",
    rows: [
      [null, "Tháng 01", "Tháng 02", "2 tháng"],
      [null, "năm 2025", "năm 2025", "năm 2025"],
      [null, "so với", "so với", "so với"],
      [null, "cùng kỳ", "tháng ", "cùng kỳ "],
      [null, "năm trước", "trước", "năm trước"],
      [],
      ["Toàn ngành công nghiệp", 99.04, 97.77, 107.24],
    ],
    roles: "A:label B:comparison C:comparison D:comparison",
    operands: { B: "?/? index", C: "?/? index", D: "?/? index" },
  },
  // --- English headers ---
  {
    name: "English: No. | Indicator | Unit | Plan 2025 | Same period 2024 | Actual Q1 2025 | % of plan | vs same period (%)",
    rows: [
      ["No.", "Indicator", "Unit", "Plan 2025", "Same period 2024", "Actual Q1 2025", "% of plan", "vs same period (%)"],
      [1, "Industrial output", "VND bn", 50000, 11000, 12000, null, null],
    ],
    roles: "A:label B:label C:unit D:plan E:prior F:actual G:comparison H:comparison",
    operands: { G: "F/D index", H: "F/E index" },
  },
  {
    name: "English: Item | Target | Actual | Achievement (%)",
    rows: [
      ["Item", "Target", "Actual", "Achievement (%)"],
      ["Exports", 800, 420, null],
    ],
    roles: "A:label B:plan C:actual D:comparison",
    operands: { D: "C/B index" },
  },
  {
    name: "English: Previous month | This month | Year to date | Same period last year (YTD) | comparisons",
    rows: [
      ["Indicator", "Previous month", "This month", "Year to date", "Same period last year (YTD)", "Month vs previous month (%)", "YTD vs same period (%)"],
      ["Retail sales", 575830, 561673, 1137503, 1039520, null, null],
    ],
    roles: "A:label B:previous C:actual D:cumulative E:prior F:comparison G:comparison",
    operands: { F: "C/B index", G: "D/E index" },
  },
  {
    name: "English: Budget | Estimate | Last year | Growth vs last year (%)",
    rows: [
      ["Indicator", "Budget", "Estimate", "Last year", "Growth vs last year (%)"],
      ["Revenue", 7829, 6790, 7100, -4.4],
    ],
    roles: "A:label B:plan C:actual D:prior E:comparison",
    operands: { E: "C/D growth" },
  },
  // --- Without diacritics, any case ---
  {
    name: "no diacritics: STT | Chi tieu | DVT | Ke hoach nam | Thuc hien | Ty le dat (%)",
    rows: [
      ["STT", "Chi tieu", "DVT", "Ke hoach nam", "Thuc hien", "Ty le dat (%)"],
      [1, "Gia tri san xuat", "Ty dong", 45400, 19125.44, null],
    ],
    roles: "A:label B:label C:unit D:plan E:actual F:comparison",
    operands: { F: "E/D index" },
  },
  {
    name: "no diacritics: bare 'So cung ky' is a comparison",
    rows: [
      ["TT", "Chi tieu", "Cung ky", "Thuc hien", "So cung ky (%)"],
      [1, "Dien thuong pham", 510, 540.8, null],
    ],
    roles: "A:label B:label C:prior D:actual E:comparison",
    operands: { E: "D/C index" },
  },
  {
    name: "no diacritics, upper case: CHI TIEU | KH NAM 2025 | LUY KE | SO KH (%)",
    rows: [
      ["CHI TIEU", "KH NAM 2025", "LUY KE", "SO KH (%)"],
      ["XUAT KHAU", 800, 420, null],
    ],
    roles: "A:label B:plan C:cumulative D:comparison",
    operands: { D: "C/B index" },
  },
  {
    name: "no diacritics: 'So DN' (Số DN) is not a comparison",
    rows: [
      ["Nganh", "So DN nam 2024", "So DN nam 2025", "Nam 2025 so voi nam 2024 (%)"],
      ["Cong nghiep", 4922, 7661, null],
    ],
    roles: "A:label B:prior C:actual D:comparison",
    operands: { D: "C/B index" },
  },
  {
    name: "upper case with diacritics and abbreviations: CHỈ TIÊU | KH | ƯTH | TH/KH (%)",
    rows: [
      ["CHỈ TIÊU", "ĐVT", "KH", "ƯTH", "TH/KH (%)"],
      ["SẢN LƯỢNG ĐIỆN", "TRIỆU KWH", 1500, 760, null],
    ],
    roles: "A:label B:unit C:plan D:actual E:comparison",
    operands: { E: "D/C index" },
  },
  // --- The three department layouts of issue 5 ---
  {
    name: "department 1: production tracking, 'So cùng kỳ' stored as a coefficient, no prior column",
    rows: [
      ["TT", "Chỉ tiêu – Sản phẩm", "ĐVT", "Kế hoạch năm", "SX tháng trước", "SX trong tháng", "Tiêu thụ trong tháng", "Tồn kho cuối tháng", "So với SX tháng trước", "Lũy kế đến tháng BC", "So với KH năm", "So cùng kỳ năm trước", "KH tháng sau"],
      [1, "Gạch nung", "Triệu viên", 120, 9.5, 10.2, 9.8, 1.1, null, 55.3, null, 1.05, 10.5],
      [2, "Nước đá", "Tấn", 36000, 3100, 3050, 3050, 0, null, 17400, null, 0.97, 3000],
    ],
    roles: "A:label B:label C:unit D:plan E:previous F:actual G:other H:other I:comparison J:cumulative K:comparison L:comparison M:plan",
    operands: { I: "F/E coefficient", K: "J/D coefficient", L: "F/? coefficient" },
  },
  {
    name: "department 2: STT | Chỉ tiêu | Đơn vị | Cùng kỳ | Lũy kế cùng kỳ | KH năm | TH tháng trước | TH tháng | Lũy kế | 4 comparisons",
    rows: [
      ["STT", "Chỉ tiêu", "Đơn vị", "Cùng kỳ", "Lũy kế cùng kỳ", "Kế hoạch năm", "TH tháng trước", "TH tháng", "Lũy kế", "TH so tháng trước", "TH so cùng kỳ", "Lũy kế so cùng kỳ", "Lũy kế so KH"],
      [1, "Giá trị SXCN", "Tỷ đồng", 3500, 19000, 45000, 3600, 3800, 19125.44, null, null, null, null],
    ],
    roles: "A:label B:label C:unit D:prior E:prior F:plan G:previous H:actual I:cumulative J:comparison K:comparison L:comparison M:comparison",
    operands: { J: "H/G percent", K: "H/D percent", L: "I/E percent", M: "I/F percent" },
  },
  {
    name: "department 3: TT | Chỉ tiêu | ĐVT | Mục tiêu 2026 | Thực hiện trong kỳ | Luỹ kế từ đầu năm | % so mục tiêu | So cùng kỳ 2025 | Nguồn số liệu",
    rows: [
      ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu 2026", "Thực hiện trong kỳ", "Luỹ kế từ đầu năm", "% so mục tiêu", "So cùng kỳ 2025", "Nguồn số liệu"],
      [1, "Tỷ lệ hộ sử dụng điện", "%", 99.5, 99.3, 99.3, null, null, "Điện lực"],
      [2, "Kim ngạch xuất khẩu", "Triệu USD", 1200, 110, 230, null, null, "Cục Thống kê"],
    ],
    roles: "A:label B:label C:unit D:plan E:actual F:cumulative G:comparison H:comparison I:source",
    operands: { G: "F/D index", H: "E/? index" },
  },
  // --- Other forms seen in templates ---
  {
    name: "column-number row with '4=3/2' naming the operands",
    rows: [
      ["STT", "Chỉ tiêu", "Năm trước", "Năm nay", "So sánh (%)"],
      ["A", "B", 1, 2, "3=2/1"],
      [1, "Doanh thu", 100, 112, null],
    ],
    roles: "A:label B:label C:prior D:actual E:comparison",
    operands: { E: "D/C index" },
  },
  {
    name: "unit line 'Đơn vị tính: tỷ đồng', title and blank line above the table",
    rows: [
      ["Phụ lục 1. KẾT QUẢ THỰC HIỆN CHỈ TIÊU"],
      [],
      ["Đơn vị tính: tỷ đồng"],
      ["Chỉ tiêu", "Kế hoạch năm 2021", "Thực hiện 6 tháng 2021", "So KH (%)"],
      ["Giá trị sản xuất công nghiệp", 45400, 19125.44, null],
    ],
    roles: "A:label B:plan C:cumulative D:comparison",
    operands: { D: "C/B index" },
  },
  {
    name: "growth column 'Tăng/giảm (%)' with negative figures",
    rows: [
      ["Chỉ tiêu", "Cùng kỳ năm trước", "Thực hiện kỳ này", "Tăng/giảm (%)"],
      ["Tổng mức bán lẻ", 17232, 15997, -7.17],
      ["Xuất khẩu", 256, 270, 5.47],
    ],
    roles: "A:label B:prior C:actual D:comparison",
    operands: { D: "C/B growth" },
  },
  {
    name: "vague 'So sánh (%)' resolved from the existing formulas",
    rows: [
      ["Chỉ tiêu", "Năm 2020", "Năm 2021", "So sánh (%)"],
      ["Doanh thu", 100, 112, "=C2/B2*100"],
      ["Lợi nhuận", 20, 25, "=C3/B3*100"],
    ],
    roles: "A:label B:prior C:actual D:comparison",
    operands: { D: "C/B index" },
  },
  {
    name: "merged two-row header (Office-style, value only in the top-left cell)",
    rows: [
      ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", null],
      [null, null, null, "Lũy kế", "So KH (%)"],
      [1, "Điện thương phẩm", 1130, 540.8, null],
    ],
    merges: [{ row: 0, col: 0, rows: 2, cols: 1 }, { row: 0, col: 1, rows: 2, cols: 1 }, { row: 0, col: 2, rows: 2, cols: 1 }, { row: 0, col: 3, rows: 1, cols: 2 }],
    roles: "A:label B:label C:plan D:cumulative E:comparison",
    operands: { E: "D/C index" },
  },
  {
    name: "quarters: Quý I năm 2024 | Quý I năm 2025 | So cùng kỳ (%)",
    rows: [
      ["Chỉ tiêu", "Quý I năm 2024", "Quý I năm 2025", "So cùng kỳ (%)"],
      ["Vốn đầu tư", 145019.7, 160120.3, null],
    ],
    roles: "A:label B:prior C:actual D:comparison",
    operands: { D: "C/B index" },
  },
  {
    name: "Mục tiêu Nghị quyết | Ước thực hiện | Đạt % mục tiêu, with sections and ditto units",
    rows: [
      ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu Nghị quyết", "Ước thực hiện", "Đạt % mục tiêu"],
      ["I", "Công nghiệp", null, null, null, null],
      [1, "Giá trị sản xuất", "Tỷ đồng", 61000, 61005, null],
      [2, "Giá trị tăng thêm", '"', 21000, 20100, null],
    ],
    roles: "A:label B:label C:unit D:plan E:actual F:comparison",
    operands: { F: "E/D index" },
  },
];

describe.each(LAYOUTS)("$name", (l) => {
  it("reads roles and operands as a person would", () => {
    const rows = l.rows.map((r) => r.map((v) => (v && typeof v === "object" ? (v as { v: number }).v : v)));
    let grid;
    if (l.rows.some((r) => r.some((v) => v && typeof v === "object"))) {
      grid = {
        rows: l.rows.map((r) =>
          r.map((v) => (v === null || v === undefined ? null : v && typeof v === "object" ? { value: (v as { v: number }).v, numberFormat: (v as { f: string }).f } : { value: v as string | number })),
        ),
        merges: l.merges ?? [],
      };
    }
    const d = detect(rows, { merges: l.merges ?? [], ...(grid ? { grid } : {}) });
    expect(roles(d)).toBe(l.roles);
    expect(operands(d)).toEqual(l.operands);
  });
});

it("covers at least 30 layouts", () => {
  expect(LAYOUTS.length).toBeGreaterThanOrEqual(30);
});

