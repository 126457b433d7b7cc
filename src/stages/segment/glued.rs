//! Sentences glued by scraping (`jump.Since`, `wait?Sign`), told from dotted names
//! (`Node.js`, `ASP.NET`, `Mr.Smith`).

use super::chars::{is_currency, is_emoji, is_latin};
use super::lexicons::{ReportingVerbs, Rules};
use super::words::{
    after_abbreviation, after_amount, initials_or_abbreviation, lowercase_word_at,
    plain_word_before, word_before,
};
use super::{Segmenter, number_before_chinese};
use crate::text::is_cjk;

/// A sentence is glued to a dotted name that ends in a listed ending (`D3.js` +
/// `.Performance is good`). A package's path goes on to its class
/// (`java.util.List`): `util` is no ending.
pub(super) fn glued_after_name(
    rules: &Rules,
    before: &str,
    after: &str,
    rest: Option<&[(usize, char)]>,
) -> bool {
    let ending = before.rsplit('.').next().unwrap_or_default().to_lowercase();
    rules.name_endings.contains(&ending) && prose_opens(after, rest)
}

/// Dotted initials (`U.S.`) open `rest` after `before`, a plain lowercase word
/// glued to them by its period (`alert.U.S. citizens`).
pub(super) fn glued_initials(before: &str, rest: &[(usize, char)]) -> bool {
    let token: String = rest
        .iter()
        .map(|&(_, c)| c)
        .take_while(|c| !c.is_whitespace())
        .collect();
    let initials = token.trim_end_matches('.');
    before.len() >= 2
        && before.bytes().all(|b| b.is_ascii_lowercase())
        && initials.contains('.')
        && initials
            .split('.')
            .all(|part| part.len() == 1 && part.bytes().all(|b| b.is_ascii_uppercase()))
}

/// `after` (a word glued after a period) is a capitalised word of three letters
/// or more, and a lowercase word follows it (`rest`, from the space after
/// `after`): a sentence's start (`Performance is`). (Three letters: a country's
/// code goes on a domain, `Amazon.com.Au`.)
pub(super) fn prose_opens(after: &str, rest: Option<&[(usize, char)]>) -> bool {
    let mut letters = after.chars();
    let capitalised = letters.next().is_some_and(char::is_uppercase)
        && after.chars().count() >= 3
        && letters.all(char::is_lowercase);
    let prose_follows = rest.is_some_and(|rest| {
        rest.first().is_some_and(|&(_, c)| c == ' ')
            && rest.get(1).is_some_and(|&(_, c)| c.is_lowercase())
    });
    capitalised && prose_follows
}

/// A bracket set apart from the word before it closes at `chars[i - 1]` (`free
/// (with ads).`; not a call's, `np.matrix(data).`).
fn aside_before(chars: &[(usize, char)], i: usize) -> bool {
    i > 0
        && chars[i - 1].1 == ')'
        && chars[..i - 1]
            .iter()
            .rposition(|&(_, e)| e == '(')
            .is_some_and(|open| open == 0 || chars[open - 1].1.is_whitespace())
}

