//! Whether a stop ends its sentence: the marks and the words after it, the
//! quotation or the brackets it closes, and the run of stops it is part of decide.

use super::chars::{is_cjk_end, is_currency, is_other_end, is_quote_closer};
use super::dateline::is_dateline_place;
use super::glued::{glued_question_or_exclamation, label_noun_before};
use super::lexicons::{FILLER_WORDS, Kind, TOPIC_HAN, simplified};
use super::lists::{ROMAN_LABEL_LETTERS, glued_item_number, is_list_label, item_label_at};
use super::quotes::past_quotations;
use super::words::{
    camel_case_at, casual_opener_at, command_at, english_sentence, label_at, lowercase_word_at,
    mostly_english, number_may_follow, plain_or_number_before, plain_word_opener, preceding_word,
    word_before,
};
use super::{Decision, EMPHASIS_MARKS, Segmenter};
use crate::text::is_cjk;

/// What `ends_here` reads around a run of stops and closers, `chars[i..j]`.
#[derive(Clone, Copy)]
struct Around {
    /// Whitespace characters between the run and the next character past it.
    k: usize,
    /// The character right after the run, and the first one past whitespace.
    next: char,
    first: char,
    /// The last closer, before any face (`。”`; not the `)` of `worked. :)`).
    closer: char,
    /// The character before the stop.
    prev: Option<char>,
    /// A quotation mark or a bracket closes after the stop.
    closed: bool,
    /// A quotation mark closes, or a bracket glossing a quotation.
    quoted: bool,
    /// The sentence is an aside in the brackets that close.
    aside_sentence: bool,
    /// Periods in the run (`...`, `。。。`), and whether it is an ellipsis.
    dots: usize,
    ellipsis: bool,
}

impl Around {
    /// `None` when nothing but whitespace follows the run.
    fn read(d: &Decision) -> Option<Around> {
        let (chars, i, j, c) = (d.chars, d.i, d.j, d.stop);
        let &(_, next) = chars.get(j)?;
        let k = chars[j..].iter().position(|&(_, e)| !e.is_whitespace())?;
        let closer = chars[d.closers_end - 1].1;
        let first = chars[j + k].1;
        let prev = i.checked_sub(1).map(|k| chars[k].1);
        let closed = d.closers_end > i + 1 && closer != c && is_quote_closer(closer);
        // A bracket glued to a closed quotation glosses it: what follows is the
        // quotation's (`“一切都会好起来的。”（All will be well.）他在信的结尾写道。`).
        let gloss = closed
            && closer == '）'
            && d.sentence
                .rfind('（')
                .is_some_and(|at| d.sentence[..at].ends_with(['”', '」']));
        // Closed by a quotation mark, not a bracket: only a quotation has an
        // attribution (`(Nobody knew why.) The party continued.`).
        let quoted = closed && (gloss || !matches!(closer, ')' | ']' | '）' | '】'));
        let aside_sentence =
            closed && !quoted && d.sentence.trim_start().starts_with(['（', '(', '[', '【']);
        let dots = chars[i..j]
            .iter()
            .filter(|&&(_, e)| e == '.' || e == '。')
            .count();
        let ellipsis = c == '…' || dots >= 3;
        Some(Around {
            k,
            next,
            first,
            closer,
            prev,
            closed,
            quoted,
            aside_sentence,
            dots,
            ellipsis,
        })
    }
}

impl Segmenter {
    /// Whether the terminator run `chars[i..j]` (closers included) ends a sentence.
    pub(super) fn ends_here(&self, d: &Decision) -> bool {
        let Some(a) = Around::read(d) else {
            return true;
        };
        if self.marks_go_on(d, &a)
            || self.words_go_on(d, &a)
            || (a.ellipsis && self.ellipsis_pauses(d, &a))
        {
            return false;
        }
        let (chars, i, j, c) = (d.chars, d.i, d.j, d.stop);
        let Around {
            k,
            next,
            first,
            closer,
            prev,
            closed,
            ..
        } = a;
        // (After a Latin word or a percentage in a Chinese sentence too, unless it
        // ends a list of nouns or a topic, or words go on: `…、一台新的Kindle……|
        // 信用卡账单`, `一度跌超10%……| 截至收盘`; not
        // `PPT、Excel……这就是`, `提到Taylor Swift……她的眼睛`, `Go……等十几种语言`.)
        // (After a quoted word in Chinese too: `选择“反向旅游”……| 他们`.)
        let after_quoted = || {
            prev == Some('”')
                && d.sentence
                    .rsplit_once('“')
                    .is_some_and(|(before, _)| before.ends_with(crate::text::is_han))
        };
        let latin_pause = || {
            // (The cheap conditions first: most stops are read no further.)
            if !(k == 0
                && prev.is_some_and(|p| p.is_ascii_alphanumeric() || matches!(p, '%' | '％'))
                && crate::text::is_han(first))
            {
                return false;
            }
            let clause = d
                .sentence
                .rsplit(['，', '。', '！', '？'])
                .next()
                .unwrap_or_default();
            // (A list's last item in Latin is short, as a Chinese one is: `摆着iPad、
            // Switch、Kindle……全是`.)
            let latin_item = clause.rsplit_once('、').is_some_and(|(_, item)| {
                item.chars().count() <= LATIN_ITEM_CHARS
                    && item
                        .chars()
                        .all(|e| e.is_ascii_alphanumeric() || matches!(e, ' ' | '-' | '%' | '.'))
            });
            !latin_item
                && d.sentence.chars().any(crate::text::is_han)
                && (!d.may_list() || list_before(d.sentence) != Some(ListItems::Nouns))
                && !self
                    .continuations
                    .opens_topic(&simplified(clause.trim_start()))
                && !self.continuations.after_pause(&chars[j..])
        };
        if is_cjk_end(c)
            || is_other_end(c)
            || (self.semicolon && c == '；')
            || c == '…' && (prev.is_some_and(is_cjk) || after_quoted() || latin_pause())
            || matches!(c, '!' | '?')
                && (prev.is_some_and(is_cjk) || exclaims_before_han(d, closed))
        {
            // Inside a quotation that goes on, a sentence does not end. (English news
            // ends sentences inside long quotations, and NTREX's lines do too.)
            // A single quote that closes leaves the double one around it open
            // (`“老师说，‘要诚实。’我一直记得。”`).
            let inner = matches!(closer, '’' | '\'' | '」' | '』');
            return d.depth == 0 || (closed && !inner);
        }
        // An ASCII period used as a Chinese full stop, also after a Chinese closing
        // mark before Chinese (`印发《指南》.《指南》对`).
        let closed_chinese = || {
            prev.is_some_and(|p| matches!(p, '》' | '」' | '』' | '）'))
                && (crate::text::is_han(a.next)
                    || a.next.is_ascii_digit()
                    || matches!(a.next, '《' | '「' | '“' | '（'))
        };
        if c == '.' && (prev.is_some_and(crate::text::is_han) || closed_chinese()) {
            return period_ends_chinese(d, &a);
        }
        // (So is one a stray space parts from the Chinese before it, glued to the
        // Chinese after it: `520万人次 .同比增长`.)
        if c == '.'
            && prev == Some(' ')
            && crate::text::is_han(a.next)
            && d.sentence.trim_end().ends_with(crate::text::is_han)
        {
            return true;
        }
        // Glued: `jump.Since`, `it.我也`, `wait?Sign`.
        if !next.is_whitespace() {
            return self.glued_ends(d, &a);
        }
        // A name that carries its `!` goes on unless a capitalised opener follows
        // (`Yahoo! Finance listed`, `Yahoo! 曾经是`, `Jeopardy! before`; `loved Yahoo!
        // It was`).
        if c == '!'
            && j == i + 1
            && d.rules
                .exclaiming_names
                .contains(&word_before(chars, i).to_lowercase())
        {
            let next_word: String = chars[j + k..]
                .iter()
                .take_while(|&&(_, e)| e.is_alphabetic() && !is_cjk(e))
                .flat_map(|&(_, e)| e.to_lowercase())
                .collect();
            return first.is_uppercase() && d.rules.openers.contains(&next_word);
        }
        if is_cjk(first) {
            return self.ends_before_chinese(d, &a);
        }
        self.ends_before_other_text(d, &a)
    }

