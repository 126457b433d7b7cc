//! Word lists matched in one pass (aho-corasick), case-insensitively, with Latin
//! entries held to word boundaries (`av` must not match inside `available`).

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// A compiled list of phrases, each with a tag (its kind).
pub struct Lexicon<T> {
    matcher: AhoCorasick,
    tags: Vec<T>,
    /// Per phrase: whether it starts and ends with ASCII alphanumerics, and so needs
    /// word boundaries around it.
    bounded: Vec<(bool, bool)>,
}

/// A match: the byte range in the text and the phrase's tag.
pub struct Hit<'a, T> {
    pub start: usize,
    pub end: usize,
    pub tag: &'a T,
}

impl<T> Lexicon<T> {
    /// Builds from (phrase, tag) pairs; phrases are lowercased, longest match wins.
    pub fn new(entries: impl IntoIterator<Item = (String, T)>) -> Result<Self, String> {
        let (phrases, tags): (Vec<String>, Vec<T>) = entries
            .into_iter()
            .map(|(phrase, tag)| (phrase.to_lowercase(), tag))
            .filter(|(phrase, _)| !phrase.is_empty())
            .unzip();
        let bounded = phrases
            .iter()
            .map(|p| {
                let first = p.chars().next().is_some_and(|c| c.is_ascii_alphanumeric());
                let last = p.chars().last().is_some_and(|c| c.is_ascii_alphanumeric());
                (first, last)
            })
            .collect();
        let matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&phrases)
            .map_err(|e| format!("cannot build the word list matcher: {e}"))?;
        Ok(Lexicon {
            matcher,
            tags,
            bounded,
        })
    }

    /// Non-overlapping matches in `text` that respect word boundaries.
    pub fn find<'a>(&'a self, text: &'a str) -> impl Iterator<Item = Hit<'a, T>> + 'a {
        let bytes = text.as_bytes();
        self.matcher.find_iter(text).filter_map(move |m| {
            let index = m.pattern().as_usize();
            let (start_bounded, end_bounded) = self.bounded[index];
            let alnum_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphanumeric);
            let clear_before = !start_bounded || m.start() == 0 || !alnum_at(m.start() - 1);
            let clear_after = !end_bounded || !alnum_at(m.end());
            (clear_before && clear_after).then(|| Hit {
                start: m.start(),
                end: m.end(),
                tag: &self.tags[index],
            })
        })
    }

    pub fn contains_match(&self, text: &str) -> bool {
        self.find(text).next().is_some()
    }
}

/// Reads `kind<TAB>phrase` lines (or bare phrases, tagged `default_kind`).
pub fn tagged_lines(text: &str) -> impl Iterator<Item = (&str, &str)> {
    super::word_list(text).map(|line| match line.split_once('\t') {
        Some((kind, phrase)) => (kind.trim(), phrase.trim()),
        None => ("", line),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_entries_need_word_boundaries_cjk_do_not() {
        let lexicon = Lexicon::new([("av".to_string(), 1), ("精品".to_string(), 2)]).unwrap();
        let tags: Vec<_> = lexicon
            .find("available AV, 亚洲精品视频")
            .map(|h| *h.tag)
            .collect();
        assert_eq!(tags, [1, 2]);
        assert!(!lexicon.contains_match("avenue"));
    }
}
