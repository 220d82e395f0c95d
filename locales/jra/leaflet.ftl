### Locale `jra`, translated from `vi` (locales/vi/).
### Every message starts as a copy of the Vietnamese text, which is kept in
### the `# vi:` lines above it. Translate the value; keep the id and every
### { $variable }. A message counts as a draft until a native speaker approves
### it with `leaflet review` (or in the studio); the approvals are kept in
### review.toml, not in these comments.
###
### Jrai: the maintainers do not write Jrai. Only a few headings are
### translated, each from a phrase attested in VOV4 Jarai (the Jrai service of Voice of Vietnam), with the source noted
### on the message. Everything else is still the Vietnamese text. A Jrai
### translator is needed; nothing here has been reviewed.


## Document metadata / Thông tin tài liệu

# PDF document title (shown by PDF viewers, not printed).
# vi: Dịch vụ công trực tuyến – Hướng dẫn cho người dân { $level ->
# vi: [commune] xã
# vi: *[district] huyện
# vi: } { $district }
leaflet-title = Dịch vụ công trực tuyến – Hướng dẫn cho người dân { $level ->
        [commune] xã
       *[district] huyện
    } { $district }

## Front cover / Bìa trước

# The issuing office; short, all caps.
# Attested: "tơring glông Ia Grai, tơring čar Gialai" (VOV4 Jarai, 1/11/2020).
# Names the district and province only: a district form of "UBND" was not
# found in any Jrai source, so the People's Committee is not named here.
# vi: UBND { $level ->
# vi: [commune] XÃ
# vi: *[district] HUYỆN
# vi: } { UPPER($district) } · TỈNH { UPPER($province) }
cover-kicker = { $level ->
        [commune] SĂ
       *[district] TƠRING GLÔNG
    } { UPPER($district) } · TƠRING ČAR { UPPER($province) }
# vi: DỊCH VỤ CÔNG TRỰC TUYẾN
cover-title = DỊCH VỤ CÔNG TRỰC TUYẾN
# vi: Đăng ký, đăng nhập, nộp hồ sơ trên Cổng Dịch vụ công quốc gia và tỉnh Gia Lai
cover-subtitle = Đăng ký, đăng nhập, nộp hồ sơ trên Cổng Dịch vụ công quốc gia và tỉnh Gia Lai
# Slogan; the same words as benefit-citizens-1.
# vi: Mọi lúc, mọi nơi
cover-tagline = Mọi lúc, mọi nơi

## Concept / Khái niệm

# vi: KHÁI NIỆM
concept-heading = KHÁI NIỆM
# vi: Dịch vụ công trực tuyến (DVCTT) của cơ quan nhà nước là dịch vụ hành chính công và các dịch vụ khác của cơ quan nhà nước cung cấp cho các tổ chức, cá nhân trên môi trường mạng.
concept-body = Dịch vụ công trực tuyến (DVCTT) của cơ quan nhà nước là dịch vụ hành chính công và các dịch vụ khác của cơ quan nhà nước cung cấp cho các tổ chức, cá nhân trên môi trường mạng.
# vi: 02 mức độ cung cấp DVCTT
levels-heading = 02 mức độ cung cấp DVCTT
# vi: Là dịch vụ bảo đảm cung cấp toàn bộ thông tin về thủ tục hành chính, việc thực hiện và giải quyết thủ tục hành chính đều được thực hiện trên môi trường mạng. Việc trả kết quả được thực hiện trực tuyến hoặc qua dịch vụ bưu chính công ích.
# vi: .title = DVCTT toàn trình:
level-full = Là dịch vụ bảo đảm cung cấp toàn bộ thông tin về thủ tục hành chính, việc thực hiện và giải quyết thủ tục hành chính đều được thực hiện trên môi trường mạng. Việc trả kết quả được thực hiện trực tuyến hoặc qua dịch vụ bưu chính công ích.
    .title = DVCTT toàn trình:
