### Lời của công cụ, bằng tiếng Việt. Mỗi mục ở đây có một mục cùng mã và
### cùng chỗ điền trong i18n/en/tool.ftl; cách dùng từ theo
### i18n/GLOSSARY.md. Mã trong [ngoặc vuông] và khóa JSON giữ tiếng Anh.
### Tiếng Việt không có số nhiều: lựa chọn theo số lượng chỉ cần một cách viết.

## Cách trình bày kết quả kiểm tra

severity-error = lỗi
severity-warning = cảnh báo
severity-note = ghi chú
label-help = gợi ý
label-note = ghi chú
context = ở { $parts }
context-locale = ngôn ngữ `{ $locale }`
context-message = mục `{ $id }`
context-panel = mặt `{ $panel }` (trang `{ $page }`, bố cục `{ $layout }`)
context-pdf-page = trang { $page }
context-variant = đơn vị `{ $id }`
context-field = cột `{ $name }`

## Tệp

io-not-found = không có tệp hoặc thư mục này
io-permission-denied = không có quyền truy cập
io-read-only = ổ đĩa hoặc thư mục này chỉ cho đọc, không cho ghi
io-disk-full = ổ đĩa đã đầy
io-is-a-folder = đây là thư mục, không phải tệp
io-not-a-folder = một phần của đường dẫn là tệp, không phải thư mục
io-exists = đã có tệp hoặc thư mục trùng tên
io-bad-name = không được dùng tên này ở đây
io-interrupted = thao tác bị ngắt giữa chừng
io-out-of-memory = máy không đủ bộ nhớ
io-other = hệ thống không cho phép thao tác này
read-failed = không đọc được tệp này: { $reason }
write-failed = không ghi được tệp này: { $reason }
help-write-elsewhere = chọn thư mục khác bằng --out, hoặc xin quyền ghi vào thư mục này
help-free-space = xóa bớt cho ổ đĩa trống thêm, hoặc chọn thư mục khác bằng --out
not-utf8 = tệp này không phải văn bản UTF-8 (gặp byte { $byte })
help-save-as-utf8 = lưu lại tệp ở dạng UTF-8 (trong Notepad: Tệp › Lưu Như › Mã hóa: UTF-8; Windows tiếng Anh: File › Save as › Encoding: UTF-8)

## Tệp Fluent (.ftl): lỗi cách viết, nói theo lời người dịch

ftl-too-deep = ở đây có hơn { $limit } lớp `{"{"}` và `(` lồng vào nhau; tệp này không được đọc
ftl-unclosed-brace = thiếu dấu `{"}"}` để đóng dấu `{"{"}` mở ở dòng { $line }, cột { $column }
ftl-expected-brace = ở đây thiếu dấu `{"}"}`
ftl-expected-equals = mỗi mục bắt đầu bằng mã mục và dấu `=` (ví dụ `hello = Xin chào`); dòng này không có dấu `=`
ftl-expected-token = ở đây thiếu `{ $token }`
ftl-expected-name = ở đây cần một cái tên (chữ a–z, chữ số và dấu `-`, bắt đầu bằng chữ)
ftl-no-value = mục `{ $id }` không có nội dung sau dấu `=`
ftl-missing-value = ở đây cần có nội dung
ftl-missing-default = phần lựa chọn này chưa có phương án mặc định: đánh dấu `*` cho một phương án, ví dụ `*[other]`
ftl-two-defaults = trong một phần lựa chọn chỉ được đánh dấu `*` cho một phương án
ftl-bad-selector = phần lựa chọn phải dựa vào một chỗ điền `$tên`
ftl-unclosed-quote = đoạn chữ trong ngoặc kép chưa được đóng bằng dấu `"` trên cùng dòng
ftl-unknown-escape = `{ $escape }` không phải cách viết ký tự đặc biệt hợp lệ; viết `\\` cho dấu gạch chéo ngược và `\"` cho dấu ngoặc kép
ftl-bad-unicode-escape = `{ $escape }` không phải mã ký tự hợp lệ
ftl-stray-brace = dấu `{"}"}` này không đóng dấu nào: xóa dấu này đi, hoặc viết `{"{"} "{"}"}" {"}"}` nếu muốn in ra dấu ngoặc nhọn
ftl-forbidden-call = ở đây chỉ gọi được hàm (viết hoa, như UPPER)
ftl-argument-order = các tham số không tên phải đứng trước các tham số có tên
ftl-duplicate-argument = tham số `{ $name }` được ghi hai lần
ftl-expected-expression = trong cặp `{"{"} {"}"}` cần có một chỗ điền `$tên`, một mã mục hoặc chữ trong ngoặc kép
ftl-expected-literal = ở đây cần chữ trong ngoặc kép hoặc một con số

