"""Map names the extractor found onto the database's speakers and sources.

The extractor resolves "he" and "the minister" to a named entity within one article; this step
decides which Speaker row that named entity is, across articles. It uses every alias seen or
confirmed by an editor, so a correction made once teaches every later article.
"""

from quotes.extraction.types import SourceRef, SpeakerRef
from quotes.models import Source, Speaker, SpeakerAlias, normalize_name

# Names that are too generic to become aliases: they would glue unrelated speakers together.
_GENERIC_ALIASES = {"president", "minister", "prime minister", "the president", "spokesperson", "official"}
# Words that open a description rather than a name ("a senior official", "the club", "one driver").
_DESCRIPTION_OPENERS = {"a", "an", "the", "one", "another", "some", "several", "two", "three", "many", "other"}


def is_article_local(ref: SpeakerRef) -> bool:
    """Anonymous sources ("a senior official") and descriptions without a name ("the club"): they
    name nobody beyond their own article, so each article gets its own speaker, never looked up or
    remembered by name (two stories' "the club" are not one speaker, and no named one absorbs them)."""
    return ref.kind == Speaker.Kind.ANONYMOUS or ref.name.split(" ", 1)[0] in _DESCRIPTION_OPENERS


def _aliases():
    # Not the speakers' stored stats: decoding their JSON took a third of an import chunk's lookups.
    return SpeakerAlias.objects.select_related("speaker")


def _follow_merges(speaker: Speaker) -> Speaker:
    seen = set()
    while speaker.merged_into_id and speaker.pk not in seen:
        seen.add(speaker.pk)
        speaker = speaker.merged_into
    return speaker


class SpeakerResolver:
    """Resolves SpeakerRefs to Speaker rows, remembering answers for the life of one run."""

    def __init__(self):
        self._by_key: dict[str, Speaker] = {}
        self._absent: set[str] = set()  # keys looked up in bulk and not found
        self._confirmed: set[str] = set()  # keys an editor confirmed: no second-guessing those
        self._resolved: dict[tuple, Speaker] = {}  # one article names the same speaker many times
        self.sources = SourceResolver(self)

    def prefetch(self, extractions) -> None:
        """Look up every name of these extractions in one query instead of one query each."""
        names = {name for extraction in extractions for quote in extraction.quotes for ref in quote.speakers
                 for name in (ref.name, *ref.aliases)}
        names |= {quote.source.issuer for extraction in extractions for quote in extraction.quotes
                  if quote.source and quote.source.issuer}
        keys = {normalize_name(name) for name in names} - self._by_key.keys() - self._absent - {""}
        if not keys:
            return
        for alias in _aliases().filter(normalized__in=keys):
            self._remember_found(alias)
        self._absent |= keys - self._by_key.keys()

    def lookup(self, name: str) -> Speaker | None:
        key = normalize_name(name)
        if not key or key in self._absent:
            return None
        if key not in self._by_key:
            alias = _aliases().filter(normalized=key).first()
            if alias is None:
                return None
            self._remember_found(alias)
        return self._by_key[key]

    def _remember_found(self, alias: SpeakerAlias) -> None:
        self._by_key[alias.normalized] = _follow_merges(alias.speaker)
        if alias.confirmed:
            self._confirmed.add(alias.normalized)

    def resolve(self, ref: SpeakerRef, *, article_id: int | None = None) -> Speaker:
        """The Speaker row of `ref` as found in the article `article_id` (which keeps anonymous
        speakers apart from every other article's)."""
        if is_article_local(ref):
            memo_key = ("article", article_id, normalize_name(ref.name))
            if memo_key not in self._resolved:
                self._resolved[memo_key] = Speaker.objects.create(
                    name=ref.name[:200], kind=Speaker.Kind.ANONYMOUS, role=ref.role[:200])
            return self._resolved[memo_key]
        memo_key = (ref.name, ref.kind, ref.role, ref.aliases)
        if memo_key not in self._resolved:
            self._resolved[memo_key] = self._resolve(ref)
        return self._resolved[memo_key]

    def _resolve(self, ref: SpeakerRef) -> Speaker:
        # Full name first: a surname shared by two people must not merge them.
        speaker = self.lookup(ref.name)
        if speaker is not None and normalize_name(ref.name) not in self._confirmed and not _same_person(speaker, ref):
            speaker = None
        if speaker is None:
            speaker = Speaker.objects.create(
                name=ref.name[:200], kind=ref.kind if ref.kind in Speaker.Kind.values else Speaker.Kind.PERSON,
                role=ref.role[:200], needs_review=True,
            )
        elif ref.role and not speaker.role:
            speaker.role = ref.role[:200]
            speaker.save(update_fields=["role"])
        self._remember_aliases(speaker, (ref.name, *ref.aliases))
        return speaker

    def _remember_aliases(self, speaker: Speaker, names) -> None:
        known_absent = []
        for name in names:
            key = normalize_name(name)
            if not key or key in _GENERIC_ALIASES or key in self._by_key:
                continue
            if key in self._absent:
                known_absent.append(SpeakerAlias(speaker=speaker, name=name[:200], normalized=key))
                self._absent.discard(key)
                self._by_key[key] = speaker
            else:
                alias, _ = SpeakerAlias.objects.get_or_create(normalized=key, defaults={"speaker": speaker, "name": name[:200]})
                self._by_key[key] = _follow_merges(alias.speaker)
        # Another worker may have added one of these since the prefetch; its alias then stands.
        SpeakerAlias.objects.bulk_create(known_absent, ignore_conflicts=True)


