"""Editors' corrections: to a quote's attribution, to speakers, merges, splits — and their reverts.

Every change writes one Correction row (who, when, old → new, why) with the machine values that
undo it, so any change can be reverted from the quote or speaker page.

Edits are optimistic: the editor's form carries the version of the quote or speaker (a speaker's
version also covers its aliases), and the change is only applied when a conditional
``UPDATE ... WHERE version = N`` claims the row. If someone saved in between, nothing is written
and EditConflict carries the newer quote or speaker to show.

An edit to a quote's speakers, source, kind or boundaries marks it corrected, which re-extraction
(services.store_extraction) never overwrites. When an editor replaces a quote's speaker, the
name as written in the article becomes an editor-confirmed alias of the right speaker, so the
resolver (quotes/store/resolution.py) attributes the same name correctly in every later article.
"""

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from quotes.models import Correction, Quote, QuoteSpeaker, Source, Speaker, SpeakerAlias, normalize_name
from quotes.store.extractions import quotes_stored
from quotes.store.resolution import _GENERIC_ALIASES

Action = Correction.Action
SPAN_MAX_CHARS = 5000


def teachable_mention(quote: Quote) -> str:
    """The name that stood for the quote's first speaker, if it is a name an alias could be made of."""
    first = next(iter(quote.quote_speakers.all()), None)
    mention = first.mention.strip() if first else ""
    key = normalize_name(mention)
    return mention if key and key not in _GENERIC_ALIASES and any(ch.isupper() for ch in mention) else ""


class EditConflict(Exception):
    """Someone else changed the quote (or undid the change) first; ``current`` is the newer state."""

    def __init__(self, message: str, current=None):
        super().__init__(message)
        self.current = current


class EditRefused(Exception):
    """The change makes no sense (a span not in the text, an alias taken...); the message says why."""


# ---------------------------------------------------------------------------------------------
# Quotes


def _claim(quote: Quote, version: int) -> None:
    """Bump the version if, and only if, nobody saved since the editor loaded version N.

    A change is a decision on the quote: whoever held it in the review queue lets go of it."""
    quote.keep_extracted_version()  # before the bump: the history's first row is the quote as extracted
    claimed = Quote.objects.filter(pk=quote.pk, version=version).update(
        version=F("version") + 1, updated_at=timezone.now(), claimed_by=None, claimed_until=None
    )
    if not claimed:
        current = Quote.objects.with_people().filter(pk=quote.pk).first()
        if current is None:
            raise EditRefused("This quote no longer exists: the article was extracted again.")
        raise EditConflict("Someone else changed this quote while you were editing it; your change was not saved.",
                           current=current)
    quote.refresh_from_db()


def _refresh_stats(*speaker_ids) -> None:
    """Speakers' denormalized quote counts follow their quotes (see SpeakerQuerySet)."""
    Speaker.objects.filter(pk__in={pk for pk in speaker_ids if pk}).refresh_quote_stats()


def _record(**fields) -> Correction:
    for display in ("old_display", "new_display"):
        fields[display] = (fields.get(display) or "")[:500]
    fields["reason"] = (fields.get("reason") or "")[:500]
    return Correction.objects.create(**fields)


def _speaker_links(quote: Quote) -> list[dict]:
    return [
        {"speaker": link.speaker_id, "mention": link.mention, "mention_start": link.mention_start,
         "mention_end": link.mention_end}
        for link in quote.quote_speakers.order_by("position", "id")
    ]


def _speakers_display(links: list[dict]) -> str:
    names = dict(Speaker.objects.filter(pk__in=[link["speaker"] for link in links]).values_list("pk", "name"))
    return " and ".join(names.get(link["speaker"], "(deleted speaker)") for link in links) or "no speaker"


