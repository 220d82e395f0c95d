//! Text that looks pasted from a legacy encoding or typed with stand-in
//! characters, with the text that was most likely meant.
//!
//! Four sources of such text turn up in translations:
//!
//! - TCVN3 (ABC) byte fonts such as .VnTime, shown as Latin-1 mojibake:
//!   "DÞch vô c«ng" for "Dịch vụ công";
//! - VNI-Windows byte fonts such as VNI-Times, which write a letter as a
//!   base letter and Latin-1 mark letters: "Dòch vuï coâng";
//! - ASCII substitution fonts of older Jrai and Bahnar web text, as on
//!   VOV4's Jarai and Bahnar pages of 2018–2020: `[` `{` for ƀ Ƀ, `]` `}`
//!   for č Č, `` ` `` `~` for ñ Ñ, `^` for ĭ, `\` or `|` after a vowel for
//!   a breve (after c, a caron), `#` after e or o for ê̆ ô̆;
//! - the letters Ē Ō Ờ Ử that some older Jrai texts write for Ê̆ Ô̆ Ơ̆ Ư̆.
//!
//! [`check`] returns data, not sentences: what the tool says about a
//! suspect belongs in its message catalogues. [`repair`] applies the
//! suspects that are certain.

use std::ops::Range;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// What a [`Suspect`] was typed with, so that the message explaining it
/// can be chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SuspectKind {
    /// Words typed with a TCVN3 (ABC) font.
    Tcvn3,
    /// Words typed with a VNI-Windows font.
    VniWindows,
    /// A word with ASCII stand-ins for letters (`[` for ƀ…), or with
    /// stand-ins of several kinds.
    AsciiStandIn,
    /// A word whose only stand-ins are `\` (or `|`) for a breve or caron.
    BackslashBreve,
    /// A word whose only stand-ins are `#` for a circumflex and breve.
    HashBreve,
    /// A word with Ē Ō Ờ Ử standing for Ê̆ Ô̆ Ơ̆ Ư̆.
    OlderStandIn,
}

/// A stretch of text that looks typed with a legacy font.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suspect {
    /// Byte range in the checked text.
    pub range: Range<usize>,
    pub kind: SuspectKind,
    /// The suspect text as written.
    pub found: String,
    /// What it most likely should be.
    pub suggestion: String,
    /// The repair is unambiguous and may be applied without asking.
    pub certain: bool,
}

/// A text with its certain suspects repaired.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repaired {
    pub text: String,
    /// What was repaired; ranges are in the original text.
    pub applied: Vec<Suspect>,
    /// What needs a person to decide; ranges are in the original text.
    pub left: Vec<Suspect>,
}

/// Suspects in `text`, one piece of message text in `locale`: in text
/// order, not overlapping, so that each can be repaired on its own.
pub fn check(text: &str, locale: &str) -> Vec<Suspect> {
    let highland = is_highland(locale);
    // Nearly all text has none of the characters a legacy font leaves:
    // one scan decides, and only the rest is decoded word by word.
    let (codes, stand_ins_too) = telltales(text, highland);
    let mut found = match codes {
        true => mojibake(text, highland),
        false => Vec::new(),
    };
    if highland && stand_ins_too {
        let vietnamese = vietnamese_stretches(text);
        for s in stand_ins(text, &vietnamese) {
            // A stand-in inside decoded mojibake is part of that repair.
            if !found.iter().any(|m| overlaps(&m.range, &s.range)) {
                found.push(s);
            }
        }
    }
    found.sort_by_key(|s| s.range.start);
    found
}

/// Whether `text` has a character that only mojibake has (a Latin-1 sign
/// or letter that is no letter of ours, or a legacy code outside
/// Latin-1), and, in Jrai or Bahnar text, a stand-in character.
fn telltales(text: &str, highland: bool) -> (bool, bool) {
    let mut codes = false;
    let mut stand_ins = false;
    for c in text.chars() {
        if c.is_ascii() {
            stand_ins |=
                highland && (stand_in_letter(c).is_some() || matches!(c, '\\' | '|' | '#'));
        } else if ('\u{80}'..='\u{FF}').contains(&c) {
            codes |= !is_latin1_letter_of_ours(c);
        } else {
            // Every TCVN3 and VNI code is a Latin-1 character (a test
            // holds the tables to that).
            stand_ins |= highland && older_stand_in(c).is_some();
        }
        if codes && (stand_ins || !highland) {
            break;
        }
    }
    (codes, stand_ins)
}

/// `text` with every certain suspect replaced by its suggestion; every
/// other byte is unchanged. So that a tool can repair what needs nobody's
/// judgement and ask about the rest.
pub fn repair(text: &str, locale: &str) -> Repaired {
    let (applied, left): (Vec<Suspect>, Vec<Suspect>) =
        check(text, locale).into_iter().partition(|s| s.certain);
    let mut repaired = String::with_capacity(text.len());
    let mut at = 0;
    for s in &applied {
        repaired.push_str(&text[at..s.range.start]);
        repaired.push_str(&s.suggestion);
        at = s.range.end;
    }
    repaired.push_str(&text[at..]);
    Repaired {
        text: repaired,
        applied,
        left,
    }
}

/// Whether `locale` writes Jrai or Bahnar, where ASCII stand-ins and the
/// older stand-in letters turn up.
fn is_highland(locale: &str) -> bool {
    let lang = locale.split(['-', '_']).next().unwrap_or(locale);
    matches!(lang, "jra" | "bdq")
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

// ---------------------------------------------------------------------
// Vietnamese letters and syllables

/// The five tone marks (huyền, sắc, ngã, hỏi, nặng), as combining marks.
const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];
const CIRCUMFLEX: char = '\u{302}';
const BREVE: char = '\u{306}';
const HORN: char = '\u{31B}';

/// Initial consonants, longest first.
const INITIALS: [&str; 27] = [
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g",
    "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
];

/// Vietnamese rimes (vowels and final consonant) without tone: what may
/// follow an initial consonant. A little generous (both iê and yê
/// everywhere), never inventive.
const RIMES: &str = "a ac ach ai am an ang anh ao ap at au ay \
    ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây \
    e ec em en eng eo ep et ê êch êm ên ênh êp êt êu \
    i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu \
    y yêm yên yêng yêt yêu \
    o oc oi om on ong op ot ooc oong \
    oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt \
    oe oen oeo oet ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt \
    u uc ui um un ung up ut ua uân uâng uât uây uê uêch uên uênh uêt \
    uy uych uyn uynh uyp uyt uyu uya uyên uyêt \
    uô uôc uôi uôm uôn uông uôp uôt uơ \
    ư ưc ưi ưm ưn ưng ưt ưu ưa ươc ươi ươm ươn ương ươp ươt ươu";

/// A vowel letter, with or without diacritics (ơ, ư, ế and so on).
fn is_vowel(c: char) -> bool {
    std::iter::once(c)
        .nfd()
        .next()
        .is_some_and(|b| "aeiouyAEIOUY".contains(b))
}

fn has_tone(c: char) -> bool {
    std::iter::once(c).nfd().any(|m| TONES.contains(&m))
}

