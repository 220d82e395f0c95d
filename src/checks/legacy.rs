//! Text that looks pasted from a legacy Vietnamese encoding or typed with
//! stand-in characters, with the text that was most likely meant.
//!
//! Three sources of such text turn up in translations: TCVN3 (ABC) byte
//! fonts shown as Latin-1 mojibake ("DÞch vô c«ng"), ASCII substitution
//! fonts of older Jrai/Bahnar web text (`[` for ƀ), and the letters Ē Ō Ờ Ử
//! that some older Jrai texts write for Ê̆ Ô̆ Ơ̆ Ư̆.

/// A suspicious stretch of text.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Byte range within the checked text.
    pub start: usize,
    pub end: usize,
    pub code: &'static str,
    pub message: String,
    /// What was probably meant.
    pub suggestion: String,
}

/// TCVN3 (VN3) byte values, read as Latin-1, and the letters they encode.
/// Only letters used by Vietnamese, in lower case and the capitals TCVN3
/// has; capitals with tone marks live in a separate TCVN3 font.
const TCVN3: &[(char, &str)] = &[
    ('µ', "à"),
    ('¸', "á"),
    ('¶', "ả"),
    ('·', "ã"),
    ('¹', "ạ"),
    ('¨', "ă"),
    ('»', "ằ"),
    ('¾', "ắ"),
    ('¼', "ẳ"),
    ('½', "ẵ"),
    ('Æ', "ặ"),
    ('©', "â"),
    ('Ç', "ầ"),
    ('Ê', "ấ"),
    ('È', "ẩ"),
    ('É', "ẫ"),
    ('Ë', "ậ"),
    ('®', "đ"),
    ('Ì', "è"),
    ('Ð', "é"),
    ('Î', "ẻ"),
    ('Ï', "ẽ"),
    ('Ñ', "ẹ"),
    ('ª', "ê"),
    ('Ò', "ề"),
    ('Õ', "ế"),
    ('Ó', "ể"),
    ('Ô', "ễ"),
    ('Ö', "ệ"),
    ('×', "ì"),
    ('Ý', "í"),
    ('Ø', "ỉ"),
    ('Ü', "ĩ"),
    ('Þ', "ị"),
    ('ß', "ò"),
    ('ã', "ó"),
    ('á', "ỏ"),
    ('â', "õ"),
    ('ä', "ọ"),
    ('«', "ô"),
    ('å', "ồ"),
    ('è', "ố"),
    ('æ', "ổ"),
    ('ç', "ỗ"),
    ('é', "ộ"),
    ('¬', "ơ"),
    ('ê', "ờ"),
    ('í', "ớ"),
    ('ë', "ở"),
    ('ì', "ỡ"),
    ('î', "ợ"),
    ('ï', "ù"),
    ('ó', "ú"),
    ('ñ', "ủ"),
    ('ò', "ũ"),
    ('ô', "ụ"),
    ('\u{AD}', "ư"),
    ('õ', "ừ"),
    ('ø', "ứ"),
    ('ö', "ử"),
    ('÷', "ữ"),
    ('ù', "ự"),
    ('ú', "ỳ"),
    ('ý', "ý"),
    ('û', "ỷ"),
    ('ü', "ỹ"),
    ('þ', "ỵ"),
    ('¡', "Ă"),
    ('¢', "Â"),
    ('£', "Ê"),
    ('¤', "Ô"),
    ('¥', "Ơ"),
    ('¦', "Ư"),
    ('§', "Đ"),
];

/// Characters that never occur in Vietnamese, Jrai, Bahnar or English
/// text but are typical of TCVN3 mojibake.
fn tcvn3_only(c: char) -> bool {
    matches!(
        c,
        'µ' | '¸'
            | '¶'
            | '·'
            | '¹'
            | '¨'
            | '»'
            | '¾'
            | '¼'
            | '½'
            | 'Æ'
            | '©'
            | 'Ç'
            | 'Ë'
            | '®'
            | 'Ð'
            | 'Î'
            | 'Ï'
            | 'Ñ'
            | 'ª'
            | 'Ö'
            | '×'
            | 'Ø'
            | 'Ü'
            | 'Þ'
            | 'ß'
            | 'ä'
            | '«'
            | 'å'
            | 'æ'
            | 'ç'
            | '¬'
            | 'ë'
            | 'î'
            | 'ï'
            | 'ö'
            | 'ø'
            | '÷'
            | 'û'
            | 'ü'
            | 'þ'
            | '\u{AD}'
            | '¡'
            | '¢'
            | '£'
            | '¤'
            | '¥'
            | '¦'
            | '§'
    )
}