    /// Marks after the run, or around it, keep its sentence going: a comma,
    /// a bracket's aside, a dash, a title, an arrow, a topic tag, brackets still
    /// open.
    fn marks_go_on(&self, d: &Decision, a: &Around) -> bool {
        let (chars, i, j) = (d.chars, d.i, d.j);
        let Around {
            k,
            next,
            first,
            closer,
            closed,
            ..
        } = *a;
        // What follows a comma or a colon is the same sentence (`！” ，“他穿着`).
        if matches!(first, '，' | ',' | '、' | '；' | ';' | '：' | ':') {
            return true;
        }
        // Marks alone in brackets comment on a word (`所谓的专家（？）声称`, `他竟然（！）没有来`).
        if i > 0
            && matches!(chars[i - 1].1, '（' | '(' | '[' | '【')
            && matches!(closer, '）' | ')' | ']' | '】')
            && chars[i..d.closers_end - 1]
                .iter()
                .all(|&(_, e)| matches!(e, '?' | '!' | '？' | '！'))
        {
            return true;
        }
        // A bracketed aside with its own stop, after the first word or two of a
        // sentence that goes on (`那天（真是倒霉透了！）我把钥匙弄丢了`, `他（真的是他
        // 吗？）竟然来了`), or after a title that it glosses (`《妈妈咪呀！》（Mamma
        // Mia!）中文版将于…`).
        if matches!(closer, '）' | ')')
            && crate::text::is_han(first)
            && d.sentence.rfind(['（', '(']).is_some_and(|open| {
                let opening = d.sentence[..open].trim();
                // (Or a subject with its `的`: `这家老店的招牌菜（据说每天只做五十份！）一开
                // 门就被抢光了`.)
                // (Its noun right before the bracket, maybe a Latin one: `该公司的CEO
                // （…）`; not a clause, `航班又延误了（…）`, nor `是他的（…）`.)
                let subject = opening.rsplit_once('的').is_some_and(|(owner, noun)| {
                    (1..=SUBJECT_NOUN_CHARS).contains(&noun.chars().count())
                        && noun
                            .chars()
                            .all(|c| crate::text::is_han(c) || c.is_ascii_alphanumeric())
                        && owner.chars().all(crate::text::is_han)
                        && opening.chars().count() <= ASIDE_SUBJECT_HAN
                });
                // (Or a list's or an example's trailing `……` after a noun, not after a
                // clause's end: `等症状（尤其是持续高烧不退……）应及时就医`, `东西（牙膏、
                // 毛巾……）回家`, `杂志（《读者》《青年文摘》……）每一本`; not `又延误了（唉……）`,
                // `熬了个通宵（真拿他没办法……）`.)
                let aside = simplified(d.sentence[open..].trim_start_matches(['（', '(']));
                let trailing = d.stop == '…'
                    && !opening.ends_with(|c: char| CLAUSE_END_HAN.contains(c))
                    && (aside.contains('、')
                        || aside.contains("》《")
                        || aside.trim_end_matches('…').ends_with('》')
                        || self.continuations.opens_example(&aside));
                opening.ends_with('》')
                    || trailing
                    || subject
                    || !opening.is_empty()
                        && opening.chars().count() <= ASIDE_OPENING_HAN
                        && opening.chars().all(crate::text::is_han)
            })
        {
            return true;
        }
        // So is what follows a Chinese dash that closes an aside (`他居然——真是没想
        // 到！——拿了冠军，还…`); one that opens a line of dialogue opens a sentence
        // (`——你去哪儿？——回家。`). (A short source after one is its sentence's:
        // see `source_len`.)
        if first == '—'
            && chars.get(j + k + 1).is_some_and(|&(_, e)| e == '—')
            && d.sentence
                .trim_start()
                .match_indices("——")
                .any(|(at, _)| at > 0)
        {
            return true;
        }
        // A stop inside a title (`《你好！李焕英》`); not a source's title after a
        // stop (`。——文天祥《过零丁洋》 这两句`).
        if j > i + 1
            && matches!(closer, '》' | '〉')
            && !chars[i..j].iter().any(|&(_, e)| crate::text::is_han(e))
        {
            return true;
        }
        // A joining arrow or tilde opens nothing (`（一定要早去！）→武侯祠→锦里`).
        if k == 0 && matches!(first, '→' | '←' | '～') {
            return true;
        }
        // A stop inside a topic tag ends nothing (`#我的2023！#今年`): an odd `#`
        // opened it, with no space since (`#北京暴雨#今天…！#` is closed).
        if next == '#'
            && chars[..i]
                .iter()
                .rev()
                .take_while(|&&(_, e)| !e.is_whitespace())
                .filter(|&&(_, e)| e == '#')
                .count()
                % 2
                == 1
        {
            return true;
        }
        // Inside brackets (and `«…»`, `„…“`) that go on, or a quotation in Chinese text
        // (`一句“Thank you. See you.”就走了`), a sentence does not end.
        if (d.brackets > 0 || d.in_chinese) && !closed {
            return true;
        }
        false
    }

    /// Words after the run go on with its sentence: a quotation's
    /// attribution or predicate, more quotations of a list, Chinese after an
    /// English phrase's `!` or `?`.
    fn words_go_on(&self, d: &Decision, a: &Around) -> bool {
        let (chars, j, c) = (d.chars, d.j, d.stop);
        let Around {
            k,
            first,
            prev,
            closed,
            quoted,
            aside_sentence,
            ..
        } = *a;
        // A quotation's attribution belongs to its sentence (`!" Hammel added.`), and
        // so does what goes on after it in Chinese (`“谢谢！”就走了`), or after one
        // that is a word's object (`把“…。”挂在嘴边`), or in lowercase after one that
        // English text quotes (`He wrote “你好！” on the board`).
        // (So is the second of a pair before what goes on with it: `“是。”或者“否。”，
        // 别的…`.)
        let second_of_pair = || self.continuations.second_of_pair(d.sentence, first);
        // (A quotation that was a word's object ends its sentence when a clause of its
        // own follows, a pronoun its subject: `发了一句“Are you free tonight?”| 我还没想好`;
        // not one fronted as the topic, `一句“我爱你。”他憋了整整三年`.)
        // (A short clause with its reporting verb is no topic: `妈妈喊“吃饭了！”| 我们
        // 立刻…`.)
        // (What came before the quotation that closed here.)
        let quotation_before = || {
            d.sentence
                .rfind(QUOTATION_OPENINGS)
                .map(|open| &d.sentence[..open])
        };
        let fronted = || {
            quotation_before().is_some_and(|before| {
                let before = before.trim();
                before.chars().nth(CLAUSE_BEFORE_OBJECT - 1).is_none()
                    && !self.verbs.ends_in_verb(before)
            })
        };
        let object_goes_on =
            || d.object && (fronted() || !self.continuations.subject_opens(&chars[j + k..]));
        // (A reporting verb right before a quotation opened after a Chinese word
        // names its speaker.)
        let before_quotation = || d.after_word.then(quotation_before).flatten();
        if closed
            && (object_goes_on()
                || second_of_pair()
                || (d.after_latin
                    && (lowercase_word_at(chars, j + k) || glosses_quotation(d, j + k)))
                || (quoted
                    && self.attribution_follows(
                        d.rules,
                        chars,
                        j + k,
                        d.after_colon,
                        before_quotation(),
                    ))
                // A bracket glued to the quotation with a stop of its own glosses it
                // (`“Imagination is more important than knowledge.”（想象力比知识更重
                // 要。）这句话…`); not a list's marker (`。”（2）“…`).
                || (quoted && k == 0 && first == '（' && bracket_holds_stop(&chars[j + 1..]))
                // (Not past brackets that hold a sentence of their own: `。（据说是为了
                // 工作。）之后再也没回来。`)
                // (An English question quoted in Chinese is named, not asked: `“How
                // are you?”是英语中…`.)
                || (!aside_sentence && self.continuations.follow(
                    &chars[past_quotations(chars, j + k)..],
                    matches!(c, '?' | '？') && !prev.is_some_and(|p| p.is_ascii_alphabetic()),
                    d.after_colon,
                )))
        {
            return true;
        }
        // A quotation inside its clause goes on before a particle or a predicate
        // that opens no sentence (`他“哼！”了一声`, `孩子们“哇！”地叫出声来`, `专辑
        // “Hello, Tomorrow!”将于月底上线`).
        if closed && d.after_word && k == 0 && self.continuations.goes_on_inside(&chars[j..]) {
            return true;
        }
        // Quotations in a row after a colon whose verb takes what was said as its
        // object are one list of it (`网友纷纷留言：“终于等到了！”“太好了！”`).
        if quoted
            && k == 0
            && matches!(first, '“' | '「')
            && listed_after_colon(d.sentence)
                .is_some_and(|before| self.continuations.object_before(before))
            // (Not a reply with its speaker: `喊：“吃饭啦！”“来了！”弟弟应道。`)
            && !self.attribution_follows(d.rules, chars, past_quotations(chars, j), false, None)
        {
            return true;
        }
        // So does an English phrase's `!` or `?` in a Chinese sentence, unquoted, before
        // words that go on (`你知道What's up?是什么意思吗？`, `他说了句Why not?就走了`).
        if !closed
            && matches!(c, '!' | '?')
            && prev.is_some_and(|p| p.is_ascii_alphabetic())
            && d.sentence.chars().any(crate::text::is_han)
            && self.continuations.follow(&chars[j + k..], false, false)
        {
            return true;
        }
        false
    }