## Tệp TOML (bố cục, links.toml, office.toml, danh sách đơn vị)

toml-missing-field = thiếu `{ $name }`
toml-unknown-field = `{ $name }` không phải mục cài đặt dùng được ở đây (dùng được: { $known })
toml-unknown-value = `{ $value }` không phải giá trị dùng được ở đây (dùng được: { $known })
toml-wrong-type = { $kind ->
    [number] ở đây cần một con số
    [yes-no] ở đây cần `true` (có) hoặc `false` (không)
    [text] ở đây cần chữ trong ngoặc kép
    [list] ở đây cần một danh sách trong `[ ]`
   *[table] ở đây cần một bảng
}
toml-wrong-length = ở đây cần một danh sách { $count } giá trị
toml-duplicate-key = mục cài đặt này đã được ghi ở phía trên
toml-expected-equals = mục cài đặt được viết `tên = giá trị`; ở đây thiếu dấu `=`
toml-unclosed = dấu ngoặc kép hoặc dấu ngoặc mở ở đây chưa được đóng
toml-syntax = dòng này viết chưa đúng TOML: xem lại các dấu ngoặc kép, dấu ngoặc và dấu `=`

## Tệp bố cục (layouts/*.toml)

layout-not-a-message-id = `{ $value }` không phải mã mục (viết mã mục, ví dụ `cover-title`, hoặc mã mục kèm dòng phụ, ví dụ `level-full.title`)
layout-trim-range = chiều rộng và chiều cao khổ thành phẩm phải từ 0 đến 2000 mm
layout-length-range = `{ $name }` phải từ 0 đến 50 mm
layout-bleed-too-small = tràn lề chỉ có { $bleed } mm: nhà in cần ít nhất { $minimum } mm ra ngoài đường cắt
layout-min-size-range = `min_size` phải từ 1 đến 100 pt
layout-marks-margin = `marks_margin` ít nhất phải bằng phần tràn lề
layout-draft-mark-empty = `draft_mark` phải có chữ nhìn thấy được: đó là dấu đánh trên những tờ rơi chưa phải bản chính thức
layout-font-key-missing = `[fonts]` cần có mục `{ $key }`
layout-style-unknown-font = kiểu chữ `{ $style }` dùng phông chữ `{ $font }`, nhưng `[fonts]` không có phông này
layout-style-size = kiểu chữ `{ $style }`: cỡ { $size } pt nằm ngoài khoảng từ { $minimum } đến 200 pt (`min_size` của bố cục)
layout-style-leading = kiểu chữ `{ $style }`: khoảng cách dòng { $leading } pt không hợp với chữ cỡ { $size } pt
layout-style-cmyk = kiểu chữ `{ $style }`: giá trị CMYK phải từ 0 đến 100
layout-style-spaces = kiểu chữ `{ $style }`: khoảng cách và thụt lề phải từ 0 đến 100 mm
layout-no-pages = bố cục cần ít nhất một `[[pages]]`
layout-duplicate-panel = có hai mặt cùng tên `{ $name }`: mỗi mặt phải có tên riêng
layout-reading-order = `reading_order` phải nêu mỗi mặt đúng một lần: { $panels }
layout-panel-widths = các mặt của trang `{ $page }` cộng lại rộng { $total } mm, nhưng khổ thành phẩm rộng { $trim } mm
layout-panel-too-narrow = mặt `{ $panel }` hẹp hơn lề an toàn của nó
layout-panel-cmyk = mặt `{ $panel }`: giá trị CMYK phải từ 0 đến 100
layout-two-fills = mỗi mặt chỉ được có một khoảng trống co giãn (`fill`)
layout-unknown-style = không có kiểu chữ `{ $name }`
layout-block-needs-text = khối `{ $kind }` cần có `text`
layout-block-needs-items = khối này cần một danh sách `items`
layout-block-needs-links = khối này cần một danh sách `links`
layout-steps-need-lead = khối `steps` cần có `lead` (ví dụ "step-lead")
layout-start-range = `start` phải từ 1 đến 999
layout-qr-size-range = `qr_size` phải từ 20 đến 80 mm (mã nhỏ hơn khó quét)
layout-columns-range = `columns` phải từ 1 đến 4
layout-spacer-height-range = `height` của khoảng trống phải từ 0 đến 500 mm
layout-spacer-needs-height = khoảng trống cần có `height` hoặc `fill = true`
layout-image-needs-path = khối `image` cần có `path` (một tệp PNG)
layout-image-needs-width = khối `image` cần có `width` tính bằng mm