fn tcvn3_decode(word: &str) -> String {
    word.chars()
        .map(|c| {
            TCVN3
                .iter()
                .find(|(k, _)| *k == c)
                .map_or_else(|| c.to_string(), |(_, v)| v.to_string())
        })
        .collect()
}

/// Letters that some older Jrai texts write for the breve letters.
const ALT_FORMS: &[(char, &str)] = &[
    ('Ē', "Ê\u{306}"),
    ('ē', "ê\u{306}"),
    ('Ō', "Ô\u{306}"),
    ('ō', "ô\u{306}"),
    ('Ờ', "Ơ\u{306}"),
    ('ờ', "ơ\u{306}"),
    ('Ử', "Ư\u{306}"),
    ('ử', "ư\u{306}"),
];

/// Whether `word` holds a stand-in from [`ALT_FORMS`]. The macron forms
/// are never Vietnamese. Ờ and Ử are (người, đời, thử), and Jrai and
/// Bahnar short vowels stand in open syllables too (djơ̆, hmư̆), so a
/// single word cannot tell them apart; only after another vowel (the
/// Vietnamese diphthong of người, mười) is it surely not a stand-in.
fn has_alt_form(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| match c {
        'Ē' | 'ē' | 'Ō' | 'ō' => true,
        'Ờ' | 'ờ' | 'Ử' | 'ử' => !(i > 0 && is_vowel(chars[i - 1])),
        _ => false,
    })
}

/// A vowel letter, with or without diacritics (ơ, ư, ế and so on).
fn is_vowel(c: char) -> bool {
    use unicode_normalization::UnicodeNormalization;
    std::iter::once(c)
        .nfd()
        .next()
        .is_some_and(|b| "aeiouyAEIOUY".contains(b))
}

/// ASCII stand-ins of legacy Jrai/Bahnar substitution fonts.
fn ascii_stand_in(c: char) -> Option<&'static str> {
    match c {
        '[' => Some("ƀ"),
        ']' => Some("č"),
        '`' => Some("ñ"),
        '^' => Some("ĭ"),
        _ => None,
    }
}

/// Whether `locale` writes Jrai or Bahnar (where Ờ/Ử are not letters).
pub fn is_highland(locale: &str) -> bool {
    let lang = locale.split(['-', '_']).next().unwrap_or(locale);
    matches!(lang, "jra" | "bdq")
}

/// Words (byte ranges) of `text`: maximal runs without whitespace.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive(char::is_whitespace)
        .scan(0, |pos, chunk| {
            let start = *pos;
            *pos += chunk.len();
            Some((start, chunk.trim_end()))
        })
}