    /// The run, an ellipsis, is a pause, not a sentence's end.
    fn ellipsis_pauses(&self, d: &Decision, a: &Around) -> bool {
        let (chars, i, j, c) = (d.chars, d.i, d.j, d.stop);
        let Around {
            k,
            first,
            prev,
            closed,
            ..
        } = *a;
        // An English ellipsis after a filler alone or before the word it follows
        // again is a pause (`Well... I suppose we could`, `Well, I... I don't know`).
        if prev.is_some_and(|p| p.is_ascii_alphabetic()) {
            // (A word's length back at most: a run with no space may be long.)
            let tail = tail_of(d.sentence.trim_end(), WORD_TAIL_BYTES);
            let last = tail.rsplit([' ', ',']).next().unwrap_or_default();
            let next: String = chars[j + k..]
                .iter()
                .map(|&(_, e)| e)
                .take_while(char::is_ascii_alphabetic)
                .collect();
            // (A filler may be a phrase: `To be honest… I forgot`.)
            let lone_filler = lone_filler(d.rules, d.sentence);
            if lone_filler || next.eq_ignore_ascii_case(last) {
                return true;
            }
        }
        // An ellipsis inside a quotation that goes on to a comma and its attribution
        // ends nothing (`"Well... I suppose we could try," she said slowly.`).
        if d.depth > 0 && !closed && quotation_ends_in_comma(&chars[j..]) {
            return true;
        }
        // A Chinese ellipsis (`……`, or `...` or `。。。` typed) after a word or two,
        // or before the word it follows again, is a pause (`这个……那个……`, `我……我
        // 不知道`, `北京、上海...都`), not a sentence's end. (A question or an
        // exclamation after it ends the sentence: `什么……？！你`.)
        let asks = chars[i..j]
            .iter()
            .any(|&(_, e)| matches!(e, '?' | '!' | '？' | '！'));
        if prev.is_some_and(|p| is_cjk(p) || p == '”') && !closed && !asks {
            // The clause before: Han characters and digits back to any punctuation
            // (`风很大` in `天黑了，风很大……`, `橘子` in `苹果、香蕉、橘子……`,
            // `提高到了90分` in `…，提高到了90分……这`), read through a quotation or a
            // title closed inside it (`脑子里“嗡”的一声……`, `讨论《流浪地球》……`), not
            // past one opened.
            let mut quoted = false;
            let clause = d
                .sentence
                .chars()
                .rev()
                .take_while(move |&e| match e {
                    '”' | '」' | '》' if !quoted => {
                        quoted = true;
                        true
                    }
                    '“' | '「' | '《' if quoted => {
                        quoted = false;
                        true
                    }
                    _ => crate::text::is_han(e) || e.is_ascii_digit(),
                })
                .filter(|&e| !matches!(e, '“' | '”' | '「' | '」' | '《' | '》'));
            let before: Vec<char> = clause.clone().take(PAUSE_HAN).collect();
            // A topic before it (`这个问题嘛……`, `关于这件事……`).
            let topic = || {
                // (One character more than a topic's longest shows a longer clause.)
                let mut topic: Vec<char> = clause.take(TOPIC_HAN + 1).collect();
                topic.reverse();
                self.continuations
                    .topic_before_pause(&topic.into_iter().collect::<String>())
            };
            // A word said again after the pause: `我……我`, `所以……所以`, also past a
            // final particle (`他笑了……笑得很开心`).
            let ahead: Vec<char> = chars[j + k..].iter().take(2).map(|&(_, e)| e).collect();
            let said_again = |before: &[char]| {
                (1..=2).any(|n| {
                    before.len() >= n
                        && ahead.len() >= n
                        && before[..n].iter().rev().eq(ahead[..n].iter())
                })
            };
            let written_before: String = before.iter().rev().collect();
            let particle = self.continuations.final_particle(&written_before);
            let repeated = said_again(&before) || said_again(&before[particle..]);
            // An English sentence after it makes it an end (`等一下……Wait...`), not
            // a Latin name in the Chinese sentence (`那个……Apple的新品`).
            let english_follows = || {
                let latin = chars[j + k..]
                    .iter()
                    .take_while(|&&(_, e)| e.is_ascii_alphabetic())
                    .count();
                first.is_ascii_uppercase()
                    && chars.get(j + k + latin).is_none_or(|&(_, e)| !is_cjk(e))
            };
            // Web text types `。。。` for an ellipsis that ends a sentence (`无语了。。。
            // 这都`, `好吧。。。我认输了`, `气死我了。。。又被放鸽子了`): after a short
            // clause it pauses only in a list (`北京、上海、广州。。。都在`), and a word
            // that goes on after `……` opens a sentence after it.
            let typed = c == '。';
            let short = before.len() < PAUSE_HAN
                && particle == 0
                && (!typed
                    || d.sentence
                        .chars()
                        .rev()
                        .find(|&e| !(crate::text::is_han(e) || e.is_ascii_digit()))
                        == Some('、'));
            // (Not after an exclamation's particle: `真是太好了...终于放假了！`.)
            let goes_on =
                !typed && particle == 0 && self.continuations.after_pause(&chars[j + k..]);
            // A list of nouns alone before it is a topic's (`锅碗瓢盆、桌椅板凳……搬家公司
            // 一趟就全拉走了`; not `他问起了父母、妹妹……我`, a clause's object); a list of
            // clauses ends its sentence there, however short its last (`孩子们笑着、闹着、
            // 追着……操场上`).
            // (A paragraph with no `、` lists nothing: most are read no further.)
            let list = d.may_list().then(|| list_before(d.sentence)).flatten();
            let noun_list = list == Some(ListItems::Nouns);
            let short = short && list != Some(ListItems::Clauses);
            if (short || repeated || goes_on || noun_list || topic()) && !english_follows() {
                return true;
            }
        }
        false
    }

    /// A run glued to what follows ends a sentence: a dotted name is one word
    /// (`Node.js`), a glued sentence two (`jump.Since`).
    fn glued_ends(&self, d: &Decision, a: &Around) -> bool {
        let (chars, i, j, c) = (d.chars, d.i, d.j, d.stop);
        let Around {
            next,
            closer,
            prev,
            closed,
            dots,
            ..
        } = *a;
        // An ellipsis glued to a capitalised word ends its sentence, as a spaced one
        // does (`fix it...He didn't`, `reading…The mayor`), but after a filler alone
        // (`Well...Maybe`), nor inside a quotation that a comma hands to its
        // attribution (`Did we leak...No, we didn't leak," he added`).
        if (c == '…' || dots >= 3)
            && d.depth == 0
            && !quotation_ends_in_comma(&chars[j..])
            && prev.is_some_and(|p| p.is_ascii_alphabetic())
            && next.is_ascii_uppercase()
            && chars
                .get(j + 1)
                .is_some_and(|&(_, e)| e.is_ascii_lowercase())
        {
            return !lone_filler(d.rules, d.sentence);
        }
        // A count glued to a plain word's period opens a sentence when a lowercase
        // word follows it (`Highly recommend.5 stars`, `It was great.3 of us went`):
        // no decimal follows a word, and a footnote's number comes before a capital.
        if c == '.'
            && dots == 1
            && d.depth == 0
            && next.is_ascii_digit()
            && prev.is_some_and(|p| p.is_ascii_lowercase())
            && super::footnote_may_follow(d.sentence.trim_end_matches('.'), d.rules)
        {
            let digits = chars[j..]
                .iter()
                .take_while(|&&(_, e)| e.is_ascii_digit())
                .count();
            return digits <= COUNT_DIGITS
                && chars.get(j + digits).is_some_and(|&(_, e)| e == ' ')
                && chars
                    .get(j + digits + 1)
                    .is_some_and(|&(_, e)| e.is_ascii_lowercase());
        }
        // A period a stray space parts from its word, glued to a capitalised word,
        // ends a sentence (`Nice location .Tiny bathroom`); not a file's type after
        // an article or a preposition (`the .Rmd file`).
        if c == '.'
            && dots == 1
            && prev == Some(' ')
            && next.is_ascii_uppercase()
            && chars
                .get(j + 1)
                .is_some_and(|&(_, e)| e.is_ascii_lowercase())
        {
            let before = d
                .sentence
                .split_whitespace()
                .next_back()
                .unwrap_or_default()
                .to_lowercase();
            return before.chars().any(char::is_alphanumeric)
                && !d.rules.determiners.contains(&before)
                && !d.rules.phrase_openers.contains(&before)
                && !d.rules.before_names.contains(&before);
        }
        // A quotation closed and the next one opened at once (`taken?""No`).
        let next_quotation = closed
            && matches!(next, '"' | '“')
            && chars.get(j + 1).is_some_and(|&(_, e)| e.is_uppercase());
        // A capitalised word glued to a closed double quotation opens a sentence
        // too (`"We did it!"The captain`). (A single quote may be a word's
        // apostrophe: `'Oh no!'Yu-cun smiled`.)
        let capital_after_quotation = matches!(closer, '"' | '”')
            && next.is_uppercase()
            && chars.get(j + 1).is_some_and(|&(_, e)| e.is_lowercase());
        match c {
            // An English sentence ends on its number before Chinese (`founded in
            // 1998.它的总部`), as a short number in Chinese may not (`1.请`).
            // So does one on an abbreviation but a title's, as when a space
            // parts them (`starts at 9 a.m.活动地点`; not `据Dr.李`).
            // A list's number opens its item, whatever word follows (`it. 2.Check
            // the cable.`).
            '.' if is_list_number(d.sentence) => false,
            '.' => {
                self.glued_sentence(d.rules, chars, i, j)
                    || (crate::text::is_han(next)
                        && english_sentence(d.sentence)
                        && (prev.is_some_and(|p| p.is_ascii_digit())
                            || self.english_ends_before_han(d, j, false)))
            }
            '!' | '?' => {
                next_quotation
                    || capital_after_quotation
                    || glued_question_or_exclamation(d.rules, chars, i, j)
            }
            _ => false,
        }
    }

