"""Questions in other languages that ask without a question mark.

In Chinese, Korean and Japanese a request (`请介绍...`, `...てください`, `...말해주세요`), a question
word or a question's ending (`为什么...`, `...吗`, `...는가`, `...ですか`) asks as an English prompt
does; in Spanish, Portuguese and German an interviewer's prompt does (`Cuéntame sobre ti`, `Fale
sobre você`, `Erzählen Sie von sich`). `deck.questions` asks here.
"""

from __future__ import annotations

import re
import unicodedata

from deck.patterns import pattern

_ASIAN_REQUEST = re.compile(
    r"(?:\uc124\uba85|\ube44\uad50|\uc11c\uc220|\uae30\uc220|\uc815\uc758|\ub098\uc5f4|\uc18c\uac1c|\ub9d0)[ \t]*"
    r"\ud558(?:\uc138\uc694|\uc2dc\uc624|\uc2ed\uc2dc\uc624)[.!\u3002]?(?:\s*\([^()]*\))*\s*$"
    r"|(?:(?:\ub9d0|\uc124\uba85|\uc18c\uac1c|\uc598\uae30|\uc774\uc57c\uae30|\uacf5\uc720|\ubb18\uc0ac)?\s*"
    r"\ud574\s*(?:\uc8fc\uc138\uc694|\uc8fc\uc2ed\uc2dc\uc624|\ubcf4\uc138\uc694|\ubcf4\uc2ed\uc2dc\uc624)"
    r"|\u3066\u304f\u3060\u3055\u3044|\u3066\u4e0b\u3055\u3044|\u3092\u304a\u9858\u3044(?:\u3057\u307e\u3059|\u3044\u305f\u3057\u307e\u3059))"
    r"[.!\u3002]?(?:\s*\([^()]*\))*\s*$"
    r"|^\u8bf7(?!\u6c42).{0,12}?(?:\u8bb2|\u63cf\u8ff0|\u5f62\u5bb9|\u4ecb\u7ecd|\u8c08\u8c08|\u8bf4\u8bf4|\u5206\u4eab|\u4e3e\u4f8b|\u89e3\u91ca)"
    r"|[\u8ddf\u548c\u4e0e\u8207].{1,40}?\u7684?(?:\u533a\u522b|\u5340\u5225|\u4e0d\u540c|\u5dee\u5f02|\u5dee\u7570)\s*$"
    r"|[\uc640\uacfc]\s.{1,40}?\ucc28\uc774\uc810?(?:\uc740|\ub294)?\s*$"
)
"""A request that asks without a question mark, as Korean, Japanese and Chinese prompts end or open:
`...말해주세요` / `...해보세요` (please tell / try), `...설명하세요` / `...비교하시오` (explain, compare),
`...てください` and `...をお願いします` (please), `请介绍...`
(please introduce, `请用三个词描述...` too), `X跟Y区别` and `X와 Y 차이점` (the difference between X and Y)."""
_CHECKED = (
    "(?![^\n]*[(\uff08][^)\uff09\n]*(?:\u9a8c\u8bc1|\u68c0\u9a8c|\u68c0\u67e5|\u5224\u65ad|\u786e\u8ba4|\u770b\u770b"
    "|\u8003\u5bdf|\u8bc4\u4f30|\u6d4b\u8bd5|\u89c2\u5bdf)[^)\uff09\n]*\u662f\u5426)"
)
"""An aside in brackets checking `是否` (whether), which tells what is checked, asking nothing: `（验证代码是否真是你写
的）` (checking whether you wrote the code): 验证, 检验, 检查, 判断, 确认, 看看, 考察, 评估, 测试, 观察 before it
(`判断链表是否有环` and `加班（是否能接受）` ask)."""
_CJK_ASKS = re.compile(
    "^[\x00-\x7f]{0,20}?(?:(?:[\u4e00\u4e24\u4e09\u4e941-9]\\s*\u5206\u949f|\u7b80\u5355|\u7b80\u8981)(?![^\n]*(?:\u5c31(?:\u884c|\u591f|\u505c|\u597d|\u53ef\u4ee5)|[\uff0c,]\\s*(?:\u522b|\u4e0d\u8981))))?(?:\u8bf4\u4e00\u4e0b|\u8bf4\u8bf4|\u8bb2\u4e00\u4e0b|\u8bb2\u8bb2|\u8c08\u8c08|\u804a\u804a|[\u8bf4\u8bb2\u8c08\u804a]\u4e00[\u8bf4\u8bb2\u8c08\u804a]|[\u8bf4\u8bb2]\u4e00[\u672c\u4e2a\u4ef6\u90e8\u6bb5](?![^\n]{0,3}[\uff1a:])(?![^\n]*(?:\u5c31(?:\u884c|\u591f|\u505c|\u597d|\u53ef\u4ee5)|[\uff0c,]\\s*(?:\u522b|\u4e0d\u8981)))|[\u8bb2\u804a]\u4e00\u6b21[\u4f60\u60a8]|(?:\u7528)?[\u4e00\u4e24\u4e09\u56db\u4e940-9]\u4e2a(?:\u5173\u952e)?\u8bcd\u5f62\u5bb9|\u4ecb\u7ecd\u4e00?\u4e0b"
    "|\u4ecb\u7ecd\u4e00[\u4e2a\u6bb5\u6b21]|\u63cf\u8ff0|\u89e3\u91ca|\u8bf4\u660e|\u7b80\u8ff0|\u81ea\u6211\u4ecb\u7ecd|\u81ea\u5df1\u7d39\u4ecb|\uc790\uae30\uc18c\uac1c)"
    "|^.{0,40}?(?:\u4ec0\u4e48|\u600e\u4e48|\u600e\u6837|\u5982\u4f55|\u4e3a\u4ec0\u4e48|\u4e3a\u4f55|\u54ea\u4e9b|\u54ea\u4e2a|\u4f55\u65f6"
    "|\u591a\u5c11|(?<!\u306a\u305c)\u306a\u305c(?!\u306a\u305c)|\u3069\u3046\u3084\u3063\u3066|\u3069\u306e\u3088\u3046\u306b"
    "|\u3069\u3093\u306a(?!\u3068\u304d|\u6642))"
    "|^(?![^\n]*\u54ea[\u91cc\u513f][^\n]*\u54ea[\u91cc\u513f])(?![^\n]*(?:\u4e0d\u7ba1|\u65e0\u8bba|\u4e0d\u8bba))"
    "(?!(?![^\n]*[\u4f60\u60a8])[^\n]*(?:\u4e0d\u91cd\u8981|\u65e0\u6240\u8c13|\u53d6\u51b3\u4e8e|\u770b\u8fd0\u6c14|\u662f\u53cc\u5411))"
    "[^\n]{0,40}?(?:\u54ea[\u91cc\u513f]|\u6709\u6ca1\u6709|\u662f\u4e0d\u662f|\u80fd\u4e0d\u80fd|\u4f1a\u4e0d\u4f1a|\u53ef\u4e0d\u53ef\u4ee5"
    "|\u613f\u4e0d\u613f\u610f|\u8981\u4e0d\u8981)"
    "(?![^\uff0c\u3002,]{0,6}[\u90fd\u4e5f](?:\u884c|\u53ef\u4ee5|\u4e00\u6837|\u65e0\u6240\u8c13|\u6ca1\u5173\u7cfb|\u4e0d))"

    "|[\uff0c,][^\uff0c,\u3002\n]{0,6}?(?:\u8bf4\u4e00\u4e0b|\u8bf4\u8bf4|\u8bb2\u4e00\u4e0b|\u8bb2\u8bb2|\u8c08\u8c08)[.\u3002]?$"
    "|^(?!\u5173\u4e8e[^\uff0c,]*\u662f\u5426)" + _CHECKED
    + "[^\n]{0,40}?\u662f\u5426(?![^\n]*\u7684(?:\u8ba8\u8bba|\u5206\u6790|\u65b9\u6848)$)"
    "|(?:[\u5417\u5462]|\ub0d0|(?<=[\ud55c\ub2e4\uc774\ub77c])(?<!\uc788\ub2e4)(?<!\uc5c6\ub2e4)(?<!\ub0a8\ub294\ub2e4)(?<!\uc2dc\uac04\uc774\\s\ub41c\ub2e4)(?<!\uac00\ub2a5\ud558\ub2e4)\uba74|\ub294\uac00|\ub294\uc9c0|\ub098\uc694|\ub2c8\uae4c|\uae4c\uc694|\uc2b5\ub2c8\uae4c|(?<=[\uac00-\ud7a3])(?<![\uacfc\uc640])\uc778\uac00(?:\uc694)?"
    "|\ud560\uae4c|\uc788\ub098|\uc5c8\ub098|\uc600\ub098|\ud558\ub098|\u3067\u3059\u304b|\u307e\u3059\u304b"
    "|(?<=[\u3060\u305f\u308b\u3044\u3046\u304f\u3059\u3080\u3076\u3050\u304d\u3064])(?<!\u3044\u304f\u3064)\u304b)[.\u3002]?$"
)
"""A Chinese, Korean or Japanese question written without its `？`: opened by a request (`说一下...` tell me about,
`说一说`, `说一本...` name a book (not a tip's `讲一个故事：`, `简单说说就行`,
`讲一个细节，别讲流水账`), `两分钟说一下...`, or closed by one after a
comma: `...，两分钟说一下`; after a few ASCII words too: `js 说一下 this 指向`; `介绍下...`, short for `介绍一下`,
`解释...` explain, `自我介绍` self-introduction, `자기소개`), a question word early on (`什么` what, `怎么`/`如何` how,
`为什么` why, `哪些` which, `哪里` where, `何时` when, `有没有`/`是不是` is there or not, `多少` how many,
`是否` whether, not in an aside checking it:
`（验证代码是否真是你写的）`; `なぜ` why, `どうやって` how),
or a question's ending (`...吗`, `...는가`, `...나요`, `...냐`,
`...한다면` what if, `...ですか`, a verb's `...か`, not `...のか`, a clause's)."""


