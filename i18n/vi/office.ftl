### Máy in văn phòng (`build --office`): lỗi, kiểm tra trước khi in và tờ
### hướng dẫn in. Bản song song của i18n/en/office.ftl; cách dùng từ theo
### i18n/GLOSSARY.md.

## Tạo bản in văn phòng

office-not-a4 = bản in văn phòng cần khổ cắt A4, nhưng bố cục này có khổ cắt { $width } × { $height } mm
office-in-margin = “{ $text }” (mặt `{ $panel }`) sẽ nằm trong lề { $margin } mm mà máy in văn phòng không in được
help-office-in-margin = trong bố cục, để `printer_margin_mm` không lớn hơn `safe_margin`, hoặc dời nội dung xa mép giấy hơn: công cụ không cắt bớt nội dung

## Kiểm tra trước khi in bản in văn phòng

preflight-not-a4 = trang có khổ { $width } × { $height } mm: tệp cho máy in văn phòng phải đúng khổ A4 (297 × 210 mm)
preflight-ink-in-margin = có mực in lấn { $depth } mm vào lề máy in { $margin } mm

## Tờ hướng dẫn in (huong-dan-in.pdf): viết cho cán bộ văn phòng

sheet-title = Hướng dẫn in tờ rơi bằng máy in của cơ quan
sheet-intro = Các tệp “.office.pdf” là tờ rơi trên một tờ giấy A4, để in bằng máy in laser của cơ quan: in cả hai mặt, rồi gấp làm ba.
sheet-files = Tệp cần in: { $files }
sheet-settings-heading = Cài đặt khi in
sheet-step-open = Mở tệp của ngôn ngữ cần in, chọn In (Ctrl+P).
sheet-step-paper = Khổ giấy: A4. Hướng giấy: ngang.
sheet-step-scale = Tỉ lệ: 100 % (“Kích thước thực”, “Actual size”). Không chọn “Vừa trang” (“Fit to page”): tờ rơi sẽ bị thu nhỏ và các đường gấp bị lệch.
sheet-step-duplex = In hai mặt, lật theo CẠNH NGẮN (“Flip on short edge”). Trang 1 là mặt ngoài, trang 2 là mặt trong.
sheet-step-test = In thử một tờ và kiểm tra (xem bên dưới) trước khi in nhiều tờ.
sheet-step-fold = Gấp theo các vạch gấp nhỏ ở mép trên và mép dưới, trang bìa ở trên cùng.
sheet-check-heading = Kiểm tra hai mặt in có khớp nhau
sheet-check-body = Đưa tờ in thử lên chỗ sáng. Ở mép trên, tại mỗi đường gấp có một dấu chữ thập nhỏ. Dấu chữ thập ở mặt trước phải trùng với dấu ở mặt sau. Nếu lệch quá 1 mm: chỉnh căn lề in hai mặt của máy in (hoặc thanh chặn giấy của khay) rồi in thử lại. Nếu mặt sau bị ngược đầu: chọn “lật theo cạnh ngắn”.
sheet-diagram-caption = Mặt ngoài của tờ rơi: các nét đứt là đường gấp; dấu chữ thập ở đầu mỗi đường gấp là dấu để soi kiểm tra.
sheet-not-for-shop = Gửi nhà in thì dùng tệp “.pdf” không có chữ “office” (có tràn lề và dấu cắt); gửi qua điện thoại, Zalo thì dùng tệp “.screen.pdf”.
sheet-too-long = tờ hướng dẫn in không vừa một trang

## Dòng nhận dạng (slug) của bản in, ngoài phần tràn lề

slug-line = { $file } · { $locale } · { $office } · { $page }/{ $pages } { $side }
slug-line-unfit = dòng nhận dạng “{ $text }” không vừa dưới trang
