"""Scoring extracted tenures against gold, and the errors grouped by cause.

The matching follows the conventions of the shared eval README (``../shared/eval/README.md``):
(person, role, organization) tuples matched one to one within a document; a person matches by
its name tokens, an organization by the Jaccard overlap of its name tokens, a role after folding
synonyms; start and end compared with the gold's null, ``"*"``, prefix or range. On top of the
figures, every miss, false tenure and wrong date gets a cause (NER miss, role miss, wrong
organization, coreference, date, political or rumour false positive ...), so that the next fix
can be chosen by counts.

Example (from the shell)::

    kg evaluate ../shared/eval/gold/bbc-dev.jsonl --corpus ../shared/corpus
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from kg.errors import InputError
from kg.lexicon import resource_text, words

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.model import Tenure

__all__ = [
    "DocFacts",
    "EvalError",
    "Report",
    "evaluate_gold",
    "find_document",
    "format_report",
    "load_gold",
    "score",
]

ErrorKind = Literal["missed", "false", "date"]
GoldDate = str | dict[str, Any] | None


# --- folding, as the eval README describes it ---------------------------------------------


@cache
def _scoring() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_text("data", "scoring.json"))
    return data


@cache
def _role_canon() -> dict[str, str]:
    return {
        alias: canon for canon, aliases in _scoring()["role_synonyms"].items() for alias in aliases
    }


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'").lower().strip()


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9&]+(?:-[a-z0-9]+)*", re.sub(r"'s\b", "", _fold(text)))


def person_key(name: str) -> frozenset[str]:
    titles = set(_scoring()["person_titles"])
    return frozenset(t for t in _tokens(name) if t not in titles)


def org_key(name: str) -> frozenset[str]:
    suffixes = set(_scoring()["org_suffixes"])
    return frozenset(t for t in _tokens(name) if t not in suffixes)


def role_key(role: str) -> str:
    text = " ".join(_tokens(role))
    return _role_canon().get(text, text)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def person_match(name: str | None, gold_names: Sequence[str]) -> bool:
    """Whether a system name is one of the gold's names (subsets of two tokens or more count)."""
    if not name:
        return False
    s = person_key(name)
    for g in map(person_key, gold_names):
        if s == g or (len(s) >= 2 and s <= g) or (len(g) >= 2 and g <= s and len(s) <= len(g) + 1):
            return True
    return False


def org_match(org: str | None, gold_orgs: Sequence[str]) -> bool:
    if not org:
        return False
    s = org_key(org)
    return any(_jaccard(s, org_key(g)) >= 0.75 for g in gold_orgs)


def role_match(role: str | None, gold_roles: Sequence[str | None]) -> int:
    """2: the role is a named gold role; 1: only a wildcard or null accepts it; 0: no match."""
    best = 0
    for g in gold_roles:
        if g == "*":
            best = max(best, 1)
        elif g is None:
            if not role:
                best = max(best, 1)
        elif role:
            a, b = role_key(role), role_key(g)
            if a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.85:
                return 2
    return best


def date_ok(value: str | None, gold: GoldDate) -> bool:
    """A system date against a gold one: null, ``"*"``, a prefix, or a ``{"from", "to"}`` range."""
    if gold == "*":
        return True
    if gold is None:
        return value in (None, "")
    if value in (None, ""):
        return isinstance(gold, dict) and bool(gold.get("or_null"))
    assert value is not None
    if isinstance(gold, str):
        return value.startswith(gold)
    lo, hi = str(gold["from"]), str(gold["to"])
    return value[: len(lo)] >= lo and value[: len(hi)] <= hi


def _needs_date(gold: GoldDate) -> bool:
    return (isinstance(gold, str) and gold != "*") or (
        isinstance(gold, dict) and not gold.get("or_null")
    )


def same_doc(system_doc: str, gold_doc: str) -> bool:
    """Document ids agree when one path ends with the other, or the file names are equal."""
    a, b = system_doc.replace("\\", "/"), gold_doc.replace("\\", "/")
    return (
        a == b
        or a.endswith("/" + b)
        or b.endswith("/" + a)
        or a.rsplit("/", 1)[-1] == b.rsplit("/", 1)[-1]
    )


# --- records ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DocFacts:
    """What the NLP stage saw in one document, to tell an NER miss from a rule miss."""

    persons: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    text: str = ""

    @classmethod
    def of(cls, doc: Doc) -> DocFacts:
        ents = [(e.label_, e.text) for e in doc.ents]
        return cls(
            persons=tuple(t for lab, t in ents if lab == "PERSON"),
            orgs=tuple(t for lab, t in ents if lab == "ORG"),
            roles=tuple(t for lab, t in ents if lab == "ROLE"),
            text=doc.text,
        )