/// A figure ends at the period `chars[i]`: a number of two characters or more
/// (`in 2019.The`, `3-1.Fans`), a price or a measure (`$9.99.Free`,
/// `60°C.Humidity`), or a day's number after its month (`Jan. 5.Over`); not a
/// version (`5.6.15.Final`), nor a single digit, which may mark a list (`1.The`),
/// unless a preposition or a verb takes it.
fn figure_before(rules: &Rules, chars: &[(usize, char)], i: usize) -> bool {
    // (In Chinese the figure starts after a Han character or a fullwidth mark:
    // `营业时间：每天10:00-22:00.Opening`.)
    let start = chars[..i]
        .iter()
        .rposition(|&(_, d)| d.is_whitespace() || (is_cjk(d) && !is_currency(d)))
        .map_or(0, |k| k + 1);
    let token = &chars[start..i];
    let amount = token
        .iter()
        .position(|&(_, d)| !is_currency(d))
        .map_or(&token[..0], |k| &token[k..]);
    let unit = amount
        .iter()
        .rev()
        .take_while(|&&(_, d)| d.is_ascii_alphabetic() || d == '°')
        .count();
    let figure = &amount[..amount.len() - unit];
    let numeric = figure.first().is_some_and(|&(_, d)| d.is_ascii_digit())
        && unit <= 4
        && figure
            .iter()
            .all(|&(_, d)| d.is_ascii_digit() || matches!(d, '-' | ':' | ',' | '/' | '.' | '%'));
    let after_month = || {
        let month = word_before(chars, start.saturating_sub(1));
        let month = month.trim_end_matches('.').to_lowercase();
        start > 0 && rules.calendar.contains(&month)
    };
    // Each part of a range is its own number (`5.25%-5.5%.Chair`).
    let version = figure
        .split(|&(_, d)| d == '-')
        .any(|part| part.iter().filter(|&&(_, d)| d == '.').count() >= 2);
    // A digit after a preposition or a verb counts, no list's (`out of 5.Great`,
    // `score was 7.Next`).
    let counted = || {
        let before = word_before(chars, start.saturating_sub(1)).to_lowercase();
        start > 0
            && (rules.phrase_openers.contains(&before) || rules.clause_verbs.contains(&before))
    };
    numeric && !version && (token.len() >= 2 || after_month() || counted())
}

/// `wait?Sign`, `button!Your`: a word, `!` or `?`, a capital, with no
/// URL's query (`page?Id=5`) or name (`Yahoo!Japan`) around them, nor a quotation
/// whose attribution may follow (`'Oh no!'Yu-cun smiled`).
pub(super) fn glued_question_or_exclamation(
    rules: &Rules,
    chars: &[(usize, char)],
    i: usize,
    j: usize,
) -> bool {
    // Emoji after the marks belong to them (`it!😍😍Will`).
    if chars[i..j]
        .iter()
        .any(|&(_, e)| !matches!(e, '!' | '?') && !is_emoji(e))
    {
        return false;
    }
    let marks = chars[i..j]
        .iter()
        .filter(|&&(_, e)| matches!(e, '!' | '?'))
        .count();
    // Hyphens join a word's parts (`Wi-Fi?Try`, `well-made!Yes`), and a percentage's
    // sign or a temperature's unit goes with its number (`Save 20-30%!Offer`, `hit
    // 104°F!Stay`).
    let unit = match chars[..i] {
        [.., (_, '°'), (_, 'C' | 'F')] => 2,
        [.., (_, '%' | '％' | '℃' | '℉')] => 1,
        _ => 0,
    };
    let word_end = i - unit;
    let word_start = chars[..word_end]
        .iter()
        .rposition(|&(_, e)| !(e.is_ascii_alphanumeric() || e == '-'))
        .map_or(0, |k| k + 1);
    let word = &chars[word_start..word_end];
    // A lowercase word, a number, a range or a phone's (`at 6!Don't`, `iOS 17?Yes`,
    // `Ages 18-25!Sign`, `1-800-555-0199!Operators`), a question's word
    // (`Really?Yes`), or a run of marks after any word (`AMAZING!!!Best`, `what???how`);
    // not a name that carries its `!` (`Yahoo!Japan`).
    // (A number's sign is no hyphen: `-20°F!Stay`.)
    let unsigned = match word {
        [(_, '-'), rest @ ..] => rest,
        _ => word,
    };
    let digits = unsigned.first().is_some_and(|&(_, e)| e.is_ascii_digit())
        && word.iter().all(|&(_, e)| e.is_ascii_digit() || e == '-');
    // A number opens with its currency and digit groups (`worth $1,199?Apple`).
    let word_start = if digits {
        chars[..word_start]
            .iter()
            .rposition(|&(_, e)| !(e.is_ascii_digit() || matches!(e, ',' | '.') || is_currency(e)))
            .map_or(0, |k| k + 1)
    } else {
        word_start
    };
    let lowercase = word.len() >= 2
        && word
            .iter()
            .all(|&(_, e)| e.is_ascii_lowercase() || e == '-');
    let question = word.len() >= 2 && chars[i].1 == '?';
    // A capitalised word too, before an opener or a contraction, unless a name
    // carries the `!` (`on sale Friday!Don't`, `Wow!This`; not `Yahoo!Mail`,
    // `Hello!Project when`).
    let spelled: String = word.iter().flat_map(|&(_, e)| e.to_lowercase()).collect();
    let next: String = chars[j..]
        .iter()
        .take_while(|&&(_, e)| e.is_alphabetic() || matches!(e, '\'' | '’'))
        .flat_map(|&(_, e)| e.to_lowercase())
        .collect();
    let capitalised = word.len() >= 2
        && word[0].1.is_ascii_uppercase()
        && word[1..].iter().all(|&(_, e)| e.is_ascii_lowercase())
        && !rules.exclaiming_names.contains(&spelled)
        && (rules.openers.contains(&next) || next.contains(['\'', '’']));
    // A model's name ends in its number (`iPhone15!Camera`, `Win11!Everything`).
    let model = word.len() >= 3
        && word.iter().any(|&(_, e)| e.is_ascii_alphabetic())
        && word.last().is_some_and(|&(_, e)| e.is_ascii_digit());
    let word_fits = marks >= 2 || digits || lowercase || question || capitalised || model;
    // Whitespace, Chinese or the paragraph's start before the word, not the
    // window's edge (`http://example.com/…?Query`).
    let opens_word = word_start.checked_sub(1).map_or(chars[0].0 == 0, |k| {
        chars[k].1.is_whitespace() || is_cjk(chars[k].1)
    });
    let after: Vec<char> = chars[j..]
        .iter()
        .map(|&(_, e)| e)
        .take_while(|e| !e.is_whitespace())
        .collect();
    // After a run of marks a lowercase word opens one too, as forums write.
    let opens = after
        .first()
        .is_some_and(|e| e.is_uppercase() || (marks >= 2 && e.is_ascii_lowercase()));
    !word.is_empty()
        && word_fits
        && (opens_word || marks >= 2)
        && opens
        && !after.iter().any(|e| matches!(e, '=' | '&' | '/' | ':'))
}

