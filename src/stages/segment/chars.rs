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
    matches!(
        c,
        '\u{1F000}'..='\u{1FAFF}'
            | '\u{2600}'..='\u{27BF}'
            | '\u{200D}'
            | '\u{FE0F}'
            // (The emoji among the technical symbols and the arrows: `⌚`, `⏰`, `⭐`.)
            | '\u{231A}'..='\u{231B}'
            | '\u{23E9}'..='\u{23FA}'
            | '\u{2B05}'..='\u{2B07}'
            | '\u{2B1B}'..='\u{2B1C}'
            | '\u{2B50}'
            | '\u{2B55}'
    )
}

/// The length of the face that opens `rest`, when whitespace, a Han character or
/// the end follows it: an emoticon (`:)`, `;-)`, `:D`, `XD`) or a kaomoji (`^_^`,
/// `T_T`, `(＾▽＾)`, `\(^o^)/`, `(╯°□°）╯`).
pub(super) fn face_len(rest: &str) -> usize {
    // Most sentences go on with a word or a Han character: no face (`T_T`, `XD` and
    // `o(*￣▽￣*)ブ` open with a letter, before a mark).
    let mut opening = rest.chars();
    let first = opening.next();
    let starts_face = match first {
        None => false,
        Some(c) if c.is_whitespace() || crate::text::is_han(c) => false,
        Some(c) if c.is_ascii_alphanumeric() => {
            matches!(opening.next(), Some('_' | '(' | 'D'))
        }
        Some(_) => true,
    };
    if !starts_face {
        return 0;
    }
    let len = emoticon_len(rest).max(kaomoji_len(rest));
    // (A heart glued to Chinese is a comparison: `<3岁儿童禁用`.)
    let ends = rest[len..]
        .chars()
        .next()
        .is_none_or(|c| c.is_whitespace() || crate::text::is_han(c) && first != Some('<'));
    if ends { len } else { 0 }
}

/// Eyes, maybe a tear and a nose, a mouth (`:)`, `;-)`, `:D`, `:'(`), laughing eyes
/// (`XD`), or a heart, whole or broken (`<3`, `<333`, `</3`).
fn emoticon_len(rest: &str) -> usize {
    let bytes = rest.as_bytes();
    if matches!(bytes, [b'X' | b'x', b'D', ..]) {
        return 2 + bytes[2..].iter().take_while(|&&b| b == b'D').count();
    }
    if let Some(heart) = bytes
        .strip_prefix(b"<")
        .map(|h| h.strip_prefix(b"/").unwrap_or(h))
    {
        let threes = heart.iter().take_while(|&&b| b == b'3').count();
        // (Not a comparison before a number: `<35`.)
        return if threes > 0 && !heart.get(threes).is_some_and(u8::is_ascii_digit) {
            bytes.len() - heart.len() + threes
        } else {
            0
        };
    }
    if !matches!(bytes.first(), Some(b':' | b';' | b'=')) {
        return 0;
    }
    let tear = usize::from(bytes.get(1) == Some(&b'\''));
    let nose = usize::from(bytes.get(1 + tear) == Some(&b'-'));
    match bytes.get(1 + tear + nose) {
        Some(b')' | b'(' | b'D' | b'P' | b'p' | b'O' | b'/' | b'|' | b']' | b'[') => {
            2 + tear + nose
        }
        _ => 0,
    }
}

/// Marks that draw a kaomoji's eyes, mouth or arms (`^`, `￣`, `▽`, `°`, `ಥ﹏ಥ`,
/// `(ಡωಡ)`, `•̀ㅂ•́`, `ʘ‿ʘ`, `( º _ º)`, Canadian syllabics' `ᕕ( ᐛ )ᕗ`, `ᕦ(ò_óˇ)ᕤ`), a
/// table thrown (`彡┻━┻`), or a face of Hangul letters (`ㅠㅠ`, `ㅋㅋ`); box-drawing
/// corners draw them too (`╯`, `┭┮﹏┭┮`), not a level line alone, a dash
/// (`。──那天`). Only these letters of those scripts: a word of them is no face.
const FACE_MARKS: &str = "^＾￣▽≧≦∇°□︶ω´｀◕‿∀Дಠಥಡರ╥◡ᴗ≖∩ﾟ｡ε⊙¯∠﹏•ㅠㅜㅋㅎʘºᕕᕗᕙᐛᕦᕤᐖᗜ彡";
/// Letters and digits that may stand in a kaomoji (`T_T`, `\(^o^)/`, `(づ￣3￣)づ`,
/// `(≧∇≦)ﾉ`, `o(*￣▽￣*)ブ`, `(｀へ´)`, `ヽ(✿ﾟ▽ﾟ)ノ`, `¯\_(ツ)_/¯`, `ヽ(°〇°)ﾉ`, `ʕ•ᴥ•ʔ`,
/// `( ͡° ͜ʖ ͡°)`, `ᕦ(ò_óˇ)ᕤ`);
/// alone they draw no face (`〇〇〇表示`, a name left out). Kana stand in a
/// face only as these letters, never as its marks, so that a Japanese word after a
/// stop is no face.
const FACE_LETTERS: &str = "oOTxXvwuUnc3ﾉノづブへヘつゞヽ٩۶وツヮっヾ๑ㅂ〇ʕʔᴥʖòóˇ";
/// Characters of the longest kaomoji.
const FACE_CHARS: usize = 16;

