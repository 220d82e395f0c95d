### Hướng dẫn dùng dòng lệnh và lỗi gõ lệnh, bằng tiếng Việt. Mỗi mục có một
### mục cùng mã và cùng chỗ điền trong i18n/en/cli.ftl; cách dùng từ theo
### i18n/GLOSSARY.md.

## Chính lệnh leaflet

cli-about = Tạo tờ rơi gấp ba nhiều thứ tiếng, dạng PDF sẵn sàng để in, từ bản dịch Fluent.
cli-long-about = Tạo tờ rơi gấp ba nhiều thứ tiếng, dạng PDF sẵn sàng để in, từ bản dịch Fluent và tệp bố cục. Chạy lệnh trong thư mục dự án (có layouts/, locales/, fonts/, links.toml), hoặc chỉ ra thư mục đó bằng --project.
cli-project = Thư mục dự án, chứa layouts/, locales/, fonts/ và links.toml.
cli-lang = Ngôn ngữ của mọi thứ công cụ in ra: vi hoặc en (nếu không ghi: theo LEAFLET_LANG, rồi theo ngôn ngữ của hệ thống, nếu không có thì tiếng Anh).
cli-help = Xem hướng dẫn (--help cho xem đầy đủ hơn -h).
cli-version = Xem phiên bản.

## Các lệnh và tùy chọn của từng lệnh