impl Segmenter {
    /// `jump.Since`: a lowercase word, a period, a capitalised word; neither side a
    /// dotted name, an abbreviation, a URL or an address.
    pub(super) fn glued_sentence(
        &self,
        rules: &Rules,
        chars: &[(usize, char)],
        i: usize,
        j: usize,
    ) -> bool {
        // A quotation may open the next sentence (`appeal.“We disagree`).
        let quote = usize::from(chars.get(j).is_some_and(|&(_, d)| matches!(d, '“' | '"')));
        let next: Vec<char> = chars[j + quote..].iter().take(2).map(|&(_, d)| d).collect();
        let prev = i.checked_sub(1).map(|k| chars[k].1);
        // A percentage's period is no decimal point (`增长5%.2025年`, `增长6.2%.M1同比`).
        if matches!(prev, Some('%' | '％'))
            && next
                .first()
                .is_some_and(|d| d.is_ascii_digit() || d.is_ascii_uppercase())
        {
            return true;
        }
        if quote == 0 && next.first().is_some_and(|&d| is_cjk(d)) {
            // `it.我也`, `OK.我们走吧`, a time in Chinese (`定于10:30.请`), a measure
            // (`８．２％.其中`); not
            // `U.S.A.工作`, `Inc.的`, nor a list's number (`1.请`). A quotation
            // closed after the period ends with it (`by 5 p.m.”可我`).
            if chars[i + 1..j]
                .iter()
                .any(|&(_, d)| matches!(d, '”' | '"' | '’' | '\'' | '」' | '』'))
            {
                return true;
            }
            // A unit's bracket after its number glosses it (`净重16 oz.（约454克）`, `12
            // fl. oz.（约355毫升）`), and a modifier's `的` goes on (`4 fl. oz.的淡奶油`).
            let unit = word_before(chars, i);
            if matches!(next.first(), Some('（' | '的'))
                && !unit.is_empty()
                && unit.bytes().all(|b| b.is_ascii_lowercase())
                && after_amount(rules, chars, i, &unit)
            {
                return false;
            }
            // An ordinal's number ends one too (`排名第3.下一场`).
            let digits = chars[..i]
                .iter()
                .rev()
                .take_while(|&&(_, e)| e.is_ascii_digit())
                .count();
            let ordinal = digits > 0 && i > digits && chars[i - digits - 1].1 == '第';
            // So does a count of two digits or more after Chinese words (`总人数为42.其中`),
            // though not a label's number (`表12.统计结果`).
            let count = digits >= 2
                && i > digits
                && crate::text::is_han(chars[i - digits - 1].1)
                && !label_noun_before(rules, chars, i - digits);
            return (prev
                .is_some_and(|p| p.is_ascii_alphabetic() || matches!(p, ')' | '％' | '‰' | '℃'))
                || number_before_chinese(chars, i)
                || ordinal
                || count)
                && !initials_or_abbreviation(rules, chars, i)
                && !after_abbreviation(rules, chars, i);
        }
        // `I` opens one too (`Yes.I told you`, `it.I'm`), though not after a label's
        // noun (`Part.I`).
        let pronoun_i = next.len() == 2
            && next[0] == 'I'
            && matches!(next[1], ' ' | '\'' | '’')
            && !rules
                .label_nouns
                .contains(&word_before(chars, i).to_lowercase());
        // So do initials after a plain word (`alert.U.S. citizens`).
        let initials = next.len() == 2
            && next[0].is_ascii_uppercase()
            && next[1] == '.'
            && glued_initials(&word_before(chars, i), &chars[j..]);
        // And the article `A` after a word, a figure or a bracket (`tickets.A new
        // date`, `Privacy.A dialog`, `52-48.A spokesman`, `(with ads).A premium`),
        // which no initial is before a lowercase word; not after initials, capitals
        // or code (`U.S.A and`, `USA.A`, `df.A or`).
        let word = word_before(chars, i);
        let article = next.len() == 2
            && next[0] == 'A'
            && next[1] == ' '
            && quote == 0
            && ((word.len() >= ARTICLE_WORD_LETTERS
                && word.chars().all(char::is_alphabetic)
                && word.chars().any(char::is_lowercase))
                || figure_before(rules, chars, i)
                || aside_before(chars, i))
            && lowercase_word_at(chars, j + 2);
        let next_word: String = chars[j + quote..]
            .iter()
            .take_while(|&&(_, d)| d.is_alphabetic())
            .flat_map(|&(_, d)| d.to_lowercase())
            .collect();
        // A name that starts in lowercase opens one as a capitalised word does (`my
        // phone.iOS 17 is`, `seller.eBay refunded`).
        let lowercase_name = next.first().is_some_and(|d| d.is_lowercase())
            && rules.lowercase_names.contains(&next_word);
        let capitalised = next.len() == 2 && next[0].is_uppercase() && next[1].is_lowercase()
            || lowercase_name
            || pronoun_i
            || initials
            || article;
        // A change of script across the period (`жағдайы.XVIII ғасырдың`) is no name.
        let script_changes = next
            .first()
            .is_some_and(|&d| d.is_uppercase() && is_latin(d))
            && prev.is_some_and(|p| p.is_lowercase() && !is_latin(p));
        // A figure ends one too (`in 2019.The`, `5.2%.Analysts`, `$9.99.Free`).
        let number_before = figure_before(rules, chars, i);
        let closing = prev.is_some_and(|p| matches!(p, ')' | ']'));
        // After a name in capitals, a sentence opener starts one (`ASP.NET.It`).
        let opener = rules.openers.contains(&next_word);
        // An acronym that opens a clause after a plain word or a figure (`here.NASA
        // said`, `until 2025.NASA said`); not after a name's capitals (`ASP.NET is`),
        // nor a constant of code (`common.PORT via`).
        let acronym = quote == 0
            && acronym_opens_at(&self.verbs, chars, j)
            && (plain_word_before(rules, chars, i) || number_before);
        let word_ends = prev.is_some_and(char::is_lowercase)
            || (capitalised && (number_before || closing || opener));
        ((capitalised || script_changes)
            && word_ends
            && !member_access(rules, &word, chars, j, opener)
            || acronym)
            && !self.dotted_or_abbreviation(rules, chars, i)
    }
}