## Biểu tượng

layout-palette-cmyk = màu `{ $name }` của bảng màu: các giá trị CMYK phải từ 0 đến 100
layout-icon-colors-key = khóa `{ $key }` của `[icon_colors]` không phải là màu SVG: hãy viết dạng `#rrggbb` (hoặc `#rgb`)
layout-unknown-palette-color = `{ $name }` không phải là màu trong `[palette]` của bố cục ({ $count ->
    [0] bảng màu chưa có màu nào
   *[other] bảng màu có { $known }
})
layout-unknown-ink = `{ $name }` không phải là màu trong `[palette]` của bố cục ({ $count ->
    [0] bảng màu chưa có màu nào
   *[other] bảng màu có { $known }
}), cũng không phải `{ $current }`
layout-icon-name = `{ $name }` không phải là tên biểu tượng: hãy dùng tên tệp bỏ phần `.svg` (chữ cái, chữ số, `-`)
layout-style-icon-sizes = kiểu chữ `{ $style }`: `icon_size` phải từ 1 đến 100 mm và `icon_gap` từ 0 đến 50 mm
layout-icon-not-taken = chỉ các khối `heading`, `bullets` và `icon` mới dùng được `icon`
layout-icons-per-item = `icons` gán cho mỗi dòng của khối `bullets` một biểu tượng: có { $icons } biểu tượng cho { $items } dòng (hoặc dùng một `icon` chung cho mọi dòng)
layout-icon-color-without-icon = có `icon_color` mà không có `icon` hay `icons`: không có biểu tượng nào để tô màu
layout-icon-block-needs-icon = khối `icon` cần có `icon` (tên một biểu tượng)
layout-icon-width-range = `width` của biểu tượng phải từ 1 đến 200 mm
icon-unknown = không có biểu tượng `{ $name }`: không có tệp { $file }
icon-unreadable = không đọc được tệp biểu tượng { $file }: { $reason }
icon-not-svg = tệp biểu tượng { $file } không phải là tệp SVG dùng được: { $reason }
icon-svg-xml = phần XML bị lỗi ở dòng { $line }, cột { $column }
icon-svg-no-root = tệp không có phần tử `<svg>`
icon-svg-unclosed = tệp kết thúc trước khi phần tử `<svg>` được đóng
icon-svg-size = tệp không có kích thước hợp lệ (`width` và `height`, hoặc `viewBox`)
icon-svg-too-large = tệp có nhiều phần tử hơn mức một biểu tượng được phép
icon-svg-other = không đọc được tệp dưới dạng SVG
icon-unmapped-colors = biểu tượng { $file } dùng { $count } màu { $colors }, là màu mà bố cục chưa gán cho màu mực in nào
help-icon-unmapped-colors = thêm `"{ $color }" = "<màu trong bảng màu>"` vào `[icon_colors]` (hoặc `"currentColor"` để in cùng màu với chữ)
icon-unsupported = biểu tượng { $file } dùng { $what }, là thứ mà bản in không thể giữ nguyên như hình vẽ
help-icon-unsupported = hãy đơn giản hóa biểu tượng: màu phẳng, không có hiệu ứng trong suốt, không có chữ
icon-uses-text = chữ (hãy chuyển chữ thành đường nét)
icon-uses-group-opacity = hiệu ứng trong suốt (độ mờ của nhóm)
icon-uses-fill-opacity = hiệu ứng trong suốt (độ mờ của màu tô)
icon-uses-stroke-opacity = hiệu ứng trong suốt (độ mờ của nét vẽ)
icon-uses-blend-mode = chế độ hòa trộn màu (blend mode)
icon-uses-clip-or-mask = vùng cắt hoặc mặt nạ (clip path, mask)
icon-uses-filter = bộ lọc (filter)
icon-uses-image = hình ảnh nhúng bên trong
icon-uses-gradient = màu chuyển hoặc mẫu tô (gradient, pattern)
icon-uses-stretched-stroke = nét vẽ bị kéo giãn hoặc làm nghiêng
icon-empty = biểu tượng { $file } không vẽ gì nhìn thấy được

## Tệp của dự án