@dataclass(frozen=True)
class EvalError:
    """One miss, false tenure or wrong date, with the cause it is filed under."""

    kind: ErrorKind
    cause: str
    doc: str
    tuple_text: str
    detail: str = ""


@dataclass
class Report:
    """The figures of one gold set and its errors."""

    gold_path: str
    docs: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    lenient_tp: int = 0
    span_ok: int = 0
    dated: int = 0
    dated_ok: int = 0
    errors: list[EvalError] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # read errors, scored as no tenure found
    sections: dict[str, Report] = field(default_factory=dict)  # by kind of article, on demand

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def timespan(self) -> float:
        return self.span_ok / self.lenient_tp if self.lenient_tp else 0.0

    def causes(self) -> Counter[str]:
        return Counter(f"{e.kind}: {e.cause}" for e in self.errors)

    def figures(self) -> dict[str, float | int]:
        return {
            "docs": self.docs,
            "gold": self.tp + self.fn,
            "system": self.tp + self.fp,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "timespan": round(self.timespan, 4),
            "dated": self.dated,
            "dated_acc": round(self.dated_ok / self.dated, 4) if self.dated else 0.0,
        }


def section_of(doc: str) -> str:
    """The kind of article a gold document is, told by its path: its folder, and the word before
    a hyphen that opens its file name ("bbc-other/sport-251.txt" -> "bbc-other/sport",
    "reuters/587.txt" -> "reuters", "a.txt" -> ".")."""
    folder, _, name = doc.replace("\\", "/").rpartition("/")
    prefix = re.match(r"([A-Za-z]+)-", name)
    if prefix:
        return f"{folder}/{prefix.group(1)}" if folder else prefix.group(1)
    return folder or "."


