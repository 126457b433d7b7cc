//! Quotations and brackets: what is open at a stop, whether it goes on, and the
//! attribution that stays with a quotation (`!" Hammel added.`, `。”他说。`).

use super::Segmenter;
use super::chars::{is_cjk_end, is_pair_closer, is_pair_opener};
use super::lexicons::{ATTRIBUTION_HAN, Kind, Rules};
use super::words::word_before;

/// Characters ahead within which an open quotation must close to hold a sentence
/// end inside it.
const QUOTATION_REACH: usize = 200;
/// Most Han characters of a speaker's action between two parts of a quotation.
const ACTION_HAN: usize = 12;

/// Open quotations and brackets. Curly and straight double quotes toggle, since
/// scraped text often closes `“` with another `“`, or opens and closes with `"`.
#[derive(Default, Clone, Copy)]
pub(super) struct Quotes {
    pub(super) brackets: i32,
    pub(super) curly: bool,
    pub(super) straight: bool,
    /// A quotation opened low (`„…“`, German, Czech, Slovak): it holds its
    /// sentence ends, as `«…»` does (`„Prieskumy beriem na ľahkú váhu. V podstate…“`).
    pub(super) low: bool,
    /// The outermost open quotation opened in Chinese text (`说了一句“Thank you.`):
    /// Chinese rules hold inside it, whatever its script.
    pub(super) in_chinese: bool,
    /// A word whose object it is came before the outermost open quotation
    /// (`把“I'm fine.”挂在嘴边`): its sentence may go on after it.
    pub(super) opened_as_object: bool,
    /// Latin text came before the outermost open quotation (`He wrote “你好！” on the
    /// board`): its sentence may go on after it.
    pub(super) opened_after_latin: bool,
    /// The outermost open quotation opened right after a Chinese word, inside its
    /// clause (`他“哼！”了一声`).
    pub(super) opened_after_word: bool,
    /// A colon introduced the outermost open quotation (`那句话：“做人要踏实。”`):
    /// it is reported speech, not a phrase the next words name (`这句话`).
    pub(super) opened_after_colon: bool,
}

impl Quotes {
    pub(super) fn see(&mut self, c: char) {
        match c {
            c if is_pair_opener(c) => self.brackets += 1,
            c if is_pair_closer(c) => {
                self.brackets = (self.brackets - 1).max(0);
            }
            '„' => self.low = true,
            '“' | '”' if self.low && !self.curly => self.low = false,
            '“' => self.curly = !self.curly,
            // Mixed styles (`“…"`, `"…”`): a closing mark closes whichever is open.
            '”' if !self.curly => self.straight = false,
            '”' => self.curly = false,
            '"' if self.curly && !self.straight => self.curly = false,
            '"' => self.straight = !self.straight,
            _ => {}
        }
        self.forget_closed();
    }

    /// `c`, after a terminator, closes what is open: a `“` there closes a straight
    /// quotation too (`"…。“`).
    pub(super) fn close(&mut self, c: char) {
        if c == '“' && !self.curly {
            self.straight = false;
            self.forget_closed();
        } else {
            self.see(c);
        }
    }

    /// A quotation that has closed says nothing of the next one.
    fn forget_closed(&mut self) {
        if self.depth() == 0 {
            self.in_chinese = false;
            self.opened_as_object = false;
            self.opened_after_latin = false;
            self.opened_after_word = false;
            self.opened_after_colon = false;
        }
    }

    pub(super) fn depth(&self) -> i32 {
        self.holding() + i32::from(self.curly) + i32::from(self.straight)
    }

    /// Open brackets and quotations whose sentence ends do not end their sentence.
    pub(super) fn holding(&self) -> i32 {
        self.brackets + i32::from(self.low)
    }
}

/// Characters read after a stop for Chinese, whose quotations nest.
const NESTED_HAN_REACH: usize = 8;

