//! What a character is to the segmenter: a script's letter, a stop, a closer, a bullet, an emoji.

/// Latin letters (ASCII and the Latin-1, Extended-A/B and Additional blocks).
pub(super) fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (c.is_alphabetic() && matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}'))
}

pub(super) fn is_greek(c: char) -> bool {
    matches!(c, '\u{370}'..='\u{3FF}' | '\u{1F00}'..='\u{1FFF}')
}

pub(super) fn is_armenian(c: char) -> bool {
    matches!(c, '\u{531}'..='\u{58F}')
}

pub(super) fn is_arabic(c: char) -> bool {
    matches!(c, '\u{600}'..='\u{6FF}') && c.is_alphabetic()
}

/// Whitespace, then an Arabic letter.
pub(super) fn arabic_follows(rest: &str) -> bool {
    let next = rest.trim_start();
    next.len() < rest.len() && next.chars().next().is_some_and(is_arabic)
}

/// An emoji or a symbol used as one (`🎉`, `❤`, `☀`), or a mark that joins or
/// styles one (zero-width joiner, variation selector).
pub(super) fn is_emoji(c: char) -> bool {
    matches!(c, '\u{1F000}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}' | '\u{200D}' | '\u{FE0F}')
}

/// Quotes and brackets that close after a terminator (`。”`, `?)`, `！》`).
pub(super) fn is_closer(c: char) -> bool {
    is_quote_closer(c) || c == '》'
}

/// Closers after which a sentence can end: quotes and brackets, not the title
/// marks of `《谁动了我的奶酪？》是一本书`.
pub(super) fn is_quote_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '」' | '』' | '）' | ')' | ']' | '】' | '»' | '›'
    )
}

pub(super) fn is_cjk_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？')
}

/// Full stops and question marks of other scripts: Devanagari `।`, Urdu `۔`,
/// Arabic `؟`, Armenian `։`, Ethiopic `።` and `፧`, Burmese `။`.
pub(super) fn is_other_end(c: char) -> bool {
    matches!(c, '।' | '॥' | '۔' | '؟' | '։' | '።' | '፧' | '။')
}

pub(super) fn is_bullet(c: char) -> bool {
    is_bullet_symbol(c) || matches!(c, '-' | '–')
}

/// A bullet that is no dash: alone between words, two or more start a list's items
/// (`• eggs • milk`, `● Salt ● Pepper`).
pub(super) fn is_bullet_symbol(c: char) -> bool {
    matches!(c, '•' | '⁃' | '●' | '■' | '▪' | '◆')
}

/// A currency's sign before an amount (`$9.99`, `¥199`).
pub(super) fn is_currency(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥' | '￥')
}