# vi: Là DVCTT không bảo đảm các điều kiện của DVCTT toàn trình.
# vi: .title = DVCTT một phần:
level-partial = Là DVCTT không bảo đảm các điều kiện của DVCTT toàn trình.
    .title = DVCTT một phần:

## Benefits / Lợi ích

# vi: LỢI ÍCH CỦA DVCTT
benefits-heading = LỢI ÍCH CỦA DVCTT
# vi: Đối với người dân
# Attested: "kơ mơnuih ƀôn sang" = for the people (VOV4 Jarai, 26/10/2020).
benefits-citizens-heading = Kơ mơnuih ƀôn sang
# vi: Mọi lúc, mọi nơi
benefit-citizens-1 = Mọi lúc, mọi nơi
# vi: Cung cấp thông tin một lần
benefit-citizens-2 = Cung cấp thông tin một lần
# vi: Rút ngắn thời gian, tiết kiệm chi phí
benefit-citizens-3 = Rút ngắn thời gian, tiết kiệm chi phí
# vi: Được theo dõi, giám sát
benefit-citizens-4 = Được theo dõi, giám sát
# vi: Được tham gia đánh giá, góp ý
benefit-citizens-5 = Được tham gia đánh giá, góp ý
# vi: Đối với cơ quan nhà nước
# Attested: "anom bruă kơnuk kơna" = state agency (VOV4 Jarai, 20/7/2020);
# "kơ" = for, as in the heading above. The combination itself is ours.
benefits-agencies-heading = Kơ anom bruă kơnuk kơna
# vi: Tăng tính công khai, minh bạch
benefit-agencies-1 = Tăng tính công khai, minh bạch
# vi: Rút ngắn thời gian, tiết kiệm chi phí
benefit-agencies-2 = Rút ngắn thời gian, tiết kiệm chi phí
# vi: Đo lường, giám sát hiệu quả
benefit-agencies-3 = Đo lường, giám sát hiệu quả
# vi: Tăng cường trách nhiệm
benefit-agencies-4 = Tăng cường trách nhiệm

## Websites and Zalo / Website và Zalo
## Link names only: the addresses are kept in a separate data file.

# vi: NHỮNG WEBSITE CẦN BIẾT
websites-heading = NHỮNG WEBSITE CẦN BIẾT
# vi: Để biết thêm chi tiết về các dịch vụ công đang được cung cấp trên địa bàn { $level ->
# vi: [commune] xã
# vi: *[district] huyện
# vi: } { $district }, tỉnh { $province }, vui lòng truy cập:
websites-intro = Để biết thêm chi tiết về các dịch vụ công đang được cung cấp trên địa bàn { $level ->
        [commune] xã
       *[district] huyện
    } { $district }, tỉnh { $province }, vui lòng truy cập:
# vi: Cổng Dịch vụ công quốc gia
link-national-portal = Cổng Dịch vụ công quốc gia
# vi: Cổng Thông tin điện tử tỉnh Gia Lai
link-province-portal = Cổng Thông tin điện tử tỉnh Gia Lai
# vi: Cổng Dịch vụ công tỉnh Gia Lai
link-province-services = Cổng Dịch vụ công tỉnh Gia Lai
# vi: Cổng Thông tin điện tử { $level ->
# vi: [commune] xã
# vi: *[district] huyện
# vi: } { $district }
link-district-portal = Cổng Thông tin điện tử { $level ->
        [commune] xã
       *[district] huyện
    } { $district }
# vi: Zalo OA: Chính quyền điện tử tỉnh Gia Lai
link-zalo-province = Zalo OA: Chính quyền điện tử tỉnh Gia Lai
# vi: Zalo OA: UBND { $level ->
# vi: [commune] xã
# vi: *[district] huyện
# vi: } { $district }
link-zalo-district = Zalo OA: UBND { $level ->
        [commune] xã
       *[district] huyện
    } { $district }
# Printed under each Zalo OA name instead of a QR code. Keep it to one short
# line (about 45 characters).
# vi: Tìm tên này trong Zalo (mục Official Account)
zalo-hint = Tìm tên này trong Zalo (mục Official Account)

