"""The words of a question's and an answer's labels in other languages than English (`deck.pair_labels` builds the
labels from them)."""

from __future__ import annotations

QUESTION_WORDS = (
    "\u0412\u043e\u043f\u0440\u043e\u0441|\u0412\u041e\u041f\u0420\u041e\u0421|Frage|Pregunta|Pergunta|Domanda|(?:\u9762\u8bd5)?\u95ee\u9898|\u9762\u8bd5\u9898"
    "|\u95ee|\u554f\u984c|\u554f|\u8cea\u554f|\uc9c8\ubb38|C\u00e2u h\u1ecfi|Soru|SORU|Pertanyaan|PERTANYAAN|Soal|SOAL"
    "|Vraag|Pytanie|\u05e9\u05d0\u05dc\u05d4|\u0e04\u0e33\u0e16\u0e32\u0e21"
    "|\u60f3\u5b9a\u8cea\u554f(?=(?:[*][*]|__)?[ \t]*[:\uff1a][ \t]*(?:[*][*]|__)?[ \t]*[^\\s*_])"
)
"""`Question` in other languages: Вопрос, Frage, Pregunta, Pergunta, Domanda, 问题, 问, 問題, 問, 質問, 질문, Câu hỏi,
Turkish Soru, Indonesian and Malay Pertanyaan, Soal, Dutch Vraag, Polish Pytanie, Hebrew שאלה, Thai คำถาม (面试问题,
面试题: interview question; 想定質問, one expected, with its question on its line)."""
ANSWER_WORDS = (
    "\u041e\u0442\u0432\u0435\u0442|\u041e\u0422\u0412\u0415\u0422|Antwort|Respuesta|Resposta|Risposta|R\u00e9ponse|R\u00c9PONSE|REPONSE|RESPUESTA"
    "|RESPOSTA|ANTWORT|\u6211\u7684\u56de\u7b54|(?:\u53c2\u8003|\u793a\u4f8b|\u6b63\u786e|\u6807\u51c6)(?:\u7b54\u6848|\u56de\u7b54)|\u7b54\u6848"
    "|(?:\u9762\u8bd5)?\u56de\u7b54(?:\u793a\u4f8b|\u4f8b|\u6846\u67b6|\u601d\u8def|\u306e\u82af)?"
    "|(?:\u6a21\u7bc4)?\u89e3\u7b54(?:\u4f8b)?|\u6a21\u7bc4\u56de\u7b54|\u7b54\u3048|\u7b54"
    "|(?:\ubaa8\ubc94|\uc608\uc2dc)[ \t]?(?:\ub2f5\ubcc0|\ub2f5\uc548)(?:[ \t]?(?:\uad6c\uc870|\uc608\uc2dc))?"
    "|\uc815\ub2f5|\ub2f5\ubcc0|\ub2f5|(?:C\u00e2u )?[Tt]r\u1ea3 l\u1eddi(?: m\u1eabu)?|\ucd94\uac00[ \t]?\ub2f5\ubcc0"
    "|Cevap|CEVAP|Yan\u0131t|YANIT|Jawaban|JAWABAN|(?:[Ss]terk[ \t]+)?[Aa]ntwoord|Odpowied\u017a"
    "|\u05ea\u05e9\u05d5\u05d1\u05d4|\u0e04\u0e33\u0e15\u0e2d\u0e1a"
    "|(?:Respuesta|Resposta)[ \t]+corre(?:c)?ta|R\u00e9ponse[ \t]+correcte"
)
"""`Answer` in other languages (and in capitals: RÉPONSE): Ответ, Antwort, Respuesta, Resposta, Risposta, Réponse,
我的回答 (my answer), 面试回答 (an interview's), 参考答案 and 示例回答 (a model answer), 正确答案 and 标准答案 (the
right answer), 答案, 回答, 回答示例 (a sample answer), 回答框架 and 回答思路 (its outline), 答, Japanese 回答例,
解答例, 模範回答 and 模範解答 (a sample, a model answer), 回答の芯 (its core), 答え, Korean 모범
답변, 예시 답변, 모범 답안 (a model, a sample answer; 구조, 예시: its outline, an example), 정답 (the right answer),
답변, 답, 추가 답변 (a further answer), (Câu) trả lời (mẫu: a sample), Turkish Cevap, Yanıt, Indonesian and Malay
Jawaban, Dutch (Sterk) antwoord (a strong one), Polish Odpowiedź, Hebrew תשובה, Thai คำตอบ, and the right answer:
Respuesta correcta, Resposta correta, Réponse correcte."""
MY_ANSWER = (
    "(?:[Mm]eine[ \t]+[Aa]ntwort|[Mm]i[ \t]+[Rr]espuesta|[Mm]inha[ \t]+[Rr]esposta|[Mm]a[ \t]+[Rr]\u00e9ponse"
    "|[Ll]a[ \t]+mia[ \t]+[Rr]isposta|\u041c\u043e\u0439[ \t]+\u043e\u0442\u0432\u0435\u0442)"
)
"""`My answer`: Meine Antwort, Mi respuesta, Minha resposta, Ma réponse, La mia risposta, Мой ответ."""
