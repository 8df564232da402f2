// Legal instruments cited by the demo catalog (căn cứ pháp lý), written once so that every
// procedure cites them the same way. All are real texts in force before 1 July 2025; titles are
// shortened, so check them against the official texts before using this catalog in production.
export const LAW = {
  // Justice: civil status, certification, mediation, legal dissemination.
  civilStatus: 'Luật Hộ tịch số 60/2014/QH13',
  nd123: 'Nghị định số 123/2015/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
  tt04_2020:
    'Thông tư số 04/2020/TT-BTP quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP',
  nd87_2020:
    'Nghị định số 87/2020/NĐ-CP quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến',
  nd63_2024:
    'Nghị định số 63/2024/NĐ-CP quy định việc thực hiện liên thông điện tử 02 nhóm thủ tục hành chính',
  tt281_2016:
    'Thông tư số 281/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch',
  tt85_2019:
    'Thông tư số 85/2019/TT-BTC hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh',
  nd23_2015:
    'Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch',
  tt01_2020: 'Thông tư số 01/2020/TT-BTP quy định chi tiết và hướng dẫn thi hành Nghị định số 23/2015/NĐ-CP',
  tt226_2016:
    'Thông tư số 226/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực',
  mediation: 'Luật Hòa giải ở cơ sở số 35/2013/QH13',
  nd15_2014:
    'Nghị định số 15/2014/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Hòa giải ở cơ sở',
  legalDissemination: 'Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13',
  tt10_2016: 'Thông tư số 10/2016/TT-BTP quy định về báo cáo viên pháp luật, tuyên truyền viên pháp luật',
  // Land and environment.
  land: 'Luật Đất đai số 31/2024/QH15',
  nd101_2024:
    'Nghị định số 101/2024/NĐ-CP quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và hệ thống thông tin đất đai',
  nd102_2024: 'Nghị định số 102/2024/NĐ-CP quy định chi tiết thi hành một số điều của Luật Đất đai',
  nd103_2024: 'Nghị định số 103/2024/NĐ-CP quy định về tiền sử dụng đất, tiền thuê đất',
  nd99_2022: 'Nghị định số 99/2022/NĐ-CP về đăng ký biện pháp bảo đảm',
  water: 'Luật Tài nguyên nước số 28/2023/QH15',
  nd54_2024:
    'Nghị định số 54/2024/NĐ-CP quy định việc hành nghề khoan nước dưới đất, kê khai, đăng ký, cấp phép, dịch vụ tài nguyên nước và tiền cấp quyền khai thác tài nguyên nước',
  environment: 'Luật Bảo vệ môi trường số 72/2020/QH14',
  nd08_2022: 'Nghị định số 08/2022/NĐ-CP quy định chi tiết một số điều của Luật Bảo vệ môi trường',
  // Construction, business, trade.
  construction: 'Luật Xây dựng số 50/2014/QH13, được sửa đổi, bổ sung bởi Luật số 62/2020/QH14',
  nd175_2024:
    'Nghị định số 175/2024/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng',
  enterprise: 'Luật Doanh nghiệp số 59/2020/QH14',
  nd01_2021: 'Nghị định số 01/2021/NĐ-CP về đăng ký doanh nghiệp',
  tt01_2021:
    'Thông tư số 01/2021/TT-BKHĐT hướng dẫn về đăng ký doanh nghiệp, được sửa đổi, bổ sung bởi Thông tư số 02/2023/TT-BKHĐT',
  cooperative: 'Luật Hợp tác xã số 17/2023/QH15',
  nd92_2024: 'Nghị định số 92/2024/NĐ-CP về đăng ký hợp tác xã, liên hiệp hợp tác xã',
  nd105_2017:
    'Nghị định số 105/2017/NĐ-CP về kinh doanh rượu, được sửa đổi, bổ sung bởi Nghị định số 17/2020/NĐ-CP',
  nd67_2013:
    'Nghị định số 67/2013/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tác hại của thuốc lá về kinh doanh thuốc lá',
  tt168_2016:
    'Thông tư số 168/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định kinh doanh thương mại có điều kiện',
  foodSafety: 'Luật An toàn thực phẩm số 55/2010/QH12',
  nd15_2018: 'Nghị định số 15/2018/NĐ-CP quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm',
  nd155_2018:
    'Nghị định số 155/2018/NĐ-CP sửa đổi, bổ sung một số quy định liên quan đến điều kiện đầu tư kinh doanh thuộc phạm vi quản lý nhà nước của Bộ Y tế',
  tt43_2018:
    'Thông tư số 43/2018/TT-BCT quy định về quản lý an toàn thực phẩm thuộc trách nhiệm của Bộ Công Thương',
  tt67_2021:
    'Thông tư số 67/2021/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí trong công tác an toàn thực phẩm',
  // Social affairs.
  nd20_2021:
    'Nghị định số 20/2021/NĐ-CP quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội, được sửa đổi, bổ sung bởi Nghị định số 76/2024/NĐ-CP',
  nd103_2017:
    'Nghị định số 103/2017/NĐ-CP quy định về thành lập, tổ chức, hoạt động, giải thể và quản lý các cơ sở trợ giúp xã hội',
  disability: 'Luật Người khuyết tật số 51/2010/QH12',
  tt01_2019:
    'Thông tư số 01/2019/TT-BLĐTBXH quy định về việc xác định mức độ khuyết tật do Hội đồng xác định mức độ khuyết tật thực hiện',
  nd07_2021: 'Nghị định số 07/2021/NĐ-CP quy định chuẩn nghèo đa chiều giai đoạn 2021 – 2025',
  qd24_2021: 'Quyết định số 24/2021/QĐ-TTg quy định quy trình rà soát hộ nghèo, hộ cận nghèo hằng năm',
  tt07_2021: 'Thông tư số 07/2021/TT-BLĐTBXH hướng dẫn phương pháp rà soát, phân loại hộ nghèo, hộ cận nghèo',
  nd146_2018:
    'Nghị định số 146/2018/NĐ-CP quy định chi tiết và hướng dẫn biện pháp thi hành một số điều của Luật Bảo hiểm y tế',
  overseasWorkers: 'Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng số 69/2020/QH14',
  nd61_2015:
    'Nghị định số 61/2015/NĐ-CP quy định về chính sách hỗ trợ tạo việc làm và Quỹ quốc gia về việc làm',
  children: 'Luật Trẻ em số 102/2016/QH13',
  nd56_2017: 'Nghị định số 56/2017/NĐ-CP quy định chi tiết một số điều của Luật Trẻ em',
  // Education and culture.
  education: 'Luật Giáo dục số 43/2019/QH14',
  nd125_2024: 'Nghị định số 125/2024/NĐ-CP quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục',
  nd105_2020: 'Nghị định số 105/2020/NĐ-CP quy định chính sách phát triển giáo dục mầm non',
  nd116_2016:
    'Nghị định số 116/2016/NĐ-CP quy định chính sách hỗ trợ học sinh và trường phổ thông ở xã, thôn đặc biệt khó khăn',
  tt32_2020:
    'Thông tư số 32/2020/TT-BGDĐT ban hành Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học',
  qd51_2002:
    'Quyết định số 51/2002/QĐ-BGDĐT ban hành Quy định chuyển trường và tiếp nhận học sinh học tại các trường trung học cơ sở và trung học phổ thông, được sửa đổi, bổ sung bởi Thông tư số 50/2021/TT-BGDĐT',
  nd20_2014: 'Nghị định số 20/2014/NĐ-CP về phổ cập giáo dục, xóa mù chữ',
  nd110_2018: 'Nghị định số 110/2018/NĐ-CP quy định về quản lý và tổ chức lễ hội',
  nd54_2019: 'Nghị định số 54/2019/NĐ-CP quy định về kinh doanh dịch vụ karaoke, dịch vụ vũ trường',
  tt01_2021_btc:
    'Thông tư số 01/2021/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định cấp giấy phép kinh doanh karaoke, vũ trường',
  nd147_2024:
    'Nghị định số 147/2024/NĐ-CP về quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin trên mạng',
  nd86_2023:
    'Nghị định số 86/2023/NĐ-CP quy định về khung tiêu chuẩn và trình tự, thủ tục, hồ sơ xét tặng danh hiệu "Gia đình văn hóa"; "Thôn, tổ dân phố văn hóa", "Xã, phường, thị trấn tiêu biểu"',
  library: 'Luật Thư viện số 46/2019/QH14',
  nd93_2020: 'Nghị định số 93/2020/NĐ-CP quy định chi tiết một số điều của Luật Thư viện',
  // Internal affairs, emulation and awards.
  religion: 'Luật Tín ngưỡng, tôn giáo số 02/2016/QH14',
  nd95_2023:
    'Nghị định số 95/2023/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Tín ngưỡng, tôn giáo',
  nd126_2024: 'Nghị định số 126/2024/NĐ-CP quy định về tổ chức, hoạt động và quản lý hội',
  democracy: 'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15',
  tt04_2012:
    'Thông tư số 04/2012/TT-BNV hướng dẫn về tổ chức và hoạt động của thôn, tổ dân phố, được sửa đổi, bổ sung bởi Thông tư số 14/2018/TT-BNV',
  awards: 'Luật Thi đua, khen thưởng số 06/2022/QH15',
  nd98_2023:
    'Nghị định số 98/2023/NĐ-CP quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
  // Agriculture and forestry.
  livestock: 'Luật Chăn nuôi số 32/2018/QH14',
  nd13_2020: 'Nghị định số 13/2020/NĐ-CP hướng dẫn chi tiết Luật Chăn nuôi',
  tt23_2019: 'Thông tư số 23/2019/TT-BNNPTNT hướng dẫn một số điều của Luật Chăn nuôi về hoạt động chăn nuôi',
  crops: 'Luật Trồng trọt số 31/2018/QH14',
  nd94_2019:
    'Nghị định số 94/2019/NĐ-CP quy định chi tiết một số điều của Luật Trồng trọt về giống cây trồng và canh tác',
  forestry: 'Luật Lâm nghiệp số 16/2017/QH14',
  nd156_2018: 'Nghị định số 156/2018/NĐ-CP quy định chi tiết thi hành một số điều của Luật Lâm nghiệp',
  tt26_2022: 'Thông tư số 26/2022/TT-BNNPTNT quy định về quản lý, truy xuất nguồn gốc lâm sản',
  tt38_2018:
    'Thông tư số 38/2018/TT-BNNPTNT quy định việc thẩm định, chứng nhận cơ sở sản xuất, kinh doanh thực phẩm nông, lâm, thủy sản đủ điều kiện an toàn thực phẩm',
} as const;