/// Whether `c` is a letter of Vietnamese: a Latin letter with only the
/// marks Vietnamese puts on it (ê yes, ë or î no), or đ.
fn is_vietnamese_letter(c: char) -> bool {
    if matches!(c, 'đ' | 'Đ') {
        return true;
    }
    let mut parts = std::iter::once(c).nfd();
    let Some(base) = parts.next().filter(char::is_ascii_alphabetic) else {
        return false;
    };
    let base = base.to_ascii_lowercase();
    parts.all(|mark| match mark {
        CIRCUMFLEX => "aeo".contains(base),
        BREVE => base == 'a',
        HORN => "ou".contains(base),
        m => TONES.contains(&m) && is_vowel(base),
    })
}

/// A letter of Vietnamese, Jrai or Bahnar that Latin-1 has: what a
/// legacy code may look like without being one.
fn is_latin1_letter_of_ours(c: char) -> bool {
    is_vietnamese_letter(c) || matches!(c, 'ñ' | 'Ñ')
}

/// Whether `word` is one Vietnamese syllable, in any case: an initial
/// consonant, a rime and at most one tone mark, on a vowel; rimes ending
/// in -c, -ch, -p, -t take the sắc or nặng tone only.
fn is_vietnamese_syllable(word: &str) -> bool {
    let mut tone = None;
    let mut last_letter = None;
    let mut toneless = String::new();
    for c in word.nfd() {
        if TONES.contains(&c) {
            if tone.is_some() || !last_letter.is_some_and(is_vowel) {
                return false;
            }
            tone = Some(c);
        } else {
            if !is_combining_mark(c) {
                last_letter = Some(c);
            }
            toneless.push(c);
        }
    }
    let toneless: String = toneless.nfc().flat_map(char::to_lowercase).collect();
    if !toneless.chars().all(is_vietnamese_letter) {
        return false;
    }
    let stop_tone = matches!(tone, Some('\u{301}' | '\u{323}'));
    let is_rime = |rime: &str| {
        let stop = rime.ends_with(['c', 'p', 't']) || rime.ends_with("ch");
        (!stop || stop_tone) && RIMES.split_whitespace().any(|r| r == rime)
    };
    // "qu" holds the glide: no rime with another one (oa, uy) follows it.
    let follows = |initial: &str, rime: &str| initial != "qu" || !rime.starts_with(['o', 'u']);
    is_rime(&toneless)
        || INITIALS.iter().any(|i| {
            toneless
                .strip_prefix(i)
                .is_some_and(|rime| follows(i, rime) && is_rime(rime))
        })
}

// ---------------------------------------------------------------------
// TCVN3 and VNI-Windows mojibake

/// TCVN3 (VN3) codes, read as Latin-1, and the letters they encode: the
/// lower-case letters and the seven capitals TCVN3 has. Capitals with
/// tone marks come from a second font (.VnTimeH) that shows these same
/// codes as capitals. Checked against two published conversion tables.
const TCVN3: [(char, char); 74] = [
    ('µ', 'à'),
    ('¸', 'á'),
    ('¶', 'ả'),
    ('·', 'ã'),
    ('¹', 'ạ'),
    ('¨', 'ă'),
    ('»', 'ằ'),
    ('¾', 'ắ'),
    ('¼', 'ẳ'),
    ('½', 'ẵ'),
    ('Æ', 'ặ'),
    ('©', 'â'),
    ('Ç', 'ầ'),
    ('Ê', 'ấ'),
    ('È', 'ẩ'),
    ('É', 'ẫ'),
    ('Ë', 'ậ'),
    ('®', 'đ'),
    ('Ì', 'è'),
    ('Ð', 'é'),
    ('Î', 'ẻ'),
    ('Ï', 'ẽ'),
    ('Ñ', 'ẹ'),
    ('ª', 'ê'),
    ('Ò', 'ề'),
    ('Õ', 'ế'),
    ('Ó', 'ể'),
    ('Ô', 'ễ'),
    ('Ö', 'ệ'),
    ('×', 'ì'),
    ('Ý', 'í'),
    ('Ø', 'ỉ'),
    ('Ü', 'ĩ'),
    ('Þ', 'ị'),
    ('ß', 'ò'),
    ('ã', 'ó'),
    ('á', 'ỏ'),
    ('â', 'õ'),
    ('ä', 'ọ'),
    ('«', 'ô'),
    ('å', 'ồ'),
    ('è', 'ố'),
    ('æ', 'ổ'),
    ('ç', 'ỗ'),
    ('é', 'ộ'),
    ('¬', 'ơ'),
    ('ê', 'ờ'),
    ('í', 'ớ'),
    ('ë', 'ở'),
    ('ì', 'ỡ'),
    ('î', 'ợ'),
    ('ï', 'ù'),
    ('ó', 'ú'),
    ('ñ', 'ủ'),
    ('ò', 'ũ'),
    ('ô', 'ụ'),
    ('\u{AD}', 'ư'),
    ('õ', 'ừ'),
    ('ø', 'ứ'),
    ('ö', 'ử'),
    ('÷', 'ữ'),
    ('ù', 'ự'),
    ('ú', 'ỳ'),
    ('ý', 'ý'),
    ('û', 'ỷ'),
    ('ü', 'ỹ'),
    ('þ', 'ỵ'),
    ('¡', 'Ă'),
    ('¢', 'Â'),
    ('£', 'Ê'),
    ('¤', 'Ô'),
    ('¥', 'Ơ'),
    ('¦', 'Ư'),
    ('§', 'Đ'),
];

/// VNI-Windows codes that are a whole letter (lower case; capitals are
/// the Latin-1 capitals of these codes): ơ ư đ, and i and y with tones.
const VNI_LETTERS: [(char, char); 9] = [
    ('ô', 'ơ'),
    ('ö', 'ư'),
    ('ñ', 'đ'),
    ('ì', 'ì'),
    ('í', 'í'),
    ('æ', 'ỉ'),
    ('ó', 'ĩ'),
    ('ò', 'ị'),
    ('î', 'ỵ'),
];

/// VNI-Windows codes that follow a base vowel (lower case; capitals are
/// the Latin-1 capitals): a circumflex or breve and a tone, as combining
/// marks. Checked against two published conversion tables.
const VNI_MARKS: [(char, Option<char>, Option<char>); 17] = [
    ('ù', None, Some('\u{301}')),
    ('ø', None, Some('\u{300}')),
    ('û', None, Some('\u{309}')),
    ('õ', None, Some('\u{303}')),
    ('ï', None, Some('\u{323}')),
    ('â', Some(CIRCUMFLEX), None),
    ('á', Some(CIRCUMFLEX), Some('\u{301}')),
    ('à', Some(CIRCUMFLEX), Some('\u{300}')),
    ('å', Some(CIRCUMFLEX), Some('\u{309}')),
    ('ã', Some(CIRCUMFLEX), Some('\u{303}')),
    ('ä', Some(CIRCUMFLEX), Some('\u{323}')),
    ('ê', Some(BREVE), None),
    ('é', Some(BREVE), Some('\u{301}')),
    ('è', Some(BREVE), Some('\u{300}')),
    ('ú', Some(BREVE), Some('\u{309}')),
    ('ü', Some(BREVE), Some('\u{303}')),
    ('ë', Some(BREVE), Some('\u{323}')),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Tcvn3,
    Vni,
}