not-a-project = { $folder } không phải thư mục dự án tờ rơi (không có thư mục locales/)
help-not-a-project = chạy leaflet trong thư mục dự án, hoặc chỉ ra thư mục đó bằng --project THƯ_MỤC
bad-url = liên kết `{ $link }`: `{ $url }` không phải địa chỉ điện thoại mở được
help-url-schemes = địa chỉ bắt đầu bằng https://, http://, tel: hoặc mailto: và không có dấu cách
font-unusable = đây không phải phông chữ TrueType hoặc OpenType dùng được
font-cff = phông chữ này có nét kiểu CFF; leaflet chỉ nhúng được nét kiểu TrueType: hãy dùng bản .ttf của phông chữ
font-collection = đây là một bộ nhiều phông chữ; hãy dùng tệp chỉ có một phông (.ttf)
no-ftl-files = thư mục ngôn ngữ này không có tệp .ftl nào
locale-folder-not-a-tag = tên thư mục `{ $code }` không phải mã ngôn ngữ (ví dụ `jra`, `bdq`, `en`)
invalid-tag = `{ $tag }` không phải mã ngôn ngữ
help-tag-examples = viết mã ngôn ngữ theo BCP 47, ví dụ `vi`, `jra`, `bdq` hoặc `en-US`
unknown-locale = không có ngôn ngữ `{ $tag }`: dự án có { $available }
link-template = liên kết `{ $link }`: `{ $field }` không phải mẫu địa chỉ hợp lệ
help-link-template = viết địa chỉ thành chữ, thông tin đơn vị đặt trong ngoặc nhọn, ví dụ "tel:{"{"} $phone_tel {"}"}"
link-templates = không đọc được các địa chỉ trong links.toml thành mẫu địa chỉ

## Đơn vị (office.toml và tệp danh sách đơn vị)

office-missing-column = thiếu `{ $name }`: các mục có dùng thông tin này
office-missing-link-column = thiếu `{ $name }` (để trống nếu chưa biết địa chỉ)
office-empty-value = `{ $name }` đang để trống
office-unknown-choice = `{ $name }` là `{ $value }`, nhưng các mục chỉ biết { $known }
office-link-no-value = liên kết `{ $link }` dùng `{ $name }`, nhưng đơn vị này không có thông tin đó
office-bad-url = liên kết `{ $link }`: `{ $url }` không phải địa chỉ điện thoại mở được
office-link-empty = { $names } đang để trống, nhưng liên kết `{ $link }` cần thông tin này để làm địa chỉ
variants-no-offices = không có đơn vị nào: tệp cần một dòng tiêu đề và mỗi đơn vị một dòng
help-variants-layout = dòng đầu tiên ghi tên các cột (`id` và các thông tin đơn vị, xem layouts/variants.example.csv); mỗi dòng tiếp theo là một đơn vị
variants-no-id-column = dòng tiêu đề không có cột `id`
variants-separator = các cột có thể đang được ngăn cách bằng { $separator ->
    [semicolon] dấu `;`
    [tab] dấu tab
   *[comma] dấu `,`
}: hãy lưu tệp ở dạng CSV ngăn cách bằng dấu phẩy, hoặc chỉ dùng một loại dấu ngăn cách cho toàn bộ tệp
variants-repeated-column = cột `{ $name }` xuất hiện hai lần trong dòng tiêu đề
variants-csv-broken = không đọc được dòng này theo CSV (có thể còn một dấu ngoặc kép chưa đóng)
row-no-id = dòng này không có `id`
row-bad-id = mã `{ $id }` chỉ được dùng chữ a–z, chữ số, dấu `-` và `_` (mã này dùng làm tên thư mục)
row-duplicate-id = mã `{ $id }` đã được dùng ở một dòng phía trên
row-unknown-column = `{ $name }` không phải cột mà tờ rơi dùng
row-unknown-layout = không có bố cục `{ $name }`
help-row-value-too-long = rút ngắn `{ $name }` ở dòng này, hoặc cho khối một kiểu chữ rộng hơn
image-not-png = đây không phải ảnh PNG đọc được
image-size = không dùng được ảnh cỡ { $width } × { $height } điểm ảnh
image-unusable = không dùng được ảnh `{ $path }`: { $reason }

## Dàn trang