## Where to submit / Địa chỉ nộp hồ sơ

# vi: ĐỊA CHỈ NỘP HỒ SƠ DVCTT
submit-where-heading = ĐỊA CHỈ NỘP HỒ SƠ DVCTT
# vi: Công dân truy cập một trong hai địa chỉ sau:
submit-where-intro = Công dân truy cập một trong hai địa chỉ sau:

## 8 steps on the National Public Service Portal / 8 bước trên Cổng Dịch vụ công quốc gia
## Step texts: .title is the bold lead-in printed after step-lead; the value
## follows it. Button and menu names are the portal’s own Vietnamese labels.

# Printed before every numbered step; $number is the step number (1, 2, 3…).
# vi: Bước { $number }:
step-lead = Bước { $number }:
# vi: 8 BƯỚC ĐĂNG KÝ, ĐĂNG NHẬP TÀI KHOẢN TRÊN CỔNG DỊCH VỤ CÔNG QUỐC GIA
national-heading = 8 BƯỚC ĐĂNG KÝ, ĐĂNG NHẬP TÀI KHOẢN TRÊN CỔNG DỊCH VỤ CÔNG QUỐC GIA
# vi: Truy cập Cổng Dịch vụ công quốc gia (CDVCQG): https://dichvucong.gov.vn, rồi bấm nút “Đăng ký”.
national-step-1 = Truy cập Cổng Dịch vụ công quốc gia (CDVCQG): https://dichvucong.gov.vn, rồi bấm nút “Đăng ký”.
# vi: Chọn đăng ký tài khoản cho Công dân/Doanh nghiệp/Cơ quan nhà nước và lựa chọn xác minh mức độ trung bình (IAL2) là: Thuê bao di động.
# vi: .title = Chọn phương thức đăng ký:
national-step-2 = Chọn đăng ký tài khoản cho Công dân/Doanh nghiệp/Cơ quan nhà nước và lựa chọn xác minh mức độ trung bình (IAL2) là: Thuê bao di động.
    .title = Chọn phương thức đăng ký:
# vi: Nhập chính xác thông tin gồm: Tên đăng nhập (CMND hoặc CCCD), họ và tên, ngày sinh, số điện thoại, email (không bắt buộc), mã xác thực và nhấn “Đăng ký”.
# vi: .title = Nhập thông tin và chọn Đăng ký:
national-step-3 = Nhập chính xác thông tin gồm: Tên đăng nhập (CMND hoặc CCCD), họ và tên, ngày sinh, số điện thoại, email (không bắt buộc), mã xác thực và nhấn “Đăng ký”.
    .title = Nhập thông tin và chọn Đăng ký:
# vi: Mã OTP sẽ được gửi đến số điện thoại đã nhập, chọn Xác nhận.
# vi: .title = Nhập mã OTP, nhấn Xác nhận:
national-step-4 = Mã OTP sẽ được gửi đến số điện thoại đã nhập, chọn Xác nhận.
    .title = Nhập mã OTP, nhấn Xác nhận:
# vi: Chú ý quy tắc đặt mật khẩu gồm 8 ký tự trở lên gồm chữ in hoa, chữ thường, số và ký tự đặc biệt để bảo mật tài khoản.
# vi: .title = Nhập Mật khẩu mới và nhấn Đăng ký:
national-step-5 = Chú ý quy tắc đặt mật khẩu gồm 8 ký tự trở lên gồm chữ in hoa, chữ thường, số và ký tự đặc biệt để bảo mật tài khoản.
    .title = Nhập Mật khẩu mới và nhấn Đăng ký:
# vi: Chọn nút “Đăng nhập”.
# vi: .title = Đăng nhập tài khoản:
national-step-6 = Chọn nút “Đăng nhập”.
    .title = Đăng nhập tài khoản:
