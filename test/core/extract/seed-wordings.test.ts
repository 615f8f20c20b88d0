/**
 * Catalog names read the way any province writes them: figures written "X/Y", numbers that designate one of several
 * siblings, thresholds inside a name. Each rule on a hand-written sentence, expected values by hand.
 */
import { extractRecords } from "../../../src/core/extract";

const codes = (text: string): Array<[number, string]> => extractRecords(text).records.map((r) => [r.value, r.indicator.code]);

describe("catalog names in report wordings", () => {
  it("never reads a name's number from a figure written over another or from a date", () => {
    // "Dự án Điện gió số 3" needs its 3 written by the name, not by "3/20 turbine" or "31/3/2023".
    const text = "Đến ngày 31/3/2023, trên địa bàn tỉnh đang triển khai 06 dự án điện gió với tổng công suất 310 MW.";
    expect(codes(text).find(([v]) => v === 310)).toEqual([310, "other.power.wind.capacity"]);
  });

  it("reads the part of an X/Y as the done part, the whole as the total", () => {
    const text =
      "Đối với các dự án năng lượng tái tạo: đã lắp đặt được 40/56 turbine của các dự án điện gió¹.\n\n" +
      "¹ Dự án điện gió Hiệp Thành (6/18 turbine, công suất 25,6/78MW).";
    const read = codes(text);
    expect(read).toContainEqual([6, "other.power.wind.hiep-thanh.turbines-installed"]);
    expect(read).toContainEqual([18, "other.power.wind.hiep-thanh.turbines"]);
    expect(read).toContainEqual([25.6, "other.power.wind.hiep-thanh.capacity-installed"]);
    expect(read).toContainEqual([78, "other.power.wind.hiep-thanh.capacity"]);
  });

  it("keeps a threshold and a level number inside the name of what is counted", () => {
    const cut =
      "Năm 2023, Sở rà soát các thủ tục hành chính: có 15 TTHC được cắt giảm từ 50% trở lên thời gian giải quyết (tỷ lệ 40%); 9 TTHC được cắt giảm dưới 50% thời gian quy định (tỷ lệ 24%).";
    const read = extractRecords(cut).records.map((r) => [r.value, r.indicator.code, r.reported.share]);
    expect(read).toContainEqual([15, "other.admin-procedures.cut-50-plus", 40]);
    expect(read).toContainEqual([9, "other.admin-procedures.cut-under-50", 24]);
    const levels = "Năm 2023, đã tiếp nhận 2.100 hồ sơ (trong đó có 03 hồ sơ mức độ 2, 40 hồ sơ mức độ 3, 2.057 hồ sơ mức độ 4).";
    const byLevel = codes(levels);
    expect(byLevel).toContainEqual([3, "other.applications.level-2"]);
    expect(byLevel).toContainEqual([40, "other.applications.level-3"]);
    expect(byLevel).toContainEqual([2057, "other.applications.level-4"]);
  });

  it("reads a place's figure by its proper name written in the clause, over the heading's generic names", () => {
    const one = "Về hạ tầng khu công nghiệp, cụm công nghiệp: Khu công nghiệp Cầu Quan, diện tích 95 ha, tổng vốn đầu tư 500.000.000.000 đồng.";
    expect(codes(one).find(([v]) => v === 500000000000)).toEqual([500000000000, "other.industrial-park.cau-quan.capital"]);
  });

  it("reads a footnote's figure by its own words, not by the words its mark follows", () => {
    const text =
      "2.1. Hỗ trợ tiếp cận vốn\n\nCác tổ chức tín dụng tiếp tục đẩy mạnh cho vay đối với doanh nghiệp nhỏ và vừa (DNNVV), hộ kinh doanh². Thực hiện các giải pháp hỗ trợ khách hàng gặp khó khăn." +
      "\n\n² Đến ngày 31/12/2023, dư nợ cho vay toàn địa bàn là 95.000 tỷ đồng, so với cuối năm 2022 tăng 7.200 tỷ đồng.";
    expect(codes(text).find(([v]) => v === 7200)).toEqual([7200, "other.credit.outstanding-increase"]);
  });

  it("reads the whole of an X/Y as the sibling of its part's indicator, left unsaid", () => {
    const text = "Tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh năm 2023. Kết quả, có 40/52 sản phẩm của 31/38 cơ sở đạt.";
    const read = codes(text);
    expect(read).toContainEqual([40, "other.rural-industry-products.awarded"]);
    expect(read).toContainEqual([52, "other.rural-industry-products.entered"]);
    expect(read).toContainEqual([31, "other.rural-industry-establishments.awarded"]);
    expect(read).toContainEqual([38, "other.rural-industry-establishments.entered"]);
  });

  it("reads electricity saved by the programme's name, tiết kiệm điện", () => {
    const text = "3. Lĩnh vực điện\n\nNăm 2023, toàn tỉnh tiết kiệm được 5.120.300 kWh, tăng 12,5% so với cùng kỳ năm 2022.";
    expect(codes(text)).toEqual([[5120300, "other.electricity-saved"]]);
  });

  it("reads a two-way meter as rooftop solar's, a capacity in kWp as solar capacity, LPG distributors as LPG traders", () => {
    // (A capacity in kWp is solar: with the heading's "áp mái" it is rooftop solar's, whose name does not say solar.)
    const solar = "3. Về điện áp mái\n\nĐến nay toàn tỉnh có 412 công tơ điện hai chiều, công suất 5.230,5kWp.";
    const read = codes(solar);
    expect(read).toContainEqual([412, "other.rooftop-solar-meters"]);
    expect(read).toContainEqual([5230.5, "other.rooftop-solar-capacity"]);
    expect(codes("Đến nay toàn tỉnh có 250 cửa hàng xăng dầu, 05 Thương nhân phân phối LPG.")).toContainEqual([5, "other.lpg-traders"]);
  });

  it("reads what was done under the plan (theo kế hoạch) as a figure of its own, not as the plan", () => {
    const text = "Năm 2023, Đội Quản lý thị trường đã kiểm tra 512 vụ, trong đó kiểm tra theo kế hoạch 300 vụ, đột xuất 212 vụ.";
    const records = extractRecords(text).records;
    expect(records.map((r) => [r.value, r.indicator.code])).toContainEqual([300, "other.market-control.planned"]);
    // No plan of the 512 inspections: the 300 is not its plan.
    expect(records.filter((r) => r.kind === "plan" || r.planFor !== undefined)).toEqual([]);
  });

  it("reads a district's count of communes meeting a criterion as the district's, the criterion named in full", () => {
    const text = "Hỗ trợ huyện Càng Long thực hiện các tiêu chí, kết quả huyện Càng Long có 13/13 xã đạt tiêu chí 4 về điện và 11/13 xã đạt tiêu chí 7 về cơ sở hạ tầng thương mại nông thôn.";
    expect(codes(text)).toContainEqual([11, "other.communes.criterion-7.cang-long"]);
  });

  it("takes a name found enough that fits a long descriptive tail nearly as well, over one that could never be taken", () => {
    const text =
      "- Về an toàn thực phẩm: Năm 2023, đã tổ chức 03 cuộc kiểm tra an toàn thực phẩm tại 40 cơ sở, ghi nhận 12 trường hợp vi phạm về hồ sơ pháp lý và điều kiện sản xuất, kinh doanh và đề xuất xử lý theo quy định.";
    expect(codes(text)).toContainEqual([12, "other.food-safety.violations"]);
  });

  it("reads the money of a cut in electricity prices and bills as the support's, its \"hỗ trợ\" unsaid", () => {
    const text = "Năm 2023, ngành điện thực hiện giảm giá điện cho 52 khách hàng, giảm tiền điện cho 180.400 khách hàng, với tổng số tiền trên 15,6 tỷ đồng.";
    expect(codes(text)).toContainEqual([15.6, "other.electricity-bill-support.amount"]);
  });

  it("reads the whole a share is taken of (\"so với số vốn đăng ký ...\") as the sibling of the part's indicator", () => {
    const text =
      "Năm 2023, các khu công nghiệp và tuyến công nghiệp đã thu hút 20 dự án được cấp giấy chứng nhận đầu tư, với tổng vốn triển khai 500 tỷ đồng, đạt 40% so với số vốn đăng ký 1.250 tỷ đồng.";
    const read = codes(text);
    expect(read).toContainEqual([500, "other.industrial-parks.disbursed-capital"]);
    expect(read).toContainEqual([1250, "other.industrial-parks.registered-capital"]);
  });

  it("names a count of an enumeration by what its items have (\"có ...\"), not by the item before it", () => {
    const text =
      "Năm 2023, các khu công nghiệp và tuyến công nghiệp đã thu hút 38 dự án được cấp giấy chứng nhận đầu tư (8 dự án có vốn đầu tư nước ngoài và 30 dự án có vốn đầu tư trong nước).";
    const read = codes(text);
    expect(read).toContainEqual([8, "other.industrial-parks.fdi-projects"]);
    expect(read).toContainEqual([30, "other.industrial-parks.domestic-projects"]);
  });

  it("spells out food safety shortened \"ATP\" as well as \"ATTP\"", () => {
    const text =
      "- Năm 2023, đã tiếp nhận 600 hồ sơ, trả kết quả đúng thời gian quy định 500 hồ sơ<sup>(3)</sup> cho người dân và doanh nghiệp.\n\n" +
      "<sup>3</sup> Trong đó 20 hồ sơ lĩnh vực ATP; 480 hồ sơ lĩnh vực điện.";
    expect(codes(text)).toContainEqual([20, "other.applications.on-time.food-safety"]);
  });

  it("reads \"đạt X% tổng ...\" as a share of that total", () => {
    const text = "- Năm 2020, giá trị kim ngạch xuất khẩu công nghiệp - tiểu thủ công nghiệp đạt 58,5% tổng kim ngạch xuất khẩu của tỉnh.";
    const read = extractRecords(text).records.map((r) => [r.value, r.indicator.code, r.reported.share]);
    expect(read).toEqual([[58.5, "structure.exports.industry", 58.5]]);
  });

  it("names a count by the words after its set form (\"03/6 sản phẩm, bộ sản phẩm được ...\")", () => {
    const text =
      "- Về hoạt động khuyến công: tổ chức 02 lớp tập huấn; Bến Tre có 03/6 sản phẩm, bộ sản phẩm được Bộ Công Thương công nhận sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia năm 2023.";
    expect(codes(text)).toContainEqual([3, "other.rural-industry-products.national-awarded"]);
  });

  it("reads loans to a kind of customer (\"cho vay ... khách hàng là doanh nghiệp\") as their outstanding stock", () => {
    const text = "Đến ngày 30/6/2023, cho vay theo đối tượng khách hàng là doanh nghiệp đạt 18.500 tỷ đồng, so với cuối năm 2022 tăng 2,1%.";
    expect(codes(text)).toEqual([[18500, "other.credit.enterprises"]]);
  });

  it("reads a later clause of a sentence by what its first figure counts", () => {
    const text = "Năm 2023, tổ chức 04 phiên chợ hàng Việt về nông thôn tại huyện Tiểu Cần; xã Hiếu Tử, mỗi phiên chợ qui mô 50 gian hàng, thu hút trên 15.000 lượt người đến tham quan, mua sắm.";
    expect(codes(text)).toContainEqual([15000, "other.rural-fairs.visitors"]);
  });
});