_CJK_LEAD_IN = re.compile(
    r"(?:(?:\u6269\u5c55|\u62d3\u5c55|\u5ef6\u4f38|\u8fdb\u9636)[ \t]*\d{0,3}"
    r"|\u6700\u540e|\u9996\u5148|\u5176\u6b21|\u5148\u7406\u89e3)[:\uff1a][ \t]*(?=\S)"
)
"""A lead-in before a question: `扩展 1：`, `拓展：`, `延伸：`, `进阶：` (a further one),
`最后：`, `首先：`, `其次：` (last, first, next), `先理解：` (first, to understand)."""
_CJK_LEAD_INITIALS = frozenset("\u6269\u62d3\u5ef6\u8fdb\u6700\u9996\u5176\u5148")


def cjk_lead_in(text: str) -> re.Match[str] | None:
    """The lead-in opening `text` in Chinese (`_CJK_LEAD_IN`), if any; `deck.questions.hash_numbered` leaves it out
    when what follows asks."""
    return _CJK_LEAD_IN.match(text) if text[:1] in _CJK_LEAD_INITIALS else None


def asks_in_cjk(text: str) -> bool:
    """True when Chinese, Korean or Japanese text asks without its `？` (a request, a question word, an ending); not by
    a word quoted as a phrase (`但"怎么做"的细节还不熟。`)."""
    if '"' in text or "\u201c" in text or "\u300c" in text:
        text = _QUOTED_PHRASE.sub("", text)
    return _ASIAN_REQUEST.search(text) is not None or _CJK_ASKS.search(text) is not None


