"""Atom feeds: any quote list (its search and filters, as on /quotes/) and every speaker's quotes."""

from datetime import datetime, time, timezone

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from quotes.browse.filters import QuoteFilter
from quotes.models import Quote, Speaker

FEED_ITEMS = 50


class QuoteFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, *args, **kwargs):
        filters = QuoteFilter(request.GET, queryset=self.quotes(request, **kwargs))
        if not filters.is_valid():
            raise Http404("These filters are not valid.")
        self.request = request
        return filters

    def quotes(self, request, **kwargs):
        return Quote.objects.visible()

    def title(self, filters):
        text = filters.search_text
        return f"Quotes matching “{text}”" if text else "Latest quotes"

    def link(self, filters):
        return f"{reverse('quote_list')}?{filters.query_string}"

    def subtitle(self, filters):
        return "The newest quotes of this list in the quote tracker."

    def items(self, filters):
        return filters.qs.for_list().order_by("-dated", "-id")[:FEED_ITEMS]

    def item_title(self, quote):
        return f"{quote.speaker_names()}: “{quote.text[:100]}”"

    def item_description(self, quote):
        return quote.text

    def item_link(self, quote):
        return quote.get_absolute_url()

    def item_author_name(self, quote):
        return quote.speaker_names()

    def item_pubdate(self, quote):
        return datetime.combine(quote.dated, time(), tzinfo=timezone.utc)

    def item_updateddate(self, quote):
        return self.item_pubdate(quote)


class SpeakerFeed(QuoteFeed):
    def quotes(self, request, pk):
        self.speaker = get_object_or_404(Speaker.objects.current(), pk=pk)
        return Quote.objects.visible().by_speaker_newest_first(self.speaker)

    def title(self, filters):
        return f"Quotes by {self.speaker.name}"

    def link(self, filters):
        return self.speaker.get_absolute_url()

    def items(self, filters):
        return filters.qs.for_list().order_by("-listed_on", "-id")[:FEED_ITEMS]
