### Source locale: Vietnamese (vi).
### Text of the original leaflet of the Ia Grai District People’s Committee
### (Gia Lai) on online public services (DVCTT), with typos, quote styles and
### capitalisation corrected. Every other locale is translated from this file.
### Values are kept on one line each; the typesetter breaks the lines.

## Document metadata / Thông tin tài liệu

# PDF document title (shown by PDF viewers, not printed).
leaflet-title = Dịch vụ công trực tuyến – Hướng dẫn cho người dân { $level ->
        [commune] xã
       *[district] huyện
    } { $district }

## Front cover / Bìa trước

# The issuing office; short, all caps.
cover-kicker = UBND { $level ->
        [commune] XÃ
       *[district] HUYỆN
    } { UPPER($district) } · TỈNH { UPPER($province) }
cover-title = DỊCH VỤ CÔNG TRỰC TUYẾN
cover-subtitle = Đăng ký, đăng nhập, nộp hồ sơ trên Cổng Dịch vụ công quốc gia và tỉnh Gia Lai
# Slogan; the same words as benefit-citizens-1.
cover-tagline = Mọi lúc, mọi nơi

## Concept / Khái niệm

concept-heading = KHÁI NIỆM
concept-body = Dịch vụ công trực tuyến (DVCTT) của cơ quan nhà nước là dịch vụ hành chính công và các dịch vụ khác của cơ quan nhà nước cung cấp cho các tổ chức, cá nhân trên môi trường mạng.
levels-heading = 02 mức độ cung cấp DVCTT
level-full = Là dịch vụ bảo đảm cung cấp toàn bộ thông tin về thủ tục hành chính, việc thực hiện và giải quyết thủ tục hành chính đều được thực hiện trên môi trường mạng. Việc trả kết quả được thực hiện trực tuyến hoặc qua dịch vụ bưu chính công ích.
    .title = DVCTT toàn trình:
level-partial = Là DVCTT không bảo đảm các điều kiện của DVCTT toàn trình.
    .title = DVCTT một phần:

## Benefits / Lợi ích

benefits-heading = LỢI ÍCH CỦA DVCTT
benefits-citizens-heading = Đối với người dân
benefit-citizens-1 = Mọi lúc, mọi nơi
benefit-citizens-2 = Cung cấp thông tin một lần
benefit-citizens-3 = Rút ngắn thời gian, tiết kiệm chi phí
benefit-citizens-4 = Được theo dõi, giám sát
benefit-citizens-5 = Được tham gia đánh giá, góp ý
benefits-agencies-heading = Đối với cơ quan nhà nước
benefit-agencies-1 = Tăng tính công khai, minh bạch
benefit-agencies-2 = Rút ngắn thời gian, tiết kiệm chi phí
benefit-agencies-3 = Đo lường, giám sát hiệu quả
benefit-agencies-4 = Tăng cường trách nhiệm

## Websites and Zalo / Website và Zalo
## Link names only: the addresses are kept in a separate data file.

websites-heading = NHỮNG WEBSITE CẦN BIẾT
websites-intro = Để biết thêm chi tiết về các dịch vụ công đang được cung cấp trên địa bàn { $level ->
        [commune] xã
       *[district] huyện
    } { $district }, tỉnh { $province }, vui lòng truy cập:
link-national-portal = Cổng Dịch vụ công quốc gia
link-province-portal = Cổng Thông tin điện tử tỉnh Gia Lai
link-province-services = Cổng Dịch vụ công tỉnh Gia Lai
link-district-portal = Cổng Thông tin điện tử { $level ->
        [commune] xã
       *[district] huyện
    } { $district }
link-zalo-province = Zalo OA: Chính quyền điện tử tỉnh Gia Lai
link-zalo-district = Zalo OA: UBND { $level ->
        [commune] xã
       *[district] huyện
    } { $district }
# Printed under each Zalo OA name instead of a QR code. Keep it to one short
# line (about 45 characters).
zalo-hint = Tìm tên này trong Zalo (mục Official Account)

## Where to submit / Địa chỉ nộp hồ sơ

submit-where-heading = ĐỊA CHỈ NỘP HỒ SƠ DVCTT
submit-where-intro = Công dân truy cập một trong hai địa chỉ sau:

## 8 steps on the National Public Service Portal / 8 bước trên Cổng Dịch vụ công quốc gia
## Step texts: .title is the bold lead-in printed after step-lead; the value
## follows it. Button and menu names are the portal’s own Vietnamese labels.

# Printed before every numbered step; $number is the step number (1, 2, 3…).
step-lead = Bước { $number }:
national-heading = 8 BƯỚC ĐĂNG KÝ, ĐĂNG NHẬP TÀI KHOẢN TRÊN CỔNG DỊCH VỤ CÔNG QUỐC GIA
national-step-1 = Truy cập Cổng Dịch vụ công quốc gia (CDVCQG): https://dichvucong.gov.vn, rồi bấm nút “Đăng ký”.
national-step-2 = Chọn đăng ký tài khoản cho Công dân/Doanh nghiệp/Cơ quan nhà nước và lựa chọn xác minh mức độ trung bình (IAL2) là: Thuê bao di động.
    .title = Chọn phương thức đăng ký:
