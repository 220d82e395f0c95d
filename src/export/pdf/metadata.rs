//! The XMP metadata packet of a tagged (PDF/UA-1) file: the title a
//! screen reader announces (`dc:title`, in the document's language), the
//! PDF/UA identification (`pdfuaid:part` 1), the producer, and dates only
//! when `SOURCE_DATE_EPOCH` gives them, so identical inputs stay
//! identical files.

use super::PRODUCER;

/// The packet, as UTF-8 XML. `date` is a PDF date (`D:YYYYMMDDHHmmSSZ`).
pub fn xmp(title: &str, lang: &str, date: Option<&str>) -> String {
    let dates = date.and_then(iso_date).map_or(String::new(), |d| {
        format!(
            "   <xmp:CreateDate>{d}</xmp:CreateDate>\n   <xmp:ModifyDate>{d}</xmp:ModifyDate>\n"
        )
    });
    let (title, lang, producer) = (escape(title), escape(lang), escape(PRODUCER));
    format!(
        r#"<?xpacket begin="{bom}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
   <pdf:Producer>{producer}</pdf:Producer>
   <xmp:CreatorTool>{producer}</xmp:CreatorTool>
{dates}   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"#,
        bom = '\u{feff}'
    )
}

/// `D:YYYYMMDDHHmmSSZ` as `YYYY-MM-DDTHH:mm:SSZ`.
fn iso_date(pdf: &str) -> Option<String> {
    let d = pdf.strip_prefix("D:")?;
    let digits = d.get(..14)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(format!(
        "{}-{}-{}T{}:{}:{}Z",
        &d[0..4],
        &d[4..6],
        &d[6..8],
        &d[8..10],
        &d[10..12],
        &d[12..14]
    ))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_packet_names_title_and_pdfua_part_and_dates_only_when_given() {
        let x = xmp("Dịch vụ công <trực tuyến>", "vi", None);
        assert!(x.contains(">Dịch vụ công &lt;trực tuyến&gt;</rdf:li>"));
        assert!(x.contains("<pdfuaid:part>1</pdfuaid:part>"));
        assert!(!x.contains("Date"));
        let x = xmp("t", "vi", Some("D:20240229123456Z"));
        assert!(x.contains("<xmp:CreateDate>2024-02-29T12:34:56Z</xmp:CreateDate>"));
    }
}
