//! `contact_ads`: removes ghostwriter and contact advertisements, inline or as whole
//! lines, at the smallest unit: `(代写文章:微信:13258028938)` goes, the heading it was
//! glued to stays.
//!
//! An ad unit is a channel (data/noise/contact_channels.txt: 微信, QQ, 抖音账号,
//! 电话, ...) followed by an id: a phone number (full-width digits too), a QQ number,
//! a WeChat-style id, a URL, or an account name. The unit grows over an advertised
//! service just before it (`代写文章:`) and over brackets around it. Accounts
//! (social channels) always go. A phone number goes only in an ad-like setting:
//! bracketed, beside a service word (data/noise/ad_services.txt), or on a line with
//! little else; a hotline quoted in a news sentence (`市民可拨打热线电话12345咨询。`)
//! is content and stays. A line left with no content after its units go is
//! removed whole.

use std::path::PathBuf;

use regex::Regex;
use serde::Deserialize;

use super::lexicon::{Lexicon, tagged_lines};
use super::{Stage, StageSpec, data_file, option_names, parse_options, word_list};
use crate::document::Document;

const NAME: &str = "contact_ads";
const CHANNELS: &str = include_str!("../../data/noise/contact_channels.txt");
const SERVICES: &str = include_str!("../../data/noise/ad_services.txt");
/// What is left of a line after its ad units go must have this many letters to stay.
const MIN_CONTENT_CHARS: usize = 4;

pub const SPEC: StageSpec = StageSpec {
    name: NAME,
    summary: "remove ghostwriter and contact ads (微信/QQ/电话 + id) at the smallest span",
    options: option_names::<ContactAdsOptions>,
    build,
};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ContactAdsOptions {
    /// Files replacing data/noise/contact_channels.txt and ad_services.txt.
    pub channels_file: Option<PathBuf>,
    pub services_file: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Channel {
    Social,
    Phone,
}

fn build(table: toml::Table) -> Result<Box<dyn Stage>, String> {
    let options: ContactAdsOptions = parse_options(table)?;
    let channels = data_file(CHANNELS, options.channels_file.as_deref())?;
    let services = data_file(SERVICES, options.services_file.as_deref())?;
    let mut channel_list: Vec<(String, Channel)> = Vec::new();
    for (kind, phrase) in tagged_lines(&channels) {
        let channel = match kind {
            "social" => Channel::Social,
            "phone" => Channel::Phone,
            other => {
                return Err(format!(
                    "contact channel kind `{other}` is neither social nor phone"
                ));
            }
        };
        channel_list.push((phrase.to_string(), channel));
    }
    // Longest first, so that 微信公众号 wins over 微信.
    channel_list.sort_by_key(|(phrase, _)| std::cmp::Reverse(phrase.chars().count()));
    let alternation = channel_list
        .iter()
        .map(|(phrase, _)| {
            let escaped = regex::escape(phrase);
            // ASCII boundaries: `联系QQ` is a match, `hotel` holds no `tel`.
            if phrase.is_ascii() {
                format!(r"(?-u:\b){escaped}(?-u:\b)")
            } else {
                escaped
            }
        })
        .collect::<Vec<_>>()
        .join("|");
    // After a colon any id shape counts, an account name too (`抖音账号:某某`);
    // without one only ids that cannot be words: numbers, URLs, Latin ids with a
    // digit or underscore (so `微信支付` and `WeChat account` stay prose).
    const NUMBER: &str = r"[+＋]?[0-9０-９][0-9０-９ \-－]{4,18}[0-9０-９]";
    const URL: &str = r"https?://[^\s，。)）]+|www\.[^\s，。)）]+";
    const LATIN_ID: &str = r"[A-Za-z][A-Za-z0-9_\-]{4,29}";
    const CODE_ID: &str = r"[A-Za-z][A-Za-z\-]*[0-9_][A-Za-z0-9_\-]{3,28}";
    const NAME_ID: &str = r"[\p{Han}A-Za-z0-9]{2,16}";
    let pattern = format!(
        r"(?i)(?P<channel>{alternation})\s*(?:号|號|账号|帳號|id)?\s*(?:[:：]\s*(?:{NUMBER}|{URL}|{LATIN_ID}|{NAME_ID})|(?:{NUMBER}|{URL}|{CODE_ID}))"
    );
    Ok(Box::new(ContactAds {
        any_channel: Lexicon::new(channel_list.iter().map(|(phrase, _)| (phrase.clone(), ())))?,
        unit: Regex::new(&pattern).map_err(|e| format!("contact pattern: {e}"))?,
        channels: channel_list
            .into_iter()
            .map(|(phrase, channel)| (phrase.to_lowercase(), channel))
            .collect(),
        services: Lexicon::new(word_list(&services).map(|w| (w.to_string(), ())))?,
    }))
}

pub struct ContactAds {
    /// A fast first look: lines naming no channel need no regex.
    any_channel: Lexicon<()>,
    unit: Regex,
    channels: Vec<(String, Channel)>,
    services: Lexicon<()>,
}

const OPENERS: &str = "(（【[〔「";
const CLOSERS: &str = ")）】]〕」";

impl ContactAds {
    fn channel_of(&self, name: &str) -> Channel {
        let name = name.to_lowercase();
        self.channels
            .iter()
            .find(|(phrase, _)| *phrase == name)
            .map_or(Channel::Social, |&(_, channel)| channel)
    }

    /// The ad units of a line: byte ranges to remove.
    fn units(&self, text: &str) -> Vec<(usize, usize)> {
        let mut units: Vec<(usize, usize)> = Vec::new();
        if !self.any_channel.contains_match(text) {
            return units;
        }
        for found in self.unit.captures_iter(text) {
            let (Some(whole), Some(channel)) = (found.get(0), found.name("channel")) else {
                continue;
            };
            let mut start = self.service_before(text, whole.start());
            let mut end = whole.end();
            let service_near =
                start < whole.start() || self.services.contains_match(&text[whole.range()]);
            let bracketed = enclosing_brackets(text, start, end);
            if let Some((open, close)) = bracketed {
                start = open;
                end = close;
            }
            let ad_like = self.channel_of(channel.as_str()) == Channel::Social
                || service_near
                || bracketed.is_some()
                || content_chars(&text[..start]) + content_chars(&text[end..]) < MIN_CONTENT_CHARS;
            if !ad_like {
                continue;
            }
            match units.last_mut() {
                Some(last) if start <= last.1 => last.1 = last.1.max(end),
                _ => units.push((start, end)),
            }
        }
        units
    }

    /// Where the unit starts when an advertised service precedes its channel in the
    /// same segment (`代写文章:微信:...` starts at 代写).
    fn service_before(&self, text: &str, channel_start: usize) -> usize {
        let segment_start = text[..channel_start]
            .char_indices()
            .rev()
            .find(|&(_, c)| {
                c.is_whitespace() || OPENERS.contains(c) || "。，,；;！!？?".contains(c)
            })
            .map_or(0, |(i, c)| i + c.len_utf8());
        let segment = &text[segment_start..channel_start];
        self.services
            .find(segment)
            .next()
            .map_or(channel_start, |hit| segment_start + hit.start)
    }
}

/// Brackets around `start..end` that hold little else (`（联系QQ 123456789）`), as
/// the range from the opener to past the closer.
fn enclosing_brackets(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    const MAX_OTHER_CHARS: usize = 6;
    let (open_at, _) = text[..start]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| !CLOSERS.contains(c))
        .find(|&(_, c)| OPENERS.contains(c))?;
    let (close_at, close) = text[end..]
        .char_indices()
        .take_while(|&(_, c)| !OPENERS.contains(c))
        .find(|&(_, c)| CLOSERS.contains(c))?;
    let other = content_chars(&text[open_at..start]) + content_chars(&text[end..end + close_at]);
    (other <= MAX_OTHER_CHARS).then_some((open_at, end + close_at + close.len_utf8()))
}