/// Code names a type's member at `chars[j]`, after the period that ends `word`:
/// the member is written in CamelCase (`Console.WriteLine`, `list.ToArray`); or it
/// is a listed member, after a capitalised name (`Image.Width`; not `world.Today`),
/// or, if it opens sentences too, after a type in CamelCase or a listed one
/// (`DateTime.Now`); or the type is listed and no sentence opener follows
/// (`String.Format`). A brand in CamelCase ends sentences (`YouTube.Users`,
/// `GitHub.Then`).
fn member_access(
    rules: &Rules,
    word: &str,
    chars: &[(usize, char)],
    j: usize,
    opener: bool,
) -> bool {
    let camel_case = |name: &str| {
        let mut letters = name.chars().skip_while(|e| !e.is_lowercase());
        name.starts_with(char::is_uppercase) && letters.any(char::is_uppercase)
    };
    let member: String = chars[j..]
        .iter()
        .map(|&(_, e)| e)
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    let name = word.rsplit('.').next().unwrap_or_default();
    let listed_type =
        name.starts_with(char::is_uppercase) && rules.code_types.contains(&name.to_lowercase());
    let listed_member = rules.code_members.contains(&member.to_lowercase());
    // A member that is a word too opens a sentence before a pronoun (`GitHub.Today
    // we are releasing`, `Paris.Today we rest`).
    let member_end = j + member.len();
    let pronoun_after = chars.get(member_end).is_some_and(|&(_, e)| e == ' ') && {
        let next: String = chars[member_end + 1..]
            .iter()
            .map(|&(_, e)| e)
            .take_while(char::is_ascii_alphabetic)
            .collect();
        rules.pronouns.contains(&next)
    };
    let capitalised = name.starts_with(char::is_uppercase);
    camel_case(&member)
        || (capitalised && listed_member && !opener && !pronoun_after)
        || ((camel_case(name) || listed_type) && listed_member && !pronoun_after)
        || (listed_type && !opener)
}

