use super::*;

fn sentences(text: &str) -> Vec<&str> {
    let segmenter = Segmenter::new(&SegmentOptions::default()).unwrap();
    segmenter
        .split(text)
        .into_iter()
        .map(|(s, e)| &text[s..e])
        .collect()
}

#[test]
fn chinese() {
    assert_eq!(
        sentences("上半年增长4.0%。规模以上工业增加值384.8亿元。"),
        ["上半年增长4.0%。", "规模以上工业增加值384.8亿元。"]
    );
    assert_eq!(
        sentences("他说：“我们一定会成功。”大家都鼓起掌来。"),
        ["他说：“我们一定会成功。”", "大家都鼓起掌来。"]
    );
    assert_eq!(
        sentences("他说：“第一。第二。”然后走了。"),
        ["他说：“第一。第二。”", "然后走了。"]
    );
    assert_eq!(
        sentences("一是抓好联系；二是抓好批复。"),
        ["一是抓好联系；二是抓好批复。"]
    );
}

#[test]
fn english() {
    assert_eq!(
        sentences("Hello World. My name is Jonas."),
        ["Hello World.", "My name is Jonas."]
    );
    assert_eq!(
        sentences("My name is Jonas E. Smith."),
        ["My name is Jonas E. Smith."]
    );
    assert_eq!(
        sentences("I work for the U.S. Government in Virginia."),
        ["I work for the U.S. Government in Virginia."]
    );
    assert_eq!(
        sentences("I live in the U.S. How about you?"),
        ["I live in the U.S.", "How about you?"]
    );
    assert_eq!(
        sentences("She has $100.00. It is in her bag."),
        ["She has $100.00.", "It is in her bag."]
    );
    assert_eq!(
        sentences("1. The first item 2. The second item"),
        ["1. The first item", "2. The second item"]
    );
}