def _write_speaker_links(quote: Quote, links: list[dict]) -> None:
    """Make the quote's QuoteSpeaker rows exactly ``links``, keeping rows that stay (and their ids)."""
    wanted = [link["speaker"] for link in links]
    quote.quote_speakers.exclude(speaker_id__in=wanted).delete()
    existing = {link.speaker_id: link for link in quote.quote_speakers.all()}
    for position, link in enumerate(links):
        row = existing.get(link["speaker"]) or QuoteSpeaker(quote=quote, speaker_id=link["speaker"])
        row.position = position
        row.mention = (link.get("mention") or "")[:300]
        row.mention_start, row.mention_end = link.get("mention_start"), link.get("mention_end")
        row.save()


def _apply_quote_change(quote, version, *, action, old, new, old_display, new_display, user, reason, apply,
                        status=Quote.Status.CORRECTED, lost_speaker_id=None) -> Correction | None:
    """Claim the quote's version, apply the change, set its review status, log old → new.

    The log keeps the value and the review status on both sides, so an undo restores both.
    """
    if old == new:
        return None
    with transaction.atomic():
        _claim(quote, version)
        old_status = quote.status
        apply()
        quote.status = status
        quote.save()
        if action == Action.SPEAKERS or status == Quote.Status.VERIFIED:
            # An editor chose or confirmed these speakers: they are no longer "new, unreviewed".
            Speaker.objects.filter(quote_links__quote=quote, needs_review=True).update(needs_review=False)
        _refresh_stats(*quote.quote_speakers.values_list("speaker_id", flat=True), *(
            link["speaker"] for link in (old if action == Action.SPEAKERS else [])))
        if action in (Action.SPAN, Action.SPEAKERS, Action.SOURCE):
            # Its words, or the documents it could come from, changed: checked again (quotes.checking).
            quotes_stored.send(sender=Quote, article_ids=[quote.article_id])
        return _record(quote=quote, other_speaker_id=lost_speaker_id, action=action,
                       old_value={"value": old, "status": old_status},
                       new_value={"value": new, "status": status}, old_display=old_display,
                       new_display=new_display, user=user, reason=reason)


def set_speakers(*, quote: Quote, links: list[dict], version: int, user=None, reason: str = "",
                 status=Quote.Status.CORRECTED) -> Correction | None:
    old = _speaker_links(quote)
    seen, new = set(), []
    for link in links:
        if link["speaker"] not in seen:
            seen.add(link["speaker"])
            new.append(link)
    if [link["speaker"] for link in old] == [link["speaker"] for link in new]:
        return None
    # The speaker who lost the quote, so their page can list the change (Speaker.attribution_changes).
    lost = [link["speaker"] for link in old if link["speaker"] not in seen]
    return _apply_quote_change(
        quote, version, action=Action.SPEAKERS, old=old, new=new, old_display=_speakers_display(old),
        new_display=_speakers_display(new), user=user, reason=reason,
        apply=lambda: _write_speaker_links(quote, new), status=status, lost_speaker_id=lost[0] if lost else None,
    )


def replace_speaker(*, quote: Quote, speaker: Speaker, version: int, user=None, reason: str = "",
                    remember_mention: bool = False) -> Correction | None:
    """Make ``speaker`` the quote's (first) speaker; co-speakers stay.

    The words that named the old speaker in the text now name the new one. With
    ``remember_mention`` (the editor says the resolver mistook the name, not the extractor the
    sentence) those words, when a name ("Holm", not "he"), become a confirmed alias of the new
    speaker, so later articles resolve them right.
    """
    links = _speaker_links(quote)
    first = links[0] if links else {"mention": "", "mention_start": None, "mention_end": None}
    rest = [link for link in links[1:] if link["speaker"] != speaker.pk]
    new_first = {**first, "speaker": speaker.pk}
    with transaction.atomic():
        correction = set_speakers(quote=quote, links=[new_first, *rest], version=version, user=user, reason=reason)
        if correction is not None and remember_mention:
            correction.new_value["alias"] = _teach_alias(first["mention"], speaker)
            correction.save(update_fields=["new_value"])
    return correction


def add_speaker(*, quote: Quote, speaker: Speaker, version: int, user=None, reason: str = "") -> Correction | None:
    links = _speaker_links(quote) + [{"speaker": speaker.pk, "mention": "", "mention_start": None, "mention_end": None}]
    return set_speakers(quote=quote, links=links, version=version, user=user, reason=reason)