def by_section(
    gold: list[dict[str, Any]],
    system: dict[str, list[Tenure]],
    facts: dict[str, DocFacts] | None = None,
) -> dict[str, Report]:
    """The figures of each kind of article (``section_of``) in ``gold``, scored apart."""
    names = sorted({section_of(g["doc"]) for g in gold})
    return {
        name: score([g for g in gold if section_of(g["doc"]) == name], system, facts, name)
        for name in names
    }


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The gold lines of ``path`` (the eval README's format)."""
    rows: list[dict[str, Any]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the gold file ({exc.strerror or exc})") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n}: not JSON ({exc})") from exc
        if not isinstance(row, dict) or "doc" not in row:
            raise InputError(f"{path}:{n}: a gold line is an object with a 'doc' key")
        rows.append(row)
    return rows


def find_document(doc: str, gold_path: Path, corpus: Sequence[Path]) -> Path | None:
    """Where the gold's document ``doc`` is: under a ``corpus`` folder given, else beside the
    gold file or in a ``corpus`` or ``seeds`` folder of one of its ancestors."""
    places = list(corpus)
    for parent in list(gold_path.resolve().parents)[:4]:
        places += [parent, parent / "corpus", parent / "seeds"]
    for place in places:
        candidate = place / doc
        if candidate.is_file():
            return candidate
    return None


# --- scoring ------------------------------------------------------------------------------


def _tuple_text(person: str, role: str | None, org: str) -> str:
    return f"{person} | {role or '-'} | {org}"


def _gold_text(g: dict[str, Any]) -> str:
    return _tuple_text(g["person"][0], g["role"][0], g["org"][0])


def _sys_text(s: Tenure) -> str:
    rule = s.evidence[0].rule if s.evidence else "?"
    return _tuple_text(s.person, s.role, s.org) + f"  [{rule}]"


def score(
    gold: list[dict[str, Any]],
    system: dict[str, list[Tenure]],
    facts: dict[str, DocFacts] | None = None,
    gold_path: str = "",
) -> Report:
    """Figures and causes for ``system`` (tenures by gold document id) against ``gold``."""
    facts = facts or {}
    report = Report(gold_path=gold_path)
    docs = sorted({g["doc"] for g in gold})
    report.docs = len(docs)
    for doc in docs:
        golds = [g for g in gold if g["doc"] == doc and not g.get("none")]
        systems = system.get(doc, [])
        _score_doc(report, doc, golds, systems, facts.get(doc, DocFacts()))
    return report


def _score_doc(
    report: Report, doc: str, golds: list[dict[str, Any]], systems: list[Tenure], facts: DocFacts
) -> None:
    pairs: list[tuple[int, int, int, int]] = []
    for i, s in enumerate(systems):
        for j, g in enumerate(golds):
            role = role_match(s.role, g["role"])
            if not role or not person_match(s.person, g["person"]):
                continue
            parents = g.get("parent", [])
            if org_match(s.org, g["org"]):
                pairs.append((2, role, i, j))
            elif org_match(s.org, parents) or (
                s.parent_org
                and org_match(s.parent_org, parents)
                and org_match(s.org, g["org"] + parents)
            ):
                pairs.append((1, role, i, j))
    pairs.sort(key=lambda p: (-p[0], -p[1]))
    used_s: set[int] = set()
    used_g: set[int] = set()
    for strength, _, i, j in pairs:
        if i in used_s or j in used_g:
            continue
        used_s.add(i)
        used_g.add(j)
        s, g = systems[i], golds[j]
        report.lenient_tp += 1
        if strength == 2:
            report.tp += 1
        else:
            report.fp += 1
            report.fn += 1
            report.errors.append(
                EvalError(
                    "missed",
                    "wrong org: the parent named, not the unit",
                    doc,
                    _gold_text(g),
                    f"system org {s.org!r}",
                )
            )
        a, b = date_ok(s.start, g.get("start")), date_ok(s.end, g.get("end"))
        report.span_ok += a and b
        if _needs_date(g.get("start")) or _needs_date(g.get("end")):
            report.dated += 1
            report.dated_ok += a and b
        if not (a and b):
            report.errors.append(
                EvalError(
                    "date",
                    _date_cause(s, g, a, b),
                    doc,
                    _gold_text(g),
                    f"system {s.start}..{s.end}, gold {g.get('start')}..{g.get('end')}",
                )
            )
    for j, g in enumerate(golds):
        if j in used_g or g.get("optional"):
            continue
        report.fn += 1
        report.errors.append(
            EvalError("missed", _miss_cause(g, systems, facts), doc, _gold_text(g))
        )
    for i, s in enumerate(systems):
        if i in used_s:
            continue
        report.fp += 1
        report.errors.append(
            EvalError("false", _false_cause(s, golds, facts), doc, _sys_text(s), _evidence(s))
        )


def _evidence(s: Tenure) -> str:
    return s.evidence[0].sentence[:160].replace("\n", " ") if s.evidence else ""


def _date_cause(s: Tenure, g: dict[str, Any], start_ok: bool, end_ok: bool) -> str:
    which = "start" if not start_ok else "end"
    if not start_ok and not end_ok:
        which = "start and end"
    value = s.start if which == "start" else s.end
    gold = g.get("start") if which == "start" else g.get("end")
    if value is None:
        return f"{which} not found"
    if gold is None:
        return f"{which} given where the text says none"
    return f"{which} wrong"


def _mentions(names: Iterable[str], candidates: Iterable[str]) -> bool:
    keys = [person_key(n) for n in names]
    for c in candidates:
        k = person_key(c)
        if any(k and (k <= g or g <= k) for g in keys):
            return True
    return False


def _miss_cause(g: dict[str, Any], systems: list[Tenure], facts: DocFacts) -> str:
    person_ok = [s for s in systems if person_match(s.person, g["person"])]
    orgs = g["org"] + g.get("parent", [])
    if any(org_match(s.org, orgs) for s in person_ok):
        return "role miss: person and org found, title wrong or absent"
    if any(role_match(s.role, g["role"]) for s in person_ok):
        return "wrong org: person and title found, organization wrong"
    if any(role_match(s.role, g["role"]) and org_match(s.org, orgs) for s in systems):
        return "coreference/person: title and org found for another name"
    if facts.text and not _mentions(g["person"], facts.persons):
        return "NER miss: person not recognized"
    if facts.text and not any(
        _jaccard(org_key(o), org_key(x)) >= 0.5 or org_key(x) <= org_key(o)
        for o in orgs
        for x in facts.orgs
        if org_key(x)
    ):
        return "NER miss: organization not recognized"
    named = [r for r in g["role"] if r not in (None, "*")]
    if facts.text and named and not any(role_match(r, named) for r in facts.roles):
        return "role miss: title not in the role scheme"
    return "pattern miss: entities found, no rule linked them"


def _false_cause(s: Tenure, golds: list[dict[str, Any]], facts: DocFacts) -> str:
    if not golds:
        return "false tenure in an article with none"
    same_person = [g for g in golds if person_match(s.person, g["person"])]
    if any(org_match(s.org, g["org"] + g.get("parent", [])) for g in same_person):
        return "role miss: wrong title for a true person and org"
    if any(role_match(s.role, g["role"]) for g in same_person):
        return "wrong org: true person and title, organization wrong"
    if same_person:
        return "extra tuple for a true person"
    if any(
        role_match(s.role, g["role"]) == 2 and org_match(s.org, g["org"] + g.get("parent", []))
        for g in golds
    ):
        return "coreference/person: true title and org given to another name"
    lex = _scoring()
    org = _fold(s.org)
    role = _fold(s.role or "")
    if any(re.search(rf"\b{re.escape(w)}\b", org) for w in lex["government_words"]) or any(
        re.search(rf"\b{re.escape(w)}\b", role) for w in lex["political_roles"]
    ):
        return "political/government false positive"
    sentence = " ".join(e.sentence.lower() for e in s.evidence)
    if any(re.search(rf"\b{re.escape(w)}\b", sentence) for w in words()["speculation_cues"]):
        return "rumour/speculation false positive"
    if facts.text and not _mentions([s.person], facts.persons):
        return "NER: the 'person' is not a person entity"
    return "spurious: no such tenure in the gold"


# --- running ------------------------------------------------------------------------------


def evaluate_gold(
    gold_path: Path,
    corpus: Sequence[Path] = (),
    *,
    model: str | None = None,
    sections: bool = False,
) -> Report:
    """Extract the documents ``gold_path`` names and score them (and, with ``sections``, each
    kind of article apart)."""
    from kg.nlp import load_pipeline
    from kg.parsing import pipe
    from kg.reading import InputError, read_document
    from kg.settings import spacy_model
    from kg.tenures import build_tenures
    from kg.textnorm import normalize

    gold = load_gold(gold_path)
    docs = sorted({g["doc"] for g in gold})
    documents = []
    unread: list[str] = []
    skipped: list[str] = []
    for doc in docs:
        path = find_document(doc, gold_path, corpus)
        if path is None:
            unread.append(doc)
            continue
        try:
            documents.append(read_document(path, doc_id=doc))
        except InputError as exc:  # scored as a document with no tenure found
            skipped.append(str(exc))
    nlp = load_pipeline(model or spacy_model())
    system: dict[str, list[Tenure]] = {}
    facts: dict[str, DocFacts] = {}
    pairs = ((normalize(d.text), d) for d in documents)
    for parsed, document in pipe(nlp, pairs, batch_size=16):
        system[document.id] = build_tenures(parsed, document.id, document.date, document.text)
        facts[document.id] = DocFacts.of(parsed)
    report = score(gold, system, facts, gold_path=str(gold_path))
    if sections:
        report.sections = by_section(gold, system, facts)
    report.unread = unread
    report.skipped = skipped
    return report


def format_report(report: Report, *, details: bool = True) -> str:
    """The figures, the causes with their counts (largest first) and, with ``details``, each
    error under its cause."""
    f = report.figures()
    lines = [
        f"{report.gold_path}: docs={f['docs']} gold={f['gold']} system={f['system']}  "
        f"P={report.precision:.3f} R={report.recall:.3f} F1={report.f1:.3f}  "
        f"timespan={report.timespan:.3f} (dated {f['dated_acc']:.3f} of {f['dated']})"
    ]
    if report.sections:
        lines.append("by section:")
    for name, part in report.sections.items():
        lines.append(
            f"  {name}: docs={part.docs} gold={part.tp + part.fn} system={part.tp + part.fp}  "
            f"P={part.precision:.3f} R={part.recall:.3f} F1={part.f1:.3f}"
        )
    if report.unread:
        lines.append(f"  documents not found ({len(report.unread)}): {', '.join(report.unread)}")
    for reason in report.skipped:
        lines.append(f"  skipped, scored as finding nothing: {reason}")
    causes = report.causes()
    if causes:
        lines.append("errors by cause:")
    for cause, n in causes.most_common():
        lines.append(f"  {n:4d}  {cause}")
        if not details:
            continue
        for e in report.errors:
            if f"{e.kind}: {e.cause}" == cause:
                extra = f"  -- {e.detail}" if e.detail else ""
                lines.append(f"          {e.doc}: {e.tuple_text}{extra}")
    return "\n".join(lines)