overflow = mặt `{ $panel }` bị tràn chữ { $mm } mm, dù đã thu chữ xuống cỡ nhỏ nhất
help-overflow = rút ngắn các mục này trong locales/{ $locale }/: { $messages }; hoặc chuyển một khối sang mặt khác trong bố cục
overflow-grown = `{ $id }` (dài thêm { $mm } mm)
help-overflow-grown = rút ngắn trước hết các mục dài ra nhiều nhất so với `{ $source }`, trong locales/{ $locale }/: { $messages }
overflow-proof-written = bản kiểm tra cho thấy phần chữ tràn ra ngoài mặt: hãy rút ngắn phần đó
proof-overflow = tràn ra ngoài mặt { $mm } mm
auto-fit = chữ ở mặt `{ $panel }` đã được thu nhỏ còn { $percent } % cho vừa
missing-glyph = phông chữ { $font } không có ký tự `{ $character }` ({ $codepoint })
help-missing-glyph = xem lại chữ có bị gõ nhầm hay dán nhầm ký tự không, hoặc dùng phông chữ có ký tự này
word-too-wide = chữ `{ $word }` rộng hơn mặt `{ $panel }` { $mm } mm
help-word-too-wide = rút ngắn chữ này, hoặc cho khối một kiểu chữ rộng hơn
unknown-link = bố cục dùng liên kết `{ $link }`, nhưng links.toml không có liên kết này
help-unknown-link = thêm liên kết vào links.toml, hoặc sửa lại tên liên kết trong bố cục
qr-columns-too-narrow = mã QR cỡ { $size } mm không xếp được { $columns } mã một hàng trong mặt `{ $panel }` (mỗi cột { $cell } mm)
qr-url-too-long = liên kết `{ $link }`: địa chỉ quá dài, không làm được mã QR
qr-quiet-zone-too-wide = mã QR { $size } mm cùng viền trắng rộng { $total } mm, lớn hơn cột { $cell } mm của mặt `{ $panel }`
layout-draft-mark-unfit = dấu `draft_mark` "{ $text }" của bố cục không vừa một mặt, hoặc phông chữ đậm thiếu một ký tự của dấu này
image-not-loaded = chưa đọc được ảnh { $path }
unknown-reference = bố cục dùng mục `{ $id }`, nhưng bản gốc không có mục này
help-unknown-reference = thêm mục này vào locales/{ $locale }/, hoặc sửa lại mã mục trong bố cục
fallback-runtime = không in được bản dịch ({ $reason }); tờ rơi in bản gốc thay vào
format-missing = mục này không có, hoặc bị lỗi
format-unknown-variable = mục dùng chỗ điền `${ $name }`, nhưng không đơn vị nào có thông tin này
format-unknown-message = mục nhắc đến mục `{ $id }`, nhưng không có mục đó
format-unknown-attribute = mục nhắc đến `{ $id }.{ $attribute }`, nhưng không có dòng phụ đó
format-unknown-term = mục nhắc đến thuật ngữ `-{ $id }`, nhưng không có thuật ngữ đó
format-unknown-term-attribute = mục nhắc đến `-{ $id }.{ $attribute }`, nhưng không có dòng phụ đó
format-unknown-function = mục gọi `{ $name }()`, nhưng không có hàm này (chỉ có UPPER)
format-cyclic = mục nhắc đến chính nó, qua các mục khác
format-no-value = `{ $id }` không có nội dung, chỉ có dòng phụ
format-too-many-placeables = mục có quá nhiều cặp ngoặc nhọn `{"{"} {"}"}`

## Ghi tệp PDF và ảnh

pdf-subset-failed = không nhúng được phông chữ { $font } ({ $detail }); xin báo lỗi này cho người phát triển
pdf-serialize-failed = không ghi được tệp PDF ({ $detail }); xin báo lỗi này cho người phát triển
preview-no-page = tệp PDF không có trang { $page }
preview-unreadable = không đọc được tệp PDF để làm ảnh xem trước
png-failed = không ghi được ảnh ({ $detail })

## Chữ in đè trên bản kiểm tra

proof-title = BẢN KIỂM TRA – { $title }
proof-banner = BẢN KIỂM TRA – KHÔNG DÙNG ĐỂ IN
proof-more-ids = { " " }… và { $count } mã nữa
proof-id-count = { $count } mã
proof-auto-fit = { " " }· tự thu nhỏ còn { $percent } %
proof-from-source = { " " }(lấy từ { $locale })

## Kiểm tra trước khi in (mọi tệp PDF, như nhà in kiểm tra)