/// Whether the next quotation mark or bracket in `rest` closes one (the quotation
/// open at this point goes on) rather than there being none. Those opened on the
/// way are read past to their close (quotations inside).
pub(super) fn quotation_goes_on(rest: &str, quotes: &Quotes) -> bool {
    // A quotation closed only this far on is more likely a stray mark's partner.
    let mut previous = None;
    // Brackets and quotations opened on the way, read past (`「你聽說了嗎？『他回來
    // 了！』」`, `「…嗎？他說“我不後悔！”」`).
    let mut nested = 0;
    // (In Chinese: code and English text open brackets everywhere. Read only when
    // a bracket comes.)
    let nests =
        || quotes.in_chinese || rest.chars().take(NESTED_HAN_REACH).any(crate::text::is_han);
    let bracketed = || quotes.brackets > 0 && !quotes.curly && nests();
    for (at, c) in rest.char_indices().take(QUOTATION_REACH) {
        match c {
            c if is_pair_closer(c) && nested > 0 => nested -= 1,
            '”' if nested > 0 && bracketed() => nested -= 1,
            c if is_pair_opener(c) && nests() => nested += 1,
            c if is_pair_opener(c) => return false,
            '“' if bracketed() => nested += 1,
            _ if nested > 0 => {}
            '”' => return true,
            c if is_pair_closer(c) => return true,
            // `“` closes the open quotation (a straight one too: `"…。“`), unless it
            // opens the next one.
            '“' => {
                return (quotes.curly || quotes.straight || quotes.low)
                    && !opens_quotation(&rest[at + c.len_utf8()..]);
            }
            '„' => return false,
            // A straight quote closes a curly one (`“…。"`); at a sentence's start
            // it opens one.
            '"' => {
                let opens = previous.is_none_or(|p: char| {
                    p.is_whitespace() || is_cjk_end(p) || matches!(p, '.' | '!' | '?')
                });
                return (quotes.curly && !quotes.straight) || (quotes.straight && !opens);
            }
            _ => {}
        }
        previous = Some(c);
    }
    false
}

/// Whether a `“` just before `rest` opens a quotation: a `”` closes it before any
/// other `“`. (Scraped text also closes quotations with `“`.)
pub(super) fn opens_quotation(rest: &str) -> bool {
    rest.chars()
        .take(QUOTATION_REACH)
        .find(|&c| matches!(c, '“' | '”'))
        == Some('”')
}

/// Past the quotations that follow one another from `chars[k]` (`“挺住！”` in
/// `“加油！”“挺住！”等口号`): where the words after them start.
pub(super) fn past_quotations(chars: &[(usize, char)], mut k: usize) -> usize {
    while let Some(&(_, open)) = chars.get(k) {
        let close = match open {
            '“' => '”',
            '「' => '」',
            _ => break,
        };
        match chars[k + 1..].iter().position(|&(_, e)| e == close) {
            Some(length) => k += length + 2,
            None => break,
        }
    }
    k
}

/// `rest`, after a dash, closes a quotation and goes on with a capital or another
/// quotation after a space (`" He stopped`, `" "Save it`).
pub(super) fn broken_off_quotation(rest: &str) -> bool {
    let Some(after) = rest.strip_prefix(['"', '”']) else {
        return false;
    };
    let Some(next) = after.strip_prefix(' ') else {
        return false;
    };
    // `I` may be the attribution's speaker (`"You promised—" I said`).
    !next.starts_with("I ")
        && next.starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '“'))
}

