"""Alternative phrasings and card keys."""

from __future__ import annotations

import hashlib
import unicodedata

import pytest

from deck.advice import states
from deck.card_keys import card_key, normalise_question
from deck.notes import parse_note
from deck.questions import asks, clean_question, split_phrasings


@pytest.mark.parametrize(
    ("plain", "phrasings"),
    [
        ("Did you handle it?/Times when it broke", ["Did you handle it?", "Times when it broke"]),
        ("A decision you regret/Describe a hard call", ["A decision you regret", "Describe a hard call"]),
        ("Why us? / What draws you here? /Why now?", ["Why us?", "What draws you here?", "Why now?"]),
        ("first/ Second", ["first/ Second"]),
        ("Conflict with PM / Stakeholder?", ["Conflict with PM / Stakeholder?"]),
        ("Tell me about a failure/Describe a setback", ["Tell me about a failure", "Describe a setback"]),
        ("Did you lead and/or follow?", ["Did you lead and/or follow?"]),
        ("the same/best tool", ["the same/best tool"]),
        ("layout analysis/semantic search", ["layout analysis/semantic search"]),
        ("Our CI/CD pipeline", ["Our CI/CD pipeline"]),
        ("An A/B test", ["An A/B test"]),
        ("Read https://Example.com first", ["Read https://Example.com first"]),
        ("/Leading slash", ["Leading slash"]),
        ("a question", ["a question"]),
        ("For Pipeline/Action/Stage changes use Events. Example:", ["For Pipeline/Action/Stage changes use Events. Example:"]),
        ("Why one pipeline per service/Team?", ["Why one pipeline per service/Team?"]),
        ("Why us?/Why Now", ["Why us?", "Why Now"]),
        ('"Tell me about a win." or "Describe your impact."', ["Tell me about a win.", "Describe your impact."]),
        ('Should we say "yes" or "no"?', ['Should we say "yes" or "no"?']),
    ],
)
def test_split_phrasings(plain: str, phrasings: list[str]) -> None:
    """Split at `/` before a capital (spaces allowed), never after a capital or `/`, nor inside a list of words."""
    assert split_phrasings(plain) == phrasings


@pytest.mark.parametrize(
    ("question", "normalised"),
    [
        ("Where do you see yourself?", "where do you see yourself"),
        ("  What's   YOUR\tweakness?! ", "whats your weakness"),
        ("wasn’t / Times-when", "wasnt timeswhen"),
        ("snake_case", "snakecase"),
    ],
)
def test_normalise_question(question: str, normalised: str) -> None:
    """Normalising lowercases, removes punctuation and collapses whitespace."""
    assert normalise_question(question) == normalised


def test_key_is_sha1_of_file_and_normalised_question() -> None:
    """The key is the first 16 hex digits of sha1 of `file\\nnormalised question`."""
    expected = hashlib.sha1(b"notes/a.md\nwhere do you see yourself").hexdigest()[:16]
    assert card_key("notes/a.md", "Where do you see  yourself?") == expected


def test_key_ignores_case_and_punctuation() -> None:
    """Edits to case, punctuation or spacing keep the key."""
    assert card_key("a.md", "What's your weakness?") == card_key("a.md", "whats your  WEAKNESS")


def test_key_depends_on_file() -> None:
    """The same question in two files gives two keys."""
    assert card_key("a.md", "Why?") != card_key("b.md", "Why?")


def test_keys_stable_across_parses() -> None:
    """Parsing the same note twice gives the same keys."""
    note = "- Why here?\n  - because\n- Why now?\n  - timing\n"
    first = [card.key for card in parse_note(note, "n.md")[0]]
    assert first == [card.key for card in parse_note(note, "n.md")[0]]
    assert first[0] == card_key("n.md", "Why here?")


def test_duplicate_question_gets_suffixed_key_and_warning() -> None:
    """A repeated question keeps a unique key with a suffix and warns where the first is."""
    note = "- Why here?\n  - one\n- Why here?\n  - two\n- why HERE\n  - three\n"
    cards, warnings = parse_note(note, "n.md")
    base = card_key("n.md", "Why here?")
    assert [card.key for card in cards] == [base, f"{base}-2", f"{base}-3"]
    assert [(w.line, w.message) for w in warnings] == [
        (3, "duplicate question (first at line 1)"),
        (5, "duplicate question (first at line 1)"),
    ]