def remove_speaker(*, quote: Quote, speaker: Speaker, version: int, user=None, reason: str = "") -> Correction | None:
    links = [link for link in _speaker_links(quote) if link["speaker"] != speaker.pk]
    return set_speakers(quote=quote, links=links, version=version, user=user, reason=reason)


def _source_display(source_id) -> str:
    source = Source.objects.select_related("issuer").filter(pk=source_id).first() if source_id else None
    return f"{source.full_label} ({source.get_kind_display().lower()})" if source else "no source"


def change_source(*, quote: Quote, source: Source | None, version: int, user=None, reason: str = "",
                  status=Quote.Status.CORRECTED) -> Correction | None:
    old, new = quote.source_id, source.pk if source else None

    def apply():
        quote.source_id = new

    return _apply_quote_change(quote, version, action=Action.SOURCE, old=old, new=new, old_display=_source_display(old),
                               new_display=_source_display(new), user=user, reason=reason, apply=apply,
                               status=status)


def change_kind(*, quote: Quote, kind: str, version: int, user=None, reason: str = "",
                status=Quote.Status.CORRECTED) -> Correction | None:
    old = quote.kind

    def apply():
        quote.kind = kind

    return _apply_quote_change(quote, version, action=Action.KIND, old=old, new=kind,
                               old_display=Quote.Kind(old).label, new_display=Quote.Kind(kind).label,
                               user=user, reason=reason, apply=apply, status=status)


def check_span(quote: Quote, start: int, end: int) -> None:
    body = quote.article.body
    if not 0 <= start < end <= len(body):
        raise EditRefused("The quote must be a non-empty stretch of the article text.")
    if end - start > SPAN_MAX_CHARS:
        raise EditRefused(f"A quote can be at most {SPAN_MAX_CHARS:,} characters long.")
    overlapping = quote.article.quotes.exclude(pk=quote.pk).filter(start__lt=end, end__gt=start).first()
    if overlapping:
        raise EditRefused(f"That would overlap another quote in this article: {overlapping}.")


def locate_span(quote: Quote, text: str) -> tuple[int, int]:
    """Where ``text`` occurs in the article, choosing the occurrence nearest the quote's current place."""
    body = quote.article.body
    text = text.strip()
    occurrences, at = [], body.find(text) if text else -1
    while at != -1:
        occurrences.append(at)
        at = body.find(text, at + 1)
    if not occurrences:
        raise EditRefused("That text does not appear in the article; copy it exactly from the article.")
    start = min(occurrences, key=lambda offset: abs(offset - quote.start))
    return start, start + len(text)


def change_span(*, quote: Quote, start: int, end: int, version: int, user=None, reason: str = "",
                status=Quote.Status.CORRECTED) -> Correction | None:
    check_span(quote, start, end)
    old, new = {"start": quote.start, "end": quote.end}, {"start": start, "end": end}

    def apply():
        quote.start, quote.end = start, end
        quote.text = quote.article.body[start:end]

    return _apply_quote_change(quote, version, action=Action.SPAN, old=old, new=new, old_display=f"“{quote.text}”",
                               new_display=f"“{quote.article.body[start:end]}”", user=user, reason=reason, apply=apply,
                               status=status)


def set_status(*, quote: Quote, status: str, version: int, user=None, reason: str = "") -> Correction | None:
    old = quote.status
    return _apply_quote_change(quote, version, action=Action.STATUS, old=old, new=status,
                               old_display=Quote.Status(old).label, new_display=Quote.Status(status).label,
                               user=user, reason=reason, apply=lambda: None, status=status)


# ---------------------------------------------------------------------------------------------
# Speakers