/// How one word reads if it was typed with a legacy font.
#[derive(Debug, Clone, PartialEq)]
enum Reading {
    /// Plain ASCII, the same in every font.
    Same,
    /// A Vietnamese syllable, and the word as written holds a code that no
    /// correct text has there.
    Sure(String),
    /// A Vietnamese syllable, and the word as written is no Vietnamese
    /// ("Dòch"), in a text that has no other language to be; or an
    /// abbreviation ("N§" for "NĐ").
    Likely(String),
    /// A Vietnamese syllable, but the word as written may be right too:
    /// "lóc" is TCVN3 for "lúc", and Vietnamese itself.
    Maybe(String),
    /// Not a Vietnamese syllable: not typed with this font.
    Not,
}

/// `word` decoded from TCVN3, and whether it holds a code that is no
/// letter of ours (`Þ` yes, `ô` or `Ñ` no).
fn tcvn3_decode(word: &str) -> Option<(String, bool)> {
    let mut decoded = String::new();
    let mut telling = false;
    for c in word.chars() {
        if c.is_ascii() {
            decoded.push(c);
            continue;
        }
        let &(_, letter) = TCVN3.iter().find(|(code, _)| *code == c)?;
        telling |= !is_latin1_letter_of_ours(c);
        decoded.push(letter);
    }
    Some((decoded, telling))
}

/// `word` decoded from VNI-Windows, and whether it holds a code that no
/// correct text has there: a mark letter joined to the vowel before it
/// ("oâ"), or a code that is no letter of ours (`ö`).
fn vni_decode(word: &str) -> Option<(String, bool)> {
    let mut decoded: Vec<char> = Vec::new();
    let mut telling = false;
    for c in word.chars() {
        if c.is_ascii_alphabetic() {
            decoded.push(c);
            continue;
        }
        let lower = c.to_lowercase().next()?;
        if let Some(&(_, letter)) = VNI_LETTERS.iter().find(|(code, _)| *code == lower) {
            telling |= !is_latin1_letter_of_ours(c);
            decoded.push(if c.is_uppercase() {
                letter.to_uppercase().next()?
            } else {
                letter
            });
            continue;
        }
        let &(_, modifier, tone) = VNI_MARKS.iter().find(|(code, ..)| *code == lower)?;
        let base = decoded.pop()?;
        decoded.push(add_marks(base, modifier, tone)?);
        telling = true;
    }
    Some((decoded.into_iter().collect(), telling))
}

/// `base` with a VNI circumflex or breve and a tone added, if Vietnamese
/// writes such a letter: a circumflex on a bare a, e or o, a breve on a
/// bare a, a tone on a vowel that has none.
fn add_marks(base: char, modifier: Option<char>, tone: Option<char>) -> Option<char> {
    let mut parts = std::iter::once(base).nfd();
    let letter = parts.next()?.to_ascii_lowercase();
    let marks: Vec<char> = parts.collect();
    let fits = match modifier {
        Some(CIRCUMFLEX) => marks.is_empty() && "aeo".contains(letter),
        Some(_) => marks.is_empty() && letter == 'a',
        None => is_vowel(letter) && !marks.iter().any(|m| TONES.contains(m)),
    };
    if !fits {
        return None;
    }
    let mut composed = std::iter::once(base).chain(modifier).chain(tone).nfc();
    let c = composed.next()?;
    composed.next().is_none().then_some(c)
}

fn decode(word: &str, encoding: Encoding) -> Option<(String, bool)> {
    match encoding {
        Encoding::Tcvn3 => tcvn3_decode(word),
        Encoding::Vni => vni_decode(word),
    }
}

/// Whether `word`, no Vietnamese syllable in `encoding`, is garbled in a
/// way that `encoding` does not explain: a Latin-1 sign or foreign letter
/// that does not decode, or decodes into no syllable. Abbreviations
/// ("N§" is TCVN3 for "NĐ") have no vowel and are explained.
fn unexplained(word: &str, encoding: Encoding) -> bool {
    let garbled = word
        .chars()
        .any(|c| ('\u{A0}'..='\u{FF}').contains(&c) && !is_latin1_letter_of_ours(c));
    garbled && decode(word, encoding).is_none_or(|(d, _)| d.chars().any(is_vowel))
}

/// How `word` reads in `encoding`; `highland` text has Jrai or Bahnar
/// words, which are no Vietnamese but right.
fn read(word: &str, encoding: Encoding, highland: bool) -> Reading {
    if word.is_ascii() {
        return Reading::Same;
    }
    let Some((decoded, telling)) = decode(word, encoding) else {
        return Reading::Not;
    };
    if !is_vietnamese_syllable(&decoded) {
        // An abbreviation ("N§" is TCVN3 for "NĐ") has no vowel to be a
        // syllable, and is part of the run it stands in.
        let abbreviation = decoded != word && !decoded.chars().any(is_vowel);
        return if abbreviation {
            Reading::Likely(decoded)
        } else {
            Reading::Not
        };
    }
    // Sure takes a telling code, an ASCII letter (which every mojibake
    // word has, and a lone `·` or `©` has not) and a word that is not
    // Vietnamese as written.
    let vietnamese = is_vietnamese_syllable(word);
    if telling && word.chars().any(|c| c.is_ascii_alphabetic()) && !vietnamese {
        Reading::Sure(decoded)
    } else if !vietnamese && !highland {
        Reading::Likely(decoded)
    } else {
        Reading::Maybe(decoded)
    }
}

/// Words of `text` for decoding: runs of letters, combining marks and the
/// TCVN3 codes that are signs in Latin-1 (`«ng` is TCVN3 for "ông").
fn tokens(text: &str) -> Vec<Range<usize>> {
    let is_word_char = |c: char| {
        c.is_alphabetic() || is_combining_mark(c) || TCVN3.iter().any(|(code, _)| *code == c)
    };
    let mut out: Vec<Range<usize>> = Vec::new();
    for (i, c) in text.char_indices() {
        if !is_word_char(c) {
            continue;
        }
        let end = i + c.len_utf8();
        match out.last_mut() {
            Some(last) if last.end == i => last.end = end,
            _ => out.push(i..end),
        }
    }
    out
}

/// Runs of words typed with TCVN3 or VNI-Windows, each decoded.
fn mojibake(text: &str, highland: bool) -> Vec<Suspect> {
    let words = tokens(text);
    let mut runs: Vec<(Suspect, usize)> = [Encoding::Tcvn3, Encoding::Vni]
        .into_iter()
        .flat_map(|e| runs_in(text, &words, e, highland))
        .collect();
    // Rarely do both fonts read a stretch as Vietnamese; where they do,
    // the reading with more sure words wins. It stays certain when it
    // explains more words around the other reading ("mÐ mÎ mÏ" is TCVN3
    // throughout, VNI only for "mÎ"), not when the two are a match.
    runs.sort_by_key(|(_, sure)| std::cmp::Reverse(*sure));
    let mut kept: Vec<(Suspect, usize)> = Vec::new();
    for (run, sure) in runs {
        match kept
            .iter_mut()
            .find(|(k, _)| overlaps(&k.range, &run.range))
        {
            Some((winner, winner_sure)) => {
                let within =
                    winner.range.start <= run.range.start && run.range.end <= winner.range.end;
                winner.certain &= within && sure < *winner_sure;
            }
            None => kept.push((run, sure)),
        }
    }
    kept.into_iter().map(|(run, _)| run).collect()
}