@pytest.mark.parametrize(
    ("plain", "question"),
    [
        ("Q: Why us? #career ^ab12", "Why us?"),
        ("Question: What went wrong?", "What went wrong?"),
        ("What was your #1 priority?", "What was your #1 priority?"),
        ("Tell me about C#", "Tell me about C#"),
        ("Why now? #a #b/c", "Why now?"),
        ("first line\nsecond line #tag", "first line\nsecond line"),
        ("#only-a-tag", "#only-a-tag"),
        ("QA: not a label", "QA: not a label"),
        ('"Why this company?"', "Why this company?"),
        ("\u201cTell me about yourself\u201d", "Tell me about yourself"),
        ('"Why?" "Because."', '"Why?" "Because."'),
        ("Q-learning vs SARSA: what differs?", "Q-learning vs SARSA: what differs?"),
        ("Question 2-3 of the loop: why us?", "Question 2-3 of the loop: why us?"),
        ("Q3 – Why us?", "Why us?"),
        ('Q1.2: "Why this team?"', "Why this team?"),
        ("(4)Q: What is a window function?", "What is a window function?"),
        ("Interview Question 3: What is a PDA?", "What is a PDA?"),
        ("Behavioral Question - Tell me about a conflict", "Tell me about a conflict"),
        ("\u9762\u8bd5\u95ee\u9898 1\uff1a\u4ec0\u4e48\u662f SPL\uff1f", "\u4ec0\u4e48\u662f SPL\uff1f"),
        ("\u9762\u8bd5\u9898 2\uff1a\u4ec0\u4e48\u662f PDA\uff1f", "\u4ec0\u4e48\u662f PDA\uff1f"),
        ("Interview questions I bombed", "Interview questions I bombed"),
        ("(1) Q: Why us?", "Why us?"),
    ],
)
def test_clean_question(plain: str, question: str) -> None:
    """A `Q:` label before, and `#tags` and a block id after, are not the question's words."""
    assert clean_question(plain) == question


@pytest.mark.parametrize(
    ("plain", "question"),
    [
        ("1. Tell me about yourself", "Tell me about yourself"),
        ("Q2: Describe your biggest failure", "Describe your biggest failure"),
        ("Question 3 - Why should we hire you?", "Why should we hire you?"),
        ("4) Walk me through your resume", "Walk me through your resume"),
        ("1.5 million users a day: how would you scale?", "1.5 million users a day: how would you scale?"),
        ("Questions about pay?", "Questions about pay?"),
    ],
)
def test_numbered_questions_ask_without_their_number(plain: str, question: str) -> None:
    """A numbered or `Q2:`-labelled prompt asks, and its number is not part of the question."""
    assert asks(plain)
    assert clean_question(plain) == question