cli-build-about = Tạo tệp PDF cho mọi cặp bố cục và ngôn ngữ.
cli-build-long-about = Tạo bản in PDF cho mọi cặp bố cục và ngôn ngữ, ghi vào output/<bố cục>/<ngôn ngữ>.pdf, trừ khi --out chỉ ra thư mục khác. Tờ rơi có lỗi thì không để lại tệp nào.
cli-build-layout = Bố cục cần tạo, theo tên (như trong tệp danh sách đơn vị) hoặc theo tệp; nếu không ghi: mọi tệp layouts/*.toml.
cli-build-locale = Ngôn ngữ cần tạo; nếu không ghi: mọi thư mục trong locales/.
cli-build-out = Thư mục ghi kết quả; tệp nằm ở <THƯ_MỤC>/<bố cục>/<ngôn ngữ>.pdf.
cli-build-final = Không tạo tờ rơi còn mục nháp hoặc mục chưa dịch (in bản gốc).
cli-build-variants = Tạo mỗi dòng của tệp CSV hoặc TOML này một tờ rơi (mỗi dòng một đơn vị), ghi vào <THƯ_MỤC>/<bố cục>/<mã đơn vị>/<ngôn ngữ>.pdf.
cli-build-screen = Ghi thêm bản điện tử để xem trên điện thoại và gửi qua Zalo, tên tệp ghi rõ nội dung và đơn vị (dvctt-huyen-ia-grai.<ngôn ngữ>.screen.pdf): màu RGB, mỗi mặt một trang, có liên kết, mục lục và thẻ cho phần mềm đọc màn hình.
cli-build-proof = Ghi thêm bản kiểm tra <ngôn ngữ>.proof.pdf: vẽ đè lên tờ rơi đường cắt, tràn lề, lề an toàn, đường gấp, tên các mặt và mã mục để rà soát.
cli-build-quiet = Chỉ in lỗi và phần tổng kết.
cli-build-office = Ghi thêm <ngôn ngữ>.office.pdf để in trên máy in laser A4 của cơ quan (đúng khổ A4, không in vào lề máy in, có vạch gấp) và tờ hướng dẫn in huong-dan-in.pdf bên cạnh.

cli-check-about = Kiểm tra bản dịch và bố cục, không ghi tệp PDF.
cli-check-long-about = Kiểm tra bản dịch và bố cục mà không ghi tệp PDF: lỗi cách viết, thiếu hoặc thừa chỗ điền, mục không vừa mặt của nó, ký tự mà phông chữ không có. Kết thúc với mã 1 nếu có lỗi, 0 nếu không có lỗi.
cli-check-locale = Ngôn ngữ cần kiểm tra; nếu không ghi: tất cả.
cli-check-format = Cách in kết quả: text để người đọc, json cho phần mềm khác.
cli-check-fix = Trước hết sửa ngay trong tệp những chữ dán từ phông chữ cũ mà cách sửa là chắc chắn; phần còn lại được liệt kê để người xem xét.

cli-status-about = Xem tiến độ dịch của từng ngôn ngữ.
cli-status-long-about = Xem, với từng ngôn ngữ, bao nhiêu mục đã duyệt, còn nháp, chưa dịch, hoặc phải in bản gốc vì có lỗi.
cli-status-format = Cách in bảng: text để người đọc, json cho phần mềm khác.
cli-review-about = Duyệt các mục đã dịch, hoặc hủy duyệt.
cli-review-long-about = Ghi nhận người bản ngữ đã duyệt các mục đã dịch của một ngôn ngữ (hoặc hủy duyệt). Việc duyệt được ghi trong locales/<MÃ>/review.toml cùng với nội dung tiếng Việt lúc duyệt: khi nội dung đó thay đổi, mục lại thành bản nháp.
cli-review-locale = Bản dịch, ví dụ `jra`.
cli-review-by = Người duyệt (nếu không ghi: LEAFLET_REVIEWER, rồi tên người dùng máy).
cli-review-all = Mọi mục đã dịch mà chưa duyệt (mục còn là bản sao tiếng Việt phải ghi tên từng mục).
cli-review-withdraw = Hủy duyệt thay vì duyệt.
cli-review-ids = Mã các mục.

cli-new-locale-about = Bắt đầu một bản dịch mới từ ngôn ngữ gốc.
cli-new-locale-long-about = Bắt đầu một bản dịch mới: chép mọi mục của ngôn ngữ gốc (vi) vào locales/<MÃ>/, đánh dấu là bản nháp, để người dịch dịch lần lượt từng mục. Không bao giờ ghi đè lên bản dịch đã có.
cli-new-locale-code = Mã ngôn ngữ (BCP 47) của bản dịch mới, ví dụ `jra` hoặc `bdq`.

cli-preview-about = Tạo tờ rơi, rồi ghi ảnh PNG từng trang và bảng ảnh thu nhỏ của mọi ngôn ngữ.
cli-preview-long-about = Tạo tờ rơi, rồi ghi ảnh PNG của từng trang và một bảng ảnh thu nhỏ của mọi ngôn ngữ, để xem mà không cần phần mềm đọc PDF.
cli-preview-locale = Ngôn ngữ cần xem trước; nếu không ghi: tất cả.
cli-preview-dpi = Độ phân giải của ảnh xem trước, từ 10 đến 600 dpi.
cli-preview-out = Thư mục ghi kết quả (như lệnh `build`).

cli-watch-about = Tự tạo lại (và kiểm tra lại) mỗi khi tệp chữ, bố cục hoặc phông chữ thay đổi.
cli-watch-long-about = Tạo tờ rơi, rồi tự tạo lại (và kiểm tra lại) những tờ rơi bị ảnh hưởng mỗi khi tệp chữ, bố cục hoặc phông chữ thay đổi, cho đến khi bấm Ctrl-C.
cli-watch-locale = Ngôn ngữ cần tạo lại; nếu không ghi: tất cả.
cli-watch-out = Thư mục ghi kết quả (như lệnh `build`).

cli-preflight-about = Kiểm tra các tệp PDF đã hoàn chỉnh như nhà in kiểm tra.
cli-preflight-long-about = Kiểm tra các tệp PDF đã hoàn chỉnh, do leaflet hay phần mềm khác tạo ra, như nhà in kiểm tra: khổ thành phẩm và tràn lề, phông chữ, màu, độ phân giải của ảnh, cỡ chữ và cỡ mã QR.
cli-preflight-files = Các tệp PDF cần kiểm tra.
cli-preflight-format = Cách in báo cáo: text để người đọc, json cho phần mềm khác.
cli-preflight-ua = Thay vào đó, kiểm tra các quy tắc PDF/UA-1 mà tệp cho phần mềm đọc màn hình phải đạt (dành cho bản điện tử, `.screen.pdf`): thẻ, đánh dấu thứ tự đọc, ngôn ngữ, tiêu đề, chữ thay thế, liên kết. Trả mã thoát 1 khi vi phạm một quy tắc hoặc tệp không gắn thẻ.

cli-studio-about = Dịch và duyệt trên trình duyệt, với tờ rơi ngay bên cạnh nội dung.
cli-studio-long-about = Mở xưởng dịch (studio), một trang web chạy trên máy này với thư mục dự án: dịch và duyệt từng mục, các trang tờ rơi hiện ngay bên cạnh. In địa chỉ của trang (kèm khóa của lần chạy này) ở dòng đầu tiên, mở trang trong trình duyệt, và chạy cho đến khi bấm Ctrl-C.
cli-studio-port = Cổng mạng cần dùng; 0 là lấy cổng nào còn trống.
cli-studio-no-open = Không mở trình duyệt; chỉ in địa chỉ.
cli-studio-host = Địa chỉ cần nghe (mặc định 127.0.0.1: chỉ máy này).

cli-help-about = Xem hướng dẫn của leaflet hoặc của một lệnh.
cli-help-long-about = Xem hướng dẫn của leaflet, hoặc của lệnh được ghi (ví dụ `leaflet help build`).
cli-help-command = Lệnh cần xem hướng dẫn.

## Chỗ ghi giá trị (viết hoa, như trong dòng cách dùng)

cli-value-project = THƯ_MỤC
cli-value-lang = NGÔN_NGỮ
cli-value-layout = TÊN|ĐƯỜNG_DẪN
cli-value-locale = MÃ
cli-value-out = THƯ_MỤC
cli-value-variants = TỆP
cli-value-dpi = DPI
cli-value-format = KIỂU
cli-value-files = TỆP.pdf
cli-value-code = MÃ
cli-value-command = LỆNH
cli-value-by = TÊN
cli-value-ids = MÃ_MỤC
cli-value-port = CỔNG
cli-value-host = ĐỊA_CHỈ

## Tiêu đề và các phần của hướng dẫn

cli-heading-usage = Cách dùng
cli-heading-commands = Các lệnh
cli-heading-arguments = Tham số
cli-heading-options = Tùy chọn
cli-usage-options = [TÙY_CHỌN]
cli-usage-command = <LỆNH>
cli-default = [mặc định: { $value }]
cli-possible-values = [chọn một trong: { $values }]

## Lỗi khi gõ lệnh (mã kết thúc 2)

cli-error-unknown-argument = lệnh `{ $command }` không có tùy chọn hay tham số `{ $arg }`
cli-error-unknown-command = không có lệnh `{ $name }`
cli-error-missing-command = cần ghi một lệnh: một trong { $commands }
cli-error-invalid-value = `{ $value }` không phải giá trị dùng được cho `{ $arg }`
cli-error-missing-value = `{ $arg }` cần có giá trị đi kèm
cli-error-missing-argument = lệnh `{ $command }` cần có { $args }
cli-error-repeated = chỉ được ghi `{ $arg }` một lần
cli-error-conflict = không dùng được `{ $arg }` cùng với { $other }
cli-error-too-many-values = `{ $value }` là giá trị thừa của `{ $arg }`
cli-error-not-utf8 = có một tham số không phải chữ hợp lệ (UTF-8)
cli-error-other = không hiểu được dòng lệnh này
cli-help-did-you-mean = có phải là `{ $suggestion }`?
cli-help-valid-values = chọn một trong: { $values }
cli-note-usage = cách dùng: { $usage } (xem thêm: `{ $command } --help`)
cli-help-option = `{ $option }`: { $text }