    /// The run ends a sentence before Chinese after a space.
    fn ends_before_chinese(&self, d: &Decision, a: &Around) -> bool {
        let (chars, i, j, c) = (d.chars, d.i, d.j, d.stop);
        let Around { k, prev, dots, .. } = *a;
        // An ellipsis set apart by spaces goes on (`这一天 ... 这一天物理学家`), as
        // in English (`really ... well`).
        if dots >= 3 && prev.is_some_and(char::is_whitespace) {
            return false;
        }
        // `Apple Inc. 的股价`: an abbreviation holds before Chinese too, and so
        // does a list's number, after a stop too (`1. 加强组织领导`, `…个月。1. 本项目`);
        // but not at the end of an English sentence (`held at the U.N. 各国代表`,
        // `lands at 5 p.m. 我们`).
        if c != '.' {
            return true;
        }
        let english = self.english_ends_before_han(d, j + k, true);
        // A label's letter is no initial (`搬到了Tower B. 新地址`, `位于Bldg. E. 访客`,
        // `选了方案B. 大家`; not `J. K. 罗琳`, `细菌学家A. 弗莱明`).
        let letter = word_before(chars, i);
        let label_letter = letter.len() == 1
            && letter.bytes().all(|b| b.is_ascii_uppercase())
            && (label_noun_before(d.rules, chars, i - 1) || {
                let noun = preceding_word(chars, i, &letter);
                d.rules
                    .label_nouns
                    .contains(noun.strip_suffix('.').unwrap_or(&noun))
            });
        english
            || label_letter
            || !(self.is_abbreviation_before(d.rules, chars, i)
                || is_list_label(d.rules, d.sentence, true))
    }

    /// The run ends a sentence before anything else after a space: a word in
    /// another script, a number, a quotation or a bracket.
    fn ends_before_other_text(&self, d: &Decision, a: &Around) -> bool {
        let (chars, i, j, c) = (d.chars, d.i, d.j, d.stop);
        let Around {
            k,
            first,
            prev,
            closed,
            dots,
            ..
        } = *a;
        // Inside a short quotation nothing ends (`"Go! Go! Go!" until the final
        // whistle`).
        if !closed
            && !d.in_chinese
            && !is_cjk_end(c)
            && inside_short_quotation(d.sentence, &chars[j..])
        {
            return false;
        }
        // A dateline's dash goes with it, as after its credit (`ST. PAUL, Minn. — The
        // Legislature`, `ST. LOUIS, Mo. (AP) — A man`).
        if matches!(first, '—' | '–' | '-') && d.opens_paragraph && is_dateline_place(d.sentence)
        {
            return false;
        }
        let opens = opens_sentence(chars, j + k, closed)
            || (d.rules.lowercase_opens && dots <= 1 && first.is_lowercase());
        // Forum text opens sentences in lowercase: after a run of `?` or `!`
        // (`windows 11??? i've`), or after one or a plain word's period before a
        // word that opens sentences (`figured it out. you have to`, `driver. thx`,
        // `didn't`, `r/learnpython? they're`); not after a quotation, where an
        // attribution goes on (`"You sold the car?!" he yelled`).
        let casual_start = first.is_lowercase()
            && !closed
            && match c {
                '!' | '?' => {
                    chars[i..j]
                        .iter()
                        .filter(|&&(_, e)| matches!(e, '!' | '?' | '！' | '？'))
                        .nth(1)
                        .is_some()
                        || casual_opener_at(d.rules, chars, j + k, false)
                        || label_at(d.rules, chars, j + k)
                        || command_at(d.rules, chars, j + k)
                        // (As after a period: `does this work on linux? the docs only`;
                        // not code's `parentURL ? new URL(…)`.)
                        || ((lowercase_word_at(chars, j + k)
                            || casual_opener_at(d.rules, chars, j + k, true))
                            && prev.is_some_and(char::is_alphabetic)
                            && past_item_label(d.sentence).starts_with(char::is_lowercase)
                            && !d.sentence.contains(['{', '}', '(', '=', ';']))
                }
                // A writer who opened the sentence in lowercase opens the next one
                // so too (`lol that's what happened to me. thought i was`).
                '.' => {
                    dots == 1
                        && (plain_word_opener(d.rules, chars, i, j + k)
                            || ((label_at(d.rules, chars, j + k)
                                || file_or_module_at(chars, j + k)
                                || command_at(d.rules, chars, j + k))
                                && !self.is_abbreviation_before(d.rules, chars, i))
                            || (lowercase_word_at(chars, j + k)
                                && past_item_label(d.sentence).starts_with(|e: char| {
                                    e.is_lowercase() || matches!(e, '@' | '#')
                                })
                                && plain_or_number_before(d.rules, chars, i)))
                }
                _ => false,
            };
        // A number opens a sentence, with its currency, its sign or a comparison
        // before it too (`$4.50 now buys`, `−8°C is forecast`, `<300 ms is typical`).
        let number_opens = first.is_ascii_digit()
            || (is_currency(first)
                || matches!(first, '<' | '>' | '≤' | '≥' | '~' | '≈' | '-' | '−' | '+'))
                && chars
                    .get(j + k + 1)
                    .is_some_and(|&(_, e)| e.is_ascii_digit());
        match c {
            '!' | '?' => opens || casual_start || number_opens,
            '…' => opens,
            _ => {
                // A run of periods is an ellipsis; one period may close an abbreviation.
                if dots > 1 {
                    return opens;
                }
                // (No abbreviation holds across a level line: `6 p.m. ─── 下午`.)
                let level_line = matches!(first, '─' | '━' | '═');
                (opens || casual_start || (number_opens && number_may_follow(d.rules, chars, i)))
                    && (level_line || !self.abbreviation_holds(d, j + k))
                    && !is_list_label(d.rules, d.sentence, d.opens_paragraph)
            }
        }
    }

    /// An English sentence ends on the abbreviation before the Chinese at `chars[at]`
    /// (`lands at 5 p.m. 我们`, `starts at 9 a.m.活动`): not a title's, which goes on
    /// to a name in any script (`went to Prof. 李华 of Fudan`, `据Dr.李`), nor a short
    /// name's suffix, the Chinese sentence's subject (`Wang et al. 在2020年…`, `Apple
    /// Computer Inc. 宣布…`; a company's suffix may end a list of names, the subject of
    /// Chinese in a sentence of English names: `Sony Group Corp. 与 Honda Motor Co.,
    /// Ltd. 已成立`), nor before Chinese that goes on. `loosely`: a sentence of
    /// mostly English words counts.
    fn english_ends_before_han(&self, d: &Decision, at: usize, loosely: bool) -> bool {
        let kind = d.rules.kind(&word_before(d.chars, d.i).to_lowercase());
        if kind == Some(Kind::NeverEnds) {
            return false;
        }
        let suffix = kind == Some(Kind::NameSuffix);
        let subject = suffix && d.sentence.split_whitespace().count() <= NAME_SUBJECT_WORDS;
        let english =
            english_sentence(d.sentence) || loosely && !suffix && mostly_english(d.sentence);
        english && !subject && !self.continuations.follow(&d.chars[at..], false, false)
    }
}