impl Segmenter {
    /// A quotation's attribution starts at `chars[k]`: a short clause with a
    /// reporting verb (see `ReportingVerbs::attribute`), then a stop, or a comma
    /// and the speaker's action. (Before a comma the clause may introduce what
    /// follows instead: `She continued, "I…`, `。”穆阿利姆表示，叙利亚…`.)
    /// (`after_colon`: a colon introduced the quotation, so words quoted after it
    /// may be another speaker's: `他说：“…”她点了点头，“…”`; `before_quotation`: the
    /// text before a quotation that opened right after a Chinese word.)
    pub(super) fn attribution_follows(
        &self,
        rules: &Rules,
        chars: &[(usize, char)],
        k: usize,
        after_colon: bool,
        before_quotation: Option<&str>,
    ) -> bool {
        // Another quotation opening is a reply, not an attribution (`“你去吗？”“还用
        // 说？当然去！”`).
        if chars
            .get(k)
            .is_some_and(|&(_, e)| matches!(e, '“' | '「' | '『'))
        {
            return false;
        }
        // The clause runs to the next stop; a title's period is none (`"Are you
        // done?" Mr. Ito asked.`).
        let Some(len) = chars[k..]
            .iter()
            .take(ATTRIBUTION_HAN * 2)
            .enumerate()
            .position(|(n, &(_, e))| {
                matches!(
                    e,
                    '.' | '!' | '?' | ',' | '。' | '！' | '？' | '，' | ':' | '：'
                ) && !(e == '.'
                    && rules.kind(&word_before(chars, k + n).to_lowercase())
                        == Some(Kind::NeverEnds))
            })
        else {
            return false;
        };
        let clause: String = chars[k..k + len].iter().map(|&(_, e)| e).collect();
        // (A Chinese dash may part the quotation from it: `”——他说。`, `”——说罢，他`.)
        let dashed = clause.starts_with('—');
        let clause = clause.trim_end().trim_start_matches('—');
        // A Chinese quotation that a colon introduced has its speaker: a clause of
        // answering after it is another's reply (`妈妈喊道：“快下来！”我应了一声，…`,
        // `王先生问：“…？”工作人员耐心地向他解释。`).
        // (So does a reporting verb right before it: `问“谁有充电宝？”| 我赶紧回了一句。`.)
        let named_by_verb = || before_quotation.is_some_and(|b| self.verbs.ends_in_verb(b));
        if len == 0
            || ((after_colon || before_quotation.is_some())
                && self.verbs.replying(clause)
                && (after_colon || named_by_verb()))
        {
            return false;
        }
        match chars[k + len].1 {
            // An attribution in the midst of its action goes on past a comma (`他说着，
            // 伸出了右手`, `他大叫了一声，冲了过去`), and so does any before the
            // speaker's next action (`她说，随后低下了头`); a bare one introduces new
            // words (`”|穆阿利姆表示，叙利亚…`, `她激动地说，这个奖…`).
            // (Not after a quotation whose speaker a colon named: `记者问：“…？”他笑了
            // 笑，没有直接回答。` is the reply.)
            ',' | '，'
                if !after_colon
                    && (self.verbs.acting(clause)
                        || self.verbs.narrating(clause)
                        || (self.verbs.attribute(clause)
                            && self.verbs.action_at(&chars[k + len + 1..]))) =>
            {
                return true;
            }
            ',' | '，' => {}
            // A colon introduces new words (`”|他说：“…`): a sentence of their own.
            ':' | '：' => return false,
            _ => return self.verbs.attribute(clause),
        }
        let after = k + len + 1;
        // In English an attribution goes on past a comma with the speaker's action
        // (`"Is it raining?" Dad asked, looking up.`); before a capitalised
        // quotation it introduces new words (`She continued, "I…`).
        if !clause.chars().any(crate::text::is_han) {
            let mut rest = chars[after..]
                .iter()
                .skip_while(|&&(_, e)| e.is_whitespace());
            let quotation = rest
                .next()
                .is_some_and(|&(_, e)| matches!(e, '"' | '“' | '\''))
                && rest.next().is_some_and(|&(_, e)| e.is_uppercase());
            return !quotation && self.verbs.attribute(clause);
        }
        // In Chinese a quotation interrupted by its attribution goes on after it
        // (`“快走！”老人喊道，“他们…”`), and so with a gesture before the attribution
        // (`“这个嘛……”他挠了挠头，笑着说，“我再想想。”`). (English marks that with a
        // lowercase word, `"Go!" he shouted, "they…`.)
        // (Latin names and titles may stand in its clause: `该公司CEO张明在接受《财经》采
        // 访时说，“…`.)
        // (Not a scene after a dash: `”——贞观年间的长安城里，一位母亲这样安慰…`.)
        if dashed
            || !clause.chars().all(|e| {
                crate::text::is_han(e)
                    || e.is_ascii_alphanumeric()
                    || matches!(e, ' ' | '《' | '》' | '·')
            })
        {
            return false;
        }
        let resumes = |at: usize| {
            chars[at..]
                .iter()
                .find(|&&(_, e)| !e.is_whitespace())
                .is_some_and(|&(_, e)| matches!(e, '“' | '「' | '『' | '"'))
        };
        // So does a short action of the speaker's (`“我不去。”他把筷子往桌上一拍，“要去
        // 你自己去！”`, `“什么？”张三猛地站起来，“你再说一遍！”`).
        if resumes(after) {
            let action = !after_colon && clause.chars().count() <= ACTION_HAN;
            return action || self.verbs.attribute(clause);
        }
        let Some(second) = chars[after..]
            .iter()
            .take(ATTRIBUTION_HAN)
            .position(|&(_, e)| !crate::text::is_han(e))
        else {
            return false;
        };
        let attribution: String = chars[after..after + second]
            .iter()
            .map(|&(_, e)| e)
            .collect();
        // An action, then the attribution: before the quotation it resumes
        // (`“…”他挠了挠头，笑着说，“…”`), or ending the sentence (`“…。”老人捋了捋
        // 胡子，慢悠悠地说。`).
        // Narration of any kind before the quotation resumes shows one quotation
        // interrupted (`“我……”她咬着嘴唇，半天才憋出一句话，“对不起。”`).
        let (resumed, resumes_quotation) = match chars[after + second].1 {
            '，' | ',' => (resumes(after + second + 1), true),
            end => (is_cjk_end(end), false),
        };
        // (Not after a comment on the quotation: `”这一点，住建部…指出。`; nor a reply
        // to one whose speaker a colon named: `记者问：“…？”他笑了笑，没有直接回答。`.)
        second > 0
            && resumed
            && !self.verbs.opens_no_attribution(clause)
            && !after_colon
            && (resumes_quotation || self.verbs.attribute(&attribution))
    }
}