_QUOTED_PHRASE = re.compile(
    r"(?<=\S)(?:\"[^\"\n]{1,6}\"|\u201c[^\u201d\n]{1,6}\u201d|\u300c[^\u300d\n]{1,6}\u300d)"
    r"|^(?:\"[^\"?\uff1f\n]{1,6}\"|\u201c[^\u201d?\uff1f\n]{1,6}\u201d|\u300c[^\u300d?\uff1f\n]{1,6}\u300d)"
    r"(?=[\u3092\u304c\u306f\u306e\u3068\u306b\u3067\u3082])"  # (a particle after it: を, が, は, の, と, に, で, も)
)
"""A short phrase quoted inside a sentence (`"怎么做"`, the words "how to do it"), or opening one as the object of a
Japanese particle (`「なぜ」を説明できるように`, be ready to explain "why"; `“为什么”选Kafka` asks), not a whole
question quoted."""


_PROMPT = re.compile(
    r"(?:cu[e\u00e9]nta(?:me|nos)|h[a\u00e1]bla(?:me|nos)|descr[i\u00ed]be(?:me|nos)|expl[i\u00ed]ca(?:me|nos)"
    r"|conte(?:-me|-nos)?\s+(?:sobre|de|um|uma)|fale(?:-me)?\s+(?:sobre|de|um|uma)|me\s+(?:conte|conta|fale|fala)"
    r"|erz[a\u00e4]hlen\s+sie|beschreiben\s+sie|was\s+sind\s+ihre|nennen\s+sie\s+(?:mir\s+)?ein\s+beispiel"
    r"|erz[a\u00e4]hle?(?:\s+(?:mir|uns))?\s+von\s+(?:einer|einem)\s+(?:situation|mal|zeit|konflikt|fehler|misserfolg"
    r"|herausforderung)|parlez-(?:moi|nous)\s+d['\u2019]une\s+(?:fois|situation|exp[e\u00e9]rience)"
    r"|racontez-(?:moi|nous)\s+une\s+(?:fois|situation)|donnez-(?:moi|nous)\s+un\s+exemple|d[e\u00e9]crivez\s+une\s+situation"
    r"|t\u1ea1i\s+sao|v\u00ec\s+sao|gi\u1edbi\s+thi\u1ec7u\s+(?:v\u1ec1\s+)?b\u1ea3n\s+th\u00e2n|h\u00e3y\s+k\u1ec3|k\u1ec3\s+v\u1ec1"
    r"|\u0440\u0430\u0441\u0441\u043a\u0430\u0436\u0438(?:\u0442\u0435)?\s+(?:\u043d\u0435\u043c\u043d\u043e\u0433\u043e\s+)?\u043e"
    r"|opowiedz(?:\s+mi)?\s+o|kendinizden\s+bahsed|kendini(?:zi)?\s+tan\u0131t"
    r"|ceritakan(?:\s+tentang)?\s+\w+|jelaskan\s+\w+|(?:mengapa|kenapa|bagaimana)(?:\s+\w+){2})\b",
    re.IGNORECASE,
)
"""Interview prompts in Spanish, Portuguese, German, French, Vietnamese (`Tại sao...`, `Giới thiệu (về) bản thân`),
Russian (`Расскажите о...`), Polish (`Opowiedz o...`), Turkish (`Kendinizden bahsedin`) and Indonesian (`Ceritakan
tentang diri Anda`, `Jelaskan...`, `Mengapa...`, `Bagaimana...`):
`Cuéntame...`, `Háblame de...`, `Descríbeme...`, `Conte-me sobre...`, `Fale sobre...`, `Me fala sobre...`, `Erzählen
Sie...`, `Erzähl von einer Situation...`, `Beschreiben Sie...`, `Nennen Sie ein Beispiel...`, `Was sind Ihre...`;
French `Parlez-moi d'une fois...`, `Racontez-moi une fois...`, `Décrivez une situation...`, `Donnez-moi un
exemple...` (not a diary's `Erzähl von damals`, a template's `Décrivez le besoin`, a journal's `Racontez un moment
fort`)."""


