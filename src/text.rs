//! Character classes shared by stages.

/// Han ideographs (CJK Unified, extensions A–H, compatibility ideographs).
pub fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3FFFF}')
}

/// Japanese kana (hiragana, katakana and their extensions).
pub fn is_kana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9D}')
}

/// Hangul syllables and jamo.
pub fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7AF}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
}

/// Characters of East Asian writing: Han, kana, Hangul, CJK punctuation and symbols,
/// full-width forms.
pub fn is_cjk(c: char) -> bool {
    is_han(c)
        || matches!(c,
            '\u{2E80}'..='\u{33FF}'
            | '\u{AC00}'..='\u{D7AF}'
            | '\u{FE30}'..='\u{FE4F}'
            | '\u{FF00}'..='\u{FFEF}')
}

/// Membership bits over all of Unicode: one lookup per character, no hashing.
pub struct CharSet(Vec<u64>);

impl CharSet {
    pub fn from_chars(chars: impl IntoIterator<Item = char>) -> Self {
        let mut bits = vec![0u64; (char::MAX as usize + 1) / 64];
        for c in chars {
            bits[c as usize / 64] |= 1 << (c as usize % 64);
        }
        CharSet(bits)
    }

    pub fn contains(&self, c: char) -> bool {
        self.0[c as usize / 64] & (1 << (c as usize % 64)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert!(is_han('漢') && is_han('𠀀') && !is_han('a') && !is_han('。'));
        assert!(is_kana('の') && !is_kana('中'));
        assert!(is_cjk('。') && is_cjk('，') && is_cjk('한') && !is_cjk('é'));
    }
}