preflight-not-a-pdf = đây không phải tệp PDF đọc được
preflight-small-qr = có mã QR chỉ rộng { $size } mm (dưới { $minimum } mm)
preflight-unreadable-qr = có hình giống mã QR ({ $size } mm) nhưng không đọc ra được
help-scan-qr = hãy quét thử bằng điện thoại trước khi in
preflight-no-pages = tệp PDF không có trang nào đọc được: không có gì để in
preflight-no-trimbox = trang không có TrimBox: không biết khổ thành phẩm
preflight-little-bleed = trang chỉ có { $bleed } mm tràn lề; cần ít nhất { $needed } mm ra ngoài đường cắt ở mọi phía
preflight-no-bleed = trang không có tràn lề (cần ít nhất { $needed } mm ra ngoài đường cắt ở mọi phía)
preflight-font-not-embedded = phông chữ { $font } chưa được nhúng vào tệp
preflight-rgb = tệp có dùng màu RGB: bản in phải dùng màu CMYK (hoặc màu xám)
preflight-no-output-intent = tệp không có điều kiện in (output intent): không rõ sẽ in trong điều kiện nào
preflight-small-text = có chữ nhỏ đến { $size } pt (dưới { $minimum } pt)
preflight-low-resolution = có ảnh in ra chỉ đạt { $ppi } ppi (cần ít nhất { $needed } ppi)
preflight-modest-resolution = có ảnh in ra đạt { $ppi } ppi (dưới { $good } ppi)
preflight-transparency = tệp có dùng hiệu ứng trong suốt (PDF/X-1a không cho phép)
preflight-annotations = có { $count } chú thích PDF (annotation) nằm trong khổ thành phẩm (PDF/X không cho phép)
preflight-no-page-tree = phần danh mục (Catalog) của tệp PDF không có cây trang (/Pages)
preflight-not-a-page-object = trang { $page }: cây trang có ghi một thứ không phải trang
preflight-page-listed-twice = { $object } được ghi hai lần trong cây trang
preflight-object-not-a-page = trang { $page }: { $object } không phải là trang
preflight-page-missing = trang { $page }: không có { $object }
preflight-node-without-kids = nút { $object } của cây trang không có /Kids
preflight-qr-pages-limited = chỉ tìm mã QR trên { $limit } trang đầu trong tổng số { $pages } trang
preflight-tree-too-deep = cây trang lồng nhau sâu hơn { $limit } lớp
preflight-neither-page-nor-node = trang { $page }: { $object } không phải trang, cũng không phải nút của cây trang (không có /Type /Page)

## Bản dịch (lệnh check)

consequence-source = khi chưa sửa, không tờ rơi nào dùng được mục này
consequence-translation = khi chưa sửa, tờ rơi in bản gốc `{ $source }` cho mục này
duplicate-message = mục này được ghi lần thứ hai (lần đầu ở { $first }); Fluent dùng lần đầu
duplicate-attribute = dòng phụ `.{ $attribute }` được ghi lần thứ hai; Fluent dùng lần đầu
duplicate-variant = phương án `[{ $key }]` xuất hiện lần thứ hai trong phần lựa chọn này; Fluent dùng lần đầu
help-duplicate = xóa một trong hai, hoặc đổi sang tên khác
empty-source = mục này không có nội dung
empty-translation = bản dịch này đang để trống
missing-variable = bản dịch bỏ mất chỗ điền `${ $name }`, mà bản gốc `{ $source }` có dùng
help-missing-variable = đặt `{"{"} ${ $name } {"}"}` vào chỗ thông tin đó cần đứng trong câu của ngôn ngữ này
unknown-variable = bản dịch dùng chỗ điền `${ $name }`, mà bản gốc `{ $source }` không có
missing-attribute = bản dịch thiếu dòng phụ `.{ $attribute }`, mà mục gốc `{ $source }` có
obsolete-attribute = dòng phụ `.{ $attribute }` không có trong mục gốc `{ $source }`, nên không bao giờ được in
obsolete-message = mục này không còn trong bản gốc `{ $source }`, nên không bao giờ được in
help-obsolete-message = xóa mục này, hoặc đổi sang mã mục mà bản gốc đang dùng
not-reviewed = trong { $total } mục: { $parts }
not-reviewed-draft = { $count } chưa duyệt
not-reviewed-untranslated = { $count } chưa dịch
not-reviewed-fallback = { $count } phải in bản gốc vì có lỗi
not-reviewed-source-changed = { $count } mục có bản gốc tiếng Việt đã thay đổi từ đó
help-not-reviewed = mỗi mục cần người bản ngữ duyệt (lệnh `leaflet review`, hoặc trong studio); khi chưa duyệt, tờ rơi mang dấu BẢN NHÁP
source-changed = bản gốc `{ $source }` của mục này đã thay đổi kể từ khi được dịch hoặc duyệt
source-changed-was = trước đây: { $text }
source-changed-now = bây giờ: { $text }
help-source-changed = sửa bản dịch nếu cần, rồi nhờ người bản ngữ duyệt lại (`leaflet review`)

## Lệnh review