# vi: Chọn Tài khoản cấp bởi Cổng DVCQG, nhập thông tin đăng nhập theo yêu cầu gồm: Số CMND/CCCD, mật khẩu, Mã xác thực và nhấn Đăng nhập.
national-step-7 = Chọn Tài khoản cấp bởi Cổng DVCQG, nhập thông tin đăng nhập theo yêu cầu gồm: Số CMND/CCCD, mật khẩu, Mã xác thực và nhấn Đăng nhập.
# vi: Mã OTP được gửi về số điện thoại mà công dân đã nhập. Nhập mã OTP và ấn Xác nhận để hoàn tất quá trình.
# vi: .title = Nhập Mã OTP:
national-step-8 = Mã OTP được gửi về số điện thoại mà công dân đã nhập. Nhập mã OTP và ấn Xác nhận để hoàn tất quá trình.
    .title = Nhập Mã OTP:

## 7 steps on the Gia Lai portal / 7 bước trên Cổng Dịch vụ công tỉnh Gia Lai

# vi: 7 BƯỚC ĐĂNG KÝ, ĐĂNG NHẬP TÀI KHOẢN TRÊN CỔNG DỊCH VỤ CÔNG TỈNH GIA LAI
province-heading = 7 BƯỚC ĐĂNG KÝ, ĐĂNG NHẬP TÀI KHOẢN TRÊN CỔNG DỊCH VỤ CÔNG TỈNH GIA LAI
# vi: Truy cập Cổng Dịch vụ công tỉnh Gia Lai: https://dichvucong.gialai.gov.vn, tại trang chủ hệ thống, để đăng ký tài khoản, nhấn vào nút “Đăng ký”.
province-step-1 = Truy cập Cổng Dịch vụ công tỉnh Gia Lai: https://dichvucong.gialai.gov.vn, tại trang chủ hệ thống, để đăng ký tài khoản, nhấn vào nút “Đăng ký”.
# vi: Chọn đăng ký tài khoản cho Công dân/Doanh nghiệp, sau đó chọn mục “Xác minh mức độ trung bình (IAL2)”.
province-step-2 = Chọn đăng ký tài khoản cho Công dân/Doanh nghiệp, sau đó chọn mục “Xác minh mức độ trung bình (IAL2)”.
# vi: Nhập số “CMND/CCCD” của người dùng và sau đó chọn mục “Tiến hành đăng ký” để tiến hành tạo mới tài khoản.
province-step-3 = Nhập số “CMND/CCCD” của người dùng và sau đó chọn mục “Tiến hành đăng ký” để tiến hành tạo mới tài khoản.
# vi: Nhập mật khẩu và thông tin cá nhân, sau đó chọn nút “Đăng ký”.
province-step-4 = Nhập mật khẩu và thông tin cá nhân, sau đó chọn nút “Đăng ký”.
# vi: Sau khi đăng ký thành công thì vào địa chỉ email đã đăng ký để xác nhận tài khoản.
province-step-5 = Sau khi đăng ký thành công thì vào địa chỉ email đã đăng ký để xác nhận tài khoản.
# vi: Tại trang chủ chọn nút “Đăng nhập”.
# vi: .title = Đăng nhập tài khoản:
province-step-6 = Tại trang chủ chọn nút “Đăng nhập”.
    .title = Đăng nhập tài khoản:
# vi: Nhập Tên tài khoản (CMND/CCCD), nhập Mật khẩu và nhấn Đăng nhập để đăng nhập tài khoản đã tạo lập.
province-step-7 = Nhập Tên tài khoản (CMND/CCCD), nhập Mật khẩu và nhấn Đăng nhập để đăng nhập tài khoản đã tạo lập.

## Support / Hỗ trợ

# vi: HƯỚNG DẪN HỖ TRỢ
# Attested: "djru ba" = help, support (VOV4 Jarai, 9/8/2025).
support-heading = DJRU BA
# vi: Khi cần hỗ trợ sử dụng dịch vụ công trực tuyến, quý khách vui lòng liên hệ Bộ phận tiếp nhận và trả kết quả của { $level ->
# vi: [commune] xã
# vi: *[district] huyện
# vi: }:
support-body = Khi cần hỗ trợ sử dụng dịch vụ công trực tuyến, quý khách vui lòng liên hệ Bộ phận tiếp nhận và trả kết quả của { $level ->
        [commune] xã
       *[district] huyện
    }:
