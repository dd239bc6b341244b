"""The words and patterns of rank phrases (a helper of ``rankings``; not an extractor).

What the other ranking modules share: the index names and the rank words read from
``data/indices.json`` (:func:`_data`, :func:`_phrases`, :func:`_extra`: ordinals, moves, lists,
shared ranks, years, components), the alternations built from word lists (:func:`_alt`,
:func:`_alt_long`), a rank phrase found in a sentence (:class:`_Hit`), an index named in the text
(:class:`IndexMention`), and the patterns of a first place said with a score and of a change
linked to a rank.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .. import rx as regex

from ..resources import load
from . import _rank_tables


@dataclass
class IndexMention:
    """An index named in the text, with its year when one is written (``topic``: named by its topic only)."""
    start: int
    end: int
    index: str
    year: Optional[int]
    topic: bool = False


@lru_cache(maxsize=1)
def _data():
    d = load("indices")
    alts = []
    names = []
    for i, entry in enumerate(d["indices"]):
        alts.append(f"(?P<i{i}>" + "|".join(entry["patterns"]) + ")")
        names.append(entry["index"])
    index_rx = regex.compile(r"(?<![\p{L}])(?:" + "|".join(alts) + r")(?![\p{L}])"
                             r"(?:\s*\((?:[^()]{0,30}?(?<![\d/.,])(?P<pyear>(?:19|20)\d{2})(?![\d/]|\s?[-–]\s?(?:19|20)\d{2})[^()]{0,10}|[^()]{1,40})\))?(?:\s*(?:cấp tỉnh|của tỉnh|tỉnh))?(?:\s*\((?P<acr>[A-Z]{3,6}(?: INDEX)?)\))?"
                             r"(?:\s*(?:năm\s+)?(?P<year>(?:19|20)\d{2})(?![\d/]))?", regex.I)
    other_rx = regex.compile(d["other_acronym"]["pattern"] + r"(?:\s*(?:năm\s+)?(?P<year>(?:19|20)\d{2}))?")
    first = "|".join(regex.escape(w) for w in d["rank_words"]["first"])
    second = "|".join(regex.escape(w) for w in d["rank_words"]["second"])
    topics_rx = regex.compile(d["not_index_topics"]["pattern"], regex.I)
    not_indices = frozenset(d["other_acronym"]["not_indices"])
    goals = load("numbers")["target_triggers"]  # a rank after a goal word is a target (numbers)
    goal_rx = regex.compile(r"(?<![\p{L}])" + "".join(f"(?<!{regex.escape(w)} )" for w in goals["rank_goal_not_after"]) +
                            r"(?:" + "|".join(regex.escape(w) for w in goals["rank_goal_words"]) + r")(?![\p{L}])", regex.I)
    return names, index_rx, other_rx, first, second, topics_rx, not_indices, goal_rx


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in words)


def _alt_long(words) -> str:
    """The words as alternatives, the longest first (``xếp cuối cùng`` before ``xếp cuối``)."""
    return _alt(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _phrases() -> dict:
    """The rank-phrase patterns, with the words of ``data/indices.json`` ``rank_phrases``."""
    r = load("indices")["rank_phrases"]
    out_of = (r"(?:\s?/\s?|\s+(?:" + _alt(r["out_of_words"]) + r")\s+)(?P<of>\d{1,3})(?!\d|[.,]\d|\s*%)")
    return dict(
        rank=regex.compile(
            r"(?<![\p{L}])(?:(?:" + _alt(r["verbs"]) + r")\s+(?:ở\s+)?(?:vị trí\s+)?"
            r"(?:" + "|".join(r["rank_nouns"]) + r")\s+|xếp hạng\s+(?:thứ(?:\s+tự)?\s+)?|thứ hạng\s+(?:thứ\s+)?|(?<=[\s(])hạng\s+|(?:(?<!(?<![\p{L}])so\s)với|ở|tại)?\s*vị (?:trí|thứ)(?:\s+(?:thứ|số))?\s+"
            r"|(?<=(?:\bvà|[,;])\s)thứ\s+|(?:xếp|đứng)\s+(?=\d{1,2}\s?/\s?\d))"
            r"(?P<rank>\d{1,2})(?![\d]|[.,]\d)(?:" + out_of + r")?"
            r"|\(\s*(?P<prank>\d{1,2})\s?/\s?(?P<pof>\d{1,3})\s*\)", regex.I),
        counted=regex.compile(r"\s+(?:" + _alt(r["counted_nouns"]) + r")(?![\p{L}])(?!\s+\p{Lu})"),
        last=regex.compile(r"(?<![\p{L}])(?:" + _alt(r["last_words"]) + r")(?:\s+(?:cả nước|toàn quốc))?\s+(?:trong|trên)\s+"
                           r"(?:số\s+|tổng số\s+)?(?P<n>\d{1,3})(?!\d)", regex.I),
        anaphor=regex.compile(r"(?<![\p{L}])(?:" + _alt(r["anaphor_heads"]) + r") (?:" + _alt(r["anaphor_pointers"]) +
                              r")(?![\p{L}])", regex.I),
        change=regex.compile(r"(?<![\p{L}])(?P<dir>" + _alt(r["change_verbs"]) + r")\s+(?:(?:" + _alt(r["change_fillers"]) +
                             r")\s+)?(?P<n>\d{1,2}|" + _alt(sorted(r["number_words"], key=len, reverse=True)) + r")\s+(?:" +
                             _alt(r["change_units"]) + r")(?![\p{L}])", regex.I),
        number_words={k.lower(): v for k, v in r["number_words"].items()},
        change_down=frozenset(w.lower() for w in r["change_down"]),
        component=regex.compile(r"(?:" + _alt(r["component_words"]) + r")(?:\s+chính(?=\s*:))?\s*:?(?:\s*\([^()]{1,12}\))?(?:\s+(?:về|là))?\s+(?P<c>[^,;()]{3,80}?)(?=\s+(?:" +
                                _alt(r["component_ends"]) + r")\b|[,;(]|$)", regex.I),
    )


@dataclass
class _Hit:
    """A rank phrase found in a sentence, before its index and subject are decided."""
    a: int
    b: int
    rank: int
    of: Optional[int]          # None: no number written; -1: a rank word (needs its index nearby)
    year: Optional[int] = None  # a year the phrase itself fixes
    prev_year: bool = False     # the earlier rank of a move: the year compared with
    change: Optional[int] = None
    subject: Optional[str] = None
    indices: Optional[list] = None  # one rank shared by several indices
    components: Optional[list] = None  # one rank of several components listed after it
    claim: bool = True          # a listed name stays free for the other extractors (organisations)
    top: bool = False           # "cao nhất khu vực": a change said after it is the rank's before it
    lead: bool = True           # words right before may name its component (not "Thứ hạng … là 15/63")
    earlier: bool = False       # the rank of an earlier year (a move's first, "(năm 2022 là 25)"): takes no change
    index_years: Optional[dict] = None  # the years of indices counted in from sentences before ("đứng đầu cả 4 chỉ số")
    named: bool = False         # the ranked name was read (a body's rank has no province: the link stage leaves it)
    tied: Optional[list] = None  # the subjects of units sharing the rank ("A và B cùng xếp thứ 3"): one fact each


@lru_cache(maxsize=1)
def _extra():
    """Patterns of ordinals, moves, lists, shared ranks and years (``data/indices.json``)."""
    d = load("indices")
    rw, r = d["rank_words"], d["rank_phrases"]
    ords = rw["ordinals"]
    ord_alt = _alt(sorted(ords, key=len, reverse=True))
    verbs = _alt(r["verbs"])
    ordinal = regex.compile(
        r"(?<![\p{L}])(?:(?:" + verbs + r")\s+(?:ở\s+)?(?:vị trí\s+)?(?:thứ|hạng)|xếp hạng|vị trí\s+thứ|"
        r"(?<=(?<![\p{L}])(?:" + _alt(r["tie_markers"]) + r")\s)hạng|(?<=(?:\bvà|[,;])\s)thứ(?=\s+\p{L}+\s+là\b))"
        r"\s+(?P<ord>" + ord_alt + r")(?![\p{L}])(?!\s*\d)"
        r"(?:\s+(?:" + _alt(r["out_of_words"]) + r")\s+(?P<of>\d{1,3})(?!\d|[.,]\d|\s?/|\s*%))?", regex.I)
    num = r"(?:vị trí\s+|thứ\s+|hạng\s+|bậc\s+)*(?:thứ\s+)?(?P<{0}>\d{{1,2}})(?:\s?/\s?(?P<o{0}>\d{{1,3}}))?(?!\d|[.,]\d|\s*%)" \
          r"(?:\s+(?:năm\s+)?(?P<y{0}>(?:19|20)\d{{2}})(?![\d/]))?"
    move = regex.compile(r"(?<![\p{L}])(?:" + _alt(r["move_words"]["from"]) + r")\s+" + num.format("r1") +
                         r"\s+(?P<to>(?:" + _alt(r["move_words"]["to"]) + r")\s+" + num.format("r2") + ")", regex.I)
    # "… lần lượt từ thứ 31 lên 2 và 16 lên 10": a further move of a list
    move_more = regex.compile(r"(?:\s*,\s*|\s+và\s+)(?:(?:" + _alt(r["move_words"]["from"]) + r")\s+)?" + num.format("r1") +
                              r"\s+(?P<to>(?:" + _alt(r["move_words"]["to"]) + r")\s+" + num.format("r2") + ")", regex.I)
    comparison = regex.compile(r"(?<![\p{L}])(?:" + _alt(r["comparison_words"]) + r")\s+(?:năm\s+)?$", regex.I)
    heads = _alt(r["list_heads"])
    firsts = _alt(rw["first"])
    lst = regex.compile(
        r"(?:(?<![\d\p{L}])(?P<n>\d{1,2}|" + _alt(r["list_counts"]) + r")\s+(?:" + heads + r")\s+(?:(?:" + _alt(r["list_gap_words"]) + r")\s[^.;:,]{0,40}?)?(?:" + firsts +
        r"|cao nhất)[^.;:]{0,60}?\s+"
        # "Top 3 lần lượt là A, B và C", "top 5 địa phương có chỉ số cao nhất lần lượt là …"
        r"|(?<![\p{L}])(?:" + _alt(r["top_counts"]) + r")\s+(?P<n>\d{1,2})(?:\s+(?:" + heads + r"))?(?:\s[^.;:,]{0,60}?)?\s+)?"
        r"(?:(?P<w>" + _alt(r["list_words"]) + r")|(?P<w>" + _alt(r["after_leader_words"]) +
        r")\s+(?:(?-i:\p{Lu}\p{Ll}*)\s+){1,4}?(?i:lần lượt là))\s*:?\s*", regex.I)
    shared = regex.compile(r"(?<![\p{L}])(?:" + _alt(r["shared_words"]) + r")(?![\p{L}])", regex.I)
    comp_heads_alt = _alt(sorted(r["component_heads"] + r["component_words"] + ["trục"], key=len, reverse=True))
    comp_split = regex.compile(r"\s*(?:,|\s(?:và|cùng))\s+(?i:" + comp_heads_alt + r")\s+")
    plural_head = regex.compile(r"(?<![\p{L}])(?i:các)\s+(?i:" + comp_heads_alt + r")\s*:?\s*$")
    comp_list_end = regex.compile(r"\s(?:" + _alt(r["component_ends"] + r["shared_markers"]) + r")(?![\p{L}])", regex.I)
    shared_marker = regex.compile(r"(?<![\p{L}])(?:" + _alt(r["shared_markers"]) + r")(?:\s+\S+){0,2}\s+$", regex.I)
    rw_ = r["range_words"]
    ranged = regex.compile(r"(?<![\p{L}])(?:" + "|".join(r["rank_nouns"]) + r")\s+(?:thứ\s+)?(?:" + _alt(rw_["from"]) +
                           r")\s+(?:thứ\s+)?(?P<a>\d{1,2})\s*(?:" + _alt(rw_["to"]) + r"|[-–])\s*(?:thứ\s+)?(?P<b>\d{1,2})"
                           r"(?!\d)[^.;:]{0,60}?\s(?:lần lượt\s+)?(?:là|thuộc về|gồm)\s*:?\s*", regex.I)
    # "các vị trí nhất, nhì, ba lần lượt thuộc về": ordinals after a rank noun, then the list
    ordinal_list = regex.compile(r"(?<![\p{L}])(?:" + "|".join(n for n in r["rank_nouns"] if n not in r["bare_number_nouns"]) +
                                 r")\s+(?P<ords>(?:thứ\s+)?(?:" + ord_alt +
                                 r")(?:(?:\s*,\s*|\s+và\s+)(?:(?:" + "|".join(n for n in r["rank_nouns"] if n not in r["bare_number_nouns"]) +
                                 r")\s+)?(?:" + ord_alt + r"))+)(?![\p{L}])"
                                 r"[^.;:\d]{0,60}?\s(?:lần lượt\s+)(?:là|thuộc về)\s*:?\s*", regex.I)
    heads_ = _alt(r["listed_rank_heads"])
    # "Về xếp hạng A, B, C, thứ hạng của tỉnh lần lượt là 22, 9, 13": numbers listed after "lần lượt là"
    listed_ranks = regex.compile(r"(?<![\p{L}])(?P<head>" + heads_ + r")(?P<mid>(?:(?!" + heads_ + r")[^.;:]){0,80}?)\s(?i:lần lượt)\s+(?:là\s+)?"
                                 r"(?:(?:thứ|hạng)\s+)?(?P<n>\d{1,2})(?!\d|[.,]\d|\s?/|\s*%)"
                                 r"(?P<rest>(?:(?:\s*,\s*|\s+và\s+)(?:thứ\s+)?\d{1,2}(?!\d|[.,]\d|\s?/|\s*%))+)"
                                 r"(?!\s*(?:điểm|bậc|hạng))", regex.I)
    comp_words = sorted(set(r["component_heads"] + r["component_words"] + ["trục"]), key=lambda w: (-len(w), w))
    list_trim = regex.compile(r"^\s*(?:(?:của|các|về)\s+)*(?:(?:tỉnh|thành phố|địa phương)\s+(?:ở|tại|về)\s+(?:các\s+)?)?"
                              r"(?:(?:" + _alt(comp_words) + r")\s+)?|\s+(?:của|tại|so với)\s+[^,]*$", regex.I)
    about_list = regex.compile(r"(?:^|[.;:]\s*|\s)(?i:về)\s+(?:(?:" + heads_ + r"|kết quả)\s+)?(?:(?i:các)\s+)?(?:(?:" +
                               _alt(sorted(r["component_heads"], key=len, reverse=True)) + r")\s+)?(?P<seg>[^.;:]+?),\s*$", regex.I)
    then_is = regex.compile(r"[^,;.()]{1,50}?\s(?:" + _alt(r["subject_after"]["links"]) + r")\s+(?=\p{Lu})")
    bare = regex.compile(r"(?<![\p{L}])(?:" + _alt(r["bare_anaphors"]) + r")(?![\p{L}])", regex.I)
    continue_words = frozenset(w.lower() for w in r["list_words"] + r["after_leader_words"]
                               if not w.lower().startswith(("lần lượt", "theo thứ tự")))
    after_rank = frozenset(w.lower() for w in r["after_rank_list_words"])  # "Kế sau là Bộ A, Bộ B": ranked after the one before
    paren_acr = regex.compile(d["other_acronym"]["paren_pattern"])
    not_after = "".join(f"(?<!{regex.escape(w)} )" for w in rw["not_after"])
    word_counts = [w for w in r["list_counts"] if w not in r["time_counts"]]  # "ba tỉnh", not "năm" (also a year)
    counted_before = regex.compile(r"(?:(?:(?<![\d.,]|thứ )\d{1,2}|(?<![\p{L}]|thứ |hạng )(?:" + _alt(word_counts) + r"))\s+"
                                   r"(?!(?:" + _alt(r["time_counts"] + r["change_counts"]) + r")(?![\p{L}]))\p{L}"
                                   r"(?:[^\d,.;:()]|, thành){0,30}|(?<![\p{L}])(?:" +
                                   _alt(r["group_words"]) + r")(?![\p{L}])(?:[^,.;:()]|, thành){0,30})$", regex.I)
    within = regex.compile(r"(?:^|[.;]\s*|(?<![\p{L}]))(?i:trong|trên)\s+(?:số\s+)?(?P<n>\d{1,2})\s+(?:(?:" +
                           _alt(r["counted_nouns"]) + r")(?![\p{L}])(?:,\s*thành(?:\s+phố)?(?![\p{L}]))?)[^,;.]{0,40},[^,;.]{0,60}$")
    components = regex.compile(r"\s+(?:trong\s+(?P<n>\d{1,2})\s?/\s?\d{1,2}|cả\s+(?P<n>\d{1,2}))\s+(?:" +
                               _alt(r["component_heads"]) + r")(?![\p{L}])[^,.;:()]{0,40}?,?\s+(?:bao gồm|gồm)\s*:?\s*",
                               regex.I)
    sa = r["subject_after"]
    subject_after = regex.compile(r"\s*(?:(?:cả nước|toàn quốc)\s+)?(?:(?:" + _alt(sa["adverbs"]) + r")\s+)?"
                                  r"(?:(?P<link>" + _alt(sa["links"]) + r")\s+)?"
                                  r"(?:(?P<kind>" + _alt(sa["kinds"]) + r")\s*)?(?=\p{Lu})")
    # "Thứ hạng PCI 2023 của tỉnh là 15/63": the rank noun, then what it is
    noun_is = regex.compile(r"(?<![\p{L}])(?i:" + _alt(r["rank_subject_nouns"]) + r")(?![\p{L}])(?P<mid>[^,.;:()]{0,60}?)\s(?i:là)\s+"
                            r"(?P<p>(?:(?i:thứ)\s+)?(?P<r>\d{1,2})(?:\s?/\s?(?P<o>\d{1,3}))?)(?!\d|[.,]\d|\s*%)")
    # "…, tăng 3 bậc so với năm 2013 là 19/19 đơn vị": after a change, the rank of the year compared with (cmp)
    earlier = regex.compile(r"(?:(?P<paren>\()\s*|[,;]\s+|(?P<cmp>(?<![\p{L}])(?i:" + _alt(r["comparison_words"]) + r")\s+))"
                            r"(?:(?i:năm)\s+(?P<y>(?:19|20)\d{2})|(?i:" + _alt(r["earlier_years"]) +
                            r"))\s+(?:" + _alt(r["earlier_verbs"]) + r")\s+(?:(?:thứ|vị trí|vị thứ|hạng)\s+)?(?P<r>\d{1,2})"
                            r"(?:\s?/\s?(?P<o>\d{1,3}))?(?(paren)\s*\)|(?:\s+(?:" + _alt(r["counted_nouns"]) +
                            r")(?![\p{L}]))?(?=\s*[,;.]|\s*$))")
    measure_topic = regex.compile(r"[^.;,]{0,25}?(?<![\p{L}])về\s+(?:" + _alt(r["measure_topics"]) + r")(?![\p{L}])", regex.I)
    bare_rank = regex.compile(r"(?<=\p{L} )(?:(?:" + _alt(r["bare_ordinal_nouns"]) + r")\s+(?P<ord>" + ord_alt + r")(?![\p{L}])|(?:thứ|" + _alt(r["bare_number_nouns"]) +
                              r")\s+(?P<n>\d{1,2})"
                              r"(?:(?:\s?/\s?|\s+(?:" + _alt(r["out_of_words"]) + r")\s+)(?P<of>\d{1,3})(?!\d|[.,]\d|\s*%))?"
                              r"(?!\d|[.,]\d|\s*%))", regex.I)
    regional = regex.compile(r"[^.;,]{0,30}?(?<![\p{L}])(?:" + _alt(r["regional_words"]) + r")(?![\p{L}])", regex.I)
    not_before = r"(?!\s+(?:" + _alt(r["not_before_words"]) + r")(?![\p{L}]))"
    body = regex.compile(r"(?:" + _alt(r["body_heads"]) + r")(?![\p{L}])|" + _rank_tables._unit_name_start())
    top = regex.compile(r"(?<![\p{L}])(?:" + _alt(r["top_words"]) + r")\s+(?:(?:" + _alt(r["top_scopes"]) + r")(?![\p{L}])"
                        r"[^,;.()]{0,40}?(?=\s*[,;.()]|$)|trong\s+(?:số\s+)?(?P<of>\d{1,3})\s+(?:" + _alt(r["counted_nouns"]) +
                        r")(?![\p{L}]))", regex.I)
    top_after_score = regex.compile(r"(?:\d{1,3}(?:[.,]\d{1,3})?\s*(?:điểm|%)|(?<![\p{L}])điểm(?:\s+số)?)\s*,?\s*"
                                    r"(?:(?:và\s+)?là\s+)?(?:mức\s+)?$", regex.I)
    top_anchor = regex.compile(r"(?<![\p{L}])chỉ số thành phần(?![\p{L}])", regex.I)
    measures = regex.compile(r"(?<![\p{L}])(?:" + _alt(r["measure_topics"]) + r")(?![\p{L}])", regex.I)
    further = regex.compile(r"(?:\s*,\s*|\s+và\s+)(?:(?:thứ\s+)?(?P<n>\d{1,2})(?!\d|[.,]\d|\s?/|\s*%)"
                            r"|thứ\s+(?P<o>" + ord_alt + r")(?![\p{L}]))", regex.I)
    further_bare = regex.compile(r"(?:\s*,\s*|\s+và\s+)(?:(?:" + _alt(r["bare_ordinal_nouns"]) + r")\s+)?(?P<o>" + ord_alt + r")(?![\p{L}])"
                                 r"(?=\s*(?:[,.;:]|và\s|$)|\s+(?:về|trong|của|tại|ở)\s)", regex.I)
    comp_heads = regex.compile(r"(?<![\p{L}])(?:các\s+)?(?:" + _alt(sorted(r["component_heads"], key=len, reverse=True)) + r")(?![\p{L}])", regex.I)
    not_component = regex.compile(r"(?:lần lượt|" + _alt(r["anaphor_pointers"]) + r"|(?:" + _alt(r["top_words"]) +
                                  r")\s*$)(?![\p{L}])", regex.I)  # "cả 4 chỉ số thành phần cao nhất": no name
    pointer = regex.compile(r"(?:" + _alt(r["anaphor_pointers"]) + r")", regex.I)
    comp_list = regex.compile(r"(?<![\p{L}])(?:" + _alt(r["component_list_words"]) + r")\s*:?\s*", regex.I)
    not_rank_after = regex.compile(r"\s+(?:" + _alt(r["not_rank_after"]) + r")(?![\p{L}])", regex.I)
    leaders_listed = regex.compile(r"\s*,?\s*(?i:lần lượt)\s+(?:là|đứng)\s+[^.;:]{0,100}?(?<![\p{L}])(?:" +
                                   _alt(r["leaders_listed_words"]) + r")(?![\p{L}])", regex.I)
    after_heads = sorted(set(h for h in r["component_heads"] + r["component_words"] + ["trục nội dung"]
                             if h.lower() not in ("chỉ số", "chỉ số chính")), key=lambda w: (-len(w), w))
    comp_after = regex.compile(r"\s+(?:(?:cả nước|toàn quốc|bảng xếp hạng|toàn bộ)\s+)?(?:" + _alt(r["component_after_links"]) +
                               r")\s+(?:cả\s+)?(?:(?P<n>\d{1,2}|" + _alt(word_counts) + r")\s+)?(?P<pl>các\s+)?(?:" +
                               _alt(after_heads) + r")(?![\p{L}])\s*:?\s*", regex.I)
    comp_end = regex.compile(r"\s(?:" + _alt(r["component_ends"]) + r")(?![\p{L}])|\d", regex.I)
    year_later = regex.compile(r"(?:\s+(?:" + _alt(r["year_after_scopes"]) + r"))?(?:\s+với\s+\d{1,3}(?:[.,]\d{1,3})?\s*(?:điểm|%))?"
                               r"\s+(?:(?:" + _alt(r["year_after_preps"]) + r")\s+)?năm\s+(?P<y>(?:19|20)\d{2})(?![\d/])", regex.I)
    # "Hạng 1: Quảng Ninh; Hạng 2: Hải Phòng", "- Hạng nhất: Quảng Ninh", "hạng 1 – Quảng Ninh": a rank label heading its clause
    label = regex.compile(r"(?<=(?:^|[:;,\n])[ \t]*(?:[-–•+*][ \t]*)?)(?P<lab>(?P<w>" +
                          _alt(sorted(r["label_words"], key=len, reverse=True)) + r")\s+(?:(?P<n>\d{1,2})(?:\s?/\s?(?P<of>\d{1,3}))?"
                          r"(?![\d\p{L}]|[.,]\d)|(?P<ord>" + ord_alt + r")(?![\p{L}])))(?:\s*:|\s+[–-])\s*(?=\S)", regex.I)
    return dict(label=label, year_later=year_later, move_more=move_more, not_rank_after=not_rank_after, leaders_listed=leaders_listed, comp_after=comp_after, comp_end=comp_end,
                ords={k.lower(): v for k, v in ords.items()}, ordinal=ordinal, further_bare=further_bare,
                ord_word=regex.compile(r"(?i:" + _alt(r["bare_ordinal_nouns"]) + r")\s+$"), ordinal_list=ordinal_list, list_counts={k.lower(): v for k, v in r["list_counts"].items()}, further=further, comp_heads=comp_heads, pointer=pointer, not_component=not_component, comp_list=comp_list, top=top, top_after_score=top_after_score,
                top_anchor=top_anchor, measures=measures, move=move, comparison=comparison,
                list=lst, noun_is=noun_is, comp_split=comp_split, plural_head=plural_head, comp_list_end=comp_list_end, shared=shared, shared_marker=shared_marker, ranged=ranged, then_is=then_is, listed_ranks=listed_ranks, about_list=about_list, list_trim=list_trim, bare=bare, continue_words=continue_words, after_rank=after_rank, paren_acr=paren_acr,
                not_after=not_after, not_before=not_before, body=body, counted_before=counted_before,
                within=within, components=components, subject_after=subject_after, earlier=earlier,
                regional=regional, bare_rank=bare_rank, measure_topic=measure_topic, titles=frozenset(w.casefold() for w in sa.get("titles", ())))


@lru_cache(maxsize=1)
def _change_link_rx():
    return regex.compile(r"\s*,?\s*(?:" + _alt(load("indices")["rank_phrases"]["change_to_rank_links"]) + r")\s+", regex.I)


@lru_cache(maxsize=1)
def _score_top_rx():
    r = load("indices")["rank_phrases"]
    return regex.compile(r"(?<![\p{L}])(?:" + _alt(r["score_top_units"]) + r")\s+(?:có|đạt)\s+(?P<top>(?:" +
                         _alt(r["score_top_nouns"]) + r")\s+cao nhất)(?![\p{L}])[^.;:\d]{0,80}?\s(?:là|thuộc về)\s+"
                         r"(?:(?:tỉnh|thành phố|TP\.?)\s+(?=\p{Lu})|(?=(?:" + _alt_long(r["unit_kinds"]) + r")\s+(?-i:\p{Lu}|\d))|(?=\p{Lu}))",
                         regex.I)


@lru_cache(maxsize=1)
def _score_top_not_after():
    r = load("indices")["rank_phrases"]
    return regex.compile(r"(?:(?<![\p{L}])(?:" + _alt(r["score_top_not_after"]) + r")|\d)\s+$", regex.I)


def _data_file() -> dict:
    return load("indices")