def _teach_alias(name: str, speaker: Speaker) -> dict | None:
    """Make ``name`` an editor-confirmed alias of ``speaker``; returns how to undo it, or None."""
    key = normalize_name(name)
    if not key or key in _GENERIC_ALIASES or not any(ch.isupper() for ch in name):
        return None  # "he", "the minister": words, not names
    alias = SpeakerAlias.objects.filter(normalized=key).first()
    if alias is None:
        alias = SpeakerAlias.objects.create(speaker=speaker, name=name[:200], confirmed=True)
        return {"id": alias.pk, "created": True, "from_speaker": None, "was_confirmed": False}
    if alias.speaker_id == speaker.pk and alias.confirmed:
        return None
    undo = {"id": alias.pk, "created": False, "from_speaker": alias.speaker_id, "was_confirmed": alias.confirmed}
    alias.speaker, alias.confirmed = speaker, True
    alias.save()
    return undo


def _untrain_alias(undo: dict | None) -> None:
    if not undo:
        return
    alias = SpeakerAlias.objects.filter(pk=undo["id"]).first()
    if alias is None:
        return
    if undo["created"]:
        alias.delete()
    else:
        alias.speaker_id, alias.confirmed = undo["from_speaker"], undo["was_confirmed"]
        alias.save()


def _claim_speaker(speaker: Speaker, version: int | None) -> None:
    """Bump the speaker's version if, and only if, nobody saved since the editor loaded version N
    (None: whatever it is now, for undos and the speaker a merge lands on, which check their own
    preconditions). The row stays locked until the change commits, and the speaker is re-read."""
    rows = Speaker.objects.filter(pk=speaker.pk)
    if version is not None:
        rows = rows.filter(version=version)
    if not rows.update(version=F("version") + 1):
        raise EditConflict("Someone else changed this speaker while you were editing it; your change was not saved.",
                           current=Speaker.objects.filter(pk=speaker.pk).first())
    speaker.refresh_from_db(fields=["version", "name", "kind", "role", "affiliation", "merged_into", "needs_review"])


SPEAKER_FIELDS = {"name": Action.NAME, "role": Action.ROLE, "affiliation": Action.AFFILIATION, "kind": Action.SPEAKER_KIND}


@transaction.atomic
def update_speaker(*, speaker: Speaker, version: int | None = None, user=None, reason: str = "",
                   **values) -> list[Correction]:
    """Rename, or change role, affiliation or kind: one Correction per field that changed.

    A new name also becomes a confirmed alias, so the resolver finds the speaker by it.
    """
    _claim_speaker(speaker, version)
    if speaker.needs_review:  # an editor has looked at the speaker now, even if nothing needed changing
        speaker.needs_review = False
        speaker.save(update_fields=["needs_review"])
    corrections = []
    for field, value in values.items():
        old = getattr(speaker, field)
        if value == old:
            continue
        setattr(speaker, field, value)
        speaker.save(update_fields=[field])
        old_value, new_value = old, value
        if field == "name":
            taught = _teach_alias(value, speaker)
            old_value, new_value = {"value": old, "alias": taught}, {"value": value, "alias": taught}
        display = (lambda v: Speaker.Kind(v).label) if field == "kind" else (lambda v: v or "(none)")
        corrections.append(_record(speaker=speaker, action=SPEAKER_FIELDS[field], old_value=old_value,
                                   new_value=new_value, old_display=display(old), new_display=display(value),
                                   user=user, reason=reason))
    return corrections


@transaction.atomic
def add_alias(*, speaker: Speaker, name: str, version: int | None = None, user=None, reason: str = "") -> Correction:
    key = normalize_name(name)
    if not key:
        raise EditRefused("An alias needs at least one letter or digit.")
    _claim_speaker(speaker, version)
    existing = SpeakerAlias.objects.select_related("speaker").filter(normalized=key).first()
    if existing and existing.speaker_id != speaker.pk and existing.confirmed:
        raise EditRefused(f"“{existing.name}” is a confirmed alias of {existing.speaker.name}; "
                          f"remove it there first, or merge the two speakers.")
    if existing and existing.speaker_id == speaker.pk and existing.confirmed:
        raise EditRefused(f"“{existing.name}” is already a confirmed alias of {speaker.name}.")
    taught = _teach_alias(name, speaker) if any(ch.isupper() for ch in name) else None
    if taught is None:  # lower-case alias: teach it anyway, the editor asked for it explicitly
        alias, created = SpeakerAlias.objects.get_or_create(normalized=key, defaults={"speaker": speaker, "name": name[:200]})
        taught = {"id": alias.pk, "created": created, "from_speaker": None if created else alias.speaker_id,
                  "was_confirmed": False if created else alias.confirmed}
        alias.speaker, alias.confirmed = speaker, True
        alias.save()
    moved_from = Speaker.objects.filter(pk=taught["from_speaker"]).first() if taught["from_speaker"] else None
    old_display = f"alias of {moved_from.name}" if moved_from and moved_from.pk != speaker.pk else "(not an alias)"
    return _record(speaker=speaker, action=Action.ALIAS_ADDED, old_value=None, new_value=taught,
                   old_display=old_display, new_display=name, user=user, reason=reason)