/// An ASCII period after Chinese ends its sentence as a full stop: `生态.创新`,
/// `通知.The`, before a date or a time (`起.6月18日开售`) or the next item's number
/// (`焯水.2.锅中`); not a file's dot (`将.env复制`), nor a relative path's
/// (`执行./start.sh`, `运行../build.sh`).
fn period_ends_chinese(d: &Decision, a: &Around) -> bool {
    let (chars, j) = (d.chars, d.j);
    let Around { next, .. } = *a;
    // (No decimal point follows a Han character: `票价为2.5元.3岁以下`.)
    let date_follows = || {
        let digits = chars[j..]
            .iter()
            .take_while(|&&(_, e)| e.is_ascii_digit())
            .count();
        chars
            .get(j + digits)
            .is_some_and(|&(_, e)| crate::text::is_han(e))
    };
    // A name written with its dot runs into Chinese (`和.NET开发`, `.com域名`).
    let latin = chars[j..]
        .iter()
        .take_while(|&&(_, e)| e.is_ascii_alphanumeric())
        .count();
    let dotted_name =
        next.is_ascii_alphabetic() && chars.get(j + latin).is_some_and(|&(_, e)| is_cjk(e));
    d.depth == 0
        && (!next.is_ascii_digit() || date_follows() || glued_item_number(&chars[j..]))
        && !next.is_ascii_lowercase()
        && next != '/'
        && !dotted_name
}

/// Digits of the longest count glued to a word's period that opens a sentence
/// (`recommend.5 stars`).
const COUNT_DIGITS: usize = 3;

/// The quotation that `rest` goes on with closes after a comma, with no stop before
/// (`I suppose we could try," she said`).
fn quotation_ends_in_comma(rest: &[(usize, char)]) -> bool {
    let mut previous = None;
    for &(_, c) in rest {
        match c {
            '"' | '”' => return previous == Some(','),
            '.' | '!' | '?' | '…' | '。' | '！' | '？' => return false,
            _ => previous = Some(c),
        }
    }
    false
}

/// The marks a quotation opens with: the search back from its close for its
/// opening meets one of them within the quotation, however long its sentence.
const QUOTATION_OPENINGS: [char; 6] = ['“', '「', '『', '"', '«', '‘'];

/// Characters before a quotation that was a word's object when a clause holds it,
/// not a fronted topic (`他给我发了一句“…”`; not `一句“…”`).
const CLAUSE_BEFORE_OBJECT: usize = 4;

/// Most words of a short quotation whose sentences hold together (`"Go! Go! Go!"
/// until the final whistle`), and of one that a comma hands to its attribution
/// (`"Go home. Sleep. Eat something," the doctor told him.`).
const SHORT_QUOTATION_WORDS: usize = 6;

const ATTRIBUTED_QUOTATION_WORDS: usize = 10;

/// Characters read ahead for the close of such a quotation.
const SHORT_QUOTATION_CHARS: usize = 96;

/// The stop is inside a short quotation, open before it and closing in `rest`,
/// whose sentences hold together: `"Stop. Look. Listen." in three languages`, `"No.
/// Never."—ended`, `"No. Not today," he said`, `She said, "I'm done. Goodbye." She
/// never came back.` `sentence` is the sentence up to the stop. (Longer quotations,
/// as news writes them, end sentences inside, as NTREX's lines do.)
fn inside_short_quotation(sentence: &str, rest: &[(usize, char)]) -> bool {
    // (Most sentences quote nothing: a byte search of a short quotation's length
    // back says so, however long the sentence.)
    let tail = tail_of(sentence, SHORT_QUOTATION_TAIL_BYTES);
    if !(tail.contains('"') || tail.contains('“')) {
        return false;
    }
    let tail_start = sentence.len() - tail.len();
    // What is ahead decides first, reading a few words at most: the closing quote.
    let mut words_ahead = 0;
    let mut close = None;
    for (at, &(_, c)) in rest.iter().enumerate().take(SHORT_QUOTATION_CHARS) {
        match c {
            '"' | '”' => {
                close = Some(at);
                break;
            }
            // (Chinese goes on without spaces: not this.)
            _ if is_cjk(c) => return false,
            ' ' => {
                words_ahead += 1;
                if words_ahead > ATTRIBUTED_QUOTATION_WORDS {
                    return false;
                }
            }
            _ => {}
        }
    }
    let Some(close) = close else {
        return false;
    };
    // A comma at its end hands it to an attribution.
    let attributed = rest[..close].last().is_some_and(|&(_, c)| c == ',')
        && rest
            .get(close + 2)
            .is_some_and(|&(_, c)| c.is_lowercase() || c.is_uppercase());
    let limit = if attributed {
        ATTRIBUTED_QUOTATION_WORDS
    } else {
        SHORT_QUOTATION_WORDS
    };
    // Open here: the sentence's last quotation mark opens one, after a space or a
    // bracket and before a word (not `League," he said`, where it closed one).
    let Some(opened) = tail.rfind(['"', '“', '”']).map(|at| tail_start + at) else {
        return false;
    };
    let before = sentence[..opened].chars().next_back();
    let mut from_mark = sentence[opened..].chars();
    let mark = from_mark.next();
    let after = from_mark.next();
    let opens = mark != Some('”')
        && before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–' | ':'))
        && after.is_some_and(|c| !c.is_whitespace());
    opens && sentence[opened..].split_whitespace().count() + words_ahead <= limit
}

/// Bytes read back for a short quotation's opening: its words at most.
const SHORT_QUOTATION_TAIL_BYTES: usize = 4 * SHORT_QUOTATION_CHARS;
/// Bytes read back for the word before an ellipsis, and of the longest filler.
const WORD_TAIL_BYTES: usize = 64;

/// The end of `text`, `bytes` long at most, from a character's start.
fn tail_of(text: &str, bytes: usize) -> &str {
    let mut start = text.len().saturating_sub(bytes);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..]
}

/// `sentence` (so far) is a filler alone, a word or a phrase (`Well`, `To be
/// honest`).
fn lone_filler(rules: &super::lexicons::Rules, sentence: &str) -> bool {
    let sentence = sentence.trim();
    sentence.len() <= WORD_TAIL_BYTES
        && sentence.split_whitespace().nth(FILLER_WORDS).is_none()
        && rules.fillers.contains(&sentence.to_lowercase())
}

/// Most Han characters of a sentence's opening before a bracketed aside that has a
/// stop of its own and that the sentence goes on after (`那年夏天（那是1998年！）洪水来了`).
const ASIDE_OPENING_HAN: usize = 4;
/// Most characters of such an opening that is a subject with its `的`, and of the
/// noun after the `的`.
const ASIDE_SUBJECT_HAN: usize = 10;
const SUBJECT_NOUN_CHARS: usize = 3;

/// Most words of an English name before Chinese that ends in a company's or a
/// list's suffix (`Johnson & Johnson Inc. 宣布`).
const NAME_SUBJECT_WORDS: usize = 4;

/// Fewest Han characters before a Chinese ellipsis that ends a sentence: fewer
/// make a pause.
const PAUSE_HAN: usize = 4;

/// Letters of the longest unit written after its number (`mAh`, `kcal`).
const UNIT_LETTERS: usize = 4;