review-source = `{ $source }` là ngôn ngữ gốc: bản dịch được duyệt đối chiếu với bản gốc này
review-unknown-message = bản gốc không có mục `{ $id }`
review-skip-missing = chưa duyệt: bản dịch không có mục này
review-skip-reviewed = đã duyệt rồi
review-skip-fallback = chưa duyệt: bản dịch có lỗi mà `leaflet check` chỉ ra; hãy sửa lỗi trước
review-skip-untranslated = chưa duyệt: mục chưa được dịch
review-approved = { $by } đã duyệt: { $ids }
review-withdrawn = đã hủy duyệt: { $ids }
review-nothing = không có mục nào để duyệt
review-who = hãy cho biết ai duyệt: `--by TÊN` (hoặc đặt biến môi trường LEAFLET_REVIEWER)
legacy-tcvn3 = “{ $text }” có vẻ được gõ bằng phông chữ cũ TCVN3 (ABC)
legacy-vni = “{ $text }” có vẻ được gõ bằng phông chữ cũ VNI-Windows
legacy-stand-in = “{ $text }” dùng ký tự thay thế ASCII của phông chữ Jrai hoặc Bahnar cũ
legacy-older-form = “{ $text }” dùng cách thay thế cũ cho một chữ có dấu trăng (breve)
help-did-you-mean = có phải là “{ $text }”?
help-legacy-certain = đúng ra là “{ $text }”: lệnh `leaflet check --fix` sẽ sửa lại
mixed-apostrophes = dấu nháy `{ $found }` ({ $found_code }) khác với dấu `{ $majority }` ({ $majority_code }) dùng ở những chỗ khác của ngôn ngữ này
help-apostrophes = dùng `{ $majority }` ở mọi chỗ
link-unknown-message = liên kết `{ $link }` dùng mục `{ $id }`, nhưng bản gốc không có mục này
link-without-url = liên kết `{ $link }` chưa có địa chỉ: tờ rơi in tên và lời gợi ý của liên kết thay cho mã QR
help-link-without-url = thêm `url` của liên kết vào links.toml (hoặc vào thông tin đơn vị) khi đơn vị đã có địa chỉ

## Tạo tờ rơi

no-layouts = thư mục này không có bố cục nào (*.toml)
duplicate-layout = hai bố cục { $first } và { $second } cùng tên `{ $name }` nên sẽ ghi trùng vào cùng các tệp
help-duplicate-layout = đổi tên một trong hai tệp; tệp thứ hai không được tạo
locale-not-loaded = không đọc được ngôn ngữ `{ $locale }`
layout-fonts-not-loaded = không đọc được phông chữ của bố cục `{ $layout }`
stale-removed = đã xóa: tờ rơi tạo không thành công thì không để lại tệp nào có thể bị in nhầm
stale-variant-removed = đã xóa: tệp này được tạo từ nội dung hoặc thông tin cũ hơn lần tạo này
not-final = --final: tờ rơi `{ $layout }` chưa phải bản chính thức: { $counts }
not-final-count = { $state ->
    [draft] { $count } mục chưa duyệt
    [untranslated] { $count } mục chưa dịch
   *[fallback] { $count } mục phải in bản gốc vì có lỗi
}
not-final-ids = { $state ->
    [draft] chưa duyệt
    [untranslated] chưa dịch
   *[fallback] in bản gốc
}: { $ids }
help-not-final = nhờ người bản ngữ duyệt các mục này, hoặc tạo lại mà không dùng --final để in bản nháp; mục chưa dịch sẽ in bản gốc `{ $source }`
not-final-legacy = --final: tờ rơi `{ $layout }` in chữ có vẻ được gõ bằng phông chữ cũ
not-final-legacy-item = `{ $id }`: “{ $text }”
help-not-final-legacy = sửa lại (lệnh `leaflet check --fix` sửa những chỗ chắc chắn), rồi tạo lại

## Lệnh check --fix

fix-repaired = đã sửa “{ $found }” → “{ $repaired }”
fix-summary = đã sửa { $repaired } chỗ; còn { $left } chỗ cần người xem xét (liệt kê bên dưới)
fix-file-changed = tệp này đã thay đổi sau khi được đọc; chưa sửa gì trong tệp
help-fix-again = chạy lại lệnh `leaflet check --fix`

## Dòng lệnh: tổng kết và bảng

