/**
 * Seed 000: Quyết định 1809/QĐ-UBND (01/9/2021) of UBND tỉnh Trà Vinh, plan to restructure industry to 2025.
 * Stock figures ("đến nay", "hiện nay") are dated by the decision: as of September 2021.
 */
import type { PlanDataset } from "../../../src/core/dataset/types";
import { DatasetBuilder, asOf, range, year, type StatedSpec } from "../lib";

export const SEED = "000_eb2c217ff36e435d.txt";

type Row = [code: string, value: string, unit: string, quote: string, extra?: Partial<StatedSpec>];

export function build(seedText: string): PlanDataset {
  const b = new DatasetBuilder(
    {
      id: "tv-qd1809-2021",
      version: "1.0.0",
      province: "Trà Vinh",
      document: {
        number: "1809/QĐ-UBND",
        date: "2021-09-01",
        issuer: "Ủy ban nhân dân tỉnh Trà Vinh",
        title: "Quyết định ban hành Kế hoạch cơ cấu lại ngành công nghiệp tỉnh Trà Vinh đến năm 2025",
        seedFile: SEED,
      },
      period: range(2021, 2025),
    },
    seedText,
  );
  const now = asOf(9, 2021);
  const stock = (rows: Row[]) => {
    for (const [code, value, unit, quote, extra] of rows) {
      b.stated({ code, kind: "actual", period: now, value, unit, quote, ...extra });
    }
  };

  // I.1 a-b: establishments, economic zone, industrial parks and clusters.
  const ez =
    "Khu kinh tế: trên địa bàn tỉnh có Khu kinh tế Định An diện tích 39.020 ha, đến nay khu kinh tế hoàn thành đưa vào sử dụng Tuyến đường số 1 và 2, cầu C16, triển khai thi công tiến đường số 5, đã thu hút đầu tư được 51 dự án với tổng vốn đầu tư đăng ký đầu tư là 155.404,62 tỷ đồng, trong đó có 03 dự án vốn đầu tư nước ngoài đăng ký là 2.530,3 triệu USD.";
  const longDuc =
    "Khu công nghiệp Long Đức, diện tích 108 ha, tỷ lệ lấp đầy đạt 100%, đến nay đã thu hút đầu tư được 34 dự án với tổng vốn đầu tư đăng ký đầu tư là 3.234,13 tỷ đồng, trong đó có 12 dự án vốn đầu tư nước ngoài đăng ký là 118,86 triệu USD";
  const cauQuan = "Khu công nghiệp Cầu Quan, diện tích 120 ha, tổng vốn đầu tư 632.940.000.000 đồng";
  const coChien =
    "diện tích 199,98 ha, tổng vốn đầu tư khoảng 748.980.000.000 đồng, hiện tỉnh đang hỗ trợ chủ đầu tư đẩy nhanh tiến độ giải phóng mặt bằng";
  const ccn = "Cụm công nghiệp: trên địa bàn tỉnh đã thành lập 04 cụm công nghiệp, tổng diện tích khoảng 104,2 ha";
  stock([
    ["other.industrial-establishments", "10.700", "cơ sở/doanh nghiệp", "đến nay toàn tỉnh có 10.700 cơ sở/doanh nghiệp, chủ yếu là ngành công nghiệp chế biến, chế tạo."],
    ["other.economic-zone.area", "39.020", "ha", ez],
    ["other.economic-zone.projects", "51", "dự án", ez],
    ["other.economic-zone.registered-capital", "155.404,62", "tỷ đồng", ez],
    ["other.economic-zone.fdi-projects", "03", "dự án", ez],
    ["other.economic-zone.fdi-capital", "2.530,3", "triệu USD", ez],
    ["other.industrial-park.long-duc.area", "108", "ha", longDuc],
    ["other.industrial-park.long-duc.occupancy", "100", "%", longDuc],
    ["other.industrial-park.long-duc.projects", "34", "dự án", longDuc],
    ["other.industrial-park.long-duc.registered-capital", "3.234,13", "tỷ đồng", longDuc],
    ["other.industrial-park.long-duc.fdi-projects", "12", "dự án", longDuc],
    ["other.industrial-park.long-duc.fdi-capital", "118,86", "triệu USD", longDuc],
    ["other.industrial-park.cau-quan.area", "120", "ha", cauQuan],
    ["other.industrial-park.cau-quan.capital", "632.940.000.000", "đồng", cauQuan],
    ["other.industrial-park.co-chien.area", "199,98", "ha", coChien],
    ["other.industrial-park.co-chien.capital", "748.980.000.000", "đồng", coChien, { qualifier: "about" }],
    ["other.industrial-clusters", "04", "cụm công nghiệp", ccn],
    ["other.industrial-clusters.area", "104,2", "ha", ccn, { qualifier: "about" }],
  ]);

  // Power supply, with footnote 1 (the four Duyên Hải plants).
  const dh = "Trung tâm Điện lực Duyên Hải, với 4 nhà máy⁽¹⁾, tổng công suất 4.498 MW";
  const grid =
    "Toàn tỉnh có 2.808,72km đường dây trung thế; 5.321,44 km đường dây hạ thế và 6.201 trạm biến thế (tổng dung lượng 521.756kVA)";
  stock([
    ["other.power.duyen-hai.capacity", "4.498", "MW", dh],
    ["other.power.duyen-hai-1.capacity", "1.245", "MW", "Nhà máy nhiệt điện Duyên Hải 1: 1.245 MW"],
    ["other.power.duyen-hai-3.capacity", "1.245", "MW", "Duyên Hải 3: 1.245 MW và Duyên Hải 3 mở rộng"],
    ["other.power.duyen-hai-3-ext.capacity", "688", "MW", "Duyên Hải 3 mở rộng: 688 MW"],
    ["other.power.duyen-hai-2.capacity", "1.320", "MW", "BOT Duyên Hải 2: 1.320MW."],
    ["other.power.solar-trung-nam.capacity", "140", "MW", "Trung Nam Trà Vinh, công suất 140 MW"],
    ["other.substations-110kv", "03", "trạm biến áp", "03 trạm biến áp trung gian 110/22kV (Trà Vinh, Duyên Trà, Cầu Kè) với tổng dung lượng 200MVA"],
    ["other.substation-110kv-capacity", "200", "MVA", "03 trạm biến áp trung gian 110/22kV (Trà Vinh, Duyên Trà, Cầu Kè) với tổng dung lượng 200MVA"],
    ["other.medium-voltage-lines", "2.808,72", "km", grid],
    ["other.low-voltage-lines", "5.321,44", "km", grid],
    ["other.transformer-stations", "6.201", "trạm biến thế", grid],
    ["other.transformer-capacity", "521.756", "kVA", grid],
    ["other.power.wind.projects", "05", "dự án", "đang triển khai 05 dự án điện gió với tổng công suất 322MW"],
    ["other.power.wind.capacity", "322", "MW", "đang triển khai 05 dự án điện gió với tổng công suất 322MW"],
  ]);

  // Industrial production value 2020 and its structure.
  const ipv =
    "Về giá trị sản xuất công nghiệp: năm 2020 đạt 44.164 tỷ đồng (các sản phẩm chủ yếu như: thủy sản đông lạnh, than hoạt tính, thuốc viên các loại, may mặc, hóa chất, gạo, dây dẫn điện dùng trong ngành ô tô, túi xách, giày thành phẩm, điện năng,...) bình quân giai đoạn (2016 - 2020) tăng 23,5%.";
  const y2020 = year(2020);
  b.stated({ code: "main.industrial-production-value", kind: "actual", period: y2020, value: "44.164", unit: "tỷ đồng", quote: ipv, basis: "n/a" });
  b.stated({ code: "growth.industrial-production-value", kind: "actual", period: range(2016, 2020), value: "23,5", unit: "%", growth: "23,5", quote: ipv });
  const shares: Array<[string, string, string]> = [
    ["structure.ipv.mining", "0,029", "ngành khai khoáng chiếm 0,029%"],
    ["structure.ipv.manufacturing", "38,94", "ngành công nghiệp chế biến, chế tạo chiếm 38,94%"],
    ["structure.ipv.electricity", "60,43", "ngành công nghiệp sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí chiếm 60,43%"],
    ["structure.ipv.water", "0,59", "ngành cung cấp nước, quản lý và xử lý rác thải, nước thải chiếm 0,59%"],
  ];
  for (const [code, value, quote] of shares) {
    b.stated({ code, kind: "actual", period: y2020, value, unit: "%", share: value, quote });
  }

  // I.2: trade infrastructure, retail sales 2020 and its structure, exports 2011-2020.
  const infra =
    "hiện nay, trên địa bàn tỉnh có 02 trung tâm thương mại (trung tâm thương mại VinCom, trung tâm thương mại và siêu thị bán lẻ GO - Trà Vinh), 07 siêu thị (03 siêu thị chuyên doanh và 04 siêu thị tổng hợp); 24 cửa hàng tiện lợi; 04 máy bán hàng tự động; 116 chợ (02 chợ hạng I, 09 chợ hạng II, 105 chợ hạng III), trong đó doanh nghiệp và hợp tác xã quản lý 21 chợ, hộ kinh doanh quản lý 04 chợ, Ban quản lý và UBND cấp xã trực tiếp quản lý 91 chợ";
  const fuel =
    "322 cửa hàng bán lẻ xăng dầu với sức chứa khoảng 9.660m³; 11 thương nhân phân phối xăng dầu và 01 tổng đại lý kinh doanh xăng dầu; 03 kho xăng dầu với tổng dung tích 8.600m³; 05 thương nhân kinh doanh mua bán khí và 01 Đại lý LPG";
  stock([
    ["other.commercial-centres", "02", "trung tâm thương mại", infra],
    ["other.supermarkets", "07", "siêu thị", infra],
    ["other.convenience-stores", "24", "cửa hàng", infra],
    ["other.vending-machines", "04", "máy", infra],
    ["other.markets", "116", "chợ", infra],
    ["other.markets.class-1", "02", "chợ", infra],
    ["other.markets.class-2", "09", "chợ", infra],
    ["other.markets.class-3", "105", "chợ", infra],
    ["other.markets.run-by-enterprises", "21", "chợ", infra],
    ["other.markets.run-by-households", "04", "chợ", infra],
    ["other.markets.run-by-authorities", "91", "chợ", infra],
    ["other.fuel-stations", "322", "cửa hàng", fuel],
    ["other.fuel-stations.capacity", "9.660", "m³", fuel, { qualifier: "about" }],
    ["other.fuel-distributors", "11", "thương nhân", fuel],
    ["other.fuel-depots", "03", "kho", fuel],
    ["other.fuel-depots.capacity", "8.600", "m³", fuel],
    ["other.lpg-traders", "05", "thương nhân", fuel],
    ["other.supermarkets.specialised", "03", "siêu thị", infra],
    ["other.supermarkets.general", "04", "siêu thị", infra],
    ["other.lpg-filling-stations", "01", "trạm", "05 thương nhân kinh doanh mua bán khí và 01 Đại lý LPG; 01 trạm chiết nạp LPG."],
  ]);
  const retail =
    "năm 2020, tổng mức lưu chuyển hàng hóa bán lẻ và dịch vụ đạt 34.416 tỷ đồng (*trong đó: bán lẻ hàng hóa chiếm 71,34%; lưu trú, ăn uống chiếm 15,34%; du lịch lữ hành chiếm 0,06%; dịch vụ khác chiếm 13,25%*), bình quân giai đoạn 2016 - 2020 tăng 13,22%.";
  b.stated({ code: "main.retail-sales", kind: "actual", period: y2020, value: "34.416", unit: "tỷ đồng", quote: retail, basis: "n/a" });
  const retailShares: Array<[string, string, string]> = [
    ["structure.retail.goods", "71,34", "bán lẻ hàng hóa chiếm 71,34%"],
    ["structure.retail.accommodation-food", "15,34", "lưu trú, ăn uống chiếm 15,34%"],
    ["structure.retail.travel", "0,06", "du lịch lữ hành chiếm 0,06%"],
    ["structure.retail.other-services", "13,25", "dịch vụ khác chiếm 13,25%"],
  ];
  for (const [code, value, quote] of retailShares) {
    b.stated({ code, kind: "actual", period: y2020, value, unit: "%", share: value, quote });
  }
  b.stated({ code: "growth.retail-sales", kind: "actual", period: range(2016, 2020), value: "13,22", unit: "%", growth: "13,22", quote: retail });
  b.stated({
    code: "other.exports.cumulative",
    kind: "actual",
    period: range(2011, 2020),
    value: "2.444",
    unit: "triệu USD",
    qualifier: "over",
    growth: "41,6",
    quote: "giai đoạn 2011 - 2020, tổng kim ngạch xuất khẩu hàng hóa đạt trên 2.444 triệu USD, tăng 41,6% so với giai đoạn trước",
  });

  // II.2 b: targets for 2021-2025 and 2025.
  const target =
    "Giá trị sản xuất công nghiệp tăng trưởng bình quân 14,48% giai đoạn 2021 - 2025 (trong đó, khai khoáng tăng 5%, công nghiệp chế biến, chế tạo tăng 12%, sản xuất và phân phối điện tăng 15%, cung cấp nước, quản lý và xử lý rác tăng 15%).";
  const p = range(2021, 2025);
  const targets: Array<[string, string]> = [
    ["growth.industrial-production-value", "14,48"],
    ["growth.industrial-production-value.mining", "5"],
    ["growth.industrial-production-value.manufacturing", "12"],
    ["growth.industrial-production-value.electricity", "15"],
    ["growth.industrial-production-value.water", "15"],
  ];
  for (const [code, value] of targets) {
    b.stated({ code, kind: "target", period: p, value, unit: "%", growth: value, quote: target });
  }
  const grdp =
    "Đến năm 2025 tỷ trọng công nghiệp - xây dựng chiếm 46,16%, trong đó, công nghiệp chế biến, chế tạo đạt trên 25% trong GRDP của tỉnh.";
  b.stated({ code: "structure.grdp.industry-construction", kind: "target", period: year(2025), value: "46,16", unit: "%", share: "46,16", quote: grdp });
  b.stated({ code: "structure.grdp.manufacturing", kind: "target", period: year(2025), value: "25", unit: "%", share: "25", quote: grdp, qualifier: "over" });

  // Appendix: the 25 tasks. Rows broken across pages continue on a row with an empty TT cell.
  const start = seedText.indexOf("NHIỆM VỤ CƠ CẤU LẠI NGÀNH CÔNG NGHIỆP TỈNH TRÀ VINH ĐẾN NĂM 2025");
  interface Open {
    cells: string[];
    from: number;
    to: number;
  }
  const rows: Open[] = [];
  let pos = start;
  for (const line of seedText.slice(start).split("\n")) {
    const lineStart = pos;
    pos += line.length + 1;
    if (!line.includes("\t")) continue;
    const cells = line.split("\t").map((c) => c.trim());
    if (cells[0] === "TT") continue;
    if (/^\d+$/.test(cells[0] ?? "")) {
      rows.push({ cells, from: lineStart, to: lineStart + line.length });
    } else if (cells[0] === "" && rows.length > 0) {
      const last = rows[rows.length - 1]!;
      cells.forEach((c, i) => {
        if (i > 0 && c !== "") last.cells[i] = `${last.cells[i] ?? ""} ${c}`.trim();
      });
      last.to = lineStart + line.length;
    }
  }
  for (const r of rows) {
    const [no = "", task = "", lead = "", partners = "", timeframe = "", product = "", note = ""] = r.cells;
    b.taskExact({ no, task, lead, partners, timeframe, product, note }, seedText.slice(r.from, r.to));
  }
  return b.build();
}
