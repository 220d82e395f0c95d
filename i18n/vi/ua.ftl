# Thông báo của bản điện tử có gắn thẻ (PDF/UA-1) và lệnh `preflight --ua`.
# Mỗi lỗi bắt đầu bằng quy tắc bị vi phạm: mục của Matterhorn Protocol
# (`28-009`) hoặc điều khoản của ISO 14289-1 / ISO 32000-1 (`7.1`).

layout-draft-mark-lang = `draft_mark_lang` ghi { $langs } ngôn ngữ, nhưng `draft_mark` có { $parts } phần (ngăn cách bằng " / "): cần ghi một ngôn ngữ cho mỗi phần
ua-untagged = [{ $rule }] tệp PDF không gắn thẻ (không có cây cấu trúc): phần mềm đọc màn hình không đọc theo được
ua-not-marked = [{ $rule }] danh mục tài liệu không ghi /MarkInfo << /Marked true >>
ua-suspects = [{ $rule }] /MarkInfo ghi /Suspects true: các thẻ không đáng tin
ua-no-metadata = [{ $rule }] danh mục tài liệu không có siêu dữ liệu XMP
ua-no-pdfua-id = [{ $rule }] siêu dữ liệu XMP thiếu mã nhận biết PDF/UA (pdfuaid:part 1)
ua-no-dc-title = [{ $rule }] siêu dữ liệu XMP không có dc:title
ua-no-display-doc-title = [{ $rule }] /ViewerPreferences không có /DisplayDocTitle: trình xem hiện tên tệp thay cho tiêu đề
ua-display-doc-title-false = [{ $rule }] /DisplayDocTitle là false: trình xem hiện tên tệp thay cho tiêu đề
ua-no-lang = [{ $rule }] danh mục tài liệu không có /Lang: không biết chữ viết bằng ngôn ngữ nào
ua-standard-type-remapped = [{ $rule }] bảng ánh xạ vai trò đổi nghĩa kiểu cấu trúc chuẩn { $kind }
ua-type-not-mapped = [{ $rule }] kiểu cấu trúc { $kind } không được ánh xạ về kiểu chuẩn
ua-figure-without-alt = [{ $rule }] { $count } hình (Figure) không có chữ thay thế (/Alt)
ua-first-heading = [{ $rule }] tiêu đề đầu tiên là H{ $level }, không phải H1
ua-heading-skipped = [{ $rule }] cấp tiêu đề nhảy từ H{ $from } xuống H{ $to }
ua-list = [{ $rule }] một danh sách không gồm các LI với Lbl và LBody: { $problem }
ua-unreadable-content = [{ $rule }] trang { $page }: không đọc được nội dung trang
ua-unmarked-content = [{ $rule }] trang { $page }: { $count } phần được vẽ mà không gắn thẻ nội dung, cũng không đánh dấu là phần trang trí (artifact)
ua-artifact-in-content = [{ $rule }] trang { $page }: phần trang trí (artifact) nằm trong nội dung có gắn thẻ
ua-content-in-artifact = [{ $rule }] trang { $page }: nội dung có gắn thẻ nằm trong phần trang trí (artifact)
ua-mcid-not-in-tree = [{ $rule }] trang { $page }: { $count } mã nội dung đánh dấu (MCID) không có trong cây cấu trúc
ua-mcid-not-in-content = [{ $rule }] trang { $page }: cây cấu trúc ghi { $count } mã nội dung đánh dấu (MCID) mà trang không có
ua-no-struct-parents = [{ $rule }] trang { $page }: trang có nội dung đánh dấu nhưng không có /StructParents
ua-no-tabs = [{ $rule }] trang { $page }: trang có chú thích PDF (annotation) nhưng không có /Tabs
ua-tabs-not-structure = [{ $rule }] trang { $page }: /Tabs không phải /S, nên các liên kết không được duyệt theo thứ tự đọc
ua-link-not-tagged = [{ $rule }] trang { $page }: { $count } liên kết không nằm trong phần tử cấu trúc Link
ua-link-without-contents = [{ $rule }] trang { $page }: { $count } liên kết không có mô tả (/Contents)
ua-font-without-unicode = [{ $rule }] phông chữ { $font } không có bảng ToUnicode: không đọc to được chữ của phông này
ua-verdict-ok = {"  "}=> PDF/UA-1: đã kiểm tra { $rules } quy tắc, không vi phạm quy tắc nào{"\u000A"}
ua-verdict-failed = {"  "}=> CHƯA đạt PDF/UA-1{"\u000A"}
ua-verdict-untagged = {"  "}=> không gắn thẻ: không phải tệp cho phần mềm đọc màn hình{"\u000A"}
ua-summary = {"  "}thẻ      { $elements } phần tử cấu trúc, { $marked } đoạn nội dung đánh dấu