class SourceResolver:
    def __init__(self, speakers: SpeakerResolver):
        self.speakers = speakers
        self._by_key: dict[tuple[str, str, int | None], Source] = {}

    def resolve(self, ref: SourceRef) -> Source:
        # One source per label, kind and issuer: "statement" by a ministry is not "statement" by a
        # port authority (readers see them as "Ministry of Ports, statement", Source.full_label).
        kind = ref.kind if ref.kind in Source.Kind.values else Source.Kind.OTHER
        issuer = None
        if ref.issuer:
            issuer = self.speakers.lookup(ref.issuer) or self.speakers.resolve(
                SpeakerRef(name=ref.issuer, kind="organization" if _looks_like_body(ref.issuer) else "person")
            )
        key = (normalize_name(ref.label), kind, issuer.pk if issuer else None)
        if key not in self._by_key:
            source = Source.objects.filter(normalized=key[0], kind=kind, issuer=issuer).first()
            if source is None:
                source = Source.objects.create(label=ref.label[:300], kind=kind, issuer=issuer)
            self._by_key[key] = source
        return self._by_key[key]


_ROLE_FILLER = {"the", "of", "a", "an", "and", "for", "s", "former", "deputy", "senior", "chief"}


def _same_person(speaker: Speaker, ref: SpeakerRef) -> bool:
    """A bare surname matches a known speaker unless their roles plainly disagree.

    "Smith, the finance minister" is not "John Smith, the foreign secretary"; with no role on
    either side, or a role word in common, the known speaker is the best reading.
    """
    if len(normalize_name(ref.name).split()) > 1 or not ref.role or not (speaker.role or speaker.affiliation):
        return True
    ref_words = set(normalize_name(ref.role).split()) - _ROLE_FILLER
    known_words = set(normalize_name(f"{speaker.role} {speaker.affiliation}").split()) - _ROLE_FILLER
    return bool(ref_words & known_words)


def _looks_like_body(name: str) -> bool:
    words = set(normalize_name(name).split())
    return bool(words & {"embassy", "ministry", "government", "office", "department", "kremlin", "house", "council",
                         "agency", "party", "army", "police", "court", "commission", "committee", "union"})