#[test]
fn glued_sentences_split_and_dotted_names_stay() {
    assert_eq!(
        sentences("the triple jump.Since its opening"),
        ["the triple jump.", "Since its opening"]
    );
    // Before Chinese: a Latin word's period ends a sentence; a dotted name's and
    // an abbreviation's do not.
    assert_eq!(sentences("他说OK.我们走吧。"), ["他说OK.", "我们走吧。"]);
    for whole in ["他在U.S.A.工作。", "Apple Inc.的股价上涨。"] {
        assert_eq!(sentences(whole), [whole]);
    }
    assert_eq!(
        sentences("Today is Tuesday.Mr. Smith went home."),
        ["Today is Tuesday.", "Mr. Smith went home."]
    );
    assert_eq!(
        sentences("Revenue rose in 2019.The company said so."),
        ["Revenue rose in 2019.", "The company said so."]
    );
    for (glued, first) in [
        (
            "The price rose 5.2%.Analysts were surprised.",
            "The price rose 5.2%.",
        ),
        (
            "The final score was 3-1.Fans celebrated.",
            "The final score was 3-1.",
        ),
        (
            "Download it from Google.com.Then unzip it.",
            "Download it from Google.com.",
        ),
        (
            "It was fine (mostly).The end came soon.",
            "It was fine (mostly).",
        ),
    ] {
        assert_eq!(sentences(glued)[0], first, "{glued}");
    }
    for whole in [
        "We use Node.js and ASP.NET daily.",
        "See Mr.Smith at St.Louis now.",
        "Visit Google.com today.",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn a_stray_quote_does_not_hold_the_rest_of_the_paragraph() {
    // `押韵"` opens a quotation that nothing closes: later stops still end sentences.
    assert_eq!(
        sentences("他们担心“与 Pwp 押韵\"对于读者来说，这是大便的意思。一位议员表示不满。"),
        [
            "他们担心“与 Pwp 押韵\"对于读者来说，这是大便的意思。",
            "一位议员表示不满。"
        ]
    );
    // A straight quote after a stop opens the next sentence.
    assert_eq!(
        sentences("他注意到了这一情况。\"我冲着每个人叫喊。\""),
        ["他注意到了这一情况。", "\"我冲着每个人叫喊。\""]
    );
    // An attribution after a quotation belongs to it.
    assert_eq!(
        sentences("“水里有鲨鱼！” Hammel 接着说。该男童被空运至医院。"),
        ["“水里有鲨鱼！” Hammel 接着说。", "该男童被空运至医院。"]
    );
    assert_eq!(
        sentences("他说：“我们一定会成功。”大家都鼓起掌来。"),
        ["他说：“我们一定会成功。”", "大家都鼓起掌来。"]
    );
    // A dangling `“` closing a quotation stays with its sentence.
    assert_eq!(sentences("他说：“很好。“"), ["他说：“很好。“"]);
}

#[test]
fn reference_marks_brackets_and_the_fullwidth_period() {
    // Reference marks stay with the sentence they follow.
    assert_eq!(
        sentences("It opened in 1990.[1] The park is large.[2][3] Visitors come."),
        [
            "It opened in 1990.[1]",
            "The park is large.[2][3]",
            "Visitors come."
        ]
    );
    assert_eq!(
        sentences("It opened in 1990.[citation needed] The park is large."),
        ["It opened in 1990.[citation needed]", "The park is large."]
    );
    // Footnote numbers glued to a word's period, before a capital.
    assert_eq!(
        sentences("It creates a gap in a consultation.11 12 Take the common cold."),
        [
            "It creates a gap in a consultation.11 12",
            "Take the common cold."
        ]
    );
    assert_eq!(
        sentences("It is from the Wall Street Journal (1987).1 According to it."),
        [
            "It is from the Wall Street Journal (1987).1",
            "According to it."
        ]
    );
    let figure = "See no.1 The Times for it.";
    assert_eq!(sentences(figure), [figure]);
    // Square brackets hold their stops, as round ones do.
    let bracketed = "[15: 12:32] [16: firma? 13:28]";
    assert_eq!(sentences(bracketed), [bracketed]);
    // After a Latin word the fullwidth period ends a sentence; in Chinese it is
    // often a mistyped comma, or a list number's dot.
    assert_eq!(
        sentences("Test strange period．Does it segment correctly．"),
        ["Test strange period．", "Does it segment correctly．"]
    );
    for whole in [
        "它们又辽阔又密实．有些像麦田。",
        "1．弄堂",
        "价格为￥１２．５元。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn review_six_forums_citations_lists_and_dialogue() {
    for (text, want) in [
        // Forum text opens sentences in lowercase.
        (
            "does it work on windows 11??? i've been stuck for 2 days",
            &[
                "does it work on windows 11???",
                "i've been stuck for 2 days",
            ][..],
        ),
        (
            "ok so i figured it out. you have to disable secure boot.",
            &[
                "ok so i figured it out.",
                "you have to disable secure boot.",
            ],
        ),
        // `A` opens a sentence after an abbreviation.
        (
            "It went to Lockheed Martin Corp. A spokesperson declined.",
            &[
                "It went to Lockheed Martin Corp.",
                "A spokesperson declined.",
            ],
        ),
        // Legal citations hold.
        (
            "Under Cal. Civ. Code § 1542, it does not. The parties waive it.",
            &[
                "Under Cal. Civ. Code § 1542, it does not.",
                "The parties waive it.",
            ],
        ),
        (
            "It became Pub. L. No. 111-148 in 2010. It is the ACA.",
            &["It became Pub. L. No. 111-148 in 2010.", "It is the ACA."],
        ),
        // Roman numerals label items; a number between does not break the count.
        (
            "i. The tenant pays. ii. The tenant stays. iii. The landlord repairs.",
            &[
                "i. The tenant pays.",
                "ii. The tenant stays.",
                "iii. The landlord repairs.",
            ],
        ),
        (
            "1. Set it to 3.3 V. 2. Connect GND to pin 6. 3. Measure the current.",
            &[
                "1. Set it to 3.3 V.",
                "2. Connect GND to pin 6.",
                "3. Measure the current.",
            ],
        ),
        // A Chinese quotation interrupted by its attribution goes on.
        (
            "“快走！”老人喊道，“他们马上就到了！”",
            &["“快走！”老人喊道，“他们马上就到了！”"],
        ),
        // An attribution may name the one asked.
        (
            "『这到底是怎么回事？』我在心里问自己。",
            &["『这到底是怎么回事？』我在心里问自己。"],
        ),
        // After reported speech a colon introduced, `这句话` opens a sentence.
        (
            "他想起那句话：“做人要踏实。”这句话伴随了他一生。",
            &["他想起那句话：“做人要踏实。”", "这句话伴随了他一生。"],
        ),
        // Emoji after a stop close its sentence.
        (
            "今天终于放假啦！🎉🎉 去哪玩好呢？",
            &["今天终于放假啦！🎉🎉", "去哪玩好呢？"],
        ),
        // Any `…道` reports words, but `知道` does not; `着` may follow the verb.
        ("“太好了！”孩子们欢呼道。", &["“太好了！”孩子们欢呼道。"]),
        ("“冲啊！”战士们高喊着。", &["“冲啊！”战士们高喊着。"]),
        ("“明天见。”我知道。", &["“明天见。”", "我知道。"]),
        // A Chinese stop after an abbreviation's period ends the sentence.
        (
            "英文名是ABC Co., Ltd.。成立于2010年。",
            &["英文名是ABC Co., Ltd.。", "成立于2010年。"],
        ),
        // So does a question mark, and `etc.` before a capital.
        (
            "What's the capital of the U.S.? Washington, D.C. is.",
            &["What's the capital of the U.S.?", "Washington, D.C. is."],
        ),
        (
            "Prices vary, etc. Ask the staff.",
            &["Prices vary, etc.", "Ask the staff."],
        ),
        // An English sentence's abbreviation before Chinese ends it.
        (
            "The flight lands at 5 p.m. 我们四点出发。",
            &["The flight lands at 5 p.m.", "我们四点出发。"],
        ),
        // A domain or a code before Chinese is no abbreviation.
        (
            "邮箱是zhang.san@pku.edu.cn.请联系他.",
            &["邮箱是zhang.san@pku.edu.cn.", "请联系他."],
        ),
        ("请回复Y/N.谢谢!", &["请回复Y/N.", "谢谢!"]),
        // `!` after a number before Chinese ends a sentence.
        (
            "今年增长5.2%!明年目标为5%左右?专家认为可以实现。",
            &["今年增长5.2%!", "明年目标为5%左右?", "专家认为可以实现。"],
        ),
        ("“Stop!”他大喊一声。", &["“Stop!”他大喊一声。"]),
        // An initial holds before another, `A` and `I` too.
        (
            "导师是Prof. J. A. Smith。他来过中国。",
            &["导师是Prof. J. A. Smith。", "他来过中国。"],
        ),
        (
            "It was J. I. Smith. He left.",
            &["It was J. I. Smith.", "He left."],
        ),
        // English text goes on after a Chinese quotation into a bracket.
        (
            "The banner read “欢迎！” (Welcome!) in red.",
            &["The banner read “欢迎！” (Welcome!) in red."],
        ),
        // `由` carries a sentence on after a quotation, and `介绍` attributes one.
        (
            "歌曲“Hello, World!”由他演唱。",
            &["歌曲“Hello, World!”由他演唱。"],
        ),
        (
            "“签约额达到156.8亿元。”主办方介绍。",
            &["“签约额达到156.8亿元。”主办方介绍。"],
        ),
        (
            "“我很好。”由此可见他很好。",
            &["“我很好。”", "由此可见他很好。"],
        ),
        // `称` reports words; an attribution in its action goes on past a comma.
        (
            "“这是一个误会。”公司回应称。",
            &["“这是一个误会。”公司回应称。"],
        ),
        (
            "“你好。”他说着，伸出了右手。",
            &["“你好。”他说着，伸出了右手。"],
        ),
        (
            "“谢谢。”穆阿利姆表示，叙利亚欢迎。",
            &["“谢谢。”", "穆阿利姆表示，叙利亚欢迎。"],
        ),
        // A quotation counted or modified stays inside its sentence.
        (
            "一句“你辛苦了！”让他热泪盈眶。",
            &["一句“你辛苦了！”让他热泪盈眶。"],
        ),
        (
            "金的“I have a dream.”演讲激励了人。",
            &["金的“I have a dream.”演讲激励了人。"],
        ),
        // A quotation right after one that is an object is another.
        (
            "台词“你瞅啥？”“瞅你咋地！”迅速走红网络。",
            &["台词“你瞅啥？”“瞅你咋地！”迅速走红网络。"],
        ),
        (
            "“你好！”“你好！”两人握了握手。",
            &["“你好！”", "“你好！”", "两人握了握手。"],
        ),
        // A percentage's period, and a version's before Chinese, end a sentence.
        (
            "今年增长5%.2025年目标为5.5%.",
            &["今年增长5%.", "2025年目标为5.5%."],
        ),
        (
            "请升级到v3.1.2.旧版本将停止维护.",
            &["请升级到v3.1.2.", "旧版本将停止维护."],
        ),
        ("A.1.3.请记住.", &["A.1.3.请记住."]),
        // A decimal of two places before a period and Chinese ends a sentence.
        (
            "这个价格是$9.99.太便宜了!",
            &["这个价格是$9.99.", "太便宜了!"],
        ),
        // A place's abbreviation after a number is a unit.
        (
            "The ceiling is 9 ft. The room is big.",
            &["The ceiling is 9 ft.", "The room is big."],
        ),
        (
            "I can see Ft. Worth from here.",
            &["I can see Ft. Worth from here."],
        ),
        (
            "He joined the F.B.I. Two years later he quit.",
            &["He joined the F.B.I.", "Two years later he quit."],
        ),
        // A pause counts its clause's digits.
        (
            "从60分提高到了90分……这简直是奇迹！",
            &["从60分提高到了90分……", "这简直是奇迹！"],
        ),
        // Steps and prepositions open sentences after an abbreviation.
        (
            "Second, wait 30 sec. Third, plug it in.",
            &["Second, wait 30 sec.", "Third, plug it in."],
        ),
        (
            "It is U.S. Pat. No. 7,654,321. It expires.",
            &["It is U.S. Pat. No. 7,654,321.", "It expires."],
        ),
        // A list a colon introduces.
        (
            "注意：1. 本活动解释权归主办方。2. 如有疑问请致电。",
            &["注意：", "1. 本活动解释权归主办方。", "2. 如有疑问请致电。"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    // But an attribution goes on in lowercase after a quotation.
    let attributed = "\"You sold the car?!\" he yelled, slamming the door.";
    assert_eq!(sentences(attributed), [attributed]);
}

#[test]
fn ellipses_dates_and_other_scripts() {
    assert_eq!(
        sentences("the thing is . . . I didn't mean it."),
        ["the thing is . . . I didn't mean it."]
    );
    assert_eq!(
        sentences("into compounds. . . . The practice was not abandoned."),
        ["into compounds.", ". . . The practice was not abandoned."]
    );
    // A date is no list marker: `20.` ends the sentence.
    assert_eq!(
        sentences("She came on July 20. She left on Aug. 3. Then she returned."),
        [
            "She came on July 20.",
            "She left on Aug. 3.",
            "Then she returned."
        ]
    );
    assert_eq!(sentences("a grade A. The data"), ["a grade A.", "The data"]);
    assert_eq!(
        sentences("No, no, no. What now?"),
        ["No, no, no.", "What now?"]
    );
    assert_eq!(sentences("यह एक है। वह दो है।"), ["यह एक है।", "वह दो है।"]);
    assert_eq!(
        sentences("خوشبختم، آقای رضا. شما کجایی هستید؟ من از تهران هستم."),
        [
            "خوشبختم، آقای رضا.",
            "شما کجایی هستید؟",
            "من از تهران هستم."
        ]
    );
}

fn sentences_in<'a>(text: &'a str, lang: &str) -> Vec<&'a str> {
    let segmenter = Segmenter::new(&SegmentOptions::default()).unwrap();
    segmenter
        .split_in(text, Some(lang))
        .into_iter()
        .map(|(s, e)| &text[s..e])
        .collect()
}

#[test]
fn a_quotation_keeps_its_attribution() {
    assert_eq!(
        sentences("\"Get out of the water!\" Maria shouted. Nobody moved."),
        ["\"Get out of the water!\" Maria shouted.", "Nobody moved."]
    );
    assert_eq!(
        sentences("“我们明天出发。”他说。大家都同意了。"),
        ["“我们明天出发。”他说。", "大家都同意了。"]
    );
    // Before a comma the clause introduces what follows.
    assert_eq!(
        sentences("“会议结束了。”主席表示，明年再开。"),
        ["“会议结束了。”", "主席表示，明年再开。"]
    );
}

#[test]
fn a_curly_quote_that_opens_the_next_quotation() {
    // The first quotation is never closed; `。“` opens the next one.
    assert_eq!(
        sentences("他说：“计划已经确定。“下周开始执行。”记者问了细节。"),
        [
            "他说：“计划已经确定。",
            "“下周开始执行。”",
            "记者问了细节。"
        ]
    );
}

#[test]
fn a_quotation_closed_by_the_other_kind_of_mark() {
    // `"` opens, `“` closes (and the other way round): one quotation each.
    assert_eq!(
        sentences("他说。\"我们要开战。几百万人会送命。关系很好。“他说他努力了。"),
        [
            "他说。",
            "\"我们要开战。几百万人会送命。关系很好。“",
            "他说他努力了。"
        ]
    );
    assert_eq!(
        sentences("“我们已谈过了。他踢进了一球。\"但是斯特林占得先机。"),
        ["“我们已谈过了。他踢进了一球。\"", "但是斯特林占得先机。"]
    );
}

#[test]
fn traditional_chinese_reads_the_same_word_lists() {
    for whole in [
        "「我們已盡了最大努力。」消防處發言人說。",
        "他強調：「我沒有違法。」並表示會全力配合調查。",
        "校長引用『革命尚未成功，同志仍須努力。』藉此勉勵學生。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn a_quotation_inside_another_ends_nothing() {
    let whole = "他寫道：「媽媽常說：『錢不是萬能的。』這句話我一直記得。」";
    assert_eq!(sentences(whole), [whole]);
    // `是` goes on after a closed quotation; `是的` opens a sentence.
    let subject = "「絕不退讓。」是現場群眾高喊的口號。";
    assert_eq!(sentences(subject), [subject]);
    assert_eq!(
        sentences("他说：“我们走。”是的，他们走了。"),
        ["他说：“我们走。”", "是的，他们走了。"]
    );
}

#[test]
fn a_quotation_that_is_an_object_goes_on() {
    for whole in [
        "他总把“I'm fine.”挂在嘴边。",
        "他把“做人要诚实。”当作座右铭。",
        "He wrote “你好！” on the whiteboard and left.",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
    // After Latin text, a capital still opens the next sentence.
    assert_eq!(
        sentences("He wrote “你好！” Then he left."),
        ["He wrote “你好！”", "Then he left."]
    );
}

#[test]
fn ascii_stops_before_chinese() {
    assert_eq!(
        sentences("老师问：“What's your name?”小明答不上来。"),
        ["老师问：“What's your name?”", "小明答不上来。"]
    );
    assert_eq!(
        sentences("See you tomorrow!明天上午9点集合。"),
        ["See you tomorrow!", "明天上午9点集合。"]
    );
    assert_eq!(
        sentences("会议定于10:30.请准时参加."),
        ["会议定于10:30.", "请准时参加."]
    );
    // A list's or a figure's number before Chinese opens its item or caption;
    // a name keeps its `!`.
    for whole in [
        "要求如下：1.请注意安全。",
        "注意事项1.不要迟到2.带好证件",
        "图1.系统架构示意图",
        "He joined Yahoo!中国 in 2005.",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn list_labels_and_inline_enumerations() {
    assert_eq!(sentences("1. Open the app."), ["1. Open the app."]);
    // A capital alone labels a question or an answer.
    assert_eq!(
        sentences("Q. What is his name? A. His name is Alfred E. Sloan."),
        ["Q. What is his name?", "A. His name is Alfred E. Sloan."]
    );
    // Items labelled with a letter or a Roman numeral, in brackets or before one.
    assert_eq!(
        sentences("(i) Hello world. (ii) Hello world. (iii) Bye."),
        ["(i) Hello world.", "(ii) Hello world.", "(iii) Bye."]
    );
    assert_eq!(
        sentences("i) Hello world. ii) Hello world. iv) Bye."),
        ["i) Hello world.", "ii) Hello world.", "iv) Bye."]
    );
    // Bullets that run a list into one line start its items.
    assert_eq!(
        sentences("Ingredients: • eggs • milk • bread. Mix well."),
        ["Ingredients:", "• eggs", "• milk", "• bread.", "Mix well."]
    );
    // One bullet between words separates them, as a menu does; it lists nothing.
    let menu = "Price • Free shipping";
    assert_eq!(sentences(menu), [menu]);
    assert_eq!(
        sentences("Q1. What is the policy? A1. Refunds are issued."),
        ["Q1. What is the policy?", "A1. Refunds are issued."]
    );
    for whole in [
        "He listed three reasons: 1. cost, 2. time and 3. risk.",
        "He listed three reasons: 1. Cost, 2. Time and 3. Risk.",
        "Results are shown in Fig.1. and Fig.2. of the paper.",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
    // After words a number is a count, after a question an answer; after an
    // abbreviation it is its number.
    assert_eq!(
        sentences("How many votes? 52. That was enough."),
        ["How many votes?", "52.", "That was enough."]
    );
    assert_eq!(
        sentences("He was ranked No.1. The team was ranked No.2. Then it fell."),
        [
            "He was ranked No.1.",
            "The team was ranked No.2.",
            "Then it fell."
        ]
    );
    assert_eq!(
        sentences("The vote count: 52. The motion passed."),
        ["The vote count: 52.", "The motion passed."]
    );
    assert_eq!(
        sentences("The numbers were 4, 8, 15, 42. The jackpot rolled over."),
        ["The numbers were 4, 8, 15, 42.", "The jackpot rolled over."]
    );
    // A time's digits are no label (`on 15:16.`).
    assert_eq!(
        sentences("He scored on 15:16. Dwyer replied."),
        ["He scored on 15:16.", "Dwyer replied."]
    );
    assert_eq!(
        sentences("1. Open the app.2. Tap Settings.3. Choose Privacy."),
        ["1. Open the app.", "2. Tap Settings.", "3. Choose Privacy."]
    );
    assert_eq!(
        sentences("The benefits are clear.1) Lower costs. 2) Faster delivery."),
        [
            "The benefits are clear.",
            "1) Lower costs.",
            "2) Faster delivery."
        ]
    );
}

#[test]
fn glued_questions_exclamations_and_quotations() {
    assert_eq!(
        sentences("Why wait?Sign up today."),
        ["Why wait?", "Sign up today."]
    );
    assert_eq!(
        sentences("The company would appeal.“We disagree,” a spokesman said."),
        [
            "The company would appeal.",
            "“We disagree,” a spokesman said."
        ]
    );
    for whole in [
        "'Oh no!'Yu-cun smiled back.",
        "Open example.com/page?Id=5 now.",
        "He joined Yahoo!Japan last year.",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn a_pronoun_after_an_abbreviation_opens_a_sentence() {
    assert_eq!(
        sentences("He lives on Baker St. It is a quiet street."),
        ["He lives on Baker St.", "It is a quiet street."]
    );
    assert_eq!(
        sentences("Both hold an M.B.A. Neither has served."),
        ["Both hold an M.B.A.", "Neither has served."]
    );
    // A title's name may be a pronoun's word (`He`, `You` are surnames).
    for whole in [
        "He met St. Louis officials.",
        "Vice Premier Mr. He Lifeng met the delegation.",
        "How can you tell Mr. You to do such a thing?",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn review_four_numbers_codes_and_glued_chinese() {
    // A decimal is no dotted initial.
    assert_eq!(
        sentences("The quake measured 6.4. Buildings swayed."),
        ["The quake measured 6.4.", "Buildings swayed."]
    );
    // An abbreviation glued to Chinese holds; a file's dot is no stop.
    for whole in [
        "据Dr.李介绍，项目进展顺利。",
        "请将.env.example复制为.env，然后重启。",
        "Model No. XR-500 comes in two colors.",
        "See Fig. S1 in the supplement.",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
    // A street's suffix before a clause ends a sentence.
    assert_eq!(
        sentences("It is at No. 8 Jianguo Rd. Guests can park for free."),
        ["It is at No. 8 Jianguo Rd.", "Guests can park for free."]
    );
    assert_eq!(
        sentences("1. 打开设置。2. 点击隐私。"),
        ["1. 打开设置。", "2. 点击隐私。"]
    );
    assert_eq!(sentences("What?这是真的吗？"), ["What?", "这是真的吗？"]);
    assert_eq!(
        sentences("电话：010-12345678.地址：北京市海淀区."),
        ["电话：010-12345678.", "地址：北京市海淀区."]
    );
    let whole = "他说了很多诸如“我尽力了。”之类的话。";
    assert_eq!(sentences(whole), [whole]);
}

#[test]
fn a_news_end_mark_is_a_unit() {
    assert_eq!(
        sentences("比赛今晚开打。（完） 责任编辑：周杰"),
        ["比赛今晚开打。", "（完）", "责任编辑：周杰"]
    );
}

#[test]
fn a_topic_tag_holds_its_stop() {
    let post = "#我的2023！#今年收获满满，感谢遇见。";
    assert_eq!(sentences(post), [post]);
    // A closed tag holds nothing; a mention opens a reply.
    assert_eq!(
        sentences("#北京暴雨#雨太大了！#身边事#地铁停运了。"),
        ["#北京暴雨#雨太大了！", "#身边事#地铁停运了。"]
    );
    assert_eq!(
        sentences("that's hilarious!!! @mike you need to see this"),
        ["that's hilarious!!!", "@mike you need to see this"]
    );
}

#[test]
fn spaced_section_and_chapter_headings() {
    assert_eq!(
        sentences("2.3.1 研究背景 近年来，人工智能技术快速发展。"),
        ["2.3.1 研究背景", "近年来，人工智能技术快速发展。"]
    );
    assert_eq!(
        sentences("第一章 总则 第一条 为了规范数据处理活动，制定本条例。"),
        ["第一章 总则", "第一条 为了规范数据处理活动，制定本条例。"]
    );
    // An article is no heading; a date or a decimal is no section number.
    for whole in [
        "第一条 为了规范 数据处理活动，制定本条例。",
        "2022.10.14 杭州高新区 发布公告。",
        "10.14 杭州高新区 发布公告。",
        "1.5 万人 参加了活动。",
        "5.1 劳动节 期间，全国出游人数创新高。",
        "2.1.1.数据来源 本文数据来自统计年鉴。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn quotations_within_a_chinese_sentence() {
    for whole in [
        "群众喊出“加油！”“挺住！”等口号，为救援人员鼓劲。",
        "他们高呼“万岁！”的口号。",
        "“真的不容易啊！”他感慨道。",
        "『你確定嗎？』她又問了一次。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
    // `等` before a pronoun is `until`, `是啊` answers, `所以` takes no object,
    // `欢呼` is no reporting verb: each opens a sentence.
    for (text, first) in [
        ("“你先走。”等他走远了，我才出发。", "“你先走。”"),
        ("他问：“你还好吗？”是啊，我很好。", "他问：“你还好吗？”"),
        ("所以“谢谢。”大家都走了。", "所以“谢谢。”"),
        ("“大家好！”现场一片欢呼。", "“大家好！”"),
        ("“谁赢了？”是中国队。", "“谁赢了？”"),
        ("“别走！”等等我！", "“别走！”"),
    ] {
        assert_eq!(sentences(text), [first, &text[first.len()..]]);
    }
    // A bracket closed after a quotation that was an object ends its sentence.
    assert_eq!(
        sentences("他将“安全第一”写在墙上。【编者按：有删节。】以下为正文。"),
        [
            "他将“安全第一”写在墙上。",
            "【编者按：有删节。】",
            "以下为正文。"
        ]
    );
}

#[test]
fn chinese_with_ascii_stops_and_numbers() {
    assert_eq!(
        sentences("会议时间:2024.6.15 14:00.地点:会议室."),
        ["会议时间:2024.6.15 14:00.", "地点:会议室."]
    );
    let pause = "北京、上海、广州...都出台了相关政策.";
    assert_eq!(sentences(pause), [pause]);
    let heading = "1. 加强组织领导";
    assert_eq!(sentences(heading), [heading]);
}

#[test]
fn a_clause_after_a_company_suffix_opens_a_sentence() {
    assert_eq!(
        sentences("It hired Harbour Engineering Co. Ltd. Work is due in March."),
        [
            "It hired Harbour Engineering Co. Ltd.",
            "Work is due in March."
        ]
    );
    for whole in [
        "Apple Inc. CEO Tim Cook spoke.",
        "Apple Inc. Chief executive Tim Cook spoke.",
        "Alibaba Group Holding Ltd. Chairman Joe Tsai spoke.",
        "Martin Luther King Jr. Day is a holiday.",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn glued_after_a_dotted_name() {
    assert_eq!(
        sentences("The talk was given by Dr.Zhang.Questions followed."),
        ["The talk was given by Dr.Zhang.", "Questions followed."]
    );
    assert_eq!(
        sentences("The site runs on ASP.NET.It was built in 2012."),
        ["The site runs on ASP.NET.", "It was built in 2012."]
    );
    let whole = "Use Node.js and ASP.NET with Mr.Smith in St.Louis today.";
    assert_eq!(sentences(whole), [whole]);
}

#[test]
fn a_quotation_opened_low_holds_its_sentence_ends() {
    assert_eq!(
        sentences("„Das ist gut. Wir gehen jetzt“, sagte er. Dann ging er."),
        ["„Das ist gut. Wir gehen jetzt“, sagte er.", "Dann ging er."]
    );
    // Closed, it ends its sentence as any quotation does.
    assert_eq!(
        sentences("Sie flüsterte: „Und auch keine Lust.“ Wir gingen."),
        ["Sie flüsterte: „Und auch keine Lust.“", "Wir gingen."]
    );
    // Never closed, it holds nothing.
    assert_eq!(
        sentences("„Das ist gut. Wir gehen jetzt."),
        ["„Das ist gut.", "Wir gehen jetzt."]
    );
}

#[test]
fn what_goes_on_after_a_chinese_quotation_stays_with_it() {
    for whole in [
        "他引用了一句古话：“千里之行，始于足下。”并以此勉励青年学生。",
        "“谁来负责？”成了大家最关心的问题。",
        "“你为什么不早说？”妈妈生气地问。",
        "他说：“老师告诉我们，‘做人要诚实。’我一直记得。”",
        "他用英文说了一句“Thank you. See you tomorrow.”就走了。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
    assert_eq!(
        sentences("他说：“我们会成功。”就在这时，大家鼓起掌来。"),
        ["他说：“我们会成功。”", "就在这时，大家鼓起掌来。"]
    );
}

#[test]
fn a_chinese_ellipsis_ends_a_clause_not_a_pause() {
    assert_eq!(
        sentences("他等了很久……终于，门开了。"),
        ["他等了很久……", "终于，门开了。"]
    );

    for whole in [
        "我……我不知道。",
        "这个……那个……我不知道该怎么说。",
        "1882年9月30日这一天 ... 这一天物理学家盖革在德国诞生。",
        "我跟他斗了半天所以……所以连饭也没吃。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn a_numbered_heading_glued_to_its_body() {
    assert_eq!(
        sentences("一、总体要求 坚持稳中求进。推动发展。"),
        ["一、总体要求", "坚持稳中求进。", "推动发展。"]
    );
    assert_eq!(
        sentences("（三）加强管理 提高效率。"),
        ["（三）加强管理", "提高效率。"]
    );
    for whole in [
        "一、2020年重点工作完成情况",
        "2022.10.14 杭州高新区发布公告。",
        "一、指导思想：坚持 稳中求进。",
        "（记者 王明）杭州高新区向世界领先科技园区奋力迈进。",
        "一、加强 领导。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn numbers_and_openers_after_a_period() {
    assert_eq!(
        sentences("The floods came in spring. 2019 was worse."),
        ["The floods came in spring.", "2019 was worse."]
    );
    assert_eq!(
        sentences("Call ext. 4410 today."),
        ["Call ext. 4410 today."]
    );
    assert_eq!(
        sentences("It closed at 4 p.m. However, the queue stayed."),
        ["It closed at 4 p.m.", "However, the queue stayed."]
    );
    assert_eq!(
        sentences("By 9 a.m. Dr. Lee had left. She came back at noon."),
        ["By 9 a.m. Dr. Lee had left.", "She came back at noon."]
    );
}

#[test]
fn other_languages() {
    assert_eq!(
        sentences_in("Das Treffen ist am 3. Oktober. Wir kommen.", "de"),
        ["Das Treffen ist am 3. Oktober.", "Wir kommen."]
    );
    assert_eq!(
        sentences_in("Llegó la Sra. Gómez. ¿Dónde estabas? ¡Aquí!", "es"),
        ["Llegó la Sra. Gómez.", "¿Dónde estabas?", "¡Aquí!"]
    );
    let doctor = "Wir trafen Dr. med. Meyer in der Stadt.";
    assert_eq!(sentences_in(doctor, "de"), [doctor]);
    assert_eq!(
        sentences_in("Ho parlato con l'Avv. Rossi ieri.", "it"),
        ["Ho parlato con l'Avv. Rossi ieri."]
    );
    // Cyrillic abbreviations and initials hold whatever the language.
    assert_eq!(
        sentences("Доклад сделал проф. П. И. Иванов в г. Москве. Все пришли."),
        [
            "Доклад сделал проф. П. И. Иванов в г. Москве.",
            "Все пришли."
        ]
    );
    // The Greek question mark and the Armenian full stop typed as `:`.
    assert_eq!(sentences("Τι κάνεις; Καλά."), ["Τι κάνεις;", "Καλά."]);
    assert_eq!(sentences("Բարև: Ինչպե՞ս ես:"), ["Բարև:", "Ինչպե՞ս ես:"]);
    // An Arabic colon between words ends a heading; a time's does not, nor one
    // that introduces reported words.
    assert_eq!(
        sentences("الساعة 05:01 سؤال وجواب: ماذا حدث؟"),
        ["الساعة 05:01 سؤال وجواب:", "ماذا حدث؟"]
    );
    let reported = "وقال الرئيس: إن الوضع صعب جدا.";
    assert_eq!(sentences(reported), [reported]);
    // A period glued between scripts: `жағдайы.XVIII`.
    assert_eq!(
        sentences("Ресей жағдайы.XVIII ғасырда болды."),
        ["Ресей жағдайы.", "XVIII ғасырда болды."]
    );
    // Greek and Kazakh sentences may open in lowercase; not English ones.
    assert_eq!(
        sentences_in("Δε δούλευε κανένας. το κόστος ήταν μικρό.", "el"),
        ["Δε δούλευε κανένας.", "το κόστος ήταν μικρό."]
    );
    assert_eq!(sentences_in("кім? не?", "kk"), ["кім?", "не?"]);
    assert_eq!(sentences("кім? не?"), ["кім? не?"]);
    // With Arabic's rules a comma ends a sentence, unless a one-word item of a
    // list follows.
    assert_eq!(
        sentences_in("ضغط الدم، والقلب، زرعها عملاء، وبدأت", "ar"),
        ["ضغط الدم، والقلب،", "زرعها عملاء،", "وبدأت"]
    );
    assert_eq!(sentences("ضغط الدم، زرعها عملاء"), ["ضغط الدم، زرعها عملاء"]);
}

#[test]
fn review_thirteen_citations_dates_dotted_names_lists_and_forums() {
    let citation = "It appeared in Proc. Natl. Acad. Sci. U.S.A. in 2019. A study followed.";
    assert_eq!(
        sentences(citation),
        [
            "It appeared in Proc. Natl. Acad. Sci. U.S.A. in 2019.",
            "A study followed."
        ]
    );
    assert_eq!(
        sentences("Values are given in Refs. 12–14. We use newer data."),
        ["Values are given in Refs. 12–14.", "We use newer data."]
    );
    // A month after its day closes the date; a year or a lowercase word goes on.
    assert_eq!(
        sentences("The show runs until 3 Feb. Admission is free."),
        ["The show runs until 3 Feb.", "Admission is free."]
    );
    for whole in [
        "It was signed on 12 Sept. 2019 in Paris.",
        "On 3 Feb. Smith resigned.",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
    assert_eq!(
        sentences("It uses Vue.js and D3.js.Performance is good."),
        ["It uses Vue.js and D3.js.", "Performance is good."]
    );
    for whole in [
        "The class java.util.List is an interface.",
        "Visit Amazon.com.Au today.",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
    // Items in lowercase after semicolons are phrases; capitalised, sentences.
    assert_eq!(
        sentences("Choose one: a) pay online; b) pay by cheque. Fees apply."),
        [
            "Choose one: a) pay online; b) pay by cheque.",
            "Fees apply."
        ]
    );
    assert_eq!(
        sentences("Two things: 1. The dog was old; 2. The cat was blind."),
        [
            "Two things:",
            "1. The dog was old;",
            "2. The cat was blind."
        ]
    );
    assert_eq!(
        sentences("i tried that already. didn't work. thx anyway"),
        ["i tried that already.", "didn't work.", "thx anyway"]
    );
    let code = "Set it in this directory. anyway_flag is read first.";
    assert_eq!(sentences(code), [code]);
    // Quantities open sentences after an abbreviation; a backtick opens a
    // quotation (or a code span).
    assert_eq!(
        sentences("He was President of the U.S. Millions attended."),
        ["He was President of the U.S.", "Millions attended."]
    );
    assert_eq!(
        sentences("Sales held in 1990. `So what?' asks Rep. Dicks."),
        ["Sales held in 1990.", "`So what?' asks Rep. Dicks."]
    );
    assert_eq!(
        sentences("“这个嘛……”他挠了挠头，笑着说，“我再想想。”"),
        ["“这个嘛……”他挠了挠头，笑着说，“我再想想。”"]
    );
}

#[test]
fn review_fourteen_labels_dates_answers_pauses_and_headings() {
    assert_eq!(
        sentences("Trucks must use Lane B. Cars may use either lane."),
        ["Trucks must use Lane B.", "Cars may use either lane."]
    );
    assert_eq!(
        sentences("The rules take effect in Aug. Schools must comply."),
        ["The rules take effect in Aug.", "Schools must comply."]
    );
    for whole in ["He met John B. Smith there.", "In Aug. Smith resigned."] {
        assert_eq!(sentences(whole), [whole]);
    }
    assert_eq!(
        sentences("“钥匙呢？”妈妈问。“在桌上。”我答。"),
        ["“钥匙呢？”妈妈问。", "“在桌上。”我答。"]
    );
    assert_eq!(
        sentences("“三年了……”他喃喃自语，“整整三年了。”"),
        ["“三年了……”他喃喃自语，“整整三年了。”"]
    );
    // One `…` after a short clause is a pause, a space after it or not (`嗯…
    // 我想想`), and so is a stammer.
    for whole in ["我… 我不知道。", "所以…… 所以连饭也没吃。", "嗯… 我想想。"]
    {
        assert_eq!(sentences(whole), [whole]);
    }
    // A number's period and a space part no heading: a stray space is as likely
    // (`2. 各单位要 认真落实。`).
    assert_eq!(
        sentences("2. 各单位要 认真落实。"),
        ["2. 各单位要 认真落实。"]
    );
    assert_eq!(
        sentences("貳、辦理方式 本案採線上報名。"),
        ["貳、辦理方式", "本案採線上報名。"]
    );
    assert_eq!(sentences("1.5 万人参加了活动。"), ["1.5 万人参加了活动。"]);
}

#[test]
fn review_fifteen_plurals_after_abbreviations_and_chinese_attributions() {
    for (text, first) in [
        (
            "It was shipped in from the U.K. Tariffs had made it cheap.",
            "U.K.",
        ),
        (
            "The suit names Brightwater Corp. Lawyers for it said nothing.",
            "Corp.",
        ),
        (
            "The city was founded in 814 B.C. Historians doubt it.",
            "B.C.",
        ),
    ] {
        let got = sentences(text);
        assert_eq!(got.len(), 2, "{text}");
        assert!(got[0].ends_with(first), "{got:?}");
    }
    // A name's plural goes on; so does a plural before `and`, and one after a
    // place's abbreviation, or in a sentence of two words so far.
    for whole in [
        "A spokesman for the U.S. Marines said the base was safe.",
        "He filed with the U.S. Securities and Exchange Commission.",
        "Mt. St. Helens erupted in 1980.",
        "The U.S. Treasuries market was calm.",
        "Vol. IV appeared in 1871.",
        "It was founded by Wm. Harrison in 1888.",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
    assert_eq!(sentences("No. I think not."), ["No.", "I think not."]);
    for whole in [
        "“你以为这样就完了？”她冷笑一声，“没那么简单。”",
        "“这下完了。”我心想。",
        "屏幕上只显示“连接失败，请重试。”几个字。",
        "“我再也不来了！”这样的誓言，他第二天就忘了。",
        "苹果公司（Apple Inc.）今天发布了新品。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
    assert_eq!(
        sentences("她写道：“Please reply by 5 p.m.”可我八点才看到。"),
        ["她写道：“Please reply by 5 p.m.”", "可我八点才看到。"]
    );
}

#[test]
fn review_sixteen_glued_marks_amounts_addresses_and_forums() {
    for (text, want) in [
        (
            "Really?Yes.I told you so.",
            &["Really?", "Yes.", "I told you so."][..],
        ),
        (
            "That was AMAZING!!!Best ever!!!",
            &["That was AMAZING!!!", "Best ever!!!"],
        ),
        (
            "wait what???how did that happen",
            &["wait what???", "how did that happen"],
        ),
        (
            "Loved it!😍😍Will buy again.",
            &["Loved it!😍😍", "Will buy again."],
        ),
        (
            "See you at 6!Don't be late.",
            &["See you at 6!", "Don't be late."],
        ),
        (
            "Price: $9.99.Free shipping.",
            &["Price: $9.99.", "Free shipping."],
        ),
        (
            "Up to 60°C.Humidity: 5%.",
            &["Up to 60°C.", "Humidity: 5%."],
        ),
        (
            "It ended on Jan. 5.Over 300 voted.",
            &["It ended on Jan. 5.", "Over 300 voted."],
        ),
        (
            "Mail li.na@fudan.edu.cn.I'll reply.",
            &["Mail li.na@fudan.edu.cn.", "I'll reply."],
        ),
        (
            "Get @acme/ui-kit.Install it now.",
            &["Get @acme/ui-kit.", "Install it now."],
        ),
        (
            "It issued an alert.U.S. citizens left.",
            &["It issued an alert.", "U.S. citizens left."],
        ),
        (
            "\"Is it taken?\"\"No, go ahead.\"",
            &["\"Is it taken?\"", "\"No, go ahead.\""],
        ),
        (
            "ask on r/learnpython? they're nice",
            &["ask on r/learnpython?", "they're nice"],
        ),
        (
            "the driver. still no sound.",
            &["the driver.", "still no sound."],
        ),
        (
            "售价仅¥4,999起.6月18日开售.",
            &["售价仅¥4,999起.", "6月18日开售."],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "I use Yahoo!Japan daily.",
        "See Part.I for details.",
        "It is in src/main.Rs now.",
        "Why? she asked.",
        "他在Stanford读完M.Sc.后加入了公司。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn reviews_seventeen_and_eighteen_dialogue_units_and_notes() {
    for (text, want) in [
        (
            "\"I was going to tell you—\" \"Tell me what?\" Jonah interrupted.",
            &[
                "\"I was going to tell you—\"",
                "\"Tell me what?\" Jonah interrupted.",
            ][..],
        ),
        (
            "\"The key is—\" He stopped. \"Did you hear?\"",
            &["\"The key is—\"", "He stopped.", "\"Did you hear?\""],
        ),
        (
            "It was annealed for 2 h. Afterwards, it cooled.",
            &["It was annealed for 2 h.", "Afterwards, it cooled."],
        ),
        (
            "Values are mean ± s.d. Significance was set at 5%.",
            &["Values are mean ± s.d.", "Significance was set at 5%."],
        ),
        (
            "It is in Appendix A (see esp. Eqs. (A.3)–(A.7)). It holds.",
            &[
                "It is in Appendix A (see esp. Eqs. (A.3)–(A.7)).",
                "It holds.",
            ],
        ),
        (
            "The vote is on Nov. What time is the rally?",
            &["The vote is on Nov.", "What time is the rally?"],
        ),
        (
            "工业增长８．２％.其中服务业增长５％.",
            &["工业增长８．２％.", "其中服务业增长５％."],
        ),
        (
            "“我们赢了。”穆阿利姆表示，叙利亚将继续。",
            &["“我们赢了。”", "穆阿利姆表示，叙利亚将继续。"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "\"I was going to—\" he said.",
        "\"Are you sure?\" Tom stammered.",
        "\"Fine?\" Tom said quietly.",
        "The wall was begun ca. A.D. 122 under Hadrian.",
        "It starts at 8 p.m. Beijing time.",
        "Дом построен в 1898 г. Саргон жил там.",
        "“你来了？”她头也不抬地问，手里的针线一刻没停。",
        "“我不去。”他把筷子往桌上一拍，“要去你自己去！”",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn review_twenty_false_splits_of_the_newer_rules() {
    for whole in [
        "He has played for the U.S. Nationals since 2019.",
        "Doors open at 5 p.m. Tuesdays and Fridays.",
        "Use flag?Yes:No in the template.",
        "Upgrade to 5.6.15.Final now.",
        "\"You promised me that—\" I said.",
        "回复“Yes!”即可报名参加。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
    assert_eq!(
        sentences("他说：“我们走吧。”她点了点头，“好。”"),
        ["他说：“我们走吧。”", "她点了点头，“好。”"]
    );
}

#[test]
fn reviews_twenty_one_and_twenty_two_streets_asides_labels_and_sources() {
    for (text, want) in [
        (
            "The parade passes down Elm St. The floats are enormous.",
            &["The parade passes down Elm St.", "The floats are enormous."][..],
        ),
        (
            "The resolution passed at the U.N. Several nations abstained.",
            &[
                "The resolution passed at the U.N.",
                "Several nations abstained.",
            ],
        ),
        (
            "He left early. (Nobody knew why.) The party continued.",
            &[
                "He left early.",
                "(Nobody knew why.)",
                "The party continued.",
            ],
        ),
        (
            "\"I disagree.\" That was all he said.",
            &["\"I disagree.\"", "That was all he said."],
        ),
        (
            "The tape cuts out . . . The rest is lost.",
            &["The tape cuts out . . .", "The rest is lost."],
        ),
        (
            "The event starts at 8 p.m.Doors open at 7.",
            &["The event starts at 8 p.m.", "Doors open at 7."],
        ),
        (
            "\"We did it!\"The captain raised the trophy.",
            &["\"We did it!\"", "The captain raised the trophy."],
        ),
        (
            "I. Gather the data. II. Clean it. III. Analyze it.",
            &["I. Gather the data.", "II. Clean it.", "III. Analyze it."],
        ),
        (
            "Sales of the tablet rose. eBay shares fell.",
            &["Sales of the tablet rose.", "eBay shares fell."],
        ),
        (
            "话剧里有一句台词：“大清国要完！”这句话至今仍被人津津乐道。",
            &[
                "话剧里有一句台词：“大清国要完！”",
                "这句话至今仍被人津津乐道。",
            ],
        ),
        ("——你去哪儿？——回家。", &["——你去哪儿？", "——回家。"]),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "We met at Mt. St. Helens last fall.",
        "the thing is . . . I didn't mean it.",
        "Doors open at 5 p.m.Monday through Friday.",
        "'Oh no!'Yu-cun smiled back.",
        "Prices fell, e.g. iPhone models lost 10%.",
        "“快走！”他喊道。",
        "知识就是力量。——培根",
        "他居然——真是没想到！——拿了全国冠军。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn review_twenty_three_false_splits_of_reviews_twenty_one_and_two() {
    for (text, want) in [
        (
            "The band toured the U.S. Most shows sold out within hours.",
            &[
                "The band toured the U.S.",
                "Most shows sold out within hours.",
            ][..],
        ),
        (
            "\"Is anyone there?\" Nobody answered.",
            &["\"Is anyone there?\"", "Nobody answered."],
        ),
        (
            "The app runs on Windows, Linux, etc. macOS support is coming soon.",
            &[
                "The app runs on Windows, Linux, etc.",
                "macOS support is coming soon.",
            ],
        ),
        (
            "标语写着：“安全第一！”工人们每天都经过这条人行道。",
            &["标语写着：“安全第一！”", "工人们每天都经过这条人行道。"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "He won the N.B.A. Most Valuable Player award.",
        "The letter was signed by William P. Few for the board.",
        "The deadline is 5 p.m.Monday.",
        "Yoga is at 8 a.m.Tuesdays and Thursdays.",
        "He said \"sure that . . . The Times had it first\" and left.",
        "\"Hurry up!\"Mom called from the kitchen.",
        "\"Is it raining?\" Dad asked, looking up.",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn review_twenty_four_attributions_in_english_and_chinese() {
    for whole in [
        "\"Will it ever stop raining?\" Elsa wondered aloud.",
        "\"Breakfast!\" Dad called up the stairs.",
        "\"You did what?!\" Carla shrieked.",
        "“去图书馆。”我回答。",
        "「好啊。那就這麼說定了！」阿明笑著回答。",
        "“她刚才说‘我不去了’。”小红告诉我。",
        "“小心脚下！”向导回头提醒我们。",
        "他嘴里说着“对不起！”跑出了房间。",
        "他那句“你确定吗？”让我犹豫了很久。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
    assert_eq!(
        sentences("“我们还没想好。”他同时提醒，要警惕外部风险。"),
        ["“我们还没想好。”", "他同时提醒，要警惕外部风险。"]
    );
    assert_eq!(
        sentences("“我不知道。”我没有回答。"),
        ["“我不知道。”", "我没有回答。"]
    );
}

#[test]
fn reviews_twenty_five_and_six_units_emoji_interrobangs_and_chinese_labels() {
    for (text, want) in [
        (
            "Sodium was 128 mmol/L. Fluids were restricted.",
            &["Sodium was 128 mmol/L.", "Fluids were restricted."][..],
        ),
        (
            "Are you serious‽ That's incredible.",
            &["Are you serious‽", "That's incredible."],
        ),
        (
            "We won the championship! 🎉 Next stop, the parade.",
            &["We won the championship! 🎉", "Next stop, the parade."],
        ),
        (
            "He then earned a Ph.D. Afterward he taught in Chicago.",
            &["He then earned a Ph.D.", "Afterward he taught in Chicago."],
        ),
        (
            "\"Is anyone there?\" No one answered.",
            &["\"Is anyone there?\"", "No one answered."],
        ),
        (
            "步骤1. 将肉切块。步骤2. 冷水下锅。",
            &["步骤1. 将肉切块。", "步骤2. 冷水下锅。"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in ["Great! 🎉 and then we left.", "图1. 模型整体结构。"] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn reviews_twenty_seven_and_eight_sources_labels_units_and_glued_marks() {
    for (text, want) in [
        (
            "知识就是力量。——培根 这句话我从小就记得。",
            &["知识就是力量。——培根", "这句话我从小就记得。"][..],
        ),
        (
            "留取丹心照汗青。——文天祥《过零丁洋》 这两句诗家喻户晓。",
            &["留取丹心照汗青。——文天祥《过零丁洋》", "这两句诗家喻户晓。"],
        ),
        (
            "梅花香自苦寒来。——这是爷爷常说的一句话。",
            &["梅花香自苦寒来。", "——这是爷爷常说的一句话。"],
        ),
        ("“去哪儿？”她没告诉我。", &["“去哪儿？”", "她没告诉我。"]),
        (
            "The load cell reads 2 mV/V. Calibrate it first.",
            &["The load cell reads 2 mV/V.", "Calibrate it first."],
        ),
        (
            "He worked for Globex Inc. Subsequently, he joined a startup.",
            &[
                "He worked for Globex Inc.",
                "Subsequently, he joined a startup.",
            ],
        ),
        (
            "Want faster Wi-Fi?Try our new router.",
            &["Want faster Wi-Fi?", "Try our new router."],
        ),
        (
            "Happy New Year!新年快乐！",
            &["Happy New Year!", "新年快乐！"],
        ),
        (
            "Exam passed! 🙌 🙌 Time to sleep.",
            &["Exam passed! 🙌 🙌", "Time to sleep."],
        ),
        ("总计120. 请核对。", &["总计120.", "请核对。"]),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "For background, cf. Later Medieval Europe by Daniel Waley.",
        "Send it to R. Diaz/M. Okafor by Friday.",
        "“我不知道。”小李摇摇头回答。",
        "他想了想……还是没说出口。",
        "It costs €24.90 incl. VAT and shipping.",
        "I visited Yahoo!中国 yesterday.",
        "定理2. 三角形的内角和等于180度。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn reviews_twenty_nine_to_thirty_two_coordinates_lists_emphasis_headings_and_mixed_text() {
    for (text, want) in [
        (
            "The wreck lies at 49.9469° W. Divers reached it in 1986.",
            &[
                "The wreck lies at 49.9469° W.",
                "Divers reached it in 1986.",
            ][..],
        ),
        (
            "(1) Sign the form. (2) Date it.",
            &["(1) Sign the form.", "(2) Date it."],
        ),
        (
            "● Salt ● Pepper ● Cumin",
            &["● Salt", "● Pepper", "● Cumin"],
        ),
        (
            "**Warning.** The floor is wet.",
            &["**Warning.**", "The floor is wet."],
        ),
        (
            "一、基本情况 2023年，全区投资增长8.7%。其中工业投资增长15.2%。",
            &[
                "一、基本情况",
                "2023年，全区投资增长8.7%。",
                "其中工业投资增长15.2%。",
            ],
        ),
        (
            "座右铭是“Stay hungry, stay foolish.”这句话出自乔布斯的演讲。",
            &[
                "座右铭是“Stay hungry, stay foolish.”",
                "这句话出自乔布斯的演讲。",
            ],
        ),
        (
            "The company was founded in 1998.它的总部位于深圳。",
            &["The company was founded in 1998.", "它的总部位于深圳。"],
        ),
        (
            "等一下……Wait...你刚才说什么？",
            &["等一下……", "Wait...", "你刚才说什么？"],
        ),
        (
            "The rule is simple. *Do not feed the bears.*",
            &["The rule is simple.", "*Do not feed the bears.*"],
        ),
        (
            "Cultures grew at 37° C. Growth was checked daily.",
            &["Cultures grew at 37° C.", "Growth was checked daily."],
        ),
        (
            "他等了很久……就在这时，电话响了。",
            &["他等了很久……", "就在这时，电话响了。"],
        ),
        (
            "二、主要任务　（一）加快构建现代化产业体系。推动转型升级。",
            &[
                "二、主要任务",
                "（一）加快构建现代化产业体系。",
                "推动转型升级。",
            ],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "Amb. Kovacs met the envoy.",
        "He taught school in Fort St. James for a decade.",
        "他精通C#和.NET开发，也会一点C++。",
        "ambitious adj. 有雄心的",
        "他常说“Stay hungry. Stay foolish.”这句话。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn reviews_thirty_three_and_four_forum_lowercase_units_exhibits_and_actions() {
    for (text, want) in [
        (
            "lol that's what happened to me. thought i was the only one",
            &[
                "lol that's what happened to me.",
                "thought i was the only one",
            ][..],
        ),
        (
            "The response peaks at 40 ms. The latency is consistent.",
            &["The response peaks at 40 ms.", "The latency is consistent."],
        ),
        (
            "It's at 123 Main St. Look for the red door.",
            &["It's at 123 Main St.", "Look for the red door."],
        ),
        (
            "“嗯……让我想想。”老人捋了捋胡子，慢悠悠地说。“三十年前，这里是荒地。”",
            &[
                "“嗯……让我想想。”老人捋了捋胡子，慢悠悠地说。",
                "“三十年前，这里是荒地。”",
            ],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "Ex. A to the Declaration of J. Smith is a true copy.",
        "Ms. Smith arrived late.",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
    assert_eq!(
        sentences("“好。”他点点头，走了出去。"),
        ["“好。”", "他点点头，走了出去。"]
    );
}

#[test]
fn reviews_thirty_five_and_six_spans_of_time_titled_speakers_and_ordinals() {
    for (text, want) in [
        (
            "Loading took forever . . . Eventually I gave up.",
            &["Loading took forever . . .", "Eventually I gave up."][..],
        ),
        (
            "球队目前排名第3.下一场将迎战排名第1的对手.",
            &["球队目前排名第3.", "下一场将迎战排名第1的对手."],
        ),
        (
            "他问：“地铁什么时候通？”没有人能回答。",
            &["他问：“地铁什么时候通？”", "没有人能回答。"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "The climb took 4 hrs. 20 min. in total.",
        "\"Are you done?\" Mr. Ito asked.",
        "\"Is it safe?\" Dr. Cole wondered aloud.",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn reviews_thirty_seven_to_nine_datelines_acronyms_amounts_initials_and_replies() {
    for (text, want) in [
        (
            "The launch was delayed until 2025.NASA said the cause was a fuel leak.",
            &[
                "The launch was delayed until 2025.",
                "NASA said the cause was a fuel leak.",
            ][..],
        ),
        (
            "Is it worth $1,199?Apple thinks so.",
            &["Is it worth $1,199?", "Apple thinks so."],
        ),
        (
            "Rates rose to 5.25%-5.5%.Chair Powell spoke.",
            &["Rates rose to 5.25%-5.5%.", "Chair Powell spoke."],
        ),
        (
            "Storm batters England, thousands lose power By Jane Doe, Reuters LONDON (Reuters) - Heavy rain fell.",
            &[
                "Storm batters England, thousands lose power",
                "By Jane Doe, Reuters",
                "LONDON (Reuters) - Heavy rain fell.",
            ],
        ),
        (
            "这次考试我得了A.下次还要继续努力。",
            &["这次考试我得了A.", "下次还要继续努力。"],
        ),
        (
            "妈妈喊道：“快下来吃饭！”我应了一声，放下手中的书。",
            &["妈妈喊道：“快下来吃饭！”", "我应了一声，放下手中的书。"],
        ),
        (
            "1. 项目概况 本项目位于市高新区。",
            &["1. 项目概况", "本项目位于市高新区。"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "ST. LOUIS, Mo. (AP) — A man was arrested Sunday.",
        "Set common.PORT via an env variable.",
        "We use ASP.NET in production.",
        "约翰·F.肯尼迪于1963年遇刺。",
        "然后执行./start.sh即可。",
        "“洗手吃饭！”妈妈在里面应了一声。",
        "「好的。」她應了一聲。",
        "1. 本产品 仅供成人使用。",
        "The data appear in Supp. Fig. 2.",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn reviews_forty_to_five_headings_mid_paragraph_news_verbs_names_and_counts() {
    for (text, want) in [
        (
            "四、保障措施 （一）加强组织领导 成立领导小组。（二）强化资金保障 市财政安排专项资金。",
            &[
                "四、保障措施",
                "（一）加强组织领导",
                "成立领导小组。",
                "（二）强化资金保障",
                "市财政安排专项资金。",
            ][..],
        ),
        (
            "二、背景 政府於2023年成立專責小組。",
            &["二、背景", "政府於2023年成立專責小組。"],
        ),
        (
            "1. 项目背景 AI 技术正在改变各行各业。",
            &["1. 项目背景", "AI 技术正在改变各行各业。"],
        ),
        (
            "a) Cut two 12-in. squares. b) Pin the right sides together.",
            &[
                "a) Cut two 12-in. squares.",
                "b) Pin the right sides together.",
            ],
        ),
        (
            "Fans kept their tickets.A new date will follow.",
            &["Fans kept their tickets.", "A new date will follow."],
        ),
        (
            "全班总人数为42.其中男生20人.",
            &["全班总人数为42.", "其中男生20人."],
        ),
        (
            "记者问：“您怎么看？”他笑而不答。",
            &["记者问：“您怎么看？”", "他笑而不答。"],
        ),
        (
            "I loved Yahoo! It was the best.",
            &["I loved Yahoo!", "It was the best."],
        ),
        (
            "Call 1-800-555-0199!Operators are standing by.",
            &["Call 1-800-555-0199!", "Operators are standing by."],
        ),
        (
            "发言人说：「这是政治追杀！」党主席随后召开记者会回应。",
            &["发言人说：「这是政治追杀！」", "党主席随后召开记者会回应。"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "「請民眾不要前往山區或海邊。」氣象署預報員呼籲。",
        "一、加强 领导。",
        "1. 本项目的建设内容 主要包括道路和桥梁。",
        "2. 上述措施 已经取得明显成效。",
        "这一理论最早由经济学家W.阿瑟·刘易斯于1954年提出。",
        "J. R. R. 托尔金是英国作家。",
        "In Django, settings.DEBUG is set to False.",
        "Connect the cable to the port labeled HDMI (Input) - the one nearest the jack.",
        "Yahoo! Finance listed the stock at $45.20 on Friday.",
        "Yahoo! 曾经是全球最大的门户网站。",
        "The award went to Prof. 李华 of Fudan University.",
        "表12.统计结果如下。",
        "这位所谓的专家（？）声称喝醋可以治百病。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn review_forty_three_stray_spaces_and_clauses_ending_in_news_verbs() {
    for (text, want) in [
        (
            "工程总工期为18个月。1. 项目概况 本项目位于市区。",
            &["工程总工期为18个月。", "1. 项目概况", "本项目位于市区。"][..],
        ),
        (
            "一、目的 为规范印章的使用，特制定本制度。",
            &["一、目的", "为规范印章的使用，特制定本制度。"],
        ),
        (
            "2. 编制依据 《中华人民共和国城乡规划法》及相关规范。",
            &["2. 编制依据", "《中华人民共和国城乡规划法》及相关规范。"],
        ),
        (
            "“注意安全，早点回家。”这是母亲每次打电话时不变的叮嘱。",
            &["“注意安全，早点回家。”", "这是母亲每次打电话时不变的叮嘱。"],
        ),
        (
            "“绿水青山就是金山银山。”这句话在报告中被多次提到。",
            &["“绿水青山就是金山银山。”", "这句话在报告中被多次提到。"],
        ),
        (
            "王先生问：“还要等多久？”工作人员耐心地向他解释。",
            &["王先生问：“还要等多久？”", "工作人员耐心地向他解释。"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "2、在办理过程中 如发现材料不全的，应当一次性告知。",
        "三、四季度 受外部环境影响 增速有所放缓。",
        "（二）市财政每年安排2000万元专项资金 用于支持中小企业。",
        "二、本校學生 應於截止日前完成線上登錄。",
        "“涉事车辆确实存在超载情况。”交警部门有关负责人证实。",
        "“这批文物将在修复后重新展出。”博物馆馆长进一步说明。",
        "他说：“你们准备好了吗？”CNN报道。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn reviews_forty_six_to_eight_listeners_noun_verbs_companies_and_asides() {
    for (text, want) in [
        (
            "The vote passed 52-48.A spokesman declined to comment.",
            &["The vote passed 52-48.", "A spokesman declined to comment."][..],
        ),
        (
            "That is more than the GDP of the U.K. Only Microsoft comes close.",
            &[
                "That is more than the GDP of the U.K.",
                "Only Microsoft comes close.",
            ],
        ),
        (
            "The contract went to Lockheed Martin Corp. Boeing Co. had also bid.",
            &[
                "The contract went to Lockheed Martin Corp.",
                "Boeing Co. had also bid.",
            ],
        ),
        (
            "Meet us at 42nd St. Coffee will be provided.",
            &["Meet us at 42nd St.", "Coffee will be provided."],
        ),
        (
            "“该项目将于明年开工。”此事尚未得到官方证实。",
            &["“该项目将于明年开工。”", "此事尚未得到官方证实。"],
        ),
        (
            "“路修好了！”说着，他指了指门前的路。",
            &["“路修好了！”", "说着，他指了指门前的路。"],
        ),
        (
            "Welcome to Shanghai!这是我听到的第一句话。",
            &["Welcome to Shanghai!", "这是我听到的第一句话。"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "\"No,\" Warren told reporters on Friday.",
        "\"Who cares?\" Trump wrote on Truth Social.",
        "“到了就给家里打个电话。”他的母亲再三叮嘱。",
        "“双方已达成初步协议。”该公司的一位发言人证实。",
        "“你们怎么能这样？”一位家长当场质问校方。",
        "“什么？”张三猛地站起来，“你再说一遍！”",
        "“我不去。”他说着，伸出了右手。",
        "（二）申报材料 需加盖单位公章。",
        "实验12.测定空气中氧气的含量",
        "Samsung Electronics Co. Ltd. said profit rose.",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn reviews_forty_nine_to_fifty_one_listeners_labels_and_glued_exclamations() {
    for (text, want) in [
        (
            "Today we are joined by Dr. Emily Chen of M.I.T. CHEN: Thanks for having me.",
            &[
                "Today we are joined by Dr. Emily Chen of M.I.T.",
                "CHEN: Thanks for having me.",
            ][..],
        ),
        (
            "Tickets go on sale Friday!Don't miss it.",
            &["Tickets go on sale Friday!", "Don't miss it."],
        ),
        (
            "She read the note aloud: \"Meet me at noon.\" Kevin asked her to read it again.",
            &[
                "She read the note aloud: \"Meet me at noon.\"",
                "Kevin asked her to read it again.",
            ],
        ),
        (
            "“城市更新不能大拆大建。”这一点，住建部在去年的通知中就已明确指出。",
            &[
                "“城市更新不能大拆大建。”",
                "这一点，住建部在去年的通知中就已明确指出。",
            ],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "She auditioned for Hello!Project when she was twelve.",
        "\"I'm not worried!\" Collins assured investors in a letter on Monday.",
        "“你们这样做是违法的！”一位情绪激动的业主在现场大声质问物业公司负责人。",
        "“请把手机调成静音。”会议开始前，主持人提醒大家。",
        "“我们已经尽力了。”一位未透露姓名的官员坦承。",
        "“科技改变生活。”未来学家凯文·凯利在演讲中提到。",
        "She graduated from A.T. Still University in Kirksville.",
        "The 42nd St. Shuttle runs between Times Square and Grand Central.",
        "Access the column with df.A or df['A'] in pandas.",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn reviews_fifty_two_to_four_states_members_stops_pauses_and_asides() {
    for (text, want) in [
        (
            "He grew up in Fresno, Calif. Police said he left in 2010.",
            &[
                "He grew up in Fresno, Calif.",
                "Police said he left in 2010.",
            ][..],
        ),
        (
            "Patients came from India and the U.K. Mortality fell by 4.2%.",
            &[
                "Patients came from India and the U.K.",
                "Mortality fell by 4.2%.",
            ],
        ),
        (
            "He weighed 190 lbs. He was fit.",
            &["He weighed 190 lbs.", "He was fit."],
        ),
        (
            "She felt ill. Doctors said she would recover.",
            &["She felt ill.", "Doctors said she would recover."],
        ),
        (
            "Msgr. Kelly celebrated Mass. Fr. O'Brien assisted him.",
            &["Msgr. Kelly celebrated Mass.", "Fr. O'Brien assisted him."],
        ),
        (
            "Clone the repository from GitHub.Then follow the guide.",
            &[
                "Clone the repository from GitHub.",
                "Then follow the guide.",
            ],
        ),
        (
            "本期节目到此结束．感谢您的收看．我们下期再见！",
            &["本期节目到此结束．", "感谢您的收看．", "我们下期再见！"],
        ),
        (
            "本店特价商品售价仅为９．９元．欢迎选购！",
            &["本店特价商品售价仅为９．９元．", "欢迎选购！"],
        ),
        (
            "无语了。。。这都什么事啊",
            &["无语了。。。", "这都什么事啊"],
        ),
        (
            "我终于考上了（太开心了！）下周就开学。",
            &["我终于考上了（太开心了！）", "下周就开学。"],
        ),
        (
            "3.2 技术路线 本课题采用理论分析与数值模拟相结合的研究方法。",
            &[
                "3.2 技术路线",
                "本课题采用理论分析与数值模拟相结合的研究方法。",
            ],
        ),
        (
            "他一进门就大声喊了一句Hello!大家都笑了起来。",
            &["他一进门就大声喊了一句Hello!", "大家都笑了起来。"],
        ),
        (
            "\"Yes.\" Warren told the story again later.",
            &["\"Yes.\"", "Warren told the story again later."],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "The bill was signed by Calif. Gov. Gavin Newsom on Friday.",
        "She was treated at Mass. General Hospital in Boston.",
        "The baby weighed 7 lbs. 6 oz. at birth.",
        "He served in the U.S. Army during the war.",
        "Use String.Format or string interpolation, then pass it to Console.WriteLine.",
        "In C#, read DateTime.UtcNow for UTC.",
        "积着油垢的厨房后窗．是专供老妈子一里一外扯闲。",
        "这个嘛。。。不太好说。",
        "北京、上海、广州。。。都在名单上。",
        "这个问题嘛……我觉得很简单。",
        "关于这件事……其实我也不清楚。",
        "那天（真是倒霉透了！）我把钥匙弄丢了。",
        "他的话（“我不会走！”）让大家很感动。",
        "1.5 万人 参加了活动。",
        "0.9.0 thru 1.2 1991-1995 CWI yes",
        "英国消费者杂志Which?近日发布报告称，多款智能门铃存在安全漏洞。",
        "\"Why now?\" Dr. Patel asked the board, pointing to the budget shortfall.",
        "“欢迎大家来到杭州！”亚组委新闻发言人在开幕前夕举行的新闻发布会上向来自世界各地的媒体记者说道。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn reviews_fifty_five_to_seven_probes_genres_steps_and_dialogue() {
    for (text, want) in [
        (
            "We stayed for coffee after the Mass. The priest greeted everyone.",
            &[
                "We stayed for coffee after the Mass.",
                "The priest greeted everyone.",
            ][..],
        ),
        (
            "The virus has now spread to the U.S. Health officials urged calm.",
            &[
                "The virus has now spread to the U.S.",
                "Health officials urged calm.",
            ],
        ),
        (
            "He uploaded the video to YouTube.Users started commenting.",
            &[
                "He uploaded the video to YouTube.",
                "Users started commenting.",
            ],
        ),
        (
            "气死我了。。。又被放鸽子了。",
            &["气死我了。。。", "又被放鸽子了。"],
        ),
        (
            "教练只说了一个词：Go!队员们立刻冲了出去。",
            &["教练只说了一个词：Go!", "队员们立刻冲了出去。"],
        ),
        (
            "\"Are you sure?\" Kim asked the doctor quietly. The doctor nodded.",
            &[
                "\"Are you sure?\" Kim asked the doctor quietly.",
                "The doctor nodded.",
            ],
        ),
        (
            "The dataset is described by Zhang et al. Here we give a summary.",
            &[
                "The dataset is described by Zhang et al.",
                "Here we give a summary.",
            ],
        ),
        (
            "Ordered on Mon., arrived Wed. Packaging was fine.",
            &["Ordered on Mon., arrived Wed.", "Packaging was fine."],
        ),
        (
            "WBC was 14.2 x 10^9/L. CXR showed RLL consolidation.",
            &["WBC was 14.2 x 10^9/L.", "CXR showed RLL consolidation."],
        ),
        (
            "I installed it yesterday. npm install fails.",
            &["I installed it yesterday.", "npm install fails."],
        ),
        (
            "i bought this for my son. he loves it. 5 stars",
            &["i bought this for my son.", "he loves it.", "5 stars"],
        ),
        (
            "Step 1. Preheat the oven to 180°C. Step 2. Mix the flour and sugar.",
            &[
                "Step 1. Preheat the oven to 180°C.",
                "Step 2. Mix the flour and sugar.",
            ],
        ),
        (
            "步骤 1. 将黄油室温软化。步骤 2. 加入蛋液。",
            &["步骤 1. 将黄油室温软化。", "步骤 2. 加入蛋液。"],
        ),
        (
            "Wang et al. 在2020年首次提出了这一方法。该方法随后被广泛采用。",
            &[
                "Wang et al. 在2020年首次提出了这一方法。",
                "该方法随后被广泛采用。",
            ],
        ),
        (
            "“你听我说——”“我不听！”她捂着耳朵大喊。",
            &["“你听我说——”", "“我不听！”她捂着耳朵大喊。"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "Mass. Gov. Maura Healey said the shelters were full.",
        "The U.S. Capitol Police said the area had been secured.",
        "The U.S. Trade and Development Agency said so.",
        "Use DateTime.Now for local time and set Form.Text for the title.",
        "62 y.o. F presents with 3 days of productive cough.",
        "PRESIDENT JOHN F. KENNEDY SAID IT.",
        "\"Did you lock the door?\" Mom asked the kids as we pulled out of the driveway.",
        "“不忘初心，方得始终。”一直是他的座右铭。",
        "“你吃了吗？”往往是中国人见面时的第一句话。",
        "他想了想……还是没说出口。",
        "他居然——真是没想到！——拿了冠军。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn reviews_fifty_eight_to_sixty_capital_lists_commands_members_and_pauses() {
    for (text, want) in [
        (
            "I. Overview II. Installation III. Troubleshooting",
            &["I. Overview", "II. Installation", "III. Troubleshooting"][..],
        ),
        (
            "A. Background of the study B. Data and methods C. Main findings",
            &[
                "A. Background of the study",
                "B. Data and methods",
                "C. Main findings",
            ],
        ),
        (
            "Question 4. What is the capital of Peru? Question 5. Name two rivers.",
            &[
                "Question 4. What is the capital of Peru?",
                "Question 5. Name two rivers.",
            ],
        ),
        (
            "Homebrew is the easiest route on macOS. brew install wget does it.",
            &[
                "Homebrew is the easiest route on macOS.",
                "brew install wget does it.",
            ],
        ),
        (
            "The source code is on GitHub.Today we are releasing version 2.0.",
            &[
                "The source code is on GitHub.",
                "Today we are releasing version 2.0.",
            ],
        ),
        (
            "Hello world.Today is Tuesday.",
            &["Hello world.", "Today is Tuesday."],
        ),
        (
            "无语了...到底什么时候才能修好？",
            &["无语了...", "到底什么时候才能修好？"],
        ),
        ("好累啊……我先走了。", &["好累啊……", "我先走了。"]),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "John F. Kennedy met George G. Marshall.",
        "Dr. A. B. Singh joined St. Luke's Hospital in 2020.",
        "The first edition credits the author as J. R. R. TOLKIEN on the title page.",
        "Plaintiff MARY K. SMITH, a resident of Franklin County, filed the complaint.",
        "Image.Width and Dictionary.Keys are reported.",
        "Analysts tracked U.S. Oil prices closely through the winter.",
        "You can use a package manager, e.g. brew install wget.",
        "你知道“What's up?”是什么意思吗？",
        "我……我不知道。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn reviews_sixty_one_to_three_labels_context_replies_and_asking_pauses() {
    for (text, want) in [
        (
            "Step 1. Open the lid Step 2. Remove the filter",
            &["Step 1. Open the lid", "Step 2. Remove the filter"][..],
        ),
        (
            "My grades this term were A, B, and C. Not bad at all.",
            &["My grades this term were A, B, and C.", "Not bad at all."],
        ),
        (
            "The shipment goes to Warehouse B. UPS will pick it up.",
            &["The shipment goes to Warehouse B.", "UPS will pick it up."],
        ),
        (
            "该公司营收增长１２．５％．净利润同比下降３％．",
            &["该公司营收增长１２．５％．", "净利润同比下降３％．"],
        ),
        (
            "记者问：“您对今年的业绩满意吗？”他笑了笑，没有直接回答。",
            &[
                "记者问：“您对今年的业绩满意吗？”",
                "他笑了笑，没有直接回答。",
            ],
        ),
        (
            "他笑着说：“下不为例啊！”我连忙点头答应。",
            &["他笑着说：“下不为例啊！”", "我连忙点头答应。"],
        ),
        ("什么……？！你再说一遍！", &["什么……？！", "你再说一遍！"]),
        (
            "\"Enough!\" Mayor Brandon Johnson shouted as the crowd pressed toward the stage. Police escorted him out.",
            &[
                "\"Enough!\" Mayor Brandon Johnson shouted as the crowd pressed toward the stage.",
                "Police escorted him out.",
            ],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    assert_eq!(
        sentences("He hesitated... I waited."),
        ["He hesitated...", "I waited."]
    );
    assert_eq!(
        sentences("Mao Ning (毛宁) said talks would resume in the U.S. 她没有透露细节。"),
        [
            "Mao Ning (毛宁) said talks would resume in the U.S.",
            "她没有透露细节。"
        ]
    );
    for whole in [
        "Well... I suppose we could try.",
        "Well, I... I don't know.",
        "Sony Group Corp. 与 Honda Motor Co., Ltd. 已成立合资公司。",
        "Google I/O 2024 大会将于5月14日在 Mountain View, Calif. 举行。",
        "根据上级要求 各单位须于本周五前完成自查工作。",
        "市政府发布通知 要求各单位做好防汛准备工作。",
        "他笑了……笑得很开心。",
        "“你好。”曾经是最常用的问候语。",
        "\"Well... I suppose we could try,\" she said slowly.",
        "“这个嘛……”他挠了挠头，笑着说，“我再想想。”",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn reviews_sixty_eight_to_seventy_units_times_labels_roars_counts_and_asides() {
    for (text, want) in [
        (
            "The ceiling is only 7 ft. Make sure you measure.",
            &["The ceiling is only 7 ft.", "Make sure you measure."][..],
        ),
        (
            "A reception follows the 9 a.m. Mass in the hall. Mass is at 9 a.m. Confessions follow.",
            &[
                "A reception follows the 9 a.m. Mass in the hall.",
                "Mass is at 9 a.m.",
                "Confessions follow.",
            ],
        ),
        (
            "Great seller! P.S. The free stickers were a nice touch.",
            &["Great seller!", "P.S. The free stickers were a nice touch."],
        ),
        (
            "I called on a Sat. Overall, 4/5 stars.",
            &["I called on a Sat.", "Overall, 4/5 stars."],
        ),
        (
            "Ships from the U.K. Delivery to Canada took 10 days.",
            &["Ships from the U.K.", "Delivery to Canada took 10 days."],
        ),
        (
            "The lab is at 221 Baker St. Visitors must sign in.",
            &["The lab is at 221 Baker St.", "Visitors must sign in."],
        ),
        (
            "It went to Smith & Sons Ltd. Work begins in May.",
            &["It went to Smith & Sons Ltd.", "Work begins in May."],
        ),
        (
            "Rated 4.8 out of 5.Great value. The update broke my phone.iOS 17 is a mess.",
            &[
                "Rated 4.8 out of 5.",
                "Great value.",
                "The update broke my phone.",
                "iOS 17 is a mess.",
            ],
        ),
        (
            "Incubate for 24 h. E. coli K-12 was the control.",
            &["Incubate for 24 h.", "E. coli K-12 was the control."],
        ),
        (
            "欢迎使用 ChatBot!请输入您的问题.",
            &["欢迎使用 ChatBot!", "请输入您的问题."],
        ),
        (
            "他去了北京。（据说是为了工作。）之后再也没回来。",
            &["他去了北京。", "（据说是为了工作。）", "之后再也没回来。"],
        ),
        (
            "真是太好了...终于放假了！",
            &["真是太好了...", "终于放假了！"],
        ),
        (
            "“叮！”“打开礼包。”陈默在心里默念。",
            &["“叮！”", "“打开礼包。”陈默在心里默念。"],
        ),
        (
            "老板说：“今天早点下班。”大家欢呼起来。",
            &["老板说：“今天早点下班。”", "大家欢呼起来。"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "I'm 5 ft. 10 in. and the medium fits.",
        "Mt. St. Helens erupted in 1980.",
        "He taught in Fort St. James for a decade.",
        "List.Add appends an element.",
        "Steps: 1.Open the box 2.Remove the tray",
        "“滚！”林风怒吼一声，一拳砸在桌上。",
        "门口贴着“闲人免进！”几个红色大字。",
        "他想了想……终于点了点头。",
        "Yahoo!是一家美国公司。",
        "杂志Which?近日发布报告。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn reviews_seventy_one_to_three_postscripts_ordinals_acronyms_and_actions() {
    for (text, want) in [
        (
            "She ends her emails with a P.S. It drives her manager crazy.",
            &[
                "She ends her emails with a P.S.",
                "It drives her manager crazy.",
            ][..],
        ),
        (
            "Have a great trip! p.s. bring me back some chocolate.",
            &["Have a great trip!", "p.s. bring me back some chocolate."],
        ),
        (
            "The sale ends Sun. Don't miss it!",
            &["The sale ends Sun.", "Don't miss it!"],
        ),
        (
            "She toured the U.S. First she visited Boston.",
            &["She toured the U.S.", "First she visited Boston."],
        ),
        (
            "Do not freeze Buffer AL. Proteinase K is stable.",
            &["Do not freeze Buffer AL.", "Proteinase K is stable."],
        ),
        (
            "「明天你去台北一趟。」小陳點點頭，沒有多問。",
            &["「明天你去台北一趟。」", "小陳點點頭，沒有多問。"],
        ),
        (
            "這裡的風景真美呀……我們明年再來吧。",
            &["這裡的風景真美呀……", "我們明年再來吧。"],
        ),
        (
            "第三章 他醒来的时候，天已经亮了。",
            &["第三章", "他醒来的时候，天已经亮了。"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "P.S. I Love You is a 2007 film.",
        "Patton commanded the U.S. Third Army in France.",
        "Smith et al. Proteinase K was used.",
        "Median follow-up was 14.5 mo. (IQR 9.2–20.1).",
        "The mixture was quenched with sat. aq. NH4Cl.",
        "Man charged in ST. LOUIS, Mo. on Tuesday.",
        "「又要下雨了。」阿嬤望著窗外念叨著。",
        "“冲啊！”战士们高喊着冲上了山头。",
        "“我不管！”他吼完就摔门走了。",
        "“How are you?”是英语中最常见的问候语之一。",
        "你知道What's up?是什么意思吗？",
        "本文共分五章，第一章 介绍研究背景，第二章 综述相关研究。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn reviews_seventy_four_to_six_streets_cheers_silences_and_short_quotations() {
    for (text, want) in [
        (
            "The clinic is on Harbor Dr. It is open daily.",
            &["The clinic is on Harbor Dr.", "It is open daily."][..],
        ),
        (
            "The clinic is on Harbor Dr. Dr. Lee works there.",
            &["The clinic is on Harbor Dr.", "Dr. Lee works there."],
        ),
        (
            "She lives at 5 Church St. St. Mary's is across the road.",
            &[
                "She lives at 5 Church St.",
                "St. Mary's is across the road.",
            ],
        ),
        (
            "Registration closes Wed. Late entries will not be accepted.",
            &[
                "Registration closes Wed.",
                "Late entries will not be accepted.",
            ],
        ),
        (
            "老板说：“今天早点下班。”大家欢呼起来。",
            &["老板说：“今天早点下班。”", "大家欢呼起来。"],
        ),
        (
            "“这事你别管。”我没敢再问。",
            &["“这事你别管。”", "我没敢再问。"],
        ),
        (
            "“我们分手吧。”听她说完，他整个人都愣住了。",
            &["“我们分手吧。”", "听她说完，他整个人都愣住了。"],
        ),
        ("好累哦……我先睡了。", &["好累哦……", "我先睡了。"]),
        (
            "“大家好！”现场一片欢呼。",
            &["“大家好！”", "现场一片欢呼。"],
        ),
        (
            "\"Wait. Stop.\" She turned around.",
            &["\"Wait. Stop.\"", "She turned around."],
        ),
        (
            "\"We are very happy with the result. The team worked hard for months,\" he said.",
            &[
                "\"We are very happy with the result.",
                "The team worked hard for months,\" he said.",
            ],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "We met Dr. He Jiankui in Shenzhen.",
        "“快进来，外面冷。”她一边说一边把门打开。",
        "“告辞。”他说罢拱了拱手，转身离去。",
        "“爸爸回来了！”孩子们欢呼着跑向门口。",
        "他大喊“救命！”跑出了房间。",
        "他呀……就是嘴硬心软。",
        "叶文洁：哦……伊文斯怎么样了？",
        "「你聽說了嗎？『他回來了！』」她激動地說。",
        "The fans kept shouting \"Go! Go! Go!\" until the final whistle.",
        "The sign said \"Stop. Look. Listen.\" in three languages.",
        "He read the note (\"Back soon. Don't wait.\") and sighed.",
        "\"Go home. Sleep. Eat something,\" the doctor told him.",
        "“吃了吗！”曾是老北京人见面时的问候语。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn reviews_seventy_seven_to_nine_docs_addresses_name_openers_and_nesting() {
    for (text, want) in [
        (
            "Install the SDK. .NET 8 requires Visual Studio.",
            &["Install the SDK.", ".NET 8 requires Visual Studio."][..],
        ),
        (
            "Restart the shell. /usr/local/bin must be on your PATH.",
            &["Restart the shell.", "/usr/local/bin must be on your PATH."],
        ),
        (
            "Run the tests. pytest will find them. Thanks! npm ci fixed it.",
            &[
                "Run the tests.",
                "pytest will find them.",
                "Thanks!",
                "npm ci fixed it.",
            ],
        ),
        (
            "Our office is at 1200 Oak Dr. Parking is free.",
            &["Our office is at 1200 Oak Dr.", "Parking is free."],
        ),
        (
            "It was granted to Widget Corp. Early prototypes were built in a garage.",
            &[
                "It was granted to Widget Corp.",
                "Early prototypes were built in a garage.",
            ],
        ),
        (
            "My flight lands at 9 A.M. Dr. Rivera will meet me.",
            &["My flight lands at 9 A.M.", "Dr. Rivera will meet me."],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "He paused . . . and went on.",
        "Her motto, \"Work hard. Be kind.\", hangs above her desk.",
        "Her reply—\"No. Never.\"—ended the discussion.",
        "It occurred on Martin Luther King Jr. Dr. near the park.",
        "Tickets for the 11 p.m. Late Show are sold out.",
        "The U.S. Early Childhood program grew.",
        "她一边笑着说：“欢迎回家！”一边接过了我手里的行李。",
        "「你知道他最後說了什麼嗎？他說『我不後悔！』」阿明低聲問。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn reviews_eighty_to_two_short_quotations_chapters_paths_and_named_quotations() {
    for (text, want) in [
        (
            "He read the sign aloud: \"Closed. Back at 5.\" Then he sat on the curb.",
            &[
                "He read the sign aloud: \"Closed. Back at 5.\"",
                "Then he sat on the curb.",
            ][..],
        ),
        (
            "“Come in. Sit down,” said Dr. Lee. “We need to talk.”",
            &["“Come in. Sit down,” said Dr. Lee.", "“We need to talk.”"],
        ),
        (
            "It belongs in the Premier League,\" he said. \"It is not easy.",
            &[
                "It belongs in the Premier League,\" he said.",
                "\"It is not easy.",
            ],
        ),
        (
            "Check the permissions. ../shared/ must be writable.",
            &["Check the permissions.", "../shared/ must be writable."],
        ),
        (
            "Install the hooks. pre-commit run checks every file.",
            &["Install the hooks.", "pre-commit run checks every file."],
        ),
        (
            "She joined the board of Foo Bar Co. Late Monday the company confirmed it.",
            &[
                "She joined the board of Foo Bar Co.",
                "Late Monday the company confirmed it.",
            ],
        ),
        (
            "CHAPTER XIV Mr. Darcy did not call the next day.",
            &["CHAPTER XIV", "Mr. Darcy did not call the next day."],
        ),
        (
            "Chapter 12 The rain had not stopped.",
            &["Chapter 12", "The rain had not stopped."],
        ),
        (
            "3.加强组织实施 各地区各部门要制定具体措施。",
            &["3.加强组织实施", "各地区各部门要制定具体措施。"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "\"No. Not today,\" he said, and closed the door.",
        "Lt. Gen. Jubal A. Early led the raid in 1864.",
        "\"Stop!\" Harry yelped.",
        "Chapter 12 is the longest one.",
        "这批产品外包装上印有“Made in U.S.A.”字样。",
        "“我太难了！”曾入选年度十大流行语。",
        "網路熱議「年輕人還買得起房嗎？」這個話題。",
        "“我们一定会回来的。”三年前离开时，队员们这样对村民承诺。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn reviews_eighty_three_to_five_commas_chapters_files_and_named_quotations() {
    for (text, want) in [
        (
            "That was the last time I saw him. CHAPTER 13 The funeral was on a Friday.",
            &[
                "That was the last time I saw him.",
                "CHAPTER 13",
                "The funeral was on a Friday.",
            ][..],
        ),
        (
            "EPILOGUE Ten years later, the farm was sold.",
            &["EPILOGUE", "Ten years later, the farm was sold."],
        ),
        (
            "The file lives in the root folder. config.json must be valid JSON.",
            &[
                "The file lives in the root folder.",
                "config.json must be valid JSON.",
            ],
        ),
        (
            "Close the editor. python3 manage.py migrate applies them.",
            &[
                "Close the editor.",
                "python3 manage.py migrate applies them.",
            ],
        ),
        (
            "他说：“我累了。”曾经那个意气风发的少年，已经不见了。",
            &["他说：“我累了。”", "曾经那个意气风发的少年，已经不见了。"],
        ),
        (
            "“不后悔。”曾经的队友如今大多已经退役。",
            &["“不后悔。”", "曾经的队友如今大多已经退役。"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "\"Good morning. Tickets, please,\" said the conductor.",
        "Use e.g. the default setting.",
        "“我爱你！”这三个字，他整整憋了十年。",
        "“我想回家。”这个念头在他心里转了一整夜。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn reviews_eighty_six_to_eight_citations_dialogue_chapters_and_faltering() {
    for (text, want) in [
        (
            "The door closed. Chapter 5 \"Who's there?\" she asked.",
            &[
                "The door closed.",
                "Chapter 5",
                "\"Who's there?\" she asked.",
            ][..],
        ),
        (
            "Msgr. Kelly celebrated Mass. Fr. O'Brien assisted him.",
            &["Msgr. Kelly celebrated Mass.", "Fr. O'Brien assisted him."],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "See Order Granting Mot. to Compel, Dkt. No. 45, at 3.",
        "U.S. Const. amend. XIV, § 1.",
        "The court adopted Restatement (Second) of Torts § 402A cmt. i (Am. Law Inst. 1965).",
        "Results were published in N. Engl. J. Med. in 2021.",
        "See Fla. Stat. § 768.81.",
        "“可是……”她欲言又止。",
        "“别走！”她哀求。",
        "“为什么偏偏是我？”这个疑问伴随了她整个童年。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn reviews_eighty_nine_to_ninety_one_forum_questions_and_chapter_dialogue() {
    for (text, want) in [
        (
            "does this work on linux? the docs only mention windows.",
            &["does this work on linux?", "the docs only mention windows."][..],
        ),
        (
            "It was replicated by Nguyen et al. Further work focused on adults.",
            &[
                "It was replicated by Nguyen et al.",
                "Further work focused on adults.",
            ],
        ),
        (
            "第三章 “你终于来了。”老人说。",
            &["第三章", "“你终于来了。”老人说。"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    // Code's ternaries and a question in a capitalised sentence go on.
    for whole in [
        "return { url: parentURL ? new URL(specifier) : null };",
        "He asked why? and left.",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn reviews_ninety_two_to_four_citations_answers_streets_lists_and_chapter_titles() {
    for (text, want) in [
        (
            "It was reported in J. Am. Chem. Soc. 2015, 137, 1234. We repeated it.",
            &[
                "It was reported in J. Am. Chem. Soc. 2015, 137, 1234.",
                "We repeated it.",
            ][..],
        ),
        (
            "The trial was reported in Ann. Intern. Med. It enrolled 1,200 patients.",
            &[
                "The trial was reported in Ann. Intern. Med.",
                "It enrolled 1,200 patients.",
            ],
        ),
        (
            "The claim is governed by N.Y. Gen. Bus. Law § 349. Plaintiffs allege fraud.",
            &[
                "The claim is governed by N.Y. Gen. Bus. Law § 349.",
                "Plaintiffs allege fraud.",
            ],
        ),
        (
            "该研究刊登在N. Engl. J. Med.上。研究共纳入了1200名患者。",
            &[
                "该研究刊登在N. Engl. J. Med.上。",
                "研究共纳入了1200名患者。",
            ],
        ),
        (
            "Did the patch fix it? No. A later version did.",
            &["Did the patch fix it?", "No.", "A later version did."],
        ),
        (
            "The shooting happened near Main St. Police closed the area.",
            &[
                "The shooting happened near Main St.",
                "Police closed the area.",
            ],
        ),
        (
            "The rights went to Warner Bros. Discovery Inc. Terms of the deal were not made public.",
            &[
                "The rights went to Warner Bros. Discovery Inc.",
                "Terms of the deal were not made public.",
            ],
        ),
        (
            "is there a way to export it? i can't find it anywhere",
            &["is there a way to export it?", "i can't find it anywhere"],
        ),
        (
            "第二十回 却说宋江在山上住了几日，心中好生烦闷。",
            &["第二十回", "却说宋江在山上住了几日，心中好生烦闷。"],
        ),
        (
            "第九回 「哥哥，且慢！」李逵大叫一聲。",
            &["第九回", "「哥哥，且慢！」李逵大叫一聲。"],
        ),
        (
            "“我……”她咬着嘴唇，半天才憋出一句话，“对不起。”他愣住了。",
            &[
                "“我……”她咬着嘴唇，半天才憋出一句话，“对不起。”",
                "他愣住了。",
            ],
        ),
        (
            "正如他所说：“Imagination is more important than knowledge.”（想象力比知识更重要。）这句话激励了我。",
            &[
                "正如他所说：“Imagination is more important than knowledge.”（想象力比知识更重要。）",
                "这句话激励了我。",
            ],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    // Initials, titles and words in capitals after a sentence's end are no journal's
    // name; a list numbered after a Chinese colon or semicolon runs in its sentence.
    for (text, want) in [
        (
            "The film was produced by Steven Spielberg. J. J. Abrams directed it.",
            &[
                "The film was produced by Steven Spielberg.",
                "J. J. Abrams directed it.",
            ][..],
        ),
        (
            "他的老师是Mr. Brown.他很严格。",
            &["他的老师是Mr. Brown.", "他很严格。"],
        ),
        ("OUT. OF. THE. BOX!", &["OUT.", "OF.", "THE.", "BOX!"]),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "楼主可以试试以下方法：1. 清理浏览器缓存；2. 换个浏览器；3. 重启路由器。",
        "作者在第二章“何以为家……”一节中回忆了自己的童年。",
        "她张了张嘴……终究什么也没说。",
        "No. 5 was the fastest car.",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn reviews_ninety_five_to_one_hundred_runs_zones_credits_and_glosses() {
    for (text, want) in [
        (
            "Training was moved back to the U.S. Gen. Ellis said the change would help.",
            &[
                "Training was moved back to the U.S.",
                "Gen. Ellis said the change would help.",
            ][..],
        ),
        (
            "SQLite is written in C. Unlike most databases, it is serverless.",
            &[
                "SQLite is written in C.",
                "Unlike most databases, it is serverless.",
            ],
        ),
        (
            "The quake struck at 4:17 a.m. Local residents said it lasted a minute.",
            &[
                "The quake struck at 4:17 a.m.",
                "Local residents said it lasted a minute.",
            ],
        ),
        (
            "A spokesman said it was \"working closely with the authorities.\" (Reporting by Tim Hepher)",
            &[
                "A spokesman said it was \"working closely with the authorities.\"",
                "(Reporting by Tim Hepher)",
            ],
        ),
        (
            "Traffic was diverted away from Main St. Drivers should expect delays.",
            &[
                "Traffic was diverted away from Main St.",
                "Drivers should expect delays.",
            ],
        ),
        (
            "i upgraded to ubuntu 24.04. it boots way faster now",
            &["i upgraded to ubuntu 24.04.", "it boots way faster now"],
        ),
        (
            "“感谢大家的支持！”（掌声）接下来，请欣赏歌舞表演。",
            &["“感谢大家的支持！”（掌声）", "接下来，请欣赏歌舞表演。"],
        ),
        (
            "他说：“我们欢迎竞争。”随后，他又用中文重复了一遍。",
            &["他说：“我们欢迎竞争。”", "随后，他又用中文重复了一遍。"],
        ),
        (
            "“你去吗？”“还用说？当然去！”两个人笑了起来。",
            &["“你去吗？”", "“还用说？当然去！”", "两个人笑了起来。"],
        ),
        (
            "第一百二十回 甄士隐详说太虚情 贾雨村归结红楼梦 话说宝钗听秋纹说袭人不好。",
            &[
                "第一百二十回 甄士隐详说太虚情 贾雨村归结红楼梦",
                "话说宝钗听秋纹说袭人不好。",
            ],
        ),
        (
            "第三章 法律责任 第二十条 违反本办法规定的，由有关部门责令改正。",
            &[
                "第三章 法律责任",
                "第二十条 违反本办法规定的，由有关部门责令改正。",
            ],
        ),
        (
            "网友纷纷留言：“终于等到了！”“太好了！”据悉，全程只需3小时。",
            &[
                "网友纷纷留言：“终于等到了！”“太好了！”",
                "据悉，全程只需3小时。",
            ],
        ),
        (
            "上半场结束时比分为1：0. 下半场双方各进一球。",
            &["上半场结束时比分为1：0.", "下半场双方各进一球。"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "I urge readers to call our U.S. Rep. Mike Lawler today.",
        "U.S. Sen. Ted Cruz said it.",
        "See Annu. Rev. Ecol. Evol. Syst. 46:1–23 for a survey.",
        "Lancet Infect. Dis. and Clin. Microbiol. Infect. both carried the report.",
        "It starts at 5 a.m. Eastern time on Monday.",
        "He taught school in Fort St. James for a decade.",
        "Mt. St. Helens erupted in 1980.",
        "音乐剧《妈妈咪呀！》（Mamma Mia!）中文版将于7月上演。",
        "“一切都会好起来的。”（All will be well.）他在信的结尾写道。",
        "The Rt. Hon. Keir Starmer MP addressed the House.",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn reviews_one_hundred_one_to_three_zones_brackets_numbers_and_quotation_lists() {
    for (text, want) in [
        (
            "Flights resumed at 5:40 a.m. Pacific Airlines said it had cleared the backlog.",
            &[
                "Flights resumed at 5:40 a.m.",
                "Pacific Airlines said it had cleared the backlog.",
            ][..],
        ),
        (
            "The spokesman called it \"deeply flawed.\" (See related story on page 6.)",
            &[
                "The spokesman called it \"deeply flawed.\"",
                "(See related story on page 6.)",
            ],
        ),
        (
            "Counsel called it \"binding.\" (Doc. 14 at 3.) The court disagreed.",
            &[
                "Counsel called it \"binding.\" (Doc. 14 at 3.)",
                "The court disagreed.",
            ],
        ),
        (
            "my card is a 3080. it handles 4k fine",
            &["my card is a 3080.", "it handles 4k fine"],
        ),
        (
            "put overrides in .env.local. it takes precedence",
            &["put overrides in .env.local.", "it takes precedence"],
        ),
        (
            "The event starts at 9 a.m.活动地点在一楼大厅。",
            &["The event starts at 9 a.m.", "活动地点在一楼大厅。"],
        ),
        (
            "妈妈叮嘱我：“路上注意安全。”我答应了一声就出门了。",
            &["妈妈叮嘱我：“路上注意安全。”", "我答应了一声就出门了。"],
        ),
        (
            "（1）“人人都是安全员。”（2）“安全无小事。”",
            &["（1）“人人都是安全员。”", "（2）“安全无小事。”"],
        ),
        (
            "妈妈在楼下喊：“吃饭啦！”“来了！”弟弟在房间里应道。",
            &["妈妈在楼下喊：“吃饭啦！”", "“来了！”弟弟在房间里应道。"],
        ),
        (
            "第三编 合同 第一分编 通则 第一章 一般规定",
            &["第三编 合同", "第一分编 通则", "第一章 一般规定"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "It airs at 8 p.m. Central European Time on Fridays.",
        "step 2. it asks for a password, just leave it blank",
        "As reported in Angew. Chem. Int. Ed. 2018, 57, 1234, the catalyst is stable.",
        "视频发布后，网友纷纷留言：“太感人了！”“看哭了！”“这才是真正的英雄！”",
        "Vaswani et al.在2017年提出了Transformer架构。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn reviews_one_hundred_four_to_six_acronyms_titles_zones_and_particles() {
    for (text, want) in [
        (
            "Vitamin D was measured by LC-MS/MS. Deficiency was defined as low.",
            &[
                "Vitamin D was measured by LC-MS/MS.",
                "Deficiency was defined as low.",
            ][..],
        ),
        (
            "just flashed the bios to f12. it fixed the boot loop",
            &["just flashed the bios to f12.", "it fixed the boot loop"],
        ),
        (
            "votes are cast on Nov. What time is the rally?",
            &["votes are cast on Nov.", "What time is the rally?"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "Marshall v. Jerrico, Inc. (citing Ward v. Village of Monroeville, 409 U.S. 57 (1972)).",
        "Pfc. Daniel Ortiz, 19, of El Paso, Texas, died Sunday in a training accident.",
        "Voting ends at 10 p.m. Central European Summer Time (CEST), the commission said.",
        "Trading opened at 9:30 a.m. New York time, and the dollar weakened.",
        "It was called \"plainly unreasonable.\" (Slip op. at 9.)",
        "他“哼！”了一声，扭头就走。",
        "孩子们“哇！”地叫出声来，争先恐后地挤到窗前。",
        "In Chinese, “吃了吗？” is less a question than a greeting.",
        "消息一出，网友们纷纷评论：“终于等到了！”“太不容易了！”“必须支持！”",
        "「我……我真的不是故意的。」小男孩低著頭，小聲地辯解。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
    // A word with no vowel before a name is no title unless the name is full.
    assert_eq!(
        sentences("He said it rhymes with Twp and Pwp. For readers outside Wales, twp means daft."),
        [
            "He said it rhymes with Twp and Pwp.",
            "For readers outside Wales, twp means daft."
        ]
    );
}

#[test]
fn reviews_one_hundred_seven_to_nine_titles_zones_records_and_topics() {
    for (text, want) in [
        (
            "The match ended at 11 p.m. Game time had been pushed back twice.",
            &[
                "The match ended at 11 p.m.",
                "Game time had been pushed back twice.",
            ][..],
        ),
        (
            "Hmph. Sarah Jessica Parker wore it better.",
            &["Hmph.", "Sarah Jessica Parker wore it better."],
        ),
        (
            "Mahomes threw for 320 yds. and 3 TDs. The Chiefs improved to 11-2.",
            &[
                "Mahomes threw for 320 yds. and 3 TDs.",
                "The Chiefs improved to 11-2.",
            ],
        ),
        (
            "It was \"regrettable.\" (Pl.'s Br. 7.) But she argues it was harmless.",
            &[
                "It was \"regrettable.\" (Pl.'s Br. 7.)",
                "But she argues it was harmless.",
            ],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "The medal was pinned on SSgt. Amanda Reyes during a ceremony.",
        "The retreat will be led by Br. Michael Tran, a friar.",
        "The webinar starts at 3 p.m. Indian Standard Time (IST).",
        "说起那段日子……真是一言难尽。",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

#[test]
fn reviews_one_hundred_thirty_one_to_three_units_after_han_refusals_and_answers() {
    for (text, want) in [
        (
            "本周气温持续走低.预计最低气温降至-3.5℃!请注意保暖.",
            &["本周气温持续走低.", "预计最低气温降至-3.5℃!", "请注意保暖."][..],
        ),
        (
            "票价为2.5元.3岁以下儿童免票.",
            &["票价为2.5元.", "3岁以下儿童免票."],
        ),
        (
            "“一切都在掌控之中。”经理告诉客户。可客户并不相信。",
            &["“一切都在掌控之中。”经理告诉客户。", "可客户并不相信。"],
        ),
        (
            "“你到底去不去？”他懒得回答，低头继续玩手机。",
            &["“你到底去不去？”", "他懒得回答，低头继续玩手机。"],
        ),
        (
            "“这是谁干的？”正是那个平时最老实的学生。",
            &["“这是谁干的？”", "正是那个平时最老实的学生。"],
        ),
        (
            "“大家好！”走红毯的明星们纷纷挥手致意。",
            &["“大家好！”", "走红毯的明星们纷纷挥手致意。"],
        ),
        (
            "“我真的会谢！”登上了微博热搜榜首。",
            &["“我真的会谢！”登上了微博热搜榜首。"],
        ),
        (
            "Happy birthday, Anna! <3 See you Saturday.",
            &["Happy birthday, Anna! <3", "See you Saturday."],
        ),
        (
            "price dropped to $899. grabbed one this morning",
            &["price dropped to $899.", "grabbed one this morning"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_one_hundred_twenty_eight_to_thirty_names_calls_and_faces_with_arms() {
    for (text, want) in [
        (
            "Argentina: 23 E. Martínez; 26 N. Molina, 13 C. Romero, 10 L. Messi.",
            &["Argentina: 23 E. Martínez; 26 N. Molina, 13 C. Romero, 10 L. Messi."][..],
        ),
        (
            "The compressor is rated at 20 A. Smith Electric installed it.",
            &[
                "The compressor is rated at 20 A.",
                "Smith Electric installed it.",
            ],
        ),
        (
            "Call np.matrix(data).A to get a plain ndarray.",
            &["Call np.matrix(data).A to get a plain ndarray."],
        ),
        (
            "The update broke my build. ¯\\_(ツ)_/¯ Rolling back for now.",
            &[
                "The update broke my build. ¯\\_(ツ)_/¯",
                "Rolling back for now.",
            ],
        ),
        (
            "周末又要加班。_(:3」∠)_ 一点都不想动。",
            &["周末又要加班。_(:3」∠)_", "一点都不想动。"],
        ),
        (
            "“快回家吧。”村口的老人催促孩子们。",
            &["“快回家吧。”村口的老人催促孩子们。"],
        ),
        (
            "“我们还没有赢。”瓜迪奥拉在赛前发布会上提醒球员。",
            &["“我们还没有赢。”瓜迪奥拉在赛前发布会上提醒球员。"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_one_hundred_twenty_five_to_seven_measured_symbols_and_plural_listeners() {
    for (text, want) in [
        (
            "In 1962 A. Lindqvist proposed the model.",
            &["In 1962 A. Lindqvist proposed the model."][..],
        ),
        (
            "Top seed A. Rublev beat No. 6 C. Ruud in straight sets.",
            &["Top seed A. Rublev beat No. 6 C. Ruud in straight sets."],
        ),
        (
            "See Johnson v. Riley, 123 F. App'x 456.",
            &["See Johnson v. Riley, 123 F. App'x 456."],
        ),
        (
            "The mixture was kept at 4 C. Samples were then spun.",
            &["The mixture was kept at 4 C.", "Samples were then spun."],
        ),
        (
            "Set aside 2 tbsp. Stir the rest into the rice.",
            &["Set aside 2 tbsp.", "Stir the rest into the rice."],
        ),
        (
            "The app is free (with ads).A premium version costs more.",
            &[
                "The app is free (with ads).",
                "A premium version costs more.",
            ],
        ),
        (
            "论文交上去了！ヽ(✿ﾟ▽ﾟ)ノ 结果还要再改。",
            &["论文交上去了！ヽ(✿ﾟ▽ﾟ)ノ", "结果还要再改。"],
        ),
        (
            "“目标是碳达峰。”该公司CEO张明在接受《财经》采访时说，“这不是口号。”",
            &["“目标是碳达峰。”该公司CEO张明在接受《财经》采访时说，“这不是口号。”"],
        ),
        (
            "“明早七点集合。”导游告诉团友们。",
            &["“明早七点集合。”导游告诉团友们。"],
        ),
        (
            "“快过来吃饭！”奶奶招呼孙子们。",
            &["“快过来吃饭！”奶奶招呼孙子们。"],
        ),
        (
            "主持人宣布：“冠军是三班！”全场齐声喝彩。",
            &["主持人宣布：“冠军是三班！”", "全场齐声喝彩。"],
        ),
        (
            "“谁来回答？”教室里没有一个人接话。",
            &["“谁来回答？”", "教室里没有一个人接话。"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_one_hundred_twenty_two_to_four_symbols_spoons_posts_and_telling() {
    for (text, want) in [
        (
            "The sample was heated to 450 K. Pressure was held at 2.5 atm.",
            &[
                "The sample was heated to 450 K.",
                "Pressure was held at 2.5 atm.",
            ][..],
        ),
        (
            "Visit us at 1200 E. Main St. in Mesa.",
            &["Visit us at 1200 E. Main St. in Mesa."],
        ),
        (
            "It is 872 F. Supp. 2d 974.",
            &["It is 872 F. Supp. 2d 974."],
        ),
        (
            "Whisk in 1 tsp. Vanilla and a pinch of salt.",
            &["Whisk in 1 tsp. Vanilla and a pinch of salt."],
        ),
        (
            "Add 2 tbsp. The rest goes in later.",
            &["Add 2 tbsp.", "The rest goes in later."],
        ),
        (
            "The canoe weighs 42 lb. Mark carried it alone.",
            &["The canoe weighs 42 lb.", "Mark carried it alone."],
        ),
        (
            "At 5 ft. 2 in. she was the shortest player.",
            &["At 5 ft. 2 in. she was the shortest player."],
        ),
        (
            "“这个价格太离谱了吧？”一位网友在评论区留言。",
            &["“这个价格太离谱了吧？”一位网友在评论区留言。"],
        ),
        (
            "她在朋友圈写道：“今天退休了。”很多老同事纷纷点赞留言。",
            &["她在朋友圈写道：“今天退休了。”", "很多老同事纷纷点赞留言。"],
        ),
        ("“好！”全场观众齐声喝彩。", &["“好！”全场观众齐声喝彩。"]),
        (
            "“这把伞是谁的？”门卫举着伞问了一圈，没有人认领。",
            &["“这把伞是谁的？”门卫举着伞问了一圈，没有人认领。"],
        ),
        (
            "“这房子有人看过吗？”我向小区门口的保安打听。",
            &["“这房子有人看过吗？”我向小区门口的保安打听。"],
        ),
        (
            "“请注意安全！”带队老师一再叮嘱同学们。",
            &["“请注意安全！”带队老师一再叮嘱同学们。"],
        ),
        (
            "“今年的草莓特别甜！”摊主告诉记者，今年亩产提高了两成。",
            &["“今年的草莓特别甜！”", "摊主告诉记者，今年亩产提高了两成。"],
        ),
        (
            "“家里有人吗？”始终无人应答。",
            &["“家里有人吗？”", "始终无人应答。"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_one_hundred_nineteen_to_twenty_one_units_brackets_and_the_ones_asked() {
    for (text, want) in [
        (
            "It lives at 3,400 m. \"It's tiny,\" said Dr. Ana Quispe.",
            &[
                "It lives at 3,400 m.",
                "\"It's tiny,\" said Dr. Ana Quispe.",
            ][..],
        ),
        (
            "【叮！恭喜宿主完成新手任务。】苏辰愣了一下。",
            &["【叮！恭喜宿主完成新手任务。】", "苏辰愣了一下。"],
        ),
        (
            "dissolve 2 tbsp. honey in the warm water. then add the yeast",
            &[
                "dissolve 2 tbsp. honey in the warm water.",
                "then add the yeast",
            ],
        ),
        (
            "battery at 87%. charging stops at 80 now",
            &["battery at 87%.", "charging stops at 80 now"],
        ),
        (
            "\"Whose coat is this?\" Mrs. Lin asked the children lined up by the door.",
            &["\"Whose coat is this?\" Mrs. Lin asked the children lined up by the door."],
        ),
        (
            "\"Where's Mom?\" Jake asked his older sister as soon as he got home.",
            &["\"Where's Mom?\" Jake asked his older sister as soon as he got home."],
        ),
        (
            "\"Is this seat taken?\" 王先生 asked the woman next to him.",
            &["\"Is this seat taken?\" 王先生 asked the woman next to him."],
        ),
        (
            "“Need help?”志愿者小李主动问迷路的外国游客。",
            &["“Need help?”志愿者小李主动问迷路的外国游客。"],
        ),
        (
            "“收到投诉。”该工作人员同时提醒消费者，购卡时要多留个心眼。",
            &[
                "“收到投诉。”",
                "该工作人员同时提醒消费者，购卡时要多留个心眼。",
            ],
        ),
        (
            "“你后悔吗？”从来没有人这样问过她。",
            &["“你后悔吗？”", "从来没有人这样问过她。"],
        ),
        (
            "“谁是凶手？”是整部小说最大的悬念。",
            &["“谁是凶手？”是整部小说最大的悬念。"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_one_hundred_sixteen_to_eighteen_forum_versions_listeners_and_named_questions() {
    for (text, want) in [
        (
            "i'm on debian 12 with kernel 6.1.0-18. wifi drops every few minutes.",
            &[
                "i'm on debian 12 with kernel 6.1.0-18.",
                "wifi drops every few minutes.",
            ][..],
        ),
        (
            "same issue on macOS 14.1 (M2). downgrading fixed it",
            &["same issue on macOS 14.1 (M2).", "downgrading fixed it"],
        ),
        ("step 2. wifi settings", &["step 2. wifi settings"]),
        (
            "\"Stay calm!\" Officer Grant told the group gathered near the fountain. It worked.",
            &[
                "\"Stay calm!\" Officer Grant told the group gathered near the fountain.",
                "It worked.",
            ],
        ),
        (
            "\"Is it safe?\" Zhang Min asked the hotel staff. They said it was.",
            &[
                "\"Is it safe?\" Zhang Min asked the hotel staff.",
                "They said it was.",
            ],
        ),
        (
            "\"Who's there?\" Martha told me later that she had been terrified.",
            &[
                "\"Who's there?\"",
                "Martha told me later that she had been terrified.",
            ],
        ),
        (
            "“请问是李女士吗？”听筒里传来一个沙哑的男声。",
            &["“请问是李女士吗？”听筒里传来一个沙哑的男声。"],
        ),
        (
            "“Where is the station?”一位游客用英语问路边的民警。",
            &["“Where is the station?”一位游客用英语问路边的民警。"],
        ),
        (
            "“还疼吗？”他从来没有这样问过我。",
            &["“还疼吗？”", "他从来没有这样问过我。"],
        ),
        (
            "“为什么是我？”是每个病人最先冒出的念头。",
            &["“为什么是我？”是每个病人最先冒出的念头。"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_one_hundred_thirteen_to_fifteen_audiences_denials_faces_and_glued_items() {
    for (text, want) in [
        (
            "\"What a day for our city!\" Mayor Daniel Kwan told a cheering crowd. The line opens.",
            &[
                "\"What a day for our city!\" Mayor Daniel Kwan told a cheering crowd.",
                "The line opens.",
            ][..],
        ),
        (
            "\"Yes.\" Warren told a story about his youth.",
            &["\"Yes.\"", "Warren told a story about his youth."],
        ),
        (
            "“你吃了吗？”他并没有再追问。",
            &["“你吃了吗？”", "他并没有再追问。"],
        ),
        ("“走吧！”他头也不抬地说。", &["“走吧！”他头也不抬地说。"]),
        (
            "“小囡，快起来喝粥。”她隔着门帘唤我。",
            &["“小囡，快起来喝粥。”她隔着门帘唤我。"],
        ),
        (
            "“就这么定了！”他转身走向过道。",
            &["“就这么定了！”", "他转身走向过道。"],
        ),
        ("“谢谢。”她轻声道。", &["“谢谢。”她轻声道。"]),
        (
            "“Hello？”电话那头传来一个陌生的女声。",
            &["“Hello？”电话那头传来一个陌生的女声。"],
        ),
        (
            "“明天会更好吗？”是很多年轻人心中的疑问。",
            &["“明天会更好吗？”是很多年轻人心中的疑问。"],
        ),
        ("“谁赢了？”是中国队。", &["“谁赢了？”", "是中国队。"]),
        (
            "本次“谁是卧底？”线下游戏大赛即将截止报名。",
            &["本次“谁是卧底？”线下游戏大赛即将截止报名。"],
        ),
        (
            "“绝绝子！”一度刷屏各大社交平台。",
            &["“绝绝子！”一度刷屏各大社交平台。"],
        ),
        (
            "Thanks for the quick reply. ^_^ I'll update the ticket.",
            &["Thanks for the quick reply. ^_^", "I'll update the ticket."],
        ),
        ("太好了！(＾▽＾) 明天见。", &["太好了！(＾▽＾)", "明天见。"]),
        (
            "今天的会取消了。:( 改到下周三。",
            &["今天的会取消了。:(", "改到下周三。"],
        ),
        (
            "ok it works now. :) thanks again for the help",
            &["ok it works now. :)", "thanks again for the help"],
        ),
        (
            "Delivery was due by June 1. (Ex. 4 at 2.) It came on June 19.",
            &[
                "Delivery was due by June 1.",
                "(Ex. 4 at 2.)",
                "It came on June 19.",
            ],
        ),
        (
            "Registration closes at 5 p.m. AEST (7 a.m. GMT). Late fees apply.",
            &[
                "Registration closes at 5 p.m. AEST (7 a.m. GMT).",
                "Late fees apply.",
            ],
        ),
        (
            "营业时间：每天10:00-22:00.Opening hours vary.",
            &["营业时间：每天10:00-22:00.", "Opening hours vary."],
        ),
        (
            "我用的是macOS 14.5.另外激活码能用吗?",
            &["我用的是macOS 14.5.", "另外激活码能用吗?"],
        ),
        (
            "先把排骨洗净.2.锅中放油.",
            &["先把排骨洗净.", "2.锅中放油."],
        ),
        (
            "A => B does not imply B => A. Keep that in mind.",
            &["A => B does not imply B => A.", "Keep that in mind."],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_one_hundred_ten_to_twelve_emoticons_arrows_and_named_quotations() {
    for (text, want) in [
        (
            "Thanks, the fix in post #4 worked. :) Marking this as solved.",
            &[
                "Thanks, the fix in post #4 worked. :)",
                "Marking this as solved.",
            ][..],
        ),
        (
            "Tsk. Kevin Durant should have known better.",
            &["Tsk.", "Kevin Durant should have known better."],
        ),
        (
            "Defendants call it \"unavoidable.\" (Gov't Reply 5.) We are not persuaded.",
            &[
                "Defendants call it \"unavoidable.\" (Gov't Reply 5.)",
                "We are not persuaded.",
            ],
        ),
        (
            "“出发！”二十多名选手冲出起点，驶上了赛道。",
            &["“出发！”", "二十多名选手冲出起点，驶上了赛道。"],
        ),
        (
            "“终于放暑假了！”即将到来的假期让孩子们兴奋不已。",
            &["“终于放暑假了！”", "即将到来的假期让孩子们兴奋不已。"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
    for whole in [
        "Day2：大熊猫繁育研究基地（一定要早去！）→武侯祠→锦里",
        "乐队的新专辑“Hello, Tomorrow!”将于本月底上线。",
        "Cdr. Jane Wells assumed command of the destroyer in June.",
    ] {
        assert_eq!(sentences(whole), [whole]);
    }
}

proptest::proptest! {
    #[test]
    fn spans_cover_the_text_with_only_whitespace_between(text in "[a-zA-Z0-9 .!?;:,()\"'。！？，“”「」《》…¿¡«»„ΤαԲբжسو说问道是的\\n‽．—🎉،؟<>_^/#@%$【】（）：；·\\-]{0,80}") {
        let segmenter = Segmenter::new(&SegmentOptions::default()).unwrap();
        let spans = segmenter.split(&text);
        let mut at = 0;
        for (start, end) in spans {
            // Each sentence holds text and is trimmed: whitespace lies only between.
            proptest::prop_assert!(start >= at && end > start);
            proptest::prop_assert!(text[at..start].trim().is_empty());
            proptest::prop_assert_eq!(text[start..end].trim(), &text[start..end]);
            at = end;
        }
        proptest::prop_assert!(text[at..].trim().is_empty());
    }
}

/// Words and marks that the rules read around (abbreviations, faces, quotes, marks,
/// Chinese particles and titles), for paragraphs built of them: characters drawn one
/// by one seldom make a word a rule reads further for.
const RULE_WORDS: &[&str] = &[
    "the",
    "works",
    "great",
    "I",
    "We",
    "Thanks",
    "Only",
    "Photos",
    "3",
    "14",
    "Mr.",
    "U.S.",
    "No.",
    "no.",
    "Vol.",
    "Pt.",
    "art.",
    "mi.",
    "E.",
    "J.",
    "ft.",
    "AGL",
    "lbs.",
    "oz.",
    "fl.",
    "p.m.",
    "Gen.",
    "v.",
    "Mass.",
    "[1]",
    "[2-3]",
    "[a]",
    "[sic]",
    "[00:12:48]",
    "🎉",
    "👍🏽",
    "⭐",
    "🇯🇵",
    "❤️",
    "“",
    "”",
    "\"",
    "'",
    "(",
    ")",
    "。",
    "！",
    "？",
    "，",
    "……",
    "...",
    "~",
    "～",
    "的",
    "了",
    "吧",
    "呢",
    "很好",
    "超快",
    "关于",
    "通知",
    "本公司",
    "S1.",
    "【标题】",
    "1.",
    "Bldg.",
    "B.",
    "C三楼",
    "“好”",
    "一句",
    "我",
    "6%.",
    ".",
    "!",
    "?",
    ":",
    "：",
    "——",
    "Inc.",
    "St.",
    "D.C.",
    "More",
    "[福]",
    "写着",
    "开元末年春。",
    "维生素C.",
    "İ",
    "Capt.",
    "They",
];

proptest::proptest! {
    #[test]
    fn paragraphs_of_the_rules_words_split_without_fail(
        words in proptest::collection::vec(
            (proptest::sample::select(RULE_WORDS), proptest::sample::select(&[" ", "", "  ", "\u{3000}"][..])),
            0..24,
        )
    ) {
        let text: String = words.iter().flat_map(|&(word, space)| [word, space]).collect();
        let segmenter = Segmenter::new(&SegmentOptions::default()).unwrap();
        let mut at = 0;
        for (start, end) in segmenter.split(&text) {
            proptest::prop_assert!(start >= at && end > start);
            proptest::prop_assert!(text[at..start].trim().is_empty());
            at = end;
        }
        proptest::prop_assert!(text[at..].trim().is_empty());
    }
}

#[test]
fn reviews_one_hundred_thirty_four_to_six_faces_units_refusals_and_listeners() {
    for (text, want) in [
        (
            "You're the best roommate ever!! <333 Rent is on the counter.",
            &[
                "You're the best roommate ever!! <333",
                "Rent is on the counter.",
            ][..],
        ),
        (
            "They cancelled the show after one season. </3 I'm still not over it.",
            &[
                "They cancelled the show after one season. </3",
                "I'm still not over it.",
            ][..],
        ),
        (
            "Our old dog passed away last night. :'( He was fifteen.",
            &["Our old dog passed away last night. :'(", "He was fifteen."][..],
        ),
        (
            "Deploy failed again. (ಥ﹏ಥ) Rolling back now.",
            &["Deploy failed again. (ಥ﹏ಥ)", "Rolling back now."][..],
        ),
        (
            "Got the job offer!!! ヽ(°〇°)ﾉ Starting in March.",
            &["Got the job offer!!! ヽ(°〇°)ﾉ", "Starting in March."][..],
        ),
        (
            "又被老板骂了。。。┭┮﹏┭┮ 心累。",
            &["又被老板骂了。。。┭┮﹏┭┮", "心累。"][..],
        ),
        (
            "本品不适用于婴幼儿。<3岁儿童禁用。",
            &["本品不适用于婴幼儿。", "<3岁儿童禁用。"][..],
        ),
        (
            "it's listed at $1,299. gonna wait for black friday",
            &["it's listed at $1,299.", "gonna wait for black friday"][..],
        ),
        (
            "新款手机电池容量高达6000mAh!续航轻松超过两天。",
            &["新款手机电池容量高达6000mAh!", "续航轻松超过两天。"][..],
        ),
        (
            "Temps will hit 104°F!Stay hydrated.",
            &["Temps will hit 104°F!", "Stay hydrated."][..],
        ),
        (
            "The vote was 7–2. Cllr. Mbeki, who opposed it, left early.",
            &[
                "The vote was 7–2.",
                "Cllr. Mbeki, who opposed it, left early.",
            ][..],
        ),
        (
            "“具体的赔偿金额是多少？”该公司谢绝透露。",
            &["“具体的赔偿金额是多少？”", "该公司谢绝透露。"][..],
        ),
        (
            "“那笔钱去哪儿了？”对方不便透露。",
            &["“那笔钱去哪儿了？”", "对方不便透露。"][..],
        ),
        (
            "“AI会取代人类吗？”是本届论坛讨论的主题。",
            &["“AI会取代人类吗？”是本届论坛讨论的主题。"][..],
        ),
        (
            "“为什么天空是蓝色的？”是孩子们最常问的。",
            &["“为什么天空是蓝色的？”是孩子们最常问的。"][..],
        ),
        (
            "“晚上好！”走红地毯的嘉宾们纷纷向镜头挥手。",
            &["“晚上好！”", "走红地毯的嘉宾们纷纷向镜头挥手。"][..],
        ),
        (
            "导游喊道：“快上车！”登上大巴后，大家才松了一口气。",
            &["导游喊道：“快上车！”", "登上大巴后，大家才松了一口气。"][..],
        ),
        (
            "“一起向未来！”响彻整个体育场。",
            &["“一起向未来！”响彻整个体育场。"][..],
        ),
        (
            "“下一站是哪里？”我问旁边的大哥。",
            &["“下一站是哪里？”我问旁边的大哥。"][..],
        ),
        (
            "“明天降温，多带件外套。”妈妈叮嘱即将出门的外甥女。",
            &["“明天降温，多带件外套。”妈妈叮嘱即将出门的外甥女。"][..],
        ),
        (
            "她轻轻喊了声“妈妈！”接着就哭了起来。",
            &["她轻轻喊了声“妈妈！”接着就哭了起来。"][..],
        ),
        (
            "直播间里弹幕刷个不停：“主播太拼了！”“必须支持！”",
            &["直播间里弹幕刷个不停：“主播太拼了！”“必须支持！”"][..],
        ),
        (
            "“怎么只有一边有声音？”原来是他不小心关掉了右声道。",
            &["“怎么只有一边有声音？”", "原来是他不小心关掉了右声道。"][..],
        ),
        (
            "“从这里走！”他推开书架，露出了一条暗道。",
            &["“从这里走！”", "他推开书架，露出了一条暗道。"][..],
        ),
        (
            "沈清辞脑子里“嗡”的一声……她这是穿越了？",
            &["沈清辞脑子里“嗡”的一声……", "她这是穿越了？"][..],
        ),
        (
            "她小声地说“嗯……好吧”就走了。",
            &["她小声地说“嗯……好吧”就走了。"][..],
        ),
        (
            "4.2 数据来源 本文数据来自国家统计局。",
            &["4.2 数据来源", "本文数据来自国家统计局。"][..],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_one_hundred_thirty_seven_to_nine_openers_faces_denials_and_local_abbreviations() {
    for (text, want) in [
        (
            "Prices rose again. $4.50 now buys a coffee.",
            &["Prices rose again.", "$4.50 now buys a coffee."][..],
        ),
        (
            "Latency dropped. <300 ms is typical.",
            &["Latency dropped.", "<300 ms is typical."][..],
        ),
        (
            "Per Ord. No. 2023-14, parking is banned. Vehicles will be towed.",
            &[
                "Per Ord. No. 2023-14, parking is banned.",
                "Vehicles will be towed.",
            ][..],
        ),
        (
            "Due to repairs, Cty. Rd. 17 will be closed. Local traffic only.",
            &[
                "Due to repairs, Cty. Rd. 17 will be closed.",
                "Local traffic only.",
            ][..],
        ),
        (
            "今天最高温度达到39°C!大家注意防暑。",
            &["今天最高温度达到39°C!", "大家注意防暑。"][..],
        ),
        (
            "又失恋了。ㅠㅠ 不想说话。",
            &["又失恋了。ㅠㅠ", "不想说话。"][..],
        ),
        (
            "我终于想起来了。──那天下午，他根本不在家。",
            &["我终于想起来了。", "──那天下午，他根本不在家。"][..],
        ),
        (
            "記者昨日採訪了當事人。〇〇〇表示，他對此並不知情。",
            &["記者昨日採訪了當事人。", "〇〇〇表示，他對此並不知情。"][..],
        ),
        (
            "He cancelled on me again. ┐(￣ヘ￣)┌ Typical.",
            &["He cancelled on me again. ┐(￣ヘ￣)┌", "Typical."][..],
        ),
        (
            "Went to the zoo. ʕ•ᴥ•ʔ The bears were the highlight.",
            &["Went to the zoo. ʕ•ᴥ•ʔ", "The bears were the highlight."][..],
        ),
        ("“我不去！”她拒绝道。", &["“我不去！”她拒绝道。"][..]),
        (
            "“是我的错。”他不得不承认。",
            &["“是我的错。”他不得不承认。"][..],
        ),
        (
            "“谁能告诉我为什么？”在场的人都不方便回答。",
            &["“谁能告诉我为什么？”", "在场的人都不方便回答。"][..],
        ),
        (
            "“这件事跟我没关系。”直到证据摆在面前，他才不得不承认。",
            &["“这件事跟我没关系。”", "直到证据摆在面前，他才不得不承认。"][..],
        ),
        (
            "“哪里能买到正品？”是后台留言里问得最多的。",
            &["“哪里能买到正品？”是后台留言里问得最多的。"][..],
        ),
        (
            "“打工人，打工魂！”迅速火遍全网。",
            &["“打工人，打工魂！”迅速火遍全网。"][..],
        ),
        (
            "“跟我来！”他带我们钻进了一条狭窄的暗道。",
            &["“跟我来！”", "他带我们钻进了一条狭窄的暗道。"][..],
        ),
        (
            "Just got the iPhone15!Camera is insane.",
            &["Just got the iPhone15!", "Camera is insane."][..],
        ),
        (
            "He grew up in Cwm. Gareth Lewis still lives there.",
            &["He grew up in Cwm.", "Gareth Lewis still lives there."][..],
        ),
        (
            "家长群里消息不断：“作业是什么？”“明天要带什么？”",
            &["家长群里消息不断：“作业是什么？”“明天要带什么？”"][..],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_one_hundred_forty_to_two_companies_signs_faces_credits_and_spreading() {
    for (text, want) in [
        (
            "Payments may be made by check payable to Linden Property Mgmt. LLC. Thank you.",
            &[
                "Payments may be made by check payable to Linden Property Mgmt. LLC.",
                "Thank you.",
            ][..],
        ),
        (
            "Start at the Pl. Mayor and wander south toward the cathedral.",
            &["Start at the Pl. Mayor and wander south toward the cathedral."][..],
        ),
        (
            "The flat is 800 sq. ft. Utilities are extra.",
            &["The flat is 800 sq. ft.", "Utilities are extra."][..],
        ),
        (
            "Highs today reached just 2°C. −8°C is forecast overnight.",
            &[
                "Highs today reached just 2°C.",
                "−8°C is forecast overnight.",
            ][..],
        ),
        (
            "The fare is Rs. 450. ₹50 extra is charged after midnight.",
            &[
                "The fare is Rs. 450.",
                "₹50 extra is charged after midnight.",
            ][..],
        ),
        (
            "Windchill tonight is -20°F!Stay indoors if you can.",
            &["Windchill tonight is -20°F!", "Stay indoors if you can."][..],
        ),
        (
            "They live in Jackson Twp. Construction begins in May.",
            &["They live in Jackson Twp.", "Construction begins in May."][..],
        ),
        (
            "Got the job offer today! ᕕ( ᐛ )ᕗ Celebrating with pizza tonight.",
            &[
                "Got the job offer today! ᕕ( ᐛ )ᕗ",
                "Celebrating with pizza tonight.",
            ][..],
        ),
        (
            "The cat knocked my coffee off the desk. (ʘ‿ʘ) Of course it did.",
            &[
                "The cat knocked my coffee off the desk. (ʘ‿ʘ)",
                "Of course it did.",
            ][..],
        ),
        (
            "Spilled ramen on my keyboard. (ノಠ益ಠ)ノ Ordering a new one.",
            &[
                "Spilled ramen on my keyboard. (ノಠ益ಠ)ノ",
                "Ordering a new one.",
            ][..],
        ),
        (
            "That's the end of part one. ─── Part two picks up ten years later.",
            &[
                "That's the end of part one.",
                "─── Part two picks up ten years later.",
            ][..],
        ),
        (
            "“Stay curious, keep learning.” — Marie Curie",
            &["“Stay curious, keep learning.” — Marie Curie"][..],
        ),
        (
            "He left early. - Then she came in.",
            &["He left early.", "- Then she came in."][..],
        ),
        (
            "“退休金又涨了！”当天就登上了热搜。",
            &["“退休金又涨了！”当天就登上了热搜。"][..],
        ),
        (
            "“你好，李焕英！”短短几天就传遍了大街小巷。",
            &["“你好，李焕英！”短短几天就传遍了大街小巷。"][..],
        ),
        ("“太美了！”三天内刷屏。", &["“太美了！”三天内刷屏。"][..]),
        (
            "“出发！”当天就登上了飞机。",
            &["“出发！”", "当天就登上了飞机。"][..],
        ),
        (
            "“冲啊！”冲上山顶的那一刻，他哭了。",
            &["“冲啊！”", "冲上山顶的那一刻，他哭了。"][..],
        ),
        (
            "4.2 样本选择 我们从三所高校随机抽取了600名学生。",
            &["4.2 样本选择", "我们从三所高校随机抽取了600名学生。"][..],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_one_hundred_forty_three_to_five_joints_credits_faces_and_spreading_times() {
    for (text, want) in [
        (
            "The aqueduct dates to roughly 300 A.D. Sections of it still carry water today.",
            &[
                "The aqueduct dates to roughly 300 A.D.",
                "Sections of it still carry water today.",
            ][..],
        ),
        (
            "She joined the U.S. Bureau of the Census in 1990.",
            &["She joined the U.S. Bureau of the Census in 1990."][..],
        ),
        (
            "The contract went to Delta Bldg. Co. of Toledo.",
            &["The contract went to Delta Bldg. Co. of Toledo."][..],
        ),
        (
            "The plot covers roughly 2,400 sq. m. Planning permission was granted.",
            &[
                "The plot covers roughly 2,400 sq. m.",
                "Planning permission was granted.",
            ][..],
        ),
        (
            "Leg day is done. ᕦ(ò_óˇ)ᕤ Stairs will be fun tomorrow.",
            &["Leg day is done. ᕦ(ò_óˇ)ᕤ", "Stairs will be fun tomorrow."][..],
        ),
        (
            "The printer jammed again. (ノಠ益ಠ)ノ彡┻━┻ I'm going home.",
            &[
                "The printer jammed again. (ノಠ益ಠ)ノ彡┻━┻",
                "I'm going home.",
            ][..],
        ),
        (
            "\"Stay hungry, stay foolish.\" — Steve Jobs. The line came from a magazine.",
            &[
                "\"Stay hungry, stay foolish.\" — Steve Jobs.",
                "The line came from a magazine.",
            ][..],
        ),
        (
            "\"The only way out is through.\" — Robert Frost, 1915",
            &["\"The only way out is through.\" — Robert Frost, 1915"][..],
        ),
        (
            "\"It rained.\" — Marie Curie said that once.",
            &["\"It rained.\"", "— Marie Curie said that once."][..],
        ),
        (
            "他说自己一口零食都没吃。(ಡωಡ) 嘴角还有薯片渣呢。",
            &["他说自己一口零食都没吃。(ಡωಡ)", "嘴角还有薯片渣呢。"][..],
        ),
        (
            "The first half ended 0–0. ─── 下半场一开始，主队就换了三个人。",
            &[
                "The first half ended 0–0.",
                "─── 下半场一开始，主队就换了三个人。",
            ][..],
        ),
        (
            "该小区由Harbor Point Property Mgmt. LLC负责物业管理。",
            &["该小区由Harbor Point Property Mgmt. LLC负责物业管理。"][..],
        ),
        (
            "“这瓜保熟吗？”没过几天就登上了微博热搜。",
            &["“这瓜保熟吗？”没过几天就登上了微博热搜。"][..],
        ),
        (
            "“蚌埠住了！”三天内冲上了B站热门榜。",
            &["“蚌埠住了！”三天内冲上了B站热门榜。"][..],
        ),
        (
            "“绝绝子！”几个小时内迅速传遍了全网。",
            &["“绝绝子！”几个小时内迅速传遍了全网。"][..],
        ),
        (
            "“浙江人，冲啊！”上线第二天就火出了圈。",
            &["“浙江人，冲啊！”上线第二天就火出了圈。"][..],
        ),
        (
            "“城市不大，烟火气很足！”很快在各大平台走红。",
            &["“城市不大，烟火气很足！”很快在各大平台走红。"][..],
        ),
        (
            "“城市因你而美！”登上了《人民日报》头版。",
            &["“城市因你而美！”登上了《人民日报》头版。"][..],
        ),
        (
            "“走吧！”三天后就离开了。",
            &["“走吧！”", "三天后就离开了。"][..],
        ),
        (
            "“好！”在他走后登上了大巴。",
            &["“好！”", "在他走后登上了大巴。"][..],
        ),
        (
            "6.2 研究不足 受限于数据可得性，本文未能考察长期效应。",
            &["6.2 研究不足", "受限于数据可得性，本文未能考察长期效应。"][..],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_one_hundred_forty_six_to_eight_credits_faces_labels_and_times_of_day() {
    for (text, want) in [
        (
            "\"Less is more.\" — Ludwig Mies van der Rohe. The phrase became a motto.",
            &[
                "\"Less is more.\" — Ludwig Mies van der Rohe.",
                "The phrase became a motto.",
            ][..],
        ),
        (
            "\"I came, I saw, I conquered.\" — Julius Caesar, 47 B.C.",
            &["\"I came, I saw, I conquered.\" — Julius Caesar, 47 B.C."][..],
        ),
        (
            "\"Stay close to what makes you glad.\" — Hafez (14th c.)",
            &["\"Stay close to what makes you glad.\" — Hafez (14th c.)"][..],
        ),
        (
            "\"Go!\" — Then the crowd ran.",
            &["\"Go!\"", "— Then the crowd ran."][..],
        ),
        (
            "OK, I've calmed down now. ┬─┬ノ( º _ ºノ) Let's try that again.",
            &[
                "OK, I've calmed down now. ┬─┬ノ( º _ ºノ)",
                "Let's try that again.",
            ][..],
        ),
        (
            "Starting the new plan tomorrow. ᕙ(⇀‸↼‶)ᕗ Wish me luck.",
            &["Starting the new plan tomorrow. ᕙ(⇀‸↼‶)ᕗ", "Wish me luck."][..],
        ),
        (
            "The Kannada word for water is ನೀರು. ನೀರು is pronounced nee-ru.",
            &[
                "The Kannada word for water is ನೀರು.",
                "ನೀರು is pronounced nee-ru.",
            ][..],
        ),
        (
            "The gates close at 6 p.m. ─── 下午六点闭园，请合理安排时间。",
            &[
                "The gates close at 6 p.m.",
                "─── 下午六点闭园，请合理安排时间。",
            ][..],
        ),
        (
            "The ceasefire was brokered by the U.N. Fighting resumed within a week.",
            &[
                "The ceasefire was brokered by the U.N.",
                "Fighting resumed within a week.",
            ][..],
        ),
        (
            "He plays for Serie A club Genoa and the national team.",
            &["He plays for Serie A club Genoa and the national team."][..],
        ),
        (
            "I'm on BIOS ver. 1.14.0 if that matters.",
            &["I'm on BIOS ver. 1.14.0 if that matters."][..],
        ),
        (
            "Mine's a TX-400 rev. B. Thanks in advance.",
            &["Mine's a TX-400 rev. B.", "Thanks in advance."][..],
        ),
        (
            "The essay appears in vol. 4 of the Collected Works, ed. J. Martin (London, 1987).",
            &["The essay appears in vol. 4 of the Collected Works, ed. J. Martin (London, 1987)."]
                [..],
        ),
        (
            "锅碗瓢盆、桌椅板凳……搬家公司一趟就全拉走了。",
            &["锅碗瓢盆、桌椅板凳……搬家公司一趟就全拉走了。"][..],
        ),
        (
            "“内卷不如躺平。”没过两天就上了微博热搜。",
            &["“内卷不如躺平。”没过两天就上了微博热搜。"][..],
        ),
        (
            "“人生若只如初见。”此后在民间广为流传。",
            &["“人生若只如初见。”此后在民间广为流传。"][..],
        ),
        (
            "“雪糕刺客来了！”当天下午就冲上了热搜第一。",
            &["“雪糕刺客来了！”当天下午就冲上了热搜第一。"][..],
        ),
        (
            "“早睡早起身体好。”在网上被转发了上万次。",
            &["“早睡早起身体好。”在网上被转发了上万次。"][..],
        ),
        (
            "“谢谢你！”被救的女孩拉着消防员的手。",
            &["“谢谢你！”", "被救的女孩拉着消防员的手。"][..],
        ),
        (
            "“好！”上了车就睡着了。",
            &["“好！”", "上了车就睡着了。"][..],
        ),
        (
            "6.1 不足与展望 由于时间有限，本文未做验证。",
            &["6.1 不足与展望", "由于时间有限，本文未做验证。"][..],
        ),
        (
            "2.4 变量定义 被解释变量为企业全要素生产率。",
            &["2.4 变量定义", "被解释变量为企业全要素生产率。"][..],
        ),
        (
            "（二）专项资金 由财政局统一管理。",
            &["（二）专项资金 由财政局统一管理。"][..],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_one_hundred_forty_nine_to_fifty_one_emoticons_furniture_credits_and_degrees() {
    for (text, want) in [
        (
            "Made it to the summit! The sunrise was unreal :) Legs are dead though.",
            &[
                "Made it to the summit!",
                "The sunrise was unreal :)",
                "Legs are dead though.",
            ][..],
        ),
        (
            "I love it :) and so does she.",
            &["I love it :) and so does she."][..],
        ),
        (
            "The outage affected 1.2 million customers. Advertisement The company has not said when.",
            &[
                "The outage affected 1.2 million customers.",
                "Advertisement",
                "The company has not said when.",
            ][..],
        ),
        (
            "Sponsored content is labelled.",
            &["Sponsored content is labelled."][..],
        ),
        (
            "她在牛津大学取得了D.Phil.学位。之后一直留校。",
            &["她在牛津大学取得了D.Phil.学位。", "之后一直留校。"][..],
        ),
        (
            "\"Nature does nothing in vain.\" — Aristotle, 4th c. B.C.",
            &["\"Nature does nothing in vain.\" — Aristotle, 4th c. B.C."][..],
        ),
        (
            "\"The wound is where the Light enters you.\" — Rumi, 13th c. His poems still top lists.",
            &[
                "\"The wound is where the Light enters you.\" — Rumi, 13th c.",
                "His poems still top lists.",
            ][..],
        ),
        (
            "\"The unexamined life is not worth living.\" — Socrates, in Plato's Apology",
            &["\"The unexamined life is not worth living.\" — Socrates, in Plato's Apology"][..],
        ),
        (
            "The cathedral burned down in 1174 A.D. Rebuilding took twenty years.",
            &[
                "The cathedral burned down in 1174 A.D.",
                "Rebuilding took twenty years.",
            ][..],
        ),
        (
            "Talks resumed at the U.N. Mining companies were not invited.",
            &[
                "Talks resumed at the U.N.",
                "Mining companies were not invited.",
            ][..],
        ),
        (
            "Fixed in ver. 1.14.2. 1.14.3 adds ARM builds.",
            &["Fixed in ver. 1.14.2.", "1.14.3 adds ARM builds."][..],
        ),
        (
            "The beta shipped last week. 2.0.1 is out now.",
            &["The beta shipped last week.", "2.0.1 is out now."][..],
        ),
        (
            "Parma return to Serie A after three seasons The club sealed promotion on Saturday.",
            &[
                "Parma return to Serie A after three seasons",
                "The club sealed promotion on Saturday.",
            ][..],
        ),
        (
            "“遥遥领先！”发布会第二天就火出了圈。",
            &["“遥遥领先！”发布会第二天就火出了圈。"][..],
        ),
        (
            "“今天你内卷了吗？”没多久便上了知乎热榜。",
            &["“今天你内卷了吗？”没多久便上了知乎热榜。"][..],
        ),
        (
            "“好家伙！”此后在网络上流行开来。",
            &["“好家伙！”此后在网络上流行开来。"][..],
        ),
        (
            "3.3 实证结果 由表3可知，数字化转型提升了企业绩效。",
            &["3.3 实证结果", "由表3可知，数字化转型提升了企业绩效。"][..],
        ),
        (
            "3.2 模型设定 由于被解释变量为虚拟变量，采用Probit模型。",
            &["3.2 模型设定", "由于被解释变量为虚拟变量，采用Probit模型。"][..],
        ),
        (
            "健身第一百天打卡！ᕙ( •̀ ᗜ •́ )ᕗ 明天继续。",
            &["健身第一百天打卡！ᕙ( •̀ ᗜ •́ )ᕗ", "明天继续。"][..],
        ),
        (
            "“忍耐是痛苦的，但它的果实是甜蜜的。”——让-雅克·卢梭。这句话出自《爱弥儿》。",
            &[
                "“忍耐是痛苦的，但它的果实是甜蜜的。”——让-雅克·卢梭。",
                "这句话出自《爱弥儿》。",
            ][..],
        ),
        (
            "“知识就是力量。”——弗朗西斯·培根（1597年）。他最早用拉丁文写下。",
            &[
                "“知识就是力量。”——弗朗西斯·培根（1597年）。",
                "他最早用拉丁文写下。",
            ][..],
        ),
        (
            "“知识就是力量。”——这是爷爷常说的一句话。",
            &["“知识就是力量。”", "——这是爷爷常说的一句话。"][..],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_one_hundred_fifty_two_to_four_emoticons_before_chinese_conjunctions_and_sources() {
    for (text, want) in [
        (
            "Our route this summer: Lisbon :) Porto :) Madrid :( and finally Barcelona.",
            &["Our route this summer: Lisbon :) Porto :) Madrid :( and finally Barcelona."][..],
        ),
        (
            "周五终于下班了 :) 这周末哪儿也不去。",
            &["周五终于下班了 :)", "这周末哪儿也不去。"][..],
        ),
        (
            "Tickets sold out in 10 minutes :) 真的太夸张了。",
            &["Tickets sold out in 10 minutes :)", "真的太夸张了。"][..],
        ),
        ("注意:D区禁止停车。", &["注意:D区禁止停车。"][..]),
        (
            "The complaint was upheld in March. Advertising Standards Authority rules ban it.",
            &[
                "The complaint was upheld in March.",
                "Advertising Standards Authority rules ban it.",
            ][..],
        ),
        (
            "\"I think, therefore I am.\" — René Descartes, Discourse on the Method (1637). He wrote it in French.",
            &[
                "\"I think, therefore I am.\" — René Descartes, Discourse on the Method (1637).",
                "He wrote it in French.",
            ][..],
        ),
        (
            "\"Genius is one percent inspiration.\" — Thomas Edison, c. 1903. Harper's printed it.",
            &[
                "\"Genius is one percent inspiration.\" — Thomas Edison, c. 1903.",
                "Harper's printed it.",
            ][..],
        ),
        (
            "The Romans left Britain in 410 A.D. Raiding parties crossed the North Sea.",
            &[
                "The Romans left Britain in 410 A.D.",
                "Raiding parties crossed the North Sea.",
            ][..],
        ),
        (
            "他强调：“安全是底线。”与会人员纷纷表示赞同。",
            &["他强调：“安全是底线。”", "与会人员纷纷表示赞同。"][..],
        ),
        (
            "这家老店的招牌菜（据说每天只做五十份！）一开门就被抢光了。",
            &["这家老店的招牌菜（据说每天只做五十份！）一开门就被抢光了。"][..],
        ),
        (
            "该项目由全资子公司CATL Hungary Kft.负责实施。",
            &["该项目由全资子公司CATL Hungary Kft.负责实施。"][..],
        ),
        (
            "“冬天要多喝热水。”流行病学专家却提醒，要注意保暖。",
            &["“冬天要多喝热水。”", "流行病学专家却提醒，要注意保暖。"][..],
        ),
        (
            "“案子已经结了。”可是对家属总得有个交代。",
            &["“案子已经结了。”", "可是对家属总得有个交代。"][..],
        ),
        (
            "4.5 小结 由此可见，政策效果存在滞后性。",
            &["4.5 小结", "由此可见，政策效果存在滞后性。"][..],
        ),
        (
            "“永远不要放弃。”——温斯顿·丘吉尔，1941年。当时他正在演讲。",
            &[
                "“永远不要放弃。”——温斯顿·丘吉尔，1941年。",
                "当时他正在演讲。",
            ][..],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_one_hundred_fifty_five_to_seven_glued_faces_asides_and_dated_sources() {
    for (text, want) in [
        (
            "I got an A :) Mom was thrilled.",
            &["I got an A :)", "Mom was thrilled."][..],
        ),
        (
            "Thanks, Emma :) 下次请你喝咖啡。",
            &["Thanks, Emma :)", "下次请你喝咖啡。"][..],
        ),
        (
            "今天终于下雪了:)好想出去堆雪人。",
            &["今天终于下雪了:)", "好想出去堆雪人。"][..],
        ),
        ("他发了一个:)的表情。", &["他发了一个:)的表情。"][..]),
        (
            "“开会了！”和平时一样，他又是最后一个到的。",
            &["“开会了！”", "和平时一样，他又是最后一个到的。"][..],
        ),
        (
            "The Saxons arrived in the 5th century A.D. Farming communities spread along the valleys.",
            &[
                "The Saxons arrived in the 5th century A.D.",
                "Farming communities spread along the valleys.",
            ][..],
        ),
        (
            "该药品由匈牙利Richter Gedeon Nyrt.独家授权销售。",
            &["该药品由匈牙利Richter Gedeon Nyrt.独家授权销售。"][..],
        ),
        (
            "我们的航班又延误了（这已经是本月第三次！）大家只好在机场过夜。",
            &[
                "我们的航班又延误了（这已经是本月第三次！）",
                "大家只好在机场过夜。",
            ][..],
        ),
        (
            "该公司的CEO（据说是个90后！）昨天突然宣布辞职。",
            &["该公司的CEO（据说是个90后！）昨天突然宣布辞职。"][..],
        ),
        (
            "“我有一个梦想。”——马丁·路德·金，1963年8月28日。这篇演讲很有名。",
            &[
                "“我有一个梦想。”——马丁·路德·金，1963年8月28日。",
                "这篇演讲很有名。",
            ][..],
        ),
        (
            "“学而不思则罔。”——孔子，《论语·为政》。这是老师说的。",
            &["“学而不思则罔。”——孔子，《论语·为政》。", "这是老师说的。"][..],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_one_hundred_fifty_eight_to_sixty_lists_coordinated_quotations_and_eras() {
    for (text, want) in [
        (
            "锅碗瓢盆、旧书旧报、坏掉的收音机……老周的阁楼里什么都有。",
            &["锅碗瓢盆、旧书旧报、坏掉的收音机……老周的阁楼里什么都有。"][..],
        ),
        (
            "我们去了杭州、苏州、南京、扬州……一路上吃了不少好东西。",
            &["我们去了杭州、苏州、南京、扬州……一路上吃了不少好东西。"][..],
        ),
        (
            "他只回了“嗯。”和“好。”两个字。",
            &["他只回了“嗯。”和“好。”两个字。"][..],
        ),
        (
            "The strike hit the Ford Motor Co. Picketing workers shut the plant gates by noon.",
            &[
                "The strike hit the Ford Motor Co.",
                "Picketing workers shut the plant gates by noon.",
            ][..],
        ),
        (
            "Protests began on Canal St. Rioting crowds spread to nearby blocks overnight.",
            &[
                "Protests began on Canal St.",
                "Rioting crowds spread to nearby blocks overnight.",
            ][..],
        ),
        (
            "Prices soared in the U.K. Rising prices cut household spending sharply.",
            &[
                "Prices soared in the U.K.",
                "Rising prices cut household spending sharply.",
            ][..],
        ),
        (
            "The U.S. Fencing Association shut down.",
            &["The U.S. Fencing Association shut down."][..],
        ),
        (
            "“上善若水。”——老子，《道德经》第八章。这句话很有名。",
            &["“上善若水。”——老子，《道德经》第八章。", "这句话很有名。"][..],
        ),
        (
            "“天行健，君子以自强不息。”——《周易·乾卦》。这是古人的话。",
            &[
                "“天行健，君子以自强不息。”——《周易·乾卦》。",
                "这是古人的话。",
            ][..],
        ),
        (
            "“我来，我见，我征服。”——尤利乌斯·恺撒，公元前47年。他很骄傲。",
            &[
                "“我来，我见，我征服。”——尤利乌斯·恺撒，公元前47年。",
                "他很骄傲。",
            ][..],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_one_hundred_sixty_one_to_three_imperatives_subjects_pairs_and_lists() {
    for (text, want) in [
        (
            "Parking is behind the building on Grove Ave. Enter through the side door.",
            &[
                "Parking is behind the building on Grove Ave.",
                "Enter through the side door.",
            ][..],
        ),
        (
            "Steps: 1.Unplug it. 2.Check the cable. 3.Turn it on.",
            &["Steps: 1.Unplug it.", "2.Check the cable.", "3.Turn it on."][..],
        ),
        (
            "It costs 2.Check the box.",
            &["It costs 2.", "Check the box."][..],
        ),
        (
            "“我当时只是想吓唬他一下。”犯罪嫌疑人在讯问中供述。",
            &["“我当时只是想吓唬他一下。”犯罪嫌疑人在讯问中供述。"][..],
        ),
        (
            "The shop sits at the far end of Elm Dr. Finding it after dark is not easy.",
            &[
                "The shop sits at the far end of Elm Dr.",
                "Finding it after dark is not easy.",
            ][..],
        ),
        (
            "Orders fell at Keystone Steel Inc. Closing the plant would devastate the town.",
            &[
                "Orders fell at Keystone Steel Inc.",
                "Closing the plant would devastate the town.",
            ][..],
        ),
        (
            "The hearing was set for mid-Jan. Heavy snow shut the courthouse that week.",
            &[
                "The hearing was set for mid-Jan.",
                "Heavy snow shut the courthouse that week.",
            ][..],
        ),
        (
            "The deal was signed by Orion Capital Inc. Jane Alvarez, its founder, called it historic.",
            &[
                "The deal was signed by Orion Capital Inc.",
                "Jane Alvarez, its founder, called it historic.",
            ][..],
        ),
        (
            "Workers at the Hudson Ave. Parking Garage struck for better pay last month.",
            &["Workers at the Hudson Ave. Parking Garage struck for better pay last month."][..],
        ),
        (
            "The clinic in North Ft. Myers opened in May.",
            &["The clinic in North Ft. Myers opened in May."][..],
        ),
        (
            "他在表格里只填了“是。”或者“否。”，别的什么也没写。",
            &["他在表格里只填了“是。”或者“否。”，别的什么也没写。"][..],
        ),
        (
            "“吃了吗？”和“去哪儿？”是老北京人最常用的问候语。",
            &["“吃了吗？”和“去哪儿？”是老北京人最常用的问候语。"][..],
        ),
        (
            "他把建议描述为“荒唐”和“企图改写历史。”“克伦威尔学会”主席说：“不可避免。”",
            &[
                "他把建议描述为“荒唐”和“企图改写历史。”",
                "“克伦威尔学会”主席说：“不可避免。”",
            ][..],
        ),
        (
            "“我一定会回来的。”——说罢，他头也不回地上了船。",
            &["“我一定会回来的。”", "——说罢，他头也不回地上了船。"][..],
        ),
        ("“走吧。”——他说。", &["“走吧。”——他说。"][..]),
        (
            "“以铜为镜，可以正衣冠。”——唐太宗，贞观十七年。魏征去世后，他说了这番话。",
            &[
                "“以铜为镜，可以正衣冠。”——唐太宗，贞观十七年。",
                "魏征去世后，他说了这番话。",
            ][..],
        ),
        (
            "“兵者，国之大事。”——孙武，约公元前512年。",
            &["“兵者，国之大事。”——孙武，约公元前512年。"][..],
        ),
        (
            "“天下兴亡，匹夫有责。”——顾炎武《日知录》卷十三。",
            &["“天下兴亡，匹夫有责。”——顾炎武《日知录》卷十三。"][..],
        ),
        (
            "书、旧报纸、一台用了二十多年的老式收音机……阁楼上堆满了外公留下的东西。",
            &["书、旧报纸、一台用了二十多年的老式收音机……阁楼上堆满了外公留下的东西。"][..],
        ),
        (
            "咖啡、Wi-Fi、一张靠窗的桌子……这就是他对办公环境的全部要求。",
            &["咖啡、Wi-Fi、一张靠窗的桌子……这就是他对办公环境的全部要求。"][..],
        ),
        (
            "风停了、雨住了、太阳也出来了……我们终于可以上山了。",
            &["风停了、雨住了、太阳也出来了……", "我们终于可以上山了。"][..],
        ),
        (
            "谁结婚、谁生孩子、谁家买了新房……村口的大妈们什么都知道。",
            &["谁结婚、谁生孩子、谁家买了新房……村口的大妈们什么都知道。"][..],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_one_hundred_sixty_four_to_six_datelines_persons_pairs_and_pauses() {
    for (text, want) in [
        (
            "ST. PAUL, Minn. — The Legislature adjourned early Monday. Lawmakers may return in June.",
            &[
                "ST. PAUL, Minn. — The Legislature adjourned early Monday.",
                "Lawmakers may return in June.",
            ][..],
        ),
        (
            "He moved to Boston, Mass. — The city he loved.",
            &["He moved to Boston, Mass.", "— The city he loved."][..],
        ),
        (
            "The unit is now owned by Dell Inc.The deal closed last week.",
            &[
                "The unit is now owned by Dell Inc.",
                "The deal closed last week.",
            ][..],
        ),
        (
            "The bid came from Corvus Holdings Ltd. Peter Walsh called it a fair offer.",
            &[
                "The bid came from Corvus Holdings Ltd.",
                "Peter Walsh called it a fair offer.",
            ][..],
        ),
        (
            "The Marlow Corp. Benton Harbor plant was sold in 2011.",
            &["The Marlow Corp. Benton Harbor plant was sold in 2011."][..],
        ),
        (
            "Engineers at the U.S. Boeing plant in Charleston voted against joining the union.",
            &["Engineers at the U.S. Boeing plant in Charleston voted against joining the union."]
                [..],
        ),
        (
            "“钱是我拿的，我认罪。”被告人在法庭上供认。",
            &["“钱是我拿的，我认罪。”被告人在法庭上供认。"][..],
        ),
        (
            "“我什么都不知道。”这就是他的全部交代。",
            &["“我什么都不知道。”", "这就是他的全部交代。"][..],
        ),
        (
            "墙上贴着“禁止吸烟！”和“保持安静！”但候车室里照样乌烟瘴气。",
            &[
                "墙上贴着“禁止吸烟！”和“保持安静！”",
                "但候车室里照样乌烟瘴气。",
            ][..],
        ),
        (
            "PPT、Excel、各种开不完的会……这就是我每天的工作。",
            &["PPT、Excel、各种开不完的会……这就是我每天的工作。"][..],
        ),
        (
            "把手、门框、窗台……屋里到处都积满了灰。",
            &["把手、门框、窗台……屋里到处都积满了灰。"][..],
        ),
        (
            "被退回的稿件、没拆封的信、几张泛黄的照片……抽屉里什么都有。",
            &["被退回的稿件、没拆封的信、几张泛黄的照片……抽屉里什么都有。"][..],
        ),
        (
            "孩子们笑着、闹着、追着……操场上热闹极了。",
            &["孩子们笑着、闹着、追着……", "操场上热闹极了。"][..],
        ),
        (
            "我们找了整整一夜……直到第二天清晨才在河边找到他。",
            &["我们找了整整一夜……直到第二天清晨才在河边找到他。"][..],
        ),
        (
            "他在站台上站了很久……直到今天，我还记得那个背影。",
            &["他在站台上站了很久……", "直到今天，我还记得那个背影。"][..],
        ),
        (
            "“他到底想干什么？”我暗自思忖。",
            &["“他到底想干什么？”我暗自思忖。"][..],
        ),
        (
            "“你来了。”她淡淡地说，并没有抬头。",
            &["“你来了。”她淡淡地说，并没有抬头。"][..],
        ),
        (
            "阅读下面的材料，根据要求写作。（60分）",
            &["阅读下面的材料，根据要求写作。（60分）"][..],
        ),
        (
            "—Would you like some tea? —Yes, please.",
            &["—Would you like some tea?", "—Yes, please."][..],
        ),
        (
            "“Be yourself.” —Oscar Wilde",
            &["“Be yourself.” —Oscar Wilde"][..],
        ),
        (
            "第八十一回 占旺相四美钓游鱼 奉严词两番入家塾",
            &["第八十一回 占旺相四美钓游鱼 奉严词两番入家塾"][..],
        ),
        (
            "下列说法正确的是（　　） A. 甲 B. 乙",
            &["下列说法正确的是（　　）", "A. 甲", "B. 乙"][..],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_one_hundred_sixty_seven_to_nine_suffixes_states_thoughts_and_latin_lists() {
    for (text, want) in [
        (
            "他在Boston, Mass.读完了博士，随后去了硅谷。",
            &["他在Boston, Mass.读完了博士，随后去了硅谷。"][..],
        ),
        (
            "He was ill.我们都很担心。",
            &["He was ill.", "我们都很担心。"][..],
        ),
        (
            "「這事得從長計議。」他心裏盤算着。",
            &["「這事得從長計議。」他心裏盤算着。"][..],
        ),
        (
            "“我要当科学家。”这是我的梦想。",
            &["“我要当科学家。”", "这是我的梦想。"][..],
        ),
        (
            "他心想：‘这下完了。’可转念一想，事情也许还没有那么糟。",
            &["他心想：‘这下完了。’", "可转念一想，事情也许还没有那么糟。"][..],
        ),
        (
            "The merger created Halcyon Foods Corp.Analysts expect more deals in the sector.",
            &[
                "The merger created Halcyon Foods Corp.",
                "Analysts expect more deals in the sector.",
            ][..],
        ),
        (
            "Read Inc.Magazine every month.",
            &["Read Inc.Magazine every month."][..],
        ),
        (
            "The bank has hired Morgan Stanley & Co. As part of the review, it may sell two units.",
            &[
                "The bank has hired Morgan Stanley & Co.",
                "As part of the review, it may sell two units.",
            ][..],
        ),
        (
            "他买了Apple Watch、降噪耳机、一台新的Kindle……信用卡账单一下子翻了一倍。",
            &[
                "他买了Apple Watch、降噪耳机、一台新的Kindle……",
                "信用卡账单一下子翻了一倍。",
            ][..],
        ),
        (
            "他列举了Python、Java、Go……等十几种语言。",
            &["他列举了Python、Java、Go……等十几种语言。"][..],
        ),
        (
            "提到Taylor Swift……她的眼睛一下子亮了。",
            &["提到Taylor Swift……她的眼睛一下子亮了。"][..],
        ),
        (
            "海报上写着：Welcome to Hangzhou!下方是一行中文欢迎词。",
            &["海报上写着：Welcome to Hangzhou!", "下方是一行中文欢迎词。"][..],
        ),
        (
            "“这是一次历史性突破。”一位参与研发的专家这样评价。",
            &["“这是一次历史性突破。”一位参与研发的专家这样评价。"][..],
        ),
        (
            "The software is made by Quorra Inc. (The name comes from a film.)",
            &[
                "The software is made by Quorra Inc.",
                "(The name comes from a film.)",
            ][..],
        ),
        (
            "Mean follow-up was 26 mo. (SD, 8 mo.). Two patients died of unrelated causes.",
            &[
                "Mean follow-up was 26 mo. (SD, 8 mo.).",
                "Two patients died of unrelated causes.",
            ][..],
        ),
        (
            "Last year the plant was sold to Vetter Ltd. 300 workers lost their jobs.",
            &[
                "Last year the plant was sold to Vetter Ltd.",
                "300 workers lost their jobs.",
            ][..],
        ),
        (
            "It is at 12 Church St. 2nd floor.",
            &["It is at 12 Church St. 2nd floor."][..],
        ),
        (
            "我等了她整整一个下午……直到天黑了，她也没有出现。",
            &["我等了她整整一个下午……直到天黑了，她也没有出现。"][..],
        ),
        (
            "“要不要把真相告诉她呢？”我寻思了好几天。",
            &["“要不要把真相告诉她呢？”我寻思了好几天。"][..],
        ),
        (
            "Read the passage and answer the questions below.（15分）",
            &["Read the passage and answer the questions below.（15分）"][..],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_one_hundred_seventy_to_five_counts_streets_thoughts_and_sources() {
    for (text, want) in [
        (
            "The Acme Ltd. 2023 annual report was published on Friday.",
            &["The Acme Ltd. 2023 annual report was published on Friday."][..],
        ),
        (
            "The sale to Arden Inc. 12 months ago was a mistake.",
            &["The sale to Arden Inc. 12 months ago was a mistake."][..],
        ),
        (
            "We walked down Fifth Ave. 20 minutes later we reached the park.",
            &[
                "We walked down Fifth Ave.",
                "20 minutes later we reached the park.",
            ][..],
        ),
        (
            "The rally ended at Union Sq.Police said no arrests were made.",
            &[
                "The rally ended at Union Sq.",
                "Police said no arrests were made.",
            ][..],
        ),
        (
            "We flew to St.Louis and it was hot.",
            &["We flew to St.Louis and it was hot."][..],
        ),
        (
            "“这事没那么简单。”你想想，谁会平白无故送钱？",
            &["“这事没那么简单。”", "你想想，谁会平白无故送钱？"][..],
        ),
        (
            "“她为什么不来？”想着想着，他就睡着了。",
            &["“她为什么不来？”", "想着想着，他就睡着了。"][..],
        ),
        (
            "桌上摆着iPad、Switch、Kindle……全是他这两年买的。",
            &["桌上摆着iPad、Switch、Kindle……全是他这两年买的。"][..],
        ),
        (
            "她一直没有说话……直到电影结束，她都没有再看我一眼。",
            &["她一直没有说话……直到电影结束，她都没有再看我一眼。"][..],
        ),
        (
            "我们一遍遍地拨打他的电话……直到第二天下午派出所的民警打来电话，我们才知道他出了事。",
            &["我们一遍遍地拨打他的电话……直到第二天下午派出所的民警打来电话，我们才知道他出了事。"]
                [..],
        ),
        (
            "Port St.Lucie is one of Florida's fastest-growing cities.",
            &["Port St.Lucie is one of Florida's fastest-growing cities."][..],
        ),
        (
            "“读书破万卷，下笔如有神。”——杜甫，天宝七载。",
            &["“读书破万卷，下笔如有神。”——杜甫，天宝七载。"][..],
        ),
        (
            "“苟利国家生死以，岂因祸福避趋之。”——林则徐，道光二十二年（1842年）。",
            &["“苟利国家生死以，岂因祸福避趋之。”——林则徐，道光二十二年（1842年）。"][..],
        ),
        (
            "队员们一次又一次地冲向对方球门……直到终场哨声响起。",
            &["队员们一次又一次地冲向对方球门……直到终场哨声响起。"][..],
        ),
        (
            "一张旧照片、半封没写完的信、一把生锈的钥匙……抽屉里只剩下这些。",
            &["一张旧照片、半封没写完的信、一把生锈的钥匙……抽屉里只剩下这些。"][..],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_one_hundred_seventy_six_to_eight_associations_saints_reigns_and_titles() {
    for (text, want) in [
        (
            "Checks should be made payable to Lakeview Homeowners Assn. Cash is not accepted.",
            &[
                "Checks should be made payable to Lakeview Homeowners Assn.",
                "Cash is not accepted.",
            ][..],
        ),
        (
            "Sault Ste.Marie sits on the border with Michigan.",
            &["Sault Ste.Marie sits on the border with Michigan."][..],
        ),
        (
            "“会当凌绝顶，一览众山小。”——杜甫，开元二十四年前后。",
            &["“会当凌绝顶，一览众山小。”——杜甫，开元二十四年前后。"][..],
        ),
        (
            "“人生自古谁无死，留取丹心照汗青。”——文天祥，祥兴二年（1279年）正月。后人常以此句激励自己。",
            &[
                "“人生自古谁无死，留取丹心照汗青。”——文天祥，祥兴二年（1279年）正月。",
                "后人常以此句激励自己。",
            ][..],
        ),
        (
            "两个人吵了起来、三个人在旁边劝……最后连保安都来了。",
            &["两个人吵了起来、三个人在旁边劝……", "最后连保安都来了。"][..],
        ),
        (
            "一台MacBook、两个iPad……全被他摔坏了。",
            &["一台MacBook、两个iPad……全被他摔坏了。"][..],
        ),
        (
            "“这个方案风险太大。”张总思量再三。",
            &["“这个方案风险太大。”张总思量再三。"][..],
        ),
        (
            "“你们到底想怎么样？”他终于忍不住吼了出来。",
            &["“你们到底想怎么样？”他终于忍不住吼了出来。"][..],
        ),
        (
            "他的文章〈我们还能走多远？〉刊登在最新一期的《读书》杂志上。",
            &["他的文章〈我们还能走多远？〉刊登在最新一期的《读书》杂志上。"][..],
        ),
        (
            "6月末M2余额同比增长6.2%.M1同比下降7.8%.",
            &["6月末M2余额同比增长6.2%.", "M1同比下降7.8%."][..],
        ),
        (
            "“明天停水。”物业昨天贴出了通知。",
            &["“明天停水。”", "物业昨天贴出了通知。"][..],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_one_hundred_seventy_nine_to_eighty_one_ranks_bearings_commands_dates_and_emoji_codes() {
    for (text, want) in [
        (
            "He retired with the rank of Sgt. After his discharge, he joined the family business.",
            &[
                "He retired with the rank of Sgt.",
                "After his discharge, he joined the family business.",
            ][..],
        ),
        (
            "He was promoted to Capt. In 1944 he was wounded.",
            &["He was promoted to Capt.", "In 1944 he was wounded."][..],
        ),
        (
            "He met Gen. In Hwan Lee.",
            &["He met Gen. In Hwan Lee."][..],
        ),
        (
            "Listed by Keller Williams Realty Inc. Information deemed reliable but not guaranteed.",
            &[
                "Listed by Keller Williams Realty Inc.",
                "Information deemed reliable but not guaranteed.",
            ][..],
        ),
        (
            "It is about 300 mi. SE of Bermuda and moving N at 12 mph. Winds are high.",
            &[
                "It is about 300 mi. SE of Bermuda and moving N at 12 mph.",
                "Winds are high.",
            ][..],
        ),
        (
            "The price is $20, tax incl. The shop opens at 9.",
            &["The price is $20, tax incl.", "The shop opens at 9."][..],
        ),
        (
            "Prices incl. VAT and shipping.",
            &["Prices incl. VAT and shipping."][..],
        ),
        ("Unit avail. Sept. 1.", &["Unit avail. Sept. 1."][..]),
        (
            "Our office is at 50 Front St., Ste. B. Ring the bell twice.",
            &[
                "Our office is at 50 Front St., Ste. B.",
                "Ring the bell twice.",
            ][..],
        ),
        (
            "Walk to the end of Main St. Cross the bridge and keep left.",
            &[
                "Walk to the end of Main St.",
                "Cross the bridge and keep left.",
            ][..],
        ),
        (
            "Cross the Main St. Bridge and turn left.",
            &["Cross the Main St. Bridge and turn left."][..],
        ),
        (
            "Our new shop is on Hudson Ave. Stop by for a free coffee this week.",
            &[
                "Our new shop is on Hudson Ave.",
                "Stop by for a free coffee this week.",
            ][..],
        ),
        (
            "“后之视今，亦犹今之视昔。”——王羲之，永和九年暮春。",
            &["“后之视今，亦犹今之视昔。”——王羲之，永和九年暮春。"][..],
        ),
        (
            "“知识就是力量。”——弗朗西斯·培根，1597年前后。",
            &["“知识就是力量。”——弗朗西斯·培根，1597年前后。"][..],
        ),
        (
            "“寄意寒星荃不察，我以我血荐轩辕。”——鲁迅，一九〇三年。他那年二十二岁。",
            &[
                "“寄意寒星荃不察，我以我血荐轩辕。”——鲁迅，一九〇三年。",
                "他那年二十二岁。",
            ][..],
        ),
        (
            "“先天下之忧而忧，后天下之乐而乐。”——范仲淹，庆历六年重阳。",
            &["“先天下之忧而忧，后天下之乐而乐。”——范仲淹，庆历六年重阳。"][..],
        ),
        (
            "“为天地立心，为生民立命。”——张载，北宋熙宁年间。",
            &["“为天地立心，为生民立命。”——张载，北宋熙宁年间。"][..],
        ),
        (
            "一个人在哭、一个人在笑……这场面让人哭笑不得。",
            &["一个人在哭、一个人在笑……", "这场面让人哭笑不得。"][..],
        ),
        (
            "一个在校生、两个老师……都来了。",
            &["一个在校生、两个老师……都来了。"][..],
        ),
        (
            "“那就这么定了。”王局长沉吟良久，终于拍了板。",
            &["“那就这么定了。”王局长沉吟良久，终于拍了板。"][..],
        ),
        (
            "“鱼与熊掌不可兼得。”人生处处是权衡。",
            &["“鱼与熊掌不可兼得。”", "人生处处是权衡。"][..],
        ),
        (
            "刚刚看到一只猫咪在窗台上晒太阳，太治愈了[心]周一的坏心情一扫而空",
            &[
                "刚刚看到一只猫咪在窗台上晒太阳，太治愈了[心]",
                "周一的坏心情一扫而空",
            ][..],
        ),
        ("他发了个[微笑]的表情。", &["他发了个[微笑]的表情。"][..]),
        (
            "今天终于拿到驾照啦🎉🎉 科目二挂了两次。",
            &["今天终于拿到驾照啦🎉🎉", "科目二挂了两次。"][..],
        ),
        (
            "推荐：桂花拿铁☕️ 提拉米苏🍰",
            &["推荐：桂花拿铁☕️ 提拉米苏🍰"][..],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_one_hundred_eighty_two_to_four_rank_nouns_addresses_acts_and_asides() {
    for (text, want) in [
        (
            "He retired as a Lt. Col. His son enlisted the following spring.",
            &[
                "He retired as a Lt. Col.",
                "His son enlisted the following spring.",
            ][..],
        ),
        (
            "Two years later she made Sgt. The pay rise was modest.",
            &["Two years later she made Sgt.", "The pay rise was modest."][..],
        ),
        (
            "The orders came from the Gen. They were not questioned.",
            &["The orders came from the Gen.", "They were not questioned."][..],
        ),
        (
            "The Rev. Dr. Alisha Carter will preach.",
            &["The Rev. Dr. Alisha Carter will preach."][..],
        ),
        (
            "Did you see the Dr. Who episode last night?",
            &["Did you see the Dr. Who episode last night?"][..],
        ),
        (
            "I met Mr. He Lifeng and Prof. You Xiaoli.",
            &["I met Mr. He Lifeng and Prof. You Xiaoli."][..],
        ),
        (
            "At the time, her rank was Sgt. (She had been promoted in May.)",
            &[
                "At the time, her rank was Sgt.",
                "(She had been promoted in May.)",
            ][..],
        ),
        (
            "Police Commr. Jessica Tisch spoke, followed by Pfc. Dunne.",
            &["Police Commr. Jessica Tisch spoke, followed by Pfc. Dunne."][..],
        ),
        (
            "The cabin sits about 300 yds. N of the ranger station.",
            &["The cabin sits about 300 yds. N of the ranger station."][..],
        ),
        (
            "On day two we paddled 14 mi. NE winds of 15 knots made it rough.",
            &[
                "On day two we paddled 14 mi.",
                "NE winds of 15 knots made it rough.",
            ][..],
        ),
        (
            "Rooms start at $129 a night, breakfast incl. Free parking is available.",
            &[
                "Rooms start at $129 a night, breakfast incl.",
                "Free parking is available.",
            ][..],
        ),
        (
            "The firm's headquarters are at 500 Lake Shore Dr. Visitors must sign in.",
            &[
                "The firm's headquarters are at 500 Lake Shore Dr.",
                "Visitors must sign in.",
            ][..],
        ),
        (
            "Expect to pay $15–20 per sq. ft. Prices vary by region.",
            &["Expect to pay $15–20 per sq. ft.", "Prices vary by region."][..],
        ),
        (
            "Our mailing address is P.O. Box 4410, Sta. B, Lansing, Mich. 48909.",
            &["Our mailing address is P.O. Box 4410, Sta. B, Lansing, Mich. 48909."][..],
        ),
        (
            "The meeting ended at 5 p.m. 'Same time tomorrow,' said the chair.",
            &[
                "The meeting ended at 5 p.m.",
                "'Same time tomorrow,' said the chair.",
            ][..],
        ),
        (
            "Deliveries arrive around 6 a.m. [Editor's note: this has since changed.]",
            &[
                "Deliveries arrive around 6 a.m.",
                "[Editor's note: this has since changed.]",
            ][..],
        ),
        (
            "Head down Court St. Pass the library and turn right.",
            &["Head down Court St.", "Pass the library and turn right."][..],
        ),
        (
            "We had breakfast at the Pine St. Diner the morning after.",
            &["We had breakfast at the Pine St. Diner the morning after."][..],
        ),
        (
            "“不积跬步，无以至千里。”——荀子，战国末年。",
            &["“不积跬步，无以至千里。”——荀子，战国末年。"][..],
        ),
        (
            "三个潜在客户、两家供应商……下午的会议排得满满当当。",
            &["三个潜在客户、两家供应商……下午的会议排得满满当当。"][..],
        ),
        (
            "“此事不宜声张。”知府沉吟半晌，挥手让衙役退下。",
            &["“此事不宜声张。”知府沉吟半晌，挥手让衙役退下。"][..],
        ),
        (
            "「謝謝大家。」隨即鞠躬下台。",
            &["「謝謝大家。」隨即鞠躬下台。"][..],
        ),
        (
            "“谁？”随即门被推开了。",
            &["“谁？”", "随即门被推开了。"][..],
        ),
        (
            "他说：“谢谢。”随即，大家都笑了。",
            &["他说：“谢谢。”", "随即，大家都笑了。"][..],
        ),
        (
            "评论区一堆[doge]和[笑哭]，笑死我了",
            &["评论区一堆[doge]和[笑哭]，笑死我了"][..],
        ),
        ("发了个[抱抱]给她。", &["发了个[抱抱]给她。"][..]),
        (
            "请于[日期]前到[地点]报到。",
            &["请于[日期]前到[地点]报到。"][..],
        ),
        (
            "又胖了三斤[哭][哭]还是明天再减肥吧",
            &["又胖了三斤[哭][哭]", "还是明天再减肥吧"][..],
        ),
        (
            "你们那边下雨了吗🌧️ 我这儿一直在下",
            &["你们那边下雨了吗🌧️", "我这儿一直在下"][..],
        ),
        (
            "周末常去的地方：酒吧🍺 咖啡馆☕ 书店📚",
            &["周末常去的地方：酒吧🍺 咖啡馆☕ 书店📚"][..],
        ),
        (
            "专家提醒，出现发热、咳嗽、乏力等症状（尤其是持续高烧不退……）应及时就医。",
            &["专家提醒，出现发热、咳嗽、乏力等症状（尤其是持续高烧不退……）应及时就医。"][..],
        ),
        (
            "航班又延误了（唉……）我们只能等。",
            &["航班又延误了（唉……）", "我们只能等。"][..],
        ),
        (
            "该公司股价一度跌超10%……截至收盘，跌幅收窄至6.8%。",
            &["该公司股价一度跌超10%……", "截至收盘，跌幅收窄至6.8%。"][..],
        ),
        (
            "“I'm so proud of the team. We made history!”主教练赛后说道。",
            &["“I'm so proud of the team. We made history!”主教练赛后说道。"][..],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_one_hundred_eighty_five_to_seven_ordinal_ranks_peers_eras_and_codes() {
    for (text, want) in [
        (
            "He was the battalion's third Capt. That alone says something.",
            &[
                "He was the battalion's third Capt.",
                "That alone says something.",
            ][..],
        ),
        (
            "The keynote was given by Gen. The Lord Dannatt, a former head.",
            &["The keynote was given by Gen. The Lord Dannatt, a former head."][..],
        ),
        (
            "Police responded to the 400 block of E. Main St. Upon arrival, they found two adults.",
            &[
                "Police responded to the 400 block of E. Main St.",
                "Upon arrival, they found two adults.",
            ][..],
        ),
        (
            "“天下大势，分久必合，合久必分。”——罗贯中，元末明初。",
            &["“天下大势，分久必合，合久必分。”——罗贯中，元末明初。"][..],
        ),
        (
            "“天下熙熙，皆为利来。”——《史记·货殖列传》，西汉中期。",
            &["“天下熙熙，皆为利来。”——《史记·货殖列传》，西汉中期。"][..],
        ),
        (
            "“我不同意这个方案。”随即他站起身来，走出了会议室。",
            &["“我不同意这个方案。”", "随即他站起身来，走出了会议室。"][..],
        ),
        (
            "刚拿到offer[鼓掌]Thanks everyone",
            &["刚拿到offer[鼓掌]", "Thanks everyone"][..],
        ),
        (
            "又被抽中体检[吃惊]8点就得到医院",
            &["又被抽中体检[吃惊]", "8点就得到医院"][..],
        ),
        (
            "楼下那家酒吧🍺 周五晚上有驻唱",
            &["楼下那家酒吧🍺 周五晚上有驻唱"][..],
        ),
        (
            "三年来的增速分别为5%、8%、12%……呈逐年上升趋势。",
            &["三年来的增速分别为5%、8%、12%……呈逐年上升趋势。"][..],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_one_hundred_eighty_eight_to_ninety_stylings_dynasties_asides_and_inscriptions() {
    for (text, want) in [
        (
            "She was the unit's twelfth Sgt. Most of the others had lasted only months.",
            &[
                "She was the unit's twelfth Sgt.",
                "Most of the others had lasted only months.",
            ][..],
        ),
        (
            "The sermon was given by the Rt. Rev. The Lord Bishop of London.",
            &["The sermon was given by the Rt. Rev. The Lord Bishop of London."][..],
        ),
        (
            "She was the first woman promoted to Rear Adm. The Navy marked the day.",
            &[
                "She was the first woman promoted to Rear Adm.",
                "The Navy marked the day.",
            ][..],
        ),
        (
            "“千淘万漉虽辛苦，吹尽狂沙始到金。”——刘禹锡，唐朝中后期。",
            &["“千淘万漉虽辛苦，吹尽狂沙始到金。”——刘禹锡，唐朝中后期。"][..],
        ),
        (
            "“春水碧于天，画船听雨眠。”——韦庄，唐末。",
            &["“春水碧于天，画船听雨眠。”——韦庄，唐末。"][..],
        ),
        (
            "“好。”随即这件事就再没人提起了。",
            &["“好。”", "随即这件事就再没人提起了。"][..],
        ),
        (
            "市中心新开的迪吧💃 每晚都爆满",
            &["市中心新开的迪吧💃 每晚都爆满"][..],
        ),
        (
            "他又熬了个通宵（真拿他没办法……）早上八点才睡下。",
            &["他又熬了个通宵（真拿他没办法……）", "早上八点才睡下。"][..],
        ),
        (
            "他把信读了一遍又一遍。『一定要回来啊。』信的末尾这样写着。",
            &[
                "他把信读了一遍又一遍。",
                "『一定要回来啊。』信的末尾这样写着。",
            ][..],
        ),
        (
            "“禁止吸烟。”墙上写着四个大字，很醒目。",
            &["“禁止吸烟。”", "墙上写着四个大字，很醒目。"][..],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_one_hundred_ninety_one_to_three_numbers_flags_stylings_and_subjects() {
    for (text, want) in [
        (
            "lol no. you need a bigger psu",
            &["lol no.", "you need a bigger psu"][..],
        ),
        (
            "ugh the vol. knob on my amp is broken again",
            &["ugh the vol. knob on my amp is broken again"][..],
        ),
        (
            "bake for approx. 12 min. then flip it",
            &["bake for approx. 12 min. then flip it"][..],
        ),
        (
            "Run the tests with pytest -v. Integration tests are skipped by default.",
            &[
                "Run the tests with pytest -v.",
                "Integration tests are skipped by default.",
            ][..],
        ),
        (
            "After the Somme he was promoted to Capt. The very next week he was wounded.",
            &[
                "After the Somme he was promoted to Capt.",
                "The very next week he was wounded.",
            ][..],
        ),
        (
            "Prizes were handed out by Cdr. The Viscountess Brentford.",
            &["Prizes were handed out by Cdr. The Viscountess Brentford."][..],
        ),
        (
            "She is the force's thirtieth Supt. Her predecessor lasted a year.",
            &[
                "She is the force's thirtieth Supt.",
                "Her predecessor lasted a year.",
            ][..],
        ),
        (
            "「閒人免進。」門口的牌子上寫著。",
            &["「閒人免進。」門口的牌子上寫著。"][..],
        ),
        (
            "“开饭了！”旋即大家一拥而上。",
            &["“开饭了！”", "旋即大家一拥而上。"][..],
        ),
        (
            "商场一楼的咖啡吧☕ 环境还不错",
            &["商场一楼的咖啡吧☕ 环境还不错"][..],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_one_hundred_ninety_seven_to_nine_bearings_citations_timestamps_and_particles() {
    for (text, want) in [
        (
            "The cabin sits about 3 mi. N. of the trailhead.",
            &["The cabin sits about 3 mi. N. of the trailhead."][..],
        ),
        (
            "The storm was centered 200 mi. E. It is expected to turn north.",
            &[
                "The storm was centered 200 mi. E.",
                "It is expected to turn north.",
            ][..],
        ),
        (
            "The ceiling was broken at 3,500 ft. AGL.",
            &["The ceiling was broken at 3,500 ft. AGL."][..],
        ),
        (
            "He retired with the rank of Gen. His memoirs appeared later.",
            &[
                "He retired with the rank of Gen.",
                "His memoirs appeared later.",
            ][..],
        ),
        (
            "In 1918 he was promoted to Brig. Gen. He retired a year later.",
            &[
                "In 1918 he was promoted to Brig. Gen.",
                "He retired a year later.",
            ][..],
        ),
        (
            "The order made Gen. Smith furious.",
            &["The order made Gen. Smith furious."][..],
        ),
        (
            "Cf. Wash. State Grange v. Wash. State Republican Party, 552 U.S. 442 (2008).",
            &["Cf. Wash. State Grange v. Wash. State Republican Party, 552 U.S. 442 (2008)."][..],
        ),
        (
            "He lost in Smith v. Mass. The case ended there.",
            &["He lost in Smith v. Mass.", "The case ended there."][..],
        ),
        (
            "The memo was signed 'J. Smith' at the bottom.",
            &["The memo was signed 'J. Smith' at the bottom."][..],
        ),
        (
            "Shipping weight is 2.3 lbs.Dimensions are 10 x 6 in.",
            &["Shipping weight is 2.3 lbs.", "Dimensions are 10 x 6 in."][..],
        ),
        (
            "So why leave Google? [00:12:48] Priya: Burnout.",
            &["So why leave Google?", "[00:12:48] Priya: Burnout."][..],
        ),
        (
            "It rose 5%. [12] Others disagreed.",
            &["It rose 5%. [12]", "Others disagreed."][..],
        ),
        (
            "我们的新办公室在Bldg. C三楼。欢迎参观。",
            &["我们的新办公室在Bldg. C三楼。", "欢迎参观。"][..],
        ),
        (
            "【不良反应】1. 少数病人可出现恶心。 2. 罕见皮疹。",
            &["【不良反应】", "1. 少数病人可出现恶心。", "2. 罕见皮疹。"][..],
        ),
        (
            "“春眠不觉晓。”——孟浩然，开元末年春。这首诗人人会背。",
            &["“春眠不觉晓。”——孟浩然，开元末年春。", "这首诗人人会背。"][..],
        ),
        (
            "给大家拜个早年[福][福]祝新的一年万事如意！",
            &["给大家拜个早年[福][福]", "祝新的一年万事如意！"][..],
        ),
        (
            "他到底还来不来呢🤔 我们都等了一个多小时了。",
            &["他到底还来不来呢🤔", "我们都等了一个多小时了。"][..],
        ),
        ("结果呢……还是失败了。", &["结果呢……还是失败了。"][..]),
        (
            "面料摸着很舒服👍 给五星好评",
            &["面料摸着很舒服👍", "给五星好评"][..],
        ),
        (
            "拿铁☕️ 提拉米苏🍰 都很好吃",
            &["拿铁☕️ 提拉米苏🍰 都很好吃"][..],
        ),
        (
            "书架上摆满了杂志（《读者》《青年文摘》……）每一本都翻卷了边。",
            &["书架上摆满了杂志（《读者》《青年文摘》……）每一本都翻卷了边。"][..],
        ),
        (
            "『你到底在怕什麼？』她終於問出口。",
            &["『你到底在怕什麼？』她終於問出口。"][..],
        ),
        (
            "“Where are you from?”出租车司机一路上问个不停。",
            &["“Where are you from?”出租车司机一路上问个不停。"][..],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_two_hundred_to_two_hundred_two_journals_zones_references_titles_and_faces() {
    for (text, want) in [
        (
            "It was reviewed in Am. Hist. Rev. 104 (1999). It won.",
            &["It was reviewed in Am. Hist. Rev. 104 (1999).", "It won."][..],
        ),
        (
            "Lee was 310 mi. SSE of Bermuda at 11 p.m. AST. Winds are near 105 mph.",
            &[
                "Lee was 310 mi. SSE of Bermuda at 11 p.m. AST.",
                "Winds are near 105 mph.",
            ][..],
        ),
        (
            "The group walked 3 mi. E. J. Thompson turned back.",
            &["The group walked 3 mi.", "E. J. Thompson turned back."][..],
        ),
        (
            "Henry IV, Pt. II, was first staged in 1598.",
            &["Henry IV, Pt. II, was first staged in 1598."][..],
        ),
        (
            "The call is at 5 p.m. PT. The agenda is short.",
            &["The call is at 5 p.m. PT.", "The agenda is short."][..],
        ),
        (
            "Turnout fell to 41%. [7] Analysts blamed the weather.",
            &["Turnout fell to 41%. [7]", "Analysts blamed the weather."][..],
        ),
        (
            "关于2024年度拟录用公务员的公示 根据有关规定，现予以公示。",
            &[
                "关于2024年度拟录用公务员的公示",
                "根据有关规定，现予以公示。",
            ][..],
        ),
        (
            "该方法包括：S1.将原料混合；S2.煅烧；S3.冷却，得到材料。",
            &["该方法包括：S1.将原料混合；S2.煅烧；S3.冷却，得到材料。"][..],
        ),
        ("型号为S1.请注意。", &["型号为S1.", "请注意。"][..]),
        (
            "这支口红我真的要吹爆🔥 上嘴很温柔。",
            &["这支口红我真的要吹爆🔥", "上嘴很温柔。"][..],
        ),
        (
            "物流超快👍 包装也很严实。",
            &["物流超快👍", "包装也很严实。"][..],
        ),
        (
            "房间挺干净的😊 就是隔音差了点。",
            &["房间挺干净的😊", "就是隔音差了点。"][..],
        ),
        (
            "超大杯🥤 超值套餐🍔 今天都打八折",
            &["超大杯🥤 超值套餐🍔 今天都打八折"][..],
        ),
        ("感谢我的好友🙏 推荐", &["感谢我的好友🙏 推荐"][..]),
        (
            "被小朋友夸“姐姐你好漂亮”😭😭 一整天心情都好",
            &["被小朋友夸“姐姐你好漂亮”😭😭", "一整天心情都好"][..],
        ),
        (
            "不接受商业合作哦～私信不回请见谅",
            &["不接受商业合作哦～", "私信不回请见谅"][..],
        ),
        (
            "今日穿搭分享～ 上衣：ZARA",
            &["今日穿搭分享～ 上衣：ZARA"][..],
        ),
        (
            "他们公司搬到了Tower B. 新地址我稍后发你。",
            &["他们公司搬到了Tower B.", "新地址我稍后发你。"][..],
        ),
        ("作者是J. K. 罗琳。", &["作者是J. K. 罗琳。"][..]),
        (
            "“我知道答案！”小明脱口而出。",
            &["“我知道答案！”小明脱口而出。"][..],
        ),
        (
            "本品净重16 oz.（约454克），开封后请冷藏。",
            &["本品净重16 oz.（约454克），开封后请冷藏。"][..],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_two_hundred_three_to_five_amounts_marks_steps_documents_and_tildes() {
    for (text, want) in [
        (
            "It was held in Washington, D.C. More than 400 people attended.",
            &[
                "It was held in Washington, D.C.",
                "More than 400 people attended.",
            ][..],
        ),
        (
            "He moved to the U.S. more than once.",
            &["He moved to the U.S. more than once."][..],
        ),
        (
            "Exports rose 6%. [7] [8] Imports were flat.",
            &["Exports rose 6%. [7] [8]", "Imports were flat."][..],
        ),
        (
            "He was born in 1902. [a] His father ran a shop.",
            &["He was born in 1902. [a]", "His father ran a shop."][..],
        ),
        (
            "Her review in Trends Ecol. Evol. 34 urged caution.",
            &["Her review in Trends Ecol. Evol. 34 urged caution."][..],
        ),
        (
            "Submissions close at 11:59 p.m. AoE on May 1.",
            &["Submissions close at 11:59 p.m. AoE on May 1."][..],
        ),
        (
            "He read it along with Pt. I of the book.",
            &["He read it along with Pt. I of the book."][..],
        ),
        (
            "Did it work? No. I think not.",
            &["Did it work?", "No.", "I think not."][..],
        ),
        (
            "步骤：S1. 将原料粉碎；S2. 加水搅拌；S3. 烘干。",
            &["步骤：S1. 将原料粉碎；S2. 加水搅拌；S3. 烘干。"][..],
        ),
        (
            "S1. Open the lid. S2. Pour the water.",
            &["S1. Open the lid.", "S2. Pour the water."][..],
        ),
        (
            "关于那份通知 大家私下里议论了好几天。",
            &["关于那份通知 大家私下里议论了好几天。"][..],
        ),
        (
            "关于这次活动的通知 各位同学：请准时参加。",
            &["关于这次活动的通知", "各位同学：请准时参加。"][..],
        ),
        (
            "關於調整收費標準的公告 經市政府同意，自即日起調整。",
            &["關於調整收費標準的公告", "經市政府同意，自即日起調整。"][..],
        ),
        (
            "今天去了超市🛒 买了一大堆零食",
            &["今天去了超市🛒 买了一大堆零食"][..],
        ),
        (
            "今天的太阳🌞 晒得人睁不开眼",
            &["今天的太阳🌞 晒得人睁不开眼"][..],
        ),
        (
            "谢谢大家的支持哦～ Love you all",
            &["谢谢大家的支持哦～", "Love you all"][..],
        ),
        (
            "这里的夜景特别美✨～ 强烈推荐晚上来",
            &["这里的夜景特别美✨～", "强烈推荐晚上来"][..],
        ),
        (
            "每罐容量为12 fl. oz.（约355毫升），请尽快饮用。",
            &["每罐容量为12 fl. oz.（约355毫升），请尽快饮用。"][..],
        ),
        (
            "出口改到了Exit D. 原来的出口正在施工。",
            &["出口改到了Exit D.", "原来的出口正在施工。"][..],
        ),
        (
            "英国细菌学家A. 弗莱明发现了它。",
            &["英国细菌学家A. 弗莱明发现了它。"][..],
        ),
        (
            "大家都在排队买“网红面包”……队伍排到了街角。",
            &["大家都在排队买“网红面包”……", "队伍排到了街角。"][..],
        ),
        ("他说“好”……我们就走了。", &["他说“好”……我们就走了。"][..]),
        (
            "老人说：“家没了。”志愿者们连忙上前安慰。",
            &["老人说：“家没了。”", "志愿者们连忙上前安慰。"][..],
        ),
        (
            "“怎么走？”一位游客向志愿者问路。",
            &["“怎么走？”一位游客向志愿者问路。"][..],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_two_hundred_six_to_eight_numerals_spaces_ranges_steps_and_english_emoji() {
    for (text, want) in [
        (
            "The quotation is from Bk. I of the Aeneid.",
            &["The quotation is from Bk. I of the Aeneid."][..],
        ),
        (
            "Vol. I and Vol. II were reissued.",
            &["Vol. I and Vol. II were reissued."][..],
        ),
        (
            "Wheat output fell 9%.  [2] [5]  Farmers blamed the drought.",
            &[
                "Wheat output fell 9%.  [2] [5]",
                "Farmers blamed the drought.",
            ][..],
        ),
        (
            "It rose.[2, 3] Others fell.",
            &["It rose.[2, 3]", "Others fell."][..],
        ),
        (
            "中尼两国宣布了珠峰的最新高程。[2-3]峰顶常年积雪。",
            &["中尼两国宣布了珠峰的最新高程。[2-3]", "峰顶常年积雪。"][..],
        ),
        (
            "这家民宿特别干净✨　老板还送了水果",
            &["这家民宿特别干净✨", "老板还送了水果"][..],
        ),
        (
            "床垫有点硬😅 不过睡久了也还行",
            &["床垫有点硬😅", "不过睡久了也还行"][..],
        ),
        (
            "“别喝了，明天还要上班呢。”妻子劝他。",
            &["“别喝了，明天还要上班呢。”妻子劝他。"][..],
        ),
        (
            "关于这次疫情防控的通告 全体市民：请配合。",
            &["关于这次疫情防控的通告", "全体市民：请配合。"][..],
        ),
        (
            "S1. 打开设备电源。S2. 选择检测模式。",
            &["S1. 打开设备电源。", "S2. 选择检测模式。"][..],
        ),
        (
            "配方里写的是4 fl. oz.的淡奶油。",
            &["配方里写的是4 fl. oz.的淡奶油。"][..],
        ),
        (
            "医生建议他多补充维生素C. 每天吃点水果就行。",
            &["医生建议他多补充维生素C.", "每天吃点水果就行。"][..],
        ),
        (
            "Just landed in Tokyo ✈️ 14 hours on a plane and I'm awake.",
            &[
                "Just landed in Tokyo ✈️",
                "14 hours on a plane and I'm awake.",
            ][..],
        ),
        (
            "It works fine 👍 The box was dented though.",
            &["It works fine 👍", "The box was dented though."][..],
        ),
        (
            "I ❤️ NY and I always will.",
            &["I ❤️ NY and I always will."][..],
        ),
        (
            "Lisbon 🇵🇹 Porto 🇵🇹 Madrid 🇪🇸 were the stops.",
            &["Lisbon 🇵🇹 Porto 🇵🇹 Madrid 🇪🇸 were the stops."][..],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_two_hundred_nine_to_eleven_letters_objects_and_latin_in_clauses() {
    for (text, want) in [
        (
            "The painting is signed with a single letter, M. Experts believe it is a Monet.",
            &[
                "The painting is signed with a single letter, M.",
                "Experts believe it is a Monet.",
            ][..],
        ),
        (
            "V. Limitations are discussed last.",
            &["V. Limitations are discussed last."][..],
        ),
        (
            "他给我发了一句“Are you free tonight?”我还没想好怎么回。",
            &[
                "他给我发了一句“Are you free tonight?”",
                "我还没想好怎么回。",
            ][..],
        ),
        (
            "一句“我爱你。”他憋了整整三年也没说出口。",
            &["一句“我爱你。”他憋了整整三年也没说出口。"][..],
        ),
        (
            "他总把“I am fine.”挂在嘴边。",
            &["他总把“I am fine.”挂在嘴边。"][..],
        ),
        (
            "Works great 👍🏽 My only complaint is the price.",
            &["Works great 👍🏽", "My only complaint is the price."][..],
        ),
        (
            "The sunset was unreal 🌅 Photos don't do it justice.",
            &["The sunset was unreal 🌅", "Photos don't do it justice."][..],
        ),
        (
            "Five stars ⭐⭐⭐⭐⭐ Would buy again.",
            &["Five stars ⭐⭐⭐⭐⭐", "Would buy again."][..],
        ),
        (
            "I ❤️ The Office more than any other sitcom.",
            &["I ❤️ The Office more than any other sitcom."][..],
        ),
        (
            "Just booked our tickets to 🇯🇵 Japan for April!",
            &["Just booked our tickets to 🇯🇵 Japan for April!"][..],
        ),
        (
            "She has won 🥇 3 times at the nationals.",
            &["She has won 🥇 3 times at the nationals."][..],
        ),
        (
            "Huge thanks to our host 🙏 Maria for the welcome.",
            &["Huge thanks to our host 🙏 Maria for the welcome."][..],
        ),
        (
            "Got the email this morning 🎉 “Congratulations, you are in!”",
            &[
                "Got the email this morning 🎉",
                "“Congratulations, you are in!”",
            ][..],
        ),
        (
            "The kilns came from Pellworth Ceramics Co. Half of them cracked.",
            &[
                "The kilns came from Pellworth Ceramics Co.",
                "Half of them cracked.",
            ][..],
        ),
        (
            "Pupils who miss the deadline get a grade of F. Extensions are rare.",
            &[
                "Pupils who miss the deadline get a grade of F.",
                "Extensions are rare.",
            ][..],
        ),
        (
            "Senior engineer L. Matthews leads the design team.",
            &["Senior engineer L. Matthews leads the design team."][..],
        ),
        (
            "The opening chapters of Vol. I are by far the strongest.",
            &["The opening chapters of Vol. I are by far the strongest."][..],
        ),
        (
            "It was No. I in the charts.",
            &["It was No. I in the charts."][..],
        ),
        (
            "He scored ⚽ 2 goals in the last ten minutes.",
            &["He scored ⚽ 2 goals in the last ten minutes."][..],
        ),
        (
            "该公司成立于1998年。 [注2] 总部位于深圳。",
            &["该公司成立于1998年。 [注2]", "总部位于深圳。"][..],
        ),
        (
            "关于春节期间物业服务安排的通知 2月9日至2月17日，实行轮班值守。",
            &[
                "关于春节期间物业服务安排的通知",
                "2月9日至2月17日，实行轮班值守。",
            ][..],
        ),
        (
            "关于国庆节放假的通知 为什么每年都这么晚才出？",
            &["关于国庆节放假的通知 为什么每年都这么晚才出？"][..],
        ),
        (
            "关于小区停车管理的通知 本来说好月底发布。",
            &["关于小区停车管理的通知 本来说好月底发布。"][..],
        ),
        (
            "Pt. I for beginners covers the basics.",
            &["Pt. I for beginners covers the basics."][..],
        ),
        (
            "Is this Vol. I? I can't tell.",
            &["Is this Vol. I?", "I can't tell."][..],
        ),
        (
            "In the end she told him no. I, for one, agreed.",
            &["In the end she told him no.", "I, for one, agreed."][..],
        ),
        (
            "U.S. Const. art. I, § 8.",
            &["U.S. Const. art. I, § 8."][..],
        ),
        (
            "我只跑了十分钟🏃 就累得喘不过气",
            &["我只跑了十分钟🏃 就累得喘不过气"][..],
        ),
        (
            "这个App真的很好用👍 UI也很简洁",
            &["这个App真的很好用👍", "UI也很简洁"][..],
        ),
        (
            "关于退款流程的说明 在订单详情页的最下方。",
            &["关于退款流程的说明 在订单详情页的最下方。"][..],
        ),
        (
            "关于年度报告更正的说明 本公司于3月28日披露了报告。",
            &["关于年度报告更正的说明", "本公司于3月28日披露了报告。"][..],
        ),
        (
            "终于拿到offer了🎉🎉 Thanks everyone for the support!",
            &["终于拿到offer了🎉🎉", "Thanks everyone for the support!"][..],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_two_hundred_fifteen_to_seventeen_suffixes_labels_manners_and_notices() {
    for (text, want) in [
        // A measure after a determiner describes the noun after it; a sentence
        // opener or a plural's clause still opens one.
        (
            "Pairs well with the 6 ft. USB-C braided cable. Each is sold separately.",
            &[
                "Pairs well with the 6 ft. USB-C braided cable.",
                "Each is sold separately.",
            ][..],
        ),
        (
            "Use a 10 in. Phillips screwdriver.",
            &["Use a 10 in. Phillips screwdriver."],
        ),
        (
            "He cleared a 7 ft. The crowd roared.",
            &["He cleared a 7 ft.", "The crowd roared."],
        ),
        (
            "He cleared a 7 ft. Crowds roared.",
            &["He cleared a 7 ft.", "Crowds roared."],
        ),
        // A bracketed word after a title is part of it.
        (
            "Lt. Col. (Ret.) David Marsh served 24 years. He now consults.",
            &[
                "Lt. Col. (Ret.) David Marsh served 24 years.",
                "He now consults.",
            ],
        ),
        (
            "He retired as a Col. (Ret.) The ceremony was brief.",
            &["He retired as a Col. (Ret.)", "The ceremony was brief."],
        ),
        // A part's letter after a capitalised word's period.
        (
            "A proof is provided in App. C.",
            &["A proof is provided in App. C."],
        ),
        ("See App. C for details.", &["See App. C for details."]),
        ("I met Tom. B was there.", &["I met Tom.", "B was there."]),
        (
            "The answer is Paris. B and D are wrong.",
            &["The answer is Paris.", "B and D are wrong."],
        ),
        (
            "See Exh. A, attached hereto.",
            &["See Exh. A, attached hereto."],
        ),
        (
            "It is in App. B. Responses were anonymous.",
            &["It is in App. B.", "Responses were anonymous."],
        ),
        ("附录见App. C，请查阅。", &["附录见App. C，请查阅。"]),
        (
            "I still use the 6 qt. Instant Pot.",
            &["I still use the 6 qt. Instant Pot."],
        ),
        ("Buy a 5 lb. bag of rice.", &["Buy a 5 lb. bag of rice."]),
        (
            "It weighs 42 lb. Mark lifted it.",
            &["It weighs 42 lb.", "Mark lifted it."],
        ),
        (
            "Don't buy the 3 ft. Amazon sells a longer one.",
            &["Don't buy the 3 ft.", "Amazon sells a longer one."],
        ),
        (
            "Dr. S.A. Khan will lead it.",
            &["Dr. S.A. Khan will lead it."],
        ),
        (
            "Yesterday S.A. Jones retired.",
            &["Yesterday S.A. Jones retired."],
        ),
        (
            "Dinner with the team 🍝 Chef Marco cooked everything.",
            &["Dinner with the team 🍝", "Chef Marco cooked everything."],
        ),
        (
            "To be honest… I forgot your birthday.",
            &["To be honest… I forgot your birthday."],
        ),
        (
            "I waited for hours… Nobody came.",
            &["I waited for hours…", "Nobody came."],
        ),
        // A participle's phrase and a dotted suffix after a company's name.
        (
            "Distributed by Harbourside Media Pty. Ltd. Printed in China.",
            &[
                "Distributed by Harbourside Media Pty. Ltd.",
                "Printed in China.",
            ],
        ),
        (
            "The Notes were issued by Banco Santander, S.A. Interest is payable semi-annually.",
            &[
                "The Notes were issued by Banco Santander, S.A.",
                "Interest is payable semi-annually.",
            ],
        ),
        (
            "The book was written by S.A. Smith last year.",
            &["The book was written by S.A. Smith last year."],
        ),
        // A name and a regular past after emoji.
        (
            "Just landed in Lisbon 🇵🇹 Maria picked us up at the airport.",
            &[
                "Just landed in Lisbon 🇵🇹",
                "Maria picked us up at the airport.",
            ],
        ),
        (
            "Shoutout to our host 🙏 Maria for everything.",
            &["Shoutout to our host 🙏 Maria for everything."],
        ),
        // Chinese attributions: a complement of manner, a manner before the verb,
        // reciting; a sound or a reply after words whose speaker was named.
        (
            "“你去不去？”我问。“去！”他答得很干脆。",
            &["“你去不去？”我问。", "“去！”他答得很干脆。"],
        ),
        (
            "“加油！”那句口号喊得震天响。",
            &["“加油！”", "那句口号喊得震天响。"],
        ),
        // (A manner before a verb of statement leaves the words after its comma new
        // ones, as news writes them.)
        (
            "“感谢大家的支持。”她激动地说，这个奖属于整个团队。",
            &["“感谢大家的支持。”", "她激动地说，这个奖属于整个团队。"],
        ),
        ("“去！”他答得干脆。", &["“去！”他答得干脆。"]),
        (
            "“活到老，学到老。”这话说得很对。",
            &["“活到老，学到老。”", "这话说得很对。"],
        ),
        (
            "“不可能！”他否认得斩钉截铁。",
            &["“不可能！”他否认得斩钉截铁。"],
        ),
        (
            "“一二三四，二二三四……”教室里传来整齐的朗读声。",
            &["“一二三四，二二三四……”教室里传来整齐的朗读声。"],
        ),
        (
            "妈妈喊“吃饭了！”我们立刻从房间里冲了出来。",
            &["妈妈喊“吃饭了！”", "我们立刻从房间里冲了出来。"],
        ),
        (
            "一句“我爱你。”他憋了整整三年。",
            &["一句“我爱你。”他憋了整整三年。"],
        ),
        (
            "“春眠不觉晓，处处闻啼鸟。”奶奶一边念，一边轻轻拍着我的背。",
            &["“春眠不觉晓，处处闻啼鸟。”奶奶一边念，一边轻轻拍着我的背。"],
        ),
        ("“我真想家。”他很想念。", &["“我真想家。”", "他很想念。"]),
        (
            "他骂：“没良心的东西！”接着是摔门的声音。",
            &["他骂：“没良心的东西！”", "接着是摔门的声音。"],
        ),
        (
            "“Hello？”电话那头传来一个陌生的女声。",
            &["“Hello？”电话那头传来一个陌生的女声。"],
        ),
        (
            "小王在群里问“谁有充电宝？”我赶紧回了一句。",
            &["小王在群里问“谁有充电宝？”", "我赶紧回了一句。"],
        ),
        // An official notice's title before a dated or caused body.
        (
            "关于调整食堂开放时间的通知 自3月1日起，早餐供应时间调整为7:00至8:30。",
            &[
                "关于调整食堂开放时间的通知",
                "自3月1日起，早餐供应时间调整为7:00至8:30。",
            ],
        ),
        (
            "关于小区停水的温馨提示 因主管道维修，本小区将于明日停水。",
            &[
                "关于小区停水的温馨提示",
                "因主管道维修，本小区将于明日停水。",
            ],
        ),
        (
            "关于那个通知 因为我也没看懂，所以问问大家。",
            &["关于那个通知 因为我也没看懂，所以问问大家。"],
        ),
        (
            "关于开会的通知 从哪里能看到？",
            &["关于开会的通知 从哪里能看到？"],
        ),
        (
            "关于食堂装修的通知 自下周一起，一号食堂暂停营业。",
            &["关于食堂装修的通知", "自下周一起，一号食堂暂停营业。"],
        ),
        (
            "关于消防演练的通知 定于11月9日举行演练。",
            &["关于消防演练的通知", "定于11月9日举行演练。"],
        ),
        (
            "关于年终奖的通知 今年怎么还没出来？",
            &["关于年终奖的通知 今年怎么还没出来？"],
        ),
        (
            "导游用英语问：“Any questions?”游客们纷纷举手提问。",
            &["导游用英语问：“Any questions?”", "游客们纷纷举手提问。"],
        ),
        (
            "“我的腿终于能动了！”患者老周喊出了声。",
            &["“我的腿终于能动了！”患者老周喊出了声。"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_two_hundred_twenty_one_to_three_titles_parts_voices_and_actions() {
    for (text, want) in [
        (
            "Ald. Marcus Reyes (25th) voted no. He said it would hurt.",
            &[
                "Ald. Marcus Reyes (25th) voted no.",
                "He said it would hurt.",
            ][..],
        ),
        (
            "The river crested at 41.3 ft. Monday night. Warnings remain.",
            &[
                "The river crested at 41.3 ft. Monday night.",
                "Warnings remain.",
            ],
        ),
        (
            "In Sch. F the expenses are itemized.",
            &["In Sch. F the expenses are itemized."],
        ),
        (
            "The witness identified Exh. H as hers.",
            &["The witness identified Exh. H as hers."],
        ),
        (
            "It weighs 42 lb. Mark lifted it.",
            &["It weighs 42 lb.", "Mark lifted it."],
        ),
        (
            "Chief Justice S.A. Bobde was sworn in.",
            &["Chief Justice S.A. Bobde was sworn in."],
        ),
        (
            "Meanwhile, A.G. Barr reported gains.",
            &["Meanwhile, A.G. Barr reported gains."],
        ),
        (
            "Road trip day 3 🚗 Dad drove nine hours straight.",
            &["Road trip day 3 🚗", "Dad drove nine hours straight."],
        ),
        (
            "Movie night 🍿 Watched Inception again.",
            &["Movie night 🍿", "Watched Inception again."],
        ),
        (
            "“站住！”他喊得嗓子都哑了。",
            &["“站住！”他喊得嗓子都哑了。"],
        ),
        (
            "“我不去。”他回绝得很坚决。",
            &["“我不去。”他回绝得很坚决。"],
        ),
        (
            "“大家辛苦了！”这句开场白说得很暖心。",
            &["“大家辛苦了！”", "这句开场白说得很暖心。"],
        ),
        (
            "“我们结婚吧。”这句话他说得特别认真。",
            &["“我们结婚吧。”这句话他说得特别认真。"],
        ),
        (
            "“开门，查水表！”门外传来一个粗哑的嗓音。",
            &["“开门，查水表！”门外传来一个粗哑的嗓音。"],
        ),
        (
            "“谁在外面？”这时，门外传来了一阵脚步声。",
            &["“谁在外面？”", "这时，门外传来了一阵脚步声。"],
        ),
        (
            "他喊：“集合！”远处传来一阵喊声。",
            &["他喊：“集合！”", "远处传来一阵喊声。"],
        ),
        (
            "“我没事。”她笑着说，眼角却挂着泪珠。",
            &["“我没事。”她笑着说，眼角却挂着泪珠。"],
        ),
        (
            "“我们已经尽力了。”医生疲惫地说，摘下口罩擦了擦汗。",
            &["“我们已经尽力了。”医生疲惫地说，摘下口罩擦了擦汗。"],
        ),
        (
            "关于召开家长会的通知 将于本周五下午三点召开家长会。",
            &["关于召开家长会的通知", "将于本周五下午三点召开家长会。"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_two_hundred_twenty_four_to_six_glued_ellipses_leads_and_brief_acts() {
    for (text, want) in [
        (
            "He promised he'd fix it...He didn't.",
            &["He promised he'd fix it...", "He didn't."][..],
        ),
        ("Well...Maybe later.", &["Well...Maybe later."]),
        (
            "Did we leak...No, we didn't leak,\" he added.",
            &["Did we leak...No, we didn't leak,\" he added."],
        ),
        (
            "Nice location .Tiny bathroom .",
            &["Nice location .", "Tiny bathroom ."],
        ),
        (
            "Open the .Rmd file in RStudio.",
            &["Open the .Rmd file in RStudio."],
        ),
        (
            "I left three voicemails for our sales rep. Nobody called back.",
            &[
                "I left three voicemails for our sales rep.",
                "Nobody called back.",
            ],
        ),
        (
            "My controller is hardware rev. A.",
            &["My controller is hardware rev. A."],
        ),
        (
            "The swell built to 15 ft. Thursday's race was postponed.",
            &[
                "The swell built to 15 ft.",
                "Thursday's race was postponed.",
            ],
        ),
        ("File Sch. SE if you must.", &["File Sch. SE if you must."]),
        (
            "Still, P.C. Chacko insisted.",
            &["Still, P.C. Chacko insisted."],
        ),
        (
            "Rainy Sunday ☔ Made soup.",
            &["Rainy Sunday ☔", "Made soup."],
        ),
        (
            "我市新增3条公交线路 记者昨日从市交通运输局获悉，下月起将开通新线路。",
            &[
                "我市新增3条公交线路",
                "记者昨日从市交通运输局获悉，下月起将开通新线路。",
            ],
        ),
        (
            "人民网北京9月10日电 （记者 杜燕飞）据国家统计局消息，价格上涨。",
            &["人民网北京9月10日电 （记者 杜燕飞）据国家统计局消息，价格上涨。"],
        ),
        ("他是一名 记者，很忙。", &["他是一名 记者，很忙。"]),
        (
            "共接待游客520万人次 .同比增长15%。",
            &["共接待游客520万人次 .", "同比增长15%。"],
        ),
        (
            "“谢谢大家。”这句话老张说得很动情。",
            &["“谢谢大家。”这句话老张说得很动情。"],
        ),
        (
            "“Thank you.”这句英文他说得很标准。",
            &["“Thank you.”这句英文他说得很标准。"],
        ),
        (
            "“开饭啦！”厨房里传来奶奶的吆喝声。",
            &["“开饭啦！”厨房里传来奶奶的吆喝声。"],
        ),
        (
            "“辛苦了。”局长说，握了握他的手。",
            &["“辛苦了。”局长说，握了握他的手。"],
        ),
        (
            "“路修好了！”说着，他指了指门前的路。",
            &["“路修好了！”", "说着，他指了指门前的路。"],
        ),
        (
            "“别担心。”医生说，眼睛的炎症过几天就能消退。",
            &["“别担心。”", "医生说，眼睛的炎症过几天就能消退。"],
        ),
        // (Reviews 227-228.)
        (
            "他说了一句“Stay hungry.”全场响起了掌声。",
            &["他说了一句“Stay hungry.”", "全场响起了掌声。"],
        ),
        (
            "“再见了！”他大声说，向站台上的亲人挥了挥手。",
            &["“再见了！”他大声说，向站台上的亲人挥了挥手。"],
        ),
        (
            "“最近太累了。”他说，脸色的确有些苍白。",
            &["“最近太累了。”他说，脸色的确有些苍白。"],
        ),
        (
            "5G基站实现乡镇全覆盖 记者从市通信管理局获悉，全市已建成基站。",
            &[
                "5G基站实现乡镇全覆盖",
                "记者从市通信管理局获悉，全市已建成基站。",
            ],
        ),
        (
            "暴雨致城区道路积水 本报讯（记者 李强）昨日下午，城区降雨。",
            &[
                "暴雨致城区道路积水",
                "本报讯（记者 李强）昨日下午，城区降雨。",
            ],
        ),
        (
            "为了核实情况 记者以顾客身份走进了这家门店。",
            &["为了核实情况 记者以顾客身份走进了这家门店。"],
        ),
        (
            "Weekend in Hangzhou 🍵 Drank too much tea.",
            &["Weekend in Hangzhou 🍵", "Drank too much tea."],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn a_letter_that_lowercases_to_two_reads_as_one() {
    // `İ` lowercases to `i̇`, two characters: a count of the lowercased word once
    // indexed the paragraph past its end.
    for text in [
        "İstanbul Capt. They were late.",
        "İ Gen. He left.",
        "Rd. İ",
        "a. İ",
    ] {
        let joined: String = sentences(text).concat();
        assert_eq!(joined.replace(' ', ""), text.replace(' ', ""), "{text}");
    }
}

#[test]
fn data_files_repeat_no_entry_and_keep_headers_alone() {
    let files = LANGUAGES.iter().map(|&(_, text)| text).chain([
        ENGLISH,
        REPORTING_VERBS,
        CONTINUATIONS_ZH,
        HEADLINES_EN,
        HEADING_TITLES_ZH,
        DATELINES,
    ]);
    for text in files {
        let mut seen = std::collections::HashSet::new();
        for (section, entry) in crate::stages::sectioned_word_list(text, "") {
            assert!(
                !entry.starts_with('['),
                "a header with words after it: {entry}"
            );
            assert!(
                seen.insert((section, entry)),
                "`{entry}` twice in [{section}]"
            );
        }
    }
    // A replacement file with a stray header line is refused, not read as words.
    let stray = "[openers]\nthe\n[pronouns] words after a place\nit\n";
    assert!(Rules::parse(stray).is_err_and(|e| e.contains("malformed line")));
    // The saints' plurals go on a name after `St.`; other names end sentences.
    assert_eq!(
        sentences("I had lunch with Charles. Mary was there too."),
        ["I had lunch with Charles.", "Mary was there too."]
    );
    assert_eq!(
        sentences("The fort at St. Charles was rebuilt in 1802."),
        ["The fort at St. Charles was rebuilt in 1802."]
    );
}

#[test]
fn reviews_229_231_labels_headlines_leads_and_attributions() {
    for (text, want) in [
        // An article comes before a noun: `A` before a verb or a preposition, or
        // inside an open quotation, opens no body after a "headline".
        (
            "They said door A was locked.",
            &["They said door A was locked."][..],
        ),
        (
            "He said \"open door A now\" and left.",
            &["He said \"open door A now\" and left."][..],
        ),
        (
            "Shark bites surfer off Florida coast A surfer was bitten on Sunday.",
            &[
                "Shark bites surfer off Florida coast",
                "A surfer was bitten on Sunday.",
            ][..],
        ),
        // A letter after a noun of [label nouns] labels it.
        (
            "You can choose door A. Most people do.",
            &["You can choose door A.", "Most people do."][..],
        ),
        (
            "He was interviewed by J. Smith. Then he left.",
            &["He was interviewed by J. Smith.", "Then he left."][..],
        ),
        // A past after emoji opens a diary's clause, unless a comma makes it a name.
        (
            "Camping at Big Sur 🏕️ Froze all night in a summer sleeping bag.",
            &[
                "Camping at Big Sur 🏕️",
                "Froze all night in a summer sleeping bag.",
            ][..],
        ),
        (
            "Happy birthday 🎂 Rose, you deserve the whole world!",
            &["Happy birthday 🎂 Rose, you deserve the whole world!"][..],
        ),
        // Chinese headlines: a model's number inside, a credit glued on, and
        // clauses that a time or a condition closes.
        (
            "iPhone 16国行版今日开售 记者从多家门店了解到，首批货源充足。",
            &[
                "iPhone 16国行版今日开售",
                "记者从多家门店了解到，首批货源充足。",
            ][..],
        ),
        (
            "新春灯会今晚亮灯本报讯（记者 黄蕾）今晚7时，灯会正式开幕。",
            &[
                "新春灯会今晚亮灯",
                "本报讯（记者 黄蕾）今晚7时，灯会正式开幕。",
            ][..],
        ),
        (
            "“双减”政策落地后 记者走访了多所中小学。",
            &["“双减”政策落地后 记者走访了多所中小学。"][..],
        ),
        (
            "由于道路施工 本报记者绕行了两公里。",
            &["由于道路施工 本报记者绕行了两公里。"][..],
        ),
        // Doubts and rebukes attribute; a noun of them after a cause does not.
        (
            "“凭什么只罚我们？”一位摊主质疑。",
            &["“凭什么只罚我们？”一位摊主质疑。"][..],
        ),
        (
            "“凭什么？”此举引发网友质疑。",
            &["“凭什么？”", "此举引发网友质疑。"][..],
        ),
        // Emoji before a quotation's closing mark are the quoted words'.
        (
            "他在朋友圈写道：“第一次跑全马，完赛！🎉”配图是一张奖牌的照片。",
            &[
                "他在朋友圈写道：“第一次跑全马，完赛！🎉”",
                "配图是一张奖牌的照片。",
            ][..],
        ),
        // The speaker's brief act after a preposition or `把`, or done once; a
        // contrast after the speaker's body.
        (
            "“走吧。”他说，把眼镜往上推了推。",
            &["“走吧。”他说，把眼镜往上推了推。"][..],
        ),
        (
            "“开始吧。”他说，向两边的队员示意了一下。",
            &["“开始吧。”他说，向两边的队员示意了一下。"][..],
        ),
        (
            "“好久不见。”他说，脸上的笑容却有些勉强。",
            &["“好久不见。”他说，脸上的笑容却有些勉强。"][..],
        ),
        (
            "“没什么大碍。”医生说，眼睛要多休息，少看手机。",
            &["“没什么大碍。”", "医生说，眼睛要多休息，少看手机。"][..],
        ),
        (
            "“没关系。”她说，眼神要多温柔有多温柔。",
            &["“没关系。”她说，眼神要多温柔有多温柔。"][..],
        ),
        // The crowd, its place or a plural opens a clause after an object's
        // quotation; a plural after a verb is its object.
        (
            "队长吼了一声“冲啊！”全队队员一拥而上。",
            &["队长吼了一声“冲啊！”", "全队队员一拥而上。"][..],
        ),
        (
            "他说了一句“谢谢大家！”会场里掌声雷动。",
            &["他说了一句“谢谢大家！”", "会场里掌声雷动。"][..],
        ),
        (
            "老师在黑板上写下“How are you?”让同学们跟读。",
            &["老师在黑板上写下“How are you?”让同学们跟读。"][..],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_232_234_articles_adverbs_credits_and_quotations_closed_late() {
    for (text, want) in [
        // No article before a past, an adverb or a preposition; a number's
        // modifier after one opens a body.
        (
            "Witnesses told police that car A ran the red light.",
            &["Witnesses told police that car A ran the red light."][..],
        ),
        (
            "The fire spread from barn A across the whole farmyard.",
            &["The fire spread from barn A across the whole farmyard."][..],
        ),
        (
            "Man Rescued From Frozen Pond A 54-year-old man was pulled from the ice on Saturday.",
            &[
                "Man Rescued From Frozen Pond",
                "A 54-year-old man was pulled from the ice on Saturday.",
            ][..],
        ),
        // A headline in capitals before a sentence's capitalised word; not a label.
        (
            "SCHOOL BOARD DELAYS VOTE Parents packed the hall on Monday night.",
            &[
                "SCHOOL BOARD DELAYS VOTE",
                "Parents packed the hall on Monday night.",
            ][..],
        ),
        (
            "FILE PHOTO: A Huawei logo is seen at its headquarters.",
            &["FILE PHOTO: A Huawei logo is seen at its headquarters."][..],
        ),
        // An adverb of the sentence before its comma opens one after an
        // abbreviation.
        (
            "He joined Acme Inc. Separately, the board met.",
            &["He joined Acme Inc.", "Separately, the board met."][..],
        ),
        (
            "The report was written by J. Kelly, a former aide.",
            &["The report was written by J. Kelly, a former aide."][..],
        ),
        // A weight is a recipe's measure in a step.
        (
            "Brown 1 lb. Italian sausage in a large skillet.",
            &["Brown 1 lb. Italian sausage in a large skillet."][..],
        ),
        (
            "The pumpkin weighs 42 lb. Mark Ellis grew it.",
            &["The pumpkin weighs 42 lb.", "Mark Ellis grew it."][..],
        ),
        // After emoji a past opens a diary's clause; a name alone, or in a list of
        // names, is addressed.
        (
            "Marathon done 🏅 Ran, walked, crawled, but finished!",
            &["Marathon done 🏅", "Ran, walked, crawled, but finished!"][..],
        ),
        (
            "Good luck tomorrow 🍀 Rose! You have got this.",
            &["Good luck tomorrow 🍀 Rose!", "You have got this."][..],
        ),
        (
            "Huge congrats 🎉 Drew and Priya on the engagement!",
            &["Huge congrats 🎉 Drew and Priya on the engagement!"][..],
        ),
        (
            "Long day at work 😩 Exhausted. Going to bed.",
            &["Long day at work 😩", "Exhausted.", "Going to bed."][..],
        ),
        // Chinese: an emoji's code inside a quotation's close; a verb of telling
        // that a cause takes anywhere in the clause; a brief act once, with its
        // object; the speaker's body before a contrast.
        (
            "“打卡成功！[耶]”他在群里回复道。",
            &["“打卡成功！[耶]”他在群里回复道。"][..],
        ),
        (
            "“罚款一律翻倍！”此举引发摊主们的强烈质疑。",
            &["“罚款一律翻倍！”", "此举引发摊主们的强烈质疑。"][..],
        ),
        (
            "“交给我吧。”他说，冲我眨了一下眼睛。",
            &["“交给我吧。”他说，冲我眨了一下眼睛。"][..],
        ),
        (
            "“孩子没什么事。”医生说，在医院观察了一下，各项指标都正常。",
            &[
                "“孩子没什么事。”",
                "医生说，在医院观察了一下，各项指标都正常。",
            ][..],
        ),
        (
            "“我一点都不紧张。”他说，手心却全是汗。",
            &["“我一点都不紧张。”他说，手心却全是汗。"][..],
        ),
        // A place opens a clause after an object's quotation; the mind and a
        // preposition's place do not.
        (
            "老师说了一句“下课！”教室里顿时炸开了锅。",
            &["老师说了一句“下课！”", "教室里顿时炸开了锅。"][..],
        ),
        (
            "他反复念叨着“怎么办？怎么办？”在屋里走来走去。",
            &["他反复念叨着“怎么办？怎么办？”在屋里走来走去。"][..],
        ),
        // Leads after a model's name, a time's comma and a source's label; a
        // page's credit at the end.
        (
            "iPad Air 7正式发布 记者从苹果官网获悉，新品将于下周上市。",
            &[
                "iPad Air 7正式发布",
                "记者从苹果官网获悉，新品将于下周上市。",
            ][..],
        ),
        (
            "来源：人民日报 近日，国家医保局发布通知。",
            &["来源：人民日报", "近日，国家医保局发布通知。"][..],
        ),
        (
            "目前该路段已恢复正常通行 来源：杭州日报",
            &["目前该路段已恢复正常通行", "来源：杭州日报"][..],
        ),
        (
            "发布日期：2023-11-02　来源：市政府办公室",
            &["发布日期：2023-11-02　来源：市政府办公室"][..],
        ),
        // An ASCII period after a title's close; a stray space before a close.
        (
            "教育部日前印发《指南》.《指南》对课程设置作出了明确规定.",
            &[
                "教育部日前印发《指南》.",
                "《指南》对课程设置作出了明确规定.",
            ][..],
        ),
        (
            "他说：“ 我们会尽快处理。 ” 但三天过去了，仍没有任何回复。",
            &[
                "他说：“ 我们会尽快处理。 ”",
                "但三天过去了，仍没有任何回复。",
            ][..],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn reviews_235_236_legal_capitals_recipe_steps_causes_and_brief_acts() {
    for (text, want) in [
        // A headline in capitals has a verb in `-S`; a legal lead-in or an acronym
        // run has none.
        (
            "IN WITNESS WHEREOF Landlord and Tenant have executed this Lease.",
            &["IN WITNESS WHEREOF Landlord and Tenant have executed this Lease."][..],
        ),
        (
            "US EPA NPDES Permit applications must be filed early.",
            &["US EPA NPDES Permit applications must be filed early."][..],
        ),
        (
            "FIRE DESTROYS BARN Firefighters spent hours at the scene.",
            &[
                "FIRE DESTROYS BARN",
                "Firefighters spent hours at the scene.",
            ][..],
        ),
        // A recipe's verb right before the number, and the next step's verb.
        (
            "In a large bowl, beat 8 oz. Philadelphia cream cheese with the sugar.",
            &["In a large bowl, beat 8 oz. Philadelphia cream cheese with the sugar."][..],
        ),
        (
            "Add the cubed butter, about 4 oz. Stir until it melts completely.",
            &[
                "Add the cubed butter, about 4 oz.",
                "Stir until it melts completely.",
            ][..],
        ),
        // A count glued to a word's period before a lowercase word; a footnote
        // before a capital.
        (
            "Highly recommend.5 stars",
            &["Highly recommend.", "5 stars"][..],
        ),
        (
            "Take the consultation.11 12 Take the next step.",
            &["Take the consultation.11 12", "Take the next step."][..],
        ),
        // A cause's mark that describes the speaker; one that takes any verb of
        // telling as its noun.
        (
            "“我们会给大家一个交代。”饱受质疑的负责人终于开口回应。",
            &["“我们会给大家一个交代。”饱受质疑的负责人终于开口回应。"][..],
        ),
        (
            "“欢迎大家监督。”这番表态引起了不少网友的吐槽。",
            &["“欢迎大家监督。”", "这番表态引起了不少网友的吐槽。"][..],
        ),
        // A brief act once needs no aim, but ends its sentence and is no other's.
        (
            "“别怕。”妈妈说，轻轻拍了一下我的后背。",
            &["“别怕。”妈妈说，轻轻拍了一下我的后背。"][..],
        ),
        (
            "“没事。”他说，他看了一眼。",
            &["“没事。”", "他说，他看了一眼。"][..],
        ),
        // A source's phrase is no headline; an ASCII period after `》` before a year.
        (
            "据中央气象台消息 今天，华北大部将迎来大风降温天气。",
            &["据中央气象台消息 今天，华北大部将迎来大风降温天气。"][..],
        ),
        (
            "详见《2024年政府工作报告》.2024年全市地区生产总值增长5.6%。",
            &[
                "详见《2024年政府工作报告》.",
                "2024年全市地区生产总值增长5.6%。",
            ][..],
        ),
        // The pronoun `I` after a conjunction ends a sentence before a clause.
        (
            "The paper was drafted by my supervisor and I. Reviewers were positive.",
            &[
                "The paper was drafted by my supervisor and I.",
                "Reviewers were positive.",
            ][..],
        ),
        (
            "It was signed by Ann and I. Smith of Boston.",
            &["It was signed by Ann and I. Smith of Boston."][..],
        ),
        // A headline with a code in brackets; a comparison drawn attributes.
        (
            "沪杭高速(G60)嘉兴段今起封闭施工 记者从省交通集团获悉，将于3月1日起实施封闭施工。",
            &[
                "沪杭高速(G60)嘉兴段今起封闭施工",
                "记者从省交通集团获悉，将于3月1日起实施封闭施工。",
            ][..],
        ),
        (
            "“一啤酒瓶盖的盐大约就是6克。”她打了个比方。",
            &["“一啤酒瓶盖的盐大约就是6克。”她打了个比方。"][..],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text}");
    }
}

#[test]
fn unclosed_brackets_and_long_first_words_keep_their_characters() {
    // An unclosed `[` after each stop, and a weight's stops or dashes after a long
    // first word, were once read to the paragraph's end at each stop.
    let brackets = format!("“{}", "好。[".repeat(2000));
    let weights = format!(
        "{}{}",
        "x".repeat(5000),
        " 1 lb. (Italian) sausage and".repeat(200)
    );
    let dashes = format!("{}{}", "x".repeat(5000), " 1 lb. - beef,".repeat(200));
    for text in [brackets, weights, dashes] {
        let joined: String = sentences(&text).concat();
        assert_eq!(joined.replace(' ', ""), text.replace(' ', ""));
    }
}