/// Runs of `encoding` mojibake among `words`, with their number of sure
/// words. A run holds a sure word and reaches over the likely words beside
/// it; words that may be right as written join it between those, and at
/// its ends only where no correctly encoded word lies beyond, so "vụ công
/// c«ng" keeps its "công".
fn runs_in(
    text: &str,
    words: &[Range<usize>],
    encoding: Encoding,
    highland: bool,
) -> Vec<(Suspect, usize)> {
    let readings: Vec<Reading> = words
        .iter()
        .map(|w| read(&text[w.clone()], encoding, highland))
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let start = i;
        while i < words.len() && readings[i] != Reading::Not {
            i += 1;
        }
        let segment = start..i;
        i += 1;
        let sure: Vec<usize> = segment
            .clone()
            .filter(|&k| matches!(readings[k], Reading::Sure(_)))
            .collect();
        let (Some(&first_sure), Some(&last_sure)) = (sure.first(), sure.last()) else {
            continue;
        };
        let joins = |k: usize, at_edge: bool| {
            at_edge || matches!(readings[k], Reading::Likely(_) | Reading::Same)
        };
        let mut first = first_sure;
        while first > segment.start && joins(first - 1, segment.start == 0) {
            first -= 1;
        }
        let mut last = last_sure;
        while last + 1 < segment.end && joins(last + 1, segment.end == words.len()) {
            last += 1;
        }
        // ASCII words at the ends are the same in every font: left out.
        while readings[first] == Reading::Same {
            first += 1;
        }
        while readings[last] == Reading::Same {
            last -= 1;
        }
        // Garbled words right beside the run say the text may be in some
        // other encoding, which happens to read as a few syllables here.
        let beside = [segment.start.checked_sub(1), Some(segment.end)];
        let alone = !beside.into_iter().flatten().any(|k| {
            words
                .get(k)
                .is_some_and(|w| unexplained(&text[w.clone()], encoding))
        });
        let range = words[first].start..words[last].end;
        let suggestion = decode_run(
            text,
            &words[first..=last],
            &readings[first..=last],
            encoding,
        );
        let kind = match encoding {
            Encoding::Tcvn3 => SuspectKind::Tcvn3,
            Encoding::Vni => SuspectKind::VniWindows,
        };
        let run = Suspect {
            found: text[range.clone()].to_string(),
            range,
            kind,
            suggestion,
            // Every word of the run decodes into a Vietnamese syllable and
            // one at least cannot be right as written; only garbled words
            // beside it cast doubt.
            certain: alone,
        };
        out.push((run, sure.len()));
    }
    out
}

/// The text from the first to the last of `words`, each decoded as read;
/// what lies between the words is kept.
fn decode_run(
    text: &str,
    words: &[Range<usize>],
    readings: &[Reading],
    encoding: Encoding,
) -> String {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return String::new();
    };
    let in_capitals =
        encoding == Encoding::Tcvn3 && tcvn3_in_capitals(&text[first.start..last.end]);
    let mut decoded = String::new();
    let mut at = first.start;
    for (word, reading) in words.iter().zip(readings) {
        decoded.push_str(&text[at..word.start]);
        let written = &text[word.clone()];
        match reading {
            Reading::Sure(d) | Reading::Likely(d) | Reading::Maybe(d) => {
                if encoding == Encoding::Tcvn3 && tcvn3_capitals(written, in_capitals) {
                    decoded.push_str(&d.to_uppercase());
                } else {
                    decoded.push_str(d);
                }
            }
            Reading::Same | Reading::Not => decoded.push_str(written),
        }
        at = word.end;
    }
    decoded
}

/// Whether the ASCII letters of a TCVN3 run are all capitals: typed in a
/// title font, where the lower-case codes show capitals too.
fn tcvn3_in_capitals(run: &str) -> bool {
    let letters: Vec<char> = run.chars().filter(char::is_ascii_alphabetic).collect();
    letters.len() >= 2 && letters.iter().all(char::is_ascii_uppercase)
}

/// Whether a TCVN3 word was typed in capitals: its ASCII letters say so
/// when it has two; with one or none ("Vô", "«") its run says so.
fn tcvn3_capitals(word: &str, run_in_capitals: bool) -> bool {
    let letters: Vec<char> = word.chars().filter(char::is_ascii_alphabetic).collect();
    match letters.len() {
        0 | 1 => run_in_capitals,
        _ => letters.iter().all(char::is_ascii_uppercase),
    }
}

// ---------------------------------------------------------------------
// Jrai and Bahnar stand-ins

/// ASCII stand-ins for letters in legacy Jrai/Bahnar fonts, as VOV4
/// published them: "[ôn" ƀôn, "{ơi" Ƀơi, "]ar" čar, "}il" Čil, "`u" ñu,
/// "~u" Ñu, "r^m" rĭm.
fn stand_in_letter(c: char) -> Option<char> {
    match c {
        '[' => Some('ƀ'),
        '{' => Some('Ƀ'),
        ']' => Some('č'),
        '}' => Some('Č'),
        '`' => Some('ñ'),
        '~' => Some('Ñ'),
        '^' => Some('ĭ'),
        _ => None,
    }
}

/// Letters that some older Jrai texts write for the breve letters.
fn older_stand_in(c: char) -> Option<&'static str> {
    match c {
        'Ē' => Some("Ê\u{306}"),
        'ē' => Some("ê\u{306}"),
        'Ō' => Some("Ô\u{306}"),
        'ō' => Some("ô\u{306}"),
        'Ờ' => Some("Ơ\u{306}"),
        'ờ' => Some("ơ\u{306}"),
        'Ử' => Some("Ư\u{306}"),
        'ử' => Some("ư\u{306}"),
        _ => None,
    }
}

/// Whether a breve can go on `c`: a vowel without tone or breve (ă̆ no).
fn takes_breve(c: char) -> bool {
    let mut parts = std::iter::once(c).nfd();
    parts.next().is_some_and(|b| "aeiouyAEIOUY".contains(b))
        && parts.all(|m| m == CIRCUMFLEX || m == HORN)
}

fn with_marks(c: char, marks: &[char]) -> String {
    std::iter::once(c)
        .chain(marks.iter().copied())
        .nfc()
        .collect()
}

/// What the mark stand-in `c` (`\`, `|` or `#`) makes of the letter
/// `last` before it, and whether that reading is certain.
fn mark_stand_in(c: char, last: char) -> Option<(String, bool)> {
    match c {
        // A breve on a vowel, a caron on c: "lo\n" lŏn, "c\ar" čar. The
        // taller `|` stands over â ê ô and capitals only: "jê|" jê̆, "C|ing"
        // Čing ("Zalo|Facebook" is no stand-in).
        '\\' if takes_breve(last) => Some((with_marks(last, &[BREVE]), true)),
        '|' if takes_breve(last) && "âêôÂÊÔ".contains(last) => {
            Some((with_marks(last, &[BREVE]), true))
        }
        '\\' | '|' if last == 'C' => Some(("Č".to_string(), true)),
        '\\' if last == 'c' => Some(("č".to_string(), true)),
        // A circumflex with a breve: "tơje#" tơjê̆, "[o#" ƀô̆. Attested after
        // e and o; after a it would be â̆.
        '#' if takes_breve(last) && "aeoâêôAEOÂÊÔ".contains(last) => {
            let base = std::iter::once(last).nfd().next()?;
            let certain = !"aâAÂ".contains(last);
            Some((with_marks(base, &[CIRCUMFLEX, BREVE]), certain))
        }
        // No circumflex goes on i, u, y, ơ, ư: a breve, unattested.
        '#' if takes_breve(last) => Some((with_marks(last, &[BREVE]), false)),
        _ => None,
    }
}