/// `!` or `?` ends an English sentence before Chinese (`See you tomorrow!明天`,
/// `“What's your name?”小明`, `What?这是`, `OMG!太好`): after a closed quotation,
/// a lowercase word, a word in capitals, a sentence opener, a whole English
/// sentence or a word alone, before a Han character; not in a name (`Yahoo!中国`),
/// nor before kana or brackets.
fn exclaims_before_han(d: &Decision, closed: bool) -> bool {
    let Some(&(_, next)) = d.chars.get(d.j) else {
        return false;
    };
    let word: Vec<char> = d.chars[..d.i]
        .iter()
        .rev()
        .take_while(|&&(_, e)| e.is_alphabetic() && !is_cjk(e))
        .map(|&(_, e)| e)
        .collect();
    let spelled: String = word.iter().rev().flat_map(|e| e.to_lowercase()).collect();
    // A name that carries its `!` (`Yahoo!`).
    let exclaiming_name = d.rules.exclaiming_names.contains(&spelled);
    let cased = |upper: bool| word.iter().all(|e| e.is_uppercase() == upper);
    let start = d.i - word.len();
    // (Or a unit written after the number: `降至-3.5℃!请`, `39°C!大家`, `高达6000mAh!续航`.)
    let after_digit = d.i > 0
        && matches!(d.chars[d.i - 1].1, '%' | '％' | '0'..='9' | '℃' | '℉' | '°')
        || (1..=UNIT_LETTERS).contains(&word.len())
            && start > 0
            && matches!(d.chars[start - 1].1, '0'..='9' | '°');
    // The last word of a phrase in Title Case (`Happy New Year!新年快乐`); a name
    // after a plain word may carry its `!` (`visit Yahoo!中国`).
    let previous_word_start = d.chars[..start.saturating_sub(1)]
        .iter()
        .rposition(|&(_, e)| !e.is_ascii_alphabetic())
        .map_or(0, |k| k + 1);
    let phrase = word.len() >= 2
        && start >= 2
        && d.chars[start - 1].1 == ' '
        && d.chars[start - 2].1.is_ascii_alphabetic()
        && d.chars[previous_word_start].1.is_ascii_uppercase();
    // A whole English sentence, or one word alone (`Welcome to Shanghai!这是`,
    // `Hello!请坐`), unless a name that carries its `!` ends it (`Yahoo!`).
    let sentence = d.sentence.trim();
    let whole = (english_sentence(sentence) || sentence.chars().eq(word.iter().rev().copied()))
        && !word.is_empty()
        && !exclaiming_name;
    // A capitalised word exclaimed in Chinese without quotation marks (`喊了一句
    // Hello!大家`, `一个词：Go!队员们`); a question's may be a title (`杂志Which?近日`).
    let interjection = d.chars[d.i].1 == '!'
        && start > 0
        && (crate::text::is_han(d.chars[start - 1].1) || matches!(d.chars[start - 1].1, '：' | ':'))
        && word.len() >= 2
        // (`word` runs backwards: its last letter is the first.)
        && word.last().is_some_and(|e| e.is_uppercase())
        && word[..word.len() - 1].iter().all(|e| e.is_lowercase())
        && !exclaiming_name;
    // A Chinese sentence's last word, set apart by a space as mixed text writes
    // Latin words (`欢迎使用 ChatBot!请输入`, `你用过 ChatGPT?我没用过`).
    let ends_chinese = start >= 2
        && d.chars[start - 1].1 == ' '
        && crate::text::is_han(d.chars[start - 2].1)
        && !word.is_empty()
        && !exclaiming_name;
    // An English phrase of three words or more that a colon introduces (`海报上写着：
    // Welcome to Hangzhou!下方`); not one inside a Chinese clause, which may go on
    // (`他哼着We Will Rock You!走进了更衣室`).
    let stretch = d.chars[..d.i]
        .iter()
        .rev()
        .take_while(|&&(_, e)| e.is_ascii_alphanumeric() || matches!(e, ' ' | '\'' | ',' | '-'))
        .count();
    let spaces = d.chars[d.i - stretch..d.i]
        .iter()
        .filter(|&&(_, e)| e == ' ')
        .count();
    let introduced = (d.i - stretch)
        .checked_sub(1)
        .is_none_or(|at| matches!(d.chars[at].1, '：' | ':'));
    let english_phrase =
        spaces >= PHRASE_SPACES && introduced && !word.is_empty() && !exclaiming_name;
    crate::text::is_han(next)
        && (closed
            || english_phrase
            || ends_chinese
            || after_digit
            || phrase
            || whole
            || interjection
            || (!word.is_empty() && cased(false))
            || (word.len() >= 2 && cased(true))
            || d.rules.openers.contains(&spelled))
}

/// Spaces in the shortest English phrase whose `!` or `?` ends it before Chinese.
const PHRASE_SPACES: usize = 2;

/// The bracket that `rest` opens holds a stop before it closes (`想象力比知识更重要。）`).
fn bracket_holds_stop(rest: &[(usize, char)]) -> bool {
    rest.iter()
        .take(BRACKET_READ_CHARS)
        .map(|&(_, e)| e)
        .take_while(|&e| !matches!(e, '）' | ')'))
        .any(|e| is_cjk_end(e) || matches!(e, '.' | '!' | '?'))
}

/// What comes before the colon that introduced the quotations in a row that end
/// `sentence` (`网友纷纷留言` in `网友纷纷留言：“太感人了！”“看哭了`).
fn listed_after_colon(sentence: &str) -> Option<&str> {
    let mut opened = sentence.rfind(['“', '「'])?;
    while let Some(closed) = sentence[..opened].strip_suffix(['”', '」']) {
        opened = closed.rfind(['“', '「'])?;
    }
    sentence[..opened].strip_suffix('：')
}

/// The bracket opening at `chars[k]` holds words, a lowercase one among them, and no
/// number, as a sentence or a credit does and a citation does not (`(Reporting by
/// Tim Hepher)`, `(The mayor disagreed.)`; not `(Smith 55)`, `(Smith et al., 2010)`).
fn bracketed_words_at(chars: &[(usize, char)], k: usize) -> bool {
    bracket_reads_at(chars, k) != BracketReads::Other
}

/// The bracket opening at `chars[k]` holds a sentence of its own, with its stop
/// (`(The name comes from a film.)`, `(See related story on page 6.)`).
pub(super) fn bracketed_sentence_at(chars: &[(usize, char)], k: usize) -> bool {
    bracket_reads_at(chars, k) == BracketReads::Sentence
}

/// What a bracket holds, as `bracketed_words_at` reads it.
#[derive(PartialEq)]
enum BracketReads {
    Sentence,
    Words,
    Other,
}

fn bracket_reads_at(chars: &[(usize, char)], k: usize) -> BracketReads {
    let inside: String = chars[k + 1..]
        .iter()
        .map(|&(_, e)| e)
        .take(BRACKET_READ_CHARS)
        .take_while(|&e| !matches!(e, ')' | ']'))
        .collect();
    let mut words = inside.split(' ');
    // (Not a record's: `(Doc. 14 at 3.)`, `(Id. at 5.)`.)
    let first_word = words.next().filter(|w| !w.is_empty());
    let lowercase = |w: &&str, letters: usize| {
        let mut chars = w.chars();
        (0..letters).all(|_| chars.next().is_some_and(char::is_lowercase))
    };
    // (A number may stand in a sentence that the bracket closes with its stop: `(See
    // related story on page 6.)`; a sentence has a lowercase word, not one of words
    // and a page, `(Gov't Reply 5.)`, `(Opp'n 6.)`.)
    let lowercase_word = words.clone().any(|w| lowercase(&w, 2));
    let numbered = inside.bytes().any(|b| b.is_ascii_digit());
    // (Nor a pinpoint's: `(Slip op. at 9.)`.)
    let pinpoint = inside
        .match_indices(" at ")
        .any(|(at, _)| inside[at + 4..].starts_with(|c: char| c.is_ascii_digit()));
    // (Nor a record's of abbreviations: `(Pl.'s Br. 7.)`.)
    let abbreviated = inside
        .char_indices()
        .next_back()
        .is_some_and(|(last, _)| inside[..last].contains(". "));
    let sentence = inside.ends_with(['.', '!', '?'])
        && first_word.is_some_and(|w| !w.ends_with('.'))
        && !pinpoint
        && !abbreviated
        && (lowercase_word || !numbered);
    if sentence {
        BracketReads::Sentence
    } else if !numbered && words.any(|w| lowercase(&w, 1)) {
        BracketReads::Words
    } else {
        BracketReads::Other
    }
}

/// The bracket at `chars[k]`, after a quotation that English text opened, glosses
/// it: in lowercase (`“你好！” (hello) on the board`) or after Chinese words (`“热烈欢
/// 迎！” (A warm welcome…) in`); not a credit (`"…authorities." (Reporting by…)`).
fn glosses_quotation(d: &Decision, k: usize) -> bool {
    d.chars[k].1 == '('
        && (d.chars.get(k + 1).is_some_and(|&(_, e)| !e.is_uppercase())
            || d.sentence
                .rsplit(['“', '"'])
                .next()
                .is_some_and(|quoted| quoted.chars().any(is_cjk)))
}

/// Characters read inside a bracket after a quotation.
const BRACKET_READ_CHARS: usize = 80;