_SELF_INTRODUCTION = pattern(
    r"(?:(?:\u8bf7|\u5148)?(?:\u505a\u4e2a|\u505a\u4e00\u4e0b|\u7b80\u5355)?(?:\u81ea\u6211\u4ecb\u7ecd|\u81ea\u6211\u4ecb\u7d39)"
    r"(?:\u4e00\u4e0b|\u4e0b)?\u5427?|\u81ea\u5df1\u7d39\u4ecb(?:\u3057\u3066\u304f\u3060\u3055\u3044)?"
    r"|(?:\d+\s*\ubd84\s*)?\uc790\uae30\s?\uc18c\uac1c"
    r"|(?:cu[e\u00e9]ntame|h[a\u00e1]blame)\s+(?:sobre|de)\s+ti|pres[e\u00e9]ntate|(?:fale|conte)(?:-me)?\s+(?:sobre|de)\s+voc[e\u00ea]"
    r"|apresente-se|parlez-moi\s+de\s+vous|pr[e\u00e9]sentez-vous|erz[a\u00e4]hlen\s+sie\s+(?:etwas\s+)?(?:\u00fcber|von)\s+sich"
    r"|stell(?:en\s+sie\s+sich|\s+dich)\s+(?:kurz\s+)?vor|gi\u1edbi\s+thi\u1ec7u\s+(?:v\u1ec1\s+)?b\u1ea3n\s+th\u00e2n"
    r"|\u0440\u0430\u0441\u0441\u043a\u0430\u0436\u0438(?:\u0442\u0435)?\s+(?:\u043d\u0435\u043c\u043d\u043e\u0433\u043e\s+)?\u043e\s+\u0441\u0435\u0431\u0435"
    r"|opowiedz(?:\s+mi)?\s+o\s+sobie|przedstaw\s+si\u0119|kendinizden\s+bahsedin|kendini(?:zi)?\s+tan\u0131t(?:\u0131n)?)"
    r"[\s:\uff1a.\u3002!\uff01]*(?:[(\uff08][^()\uff08\uff09]{1,12}[)\uff09]|(?:[ \t]*[-_\u2013\u2014][ \t]*|[ \t]+)"
    r"(?:\u82f1\u6587\u7248?|\u4e2d\u6587\u7248?|v\d{1,2}|final|draft|\u6700\u7ec8\u7248|english|chinese|\u7b80\u77ed\u7248))?",
    re.IGNORECASE,
)
"""A self-introduction asked for in another language, alone (a length aside after it): `自我介绍`, `先自我介绍一下吧`,
`自己紹介`, `자기소개`, `1분 자기소개`, `Cuéntame sobre ti`, `Preséntate`, `Fale sobre você`, `Stell dich kurz vor`,
`Giới thiệu bản thân`, `自我介绍（1分钟）` (not `自我介绍的常见错误`, a note about them)."""