/// Byte offsets of `[` `]` `{` `}` that pair up as brackets ("[OTP]",
/// "[1]", "[https://…]"): an opener before text, a closer after text and
/// not before a letter, neither inside a word, at most four words apart.
/// Legacy text such as "[ôn … đô]" would otherwise pair across a paragraph.
fn paired_brackets(text: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let letter = |k: Option<&(usize, char)>| k.is_some_and(|&(_, c)| c.is_alphabetic());
    let space = |k: Option<&(usize, char)>| k.is_none_or(|&(_, c)| c.is_whitespace());
    let mut open: Vec<(char, usize)> = Vec::new();
    let mut paired = Vec::new();
    for (k, &(at, c)) in chars.iter().enumerate() {
        let before = k.checked_sub(1).and_then(|p| chars.get(p));
        let after = chars.get(k + 1);
        if letter(before) && letter(after) {
            continue;
        }
        let opener = match c {
            '[' | '{' if !space(after) => {
                open.push((c, at));
                continue;
            }
            ']' if !space(before) && !letter(after) => '[',
            '}' if !space(before) && !letter(after) => '{',
            _ => continue,
        };
        if let Some(pos) = open.iter().rposition(|&(o, _)| o == opener) {
            let from = open[pos].1;
            let gaps = text[from..at].split_whitespace().count().saturating_sub(1);
            if gaps <= 3 && !text[from..at].contains('\n') {
                paired.extend([from, at]);
            }
            open.truncate(pos);
        }
    }
    paired
}

/// Byte ranges of words that belong to Vietnamese inside a Jrai or Bahnar
/// text ("đờn ca tài tử Nam Bộ"): runs of Vietnamese syllables with at
/// least one tone mark that cannot be a stand-in. Jrai and Bahnar write
/// no tone marks, so there Ờ and Ử are Vietnamese letters.
fn vietnamese_stretches(text: &str) -> Vec<Range<usize>> {
    let words = tokens(text);
    let is_syllable: Vec<bool> = words
        .iter()
        .map(|w| is_vietnamese_syllable(&text[w.clone()]))
        .collect();
    let surely_vietnamese = |w: &Range<usize>| {
        text[w.clone()]
            .chars()
            .any(|c| older_stand_in(c).is_none() && has_tone(c))
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let start = i;
        while i < words.len() && is_syllable[i] {
            i += 1;
        }
        if words[start..i].iter().any(surely_vietnamese) {
            out.extend_from_slice(&words[start..i]);
        }
        i += 1;
    }
    out
}

/// Words (byte offset and text) of `text`: maximal runs without
/// whitespace.
fn chunks(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive(char::is_whitespace)
        .scan(0, |pos, chunk| {
            let start = *pos;
            *pos += chunk.len();
            Some((start, chunk.trim_end()))
        })
}

/// Stand-ins of legacy Jrai/Bahnar fonts, one suspect a word.
fn stand_ins(text: &str, vietnamese: &[Range<usize>]) -> Vec<Suspect> {
    let paired = paired_brackets(text);
    chunks(text)
        // Addresses keep their `#`, `~` and `\`.
        .filter(|(_, w)| !(w.contains("://") || w.starts_with("www.") || w.contains('@')))
        .filter_map(|(start, w)| stand_ins_in_word(text, start, w, &paired, vietnamese))
        .collect()
}

/// The stand-ins of one whitespace-free `word` at byte `start` of `text`.
fn stand_ins_in_word(
    text: &str,
    start: usize,
    word: &str,
    paired: &[usize],
    vietnamese: &[Range<usize>],
) -> Option<Suspect> {
    let is_stand_in = |c: char| stand_in_letter(c).is_some() || matches!(c, '\\' | '|' | '#');
    let letterish = |c: char| c.is_alphabetic() || is_combining_mark(c);
    // The word without punctuation around it.
    let core_start = word.find(|c| letterish(c) || is_stand_in(c))?;
    let core_end = word.rfind(|c| letterish(c) || is_stand_in(c))?;
    let core_end = core_end + word[core_end..].chars().next()?.len_utf8();
    let chars: Vec<(usize, char)> = word[core_start..core_end]
        .char_indices()
        .map(|(i, c)| (start + core_start + i, c))
        .collect();

    // A `quoted` word in backticks is quoted, not two ñ.
    let quoted = chars.len() > 2 && chars[0].1 == '`' && chars[chars.len() - 1].1 == '`';
    let is_quote = |k: usize| quoted && (k == 0 || k == chars.len() - 1);

    let mut fixed = String::new();
    let (mut letters, mut backslash, mut hash, mut older) = (false, false, false, false);
    let mut certain = true;
    // A mark stand-in was just applied: a second one right after it
    // (`mơ\\ng`) is the same mark typed twice.
    let mut mark_applied = false;
    for (k, &(at, c)) in chars.iter().enumerate() {
        let before = text[..at].chars().next_back();
        let after = text[at + c.len_utf8()..].chars().next();
        let just_marked = std::mem::take(&mut mark_applied);
        // No Jrai or Bahnar word has a digit: "m^2", "o#1" are no stand-ins.
        if after.is_some_and(|a| a.is_ascii_digit()) {
            fixed.push(c);
            continue;
        }
        if let Some(letter) = stand_in_letter(c) {
            let (b, a) = (before.is_some_and(letterish), after.is_some_and(letterish));
            if (b || a) && !paired.contains(&at) && !is_quote(k) {
                fixed.push(letter);
                letters = true;
                // A bracket at a word's edge may be a bracket that lost its
                // partner; inside a word, or as `` ` `` `~` `^`, it is a letter.
                certain &= !matches!(c, '[' | ']' | '{' | '}') || (b && a);
                continue;
            }
        }
        if matches!(c, '\\' | '|' | '#') {
            if just_marked {
                mark_applied = true;
                continue;
            }
            let meant = fixed.chars().last().and_then(|l| mark_stand_in(c, l));
            if let Some((replaced, sure)) = meant {
                fixed.pop();
                fixed.push_str(&replaced);
                certain &= sure;
                if c == '#' {
                    hash = true;
                } else {
                    backslash = true;
                }
                mark_applied = true;
                continue;
            }
        }
        if let Some(meant) = older_stand_in(c) {
            // The macron forms are never Vietnamese. Ờ and Ử are, and Jrai
            // and Bahnar short vowels stand in open syllables too (djơ̆,
            // hmư̆), so a word alone cannot tell them apart: only after
            // another vowel (người, mười) or among Vietnamese words is it
            // surely not a stand-in. Never certain for that reason.
            let vietnamese_letter = matches!(c, 'Ờ' | 'ờ' | 'Ử' | 'ử')
                && (before.is_some_and(is_vowel) || vietnamese.iter().any(|w| w.contains(&at)));
            if !vietnamese_letter {
                fixed.push_str(meant);
                older = true;
                certain = false;
                continue;
            }
        }
        fixed.push(c);
    }

    let kind = match (letters, backslash, hash) {
        (false, false, false) if older => SuspectKind::OlderStandIn,
        (false, false, false) => return None,
        (false, true, false) => SuspectKind::BackslashBreve,
        (false, false, true) => SuspectKind::HashBreve,
        _ => SuspectKind::AsciiStandIn,
    };
    let range = start + core_start..start + core_end;
    Some(Suspect {
        found: text[range.clone()].to_string(),
        range,
        kind,
        suggestion: fixed,
        certain,
    })
}