/// Whether the text from `chars[k]` opens a sentence (after whitespace that follows
/// a terminator; `closed`: the terminator closed a quotation).
fn opens_sentence(chars: &[(usize, char)], k: usize, closed: bool) -> bool {
    let at = |n: usize| chars.get(k + n).map(|&(_, d)| d);
    let Some(first) = at(0) else {
        return false;
    };
    // Scripts without case (Arabic, Hebrew, Devanagari) start sentences with any letter.
    let caseless = first.is_alphabetic() && !first.is_lowercase() && !first.is_uppercase();
    if first.is_uppercase()
        || caseless
        || matches!(
            first,
            '"' | '\'' | '“' | '‘' | '「' | '『' | '¿' | '¡' | '«' | '„' | '‹' | '‚' | '`'
        )
    {
        return true;
    }
    match first {
        // `(He left.)`; but after a quotation a bracket opens a citation
        // (`..." (Smith 55).`), unless words and no number show a sentence or a
        // credit (`..." (Reporting by Tim Hepher)`).
        // Nor does a news agency's credit in a dateline (`ST. LOUIS, Mo. (AP) — A man`).
        '(' | '[' => {
            (!closed || bracketed_words_at(chars, k))
                && (at(1).is_some_and(|d| d.is_uppercase() || matches!(d, '«' | '"' | '“'))
                    || (first == '(' && item_label_at(chars, k + 1)))
                && !(first == '(' && dateline_credit_at(chars, k))
                // (A transcript's or subtitle's time opens its turn: `Google?
                // [00:12:48] Priya:`.)
                || first == '[' && timestamp_at(chars, k + 1)
        }
        // A list's item: `i) Hello`, `b) Next`; a word in camel case opens one as a
        // capitalised word does (`rose. eBay shares fell`, `mRNA vaccines`).
        _ if first.is_ascii_lowercase() => item_label_at(chars, k) || camel_case_at(chars, k),
        // A mention opens a reply (`hilarious!!! @mike you need`).
        '@' => at(1).is_some_and(char::is_alphanumeric),
        // An emphasis opened on a capital (`simple. *Do not feed…*`, `_Really_`).
        '*' | '_' => {
            let marks = (0..EMPHASIS_MARKS)
                .take_while(|&n| matches!(at(n), Some('*' | '_')))
                .count();
            at(marks).is_some_and(char::is_uppercase)
        }
        // A dash or a level line that opens a line of dialogue or a new point: `? -
        // Posted`, `. ─── Part two`; not a quotation's credit (`.” — Marie Curie`).
        '-' | '–' | '—' | '─' | '━' | '═' => {
            let run = (0..).take_while(|&n| at(n) == Some(first)).count();
            // (A level line before Chinese too: `0–0. ─── 下半场`.)
            let line = matches!(first, '─' | '━' | '═');
            let spaced = at(run) == Some(' ')
                && at(run + 1).is_some_and(|c| c.is_uppercase() || line && crate::text::is_han(c));
            // (An em dash glued to a capitalised word too, as dialogue in textbooks
            // writes it: `tea? —Yes, please.`)
            let glued = first == '—'
                && run == 1
                && at(1).is_some_and(char::is_uppercase)
                && at(2).is_some_and(char::is_lowercase);
            let words = if spaced { run + 1 } else { run };
            (spaced || glued) && !(closed && credit_at(&chars[k + words..]))
        }
        // A dotted name (`.NET 8 requires`, `.env files are`) or a path (`/usr/local/bin
        // must`, `~/.bashrc`), and an environment's variable (`$HOME must be set`).
        // (A relative path too: `./build.sh will`, `../shared/ must`.)
        '.' if at(1).is_some_and(|d| d.is_ascii_alphabetic() || matches!(d, '/' | '\\'))
            || (at(1) == Some('.') && at(2) == Some('/')) =>
        {
            true
        }
        '/' => at(1).is_some_and(|d| d.is_ascii_lowercase()),
        '~' => at(1) == Some('/'),
        '$' => at(1).is_some_and(|d| d.is_ascii_uppercase()),
        // An ellipsis that marks words left out at the start: `...en toen`, `… The`.
        '.' | '…' => {
            let dots = (0..).take_while(|&n| at(n) == Some('.')).count();
            let after = if first == '…' { 1 } else { dots };
            (first == '…' || dots >= 3)
                && at(after).is_some_and(|d| {
                    d.is_alphabetic()
                        || (d.is_whitespace() && at(after + 1).is_some_and(char::is_uppercase))
                })
        }
        _ => false,
    }
}

/// `rest` is a name alone, to the paragraph's end or to a period of its own: a few
/// capitalised words or initials, short lowercase particles between them (`Leonardo
/// da Vinci`), maybe a year, an era or a source in brackets after it (`Marie Curie`,
/// `J. R. R. Tolkien`, `Robert Frost, 1915`, `Julius Caesar, 47 B.C.`, `Hafez (14th
/// c.)`, `Steve Jobs. The line came from…`).
fn credit_at(rest: &[(usize, char)]) -> bool {
    let text: String = rest
        .iter()
        .take(NAME_CREDIT_CHARS + 1)
        .map(|&(_, e)| e)
        .collect();
    // An initial or an era's letters (`J.`, `B.C.`).
    let dotted = |w: &str| {
        w.split_inclusive('.').all(|part| {
            let mut letters = part.chars();
            letters.next().is_some_and(char::is_uppercase) && letters.as_str() == "."
        })
    };
    let short = |w: &str| {
        (1..=NAME_PARTICLE_LETTERS).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_lowercase())
    };
    let mut words = text.split_whitespace().peekable();
    // (Names are counted in each part between commas: `Lao Tzu, Tao Te Ching`.)
    let (mut names, mut part_names, mut bracketed, mut year) = (0, 0, false, false);
    while let Some(word) = words.next() {
        let core = word.trim_end_matches([',', '.']);
        // (A possessive is a name too: `in Plato's Apology`.)
        let stem = core.trim_end_matches("'s").trim_end_matches("’s");
        let name = stem.starts_with(char::is_uppercase) && stem.chars().all(char::is_alphabetic);
        let initials = dotted(word);
        // (Particles before the surname, one or two: `da Vinci`, `van der Rohe`;
        // and a work's `in`.)
        let particle = short(core)
            && words
                .peek()
                .is_some_and(|next| next.starts_with(char::is_uppercase) || short(next));
        // (A year or a source after the name: `1915`, `(2005)`, `(14th c.)`, a
        // century, `13th c.`, and an era, `47 B.C.`)
        bracketed |= names > 0 && word.starts_with('(');
        // (An ordinal's or a decade's letters after the digits: `4th`, `1990s`.)
        let digits = core.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
        let number = names > 0 && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
        // (`c.` before a year too: `c. 1903`.)
        let circa = names > 0
            && word == "c."
            && words
                .peek()
                .is_some_and(|next| next.starts_with(|c: char| c.is_ascii_digit()));
        let century = year && word == "c." || circa;
        let era = year && initials;
        year = number || century;
        let note = names > 0 && bracketed || number || century || era;
        if word.contains(')') {
            bracketed = false;
        }
        if !(name || particle || note || initials) {
            return false;
        }
        let counted = usize::from(name || initials && !era);
        names += counted;
        part_names += counted;
        if part_names > NAME_CREDIT_WORDS {
            return false;
        }
        if word.ends_with(',') {
            part_names = 0;
        }
        // The name's own period, or an era's or a century's before a capital, ends
        // the credit, and a sentence may follow (an initial's goes on: `J. R. R.
        // Tolkien`).
        let capital_next = words
            .peek()
            .is_some_and(|next| next.starts_with(char::is_uppercase) && !dotted(next));
        if era
            || century && capital_next
            || word.ends_with('.') && !bracketed && !initials && !century
        {
            return true;
        }
    }
    names > 0 && text.chars().count() <= NAME_CREDIT_CHARS
}

/// Aspect marks and final particles that end a clause (`了`, `吧`): a bracketed
/// aside after one comments on the clause, not on a noun.
const CLAUSE_END_HAN: &str = "了过着吧啊呢呀啦吗";