/// The Han characters before `chars[at]` end in a label's noun (`表`, `步骤`).
pub(super) fn label_noun_before(rules: &Rules, chars: &[(usize, char)], at: usize) -> bool {
    let han: Vec<char> = chars[..at]
        .iter()
        .rev()
        .take(LABEL_NOUN_HAN)
        .take_while(|&&(_, e)| crate::text::is_han(e))
        .map(|&(_, e)| e)
        .collect();
    (1..=han.len()).any(|n| {
        let noun: String = han[..n].iter().rev().collect();
        rules.label_nouns.contains(&noun)
    })
}

/// Han characters of the longest label's noun (`注意事项`).
const LABEL_NOUN_HAN: usize = 4;

/// A clause opens with an acronym at `chars[k]`: two to five capitals, then a space
/// and a reporting verb (`NASA said`); a constant of code goes on otherwise
/// (`settings.DEBUG is`).
fn acronym_opens_at(verbs: &ReportingVerbs, chars: &[(usize, char)], k: usize) -> bool {
    let letters = chars[k..]
        .iter()
        .take_while(|&&(_, e)| e.is_ascii_uppercase())
        .count();
    (2..=ACRONYM_LETTERS).contains(&letters)
        && chars.get(k + letters).is_some_and(|&(_, e)| e == ' ')
        && {
            let verb: String = chars[k + letters + 1..]
                .iter()
                .map(|&(_, e)| e)
                .take_while(char::is_ascii_lowercase)
                .collect();
            verbs.words.contains(&verb)
        }
}

/// Fewest letters of a word before a glued article (`bill.A White`): fewer are
/// more often code (`df.A or`, `pkg.A to`).
const ARTICLE_WORD_LETTERS: usize = 4;

/// Letters of the longest acronym read as a sentence's first word (`NATO`, `FEMA`).
const ACRONYM_LETTERS: usize = 5;
