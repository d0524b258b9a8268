"""Where Korean sentences end: the punctuation that closes one, and the endings a line that
is a sentence (not a title, caption or label) closes with."""
from __future__ import annotations

import regex

#: the punctuation that closes a sentence, where white space or the text's end follows
SENTENCE_STOP = regex.compile(r"[.!?。](?=\s|$)")
#: a line that ends as a sentence: a final ending (했다, 합니다, 신청하세요, 할까), a nominal ending
#: of official prose (확대함, 예정임, 추진 중임), or closing punctuation; a noun in 요 (개요, 필요)
#: ends no sentence
ENDS_SENTENCE = regex.compile(r"(?:다|[세어아해돼여에죠네지]요|음|함|임|까)\s*+(?:[.!?。]\s*+)?$|[.!?。]\s*+$")