tally = { $errors } lỗi, { $warnings } cảnh báo
summary-header = ngôn ngữ trang   kích cỡ cảnh báo  tệp
summary-size = { $kilobytes } KB
summary-draft = {"  "}(BẢN NHÁP)
summary-failed = THẤT BẠI { $path }
summary-failed-row = THẤT BẠI { $file }:{ $line } (đơn vị `{ $id }`)
summary-failed-leaflet-of-row = THẤT BẠI { $path } ({ $file }:{ $line }, đơn vị `{ $id }`)
summary-total = đã tạo { $built }, thất bại { $failed }, { $errors } lỗi, { $warnings } cảnh báo, { $seconds } giây, { $megabytes } MB
build-errors-heading = { $count } lỗi:
build-same-finding = giống nhau ở { $count } tờ rơi, của các đơn vị { $offices }{ $more ->
    [0] {""}
   *[other] {" "}và { $more } đơn vị khác
}
summary-interrupted = Đã dừng giữa chừng: { $skipped ->
    [0] mọi tờ rơi đã được bắt đầu, và mỗi tờ đã được ghi trọn vẹn.
   *[other] { $skipped } tờ rơi chưa được tạo. Mọi tệp đã ghi đều trọn vẹn; hãy chạy lại lệnh để tạo phần còn lại.
}
progress-leaflets = tờ rơi
progress-built = đã tạo{"  "}
progress-failed = THẤT BẠI
status-locale = tiếng
status-reviewed = đã duyệt
status-draft = nháp
status-source-changed = nguồn đã đổi
status-untranslated = chưa dịch
status-fallback = dùng gốc
status-obsolete = thừa
status-overflows = tràn chữ
status-errors = lỗi
status-bar-legend = tiến độ (█ đã duyệt, ▒ nháp hoặc nguồn đã đổi)
status-overflowing-panel = mặt bị tràn chữ: { $panel }
preflight-page = {"  "}trang { $page }   khổ giấy { $width } × { $height } mm, { $trim }, { $bleed }
preflight-no-trim = không có TrimBox
preflight-trim = thành phẩm { $width } × { $height } mm
preflight-without-bleed = không có tràn lề
preflight-bleed = tràn lề { $bleed } mm
preflight-font = {"  "}phông chữ     { $name } ({ $kind }; { $embedded ->
    [yes] đã nhúng
   *[no] CHƯA nhúng
}, { $subset ->
    [yes] nhúng một phần
   *[no] đầy đủ
})
preflight-colours = {"  "}màu           { $spaces }
preflight-intent = {"  "}điều kiện in  { $intent }{ $pdfx }
preflight-text = {"  "}chữ           nhỏ nhất { $size } pt
preflight-qr = {"  "}mã QR         trang { $page }: { $size } mm, { $content }
preflight-image = {"  "}ảnh           trang { $page }: { $width } × { $height } px, { $space }, { $ppi } ppi
preflight-verdict-ready = {"  "}=> sẵn sàng để in{"\u000A"}
preflight-verdict-blocked = {"  "}=> CHƯA sẵn sàng để in{"\u000A"}
preflight-none = không có

## Lệnh new-locale

new-locale-created = đã tạo { $path }
new-locale-next = việc tiếp theo: dịch từng mục, rồi chạy `leaflet check --locale { $code }`
new-locale-canonical = hãy viết mã ngôn ngữ theo dạng chuẩn: `{ $tag }`
new-locale-is-source = `{ $tag }` là ngôn ngữ gốc: hãy sửa trong locales/{ $source }/
new-locale-exists = thư mục này đã có: new-locale không bao giờ ghi đè lên bản dịch
new-locale-header =
    Ngôn ngữ `{ $code }`, dịch từ `{ $source }` (locales/{ $source }/).
    Lúc đầu mỗi mục là bản sao nội dung tiếng Việt; nội dung gốc được giữ
    trong các dòng `# vi:` phía trên mục. Hãy dịch phần nội dung; giữ nguyên
    mã mục và mọi chỗ điền {"{"} $tên {"}"}. Mục vẫn là bản nháp cho đến khi
    người bản ngữ duyệt bằng lệnh `leaflet review` (hoặc trong studio); việc
    duyệt được ghi trong review.toml, không ghi trong các dòng chú thích này.
new-locale-no-source = ngôn ngữ gốc `{ $source }` không có tệp nào đọc được
new-locale-source-broken = ngôn ngữ gốc có lỗi cách viết; hãy sửa những lỗi đó trước
unknown-layout-argument = không có bố cục `{ $name }` (không phải tệp, cũng không phải tên trong layouts/; có: { $known })
preview-stale-removed = {"  "}= ghi chú: đã xóa { $path }: tờ rơi của ảnh này tạo không thành công, để ảnh cũ lại sẽ gây nhầm
preview-written = ảnh xem trước  { $path }

## Lệnh watch

watch-failed = không theo dõi được các tệp ({ $detail })
watch-folder-failed = không theo dõi được { $path } ({ $detail })
watch-watching = đang theo dõi thay đổi trong { $path } (bấm Ctrl-C để dừng)
watch-rebuilt = đã tạo lại trong { $milliseconds } ms
watch-previews = đã làm mới { $count } ảnh xem trước