/// Letters and digits: what counts as content on a line.
fn content_chars(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphanumeric()).count()
}

impl Stage for ContactAds {
    fn name(&self) -> &'static str {
        NAME
    }

    fn process(&self, doc: &mut Document) {
        let cuts: Vec<Cut> = doc.paragraphs.iter().map(|p| self.cut(&p.text)).collect();
        let mut emptied = Vec::with_capacity(cuts.len());
        for (i, cut) in cuts.into_iter().enumerate() {
            emptied.push(matches!(cut, Cut::Line));
            if let Cut::Spans { kept, removed } = cut {
                for (offset, span) in removed {
                    doc.record_removal(NAME, "contact-ad", i, offset, span);
                }
                doc.paragraphs[i].text = kept;
            }
        }
        let mut emptied = emptied.into_iter();
        doc.remove_paragraphs_where(NAME, |_| {
            emptied.next().unwrap_or(false).then_some("contact-ad-line")
        });
    }
}

/// What to do with one line.
enum Cut {
    Nothing,
    /// Remove these (offset, text) spans, keeping the rest.
    Spans {
        kept: String,
        removed: Vec<(usize, String)>,
    },
    /// Remove the whole line: nothing but ads.
    Line,
}

impl ContactAds {
    fn cut(&self, text: &str) -> Cut {
        let units = self.units(text);
        if units.is_empty() {
            return Cut::Nothing;
        }
        let mut kept = String::with_capacity(text.len());
        let mut removed = Vec::with_capacity(units.len());
        let mut copied = 0;
        for &(start, end) in &units {
            kept.push_str(&text[copied..start]);
            removed.push((start, text[start..end].to_string()));
            copied = end;
        }
        kept.push_str(&text[copied..]);
        if content_chars(&kept) < MIN_CONTENT_CHARS {
            Cut::Line
        } else {
            Cut::Spans {
                kept: kept.trim().to_string(),
                removed,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Document {
        super::super::run_with_defaults(&SPEC, text)
    }

    #[test]
    fn inline_ads_go_and_the_heading_stays() {
        let doc = run(
            "（代发论文：V信：abc_12345）三、下一步工作计划\n二是抓好人才（联系QQ 123456789）。",
        );
        assert_eq!(doc.text(), "三、下一步工作计划\n二是抓好人才。");
        let removed: Vec<_> = doc.removals().map(|e| e.text.as_str()).collect();
        assert_eq!(
            removed,
            ["（代发论文：V信：abc_12345）", "（联系QQ 123456789）"]
        );
    }

    #[test]
    fn ad_lines_go_whole() {
        let doc =
            run("正文。\n快手号:写作小能手 代写材料加微信:wx_998877 快手号:写作小能手\n正文二。");
        assert_eq!(doc.text(), "正文。\n正文二。");
        assert_eq!(doc.edits[0].reason, "contact-ad-line");
        let doc = run("正文。\n电话：１３９１２３４５６７８\n正文二。");
        assert_eq!(doc.text(), "正文。\n正文二。");
    }

    #[test]
    fn hotlines_in_news_stay() {
        for clean in [
            "市民可拨打热线电话12345咨询相关政策，也可登录政府网站查询。",
            "For details, call the hotline on 800-555-0199 or visit the council office in person.",
            "微信支付和支付宝的使用率持续上升。",
        ] {
            let doc = run(clean);
            assert_eq!(doc.text(), clean);
        }
    }
}
