### Xưởng dịch (`leaflet studio`): các dòng in ra khi chạy lệnh và trang
### web của xưởng, bằng tiếng Việt. Mỗi mục có bản tương ứng cùng mã và
### cùng chỗ điền trong i18n/en/studio.ftl.

## Khi mở xưởng dịch

studio-bind-failed = xưởng dịch không mở được cổng cho trình duyệt: { $detail }
studio-not-local = lưu ý: xưởng dịch đang nghe ở { $host }, nên các máy khác trong mạng cũng vào được (nếu có khóa trong địa chỉ)
studio-open-failed = lưu ý: không mở được trình duyệt; hãy mở địa chỉ ở trên trong trình duyệt
studio-running = Xưởng dịch đang chạy. Giữ cửa sổ này mở; bấm Ctrl-C để dừng.

## Khi lưu và khi duyệt

studio-saved = Đã lưu `{ $id }` vào { $file }.
studio-merged = Đã lưu `{ $id }` vào { $file }; tệp đã được sửa ở nơi khác, các chỗ sửa đó vẫn được giữ nguyên.
studio-conflict = Chưa lưu: `{ $id }` trong { $file } đã bị phần mềm khác sửa sau khi xưởng dịch đọc tệp. Cả hai nội dung đều hiện ở dưới; hãy chọn giữ nội dung nào.
studio-not-saved-broken = Chưa lưu: mục này viết chưa đúng nên không đọc được. Hãy sửa chỗ hiện ở dưới.
studio-entry-lost = mục này viết chưa đúng nên không đọc được
studio-reviewer-needed = Hãy ghi tên người duyệt trước.
studio-reviewed = `{ $id }` đã được { $by } duyệt.

## Trang web

studio-title = Xưởng dịch tờ rơi
studio-locale = Ngôn ngữ
studio-layout = Bố cục
studio-interface = Giao diện
studio-reviewer = Người duyệt
studio-reviewer-placeholder = Họ tên
studio-source = Tiếng Việt
studio-translation = Bản dịch
studio-state-untranslated = chưa dịch
studio-state-draft = nháp
studio-state-reviewed = đã duyệt
studio-state-source-changed = bản gốc đã đổi
studio-state-fallback = in bản gốc
studio-room = Chỗ còn trống trên mặt
studio-room-over = dài quá
studio-panel = mặt
studio-save = Lưu
studio-saving = Đang lưu…
studio-unsaved = chưa lưu
studio-approve = Duyệt
studio-old-source = Tiếng Việt lúc dịch
studio-new-source = Tiếng Việt hiện nay
studio-legacy = Chỗ này có vẻ gõ bằng phông chữ cũ:
studio-legacy-repair = Thay bằng
studio-page = Trang
studio-page-draft = Các trang đang hiện nội dung đang sửa (chưa lưu).
studio-page-kept = Các trang đang hiện nội dung gần nhất dàn trang được.
studio-theirs = Trong tệp hiện nay
studio-keep-theirs = Lấy nội dung trong tệp
studio-keep-mine = Giữ nội dung của tôi
studio-default-variant = mặc định
studio-line = dòng phụ
studio-missing = Chưa có trong tệp: bấm lưu để thêm vào.
studio-read-only = Tiếng Việt là bản gốc: sửa trong tệp của bản gốc, không sửa ở đây.
studio-keys = Phím tắt: Ctrl+S lưu mục, Ctrl+Enter duyệt mục, Alt+↓ và Alt+↑ sang mục sau và mục trước.
studio-filter = Hiện
studio-filter-all = tất cả các mục
studio-filter-todo = các mục cần làm
studio-no-messages = Không còn mục nào cần làm.
studio-loading = Đang tải…
studio-failed = Xưởng dịch không trả lời. Xưởng dịch còn đang chạy không?
studio-discard = Có nội dung đã sửa nhưng chưa lưu, sẽ bị mất. Vẫn đổi ngôn ngữ?
studio-chip = cố định: công cụ tự điền chỗ này

## In tờ rơi, cho cán bộ văn phòng

studio-tab-translate = Dịch
studio-tab-print = In
studio-print-heading = In tờ rơi
studio-print-office = Đơn vị
studio-print-default = Đơn vị mặc định (office.toml)
studio-print-row = Một dòng của tệp danh sách đơn vị
studio-print-form = Nhập thông tin đơn vị
studio-print-file = Tệp
studio-print-row-id = Dòng
studio-print-no-files = Dự án chưa có tệp danh sách đơn vị.
studio-print-targets = Tệp cần tạo
studio-print-target-print = Bản in, gửi xưởng in
studio-print-target-screen = Bản điện tử, xem trên điện thoại
studio-print-target-office = Bản in cho máy in của cơ quan (A4, kèm tờ hướng dẫn in)
studio-print-locales = Ngôn ngữ
studio-print-build = Tạo tờ rơi
studio-print-building = Đang tạo… có thể mất một phút.
studio-print-download = Tải về
studio-print-draft = Tệp ghi BẢN NHÁP có dấu BẢN NHÁP in trên trang: còn chữ chưa được duyệt.
studio-print-draft-mark = BẢN NHÁP
studio-print-results = Tệp để tải về
studio-print-findings = Kết quả kiểm tra khi tạo
studio-print-field-level = Cấp (huyện hoặc xã)
studio-print-field-district = Tên huyện hoặc xã
studio-print-field-province = Tỉnh
studio-print-field-phone = Số điện thoại, như in trên tờ rơi
studio-print-field-phone_tel = Số điện thoại để gọi (+84…)
studio-print-field-portal = Cổng thông tin điện tử (https://…)
studio-print-field-zalo = Zalo OA của đơn vị (có thể để trống)
studio-print-invalid = Chưa tạo tệp nào: hãy sửa các ô được đánh dấu dưới đây trước.
studio-print-no-target = Hãy chọn ít nhất một loại tệp.
studio-print-no-locale = Hãy chọn ít nhất một ngôn ngữ.
studio-print-summary = Đã ghi { $files } tệp; { $errors } lỗi, { $warnings } cảnh báo.
studio-print-not-built = Tờ rơi tiếng { $locale } ({ $layout }) chưa được tạo: xem kết quả kiểm tra dưới đây.
studio-print-file-info = { $pages } trang, { $kb } KB
