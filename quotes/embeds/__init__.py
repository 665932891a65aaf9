"""Quotes that travel with their attribution: schema.org Quotation JSON-LD on permalinks, a quote
card a CMS can frame, and an oEmbed endpoint that hands out the card."""