// ---------------------------------------------------------------------
// Apostrophes

/// Apostrophe-like characters used as letters (between or before letters).
const APOSTROPHES: [char; 4] = ['\'', '\u{2018}', '\u{2019}', '\u{02BC}'];

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

    /// The one suspect of `text`.
    fn only(text: &str, locale: &str) -> Suspect {
        let found = check(text, locale);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap()
    }

    fn suggestions(text: &str, locale: &str) -> Vec<String> {
        check(text, locale)
            .into_iter()
            .map(|s| s.suggestion)
            .collect()
    }

    /// Paragraphs of a test data file, without its `#` lines.
    fn paragraphs(file: &str) -> Vec<String> {
        file.split("\n\n")
            .map(|p| {
                p.lines()
                    .filter(|l| !l.starts_with('#'))
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .filter(|p| !p.trim().is_empty())
            .collect()
    }

    #[test]
    fn tcvn3_run_is_decoded_and_the_words_around_it_are_left_alone() {
        let s = only("Truy cËp DÞch vô c«ng", "vi");
        assert_eq!(s.kind, SuspectKind::Tcvn3);
        assert_eq!(s.range, "Truy ".len().."Truy cËp DÞch vô c«ng".len());
        assert_eq!(s.found, "cËp DÞch vô c«ng");
        assert_eq!(s.suggestion, "cập Dịch vụ công");
        assert!(s.certain);
        assert_eq!(
            repair("Truy cËp DÞch vô c«ng", "vi").text,
            "Truy cập Dịch vụ công"
        );
        // After correctly encoded words, a word that may be right as written
        // ("công" is also TCVN3 for "cụng") stays as it is.
        let text = "Cổng Dịch vụ công c«ng quốc gia";
        let s = only(text, "vi");
        assert_eq!((s.found.as_str(), s.suggestion.as_str()), ("c«ng", "công"));
        assert_eq!(repair(text, "vi").text, "Cổng Dịch vụ công công quốc gia");
    }

    #[test]
    fn tcvn3_capitals_of_a_title_font_are_decoded_as_capitals() {
        assert_eq!(
            suggestions("DÞCH Vô C«NG TRùC TUYÕN", "vi"),
            ["DỊCH VỤ CÔNG TRỰC TUYẾN"]
        );
        // The capitals TCVN3 has, and the lower-case codes, in one title.
        assert_eq!(suggestions("§¡NG Ký", "vi"), ["ĐĂNG KÝ"]);
        assert_eq!(suggestions("§¡NG Ký ®¨NG Ký", "vi"), ["ĐĂNG KÝ ĐĂNG KÝ"]);
        // Title case keeps its case: "Vô" follows its run.
        assert_eq!(suggestions("DÞch Vô C«ng", "vi"), ["Dịch Vụ Công"]);
    }

    #[test]
    fn vni_windows_is_recognised_and_decoded() {
        let s = only("Dòch vuï coâng tröïc tuyeán", "vi");
        assert_eq!(s.kind, SuspectKind::VniWindows);
        assert_eq!(s.suggestion, "Dịch vụ công trực tuyến");
        assert!(s.certain);
        assert_eq!(
            suggestions("DÒCH VUÏ COÂNG TRÖÏC TUYEÁN", "vi"),
            ["DỊCH VỤ CÔNG TRỰC TUYẾN"]
        );
        assert_eq!(
            repair("Xem Coång dòch vuï coâng quoác gia tại đây", "vi").text,
            "Xem Cổng dịch vụ công quốc gia tại đây"
        );
    }

    /// Vietnamese words with every vowel and tone, typed with each font
    /// (by hand, from the published tables), decode back.
    #[test]
    fn every_vowel_and_tone_decodes_from_both_fonts() {
        let tcvn3 = [
            ("ma mµ m¸ m¶ m· m¹", "ma mà má mả mã mạ"),
            ("c©n cÇn cÊm cÈn dÉn cËn", "cân cần cấm cẩn dẫn cận"),
            ("¨n b»ng b¾t b¼n ½m mÆt", "ăn bằng bắt bẳn ẵm mặt"),
            ("me mÌ mÐ mÎ mÏ mÑ", "me mè mé mẻ mẽ mẹ"),
            ("bª bÒ bÕ bÓ dÔ bÖ", "bê bề bế bể dễ bệ"),
            ("bi b× bÝ bØ bÜ bÞ", "bi bì bí bỉ bĩ bị"),
            ("bo bß bã bá bâ bä", "bo bò bó bỏ bõ bọ"),
            ("c« cån cè cæ cç cé", "cô cồn cố cổ cỗ cộ"),
            ("m¬ mê mí më mì mî", "mơ mờ mớ mở mỡ mợ"),
            ("mu mï mó mñ mò mô", "mu mù mú mủ mũ mụ"),
            ("t\u{AD} tõ tø tö c÷ tù", "tư từ tứ tử cữ tự"),
            (
                "y t¸, ú ¹ch, ý kiÕn, û l¹i, Mü, kþ binh",
                "y tá, ỳ ạch, ý kiến, ỷ lại, Mỹ, kỵ binh",
            ),
            ("®i ®Õn §µ N½ng", "đi đến Đà Nẵng"),
            ("MA Mµ M¸ M¶ M· M¹", "MA MÀ MÁ MẢ MÃ MẠ"),
            ("C©N CÇN CÊM CÈN DÉN CËN", "CÂN CẦN CẤM CẨN DẪN CẬN"),
            ("®I ®ÕN ®µ N½NG", "ĐI ĐẾN ĐÀ NẴNG"),
        ];
        let vni = [
            ("ma maø maù maû maõ maï", "ma mà má mả mã mạ"),
            ("caân caàn caám caån daãn caän", "cân cần cấm cẩn dẫn cận"),
            ("aên baèng baét baún aüm maët", "ăn bằng bắt bẳn ẵm mặt"),
            ("me meø meù meû meõ meï", "me mè mé mẻ mẽ mẹ"),
            ("beâ beà beá beå deã beä", "bê bề bế bể dễ bệ"),
            // Alone, "bi bì bí bæ bó bò" is TCVN3 as well ("bỡ bớ bổ bú bũ").
            ("bi bì bí bæ bó bò tieáng", "bi bì bí bỉ bĩ bị tiếng"),
            ("bo boø boù boû boõ boï", "bo bò bó bỏ bõ bọ"),
            ("coâ coàn coá coå coã coä", "cô cồn cố cổ cỗ cộ"),
            ("mô môø môù môû môõ môï", "mơ mờ mớ mở mỡ mợ"),
            ("mu muø muù muû muõ muï", "mu mù mú mủ mũ mụ"),
            ("tö töø töù töû cöõ töï", "tư từ tứ tử cữ tự"),
            (
                "y taù, yø aïch, yù kieán, yû laïi, Myõ, kî binh",
                "y tá, ỳ ạch, ý kiến, ỷ lại, Mỹ, kỵ binh",
            ),
            ("ñi ñeán Ñaø Naüng", "đi đến Đà Nẵng"),
            ("MA MAØ MAÙ MAÛ MAÕ MAÏ", "MA MÀ MÁ MẢ MÃ MẠ"),
            ("ÑI ÑEÁN ÑAØ NAÜNG", "ĐI ĐẾN ĐÀ NẴNG"),
        ];
        for (kind, pairs) in [
            (SuspectKind::Tcvn3, &tcvn3[..]),
            (SuspectKind::VniWindows, &vni[..]),
        ] {
            for &(typed, meant) in pairs {
                let r = repair(typed, "vi");
                assert_eq!(r.text, meant, "{kind:?}: {typed}");
                assert!(r.applied.iter().all(|s| s.kind == kind), "{typed}: {r:?}");
                assert!(r.left.is_empty(), "{typed}: {r:?}");
            }
        }
    }

    #[test]
    fn a_stretch_both_fonts_read_as_vietnamese_is_not_certain() {
        let r = repair("bi bì bí bæ bó bò", "vi");
        assert_eq!(r.text, "bi bì bí bæ bó bò");
        assert_eq!(r.left.len(), 1, "{r:?}");
    }

    /// From a page of Tiền Phong's e-paper (TP-2025-236) whose text is in
    /// neither font: a few words read as syllables, none certainly.
    #[test]
    fn text_in_another_encoding_is_never_certain() {
        let text = "Àaiå lï î 30/4 ài qua vaâ dû êm buönì tû â cuöcå “sùn” veá concert quöcë gia";
        let r = repair(text, "vi");
        assert_eq!(r.text, text, "{r:?}");
        // A TCVN3 abbreviation beside a run is no such sign.
        assert_eq!(
            repair("NghÞ ®Þnh sè 12/N§-CP", "vi").text,
            "Nghị định số 12/NĐ-CP"
        );
    }

    #[test]
    fn correct_vietnamese_is_not_flagged() {
        let text = "Cổng Dịch vụ công quốc gia: Mọi lúc, mọi nơi — “Đăng ký” ĂÂÊÔƠƯĐ ờ ử ñ · ©";
        assert_eq!(check(text, "vi"), vec![]);
        // Words that read as Vietnamese in a legacy font too, and capitals.
        let text = "HOÀNG TOÁN hoà hoá lóc Chùa Bí KÊNH TÊN «Đăng ký» § 3 Zalo® naïve café";
        assert_eq!(check(text, "vi"), vec![]);
        assert_eq!(check(text, "en"), vec![]);
    }

    #[test]
    fn capital_n_with_tilde_is_a_jrai_letter() {
        assert_eq!(check("ÑU", "jra"), vec![]);
        assert_eq!(check("Ñu hơmâo ƀing gơñu", "jra"), vec![]);
        assert_eq!(check("xã Ia Ñu", "vi"), vec![]);
    }

    #[test]
    fn brackets_in_running_text_are_brackets() {
        for text in [
            "Mã [OTP] dưi hmâo",
            "[https://dichvucong.gialai.gov.vn/#/] ƀơi anai",
            "ƀon [1] hăng ƀon[2]",
            "[Mã OTP] [ Trang 4 ]",
            "“[OTP]”, [Zalo].",
        ] {
            assert_eq!(check(text, "jra"), vec![], "{text}");
        }
    }

    #[test]
    fn stand_ins_in_separate_words_are_all_found() {
        let found = check("[ing ta ]ar", "jra");
        let words: Vec<(&str, &str)> = found
            .iter()
            .map(|s| (s.found.as_str(), s.suggestion.as_str()))
            .collect();
        assert_eq!(words, [("[ing", "ƀing"), ("]ar", "čar")]);
        // At a word's edge a bracket could still be a bracket.
        assert!(found.iter().all(|s| !s.certain));
        let s = only("R[ol", "jra");
        assert_eq!((s.suggestion.as_str(), s.certain), ("Rƀol", true));
        assert_eq!(suggestions("{ơi ~u", "jra"), ["Ƀơi", "Ñu"]);
        // Before a digit no letter stands.
        assert_eq!(check("100 m^2, ~5 km, x[1]", "jra"), vec![]);
    }

    #[test]
    fn hash_after_e_or_o_is_a_circumflex_and_a_breve() {
        let s = only("ano#", "jra");
        assert_eq!(s.kind, SuspectKind::HashBreve);
        assert_eq!(s.suggestion, "anô\u{306}");
        assert!(s.certain);
        assert_eq!(only("tơje#", "bdq").suggestion, "tơjê\u{306}");
        assert_eq!(only("de#h", "bdq").suggestion, "dê\u{306}h");
        // Unattested: after a it would be â̆, after other vowels a breve.
        let s = only("kla#", "jra");
        assert_eq!((s.suggestion.as_str(), s.certain), ("klâ\u{306}", false));
        let s = only("hmu#", "jra");
        assert_eq!((s.suggestion.as_str(), s.certain), ("hmŭ", false));
        // Not after a vowel, not a stand-in.
        assert_eq!(check("C# #1 số # Zalo#2", "jra"), vec![]);
        assert_eq!(check("`jra` hăng `bdq`", "jra"), vec![]);
    }

    #[test]
    fn a_doubled_backslash_is_one_breve() {
        let s = only("mơ\\\\ng", "jra");
        assert_eq!(s.found, "mơ\\\\ng");
        assert_eq!(s.suggestion, "mơ\u{306}ng");
        assert_eq!(s.kind, SuspectKind::BackslashBreve);
        assert!(s.certain);
        assert_eq!(repair("mơ\\\\ng", "jra").text, "mơ\u{306}ng");
    }

    #[test]
    fn backslash_and_bar_are_a_breve_on_vowels_and_a_caron_on_c() {
        assert_eq!(
            suggestions("lo\\n le\\ c\\ar C|ing C|ư\\ jê|", "jra"),
            ["lŏn", "lĕ", "čar", "Čing", "Čư\u{306}", "jê\u{306}"]
        );
        assert!(check("lo\\n le\\ c\\ar C|ing", "jra")
            .iter()
            .all(|s| s.certain));
        // Not after a vowel or c, nor `|` after a plain vowel: left alone.
        assert_eq!(check("a | b, n\\ Zalo|Facebook", "jra"), vec![]);
    }

    #[test]
    fn a_finding_in_one_word_does_not_hide_another() {
        let text = "DÞch vô c«ng: [ing mờng kơ]ông ano#";
        let found: Vec<(SuspectKind, String)> = check(text, "jra")
            .into_iter()
            .map(|s| (s.kind, s.found))
            .collect();
        assert_eq!(
            found,
            [
                (SuspectKind::Tcvn3, "DÞch vô c«ng".to_string()),
                (SuspectKind::AsciiStandIn, "[ing".to_string()),
                (SuspectKind::OlderStandIn, "mờng".to_string()),
                (SuspectKind::AsciiStandIn, "kơ]ông".to_string()),
                (SuspectKind::HashBreve, "ano#".to_string()),
            ]
        );
        // Two runs of mojibake in one message.
        assert_eq!(
            suggestions("DÞch vô c«ng – Cổng quốc gia – Dòch vuï coâng", "vi"),
            ["Dịch vụ công", "Dịch vụ công"]
        );
    }

    #[test]
    fn highland_stand_ins_and_older_forms() {
        assert_eq!(
            suggestions("[ruă mờng kơ]ông", "jra"),
            ["ƀruă", "mơ\u{306}ng", "kơčông"]
        );
        // The same letters are fine in Vietnamese.
        assert!(check("mờng [ruă", "vi").is_empty());
        let s = only("HỜK", "bdq");
        assert_eq!(
            (s.kind, s.suggestion.as_str()),
            (SuspectKind::OlderStandIn, "HƠ\u{306}K")
        );
        assert!(!s.certain, "Ờ is a Vietnamese letter too");
        let s = only("Ōng", "bdq");
        assert_eq!(s.suggestion, "Ô\u{306}ng");
        assert!(
            !s.certain,
            "Bahnar dictionaries mark long vowels with a macron"
        );
    }

    #[test]
    fn vietnamese_words_in_highland_text_are_not_older_stand_ins() {
        assert_eq!(check("NGƯỜI DÂN người mười", "jra"), vec![]);
        assert_eq!(
            check("hơmâo adoh đờn ca tài tử Nam Bộ mơng ƀing", "jra"),
            vec![]
        );
        assert_eq!(check("Yă Pờ Chin Dín", "jra"), vec![]);
        // Without a sure Vietnamese word beside them they are stand-ins.
        assert_eq!(suggestions("tờ lờm", "bdq"), ["tơ\u{306}", "lơ\u{306}m"]);
    }

    #[test]
    fn repair_applies_only_certain_suspects_and_keeps_every_other_byte() {
        let text = "  Truy cËp DÞch vô c«ng!\n\t[ing kơ]ông mờng, lo\\n  ";
        let r = repair(text, "jra");
        assert_eq!(
            r.text,
            "  Truy cập Dịch vụ công!\n\t[ing kơčông mờng, lŏn  "
        );
        let applied: Vec<&str> = r.applied.iter().map(|s| s.found.as_str()).collect();
        assert_eq!(applied, ["cËp DÞch vô c«ng", "kơ]ông", "lo\\n"]);
        let left: Vec<&str> = r.left.iter().map(|s| s.found.as_str()).collect();
        assert_eq!(left, ["[ing", "mờng"]);
        for s in r.applied.iter().chain(&r.left) {
            assert_eq!(text[s.range.clone()], s.found);
        }
        // Nothing to repair: the very same text.
        let clean = "Cổng Dịch vụ công – ƀing gơñu hơmâo";
        assert_eq!(
            repair(clean, "jra"),
            Repaired {
                text: clean.to_string(),
                applied: vec![],
                left: vec![]
            }
        );
    }

    #[test]
    fn published_jrai_and_bahnar_text_gives_no_finding() {
        for (locale, file) in [
            ("jra", include_str!("../../tests/data/published-jra.txt")),
            ("bdq", include_str!("../../tests/data/published-bdq.txt")),
        ] {
            let paragraphs = paragraphs(file);
            assert!(paragraphs.len() >= 4, "{locale}");
            for p in paragraphs {
                assert_eq!(check(&p, locale), vec![], "{locale}: {p}");
            }
        }
    }

    /// Text published with legacy fonts: every stand-in that touches a
    /// letter is found, and the words the services later wrote in
    /// Unicode come out as they wrote them.
    #[test]
    fn published_legacy_font_text_is_found_and_repaired() {
        let file = include_str!("../../tests/data/legacy-stand-ins.txt");
        let mut repaired = String::new();
        let mut checked = 0;
        let mut previous_locale = "";
        for block in file.split("\n\n") {
            // The locale is the one its source line names.
            let mut locale = "";
            for source in block.lines().filter_map(|l| l.strip_prefix("# Source (")) {
                locale = source.split(')').next().unwrap();
            }
            let p = paragraphs(block).concat();
            if p.is_empty() {
                continue;
            }
            if locale.is_empty() {
                locale = previous_locale;
            }
            previous_locale = locale;
            checked += 1;
            let found = check(&p, locale);
            for (i, c) in p.char_indices() {
                let touches_letter = p[..i].ends_with(char::is_alphabetic)
                    || p[i + c.len_utf8()..].starts_with(char::is_alphabetic);
                if "[]{}`~^\\|#".contains(c) && touches_letter {
                    assert!(
                        found.iter().any(|s| s.range.contains(&i)),
                        "`{c}` at {i} not found: {}",
                        &p[i.saturating_sub(20)..(i + 20).min(p.len())]
                    );
                }
            }
            for s in &found {
                assert!(
                    s.suggestion.chars().all(|c| !"[]{}`~^\\|#".contains(c)),
                    "{s:?}"
                );
                assert!(s.kind != SuspectKind::OlderStandIn, "{s:?}");
            }
            let mut text = p.clone();
            for s in found.iter().rev() {
                text.replace_range(s.range.clone(), &s.suggestion);
            }
            repaired.push_str(&text);
            repaired.push('\n');
        }
        assert_eq!(checked, 8);
        for word in [
            "ƀôn Krăi",
            "Rƀol",
            "tơring čar",
            "mơ\u{306}ng",
            "Ƀu djơ\u{306} dơ\u{306}",
            "đôč",
            "ñu dŏ",
            "pơđĭ",
            "ƀing gơmơi",
            "lơ\u{306}m",
            "lĕ sang",
            "aka ƀu",
            "tơring čar Gialai",
            "jŭ yap",
            "čing",
            "Ƀơi anai",
            "rĭm",
            "Čil",
            "Ƀuôn",
            "blŭng",
            "đơ\u{306}ng",
            "nơ\u{306}r",
            "oĕi",
            "Anĭh",
            "chĭh",
            "tơjê\u{306}",
            "kơ sô\u{306} 19A",
            "dê\u{306}h char",
            "Phongdantoc7@gmail.com",
            "Lâm Đồng",
            "Phú Hội",
        ] {
            assert!(repaired.contains(word), "{word} not in {repaired}");
        }
    }

    /// Every sample of the letter test file is correct text, except the
    /// older stand-in letters, which are each found.
    #[test]
    fn the_letter_samples_are_not_flagged() {
        let letters = include_str!("../../tests/data/letters.tsv");
        for line in letters.lines().filter(|l| !l.starts_with('#')) {
            let (label, sample) = line.split_once('\t').unwrap();
            for locale in ["vi", "jra", "bdq", "en"] {
                let found = check(sample, locale);
                if label == "jra-alt-forms" && is_highland(locale) {
                    assert_eq!(found.len(), 8, "{found:?}");
                } else {
                    assert_eq!(found, vec![], "{label} in {locale}");
                }
            }
        }
    }

    #[test]
    fn vietnamese_syllables() {
        for w in [
            "người", "quốc", "gì", "giữ", "khuya", "xoong", "thuở", "Ý", "ĐĂNG", "hoà", "ồ",
        ] {
            assert!(is_vietnamese_syllable(w), "{w}");
        }
        // Stop endings take sắc or nặng only; no Jrai or English words.
        for w in [
            "tèt", "lăp", "ƀon", "mơng", "laih", "café", "ẹu", "DÞch", "coâng", "",
        ] {
            assert!(!is_vietnamese_syllable(w), "{w}");
        }
    }

    #[test]
    fn every_legacy_code_is_latin_1() {
        let latin1 = |c: char| ('\u{80}'..='\u{FF}').contains(&c);
        assert!(TCVN3.iter().all(|(c, _)| latin1(*c)));
        assert!(VNI_LETTERS.iter().all(|(c, _)| latin1(*c)));
        assert!(VNI_MARKS.iter().all(|(c, _, _)| latin1(*c)));
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