@transaction.atomic
def remove_alias(*, alias: SpeakerAlias, version: int | None = None, user=None, reason: str = "") -> Correction:
    speaker = alias.speaker
    _claim_speaker(speaker, version)
    old = {"name": alias.name, "confirmed": alias.confirmed}
    alias.delete()
    return _record(speaker=speaker, action=Action.ALIAS_REMOVED, old_value=old, new_value=None,
                   old_display=old["name"], new_display="(removed)", user=user, reason=reason)


@transaction.atomic
def merge_speakers(*, source: Speaker, target: Speaker, version: int | None = None, user=None,
                   reason: str = "") -> Correction:
    """Move ``source``'s quotes, aliases and issued sources to ``target``; source's URL then redirects.
    ``version`` is the source's, as the editor saw it."""
    if source.pk == target.pk:
        raise EditRefused("A speaker cannot be merged into itself.")
    for speaker, seen in sorted([(source, version), (target, None)], key=lambda pair: pair[0].pk):
        _claim_speaker(speaker, seen)  # in id order, as the locks below
    # Lock both rows: two editors merging the same speaker at once must not both succeed.
    locked = {s.pk: s for s in Speaker.objects.select_for_update().filter(pk__in=[source.pk, target.pk]).order_by("pk")}
    source, target = locked[source.pk], locked[target.pk]
    if source.merged_into_id:
        raise EditRefused(f"{source.name} was merged into another speaker meanwhile.")
    if target.merged_into_id:
        raise EditRefused(f"{target.name} was itself merged into another speaker; merge into that one.")
    on_both = set(target.quote_links.values_list("quote_id", flat=True))
    links = list(source.quote_links.all())
    dropped = [{"quote": link.quote_id, "mention": link.mention, "mention_start": link.mention_start,
                "mention_end": link.mention_end, "position": link.position}
               for link in links if link.quote_id in on_both]
    moved = [link.pk for link in links if link.quote_id not in on_both]
    source.quote_links.filter(quote_id__in=on_both).delete()
    QuoteSpeaker.objects.filter(pk__in=moved).update(speaker=target)
    aliases = list(source.aliases.values_list("pk", flat=True))
    SpeakerAlias.objects.filter(pk__in=aliases).update(speaker=target)
    # The sources it issued pass to the target, except where the target has its own of the same
    # label and kind (one "statement" per issuer): those keep the merged name, an alias of the target now.
    owned = set(target.issued_sources.values_list("normalized", "kind"))
    issued = [pk for pk, normalized, kind in source.issued_sources.values_list("pk", "normalized", "kind")
              if (normalized, kind) not in owned]
    Source.objects.filter(pk__in=issued).update(issuer=target)
    taught = _teach_alias(source.name, target)
    source.merged_into = target
    source.save(update_fields=["merged_into"])
    _refresh_stats(source.pk, target.pk)
    if target.needs_review:
        target.needs_review = False  # an editor has now looked at this speaker
        target.save(update_fields=["needs_review"])
    undo = {"source": source.pk, "links_moved": moved, "links_dropped": dropped, "aliases": aliases,
            "sources": issued, "alias": taught}
    return _record(speaker=target, other_speaker=source, action=Action.MERGE, old_value=undo,
                   new_value={"merged_into": target.pk}, old_display=source.name,
                   new_display=f"merged into {target.name}", user=user, reason=reason)