@pytest.mark.parametrize(
    ("text", "asking"),
    [
        ("Can you recall a situation in which you failed", True),
        ("Share an example of leading without authority", True),
        ("Recall a time you were wrong", True),
        ("Explain a situation where you changed your mind", True),
        ("Can you help", False),
        ("Sharing economy notes", False),
        ("What is your biggest weakness", True),
        ("How do you handle conflict", True),
        ("How would you handle an angry customer", True),
        ("Which project are you proudest of", True),
        ("Have you ever disagreed with your manager", True),
        ("Do you have any questions for us", True),
        ("Why this company", True),
        ("Provide an example of teamwork", True),
        ("Discuss a time you changed your mind", True),
        ("Tell me a time you failed", True),
        ("Situation where you had to adapt", True),
        ("What I learned", False),
        ("How we did it", False),
        ("What is the plan for Q3", False),
        ("How do we deploy", False),
        ("Why it matters", False),
        ("How to prepare", False),
        ("Examples", False),
        ("Have fun", False),
        ("When do we ship? (Sam)", True),
        ("Why did it fail? (the 2024 outage) #postmortem", True),
        ("Release notes (v2)", False),
        ("Is it done? Yes (mostly)", False),
        ("What is the hardest thing you built? Describe it in depth.", True),
        ("What is transfer learning? Show the code.", True), ("Why use Redis here? Compare it with Memcached.", True),
        ("Our model scores well offline but a client reports it is failing on their data. Walk me through it.", True),
        ("Our model scores well offline but a client reports it is failing on their data. Walk the dog.", False),
        ("Why did it fail? Please be specific.", True),
        ("Is it done? Yes, mostly.", False),
        ("What excites you about the job", True),
        ("What's your biggest weakness", True),
        ("What's the plan", False),
        ("Introduce yourself", True),
        ("Think of a time you showed leadership", True),
        ("Think of a project you worked on...", True),
        ("Think back to the last conflict you had", True),
        ("Think of a solution", False),
        ("Think about caching", False),
        ("What makes you unique", True),
        ("What makes a good API", False),
        ("为什么天空是蓝色的？", True),
        ("缓存有哪些淘汰策略？从实现和命中率两个角度说", True),
        ("总结", False),
        ("지원 동기를 말해주세요.", True),
        ("자기소개를 해보세요", True),
        ("自己紹介をしてください", True),
        ("请介绍一下你自己", True),
        ("저는 개발자입니다.", False),
        ("#2 Tell me about yourself", True),
        ("#42 is the answer", False),
        ("Follow-up 1: Why that database?", True),
        ("追问1：互斥锁有什么代价？", True),
        ("なぜこの会社ですか？ (面接)", True),
        ("自己紹介をお願いします", True),
        ("よろしくお願いします", False),
        ("Tell me a bit about yourself", True),
        ("Tell us a little about your background", True),
        ("Tell me something about yourself.", True),
        ("So, tell me about yourself", True),
        ("Let's begin the interview now. Tell me about your last role.", True),
        ("Now, describe a time you failed", True),
        ("Be concise. Describe only your part.", False),
        ("Tell me something", False),
        ("Difference between an interface and an abstract class", True),
        ("What's difference between map and flatMap", True),
        ("Why use streams? / Discuss when a loop is better.", True),
        ("The difference between us", False),
        ("Explain the outage", False),
        ("Please introduce yourself briefly", True),
        ("Please send the file", False),
        ("Talk broadly about a project you worked on.", True),
        ("redis跟memcache区别", True),
        ("TCP和UDP的区别", True),
        ("区别很大", False),
        ('10. "Tell me about a time you failed."', True),
        ("说一下 js 继承", True),
        ("js 说一下 this 指向", True),
        ("你是怎么接触前端的", True),
        ("你觉得 ts 很重吗", True),
        ("04. 解释 Predicate 和 Consumer", True),
        ("我说了寄生组合继承。", False),
        ("왜 개발자가 되려고 하는가", True),
        ("자기소개", True),
        ("介绍下 HTTPS 中间人攻击", True), ("Giới thiệu về bản thân", True),
        ("なぜこの会社ですか", True),
        ("redis 单线程，memcache 多线程", False),
        ("TCP vs UDP", True),
        ("Requirements vs my experience", False), ("Kafka vs my team's RabbitMQ setup", True),
        ("자격요건 vs 내 경험 매칭", False),
        ("Q9. Type 1 Error vs Type 2 Error", True),
        ("Python versus Java", True),
        ("Pros vs cons of the design we chose for the payment service", False),
        ('"Cuéntame sobre ti"', True),
        ("Háblame de tu último proyecto", True),
        ("Fale sobre você", True),
        ("Me fala sobre você.", True),
        (unicodedata.normalize("NFD", "Tại sao em chọn công ty này"), True),
        ("Erzählen Sie von sich", True),
        ("Cuenta corriente", False),
        ("What if you can't make the deadline", True),
        ("What if analysis", False),
        ("What if Redis goes down", True),
        ("What are the lessons you learned moving from school to work", True),
        ("What are the trade-offs of sharding", False),
        ("What is really great is that you can ship daily", False),
        ("From what you know of the role, do you have any questions for us.", True),
        ("Based on what you know, why do you want this role.", True),
        ("In the end, the team shipped.", False),
        ("Tell me why you want to work here.", True),
    ],
)
def test_more_interview_prompts_ask(text: str, asking: bool) -> None:
    """Prompts, questions written without their question mark (a question word and an auxiliary
    before "you") and a `?` before an aside in brackets ask; look-alikes, and a note's own headings, do not."""
    assert asks(text) is asking


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        ("Keep it short.", True),
        ('Say "I", not "we".', True),
        ("Pick recent stories, from the last two or three years:", True),
        ("When you think about your pitch, start with the end.", True),
        ("Focus on facts and avoid opinions!", True),
        ("Leadership", False),
        ("The CAP theorem:", False),
        ("Pick one:", False),
        ("The ability to learn independently and own problems.", False),
        ("Learnings from failures, and what you would do differently.", False),
        ("Tell me about a time you failed.", False),
        ("Move fast. Tell us more about times you beat a deadline.", False),
        ("Be honest about it. How do you take feedback?", False),
        ("Keep going...", False),
        ("Explain the CAP theorem.", False),
    ],
)
def test_advice_is_told_from_questions_topics_and_values(text: str, advice: bool) -> None:
    """A sentence telling the reader what to do, or said to "you", is advice; a topic, a term, a value a company
    looks for and any sentence with a prompt or a `?` in it are not."""
    assert states(text) is advice


def test_a_follow_up_label_is_no_part_of_the_question() -> None:
    """`Follow-up 1:` and `追问1：` (follow-up) label a question as `Q1:` does: left out of it."""
    assert clean_question("Follow-up 1: Why that database?") == "Why that database?"
    assert clean_question("追问1：互斥锁有什么代价？") == "互斥锁有什么代价？"
    assert clean_question("Followup tasks") == "Followup tasks"