/// A kaomoji: symbols with a face's marks among them and its brackets closed, and no
/// letters but a face's (`^_^`, `-_-||`, `(＾▽＾)`; not `(1)`, `***`, `——`). Inside
/// its brackets a space may pad it (`ᕕ( ᐛ )ᕗ`), and a Han character after an eye
/// draws a mouth (`(ノಠ益ಠ)ノ`).
fn kaomoji_len(rest: &str) -> usize {
    let (mut len, mut count, mut brackets, mut marked) = (0, 0, 0isize, false);
    let mut before: [Option<char>; 2] = [None, None];
    for c in rest.chars() {
        let box_line = matches!(c, '\u{2500}'..='\u{257F}') && !matches!(c, '─' | '━' | '═');
        let mark = FACE_MARKS.contains(c);
        let inside = brackets > 0
            && (c == ' '
                || crate::text::is_han(c) && before[1].is_some_and(|e| FACE_MARKS.contains(e)));
        let drawn = inside
            || !c.is_whitespace()
                && (!crate::text::is_han(c) || c == '彡')
                && (!c.is_alphanumeric() || FACE_LETTERS.contains(c) || mark);
        if !drawn {
            break;
        }
        count += 1;
        if count > FACE_CHARS {
            return 0;
        }
        len += c.len_utf8();
        match c {
            '(' | '（' => brackets += 1,
            ')' | '）' => brackets -= 1,
            _ => {}
        }
        // An underscore is a mouth between two eyes (`T_T`, `-_-`; not `___`).
        let mouth = before[1] == Some('_') && before[0].is_some_and(|e| e != '_') && c != '_';
        marked |= mouth || box_line || mark;
        before = [before[1], Some(c)];
    }
    if count >= 2 && marked && brackets <= 0 {
        len
    } else {
        0
    }
}

/// Brackets and quotation marks that open and close in pairs and hold the sentence
/// ends inside them (`（…。）`, `「…！」`, `【叮！任务完成。】`).
pub(super) fn is_pair_opener(c: char) -> bool {
    matches!(
        c,
        '「' | '『' | '（' | '(' | '[' | '《' | '〈' | '«' | '‹' | '【' | '〖' | '［' | '〔'
    )
}

pub(super) fn is_pair_closer(c: char) -> bool {
    matches!(
        c,
        '」' | '』' | '）' | ')' | ']' | '》' | '〉' | '»' | '›' | '】' | '〗' | '］' | '〕'
    )
}

/// Quotes and brackets that close after a terminator (`。”`, `?)`, `！》`, `？〉`).
pub(super) fn is_closer(c: char) -> bool {
    is_quote_closer(c) || matches!(c, '》' | '〉')
}

/// Closers after which a sentence can end: quotes and brackets, not the title
/// marks of `《谁动了我的奶酪？》是一本书` (nor an article's, `〈…？〉`).
pub(super) fn is_quote_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '’'
            | '」'
            | '』'
            | '）'
            | ')'
            | ']'
            | '】'
            | '»'
            | '›'
            | '〗'
            | '］'
            | '〕'
    )
}

pub(super) fn is_cjk_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？')
}

/// A full stop, an exclamation or a question mark, ASCII or Chinese.
pub(super) fn is_stop(c: char) -> bool {
    matches!(c, '.' | '!' | '?') || is_cjk_end(c)
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

/// A currency's sign before an amount (`$9.99`, `¥199`, `₹50`): the Unicode block
/// of currency symbols and the older signs outside it.
pub(super) fn is_currency(c: char) -> bool {
    matches!(
        c,
        '$' | '£' | '¥' | '￥' | '¢' | '฿' | '\u{20A0}'..='\u{20CF}'
    )
}

/// The last `n` characters of `text` (`n` ≥ 1; all of it when shorter): where a
/// check reads a clause's end, however long the clause.
pub(super) fn last_chars(text: &str, n: usize) -> &str {
    let from = text.char_indices().rev().nth(n - 1).map_or(0, |(at, _)| at);
    &text[from..]
}