@transaction.atomic
def split_alias(*, alias: SpeakerAlias, version: int | None = None, user=None, reason: str = "") -> Correction:
    """Make a wrongly merged alias a speaker of its own, taking the quotes where it was the name written."""
    original = alias.speaker
    _claim_speaker(original, version)
    if normalize_name(original.name) == alias.normalized:
        raise EditRefused("That alias is this speaker's own name; rename the speaker instead.")
    new = Speaker.objects.create(name=alias.name, kind=original.kind)
    alias.speaker, alias.confirmed = new, True
    alias.save()
    links = [link.pk for link in original.quote_links.all() if normalize_name(link.mention) == alias.normalized]
    QuoteSpeaker.objects.filter(pk__in=links).update(speaker=new)
    _refresh_stats(original.pk, new.pk)
    undo = {"alias": alias.pk, "links": links, "new_speaker": new.pk}
    return _record(speaker=original, other_speaker=new, action=Action.SPLIT, old_value=undo, new_value=undo,
                   old_display=f"{alias.name} as {original.name}", new_display=f"{new.name}, a speaker of its own",
                   user=user, reason=reason)


# ---------------------------------------------------------------------------------------------
# Reverts


def _revert_quote(correction: Correction, user) -> Correction | None:
    quote = Quote.objects.select_related("article").get(pk=correction.quote_id)
    action, old, new = correction.action, correction.old_value["value"], correction.new_value["value"]
    current = {Action.SPEAKERS: [link["speaker"] for link in _speaker_links(quote)], Action.SOURCE: quote.source_id,
               Action.KIND: quote.kind, Action.STATUS: quote.status,
               Action.SPAN: {"start": quote.start, "end": quote.end}}[action]
    if current != ([link["speaker"] for link in new] if action == Action.SPEAKERS else new):
        raise _changed_since(quote)
    # The review status goes back too, unless a later change set another one.
    status = correction.old_value["status"] if quote.status == correction.new_value["status"] else quote.status
    kwargs = {"quote": quote, "version": quote.version, "user": user,
              "reason": f"Undo of the change made {timezone.localtime(correction.created_at):%-d %b %Y %H:%M}"}
    if action == Action.SPEAKERS:
        existing = set(Speaker.objects.filter(pk__in=[link["speaker"] for link in old]).values_list("pk", flat=True))
        result = set_speakers(links=[link for link in old if link["speaker"] in existing], status=status, **kwargs)
        _untrain_alias(correction.new_value.get("alias"))
        return result
    if action == Action.SOURCE:
        source = Source.objects.filter(pk=old).first() if old else None
        if old and source is None:
            raise EditRefused("The earlier source no longer exists.")
        return change_source(source=source, status=status, **kwargs)
    if action == Action.KIND:
        return change_kind(kind=old, status=status, **kwargs)
    if action == Action.SPAN:
        return change_span(start=old["start"], end=old["end"], status=status, **kwargs)
    return set_status(status=old, **kwargs)


def _changed_since(quote: Quote) -> EditConflict:
    return EditConflict("This quote has changed since; undo the later changes first.",
                        current=Quote.objects.with_people().get(pk=quote.pk))