# vi: Số điện thoại hỗ trợ:
support-phone = Số điện thoại hỗ trợ:

## How to submit a dossier / Cách thức nộp hồ sơ
## The portal addresses are printed separately, under each sub-heading.

# vi: CÁCH THỨC NỘP HỒ SƠ DỊCH VỤ CÔNG TRỰC TUYẾN
howto-heading = CÁCH THỨC NỘP HỒ SƠ DỊCH VỤ CÔNG TRỰC TUYẾN
# vi: Nộp hồ sơ qua Cổng Dịch vụ công quốc gia
howto-national-heading = Nộp hồ sơ qua Cổng Dịch vụ công quốc gia
# vi: Sau khi đăng nhập hệ thống, nhấn vào Menu: “Thông tin và Dịch vụ” chọn “Dịch vụ công trực tuyến”.
howto-national-step-1 = Sau khi đăng nhập hệ thống, nhấn vào Menu: “Thông tin và Dịch vụ” chọn “Dịch vụ công trực tuyến”.
# vi: Nhấn chọn tới cơ quan, tổ chức nơi giải quyết hồ sơ.
howto-national-step-2 = Nhấn chọn tới cơ quan, tổ chức nơi giải quyết hồ sơ.
# vi: Gõ tên và chọn dịch vụ (thủ tục hành chính) cần nộp, sau đó nhấn “Nộp trực tuyến”. Hệ thống sẽ tự động chuyển về Cổng Dịch vụ công tỉnh Gia Lai.
howto-national-step-3 = Gõ tên và chọn dịch vụ (thủ tục hành chính) cần nộp, sau đó nhấn “Nộp trực tuyến”. Hệ thống sẽ tự động chuyển về Cổng Dịch vụ công tỉnh Gia Lai.
# vi: Nộp hồ sơ qua Cổng Dịch vụ công tỉnh Gia Lai
howto-province-heading = Nộp hồ sơ qua Cổng Dịch vụ công tỉnh Gia Lai
# vi: Tại màn hình trang chủ, nhấn chọn menu “Dịch vụ công”.
howto-province-step-1 = Tại màn hình trang chủ, nhấn chọn menu “Dịch vụ công”.
# vi: Tìm thông tin dịch vụ công muốn nộp hồ sơ. Nhấn chọn “Nộp hồ sơ”.
howto-province-step-2 = Tìm thông tin dịch vụ công muốn nộp hồ sơ. Nhấn chọn “Nộp hồ sơ”.
# vi: Chọn và nhập các thông tin cần thiết của chủ hồ sơ, chọn nơi nhận kết quả, tải lên tệp đính kèm thành phần hồ sơ. Nhấn “Nộp hồ sơ” để hoàn thành.
howto-province-step-3 = Chọn và nhập các thông tin cần thiết của chủ hồ sơ, chọn nơi nhận kết quả, tải lên tệp đính kèm thành phần hồ sơ. Nhấn “Nộp hồ sơ” để hoàn thành.
# vi: Sau khi nộp thành công, hệ thống sẽ thông báo hồ sơ được chuyển đến bộ phận tiếp nhận hồ sơ và mã hồ sơ để tra cứu.
howto-province-step-4 = Sau khi nộp thành công, hệ thống sẽ thông báo hồ sơ được chuyển đến bộ phận tiếp nhận hồ sơ và mã hồ sơ để tra cứu.

## Closing / Khẩu hiệu

# vi: CHUNG TAY XÂY DỰNG MỘT NỀN HÀNH CHÍNH DÂN CHỦ, TRONG SẠCH, CHUYÊN NGHIỆP VÀ HIỆN ĐẠI
slogan = CHUNG TAY XÂY DỰNG MỘT NỀN HÀNH CHÍNH DÂN CHỦ, TRONG SẠCH, CHUYÊN NGHIỆP VÀ HIỆN ĐẠI