def self_introduction(text: str) -> bool:
    """True when text is a request for a self-introduction in another language, alone (`自我介绍`, `자기소개`)."""
    return _SELF_INTRODUCTION.fullmatch(unicodedata.normalize("NFC", text.strip())) is not None


def foreign_prompt(text: str) -> bool:
    """True when text opens with an interviewer's prompt in Spanish, Portuguese, German or Vietnamese (`Cuéntame sobre
    ti`), its accents typed as letters of their own or as marks after them (as some keyboards write Vietnamese)."""
    if _PROMPT.match(text) is not None:
        return True
    return not text.isascii() and _PROMPT.match(unicodedata.normalize("NFC", text)) is not None


def in_another_language(text: str, other: str) -> bool:
    """True when one of two texts is written in another language than the other, as far as letters tell: letters of
    another script than Latin, or three accented letters or more (`¿` and `¡` count), where the other has none
    (`résumé` or `Zürich` in an English sentence is English)."""
    return _foreign(text) != _foreign(other)


def _foreign(text: str) -> bool:
    """True for text in another script than Latin, or with three accented letters (or `¿`, `¡`) or more."""
    if text.isascii():
        return False
    beyond = [char for char in text if not char.isascii() and (char.isalpha() or char in "\u00bf\u00a1")]
    return len(beyond) >= 3 or any(char > "\u024f" for char in beyond)


def said_in_cjk(text: str) -> bool:
    """True for a Chinese line closed by `。` and opened by no request (`出差多少次我都可以安排好。`, its `多少` no
    question): among lines asking with `？`, a statement (not `说说你的职业规划是什么。`, a prompt)."""
    return text.endswith("\u3002") and _REQUEST_OPENING.match(text) is None


_REQUEST_OPENING = re.compile(
    "\u8bf7(?!\u6559)|\u8bf4\u8bf4|\u8bf4\u4e00|\u8c08\u8c08|\u8c08\u4e00|\u8bb2\u8bb2|\u8bb2\u4e00|\u4ecb\u7ecd[\u4e00\u4e0b\u4f60]"
    "|\u7b80\u5355\u4ecb\u7ecd|\u5206\u4eab\u4e00|\u63cf\u8ff0|\u804a\u804a"
)
"""A Chinese request opening a prompt: `请`, `说说`, `谈谈`, `讲讲`, `介绍`, `描述`, `聊聊`."""


def asks_as_label(text: str) -> bool:
    """True for a short label in Chinese, Japanese or Korean ending in its colon that asks only by a question word
    (`为什么慢：`, why it is slow:; `怎么做：`, how:), a part of a model answer: no request (`自我介绍：`, `请讲讲：`)
    and at most `_LABEL_CHARACTERS` before the colon."""
    label = text.strip().removesuffix("\uff1a").removesuffix(":")
    if label == text.strip() or not label or len(label) > _LABEL_CHARACTERS or label.isascii():
        return False
    return _ASIAN_REQUEST.search(label) is None and not self_introduction(label) and _CJK_ASKS.search(label) is not None


_LABEL_CHARACTERS = 6
"""The most characters of a CJK label that asks by a question word alone (`为什么慢`, `如何优化`)."""


CJK_ARTICLE = (
    "\u5fb9\u5e95\u89e3\u8aac|\u5b8c\u5168\u89e3\u8aac|\u3092\u89e3\u8aac|\u307e\u3068\u3081|\u30ac\u30a4\u30c9"
    "|\u4e00\u6587\u8bfb\u61c2|\u4e00\u6587\u641e\u61c2|\u8be6\u89e3|\u5168\u653b\u7565|\u6307\u5357|\u6c47\u603b|\u5927\u5168"
    "|\ucd1d\uc815\ub9ac|\uac00\uc774\ub4dc"
)
"""What an article's title says after its question in Japanese, Chinese and Korean (`...とは？...を徹底解説`,
`...什么？一文读懂...`): 徹底解説, 完全解説, を解説, まとめ, ガイド, 一文读懂, 一文搞懂, 详解, 全攻略, 指南, 汇总,
大全, 총정리, 가이드."""