national-step-3 = Nhập chính xác thông tin gồm: Tên đăng nhập (CMND hoặc CCCD), họ và tên, ngày sinh, số điện thoại, email (không bắt buộc), mã xác thực và nhấn “Đăng ký”.
    .title = Nhập thông tin và chọn Đăng ký:
national-step-4 = Mã OTP sẽ được gửi đến số điện thoại đã nhập, chọn Xác nhận.
    .title = Nhập mã OTP, nhấn Xác nhận:
national-step-5 = Chú ý quy tắc đặt mật khẩu gồm 8 ký tự trở lên gồm chữ in hoa, chữ thường, số và ký tự đặc biệt để bảo mật tài khoản.
    .title = Nhập Mật khẩu mới và nhấn Đăng ký:
national-step-6 = Chọn nút “Đăng nhập”.
    .title = Đăng nhập tài khoản:
national-step-7 = Chọn Tài khoản cấp bởi Cổng DVCQG, nhập thông tin đăng nhập theo yêu cầu gồm: Số CMND/CCCD, mật khẩu, Mã xác thực và nhấn Đăng nhập.
national-step-8 = Mã OTP được gửi về số điện thoại mà công dân đã nhập. Nhập mã OTP và ấn Xác nhận để hoàn tất quá trình.
    .title = Nhập Mã OTP:

## 7 steps on the Gia Lai portal / 7 bước trên Cổng Dịch vụ công tỉnh Gia Lai

province-heading = 7 BƯỚC ĐĂNG KÝ, ĐĂNG NHẬP TÀI KHOẢN TRÊN CỔNG DỊCH VỤ CÔNG TỈNH GIA LAI
province-step-1 = Truy cập Cổng Dịch vụ công tỉnh Gia Lai: https://dichvucong.gialai.gov.vn, tại trang chủ hệ thống, để đăng ký tài khoản, nhấn vào nút “Đăng ký”.
province-step-2 = Chọn đăng ký tài khoản cho Công dân/Doanh nghiệp, sau đó chọn mục “Xác minh mức độ trung bình (IAL2)”.
province-step-3 = Nhập số “CMND/CCCD” của người dùng và sau đó chọn mục “Tiến hành đăng ký” để tiến hành tạo mới tài khoản.
province-step-4 = Nhập mật khẩu và thông tin cá nhân, sau đó chọn nút “Đăng ký”.
province-step-5 = Sau khi đăng ký thành công thì vào địa chỉ email đã đăng ký để xác nhận tài khoản.
province-step-6 = Tại trang chủ chọn nút “Đăng nhập”.
    .title = Đăng nhập tài khoản:
province-step-7 = Nhập Tên tài khoản (CMND/CCCD), nhập Mật khẩu và nhấn Đăng nhập để đăng nhập tài khoản đã tạo lập.

## Support / Hỗ trợ

support-heading = HƯỚNG DẪN HỖ TRỢ
support-body = Khi cần hỗ trợ sử dụng dịch vụ công trực tuyến, quý khách vui lòng liên hệ Bộ phận tiếp nhận và trả kết quả của { $level ->
        [commune] xã
       *[district] huyện
    }:
support-phone = Số điện thoại hỗ trợ:

## How to submit a dossier / Cách thức nộp hồ sơ
## The portal addresses are printed separately, under each sub-heading.

howto-heading = CÁCH THỨC NỘP HỒ SƠ DỊCH VỤ CÔNG TRỰC TUYẾN
howto-national-heading = Nộp hồ sơ qua Cổng Dịch vụ công quốc gia
howto-national-step-1 = Sau khi đăng nhập hệ thống, nhấn vào Menu: “Thông tin và Dịch vụ” chọn “Dịch vụ công trực tuyến”.
howto-national-step-2 = Nhấn chọn tới cơ quan, tổ chức nơi giải quyết hồ sơ.
howto-national-step-3 = Gõ tên và chọn dịch vụ (thủ tục hành chính) cần nộp, sau đó nhấn “Nộp trực tuyến”. Hệ thống sẽ tự động chuyển về Cổng Dịch vụ công tỉnh Gia Lai.
howto-province-heading = Nộp hồ sơ qua Cổng Dịch vụ công tỉnh Gia Lai
howto-province-step-1 = Tại màn hình trang chủ, nhấn chọn menu “Dịch vụ công”.
howto-province-step-2 = Tìm thông tin dịch vụ công muốn nộp hồ sơ. Nhấn chọn “Nộp hồ sơ”.
howto-province-step-3 = Chọn và nhập các thông tin cần thiết của chủ hồ sơ, chọn nơi nhận kết quả, tải lên tệp đính kèm thành phần hồ sơ. Nhấn “Nộp hồ sơ” để hoàn thành.
howto-province-step-4 = Sau khi nộp thành công, hệ thống sẽ thông báo hồ sơ được chuyển đến bộ phận tiếp nhận hồ sơ và mã hồ sơ để tra cứu.

## Closing / Khẩu hiệu

slogan = CHUNG TAY XÂY DỰNG MỘT NỀN HÀNH CHÍNH DÂN CHỦ, TRONG SẠCH, CHUYÊN NGHIỆP VÀ HIỆN ĐẠI
