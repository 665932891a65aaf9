"""An invented readout and reports of it, written for these tests (no real news)."""

READOUT = """Readout of the call between President Elena Marsh of Corvalia and Prime Minister Tomas Reyve of Ostland

On 3 March, President Elena Marsh held a telephone conversation with Prime Minister Tomas Reyve.

The President said that Corvalia "will not accept any partition of the river valley" and stressed that the talks in Halden must continue. She described the shelling of the border villages as "a barbaric act that the whole region condemns".

The leaders agreed to keep the humanitarian corridor open. The President noted that the harvest had been poor this year. "We have honoured every commitment we made in the spring, and we expect our neighbours to do the same," she said.

Both leaders favoured an early meeting of the joint commission.
"""

# Three reports of the readout: one quotes it word for word, one changes a word, one drops the
# "not" and joins two sentences that were apart.
REPORT_VERBATIM = (
    "Corvalia's president said her country \u201cwill not accept any partition of the river valley\u201d, "
    "according to a readout of the call. \u201cWe have honored every commitment we made in the spring, "
    "and we expect our neighbors to do the same,\u201d Marsh said."
)
REPORT_CHANGED = (
    "Marsh called the shelling \u201ca brutal act that the whole region condemns\u201d, the readout said."
)
REPORT_SPLICED = (
    "Marsh said Corvalia \u201cwill accept any partition of the river valley. The leaders agreed to keep "
    "the humanitarian corridor open\u201d, the readout said."
)