/// Checks one piece of message text.
pub fn check(text: &str, locale: &str) -> Vec<Finding> {
    // Mojibake comes a whole paste at a time: decode the whole text, since
    // some of its characters (ô, é…) are also real letters.
    // A trigger counts inside a word, next to a letter: a lone `·` is punctuation.
    let mojibake = |w: &str| {
        let chars: Vec<char> = w.chars().collect();
        chars.iter().enumerate().any(|(i, &c)| {
            tcvn3_only(c)
                && (i.checked_sub(1).is_some_and(|p| chars[p].is_alphabetic())
                    || chars.get(i + 1).is_some_and(|n| n.is_alphabetic()))
        })
    };
    if let Some((start, word)) = words(text).find(|(_, w)| mojibake(w)) {
        return vec![Finding {
            start,
            end: text.trim_end().len(),
            code: "legacy-encoding",
            message: format!("`{word}` looks like text typed with a TCVN3 (ABC) font"),
            suggestion: tcvn3_decode(text.trim_end()),
        }];
    }
    let mut out = Vec::new();
    for (start, word) in words(text) {
        if word.is_empty() {
            continue;
        }
        let end = start + word.len();
        if is_highland(locale) {
            let letters = |c: char| c.is_alphabetic();
            let has_stand_in = word.char_indices().any(|(i, c)| {
                ascii_stand_in(c).is_some()
                    && (word[i + c.len_utf8()..].starts_with(letters)
                        || word[..i].ends_with(letters))
            });
            let has_backslash_breve = word.char_indices().any(|(i, c)| {
                c == '\\' && word[..i].ends_with(|p: char| "aeiouyơưâêôAEIOUYƠƯÂÊÔ".contains(p))
            });
            if has_stand_in || has_backslash_breve {
                let mut fixed = String::new();
                for c in word.chars() {
                    match (c, ascii_stand_in(c)) {
                        ('\\', _) => fixed.push('\u{306}'),
                        (_, Some(s)) => fixed.push_str(s),
                        _ => fixed.push(c),
                    }
                }
                out.push(Finding {
                    start,
                    end,
                    code: "ascii-stand-in",
                    message: format!("`{word}` uses ASCII stand-ins of a legacy font"),
                    suggestion: fixed,
                });
                continue;
            }
            if has_alt_form(word) {
                let fixed: String = word
                    .chars()
                    .map(|c| {
                        ALT_FORMS
                            .iter()
                            .find(|(k, _)| *k == c)
                            .map_or_else(|| c.to_string(), |(_, v)| v.to_string())
                    })
                    .collect();
                out.push(Finding {
                    start,
                    end,
                    code: "alt-form",
                    message: format!("`{word}` uses an older stand-in for a letter with a breve"),
                    suggestion: fixed,
                });
            }
        }
    }
    out
}

/// Apostrophe-like characters used as letters (between or before letters).
pub const APOSTROPHES: [char; 4] = ['\'', '\u{2018}', '\u{2019}', '\u{02BC}'];

/// Apostrophes in `text` that sit next to a letter, with their offsets.
pub fn apostrophes(text: &str) -> Vec<(usize, char)> {
    text.char_indices()
        .filter(|&(i, c)| {
            APOSTROPHES.contains(&c) && text[i + c.len_utf8()..].starts_with(char::is_alphabetic)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tcvn3_mojibake_is_decoded() {
        let f = check("Truy cËp DÞch vô c«ng", "vi");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].suggestion, "Truy cập Dịch vụ công");
        assert_eq!(f[0].start, "Truy ".len());
    }

    #[test]
    fn correct_vietnamese_is_not_flagged() {
        let text = "Cổng Dịch vụ công quốc gia: Mọi lúc, mọi nơi — “Đăng ký” ĂÂÊÔƠƯĐ ờ ử ñ · ©";
        assert_eq!(check(text, "vi"), vec![]);
    }

    #[test]
    fn highland_stand_ins_and_alt_forms() {
        let f = check("[ruă mờng kơ]ông", "jra");
        assert_eq!(f[0].suggestion, "ƀruă");
        assert_eq!(f[1].suggestion, "mơ\u{306}ng");
        assert_eq!(f[2].suggestion, "kơčông");
        // The same letters are fine in Vietnamese.
        assert!(check("mờng", "vi").is_empty());
    }

    #[test]
    fn vietnamese_diphthongs_in_a_highland_text_are_not_stand_ins() {
        assert_eq!(check("NGƯỜI DÂN người mười", "jra"), vec![]);
        let f = check("HỜK Ōng", "bdq");
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].suggestion, "HƠ\u{306}K");
        assert_eq!(f[1].suggestion, "Ô\u{306}ng");
    }

    #[test]
    fn apostrophes_before_letters() {
        let a = apostrophes("'lơ̆ng ‘lơ̆ng it’s “q”");
        assert_eq!(
            a.iter().map(|x| x.1).collect::<Vec<_>>(),
            vec!['\'', '\u{2018}', '\u{2019}']
        );
    }
}