/// Han characters of the longest first item of a list read as a topic before a
/// pause, and of its longest later item.
const LIST_ITEM_HAN: usize = 4;
const LATER_ITEM_HAN: usize = 8;
/// Characters of the longest item whose noun `的` names
/// (`一件妈妈连夜给他织好的厚厚的红色毛衣`).
const DESCRIBED_ITEM_HAN: usize = 24;
/// Marks of an aspect that end a list's item, or of a disposal that open it: the
/// item is a clause (`风停了`, `把衣服晾了出去`), where one inside a noun's
/// description or an embedded question is not (`被退回的稿件`, `谁家买了新房`).
const ASPECT_MARKS: &str = "了过着";
const DISPOSAL_MARKS: &str = "把被";
/// Marks of a predicate going on or denied (`在`, `没`): after a counted item's
/// noun they make it a clause (`一个人在哭`), and the characters before its noun
/// may hold none (`一个在校生`).
const PREDICATE_MARKS: &str = "在没";
const COUNTED_NOUN_FROM: usize = 3;
/// Characters that make a word with a predicate's mark after them (`潜在`, `存在`,
/// `所在`, `现在`, `实在`, `自在`, `好在`; `沉没`, `淹没`, `埋没`, `出没`, `吞没`).
const MARKED_WORD_HEADS: &str = "潜存所现实自好沉淹埋出吞湮";
/// Characters of the longest noun that opens with a disposal's mark (`把手`,
/// `被子`, `被褥`).
const DISPOSAL_NOUN_HAN: usize = 3;
/// Numerals that open a counted item (`一张旧照片`, `两斤猪肉`, `3个苹果`).
const COUNTED_ITEM_NUMERALS: &str = "一两二三四五六七八九十几半0123456789";
/// Characters of the longest Latin item of a list (`Apple Watch`).
const LATIN_ITEM_CHARS: usize = 16;
/// First characters of the question words that open an embedded question (`谁`,
/// `什么`, `哪`).
const QUESTION_OPENINGS: &str = "谁什哪";

/// What the items of a list (parted by `、`) before a Chinese ellipsis are.
#[derive(PartialEq)]
enum ListItems {
    /// All nouns: the first item short (`锅碗瓢盆`, `PPT`), a later one up to a few
    /// characters (`旧书旧报`, `Wi-Fi`, `Apple Watch`, `3个苹果`) or longer when `的`
    /// names its noun (`一台用了二十多年的老式收音机`).
    Nouns,
    /// One at least a clause (`风停了`, `把衣服晾了出去`, `闹着`).
    Clauses,
}

/// The items of the list that `sentence` (up to a Chinese ellipsis) is, if it is
/// one of nouns or holds a clause.
fn list_before(sentence: &str) -> Option<ListItems> {
    if !sentence.contains('、') {
        return None;
    }
    let mut nouns = true;
    for (n, item) in sentence.trim().split('、').enumerate() {
        let described = item
            .rsplit_once('的')
            .is_some_and(|(_, noun)| !noun.is_empty());
        let question = item.starts_with(|e: char| QUESTION_OPENINGS.contains(e));
        // (A disposal takes its object and verb: `把衣服晾了出去`, not `把手`.)
        let disposal = item.starts_with(|e: char| DISPOSAL_MARKS.contains(e))
            && item.chars().count() > DISPOSAL_NOUN_HAN;
        // (So does a count with an aspect's mark anywhere: `两个人吵了起来`,
        // `一个人扛着行李`.)
        let counted = item.starts_with(|e: char| COUNTED_ITEM_NUMERALS.contains(e));
        // (Or with a predicate's progressive or negation after its noun: `一个人在哭`,
        // `三个Bug没修完`; not `一个在校生`.)
        // (A word that holds the mark is none: `潜在`, `存在`, `沉没`.)
        let marks: Vec<char> = item.chars().collect();
        let predicate = (COUNTED_NOUN_FROM..marks.len()).any(|at| {
            PREDICATE_MARKS.contains(marks[at]) && !MARKED_WORD_HEADS.contains(marks[at - 1])
        });
        let counted_clause =
            counted && (item.contains(|e: char| ASPECT_MARKS.contains(e)) || predicate);
        let clause = !described
            && !question
            && (item.ends_with(|e: char| ASPECT_MARKS.contains(e)) || disposal || counted_clause);
        if clause {
            return Some(ListItems::Clauses);
        }
        let latin = item.starts_with(|e: char| e.is_ascii_alphanumeric())
            && item
                .chars()
                .all(|e| e.is_ascii_alphanumeric() || matches!(e, '-' | ' '));
        // (A counted Latin noun too: `一部iPhone`.)
        let han = item.chars().all(|e| {
            crate::text::is_han(e) || e.is_ascii_digit() || counted && e.is_ascii_alphabetic()
        });
        // (A first item with an aspect's mark is a clause's verb and its object,
        // `他问起了父母的情况、妹妹……`.)
        let done = item.contains(|e: char| ASPECT_MARKS.contains(e));
        // (A first item counted by its measure is a noun whatever its length: `一张旧
        // 照片`.)
        let most = match (n, described) {
            (0, true) if done => LIST_ITEM_HAN,
            (_, true) => DESCRIBED_ITEM_HAN,
            _ if counted => DESCRIBED_ITEM_HAN,
            _ if latin => LATIN_ITEM_CHARS,
            (0, _) => LIST_ITEM_HAN,
            _ => LATER_ITEM_HAN,
        };
        nouns &= (1..=most).contains(&item.chars().count()) && (han || latin);
    }
    nouns.then_some(ListItems::Nouns)
}

/// Words and characters of the longest name credited after a quotation's dash,
/// and letters of the longest particle inside it (`van`, `der`).
const NAME_CREDIT_WORDS: usize = 4;
const NAME_PARTICLE_LETTERS: usize = 3;
const NAME_CREDIT_CHARS: usize = 80;

/// A file's or a module's dotted name in lowercase starts at `chars[k]`, before a
/// space: it opens a sentence (`config.json must be valid`, `pandas.read_csv then
/// loads`); not an abbreviation's letters (`e.g. the`).
fn file_or_module_at(chars: &[(usize, char)], k: usize) -> bool {
    let token: Vec<char> = chars[k..]
        .iter()
        .map(|&(_, e)| e)
        .take_while(|&e| e.is_ascii_lowercase() || e.is_ascii_digit() || matches!(e, '.' | '_'))
        .collect();
    let parts: Vec<&[char]> = token.split(|&e| e == '.').collect();
    parts.len() >= 2
        && parts.iter().all(|part| part.len() >= 2)
        && chars.get(k + token.len()).is_some_and(|&(_, e)| e == ' ')
}

/// `sentence` past the label of a list's item that opens it (`b) Add 1 tsp. salt`
/// reads from `Add`): a lowercase label starts no sentence in lowercase.
fn past_item_label(sentence: &str) -> &str {
    let sentence = sentence.trim_start();
    let label = sentence
        .split_once(' ')
        .map_or("", |(first, _)| first)
        .trim_start_matches('(');
    let marked = label.strip_suffix([')', '.']).is_some_and(|l| {
        (1..=ROMAN_LABEL_LETTERS).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_alphanumeric())
    });
    if marked {
        sentence[sentence.find(' ').map_or(0, |at| at + 1)..].trim_start()
    } else {
        sentence
    }
}

/// A dateline's credit starts at `chars[k]`: a bracketed name (`(AP)`, `(Reuters)`,
/// `(Xinhua)`), then a space and a dash.
fn dateline_credit_at(chars: &[(usize, char)], k: usize) -> bool {
    let Some(close) = chars[k + 1..]
        .iter()
        .take(CREDIT_CHARS + 1)
        .position(|&(_, d)| d == ')')
    else {
        return false;
    };
    let name = &chars[k + 1..k + 1 + close];
    let after = |n: usize| chars.get(k + close + 2 + n).map(|&(_, d)| d);
    name.first().is_some_and(|&(_, d)| d.is_uppercase())
        && name.iter().all(|&(_, d)| d.is_alphabetic() || d == ' ')
        && after(0) == Some(' ')
        && matches!(after(1), Some('—' | '–' | '-'))
}

/// Characters of the longest agency's name in a dateline's credit (`(Reuters)`,
/// `(Xinhua)`, `(AFP)`).
const CREDIT_CHARS: usize = 16;

/// A sentence so far of one or two digits alone: a list item's number.
fn is_list_number(sentence: &str) -> bool {
    let number = sentence.trim();
    (1..=2).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit())
}

/// A time in digits and colons (`00:12:48`, `3:05.2`) closed by `]` starts at
/// `chars[k]`.
fn timestamp_at(chars: &[(usize, char)], k: usize) -> bool {
    let rest = chars.get(k..).unwrap_or_default();
    let time = rest
        .iter()
        .take(TIMESTAMP_CHARS + 1)
        .take_while(|&&(_, d)| d.is_ascii_digit() || matches!(d, ':' | '.'))
        .count();
    rest.first().is_some_and(|&(_, d)| d.is_ascii_digit())
        && rest[..time].iter().any(|&(_, d)| d == ':')
        && rest.get(time).is_some_and(|&(_, d)| d == ']')
}

/// Characters of the longest time in a transcript's brackets (`01:02:03.456`).
const TIMESTAMP_CHARS: usize = 12;