def _revert_speaker(correction: Correction, user) -> Correction | None:
    speaker = correction.speaker
    _claim_speaker(speaker, None)  # an editor's form still open on the speaker now holds an old version
    action, old, new = correction.action, correction.old_value, correction.new_value
    reason = f"Undo of the change made {timezone.localtime(correction.created_at):%-d %b %Y %H:%M}"
    if action in (Action.NAME, Action.ROLE, Action.AFFILIATION, Action.SPEAKER_KIND):
        field = next(name for name, value in SPEAKER_FIELDS.items() if value == action)
        if action == Action.NAME:
            old, new, taught = old["value"], new["value"], new["alias"]
        if getattr(speaker, field) != new:
            raise EditConflict(f"The {field} has changed since; undo the later change first.")
        result = update_speaker(speaker=speaker, user=user, reason=reason, **{field: old})
        if action == Action.NAME:
            _untrain_alias(taught)
        return result[0] if result else None
    if action == Action.ALIAS_ADDED:
        alias = SpeakerAlias.objects.filter(pk=new["id"], speaker=speaker).first()
        if alias is None:
            raise EditConflict("That alias was removed or moved since.")
        _untrain_alias(new)
        return _record(speaker=speaker, action=Action.ALIAS_REMOVED, old_value=None, new_value=None,
                       old_display=alias.name, new_display="(removed)", user=user, reason=reason)
    if action == Action.ALIAS_REMOVED:
        if SpeakerAlias.objects.filter(normalized=normalize_name(old["name"])).exists():
            raise EditConflict(f"“{old['name']}” is an alias again already.")
        alias = SpeakerAlias.objects.create(speaker=speaker, name=old["name"], confirmed=old["confirmed"])
        return _record(speaker=speaker, action=Action.ALIAS_ADDED, old_value=None,
                       new_value={"id": alias.pk, "created": True, "from_speaker": None, "was_confirmed": False},
                       old_display="(not an alias)", new_display=alias.name, user=user, reason=reason)
    if action == Action.MERGE:
        return _unmerge(correction, user, reason)
    if action == Action.SPLIT:
        return _unsplit(correction, user, reason)
    raise EditRefused("This change cannot be undone.")


def _unmerge(correction: Correction, user, reason: str) -> Correction:
    target, undo = correction.speaker, correction.old_value
    source = Speaker.objects.filter(pk=undo["source"]).first()
    if source is None or source.merged_into_id != target.pk:
        raise EditConflict("That merge was already undone or changed since.")
    _untrain_alias(undo["alias"])
    source.merged_into = None
    source.save(update_fields=["merged_into"])
    QuoteSpeaker.objects.filter(pk__in=undo["links_moved"], speaker=target).update(speaker=source)
    for dropped in undo["links_dropped"]:
        QuoteSpeaker.objects.get_or_create(quote_id=dropped.pop("quote"), speaker=source, defaults=dropped)
    SpeakerAlias.objects.filter(pk__in=undo["aliases"], speaker=target).update(speaker=source)
    Source.objects.filter(pk__in=undo["sources"], issuer=target).update(issuer=source)
    _refresh_stats(source.pk, target.pk)
    return _record(speaker=target, other_speaker=source, action=Action.SPLIT, old_value=None, new_value=None,
                   old_display=f"{source.name} merged into {target.name}", new_display=f"{source.name} separate again",
                   user=user, reason=reason)


def _unsplit(correction: Correction, user, reason: str) -> Correction:
    original, undo = correction.speaker, correction.old_value
    new = Speaker.objects.filter(pk=undo["new_speaker"]).first()
    if new is None or new.merged_into_id:
        raise EditConflict("That split was already undone or changed since.")
    on_both = set(original.quote_links.values_list("quote_id", flat=True))
    QuoteSpeaker.objects.filter(pk__in=undo["links"], speaker=new).exclude(quote_id__in=on_both).update(speaker=original)
    SpeakerAlias.objects.filter(pk=undo["alias"], speaker=new).update(speaker=original)
    new.merged_into = original
    new.save(update_fields=["merged_into"])
    _refresh_stats(original.pk, new.pk)
    return _record(speaker=original, other_speaker=new, action=Action.MERGE, old_value=None, new_value=None,
                   old_display=new.name, new_display=f"merged back into {original.name}", user=user, reason=reason)


@transaction.atomic
def revert(*, correction: Correction, user=None) -> Correction | None:
    """Undo one correction, recording the undo as a correction of its own."""
    correction = Correction.objects.select_for_update().get(pk=correction.pk)
    if correction.reverted_by_id:
        raise EditConflict("That change was already undone.")
    undone = _revert_quote(correction, user) if correction.quote_id else _revert_speaker(correction, user)
    if undone is not None:
        correction.reverted_by = undone
        correction.save(update_fields=["reverted_by"])
    return undone
