"""The channel dev set: invented paragraphs, each with one quote whose channel (source) we know.

Channels are what relayed the words: a medium ("in an e-mail", "in a series of posts", "in her
book"), an audience ("told supporters"), an occasion ("at a rally", "during the debate"), the verb
itself ("tweeted", "emailed"), an outlet or interviewer ("told the Capital Ledger", "on Morning
Desk"). Negatives hold a quote with no channel ("said in Dunmore", "said on Monday") or no quote at
all (scare quotes, titles): any source predicted there is a false positive.

A prediction is right when its kind is the expected kind and its issuer holds the expected issuer
word. Run `python tests/extraction/test_channels.py` for precision and recall, and the misses.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

if __name__ == "__main__":  # run as a script from anywhere
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import pytest


@dataclass(frozen=True)
class Case:
    construction: str
    text: str
    quote: str  # words inside the quote to score ("" = every quote of a negative example)
    kind: str | None  # expected source kind; None = no channel
    issuer: str = ""  # a word the issuer's name must hold


CASES = [
    # "in" + a medium noun
    Case("in-email", '"We owe the river towns an apology," Governor Hal Brandvold said in an e-mail to constituents.',
         "river towns", "letter", "Brandvold"),
    Case("in-posts", 'In a series of posts on Sunday, Senator Iris Okonjo called the proposal "a gift to the landlords."',
         "gift to the landlords", "social_media_post", "Okonjo"),
    Case("in-tweet", 'Councillor Dario Fenn wrote in a tweet that the vote was "a farce from start to finish."',
         "farce", "social_media_post", "Fenn"),
    Case("in-note", '"I have never asked for a single favour," Mara Lindqvist said in a note to her staff.',
         "single favour", "letter", "Lindqvist"),
    Case("in-her-book", 'In her book, former ambassador Ruth Callender describes the summit as "a shouting match with canapes."',
         "shouting match", "report", "Callender"),
    Case("in-ad", 'In a new television ad, Mayor Oskar Pelt says his rival "never showed up for the vote."',
         "never showed up", "other", "Pelt"),
    Case("in-op-ed", 'Trade adviser Nils Ambrose argued in an op-ed published Tuesday that tariffs are "a tax on our own kitchens."',
         "tax on our own kitchens", "letter", "Ambrose"),
    Case("told-trustees", 'Parent Ines Calloway told trustees that the board had "broken its word to every family in the north end."',
         "broken its word", "speech", "Calloway"),
    Case("in-emailed-statement", '"Nobody at the agency saw the report," Deputy Director Kemi Alade said in an emailed statement.',
         "Nobody at the agency", "statement", "Alade"),
    Case("in-posts-facebook", 'Tess Varga, the union treasurer, said in posts on Facebook that the strike was "only the beginning."',
         "only the beginning", "social_media_post", "Varga"),
    Case("in-a-letter-quote-first", '"The board has lost my confidence," Professor Anil Marwick wrote in a letter to trustees.',
         "lost my confidence", "letter", "Marwick"),
    # no one the subject can be: the channel all the same, with no speaker
    Case("no-speaker-in-a-statement", '"We will appeal the ruling and we expect to win it in the end," it said in a statement.',
         "appeal the ruling", "statement"),
    Case("no-speaker-told-reporters", 'The vote was close.\n\n"We will appeal the ruling and we expect to win it in the end," '
         'he told reporters.', "appeal the ruling", "reporters"),
    # told + an audience
    Case("told-supporters", '"We are going to win this county," Representative Carla Menon told supporters in Dunmore.',
         "win this county", "speech", "Menon"),
    Case("told-the-crowd", '"You deserve better than this," Abel Kuti told the crowd outside the courthouse.',
         "deserve better", "speech", "Kuti"),
    Case("told-donors", 'Governor Wren Halloway told donors that the race was "tighter than the polls say."',
         "tighter than the polls", "speech", "Halloway"),
    Case("told-the-audience", '"Every vote is a promise," Mayor Petra Osei told the audience at the library.',
         "Every vote is a promise", "speech", "Osei"),
    # events
    Case("at-a-rally", '"We will build the bridge," Senator Lior Banet said at a rally in Fairmont.',
         "build the bridge", "speech", "Banet"),
    Case("at-a-fundraiser", 'Speaking at a fundraiser in Clearwater, Jonah Reyes said the tax plan was "dead in the water."',
         "dead in the water", "speech", "Reyes"),
    Case("during-the-debate", 'During the debate, Marisol Vance accused her opponent of "hiding behind consultants."',
         "hiding behind consultants", "speech", "Vance"),
    Case("at-a-hearing", '"I did not approve that contract," Commissioner Tobias Renn said at a hearing on Thursday.',
         "did not approve", "briefing", "Renn"),
    Case("at-a-town-hall", 'At a town hall meeting in Pike County, Representative Dana Whitlock said the clinic closures were "a scandal."',
         "scandal", "speech", "Whitlock"),
    Case("town-hall-quote-first", '"We need more nurses, not more managers," Halima Dorsey said at a town hall meeting.',
         "more nurses", "speech", "Dorsey"),
    Case("at-a-news-conference", 'At a news conference on Monday, Police Chief Arne Solheim said the suspect was "known to us."',
         "known to us", "press_conference", "Solheim"),
    Case("at-the-debate-quote-first", '"My opponent has never run a business," Grace Ilunga said at the debate in Lakeport.',
         "never run a business", "speech", "Ilunga"),
    # the verb itself
    Case("tweeted", '"The numbers are wrong and they know it," Senator Gwen Aldous tweeted.',
         "numbers are wrong", "social_media_post", "Aldous"),
    Case("emailed", '"We regret any confusion," spokeswoman Lydia Marsh emailed on Friday.',
         "regret any confusion", "letter", "Marsh"),
    Case("wrote", '"This city was built by people who showed up," Mayor Fern Castile wrote.',
         "built by people", "letter", "Castile"),
    Case("posted", 'Ivo Marchetti posted that the ruling was "a win for every tenant."',
         "win for every tenant", "social_media_post", "Marchetti"),
    # told/telling + an outlet or an interviewer
    Case("told-outlet", '"We have the votes," Senator Omar Haddaway told the Capital Ledger.',
         "We have the votes", "interview", "Haddaway"),
    Case("speaking-to-outlet", 'Speaking to Radio Meridian, Minister Sana Qureshi said the border would "stay open for trade."',
         "stay open for trade", "interview", "Qureshi"),
    Case("told-an-interviewer", 'Olek Brandt told an interviewer that he had "no regrets at all."',
         "no regrets", "interview", "Brandt"),
    Case("interview-with-outlet", '"I am not running," Governor Bea Lindholm said in an interview with the Northfield Courier.',
         "not running", "interview", "Lindholm"),
    Case("telling-outlet", 'Reid Foss, telling the Harbor Times that the plan was "unworkable," urged a new vote.',
         "unworkable", "interview", "Foss"),
    # on + a show's title
    Case("on-show", '"We will veto it," Governor Ada Kessel said on Morning Desk.',
         "veto it", "interview", "Kessel"),
    Case("on-quoted-show", 'Senator Kip Larrabee said on "Sunday Roundtable" that the deal was "better than nothing."',
         "better than nothing", "interview", "Larrabee"),
    # a body's readout named again by "according to" the body
    Case("according-to-issuer-of-readout",
         'A readout from the Norland embassy said the ministers discussed energy prices. The talks were "warm and '
         'substantive," according to the Norland embassy.',
         "warm and", "readout", "Norland"),
    # harder variants: other word orders, modifiers, the channel a sentence before
    Case("in-facebook-post", '"The sheriff owes this county answers," Councilwoman Beth Arnaud said in a Facebook post.',
         "owes this county answers", "social_media_post", "Arnaud"),
    Case("in-text-message", 'In a text message, campaign manager Rafe Collier said the senator was "resting and in good spirits."',
         "resting and in good spirits", "other", "Collier"),
    Case("in-radio-interview", '"The bank should have warned us," Mayor Ilse Varro said in a radio interview on Wednesday.',
         "should have warned us", "interview", "Varro"),
    Case("in-a-memo", 'Chief Executive Dora Finch told employees in a memo that the merger was "good news for all of us."',
         "good news for all of us", "letter", "Finch"),
    Case("in-his-memoir", 'Former governor Lew Tarrant wrote in his memoir that the campaign was "the loneliest year of my life."',
         "loneliest year", "report", "Tarrant"),
    Case("in-a-speech-to", '"Our schools are not for sale," Senator Nora Bexley said in a speech to teachers in Alton.',
         "not for sale", "speech", "Bexley"),
    Case("in-fundraising-email", 'In a fundraising email, Representative Gus Palmer warned that the seat was "slipping away."',
         "slipping away", "letter", "Palmer"),
    Case("on-twitter", 'Senator Ama Boateng said on Twitter that the hearing had been "a circus."',
         "a circus", "social_media_post", "Boateng"),
    Case("on-his-podcast", '"I was wrong about the tunnel," Mayor Cal Dreyer said on his podcast.',
         "wrong about the tunnel", "interview", "Dreyer"),
    Case("in-a-video", 'In a video posted Sunday, Councillor Mei Harlan called the budget "a disgrace."',
         "a disgrace", "social_media_post", "Harlan"),
    Case("at-campaign-stop", '"We are not going anywhere," Ken Osgood said at a campaign stop in Rye.',
         "not going anywhere", "speech", "Osgood"),
    Case("at-a-press-briefing", '"The ceasefire is holding," spokesman Emil Dvorak said at a press briefing.',
         "ceasefire is holding", "briefing", "Dvorak"),
    # words spoken to a chamber are a speech (the convention of blind articles 22 and 27)
    Case("told-lawmakers", '"The money was spent as Congress intended," Treasury official Ruth Kaplan told lawmakers.',
         "spent as Congress intended", "speech", "Kaplan"),
    Case("told-mps-in-commons", 'Speaking in the Commons, Ellis Brand told MPs: "The pipeline is empty."',
         "pipeline is empty", "speech", "Brand"),
    # (an occasion named with the chamber says which: a hearing is testimony)
    Case("told-lawmakers-at-a-hearing", '"The money is gone," Treasury official Ruth Kaplan told lawmakers at a hearing.',
         "money is gone", "briefing", "Kaplan"),
    Case("testified", 'Inspector Hugo Lamb testified that the wiring was "decades out of date."',
         "decades out of date", "briefing", "Lamb"),
    Case("told-the-committee", '"I had no knowledge of the payments," Vera Solano told the committee on Tuesday.',
         "no knowledge of the payments", "briefing", "Solano"),
    Case("appearing-on-show", 'Appearing on Morning Desk, Senator Tomas Rhee said the bill was "dead on arrival."',
         "dead on arrival", "interview", "Rhee"),
    Case("during-an-interview", '"We were outspent three to one," Dana Kell said during an interview with the Valley Post.',
         "outspent three to one", "interview", "Kell"),
    Case("scene-sentence-before", 'Governor Ivan Morrow spoke at a rally in Elton on Saturday. "This state is back," he said.',
         "This state is back", "speech", "Morrow"),
    Case("told-reporters-later", '"We have no plans to close the plant," plant manager Joy Adair told reporters after the shift.',
         "no plans to close", "reporters", "Adair"),
    Case("in-remarks", '"We will not abandon our allies," Foreign Minister Odo Kessler said in remarks to diplomats.',
         "abandon our allies", "speech", "Kessler"),
    Case("at-the-convention", '"This party is united," Senator Lia Brandt said at the convention in Oakport.',
         "party is united", "speech", "Brandt"),
    Case("wrote-on-blog", 'Economist Paolo Serra wrote on his blog that the forecast was "far too rosy."',
         "far too rosy", "social_media_post", "Serra"),
    # round 2 (issue 15): outlets the tagger misses, interviewers, shows by their words, the channel
    # as an object, phrases the parse loses, occasions, and scenes
    Case("told-known-outlet", '"We ran out of road," Senator Pia Hollern told Politico on Wednesday.',
         "ran out of road", "interview", "Hollern"),
    Case("told-outlets-anchor", '"The map favours us," Governor Ned Ostrow told CNN\'s Rita Vance.',
         "map favours us", "interview", "Ostrow"),
    Case("told-anchor-of-outlet", '"I never saw the memo," Abe Lindor told Rita Vance of Channel 9 News after the debate.',
         "never saw the memo", "interview", "Lindor"),
    Case("told-host", '"The deal is dead," Senator Ula Brandt told host Sam Okoro.', "deal is dead", "interview", "Brandt"),
    Case("told-outlets-reporter", 'Mayor Joss Kerrigan told a Harbor Times reporter that the pier was "beyond saving."',
         "beyond saving", "interview", "Kerrigan"),
    Case("told-me", '"I was never going to quit," Coach Dina Farrow told me in her office.', "never going to quit", "interview",
         "Farrow"),
    Case("told-station-by-kind", '"Nobody was hurt," Mayor Lise Aubert told local radio station KVLM.', "Nobody was hurt",
         "interview", "Aubert"),
    Case("told-outlets-programme", 'Minister Cora Penhale told Westland Radio\'s Morning Call programme that the rail plan was "a fantasy."',
         "a fantasy", "interview", "Penhale"),
    Case("telling-outlet-colon", 'Senator Amos Reid was blunt, telling Capitol Wire: "This bill will not pass."',
         "will not pass", "interview", "Reid"),
    Case("speaking-to-outlets-anchor", 'Speaking to Channel 9 News\'s Ida Holm, Marta Quill said the fund was "nearly empty."',
         "nearly empty", "interview", "Quill"),
    Case("on-quoted-show-after-date", '"We have the votes," Senator Bram Tully said Sunday on "Face the Voters."',
         "We have the votes", "interview", "Tully"),
    Case("on-outlets-quoted-show", '"We have the votes," Senator Bram Tully said on WKBL\'s "Capitol Hour."',
         "We have the votes", "interview", "Tully"),
    Case("on-show-with-the", 'Senator Nadia Ferris said on Meet the Voters that the plan was "dead on arrival."',
         "dead on arrival", "interview", "Ferris"),
    Case("went-on-show", 'Governor Lena Marsh went on "Capitol Hour" to defend the plan. "We have a good plan," Marsh said.',
         "good plan", "interview", "Marsh"),
    Case("fronted-quoted-show", 'On "Sunday Ledger Live," Ron Abbot said he would meet her "any time, any place."',
         "any time, any place", "interview", "Abbot"),
    Case("appearance-on", '"The numbers are improving," Ivo Lark said during an appearance on Channel 9 News.',
         "numbers are improving", "interview", "Lark"),
    Case("on-radio-program", '"The bridge stays closed," Mayor Una Grieg said on Sam Okoro\'s radio program.',
         "bridge stays closed", "interview", "Grieg"),
    Case("wrote-an-op-ed", 'Hana Lowry wrote an op-ed for the Dale Gazette arguing that the levy "punishes renters."',
         "punishes renters", "letter", "Lowry"),
    Case("gave-a-speech", 'Senator Oren Vale gave a speech in which he called the budget "a fraud."', "a fraud", "speech", "Vale"),
    Case("delivered-remarks", 'Mayor Ruth Sollis delivered remarks on Tuesday, calling the stadium "a gift to the city."',
         "gift to the city", "speech", "Sollis"),
    Case("posted-a-video", 'Councillor Ivy Ross posted a video on Facebook calling the vote "a stitch-up."', "stitch-up",
         "social_media_post", "Ross"),
    Case("fronted-interview-colon", 'In a radio interview later that day, Kit Demir went further: "It is a scandal."',
         "It is a scandal", "interview", "Demir"),
    Case("in-a-tweet-on-the-object", 'Mayor Ines Colter called the ruling "a disgrace" in a tweet on Tuesday.', "a disgrace",
         "social_media_post", "Colter"),
    Case("in-an-interview-after-parenthesis", '"We need the votes," said Senate Whip Dale Orr (D-Vt.) in an interview.',
         "need the votes", "interview", "Orr"),
    Case("conference-call", '"The plant will reopen," Governor Ada Pike said on a conference call with reporters.',
         "plant will reopen", "press_conference", "Pike"),
    Case("trade-conference", '"We are hiring," chief executive Bo Lind said at a technology conference in Tromso.',
         "We are hiring", "speech", "Lind"),
    Case("at-a-luncheon", 'Dunmore, speaking at the Rotary Club\'s weekly luncheon, called the plan "a drawing, not a budget."',
         "a drawing", "speech", "Dunmore"),
    Case("at-a-ceremony", '"This day belongs to the families," Governor Remy Ochs said at a signing ceremony.',
         "belongs to the families", "speech", "Ochs"),
    Case("meeting-of", '"We cannot afford another summer like this," Tom Ekwe said at a meeting of the party\'s backbenchers.',
         "another summer", "speech", "Ekwe"),
    Case("told-workers", '"They took your pensions," Senator Ida Marr told union workers in Dayton.', "took your pensions",
         "speech", "Marr"),
    Case("told-the-room", 'Commissioner Lu Park told the packed hearing room that the board had "sold the river."',
         "sold the river", "speech", "Park"),
    Case("reply-posted-on-social-media", 'The mayor, Pia Strand, answered in a reply posted on social media: "See you in court."',
         "See you in court", "social_media_post", "Strand"),
    Case("speaking-to-broadcasters", 'Speaking to broadcasters in Leeds, Helen Ashby said the rules were "there for everyone."',
         "there for everyone", "reporters", "Ashby"),
    Case("occasion-without-speaker", 'The sharpest exchange came during the debate in Alton. "You voted for it twice," Ana '
         'Voss said.', "voted for it twice", "speech", "Voss"),
    Case("reply-at-the-occasion", 'At the debate in Alton, Ana Voss said: "You voted for it twice."\n\n"I voted to keep the '
         'schools open," Dirk Hale replied.', "keep the schools open", "speech", "Hale"),
    Case("answering-at-a-town-hall", '"We will fix it," Ana Ruiz said answering a question at a town hall in Berne.',
         "We will fix it", "speech", "Ruiz"),
    Case("responding-in-an-interview", 'Responding to the criticism in a radio interview, Ana Ruiz said: "We will fix it."',
         "We will fix it", "interview", "Ruiz"),
    Case("being-interviewed-on-a-show", 'Ana Ruiz, while being interviewed on Morning Desk, called the plan "a disaster."',
         "a disaster", "interview", "Ruiz"),
    Case("interviewed-by-an-outlet", '"We will fix it," Ana Ruiz said while being interviewed by Radio Meridian.',
         "We will fix it", "interview", "Ruiz"),
    Case("told-thousands-of", '"We will not be thrown away," Marta Kell told thousands of strikers outside the gates.',
         "thrown away", "speech", "Kell"),
    Case("call-with-analysts", 'Chief executive Dirk Hume said on a call with analysts that the strike cost "millions a day."',
         "millions a day", "briefing", "Hume"),
    Case("emailed-response", 'A spokesman, Ethan Colt, said in an emailed response that the account was "inaccurate."',
         "inaccurate", "statement", "Colt"),
    Case("tweeted-during-a-hearing", 'Senator Joel Marr tweeted during the hearing that the witness had "dodged every question."',
         "dodged every question", "social_media_post", "Marr"),
    Case("appearing-on-a-show-named-report", 'Later, appearing on Channel 7\'s "Evening Report," Joel Marr said: "Parents '
         'deserve answers."', "Parents deserve answers", "interview", "Marr"),
    Case("lead-sentence-occasion", 'Samir Oko apologised to parents during a Senate hearing on Thursday.\n\n"I am sorry," '
         'Oko said.', "I am sorry", "briefing", "Oko"),
    Case("occasion-between-quote-and-verb", '"We will win," at the party convention, Ana Ruiz said.', "We will win",
         "speech", "Ruiz"),
    Case("place-between-quote-and-verb", '"We will win," in Iowa, Ana Ruiz said.', "We will win", None),
    Case("at-an-industry-dinner", '"We will hold," Governor Sol Vang said at an industry dinner in Bergholm.', "We will hold",
         "speech", "Vang"),
    Case("at-dinner-negative", '"We will hold," Governor Sol Vang said at dinner.', "We will hold", None),
    Case("on-outlets-programme", 'Speaking on Radio Norvania\'s Morning Edition, Clara Ek said she had "no intention of '
         'interfering."', "no intention", "interview", "Ek"),
    Case("told-the-board", '"You are taking our school," Carlos Mendes told the board.', "taking our school", "speech",
         "Mendes"),
    Case("told-an-editorial-board", '"We had a board meeting," Ana Ruiz told the Harbor Times editorial board.',
         "board meeting", "interview", "Ruiz"),
    Case("breakfast-with-reporters", '"Probably," Ana Ruiz said at a breakfast with reporters on Tuesday.', "Probably",
         "reporters", "Ruiz"),
    # a channel does not carry to words said after someone else spoke through another channel, nor a
    # post to words said somewhere of their own
    Case("no-carry-after-a-rival", 'Ana Voss said in an interview that the plan was "a mess."\n\n"She is wrong again," '
         'Dirk Hale said in a statement.\n\n"I stand by every word," Voss said.',
         "stand by every word", None),
    Case("no-carry-of-a-post-to-a-place", '"Check the record," Ana Voss tweeted on Monday.\n\nAsked about the race, Voss '
         'said in Alton that she was "sleeping fine."', "sleeping fine", None),
    Case("show-negative-committee-on", '"The buses are late," Lin Okafor told the Joint Committee on Transport.',
         "buses are late", "briefing", "Okafor"),
    Case("show-negative-capitol-hill", '"We have the votes," Senator Lu Brandt said on Capitol Hill.', "have the votes", None),
    Case("show-negative-data-program", 'Eli Rowe declined to comment on the data program. "We do not discuss it," said Rowe.',
         "do not discuss it", None),
    Case("no-outlet-vice-president", '"We will win," Ana Ruiz told Vice President Tom Lee.', "We will win", None),
    # blind round 7: a council chamber told, a protest as the occasion
    Case("told-the-chamber", 'Cllr Aine Foley told the chamber that the bypass was "a road to nowhere".',
         "road to nowhere", "speech", "Foley"),
    Case("at-a-protest", 'Speaking at a protest outside the depot, union leader Joy Amadi said the cuts were "a betrayal of '
         'every driver".', "betrayal", "speech", "Amadi"),
    Case("told-the-outlet-by-its-short-name", 'A spokesman for the mine told the Eastport Courier that the pit would close. '
         '"There is no coal left," one miner, who did not want his name published, told the Courier.', "no coal left",
         "interview", "miner"),
    Case("spoke-to-reporters-then-said", 'Coach Lena Marsh spoke to reporters after training on Friday. "The girls are '
         'hurting," the coach said.', "girls are hurting", "reporters", "Marsh"),
    Case("after-the-vote-is-not-the-report", 'In a report circulated before the meeting, the treasurer, Nell Cairns, warned '
         'that the deficit could reach "ten million". After the vote, Ms Cairns said she would "respect the decision".',
         "respect the decision", None),
    Case("later-is-not-the-letter", 'In a letter to members, union leader Ada Quill called the offer "an insult".\n\n'
         'Quill later said the union would "keep talking".', "keep talking", None),
    Case("on-a-station-named-after-its-place", 'Local TD Noel Grealy said on Galway Bay FM that the council had "listened '
         'to the people".', "listened to the people", "interview", "Grealy"),
    Case("after-the-meeting-is-not-the-meeting", 'Cllr Declan Geraghty told the meeting the turbines would be "taller than '
         'the cathedral".\n\nSpeaking after the meeting, Mr Geraghty said: "People are not against renewables."',
         "not against renewables", None),
    # blind round 8 (British, Kenyan, Singaporean copy)
    Case("told-the-commons", 'Environment Secretary Ruth Okafor told the Commons that the fine showed "the rules have teeth".',
         "rules have teeth", "speech", "Okafor"),
    Case("speaking-to-a-paper-after-the", 'Speaking to the Harbour Echo on Thursday, Ms Ada Kerr said the firm would "not be '
         'appealing".', "not be appealing", "interview", "Kerr"),
    Case("at-a-public-meeting", 'At a public meeting in Kelbridge on Saturday, Cllr Ada Kerr said the closure was "a '
         'betrayal of the town".', "betrayal of the town", "speech", "Kerr"),
    Case("has-pledged-is-no-part-of-the-interview", 'Mr Raymond Goh told the Kembang Tribune that the system had passed '
         '"3,000 hours of testing".\n\nMr Goh took over the operator last year. He has pledged to cut major delays by '
         'half.\n\n"I made that promise and I intend to keep it."', "I made that promise", None),
    # blind round 9 (Canadian and New Zealand copy)
    Case("at-a-council-meeting", 'At an emergency council meeting on Thursday, Cr Ana Reti said councillors had been told '
         'the stopbank was "in good shape".', "in good shape", "speech", "Reti"),
    Case("fronted-show-in-the-sentence-before", 'Grand Chief Rose Keesic says the water is unsafe.\n\nSpeaking on Lakeland '
         'Radio\'s Dawn Circle on Friday, Keesic said the chiefs would go to court. "If Ottawa will not act, a judge will," '
         'Keesic said.', "a judge will", "interview", "Keesic"),
    Case("told-the-legislature", '"Rural fire halls are running on fumes," Kingsbridge MPP Helen Vandusen told the legislature.',
         "running on fumes", "speech", "Vandusen"),
    Case("in-the-legislature", '"We will not close a single hall," Premier Ross Tallman said in the legislature Tuesday.',
         "single hall", "speech", "Tallman"),
    # blind round 11 (Canadian copy: question period, a courtroom, a judge's reasons)
    Case("in-question-period", 'In question period, Opposition critic Dana Quill, the MLA for Eastvale, asked the premier '
         'about the ferry. "When will it sail?" Quill asked.', "When will it sail", "speech", "Quill"),
    Case("told-the-court", '"She had every chance to stop," Crown prosecutor Ben Arkell told the court on Monday.',
         "every chance to stop", "speech", "Arkell"),
    Case("told-jurors", 'Defence lawyer Ruth Amadi told jurors the video was "grainy at best."', "grainy at best", "speech", "Amadi"),
    Case("in-her-decision", '"A fine would mean nothing to this company," Justice Eva Lindqvist said in her decision.',
         "mean nothing", "report", "Lindqvist"),
    Case("wrote-after-her-decision", '"The accused showed no remorse," Justice Eva Lindqvist said in her ruling. '
         'Lindqvist wrote that the harm was "lasting."', "lasting", "report", "Lindqvist"),
    Case("a-split-ruling-negative", 'In a 5-4 ruling, the judges said the bylaw was "void from the start."', "void from", None),
    Case("a-decision-negative", '"We made a decision in a split second," Sgt. Tom Haney said on Monday.', "split second", None),
    Case("present-tense-says-after-a-post-negative", 'Mayor Ida Rusk wrote on Facebook that people were "angry."\n\n'
         '"We are a town of 800 people," Rusk says.', "town of 800", None),
    Case("present-tense-says-after-an-interview-negative", '"I will stay," Tom Arlo told Radio Bay.\n\n'
         'The 20-year-old says he has no agent. "Why would I leave?" he says.', "Why would I leave", None),
    Case("past-tense-said-after-a-conference", 'At a news conference, Chief Lea Roy defended the officers. '
         '"They acted within policy," Roy said.\n\n"They have my full support," she said.', "full support",
         "press_conference", "Roy"),
    Case("the-documents-say", 'Owen Tasse told the officer he "never saw the light" and "thought it was green," the documents say.',
         "thought it was green", "report", ""),
    # (the set's convention, articles 04 and 55: "addressed the crowd. "...," she said" keeps no channel)
    Case("addressed-the-court-in-the-sentence-before-negative", 'Owen Tasse, 24, pleaded guilty. Tasse addressed the court '
         'before he was sentenced. Turning to the gallery, the 24-year-old said: "I am sorry for what I did."', "sorry for what", None),
    Case("read-a-statement", 'Rhea Dunn read a victim impact statement in court. "He was my only son," she read.',
         "my only son", "statement", "Dunn"),
    Case("read-the-report-negative", 'Rhea Dunn read the report on Monday. "He was my only son," she said.', "my only son", None),
    Case("replied-in-the-sentence-before", 'In question period, MLA Dana Quill asked about the ferry. "When will it sail?" '
         'Quill asked.\n\nMinister Ada Lum replied that the ferry was late. "It will sail in May," she said.',
         "sail in May", "speech", "Lum"),
    Case("a-new-statement-after-a-release", 'Ada Lum heard of it in a news release. "Nobody called us," Lum said.\n\n'
         'The company says the plant will stay open. In an emailed statement, it said it "remains committed to the town."',
         "remains committed", "statement", ""),
    Case("meeting-with-a-minister-negative", 'After a meeting with the minister, Cr Ana Reti said the talks were "useful".',
         "useful", None),
    # harder negatives
    Case("in-part", '"We are reviewing the footage," Chief Nina Ruel said in part.', "reviewing the footage", None),
    Case("in-an-effort", 'Mayor Adam Quist said in an effort to calm residents that the water was "perfectly safe."',
         "perfectly safe", None),
    Case("at-the-time", '"Nobody knew what was coming," Kira Lomas said at the time.', "Nobody knew", None),
    Case("on-the-issue", '"We have been clear on the matter," Senator Joel Ambe said on Tuesday on the issue of tolls.',
         "clear on the matter", None),
    Case("told-his-wife", '"I will be home by dinner," Carl Ives told his wife, according to court records.', "home by dinner",
         "report", ""),
    Case("at-the-end", '"It is over," Judge Rosa Imbert said at the end of the day.', "It is over", None),
    Case("in-a-statement-of-fact", '"The results are final," Clerk Ada Moss said in a calm voice.', "results are final", None),
    Case("show-title-negative", 'Ratings for "Morning Desk" fell by a third last year, the network said.', "", None),
    # negatives: no channel
    Case("in-a-place", '"We will keep the clinic open," Mayor Jon Ekberg said in Dunmore on Tuesday.', "clinic open", None),
    Case("in-a-month", '"The water is safe to drink," Health Officer Ines Marr said in March.', "safe to drink", None),
    Case("in-his-kitchen", '"I have lived in this house for forty years," resident Tom Baird said in his kitchen.',
         "forty years", None),
    Case("in-response", '"We expect a decision soon," Lara Duval said in response to a question about the permit.',
         "decision soon", None),
    Case("on-a-weekday", '"I believe in this town," Pedro Salas said on Monday.', "believe in this town", None),
    Case("on-the-bridge", '"Traffic will resume tonight," Sheriff Anna Voss said on the bridge.', "Traffic will resume", None),
    Case("told-a-person", '"We will talk again soon," President Aurel Danu told Prime Minister Kasia Wren.', "talk again", None),
    Case("in-the-locker-room", '"It was a fair fight," coach Milo Dent said in the locker room after the game.', "fair fight", None),
    # blind round 12 (Canadian wire and business copy)
    Case("told-the-wire-service", '"The ledger is still open," a senior official in Varden told The Northern Press on Friday.',
         "ledger is still open", "interview", "official"),
    Case("told-the-city-paper", '"We have the votes," Councillor Ilse Marchetti told the Brackley Free Press.',
         "have the votes", "interview", "Marchetti"),
    Case("told-analysts-on-a-call", '"Margins will recover by spring," chief executive Oren Halvard told analysts on a conference call.',
         "Margins will recover", "briefing", "Halvard"),
    Case("said-on-the-call", 'Chief executive Oren Halvard told analysts on a conference call that demand was weak. Finance chief '
         'Ada Roe said on the call that costs had risen. "We cut where we could," Roe said.', "cut where we could", "briefing", "Roe"),
    Case("a-reply-the-paragraph-before", 'In question period, critic Tom Vale pressed the minister. "When will the mine reopen?" he asked.\n\nResources Minister Ada Roe '
         'replied that it would reopen "within weeks, not months."\n\n"The member opposite voted against the funding," she said.',
         "voted against the funding", "speech", "Roe"),
    Case("told-the-press", '"We will not be rushed," Mayor Tilde Averill told the press outside city hall.',
         "not be rushed", "reporters", "Averill"),
    Case("scare-quotes", 'The so-called "efficiency review" cost the city two million dollars, council records show.', "", None),
    Case("book-title", 'Her book, "Salt and Iron," sold forty thousand copies in its first year.', "", None),
    Case("in-the-interview-room", '"You were there that night," Detective Rhea Colm said in the hallway outside court.',
         "there that night", None),
    # blind round 13 (British and Irish copy): the houses by their own names
    Case("speaking-in-the-dail", 'Speaking in the D\u00e1il on Wednesday, Labour TD Ciara Moran said the cuts were "a betrayal of '
         'rural Ireland".', "a betrayal", "speech", "Moran"),
    Case("said-in-the-senedd", 'Rhian Powell said in the Senedd that the scheme had been "a shambles from day one".',
         "a shambles", "speech", "Powell"),
    Case("in-the-lords", 'Speaking in the Lords, Baroness Amy Tullett called the bill "cruel and unworkable".',
         "cruel and unworkable", "speech", "Tullett"),
    Case("speaking-at-holyrood", 'Speaking at Holyrood, First Minister Isla Baird said Scotland would "not accept" the cuts.',
         "not accept", "speech", "Baird"),
    # a piece written for a paper, fronted: as "wrote in" (a year is no paper)
    Case("writing-in-a-paper", 'Writing in the Kelby Argus, councillor Ann Moss said the bypass plan was "a shambles".',
         "a shambles", "letter", "Moss"),
    # a broadcaster's programme after "Speaking on" (not "breakfast", a gathering); the speaker set off after it
    Case("speaking-on-a-broadcasters-programme", 'Speaking on BBC Breakfast, the charity\'s chief executive, Ruth Okonedo, '
         'said volunteers were "at breaking point".', "breaking point", "interview", "Okonedo"),
    Case("writing-in-a-year", 'Writing in 2019, councillor Ann Moss said the bypass plan was "a shambles".',
         "a shambles", None),
]


@dataclass
class ChannelScores:
    expected: int = 0  # cases with a channel
    predicted: int = 0  # sources predicted on the scored quotes
    right: int = 0  # predicted with the expected kind and issuer
    misses: list[str] | None = None

    @property
    def precision(self) -> float:
        return self.right / max(1, self.predicted)

    @property
    def recall(self) -> float:
        return self.right / max(1, self.expected)


def _scored_quotes(case: Case, extraction):
    quoted = [q for q in extraction.quotes if q.kind != "indirect"]
    if not case.quote:
        return quoted
    return [q for q in quoted if case.quote in q.text][:1]


def source_matches(case: Case, source) -> bool:
    return (source is not None and source.kind == case.kind
            and case.issuer.lower() in (source.issuer or "").lower())


def score_channels(nlp, cases=CASES) -> ChannelScores:
    from quotes.extraction import extract

    scores = ChannelScores(misses=[])
    for case in cases:
        extraction = extract(case.text, nlp=nlp, indirect=False)
        quotes = _scored_quotes(case, extraction)
        scores.expected += case.kind is not None
        if case.kind is not None and not quotes:
            scores.misses.append(f"{case.construction}: quote not found")
            continue
        for quote in quotes:
            source = quote.source
            scores.predicted += source is not None
            if case.kind is not None and source_matches(case, source):
                scores.right += 1
            elif source is not None or case.kind is not None:
                got = f"{source.kind}/{source.issuer!r} ({source.label!r})" if source else "none"
                scores.misses.append(f"{case.construction}: got {got}, want {case.kind}/{case.issuer!r}")
    return scores


# Constructions the extractor still gets wrong: kept in the set and its scores, tolerated here
# (strict: a case that starts passing must leave this list).
KNOWN_MISSES: set[str] = set()


# ---- blind round 15 ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("paper", ["the Kessock Bay Beacon", "the Millbrook Citizen", "the Orland Valley Banner"])
def test_a_town_paper_told_is_an_interview_whatever_the_tagger_calls_it(paper, nlp):
    from quotes.extraction import extract
    text = (f"Grocer Noor Haddad said sales had halved since the bridge closed.\n\n\"We're hanging on by our fingernails "
            f"here, honestly,\" Haddad told {paper}.")
    quote = next(q for q in extract(text, nlp=nlp).quotes if q.kind == "direct")
    assert quote.source is not None and quote.source.kind == "interview"
    assert paper.removeprefix("the ").split()[-1] in quote.source.label


def test_a_person_told_is_still_no_paper(nlp):
    from quotes.extraction import extract
    text = "\"We're hanging on by our fingernails here, honestly,\" grocer Noor Haddad told Alma Banner, her landlord."
    quote = next(q for q in extract(text, nlp=nlp).quotes if q.kind == "direct")
    assert quote.source is None or quote.source.kind != "interview"


@pytest.mark.parametrize("audience", ["listeners", "viewers", "callers"])
def test_those_told_on_a_show_just_named_are_its_audience(audience, nlp):
    from quotes.extraction import extract
    text = (f"On her morning programme on Radio Tarn, presenter Ella Vance said the toll was a tax on commuters. "
            f"\"Nobody voted for this,\" Vance told {audience}.")
    quote = next(q for q in extract(text, nlp=nlp).quotes if q.kind == "direct")
    assert quote.source is not None and quote.source.kind == "interview" and "programme" in quote.source.label


def test_listeners_told_with_no_show_named_are_still_an_interview(nlp):
    from quotes.extraction import extract
    text = "\"Nobody voted for this,\" presenter Ella Vance told listeners on Friday."
    quote = next(q for q in extract(text, nlp=nlp).quotes if q.kind == "direct")
    assert quote.source is not None and quote.source.kind == "interview" and "listeners" in quote.source.label


@pytest.mark.parametrize("case", CASES, ids=[c.construction for c in CASES])
def test_channel_case(case, nlp, request):
    if case.construction in KNOWN_MISSES:
        request.applymarker(pytest.mark.xfail(reason="known channel miss", strict=True))
    scores = score_channels(nlp, [case])
    assert not scores.misses, scores.misses


def test_channel_scores_stay_above_the_targets(nlp):
    scores = score_channels(nlp)
    assert scores.precision >= 0.9 and scores.recall >= 0.75, scores.misses


if __name__ == "__main__":
    from quotes.extraction import get_nlp

    result = score_channels(get_nlp())
    for miss in result.misses:
        print("  -", miss)
    print(f"channels: P {100 * result.precision:.1f} R {100 * result.recall:.1f}  "
          f"(expected {result.expected}, predicted {result.predicted}, right {result.right})")


# ---- blind round 13: a reply on the occasion of the words it answers ----------------------------------

_DEBATE = ("Speaking in the Senedd on Tuesday, Rhian Powell said the bus cuts were \u201ca betrayal of the valleys\u201d.\n\n"
           "She said she would force a vote on the funding before Christmas.\n\n")


def _sources(text, nlp):
    from quotes.extraction import extract

    return {q.text: (q.source.kind, q.source.label, q.source.issuer) if q.source else None
            for q in extract(text, nlp=nlp).quotes}


def test_a_fronted_replying_takes_the_occasion_of_the_words_answered(nlp):
    found = _sources(_DEBATE + "Replying, the transport minister, Huw Jenkins, said the new contracts were \u201calmost "
                     "ready\u201d. He added that the councils had been offered an extra \u00a33m to keep the routes open.", nlp)
    assert found["almost ready"] == ("speech", "Senedd", "Huw Jenkins")
    assert found["the councils had been offered an extra \u00a33m to keep the routes open"] == ("speech", "Senedd", "Huw Jenkins")


def test_the_second_verb_of_a_reply_shares_its_occasion(nlp):
    found = _sources(_DEBATE + "Transport minister Huw Jenkins replied that the contracts were \u201calmost ready\u201d "
                     "and said the councils had been offered an extra \u00a33m for the routes.", nlp)
    assert found["the councils had been offered an extra \u00a33m for the routes"] == ("speech", "Senedd", "Huw Jenkins")


def test_responding_to_remarks_made_elsewhere_is_no_reply_on_the_occasion(nlp):
    found = _sources("Speaking at a rally in Caerwen on Monday, Rhian Powell called the cuts \u201ca betrayal\u201d.\n\n"
                     "Responding to the remarks, transport minister Huw Jenkins said the claim was \u201cnonsense\u201d.", nlp)
    assert found["nonsense"] is None


def test_a_channel_named_by_a_participle_on_any_verb_carries_to_the_next_paragraph(nlp):
    # "spoke ... while briefing reporters": no word of saying, but the briefing is where the next words were said
    text = ("Ada Obi, the harbour minister, spoke on Thursday while addressing the chamber of commerce in Calabar.\n\n"
            "She said dredging would start in May. \"The port cannot wait another season,\" she said.")
    found = _sources(text, nlp)
    assert [kind for kind, _, _ in found.values()] == ["speech", "speech"]


def test_the_day_a_statement_came_is_not_part_of_its_label(nlp):
    found = _sources("Marrow Water blamed the outage on vandals. In a statement on Monday, the utility said thieves had cut "
                     "cables at two pumping stations.", nlp)
    assert found["thieves had cut cables at two pumping stations"] == ("statement", "statement", "Marrow Water")


@pytest.mark.parametrize(("document", "verb"), [("a letter", "wrote"), ("an open letter", "said"), ("a statement", "said")])
def test_in_it_is_the_document_the_sentence_before_named(document, verb, nlp):
    # (blind round 17) "They sent a letter to the board. In it, X wrote that ...": that letter, not the bare writing
    from quotes.extraction import extract

    text = (f"The tenants' association sent {document} to the landlord on Monday. In it, Hana Petrova {verb} the boiler "
            "had failed three times since October.")
    found = {q.text: q.source for q in extract(text, nlp=nlp).quotes}
    source = found["the boiler had failed three times since October"]
    assert source is not None and source.label.split()[-1] == document.split()[-1]


# ---- blind round 16 ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("programme", ["the Bay Street Unplugged podcast", "the Money Minute podcast",
                                       "the Farm Gate Weekly show"])


def test_a_programme_named_after_the_is_an_interview_whatever_the_tagger_makes_of_its_words(programme, nlp):
    found = _sources(f"\"Nobody in this market believes the guidance any more,\" fund manager Oona Petrakis said on {programme} "
                     f"on Friday.", nlp)
    kind, label, _ = found["Nobody in this market believes the guidance any more,"]
    assert kind == "interview" and programme.split()[-1] in label and programme.split()[1] in label


def test_the_words_after_on_the_are_no_programme_without_a_word_for_one(nlp):
    found = _sources("\"We will hold the price,\" chief executive Ulla Brandt said on the Tuesday call with staff.", nlp)
    assert found["We will hold the price,"] is None or found["We will hold the price,"][0] != "interview"


@pytest.mark.parametrize("opening", ["In a 12-page ruling released on Tuesday, Judge Tomasz Wrenfield wrote",
                                     "In a written decision, Justice Amara Okonjo-Reyes said",
                                     "In a ruling on Monday, the judge wrote"])


def test_reasons_with_no_owner_written_are_the_one_judges_who_speaks_through_them(opening, nlp):
    text = f"The tenants sued Brisk Lane Properties in March.\n\n{opening} that the evictions were \u201cplainly unlawful.\u201d"
    found = _sources(text, nlp)
    assert found["plainly unlawful."] is not None and found["plainly unlawful."][0] == "report"


def test_a_benchs_ruling_with_no_owner_written_is_still_no_channel(nlp):
    found = _sources("In a 5-4 ruling, the justices said the law was \u201cplainly unlawful.\u201d", nlp)
    assert found["plainly unlawful."] is None


@pytest.mark.parametrize("told", ["told members", "told MPs", "told the chair"])
def test_appearing_before_a_committee_is_a_hearing_whoever_is_told(told, nlp):
    text = ("Appearing before the Senate's banking committee on Tuesday, the regulator's chief, Odile Ferrante, "
            f"{told} that the rules were \u201cfit for purpose.\u201d")
    found = _sources(text, nlp)
    assert found["fit for purpose."] is not None and found["fit for purpose."][0] == "briefing"
    assert "committee" in found["fit for purpose."][1]


def test_testifying_before_a_committee_names_the_committee(nlp):
    text = "Grain farmer Osei Brandvold testified before a House agriculture panel that the tariff had \u201cwiped us out.\u201d"
    found = _sources(text, nlp)
    assert found["wiped us out."] is not None and found["wiped us out."][0] == "briefing"
    assert "panel" in found["wiped us out."][1]


@pytest.mark.parametrize("opening", ["In a court filing on Monday, the council said",
                                     "In a court filing last week, the council argued",
                                     "In a stock exchange filing, the council said"])


def test_a_filing_named_by_what_it_was_filed_with_is_a_report(opening, nlp):
    found = _sources(f"{opening} that the strike was \u201cunlawful from the first day.\u201d", nlp)
    assert found["unlawful from the first day."] is not None and found["unlawful from the first day."][0] == "report"
    assert "filing" in found["unlawful from the first day."][1]


@pytest.mark.parametrize(("phrase", "word"), [("In their complaint, the tenants say", "complaint"),
                                              ("In the lawsuit, the tenants say", "lawsuit"),
                                              ("The tenants argued in a complaint filed on Friday", "complaint")])


def test_a_partys_pleading_is_a_report(phrase, word, nlp):
    found = _sources(f"{phrase} that the landlord had been \u201cfully aware of the mould.\u201d", nlp)
    assert found["fully aware of the mould."] is not None and found["fully aware of the mould."][0] == "report"
    assert word in found["fully aware of the mould."][1]


def test_the_document_vouching_for_a_speakers_words_goes_on_with_the_speakers_scene(nlp):
    text = ("The hearing lasted two days.\n\nAccording to a transcript of the hearing, harbour master Ilse Brandvik told a "
            "lawyer for the ferry company that the pilots had been \u201cworked to exhaustion.\u201d \u201cWe asked for two more pilots every year "
            "for five years,\u201d she said.")
    found = _sources(text, nlp)
    assert found["worked to exhaustion."] is not None and found["worked to exhaustion."][0] == "report"
    kind, label, _ = found["We asked for two more pilots every year for five years,"]
    assert kind == "report" and "transcript" in label


def test_analysts_told_are_a_briefing(nlp):
    found = _sources("Finance chief Priya Dunmore told analysts that the dividend was \u201cnot up for debate.\u201d", nlp)
    assert found["not up for debate."] is not None and found["not up for debate."][:2] == ("briefing", "briefing to analysts")


@pytest.mark.parametrize("paper", ["consultation paper", "white paper", "discussion paper"])
def test_a_bodys_published_paper_is_a_report(paper, nlp):
    found = _sources(f"The rail regulator said in a {paper} that fares were \u201cno longer fit for purpose.\u201d", nlp)
    assert found["no longer fit for purpose."] is not None and found["no longer fit for purpose."][0] == "report"


def test_a_paper_with_no_word_for_a_published_one_is_still_no_channel(nlp):
    found = _sources("Councillor Ada Rusk said in the local paper that fares were \u201cno longer fit for purpose.\u201d", nlp)
    assert found["no longer fit for purpose."] is None or found["no longer fit for purpose."][0] != "report"


def test_analysts_told_after_a_call_named_are_those_on_the_call(nlp):
    text = ("Finance chief Priya Dunmore said on an earnings call that costs had peaked. She told analysts the dividend "
            "was \u201cnot up for debate.\u201d")
    found = _sources(text, nlp)
    assert found["not up for debate."] is not None and found["not up for debate."][0] == "briefing"
    assert "call" in found["not up for debate."][1]


def test_asked_on_a_call_with_analysts_is_a_briefing_not_a_press_conference(nlp):
    text = ("Asked about the strike on a conference call with analysts, Harbin Steel's finance chief, Lotte Akerman, said "
            "the cost would be \u201cwell contained.\u201d")
    found = _sources(text, nlp)
    assert found["well contained."] is not None and found["well contained."][0] == "briefing"


def test_asked_at_a_news_conference_is_still_a_press_conference(nlp):
    found = _sources("Asked about the strike at a news conference, Lotte Akerman said talks would resume \u201cvery soon.\u201d", nlp)
    assert found["very soon."] is not None and found["very soon."][0] == "press_conference"


def test_court_papers_are_a_report(nlp):
    found = _sources("In court papers filed on Monday, the airline said the strike was \u201cunlawful from the start.\u201d", nlp)
    assert found["unlawful from the start."] is not None and found["unlawful from the start."][0] == "report"


def test_told_the_house_is_a_speech_to_the_chamber(nlp):
    # (blind round 19) not an interview with a body the tagger named "House"; "the White House" is no chamber
    found = _sources("Nyali Ward MCA Joyce Atieno Were told the House on Tuesday that the road had \u201cnever been built.\u201d", nlp)
    assert found["never been built."] is not None and found["never been built."][0] == "speech"
    found = _sources("Senator Ada Rusk told the White House that the plan was \u201cdead on arrival.\u201d", nlp)
    assert found["dead on arrival."] is None or found["dead on arrival."][0] != "speech"


def test_said_in_the_senate_is_a_speech(nlp):
    found = _sources("Opposition senator Amina Yusuf Dar said in the Senate on Thursday that the government had been "
                     "\u201ccaught napping.\u201d", nlp)
    assert found["caught napping."] is not None and found["caught napping."][0] == "speech"


def test_talking_to_reporters_is_told_reporters(nlp):
    found = _sources("Talking to reporters after a meeting with exporters in Karachi, Federal Minister for Trade Imran "
                     "Butt said the ban was \u201can attack on thousands of families.\u201d", nlp)
    assert found["an attack on thousands of families."] is not None
    assert found["an attack on thousands of families."][0] == "reporters"


def test_a_response_posted_on_a_facebook_page_is_a_social_media_post(nlp):
    found = _sources("The county's finance office dismissed the claim as \u201cbaseless and malicious\u201d in a response "
                     "posted on its official Facebook page.", nlp)
    assert found["baseless and malicious"] is not None and found["baseless and malicious"][0] == "social_media_post"


def test_a_release_of_funds_is_no_news_release(nlp):
    # (blind round 19) "It said"/"the statement said" then goes to the statement named, not to the Treasury's "release"
    text = ("In a statement on Tuesday, the county's health chief, Dr Peter Kamau Njoroge, said the delay had been caused by "
            "the National Treasury's late release of the equitable share. The county had received only a quarter of the "
            "money due, the statement said.")
    from quotes.extraction import extract
    found = {q.text: ([s.name for s in q.speakers], q.source.issuer if q.source else None)
             for q in extract(text, nlp=nlp).quotes}
    speakers, issuer = found["The county had received only a quarter of the money due"]
    assert speakers == ["Peter Kamau Njoroge"] and "Treasury" not in (issuer or "")


def test_a_circular_to_departments_is_a_letter(nlp):
    # (blind round 19) the parser reads "circular" as an adjective of the addressees
    found = _sources("The Principal Secretary for Water, Dr Abdi Hussein Farah, said in a circular to county water "
                     "departments that all boreholes would be \u201caudited before June.\u201d", nlp)
    assert found["audited before June."] is not None and found["audited before June."][0] == "letter"


def test_members_told_after_testimony_to_a_committee_are_the_committee(nlp):
    text = ("Health Cabinet Secretary Mercy Wanjiru Kibet said the ministry was following the strike. She told a Senate "
            "committee on Wednesday that health was a devolved function.\n\n\u201cWe will sit both parties down and we will "
            "not take over county hospitals,\u201d the CS told senators.")
    found = _sources(text, nlp)
    quote = "We will sit both parties down and we will not take over county hospitals,"
    assert found[quote] is not None and found[quote][0] == "briefing" and "committee" in found[quote][1]


@pytest.mark.parametrize("outlet", ["EAW", "the Coast Mirror"])
def test_who_spoke_to_an_outlet_on_condition_of_anonymity_is_an_interview(outlet, nlp):
    found = _sources(f"A Western diplomat in Port Salama, who spoke to {outlet} on condition of anonymity, said the standoff "
                     "had \u201calarmed every shipping line on the coast.\u201d", nlp)
    quote = "alarmed every shipping line on the coast."
    assert found[quote] is not None and found[quote][0] == "interview"


def test_the_interview_of_an_office_named_by_its_initials_goes_on_to_the_next_quotation(nlp):
    text = ("The Special Assistant to the Prime Minister (SAPM) on Trade, Tariq Javed Qureshi, struck a softer tone. In an "
            "interview with Pakeeza News, the SAPM said the two governments were working on a joint system.\n\n"
            "\u201cWe are not going to let one administrative issue define that relationship,\u201d he said.")
    found = _sources(text, nlp)
    quote = "We are not going to let one administrative issue define that relationship,"
    assert found[quote] is not None and found[quote][0] == "interview"


def test_who_spoke_to_the_wire_of_the_dateline_on_condition_of_anonymity_is_an_interview(nlp):
    # (blind round 19 probe) the tagger named the wire's initials a body in the dateline
    text = ("DOHA, May 2 (GNA) \u2013 The talks resumed on Thursday.\n\nA senior official familiar with the talks, who spoke "
            "to GNA on condition of anonymity, said both sides had exchanged \u201cdraft maps of the disputed waters.\u201d")
    found = _sources(text, nlp)
    quote = "draft maps of the disputed waters."
    assert found[quote] is not None and found[quote][0] == "interview"


def test_speaking_during_a_church_service_is_a_speech(nlp):
    found = _sources("Speaking during a church service in Njoro on Sunday, Governor Susan Wairimu Kihika said the money "
                     "would be paid \u201cin two instalments, starting this week.\u201d", nlp)
    quote = "in two instalments, starting this week."
    assert found[quote] is not None and found[quote][0] == "speech"


@pytest.mark.parametrize("name", ["Ma. Cristina Reyes", "Sec. Cristina Reyes"])
def test_an_abbreviated_given_name_or_title_with_a_full_stop_ends_no_sentence(name, nlp):
    """(blind round 18) "Secretary Ma. Cristina Reyes said", "Tourism Sec. Cristina Reyes said": split at the full
    stop, the channel before the name was in another sentence than the verb."""
    text = (f"At a press briefing in Manila, Tourism {'Secretary ' if name.startswith('Ma.') else ''}{name} said "
            f"arrivals had doubled since March. \"We are full every weekend,\" Reyes said.")
    from quotes.extraction import extract

    found = {q.text: q.source for q in extract(text, nlp=nlp, indirect=True).quotes}
    assert found["arrivals had doubled since March"].kind == "briefing"
    assert found["We are full every weekend,"].kind == "briefing"


def test_a_saints_name_abbreviated_before_a_place_ends_no_sentence(nlp):
    doc = nlp("The mayor of Sta. Rosa said the roads were open.")
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize("told", ["Speaking to reporters after the vote, she said", "She told reporters after the vote that"])
@pytest.mark.parametrize("quotation", ["\u201cWe were never asked,\u201d", "\u201cThe board says it consulted us. We were never asked,\u201d"])
def test_reporters_told_at_the_end_of_a_paragraph_are_the_occasion_of_the_next_paragraphs_quotation(told, quotation, nlp):
    """(blind round 18) "Speaking to reporters outside the chamber, she said ..." then '"...," she said.' opening the
    next paragraph: the same reporters, as a press conference would be; also when the quotation runs over sentences
    of its own before the verb."""
    text = (f"Councillor Ines Moraga said the board had ignored the parents. {told} two schools had never been "
            f"consulted.\n\n{quotation} she said.")
    found = _sources(text, nlp)
    quote = next(q for q in found if q.startswith(("We were", "The board")))
    assert found[quote] is not None and found[quote][0] == "reporters"


@pytest.mark.parametrize("outlet", ["state broadcaster KTV", "the Manila Courier", "the state news agency Antara Baru"])
def test_a_speakers_words_carried_by_an_outlets_report_named_after_them(outlet, nlp):
    """(blind round 18) "The navy said ..., state broadcaster KTV reported": the navy's words, through the outlet's
    report."""
    text = f"The navy said two patrol boats had been sent to the reef on Sunday, {outlet} reported on Monday."
    found = _sources(text, nlp)
    source = found["two patrol boats had been sent to the reef on Sunday"]
    assert source is not None and source[0] == "report" and outlet.split()[-1] in source[1] and source[2] == "navy"


@pytest.mark.parametrize("sitting", ["at its regular meeting on Monday", "at Monday's meeting", "at a special meeting"])
def test_a_public_bodys_sitting_is_where_a_speech_is_given(sitting, nlp):
    """(blind round 21) "told the county commission at its regular meeting Tuesday", "told board members at Monday's
    meeting": a speech at the body's sitting."""
    text = f"Fire Chief Omar Reyes told the Pell County Commission {sitting} that two stations needed new roofs."
    source = _sources(text, nlp)["two stations needed new roofs"]
    assert source is not None and source[0] == "speech" and "meeting" in source[1]


def test_said_during_the_meeting_is_a_speech_but_not_a_meeting_with_someone(nlp):
    """(blind round 21) "said during the meeting" (the sitting the story reports) is a speech there; "after a meeting
    with the governor" names no channel."""
    found = _sources("Commissioner Ada Pruitt said during the meeting she supports the raise.\n\n"
                     "Mayor Lee Tran said after a meeting with the governor that the bridge would be rebuilt.", nlp)
    quote = next(q for q in found if q.endswith("she supports the raise"))
    assert found[quote][0] == "speech"
    assert found["the bridge would be rebuilt"] is None


@pytest.mark.parametrize("brand", ["11Alive", "13Now", "9NEWS"])
def test_a_us_stations_brand_told_is_an_interview(brand, nlp):
    """(blind round 21) "told 11Alive", "told 13Now after the meeting": a US local station known by its channel number
    and a word written as one."""
    found = _sources(f'Marisol Vega runs the bakery on Elm Street. "We lost two weeks of sales," she told {brand} after '
                     "the meeting.", nlp)
    source = found["We lost two weeks of sales,"]
    assert source is not None and source[0] == "interview" and brand in source[1]


@pytest.mark.parametrize("papers", ["charging documents", "sentencing documents"])
def test_according_to_charging_documents_is_a_report_of_no_one(papers, nlp):
    """(blind round 21) "according to charging documents", "charging" parsed as a verb with the papers its object: a
    report with no speaker, as "according to court records" (round 16)."""
    from quotes.extraction import extract

    quotes = extract(f"The driver had been drinking at a bar in Pell Falls, according to {papers}.", nlp=nlp).quotes
    quote = next(q for q in quotes if q.text.startswith("The driver had been drinking"))
    assert not quote.speakers and quote.source is not None and quote.source.kind == "report"


def test_a_stations_brand_told_after_an_interview_the_sentence_before(nlp):
    """(blind round 21) 'X said in an interview Tuesday that ... "...," she told 13Now.': the quotation's own telling
    names the outlet, as "she told WKRN" does (the brand is an outlet's name, not a common noun)."""
    found = _sources('Dana Pike said in an interview Tuesday that she voted no. "I want to see the bus bill," she told '
                     "13Now.", nlp)
    assert found["I want to see the bus bill,"][0] == "interview" and "13Now" in found["I want to see the bus bill,"][1]


def test_a_paper_named_again_after_the_tagger_made_it_a_person_is_the_paper(nlp):
    """(blind round 20) "told the daily Sydsvenska Posten" then "told Sydsvenska Posten" (tagged a person this time): an
    interview with that paper, and his next quotation the same."""
    text = ("A spokesperson told the daily Sydsvenska Posten that the agency had first raised it.\n\n"
            "Its chief executive, Johan Bäckström, told Sydsvenska Posten that his company had lost \"tens of millions of "
            "kronor\" over four winters.\n\n\"Now we have it in writing from Brussels,\" he said.")
    from quotes.extraction import extract

    sources = {q.text: q.source for q in extract(text, nlp=nlp, indirect=True).quotes}
    for quote in ("tens of millions of kronor", "Now we have it in writing from Brussels,"):
        assert sources[quote].kind == "interview" and "Sydsvenska Posten" in sources[quote].label


def test_the_newspaper_told_again_is_the_paper_named_before(nlp):
    """(blind round 20) "told the business daily Dienas Ekonomika that ..." then '"...," she told the newspaper': that
    paper, not an interview with "newspaper"."""
    text = ("Port chief executive Ilze Berzina told the business daily Dienas Ekonomika that the port supported strict "
            "controls.\n\n\"Our reputation is worth more than one cargo,\" she told the newspaper.")
    from quotes.extraction import extract

    sources = {q.text: q.source for q in extract(text, nlp=nlp, indirect=True).quotes}
    assert "Dienas Ekonomika" in sources["Our reputation is worth more than one cargo,"].label


def test_papers_found_are_no_channel_of_the_it_after_them(nlp):
    """(blind round 20) "The Board said in a statement that ... Inspectors had found markings and documents indicating
    ..., it said": "it" is the board, through its statement; the documents found are no channel."""
    text = ("The Board said in a statement that the vessel had arrived on Monday with steel declared as Kazakh. Inspectors "
            "had found markings and documents indicating that part of the cargo had been produced in Russia, it said.")
    from quotes.extraction import extract

    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    report = next(q for text_, q in quotes.items() if text_.startswith("Inspectors had found"))
    assert report.source is not None and report.source.kind == "statement"
    assert [s.name for s in report.speakers] == ["Board"]


def test_an_outlets_name_keeps_its_particles(nlp):
    """(blind round 20) "told the daily Het Parool van het Noorden that ...": the paper's whole name, its small-letter
    particles between capitalised words included."""
    from quotes.extraction import extract

    quote = extract("Two coalition sources told the daily Het Parool van het Noorden that the three other parties were "
                    "willing to discuss the deadline.", nlp=nlp, indirect=True).quotes[0]
    assert quote.source.kind == "interview" and quote.source.label.endswith("Het Parool van het Noorden")


def test_one_of_the_sources_speaks_in_the_interview_they_gave(nlp):
    """(blind round 20) "Two coalition sources told the daily Morgenpost that ..." then "One of the sources, who asked not
    to be named, said ...": one of those who gave that interview, speaking in it."""
    from quotes.extraction import extract

    text = ("Two coalition sources told the daily Morgenpost that the other parties were willing to discuss the deadline."
            "\n\nOne of the sources, who asked not to be named because the talks were confidential, said the premier had "
            "given the leaders until Friday.")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    quote = quotes["the premier had given the leaders until Friday"]
    assert [s.name for s in quote.speakers] == ["source"]
    assert quote.source is not None and quote.source.kind == "interview" and "Morgenpost" in quote.source.label


def _indirect_sources(text, nlp):
    from quotes.extraction import extract

    return {q.text: (q.source.kind, q.source.label) if q.source else None for q in extract(text, nlp=nlp, indirect=True).quotes}


_AT_THE_LEGISLATURE = ("Transport Minister Olu Adeyemi told reporters at the legislature on Monday that the new buses would "
                       "arrive in March.\n\n")


def test_a_present_tense_says_opening_the_next_paragraph_is_no_occasion_of_the_one_before(nlp):
    """(blind round 22) Canadian copy's present tense is the reporter's own talk (blind round 11): "The minister says ..."
    opening the paragraph after "told reporters at the legislature" takes no channel; "The minister said" keeps it."""
    found = _indirect_sources(_AT_THE_LEGISLATURE + "The minister says the province ordered them in 2024.", nlp)
    assert found["the province ordered them in 2024"] is None
    found = _indirect_sources(_AT_THE_LEGISLATURE + "The minister said the province ordered them in 2024.", nlp)
    assert found["the province ordered them in 2024"][0] == "reporters"


def test_a_body_speaks_on_in_the_statement_its_spokesperson_gave(nlp):
    """(blind round 22) "A spokesperson for the Ministry of Health said in an emailed statement ..." then "The ministry says
    ...": the ministry's statement, as a body's "says" goes on with its own release."""
    found = _indirect_sources("A spokesperson for the Ministry of Health said in an emailed statement that a second "
                              "ambulance would be based in Norwood.\n\nThe ministry says the crew will start on Monday.", nlp)
    assert found["the crew will start on Monday"] == ("statement", "emailed statement")


def test_the_office_says_after_the_ministers_office_wrote_is_that_email(nlp):
    """(blind round 22) "X's office said in an email to <outlet> ..." then "The office says ...": the office writing
    again (not the reporter's own talk with the minister, as a person's present-tense "says" is)."""
    found = _sources("Finance Minister Rhea Collins's office said in an email to Tidewater News that the minister had "
                     "\"read every letter.\"\n\nThe office says Collins will visit the mill \"before the end of the month.\"", nlp)
    assert found["before the end of the month."][0] == "letter"


@pytest.mark.parametrize("before", [
    "Union president Dale Moss rejected the offer. He told Harbour 9 News the drivers had waited two days for an answer.",
    "Union president Dale Moss held a news conference outside the depot on Monday. He said the drivers had waited two "
    "days for an answer.",
])
def test_a_quotation_opening_the_next_paragraph_keeps_the_channel_of_the_reported_words_before(before, nlp):
    """(blind round 22) 'He told <outlet> ...' or '... held a news conference ... He said ...' closing a paragraph, then
    '"...," Moss said.' opening the next: that interview or conference (the pronoun's sentence is read with the reported
    speech, after the quotations, so its channel was not remembered yet)."""
    found = _sources(before + "\n\n\"We are not going anywhere,\" Moss said.", nlp)
    assert found["We are not going anywhere,"] is not None
    assert found["We are not going anywhere,"][0] in ("interview", "press_conference")


def test_city_hall_with_no_article_is_the_building_not_a_meeting(nlp):
    """(blind round 22) "At a news conference at city hall, ..." then "according to the city": no speech at "city hall"
    the city gave (a town hall with its article is still a meeting)."""
    found = _indirect_sources("The City of Norwood said in a statement that talks had ended.\n\nAt a news conference at "
                              "city hall, Mayor Ada Voss said the offer was fair.\n\nVoss says the city would need 90 more "
                              "drivers. According to the city, that would cost about $9 million a year.", nlp)
    assert found["that would cost about $9 million a year"] is None
    found = _indirect_sources("Senator Mae Orton took questions at a town hall in Dubuque. She said the farm bill would "
                              "pass by June.", nlp)
    assert found["the farm bill would pass by June"][0] == "speech"


def test_a_role_nouns_interview_closing_a_paragraph_goes_on_into_the_next_quotation(nlp):
    """(blind round 22 probe) "The sergeant told <outlet> ..." closing a paragraph, '"...," X said.' opening the next."""
    found = _sources("Sgt. Lise Arcand says officers have moved elders to higher ground. The sergeant told Lakeland News "
                     "the detachment has two boats in the water.\n\n\"We're going door to door,\" Arcand said.", nlp)
    assert found["We're going door to door,"][0] == "interview"


def test_until_further_notice_is_no_notice(nlp):
    """(blind round 22 probe) "the school would close until further notice. It says ...": no notice was issued; "it" goes
    on in the post."""
    found = _indirect_sources("In a post on Facebook, the band council said the school would close until further "
                              "notice. It says drinking water is being trucked in from Norway House.", nlp)
    assert found["drinking water is being trucked in from Norway House"][0] == "social_media_post"


def test_an_outlets_name_runs_over_its_channel_number(nlp):
    """(blind round 22 probe) "told Atlantic 24 News the budget ...": the outlet's whole name, the number inside it
    included (it had stopped at "Atlantic")."""
    found = _indirect_sources("Opposition finance critic Rob Kaye told Atlantic 24 News the budget does nothing for "
                              "renters.", nlp)
    assert found["the budget does nothing for renters"] == ("interview", "interview with Atlantic 24 News")


def test_a_paper_told_by_the_last_word_of_its_name(nlp):
    """(blind round 23) "told the Star", "told The Globe", "told The Ledger in an interview": a paper named, in its own
    copy or a rival's, by the last word of its name after "the" is an interview with that paper (not "the press")."""
    from quotes.extraction import extract

    quote = extract("Const. Aaron Mills told the Herald on Monday that the road would stay closed until the spring.",
                    nlp=nlp, indirect=True).quotes[0]
    assert quote.source is not None and quote.source.kind == "interview" and "Herald" in quote.source.label
    quote = extract("Mayor Ruth Oduya told The Globe in an interview that the city would not raise taxes this year.",
                    nlp=nlp, indirect=True).quotes[0]
    assert quote.source is not None and quote.source.kind == "interview" and "Globe" in quote.source.label
    quote = extract("Mayor Ruth Oduya told the press on Monday that the city would not raise taxes this year.",
                    nlp=nlp, indirect=True).quotes[0]
    assert quote.source is None or quote.source.kind != "interview"


def test_a_bodys_ruling_dated_by_a_participle_holds_what_it_said(nlp):
    """(blind round 23) "The Energy Board said in a ruling issued Tuesday that ...": the parser hangs the clause on the
    participle dating the ruling; the board said it, through its ruling (a bench of justices' ruling is still no
    channel, article 08)."""
    from quotes.extraction import extract

    quotes = extract("The Prairie Energy Board said in a ruling issued Tuesday that the pipeline operator had failed to "
                     "inspect three river crossings.", nlp=nlp, indirect=True).quotes
    assert len(quotes) == 1 and [s.name for s in quotes[0].speakers] == ["Prairie Energy Board"]
    assert quotes[0].source is not None and quotes[0].source.kind == "report" and "ruling" in quotes[0].source.label
    quotes = extract("In a 5-4 ruling, the justices said the state had overstepped its authority.", nlp=nlp,
                     indirect=True).quotes
    assert all(q.source is None for q in quotes)


def test_analysts_told_after_the_call_of_the_paragraph_before_are_on_that_call(nlp):
    """(blind round 23) 'On a conference call with analysts, X said ...' then, opening the next paragraph, '"...," X told
    analysts.': the analysts on the call he was just quoted on, no one else quoted since."""
    from quotes.extraction import extract

    text = ("On a conference call with analysts, chief executive Tomas Brandvold said the lender would keep its dividend "
            "unchanged.\n\n"
            '"We have the capital to get through this, and we will," Brandvold told analysts.')
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    quote = quotes["We have the capital to get through this, and we will,"]
    assert quote.source is not None and quote.source.kind == "briefing" and "call" in quote.source.label.split()


def test_an_agreed_statement_of_facts_is_a_paper_filed_in_the_case(nlp):
    """(blind round 23) "In an agreed statement of facts filed at trial, X admitted that ...": a court paper (a report),
    not a statement issued by X."""
    from quotes.extraction import extract

    quote = extract("In an agreed statement of facts filed in court, Harlan Voss admitted that he had sold the stolen "
                    "trucks to a dealer in Moncton.", nlp=nlp, indirect=True).quotes[0]
    assert quote.source is not None and quote.source.kind == "report"


def test_testifying_right_after_telling_the_court_is_evidence_in_that_court(nlp):
    """(blind round 23) "X told the court that ... He testified that ...": his evidence at the trial he was just quoted
    at (a speech to the court), not a hearing's testimony; "testified before a Senate committee" is still a hearing."""
    from quotes.extraction import extract

    text = ("Harlan Voss told the court that he had never seen the trucks before the sale. He testified that a cousin had "
            "delivered them to his lot.")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    quote = quotes["a cousin had delivered them to his lot"]
    assert quote.source is not None and quote.source.kind == "speech" and "court" in quote.source.label
    quote = extract("Harlan Voss testified before a Senate committee that the trucks had been stolen.", nlp=nlp,
                    indirect=True).quotes[0]
    assert quote.source is not None and quote.source.kind == "briefing"


def test_the_house_alone_is_the_chamber_spoken_in(nlp):
    """(blind round 23 probe) "said in the House that": the Commons by its short name, a speech (not "in the White
    House")."""
    from quotes.extraction import extract

    quote = extract("Opposition critic Dana Whitby said in the House that the program had been mismanaged.", nlp=nlp,
                    indirect=True).quotes[0]
    assert quote.source is not None and quote.source.kind == "speech" and "House" in quote.source.label
    quote = extract("Senator Ray Pollard said in the White House that the program had been mismanaged.", nlp=nlp,
                    indirect=True).quotes[0]
    assert quote.source is None or quote.source.kind != "speech"


def test_reporters_briefed_in_a_relative_clause_on_the_speaker(nlp):
    """(blind round 23 probe) "A senior official, who briefed reporters on background, said ...": the reporters the
    speaker talked to are the channel, as "told reporters" is."""
    from quotes.extraction import extract

    quote = extract("A senior government official, who briefed reporters on background on Friday, said the budget would "
                    "include a new tax on vacant homes.", nlp=nlp, indirect=True).quotes[0]
    assert quote.source is not None and quote.source.kind == "reporters"


def test_a_papers_name_joined_by_and_is_one_name(nlp):
    """(blind round 23 probe) "told The Globe and Mail that ...": one paper's name, its second word after "and" an
    outlet's word ("the Star and the Sun" stay two papers)."""
    from quotes.extraction import extract

    quote = extract("Marion Cobb told The Globe and Mail that the branches would close in June.", nlp=nlp,
                    indirect=True).quotes[0]
    assert quote.source is not None and quote.source.kind == "interview" and "Globe and Mail" in quote.source.label


def test_according_to_an_agreed_statement_of_facts_is_no_ones_statement(nlp):
    """(blind round 23 probe) "According to an agreed statement of facts read in court, <fact>": a paper filed in the
    case (a report), no speaker, not the court named before."""
    from quotes.extraction import extract

    text = ("Justice Ruth Amos of the Court of King's Bench heard the case in Regina.\n\n"
            "According to an agreed statement of facts read in court, the accused had been driving at 140 km/h.")
    quotes = extract(text, nlp=nlp, indirect=True).quotes
    quote = next(q for q in quotes if q.text.startswith("the accused had been driving"))
    assert quote.speakers == () and quote.source is not None and quote.source.kind == "report"


def test_words_told_to_an_audience_in_writing_are_a_letter_to_them(nlp):
    from quotes.extraction import extract

    # (probe of Canadian copy) an email to students, not "a speech to students in an email"; the clause the parser hung on
    # the letter as a relative one with no object is what was told
    quotes = extract("Lakeshore College says it will freeze tuition. The college told students in an email that the freeze "
                     "would last two years.\n\nMayor Ilse Varga told councillors in a letter that the pier would close.", nlp=nlp).quotes
    sources = {q.text: (q.source.kind, q.source.label) for q in quotes if q.source}
    assert sources["the freeze would last two years"] == ("letter", "email to students"), sources
    assert sources["the pier would close"] == ("letter", "letter to councillors"), sources


def test_a_relative_clause_on_a_letter_saying_what_was_done_to_it_is_no_report(nlp):
    from quotes.extraction import extract

    quotes = extract("Mayor Ilse Varga said in a letter that she had signed on Monday.", nlp=nlp).quotes
    assert not [q for q in quotes if q.kind == "indirect"], quotes


def test_a_radio_station_named_with_its_place_on_the_am_dial_is_an_outlet(nlp):
    """(blind round 24) "told Sportsline 590 that ...": a sports or talk station's brand ends with its AM frequency
    (it had been no channel: the tagger calls it a product)."""
    found = _indirect_sources("Centre Luc Arsenault told Rinkside 1140 that he had asked for a trade in October.", nlp)
    assert found["he had asked for a trade in October"] == ("interview", "interview with Rinkside 1140")


def test_a_channel_participle_modifying_a_noun_is_no_one_briefing(nlp):
    """(blind round 25) "She said the agency had warned the minister in a briefing note that ...": "briefing" after a
    determiner qualifies the note, which belongs to the reported clause, not to the speaker's words (her question-period
    channel had been lost to a letter called "note")."""
    text = ("In question period, Opposition critic Dara Veltman accused the minister of \"sitting on the warnings.\" She "
            "said the agency had warned the minister in a briefing note last spring that the ferry would need a new engine.")
    found = _indirect_sources(text, nlp)
    assert found["the agency had warned the minister in a briefing note last spring that the ferry would need a new "
                 "engine"][0] == "speech", found


def test_a_reply_in_question_period_is_made_there_and_so_are_the_quoted_words_after_it(nlp):
    """(blind round 25) "In question period, X said ... '...,' X said." / "The minister replied that ..." / '"...," the
    minister said.': the reply (reported speech, read after every quotation) answers the quotation just before it, not the
    article's last one; the quotation opening the next paragraph goes on at that occasion too."""
    text = ("In question period on Wednesday, Opposition critic Dara Veltman said the ferry had missed 40 sailings since "
            "May.\n\n\"Islanders are stranded every other week,\" Veltman said.\n\n"
            "Transport Minister Hugo Brandvold replied that a second vessel would be leased by December.\n\n"
            "\"We are fixing what the last government broke,\" the minister said.\n\n"
            "Later, in a statement, the ferry operator said it regretted the cancellations.")
    from quotes.extraction import extract

    sources = {q.text: q.source.kind if q.source else None for q in extract(text, nlp=nlp, indirect=True).quotes}
    assert sources["a second vessel would be leased by December"] == "speech", sources
    assert sources["We are fixing what the last government broke,"] == "speech", sources


def test_what_a_relative_clause_on_the_speaker_says_is_not_said_in_the_sentences_channel(nlp):
    """(blind round 25) "The coalition, which says it speaks for 40 landlords, said in a statement that ...": the
    relative clause's "says" is a report of its own, with no channel; the statement is the main clause's (but "gave a
    speech in which he called ..." is said in the speech, test gave-a-speech)."""
    found = _indirect_sources("The Harbourside Landlords Coalition, which says it speaks for about 40 landlords, said in a "
                              "statement that it would appeal the tax to the province.", nlp)
    assert found["it speaks for about 40 landlords"] is None, found
    assert found["it would appeal the tax to the province"][0] == "statement", found


def test_a_town_paper_named_current_or_colonist_is_an_outlet(nlp):
    """(blind round 26) "told the Kettle Valley Current that ...", "told the Times Colonist": Canadian papers' names
    (they had been no channel)."""
    found = _indirect_sources("Sgt. Lena Morrow told the Kettle Valley Current that the highway would reopen by noon.", nlp)
    assert found["the highway would reopen by noon"] == ("interview", "interview with Kettle Valley Current")


def test_the_same_post_is_the_post_the_speaker_was_just_quoted_through(nlp):
    """(blind round 26) "wrote in a post on X that ... In the same post, the minister said ...": that post, on X (it had
    been a new channel called "same post", with no network)."""
    text = ("Transport Minister Ida Kowal wrote in a post on X that the ferry would resume on Friday. In the same post, the "
            "minister said she had asked the operator to add two sailings a day.")
    found = _indirect_sources(text, nlp)
    assert found["she had asked the operator to add two sailings a day"] == ("social_media_post", "post on X")


def test_an_outlets_small_last_word_the_parser_took_for_a_verb_is_part_of_its_name(nlp):
    """(blind round 27) "told the French-language daily Le Courrier métropolitain that ...": the parser makes the small
    last word of the French title a bare verb holding the "that"-clause; the clause starts after "that" and the word is
    the outlet's."""
    found = _indirect_sources("Mayor Lise Fortin told the French-language daily Le Courrier métropolitain that the bridge "
                              "would reopen in May.", nlp)
    assert found["the bridge would reopen in May"] == ("interview", "interview with French-language daily Le Courrier métropolitain"), found


def test_telling_reporters_at_city_hall_is_telling_reporters(nlp):
    """(blind round 27) "At city hall, Mayor X told reporters ...": "city hall" with no article is the building (as
    entities reads it, blind round 22), no meeting; the channel is the reporters."""
    found = _indirect_sources("At city hall, Mayor Nathalie Ouimet told reporters the city had no role in the dispute.", nlp)
    assert found["the city had no role in the dispute"] == ("reporters", "told reporters"), found


def test_a_regulators_order_is_a_written_channel_and_speaks_for_it(nlp):
    """(blind round 27) "In an environmental protection order issued Tuesday, the regulator said ..." and "The order says
    ...": a report (an order with its article: "in order to" is none)."""
    text = ("In an environmental protection order issued Tuesday, the Prairie Energy Board said a pipe had leaked into "
            "the creek.\n\nThe order says the company must test the water daily until March.\n\n"
            "Crews moved the trucks in order to reach the dike, the board said.")
    found = _indirect_sources(text, nlp)
    assert found["a pipe had leaked into the creek"][0] == "report", found
    assert found["the company must test the water daily until March"][0] == "report", found
    from quotes.extraction import extract

    speakers = {q.text: [s.name for s in q.speakers] for q in extract(text, nlp=nlp, indirect=True).quotes}
    assert speakers["the company must test the water daily until March"] == ["Prairie Energy Board"], speakers


def test_a_body_goes_on_in_the_news_release_its_president_gave(nlp):
    """(blind round 27) "In a news release, association president X said ..." then "The association says ...": the
    officer's release is the body's (as round 22's spokesperson's statement is the ministry's)."""
    text = ("The Prairie Association of Rural Pharmacists said the study should push Ottawa to act.\n\n"
            "In a news release, association president Hélène Fortier said pharmacists \"did heroic work with empty "
            "shelves\" last winter.\n\n"
            "The association says pharmacists should be allowed to substitute a drug during a shortage.")
    found = _indirect_sources(text, nlp)
    assert found["pharmacists should be allowed to substitute a drug during a shortage"][0] == "statement", found


def test_members_told_on_the_committee_are_the_committees_hearing(nlp):
    """(blind round 28) '"...," X told MPs on the committee.' and her next report: the committee's hearing, a briefing
    (it had been a speech to MPs, the chamber)."""
    text = ('Auditor Martine Leclair told the House of Commons transport committee on Monday that the rail fund had '
            'overspent by $300 million.\n\n'
            '"Nobody was counting the invoices," Leclair told MPs on the committee.\n\n'
            'She said the department had signed contracts before any plans were drawn.')
    found = _indirect_sources(text, nlp)
    assert found["the department had signed contracts before any plans were drawn"][0] == "briefing", found
    from quotes.extraction import extract

    quotes = {q.text: q.source for q in extract(text, nlp=nlp, indirect=True).quotes}
    assert quotes["Nobody was counting the invoices,"].kind == "briefing"
    assert "committee" in quotes["Nobody was counting the invoices,"].label


def test_a_witness_told_mps_two_paragraphs_after_telling_the_committee_is_still_at_the_hearing(nlp):
    """(blind round 28) "Deputy minister X told the committee ... '...,' X said. He told MPs the department ...": the
    hearing of two paragraphs up, when the witness was named there (it had been a speech to MPs)."""
    text = ('Deputy minister Paul Okonkwo told the committee the department disagreed with the auditor.\n\n'
            '"We count what was built, not what was billed," Okonkwo said.\n\n'
            'He told MPs the department expected to finish the audit by June.')
    found = _indirect_sources(text, nlp)
    assert found["the department expected to finish the audit by June"][0] == "briefing", found


def test_what_the_committee_heard_is_testimony_with_no_speaker(nlp):
    """(blind round 28) "The committee heard that <fact>": evidence given to a legislature's committee by no one named, a
    briefing (as "Court heard that" is a speech in the court, round 23); it had been the committee's own report."""
    from quotes.extraction import extract

    text = ("Auditor Martine Leclair told the House of Commons transport committee on Monday that the fund had overspent.\n\n"
            "The committee heard that some contractors billed the fund for rail ties that were never delivered.")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text.startswith("some contractors"))
    assert quote.speakers == [] or not quote.speakers
    assert quote.source.kind == "briefing" and "committee" in quote.source.label


def test_a_present_tense_says_after_tells_an_outlet_goes_on_in_that_interview(nlp):
    """(blind round 28) "Cpl. X tells CBC News that ..." then '"...," X says.' in the next paragraph: that interview (a
    present-tense "says" after a past-tense "told" stays the reporter's own talk, round 11)."""
    from quotes.extraction import extract

    text = ('Cpl. Dana Whelan tells CBC News that no one has been arrested.\n\n'
            '"Our job is to keep everybody safe, on the road and off it," Whelan says.')
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text.startswith("Our job"))
    assert quote.source is not None and quote.source.kind == "interview" and "CBC News" in quote.source.label
    told = text.replace("tells CBC News", "told CBC News")
    quote = next(q for q in extract(told, nlp=nlp, indirect=True).quotes if q.text.startswith("Our job"))
    assert quote.source is None


def test_said_on_the_same_call_is_the_conference_call_named_before(nlp):
    """(blind round 29) "told analysts on a conference call" then another officer "said on the same call that": that
    briefing (the amod "same" had made the call no channel)."""
    text = ("Chief executive Mira Bhatt told analysts on a conference call that demand had slowed.\n\n"
            "Chief financial officer Paul Girard said on the same call that the company now expects lower revenue.")
    found = _indirect_sources(text, nlp)
    assert found["the company now expects lower revenue"][0] == "briefing", found


def test_a_body_saying_something_in_its_plan_speaks_through_that_paper(nlp):
    """(blind round 30) "It says in its three-year plan that it wants ...": a report, the plan (it had no channel); a plan
    argued over ("her opponent's tax plan was ...") is none."""
    from quotes.extraction import extract

    text = ("The Northgate Education Council hires staff for eight schools. It says in its three-year plan that it wants "
            "a language teacher in every one of its schools by 2028.")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text.startswith("it wants"))
    assert quote.source is not None and quote.source.kind == "report" and "plan" in quote.source.label
    text = ('At a town hall meeting on Tuesday, Marta Okoye told the crowd that her opponent\'s tax plan was "written by '
            'and for the people who fund him."')
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text.startswith("written"))
    assert quote.source is not None and quote.source.kind == "speech"


def test_a_body_goes_on_in_the_email_its_spokesperson_named_by_its_noun_sent(nlp):
    """(blind round 30) "In an email, department spokesperson Karen Whitford said ..." then "She said ..." and "The
    department says ...": the email, the department's as the spokesperson's (as round 27's "association president"'s
    release is the association's; it had no channel)."""
    from quotes.extraction import extract

    text = ("The territory's Department of Education and Learning funds the councils. In an email, department "
            "spokesperson Karen Whitford said the territory has set aside $4.2 million for staff housing this year.\n\n"
            "She said the department does not set hiring targets for individual schools.\n\n"
            "The department says the territory's teacher vacancy rate has fallen from 14 per cent to 11 per cent.")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text.startswith("the territory's teacher"))
    assert quote.source is not None and quote.source.kind == "letter" and "email" in quote.source.label


def test_a_show_whose_name_holds_an_ampersand_is_named_whole(nlp):
    # (probe of Canadian copy, third round) not "interview with CBC's Power"
    from quotes.extraction import extract

    quotes = extract('"Nobody in this fight is talking about renters," she told CBC\'s Power & Politics.', nlp=nlp).quotes
    assert quotes[0].source is not None and quotes[0].source.label == "interview with CBC's Power & Politics", quotes


def test_a_statement_of_claim_is_a_court_filing(nlp):
    # (probe of Canadian copy, third round) a report named whole, not a "statement"
    from quotes.extraction import extract

    text = ("The family sued the home last week. According to the statement of claim, a personal support worker flagged "
            "the woman's condition twice in writing.")
    quotes = extract(text, nlp=nlp, indirect=True).quotes
    assert [(q.source.kind, q.source.label) for q in quotes if q.source] == [("report", "statement of claim")], quotes


def test_a_named_spokespersons_statement_carries_to_her_quotation_two_paragraphs_on(nlp):
    """(blind round 31) "In a statement, a spokesperson for X, Corinne Aubuchon, said ..." then "Aubuchon said ..." and
    'She said the ministry would answer "within two weeks."': the statement (quotations are attributed before reported
    speech, and the scan of channels had remembered one only for an anonymous spokesperson, not one named in the phrase)."""
    from quotes.extraction import extract

    text = ("Reeve Paulette Szabo wrote to Housing Minister Aurelio Vantongeren in May.\n\n"
            "In a statement, a spokesperson for Vantongeren, Corinne Aubuchon, said the federal fund had paid for 400 units "
            "in the region since 2021.\n\n"
            "Aubuchon said the province decides which towns receive the money.\n\n"
            "She said the ministry was studying the reeve's letter and would answer \"within two weeks.\"")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    partial = quotes["within two weeks."]
    assert [s.name for s in partial.speakers] == ["Corinne Aubuchon"]
    assert partial.source is not None and partial.source.kind == "statement", partial.source


def test_an_outlet_the_parser_read_into_the_told_clause_is_the_interview(nlp):
    # (probe of Canadian copy, third round) "told CBC News gusts reached ...": the parser made the outlet's name compounds
    # of "gusts"; it is the interview, not what was told
    from quotes.extraction import extract

    quotes = extract("Meteorologist Gerald Cheng told CBC News gusts reached 110 km/h in Bracebridge.", nlp=nlp,
                     indirect=True).quotes
    assert [(q.text, q.source.label if q.source else None) for q in quotes] == [
        ("gusts reached 110 km/h in Bracebridge", "interview with CBC News")], quotes


def test_canadian_outlets_whose_names_say_no_kind_are_interviews(nlp):
    # (probe of Canadian copy, third round) "tells CityNews", "told CTV": interviews with those outlets
    from quotes.extraction import extract

    quotes = extract('"She was limp in my arms by 3 a.m.," Harpreet Gill tells CityNews.\n\n'
                     '"Nobody took her temperature again," Gill told CTV.', nlp=nlp).quotes
    assert [q.source.label if q.source else None for q in quotes] == ["interview with CityNews", "interview with CTV"], quotes


def test_a_statistics_agencys_survey_is_a_report(nlp):
    """(blind round 34) "In its monthly Labour Force Survey, the agency said ..." and "It said ..." after it: a report,
    word "survey" (the noun was no channel, and the agency's findings went with none)."""
    from quotes.extraction import extract

    text = ("OTTAWA — The economy lost 12,000 jobs in March, the Bureau of Labour Figures said Friday.\n\n"
            "In its monthly household survey, the bureau said the losses were mostly in part-time work. It said "
            "construction employment fell by 9,000, the largest drop in two years.")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    for text in ("the losses were mostly in part-time work",
                 "construction employment fell by 9,000, the largest drop in two years"):
        source = quotes[text].source
        assert source is not None and source.kind == "report" and "survey" in source.label, (text, source)


def test_a_speaker_present_at_a_news_conference_by_a_relative_clause_spoke_at_it(nlp):
    """(blind round 34) "Senior deputy governor X, who appeared with her at the news conference, said ...": the news
    conference (the relative clause on the speaker had gone unread); "who was at the hospital" names no channel."""
    from quotes.extraction import extract

    text = ("Governor Marta Lind told a news conference in Ottawa that the council had considered a larger cut.\n\n"
            "Senior deputy governor Oskar Brandt, who appeared with her at the news conference, said the bank's measures "
            "of underlying inflation had eased to about 2.6 per cent.\n\n"
            "Ann Vole, who was at the hospital, said the talks had stalled.")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    source = quotes["the bank's measures of underlying inflation had eased to about 2.6 per cent"].source
    assert source is not None and source.kind == "press_conference", source
    assert quotes["the talks had stalled"].source is None


def test_according_to_the_body_just_quoted_through_its_survey_goes_on_with_the_survey(nlp):
    """(blind round 34) "In its monthly household survey, the bureau said ..." then, two paragraphs on with the bureau
    still the one quoted, "According to the Bureau of Labour Figures, ..." and "The bureau noted that ...": the survey
    ("according to <speaker>" gave no channel, and broke the carrying over); after someone else is quoted, none."""
    from quotes.extraction import extract

    text = ("OTTAWA — The economy lost 12,000 jobs in March, the Bureau of Labour Figures said Friday.\n\n"
            "In its monthly household survey, the bureau said the losses were mostly in part-time work.\n\n"
            "The bureau said employment also declined in retail, while health care added jobs.\n\n"
            "According to the Bureau of Labour Figures, average hourly wages were up 3.1 per cent from a year earlier. "
            "The bureau noted that wage growth has eased for four months.\n\n"
            "Economist Dana Whit said the report was weak.\n\n"
            "According to the Bureau of Labour Figures, the jobless rate rose to 7.1 per cent.")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    for text in ("average hourly wages were up 3.1 per cent from a year earlier", "wage growth has eased for four months"):
        source = quotes[text].source
        assert source is not None and source.kind == "report" and "survey" in source.label, (text, source)
    assert quotes["the jobless rate rose to 7.1 per cent"].source is None


def test_a_speaker_present_at_a_news_conference_keeps_it_for_his_quotation_after(nlp):
    """(blind round 34) "X, who appeared with her at the news conference, said ..." then 'He added that the council wanted
    "a few more months" of data': the news conference (quotations are attributed before reported speech, so the
    channel is read ahead, with the other channels named in the article)."""
    from quotes.extraction import extract

    text = ("Governor Marta Lind told a news conference in Ottawa that the council had considered a larger cut.\n\n"
            "Senior deputy governor Oskar Brandt, who appeared with her at the news conference, said the bank's measures "
            "of underlying inflation had eased. He added that the council wanted to see \"a few more months\" of data.")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    source = quotes["a few more months"].source
    assert source is not None and source.kind == "press_conference", source


def test_a_paper_named_courant_is_an_outlet(nlp):
    """(blind round 33) "told the Winnipeg Courant that ...": an interview with the paper (no channel had been found)."""
    from quotes.extraction import extract

    text = "Ilona Serban told the Winnipeg Courant that the cases were before the courts."
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text == "the cases were before the courts")
    assert quote.source is not None and quote.source.kind == "interview" and "Courant" in quote.source.label, quote.source


def test_reporters_told_at_a_background_briefing_are_told_at_that_briefing(nlp):
    """(blind round 33) "A senior official, who spoke to reporters at a background briefing ..., said": a briefing (it had
    been the reporters alone); "who briefed reporters on background" stays with the reporters."""
    from quotes.extraction import extract

    text = ("A senior official, who spoke to reporters at a background briefing on Monday on the condition they not be named, "
            "said the meeting had been requested by the other side.\n\n"
            "A second official, who briefed reporters on background, said the talks would resume in May.")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    assert quotes["the meeting had been requested by the other side"].source.kind == "briefing"
    assert quotes["the talks would resume in May"].source.kind == "reporters"


def test_the_unnamed_official_restated_with_the_clause_of_anonymity_keeps_the_channel(nlp):
    """(blind round 33) "a senior official told reporters on background that ... The official, who was not authorized to
    speak publicly ..., said": the same official, through the same reporters (it had been a second, unnamed one, with no
    channel)."""
    from quotes.extraction import extract

    text = ("A senior trade official told reporters on background that three partners had raised the tariff in private "
            "talks. The official, who was not authorized to speak publicly about the talks, said the meetings were "
            "\"blunt but useful.\"")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    partial = quotes["blunt but useful."]
    assert [s.name for s in partial.speakers] == ["senior trade official"]
    assert partial.source is not None and partial.source.kind == "reporters"


def test_a_speaker_quoted_paragraph_after_paragraph_at_a_news_conference_is_still_there(nlp):
    """(blind round 36) A chief's news conference named, then her words in each of the next three paragraphs, then
    "Asked why ..., X said ..." in the fourth: still at the news conference (it had lost the channel, named more than
    three paragraphs up); after a paragraph of someone else's words with no channel of his own, the scene is over."""
    from quotes.extraction import extract

    text = ("Police Chief Nora Vashti said at a news conference Tuesday that the officer has been placed on leave.\n\n"
            "\"We owe the family answers,\" Vashti said.\n\n"
            "The chief said she had spoken with the officer and that he has 10 years of service.\n\n"
            "She said she could not discuss the shooting because the investigation is under way.\n\n"
            "Asked why the crisis team was not sent, Vashti said the team works until 10 p.m. on weekdays.")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    answer = quotes["the team works until 10 p.m. on weekdays"]
    assert answer.source is not None and answer.source.kind == "press_conference", answer.source
    text = ("Police Chief Nora Vashti said at a news conference Tuesday that the officer has been placed on leave.\n\n"
            "\"We owe the family answers,\" Vashti said.\n\n"
            "The chief said she had spoken with the officer and that he has 10 years of service.\n\n"
            "Neighbour Carl Brandt said he heard two shots shortly after 10 p.m.\n\n"
            "Vashti said the force would release its own review of the call in the new year.")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    assert quotes["the force would release its own review of the call in the new year"].source is None


def test_a_presentation_or_a_deputation_to_council_is_a_speech_holding_the_clause(nlp):
    """(blind round 35) "told council in a presentation that ...": the presentation is the channel and the "that"-clause
    the parser hung on it is what was said (it had been no quote at all); "said in her deputation that ...": a speech
    (it had been none)."""
    from quotes.extraction import extract

    text = ("Senior planner Odile Farquhar told council in a presentation that the village had 214 rental listings in "
            "June, up from 90 three years ago.\n\n"
            "Wendell Achebe, a bakery owner on Mill Road, said in his deputation that he has lost two cooks who could "
            "not find a place to rent.")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    listings = quotes["the village had 214 rental listings in June, up from 90 three years ago"]
    assert listings.source is not None and listings.source.kind == "speech" and "presentation" in listings.source.label
    cooks = quotes["he has lost two cooks who could not find a place to rent"]
    assert cooks.source is not None and cooks.source.kind == "speech" and "deputation" in cooks.source.label


def test_an_occasion_named_by_a_relative_clause_at_which_someone_spoke_is_the_channel(nlp):
    """(blind round 35) "after a packed meeting at which residents said ...": the meeting the relative "which" stands for
    (it had been none: the preposition's object was "which"), a public one when packed or crowded; "a rally in which
    she said" likewise, its mention the rally's words (not a span running backwards)."""
    from quotes.extraction import extract

    text = ("Village council approved the new dock fees on Monday, after a crowded meeting at which boaters said the "
            "increase would drive them to other marinas.")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text.startswith("the increase would"))
    assert quote.source is not None and quote.source.kind == "speech" and "meeting" in quote.source.label, quote.source
    text = "The premier spoke at a rally in which she said the province would build three hospitals."
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text.startswith("the province would"))
    assert quote.source is not None and quote.source.kind == "speech" and quote.source.mention.text == "rally", quote.source


def test_a_post_on_a_named_networks_page_keeps_the_network_for_it_said(nlp):
    """(blind round 35) "In a post on the band's Facebook page ..., the band council said ... It said ...": the post
    read through "It" keeps the page and its network in its label (it had been "post" alone)."""
    from quotes.extraction import extract

    text = ("In a post on the band's Facebook page Tuesday night, the band council said the broken water main had been "
            "repaired for most homes. It said crews would flush the last water lines by Friday.")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text.startswith("crews would flush"))
    assert quote.source is not None and quote.source.kind == "social_media_post" and "Facebook" in quote.source.label, quote.source


def test_a_presentation_is_not_issued_by_its_software(nlp):
    # (merging blind round 35, which made "presentation" a channel) "a PowerPoint presentation" names no body called
    # PowerPoint: no one the article names issued it
    from quotes.extraction import extract

    quotes = extract("According to a PowerPoint presentation shown to party leaders, the candidate is conducting an "
                     "inside-outside campaign.", nlp=nlp, indirect=True).quotes
    assert not any(s.name == "PowerPoint" for q in quotes for s in q.speakers), quotes
    assert not any(q.source and q.source.issuer == "PowerPoint" for q in quotes), quotes


def test_a_channels_label_has_no_no_break_spaces(nlp):
    from quotes.extraction import extract

    quotes = extract('"We will win," Sen. Ada Moss said at a\u00a0rally\u00a0in Hartford on Friday.', nlp=nlp).quotes
    assert quotes[0].source is not None and "\u00a0" not in quotes[0].source.label, quotes


# (blind round 37) a body's running bulletin is its statement, and carries to its next "said"
def test_a_daily_update_is_a_statement_and_carries_over(nlp):
    from quotes.extraction import extract
    text = ("The Ostrava Valley Fire Service said in its daily update that 48 fires were burning in the district.\n\n"
            "The service said crews from two other provinces were arriving to help.")
    quotes = extract(text, nlp=nlp, indirect=True).quotes
    assert len(quotes) == 2
    assert all(q.source is not None and q.source.kind == "statement" and "update" in q.source.label for q in quotes)


# (blind round 43) a forecaster's bulletin is its statement; a paper called the Bulletin is an outlet, no bulletin
def test_a_bulletin_in_lower_case_is_a_statement(nlp):
    found = _indirect_sources("The Corran Flood Office said in a bulletin Tuesday morning that the lake would crest on "
                              "Friday near the village.", nlp)
    assert found["the lake would crest on Friday near the village"][0] == "statement", found
    found = _indirect_sources("Mayor Ada Quill told the Harrow Bulletin that the lake would crest on Friday near the "
                              "village.", nlp)
    assert found["the lake would crest on Friday near the village"][0] == "interview", found


# (blind round 37) "during the advisory" is the time the advisory was in force, not a notice anyone spoke through
@pytest.mark.parametrize("notice", ["the advisory", "the boil-water advisory", "the evacuation order"])
def test_a_notice_in_force_is_no_channel_during_it(notice, nlp):
    from quotes.extraction import extract
    text = (f"Chief Mara Quill said the water was safe again.\n\n"
            f"According to the chief, the band spent about $30,000 a year on bottled water during {notice}.")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if "band spent" in q.text)
    assert quote.source is None


# (blind round 37) a paper no one issued, named in what a body said, does not take over "It said": the body goes on,
# through the channel it was speaking through
def test_it_after_a_body_spoke_of_an_order_is_the_body_in_its_release(nlp):
    from quotes.extraction import extract
    text = ("Fisheries Canada said in a news release Tuesday that the stock has fallen to a record low.\n\n"
            "The department said the closure order takes effect at once and that it will last until the stock recovers.\n\n"
            "It said existing licence holders can keep fishing other species, but that no new licences will be issued.")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if "licence holders" in q.text)
    assert quote.source is not None and quote.source.kind == "statement" and "release" in quote.source.label


def test_that_interview_is_the_interview_the_speaker_was_just_quoted_through(nlp):
    """(blind round 38) "X told CBC News that ... "...," she said in that interview.": that interview, with its outlet
    (it had been a new channel called "interview"), as "the same interview" is."""
    from quotes.extraction import extract

    text = ("Director Mina Halvorsen told the Tarrow Bay Ledger on Monday that the shoot had run two weeks over.\n\n"
            "\u201cWe ran out of money and kept going,\u201d she said in that interview.")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text.startswith("We ran out"))
    assert quote.source is not None and quote.source.kind == "interview" and "Ledger" in quote.source.label, quote.source


def test_a_review_is_a_written_report(nlp):
    """(blind round 38) "the critic wrote in his review that ...": a review is a report (it had been a letter, "wrote")."""
    found = _indirect_sources("Critic Anton Reyes wrote in his review that the second act was far too long.", nlp)
    assert found["the second act was far too long"][0] == "report", found
    assert "review" in found["the second act was far too long"][1], found


def test_what_someone_once_said_takes_no_channel_of_the_scene_before(nlp):
    """(blind round 38) "..., she told CBC in 2019. She once said that ...": "once" puts the words on another occasion,
    not the interview of the sentence before (it had carried the interview over)."""
    text = ("The singer Mara Quill spoke often about the farm. \u201cI wrote everything there,\u201d she told CBC in 2019. "
            "She once said that she wrote her first song in a single afternoon.")
    found = _indirect_sources(text, nlp)
    assert found["she wrote her first song in a single afternoon"] is None, found


def test_a_document_the_question_put_is_about_is_no_channel_of_the_answer(nlp):
    """(blind round 38) "Asked whether the board had read the memoir, she said ...": the memoir is what the question is
    about, not what the answer came through (it had been a report, "memoir"); the news conference she was quoted through
    goes on."""
    text = ("Board chair Nadia Ferris said at a news conference Wednesday that the vote was unanimous.\n\n"
            "Asked whether the board had read the memoir, she said her view of it had nothing to do with the vote.")
    found = _indirect_sources(text, nlp)
    assert found["her view of it had nothing to do with the vote"] == ("press_conference", "news conference"), found


def test_a_partial_after_a_question_put_keeps_the_conference_the_speaker_is_quoted_at(nlp):
    """(blind round 38) A news conference named, two paragraphs of quotations, a paragraph of reported speech, then
    "Asked whether ..., she said she had read it and "partial," but that ...": the partial and the clause after it are
    still at the news conference (they had none: the quotation is met before the reported speech between, so her last
    words known then were two paragraphs up, and round 36's reach was one)."""
    from quotes.extraction import extract

    text = ("Board chair Nadia Ferris said at a news conference Wednesday that the vote was unanimous.\n\n"
            "\"This was about safety,\" Ferris said.\n\n\"It was about one exit,\" she said.\n\n"
            "She said the board would offer a larger venue.\n\n"
            "Asked whether the board had read the memoir, she said she had read it and \"did not care for it,\" but that "
            "her view of it had nothing to do with the vote.")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    for key in ("did not care for it,", "her view of it had nothing to do with the vote"):
        assert quotes[key].source is not None and quotes[key].source.kind == "press_conference", quotes[key]


@pytest.mark.parametrize("audience", ["supporters", "a small crowd"])
def test_speaking_to_an_audience_beside_the_name_is_a_speech(audience, nlp):
    """(blind round 39) "Okafor, speaking to supporters at a pub on Monday night, said": the participle's audience
    makes a speech, as "addressing supporters" does, for the quotes after it too (they had no channel)."""
    from quotes.extraction import extract

    text = (f"Trustee Halvard Mbeki-Roy, speaking to {audience} at a church hall on Elm Road, said he would fight the "
            "school closures.\n\n\"Every one of those schools is staying open,\" he said.")
    quotes = extract(text, nlp=nlp, indirect=True).quotes
    assert len(quotes) == 2
    for quote in quotes:
        assert quote.source is not None and quote.source.kind == "speech", quote


def test_the_post_is_the_post_just_named_with_its_network(nlp):
    """(blind round 39) "wrote in a post on Instagram that ..." then "She said in the post that ...": the bare "the post" is
    the post the speaker was just quoted through, network and all (it had been a new post with no network)."""
    from quotes.extraction import extract

    text = ("Former trustee Ilse Warburton-Kaye wrote in a post on Instagram on Sunday that the board had ignored parents.\n\n"
            "She said in the post that she would not seek the seat again in the fall.")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    source = quotes["she would not seek the seat again in the fall"].source
    assert source is not None and source.kind == "social_media_post" and "Instagram" in (source.label + " " + (source.issuer or "")), source


# (probes of Canadian copy, fourth round) a report no one is said to have issued is not the place the story was just in
def test_a_report_with_no_issuer_is_not_the_place_named_before(nlp):
    from quotes.extraction import extract

    text = ("Mayor Ines Okafor spoke to reporters in Halifax on Monday.\n\n"
            "The report concludes that the port failed to follow its own rules.")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.kind == "indirect")
    assert quote.source.kind == "report" and quote.speakers == ()
    text = ("The Kestrel Harbour Authority met on Monday in Halifax.\n\n"
            "The report concludes that the port failed to follow its own rules.")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.kind == "indirect")
    assert [s.name for s in quote.speakers] == ["Kestrel Harbour Authority"]


# (probes of Canadian copy, fourth round) a paper's own writing is the paper's; a guest's op-ed it printed is no one's
@pytest.mark.parametrize(("text", "speakers", "kind"), [
    ('A Wednesday editorial in the Kestrel Falls Ledger called the senator "a coward with a gavel."',
     ["Kestrel Falls Ledger"], "statement"),
    ("An editorial in the Northfield Star said the transit tax was unfair to renters.", ["Northfield Star"], "statement"),
    ("A report in the Kestrel Falls Ledger said the mayor had misled council about the land sale.",
     ["Kestrel Falls Ledger"], "report"),
    ("An op-ed in the Northfield Star argued that the transit tax was unfair to renters.", [], "letter"),
])
def test_writing_in_a_paper_is_the_papers_own_unless_a_guest_wrote_it(text, speakers, kind, nlp):
    from quotes.extraction import extract

    quote = extract(text, nlp=nlp, indirect=True).quotes[0]
    assert [s.name for s in quote.speakers] == speakers
    assert quote.source is not None and quote.source.kind == kind


def test_an_e_mail_is_named_whole_in_its_label(nlp):
    from quotes.extraction import extract

    text = 'In an e-mail sent Monday, Councillor Rita Vos said the city had "lost the plot."'
    quote = extract(text, nlp=nlp).quotes[0]
    assert quote.source.kind == "letter" and quote.source.label.startswith("e-mail")


@pytest.mark.parametrize("told, kind", [("told the commission", "briefing"), ("told the inquest", "speech")])
def test_telling_a_commission_of_inquiry_or_an_inquest_is_testimony_there(told, kind, nlp):
    """(blind round 41) "told the commission that", "told the inquest that": testimony at an inquiry's hearing (a
    briefing, as "told the inquiry"), evidence at a coroner's court (a speech, as "told the court")."""
    from quotes.extraction import extract

    text = f"Marisol Ventner {told} that the alert had gone out three hours after the fire crossed the road."
    quotes = extract(text, nlp=nlp, indirect=True).quotes
    assert len(quotes) == 1 and quotes[0].source is not None and quotes[0].source.kind == kind, quotes


@pytest.mark.parametrize("body", ["the Brennock Bridge Inquiry", "the Kelso Rail Inquiry"])
def test_telling_an_inquiry_or_committee_by_its_name_is_testimony_there(body, nlp):
    """(blind round 65) "told the Harrowgate LRT Public Inquiry that ...": an inquiry or committee by its proper name is a
    hearing, as the bare "told the inquiry" is (a briefing); the tagger's body name had made it an interview with it."""
    from quotes.extraction import extract

    text = f"Marisol Ventner told {body} that the inspection reports had never reached her desk."
    quotes = extract(text, nlp=nlp, indirect=True).quotes
    assert len(quotes) == 1 and quotes[0].source is not None and quotes[0].source.kind == "briefing", quotes


def test_a_county_commission_told_is_no_inquiry(nlp):
    """(blind round 41) only the bare "the commission" of inquiry copy is a hearing: "told the county commission" is not."""
    from quotes.extraction import extract

    text = "Marisol Ventner told the county commission that the road would be repaved in the spring."
    quotes = extract(text, nlp=nlp, indirect=True).quotes
    assert len(quotes) == 1 and (quotes[0].source is None or quotes[0].source.kind != "briefing"), quotes


def test_written_submissions_are_a_report(nlp):
    """(blind round 41) "In written submissions to the jury, the company's lawyers said": a party's written argument,
    a report as round 14's "submission" (not "closing submissions to court", spoken there: blind round 23)."""
    from quotes.extraction import extract

    text = ("In written submissions to the jury, the company's lawyers said the mill had spent $2 million on guarding "
            "since the death.")
    quotes = extract(text, nlp=nlp, indirect=True).quotes
    assert len(quotes) == 1 and quotes[0].source is not None and quotes[0].source.kind == "report", quotes


def test_the_report_is_the_report_not_an_order_named_since(nlp):
    """(blind round 41) "In her final report, X wrote ..." then "... until a court order in January ..." and '"...," the
    report says': the paper called a report, not the order (both are papers of the report kind)."""
    from quotes.extraction import extract

    text = ("In her final report, released Thursday, Commissioner Adele Brisebois wrote that the tender had been "
            "\"compromised from the start.\"\n\nShe also wrote that the inquiry had been slowed by the province's refusal, "
            "until a court order in January, to hand over cabinet papers.\n\n"
            "\"Openness delayed is openness denied,\" the report says.")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    source = quotes["Openness delayed is openness denied,"].source
    assert source is not None and "order" not in source.label.lower() and "report" in source.label.lower(), source


def test_a_body_goes_on_at_the_news_conference_its_president_gave(nlp):
    """(blind round 42) "Association president X said at a news conference that ..." then "The association urged the
    province to ...": the officer's news conference is the body's too, as round 27's release is (it had been none)."""
    text = ("The Prairie Association of Rural Pharmacists said the shortage would get worse.\n\n"
            "Association president Hélène Fortier said at a news conference in Regina that dozens of rural pharmacies "
            "could close within two years.\n\n"
            "The association urged the province to pay pharmacists for the time they spend on drug substitutions.")
    found = _indirect_sources(text, nlp)
    assert found["the province to pay pharmacists for the time they spend on drug substitutions"][0] == "press_conference", found


# (probes of Canadian copy, fourth round) a Canadian station's call letters, the tagger seeing no name in them
@pytest.mark.parametrize("told", ["told CFRA.", "told CJAD on Monday."])
def test_a_canadian_stations_call_letters_are_an_interview(told, nlp):
    from quotes.extraction import extract

    quote = extract(f'"I understand people are angry. I would be too," Mayor Ben Okonkwo-Hale {told}', nlp=nlp).quotes[0]
    assert quote.source is not None and quote.source.kind == "interview" and quote.source.label.startswith("interview with C")


def test_a_voicemail_is_a_message(nlp):
    """(probes of Canadian copy, fourth round) a message left on the phone, as a text message."""
    from quotes.extraction import extract

    quote = extract("Mayor Ines Okafor-Lind said in a voicemail that the budget would pass next week.", nlp=nlp).quotes[0]
    assert quote.source is not None and quote.source.kind == "other" and quote.source.label == "voicemail"


def test_researchers_write_in_the_study_the_article_named(nlp):
    """(blind round 46) "The study, published Monday in ..." then, paragraphs on, "The researchers write that ..." and
    "They also warn that ...": the authors write in that study (a `report`), and their next words go on in it, as round
    23's "The regulator wrote" is the ruling (a bare "write" had made a letter of it, and the next sentence had none)."""
    text = ("Divers who surface slowly are hurt less often\n\n"
            "The study, published Monday in the Journal of Coastal Health, followed 2,000 divers.\n\n"
            "Dr. Lena Fisk said the results were clear.\n\n"
            "The researchers write that the divers who surfaced slowly had fewer injuries than the others.\n\n"
            "They also warn that the sample was small for the oldest divers.")
    from quotes.extraction import extract
    found = {q.text: q.source for q in extract(text, nlp=nlp, indirect=True).quotes}
    for words in ("the divers who surfaced slowly had fewer injuries than the others",
                  "the sample was small for the oldest divers"):
        assert found[words] is not None and found[words].kind == "report", found
        assert found[words].mention.text == "The study", found


def test_writing_for_the_majority_speaks_through_the_decision_named_before(nlp):
    """(blind round 45) "In a 5-4 decision released Friday, the court found ..." then "Writing for the majority, Justice X
    said ..." and "She wrote that ...": the judge writes in the court's decision (she had no channel, then a letter
    "wrote"); the court, a body ruling by its noun, speaks through it as a regulator through its ruling."""
    from quotes.extraction import extract

    text = ("In a 5-4 decision released Friday, the court found that the backups carry the same expectation of privacy "
            "as the phone itself.\n\n"
            "Writing for the majority, Justice Ines Vartanian said police could still act without a warrant in an "
            "emergency.\n\n"
            "She wrote that the files were private and that the officers had erred.")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    for text_of in ("the backups carry the same expectation of privacy as the phone itself",
                    "police could still act without a warrant in an emergency",
                    "the files were private and that the officers had erred"):
        source = quotes[text_of].source
        assert source is not None and source.kind == "report" and "decision" in source.label, (text_of, source)


def test_a_dissent_and_a_judges_reasons_are_her_written_reasons(nlp):
    """(blind round 45) "In a dissent, Justice X wrote that ...", "In separate reasons, Justice Y wrote", "In her reasons, the
    judge noted that ...": the judge's written reasons, a report (they had been a letter, "wrote", or nothing)."""
    from quotes.extraction import extract

    text = ("In a dissent, Justice Pavel Lindgren wrote that the majority had ignored the terms of service.\n\n"
            "In separate reasons, Justice Odile Marchand wrote that the legislature should set rules for waivers.\n\n"
            "In her reasons, the judge noted that the company had since changed its booking page.")
    found = {q.text: (q.source.kind, q.source.label) if q.source else None for q in extract(text, nlp=nlp, indirect=True).quotes}
    assert found["the majority had ignored the terms of service"] == ("report", "dissent"), found
    assert found["the legislature should set rules for waivers"] == ("report", "separate reasons"), found
    assert found["the company had since changed its booking page"] == ("report", "reasons"), found


def test_court_documents_are_not_the_statement_of_claim_named_before(nlp):
    """(blind round 45) "According to the statement of claim, ..." then "Court documents show ...": papers filed in the case,
    not the claim again (the registry had taken the plural for the report named before), and neither is a judge's or the
    court's words."""
    from quotes.extraction import extract

    text = ("Ontario Superior Court Justice Mirela Okonjo approved the settlement on Tuesday.\n\n"
            "According to the statement of claim, hackers gained access to the birth dates of about two million members.\n\n"
            "Court documents show the settlement contains no admission of liability.")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    claim = quotes["hackers gained access to the birth dates of about two million members"]
    shown = quotes["the settlement contains no admission of liability"]
    assert not claim.speakers and claim.source.label == "statement of claim", claim
    assert not shown.speakers and "documents" in shown.source.label, shown


def test_a_name_the_apposition_calls_a_programme_is_told_an_interview(nlp):
    """(blind round 47) '"...," X told Saltwater, the morning program on Bayside Radio': the apposition makes the name a
    programme, whatever the tagger took it for (a person), and "told Saltwater that" later in the article is the same
    programme (both had had no channel)."""
    from quotes.extraction import extract

    text = ('"The ferry is the only road we have," Councillor Ada Pruitt told Saltwater, the morning program on Bayside Radio.\n\n'
            "Later, a spokesperson for the ferry service told Saltwater that a spare vessel would sail on Friday.")
    found = {q.text: q.source for q in extract(text, nlp=nlp, indirect=True).quotes}
    for words in ("The ferry is the only road we have,", "a spare vessel would sail on Friday"):
        assert found[words] is not None and found[words].kind == "interview", found
        assert found[words].label == "interview with Saltwater", found


def test_a_podcast_guests_words_go_on_through_the_episode(nlp):
    """(blind round 47) A podcast episode written up: a guest who "told the podcast" answers the host's question
    paragraphs later, after a councillor's statement between, still on the podcast (it had gone with the councillor's
    statement: no channel)."""
    from quotes.extraction import extract

    text = ("Planner Odile Marchand told the podcast that bike lanes pay for themselves within a decade.\n\n"
            "She said the city had counted cyclists on six streets.\n\n"
            "Coun. Ravi Stein said in a statement Tuesday that the lanes would cost $4 million.\n\n"
            '"So who pays?" the host asked.\n\n'
            "Marchand said the province would cover most of the cost.")
    found = {q.text: q.source for q in extract(text, nlp=nlp, indirect=True).quotes}
    assert found["the province would cover most of the cost"] is not None, found
    assert found["the province would cover most of the cost"].label == "podcast", found
    assert found["the lanes would cost $4 million"].kind == "statement", found


def _reported_sources(text, nlp):
    from quotes.extraction import extract

    return {q.text: (q.source.kind, q.source.label, q.source.issuer) if q.source else None
            for q in extract(text, nlp=nlp, indirect=True).quotes}


_QUESTION_PERIOD = ("During question period, Opposition critic Lionel Ambry waved a stack of invoices and said the ferry "
                    "contract had doubled in cost since it was signed.\n\n")


def test_an_occasion_opening_the_sentence_is_the_second_verbs_too_for_the_next_quotation(nlp):
    # (blind round 48) "In question period, X held up the papers and said ..." then '"...," X said.' in the next paragraph
    found = _reported_sources(_QUESTION_PERIOD + '"We were promised a bargain. We got a bill," Ambry said.', nlp)
    assert found["We were promised a bargain. We got a bill,"][:2] == ("speech", "question period")


def test_rising_to_answer_makes_the_next_sentence_a_reply_on_the_occasion(nlp):
    # (blind round 48) "X rose to answer. He said ...": the reply, given in the question period of the words answered
    found = _reported_sources(_QUESTION_PERIOD + '"We were promised a bargain. We got a bill," Ambry said.\n\n'
                              "Transport Minister Colm Reddaway rose to answer. He said the contract had been tendered twice "
                              "and that both bids had come in higher.", nlp)
    reply = "the contract had been tendered twice and that both bids had come in higher"
    assert found[reply] == ("speech", "question period", "Colm Reddaway")


def test_a_body_speaks_on_in_the_interview_its_officer_gave(nlp):
    # (blind round 48) "X, the association's president, told <paper> ..." and his quotation, then "The association says
    # ...": the body goes on in its officer's interview, as in his release or news conference (round 27, round 42)
    text = ("The Millbrook Taxpayers' Association said in a news release Monday that the vote showed council \"has stopped "
            "listening.\"\n\n"
            "Dale Okon, the association's president, told the Millbrook Gazette the group would ask its 900 members to "
            "remember the vote.\n\n"
            '"Five people on that council listened. The reeve was not one of them," he said.\n\n'
            "The association says the town's operating spending has grown twice as fast as its population since 2018.")
    found = _reported_sources(text, nlp)
    said = "the town's operating spending has grown twice as fast as its population since 2018"
    assert found[said][0] == "interview" and "Millbrook Gazette" in found[said][1]


def test_a_statement_posted_to_x_stays_a_statement_for_the_next_quotes(nlp):
    """(blind round 49) "said in a statement posted to X that ..." and "He said ..." in the next paragraph: the statement
    (the participle "posted", read as the agent's own post, had given the next quotes a post called "posted")."""
    from quotes.extraction import extract

    text = ("His agent, Terrence Mabry, said in a statement posted to X on Thursday that the talks had stalled.\n\n"
            "Mabry said the team had promised his client a new deal. He said the team had gone back on that promise.")
    found = {q.text: q.source.kind if q.source else None for q in extract(text, nlp=nlp, indirect=True).quotes}
    assert found["the team had promised his client a new deal"] == "statement", found
    assert found["the team had gone back on that promise"] == "statement", found


def test_a_sports_station_with_its_dial_and_nickname_is_an_interview(nlp):
    """(blind round 49) "told Sportsnet 590 The Fan before the game that ...": the station, its place on the AM dial and the
    nickname after it (the parser made the number what was told, and the words had no channel)."""
    from quotes.extraction import extract

    text = ("Goaltender Jukka Salminen had a rough night.\n\n"
            "Salminen, whose save percentage has fallen to .889, told Sportsnet 590 The Fan before the game that his groin "
            "was \"100 per cent.\"")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    source = quotes["100 per cent."].source
    assert source is not None and source.kind == "interview" and source.label.endswith("Sportsnet 590 The Fan"), source


def test_a_news_release_quoting_someone_is_a_statement(nlp):
    """(blind round 49) "The release quoted the federation's director, X, who called the win "..."": the news release, a
    statement (a subject quoting was read as a paper's report)."""
    from quotes.extraction import extract

    text = ("The Canadian Wrestling Federation said in a news release that the result was historic.\n\n"
            "The release quoted the federation's high-performance director, Sandeep Brar, who called the win \"a reward for "
            "a decade of patience.\"")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    quote = quotes["a reward for a decade of patience."]
    assert [s.name for s in quote.speakers] == ["Sandeep Brar"], quote
    assert quote.source is not None and quote.source.kind == "statement", quote.source


def test_a_lawyers_opening_statement_to_jurors_is_a_speech(nlp):
    """(blind round 52) "In her opening statement, the defence lawyer told jurors that ...": words spoken in court, a
    speech (they were read as a written statement)."""
    from quotes.extraction import extract

    text = ("The trial of a Brandon man charged in a fatal crash began Monday.\n\n"
            "In her opening statement, defence lawyer Rosalind Achterberg told jurors that her client had not been "
            "drinking and that the road was icy.")
    quotes = extract(text, nlp=nlp, indirect=True).quotes
    quote = next(q for q in quotes if q.text.startswith("her client had not been drinking"))
    assert quote.source is not None and quote.source.kind == "speech", quote.source


def test_telling_a_courtroom_is_a_speech(nlp):
    """(blind round 52) "told a Saskatoon courtroom Thursday that ...": the court by its room, as "told the court"."""
    from quotes.extraction import extract

    text = ("A mechanic who inspected the bus told a Saskatoon courtroom Thursday that its brakes had been worn "
            "past the legal limit.")
    quotes = extract(text, nlp=nlp, indirect=True).quotes
    assert quotes and quotes[0].source is not None and quotes[0].source.kind == "speech", quotes


def test_testifying_after_telling_the_jury_a_paragraph_before_is_the_same_evidence(nlp):
    """(blind round 52) "X told the jury that ... / She said ... She testified that ...": her evidence at the trial she was
    quoted at in the paragraph before, to the jury as to the court (it had become a new testimony)."""
    from quotes.extraction import extract

    text = ("Marisol Dunne, the victim's roommate, told the jury that she heard the door slam shortly after midnight.\n\n"
            "She said the lights in the hallway were off. She testified that she saw a man in a red jacket run down "
            "the stairs.")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    source = quotes["she saw a man in a red jacket run down the stairs"].source
    assert source is not None and source.kind == "speech" and "jury" in source.label, source


def test_a_channel_noun_inside_the_reported_clause_after_in_response_is_no_channel(nlp):
    """(blind round 54) "said in response that every note is checked": "in response" names no medium, and the "note"
    four words on is the reported clause's subject, not a note the speaker wrote."""
    from quotes.extraction import extract

    text = "Marc Tremblay said in response that every note is checked by a doctor before it is filed."
    quotes = extract(text, nlp=nlp, indirect=True).quotes
    assert quotes and quotes[0].source is None, quotes


def test_reporters_told_at_a_news_conference_are_the_news_conference(nlp):
    """(blind round 54) "told reporters at a news conference in Ottawa that ...": the occasion the verb names is the
    channel; "told reporters at the legislature" stays reporters."""
    from quotes.extraction import extract

    text = ("Odile Brassard told reporters at a news conference in Ottawa that the company had failed to show the "
            "cameras were necessary.\n\nPaul Ng told reporters at the legislature that he was angry about the breach.")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    first = quotes["the company had failed to show the cameras were necessary"].source
    assert first is not None and first.kind == "press_conference", first
    second = quotes["he was angry about the breach"].source
    assert second is not None and second.kind == "reporters", second


def test_a_bare_wrote_after_the_speaker_replied_on_a_network_is_a_post_there(nlp):
    """(blind round 57) "Reeve X replied on Facebook ..." then '"...," X wrote.': written on that network, not a letter;
    another speaker's "wrote" after someone else's post stays the writing."""
    from quotes.extraction import extract

    text = ("Reeve Lorna Whitbeck replied on Facebook late Tuesday, after the petition passed 2,000 names.\n\n"
            '"Nobody on council wants the rink closed. Nobody," Whitbeck wrote.\n\n'
            '"The rink has cost us $90,000 a year for a decade," Gerald Ostrander wrote.')
    quotes = extract(text, nlp=nlp, indirect=True).quotes
    posted = next(q for q in quotes if q.text.startswith("Nobody on council"))
    assert posted.source is not None and posted.source.kind == "social_media_post" and "Facebook" in posted.source.label, posted.source
    other = next(q for q in quotes if q.text.startswith("The rink has cost"))
    assert other.source is None or other.source.kind != "social_media_post", other.source


def test_wrote_with_the_network_in_a_fronted_phrase_names_the_network(nlp):
    """(blind round 57) "In a thread on X, the critic wrote that ...": a post on X, labelled so, not "wrote"."""
    from quotes.extraction import extract

    text = "In a thread on X, Jasmine Okwuosa wrote that the ferry schedule had been cut without notice."
    quotes = extract(text, nlp=nlp, indirect=True).quotes
    assert quotes and quotes[0].source is not None and quotes[0].source.kind == "social_media_post", quotes
    assert "X" in quotes[0].source.label.split(), quotes[0].source


def test_a_reply_on_a_named_network_is_a_post(nlp):
    """(blind round 57) "saying in a reply on X that ...", "In a comment on Instagram, ...": put on the network named."""
    from quotes.extraction import extract

    text = ("Deputy Mayor Anil Sethuraman weighed in late Friday, saying in a reply on X that the pool would reopen by "
            "July.\n\nIn a comment on Instagram, Bettina Kowalczyk said the lifeguards had not been paid since May.")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    for words in ("the pool would reopen by July", "the lifeguards had not been paid since May"):
        source = quotes[words].source
        assert source is not None and source.kind == "social_media_post", (words, source)


def test_a_statement_posted_on_a_page_is_the_statement(nlp):
    """(blind round 57) "The co-op posted a screenshot of a signed statement on its Facebook page, saying ...": the
    statement posted is the channel (as round 49's "a statement posted to X"), not a post called "posted"."""
    from quotes.extraction import extract

    text = ("The Harrow Flats Growers Co-operative posted a screenshot of a signed statement on its Facebook page "
            "Monday, saying it would not renew the market's lease.")
    quotes = extract(text, nlp=nlp, indirect=True).quotes
    assert quotes and quotes[0].source is not None and quotes[0].source.kind == "statement", quotes


def test_words_said_in_a_clip_are_a_post(nlp):
    """(blind round 57) '"...," he says in the clip.': a video by its other word."""
    from quotes.extraction import extract

    text = '"We have never seen the river this low in August," Tobias Ferreira-Lund says in the clip.'
    quotes = extract(text, nlp=nlp, indirect=True).quotes
    assert quotes and quotes[0].source is not None and quotes[0].source.kind == "social_media_post", quotes


def test_a_post_on_a_bodys_website_is_a_statement_and_an_update_on_a_network_a_post(nlp):
    """(blind round 58) "In a post on its website, the board said" is the body's own page (a statement); "In its latest
    update on X, the utility said" a social media post (an "update" alone stays the body's running bulletin)."""
    from quotes.extraction import extract

    text = ("In a post on its website, the Larch Valley school board said buses would not run on Friday.\n\nIn its "
            "latest update on X, Norland Hydro said most customers would have power by Thursday night.\n\nThe fire "
            "centre said in its daily update that 40 fires were burning.")
    quotes = {q.text: q.source for q in extract(text, nlp=nlp, indirect=True).quotes}
    assert quotes["buses would not run on Friday"].kind == "statement", quotes
    assert quotes["most customers would have power by Thursday night"].kind == "social_media_post", quotes
    assert quotes["40 fires were burning"].kind == "statement", quotes


def test_a_backgrounder_is_a_statement(nlp):
    """(blind round 58) "In a backgrounder, the ministry said": a government's explanatory paper, a statement."""
    from quotes.extraction import extract

    quotes = extract("In a backgrounder, the Ministry of Transport said the new rules would apply from April.", nlp=nlp,
                     indirect=True).quotes
    assert quotes and quotes[0].source is not None and quotes[0].source.kind == "statement", quotes


def test_a_radio_programme_named_beside_it_is_the_interviews_name(nlp):
    """(blind round 58) "told the radio program Morning Line that": the programme's name, which the tagger reads as a
    person's, is the interview's."""
    from quotes.extraction import extract

    quotes = extract("Tanya Roe told the radio program Sunday Line that the ferry would run all winter.", nlp=nlp,
                     indirect=True).quotes
    assert quotes and quotes[0].source is not None and quotes[0].source.kind == "interview", quotes
    assert "Sunday Line" in quotes[0].source.label, quotes[0].source


@pytest.mark.parametrize("clause", ["the township would keep talking about its plan to pave the road",
                                    "staff had been speaking to reporters about the budget all week"])


def test_a_participle_of_speaking_inside_the_reported_clause_is_no_channel(clause, nlp):
    """(blind round 59) "said her party would keep talking about its plan to hire nurses": the participle and the
    channel noun after it are what was said, not the way the speaker said it (it had been a report called "plan")."""
    from quotes.extraction import extract

    text = f"Reeve Alma Dupuis said {clause}."
    quotes = extract(text, nlp=nlp, indirect=True).quotes
    assert [q.text for q in quotes] == [clause] and quotes[0].source is None, quotes


@pytest.mark.parametrize("text", [
    "In the National Assembly, Opposition critic Nathalie Giroux-Bédard said the ferry contract had doubled in cost.",
    "Nathalie Giroux-Bédard said in the Legislative Assembly on Tuesday that the ferry contract had doubled in cost.",
])
def test_a_house_named_as_an_assembly_is_a_speech(text, nlp):
    """(blind round 61) "said in the National Assembly", "In the Legislative Assembly, X said": a province's house by
    its name is where the words were spoken, as "the legislature" (it had been no channel)."""
    from quotes.extraction import extract

    quotes = extract(text, nlp=nlp, indirect=True).quotes
    assert [q.text for q in quotes] == ["the ferry contract had doubled in cost"], quotes
    assert quotes[0].source is not None and quotes[0].source.kind == "speech" and "Assembly" in quotes[0].source.label


def test_a_school_assembly_is_no_chamber(nlp):
    """(blind round 61) only a national or legislative assembly is a house: a school's assembly is no speech."""
    from quotes.extraction import extract

    quotes = extract("At the assembly, principal Dana Whitlock said the gym would reopen in March.", nlp=nlp,
                     indirect=True).quotes
    assert all(q.source is None or q.source.kind != "speech" or "assembly" not in q.source.label for q in quotes), quotes


@pytest.mark.parametrize(("text", "paper"), [
    ("Union spokesperson Étienne Marcoux told the French-language daily La Vigie that the talks had broken down.",
     "La Vigie"),
    ("Union spokesperson Étienne Marcoux told the English-language weekly Gaspé Spec that the talks had broken down.",
     "Gaspé Spec"),
    ("Étienne Marcoux, a spokesperson for the union, told the English-language weekly The Harbour Star that the talks had "
     "broken down.", "Harbour Star"),
])
def test_a_paper_told_by_its_kind_and_its_name_is_an_interview(text, paper, nlp):
    """(blind round 61) "told the French-language daily La Vigie that", "told the English-language weekly Gaspé Spec
    that": the parser hangs "daily" on "language", or makes "weekly" the one told and the name (tagged a person's or a
    work's) its apposition; the paper's kind still makes it an interview with the paper (it had been no channel)."""
    from quotes.extraction import extract

    quotes = extract(text, nlp=nlp, indirect=True).quotes
    assert [q.text for q in quotes] == ["the talks had broken down"], quotes
    assert quotes[0].source is not None and quotes[0].source.kind == "interview", quotes
    assert paper in quotes[0].source.label, quotes[0].source


def test_a_message_posted_on_a_facebook_page_is_a_post(nlp):
    """(blind round 61) "In a message to parents posted on the school board's Facebook page, X wrote that": a message,
    a letter by itself, is a social media post when put on a network, "posted" hung on its addressees (it had been a
    letter)."""
    from quotes.extraction import extract

    text = ("In a message to parents posted on the school board's Facebook page Sunday, chair Lise Demers wrote that "
            "buses would run on a reduced schedule all week.")
    quotes = extract(text, nlp=nlp, indirect=True).quotes
    assert [q.text for q in quotes] == ["buses would run on a reduced schedule all week"], quotes
    assert quotes[0].source is not None and quotes[0].source.kind == "social_media_post", quotes[0].source


@pytest.mark.parametrize("later", ["In a later post", "In a second post", "In another post Tuesday"])
def test_a_later_post_is_on_the_network_of_the_speakers_last_post(later, nlp):
    """(blind round 62) "<X> said on X that ... In a later post, the utility said ...": a post the article places in a
    series and names no network for is on the network the same speaker's last post named (it had been "later post")."""
    from quotes.extraction import extract

    text = (f"Lakemount Power said on X that about 900 homes had lost electricity in the storm. {later}, the utility "
            "said crews expected to restore service by midnight.")
    quotes = extract(text, nlp=nlp, indirect=True).quotes
    later_quote = next(q for q in quotes if q.text.startswith("crews expected"))
    assert later_quote.source is not None and later_quote.source.kind == "social_media_post", later_quote
    assert later_quote.source.label.endswith(" on X"), later_quote.source


def test_a_later_post_of_someone_else_takes_no_network(nlp):
    """(blind round 62) the network goes only to the same speaker's later post."""
    from quotes.extraction import extract

    text = ("Mayor Odile Vance said on Facebook that the beach would stay closed. In a later post, the Lakemount Rowing "
            "Club said its regatta had been moved to August.")
    quotes = extract(text, nlp=nlp, indirect=True).quotes
    club = next(q for q in quotes if q.text.startswith("its regatta"))
    assert club.source is None or "Facebook" not in club.source.label, club


@pytest.mark.parametrize("text", [
    "When I reached him by phone on Monday, Colm Easter said the landfill would close by the fall.",
    "Warden Colm Easter, when I put the figures to him, said the landfill would close by the fall.",
    '"It was never about the money," Warden Colm Easter said when I reached him Monday.',
    "When I sat down with Warden Colm Easter at the township office, he said the landfill would close by the fall.",
])
def test_the_writers_own_exchange_with_the_speaker_is_an_interview(text, nlp):
    """(blind round 63) A columnist's "when I reached her by phone", "when I put that to him", "when I sat down with him"
    on the verb of saying (or on its subject, where the parser hangs it): an interview with the writer, as "told me"."""
    found = _reported_sources(text, nlp)
    assert found and all(source is not None and source[0] == "interview" for source in found.values()), found


@pytest.mark.parametrize("text", [
    "When she reached the landing, Warden Colm Easter said the landfill would close by the fall.",
    "When the council asked him, Warden Colm Easter said the landfill would close by the fall.",
])
def test_an_exchange_the_writer_had_no_part_in_is_no_interview(text, nlp):
    found = _reported_sources(text, nlp)
    assert found and all(source is None for source in found.values()), found


def test_an_outlets_name_set_off_by_commas_is_the_interviews_name(nlp):
    """(blind round 63) "told the county's radio station, CJRW, that ...": the call sign between commas is the outlet."""
    from quotes.extraction import extract

    quotes = extract("Reeve Anya Toller told the county's radio station, CJRW, that the bridge would reopen in May.",
                     nlp=nlp, indirect=True).quotes
    assert quotes and quotes[0].source is not None and quotes[0].source.kind == "interview", quotes
    assert "CJRW" in quotes[0].source.label, quotes[0].source


@pytest.mark.parametrize("occasion", ["At Monday's all-candidates debate in the school gym, the three men argued over "
                                      "the landfill.",
                                      "During Wednesday's candidates' forum at the arena, the landfill came up first."])


def test_an_occasion_set_in_a_paragraph_of_its_own_is_the_channel_of_the_words_opening_the_next(occasion, nlp):
    """(blind round 64) A paragraph where no one speaks sets an occasion ("At Monday's all-candidates debate ..., the
    three men argued over the landfill."); the words opening the next paragraph were said there (they had no channel;
    "debate" alone did not even get the paragraph parsed)."""
    from quotes.extraction import extract

    text = f"{occasion}\n\nVictor Pell said the landfill would be full by 2031."
    quotes = extract(text, nlp=nlp, indirect=True).quotes
    assert quotes and quotes[0].source is not None and quotes[0].source.kind == "speech", quotes


def test_an_occasion_paragraph_with_a_quotation_sets_no_scene_for_the_next(nlp):
    """(blind round 64) The occasion paragraph holds no words of anyone's: one with a quotation is that speaker's."""
    from quotes.extraction import extract

    text = ('At the rally, Ivy Marsh called the landfill "a scandal."\n\n'
            "Victor Pell said the landfill would be full by 2031.")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    assert quotes["the landfill would be full by 2031"].source is None, quotes


@pytest.mark.parametrize("text", [
    "Ray Dunn posted a video on Facebook on Sunday in which he said the mill would reopen.",
    'The Dunn campaign posted a video on Instagram after the vote in which he said he had "earned it."',
])
def test_a_video_posted_on_a_network_in_which_someone_spoke_is_named_with_the_network(text, nlp):
    """(blind round 64) "posted a video on Facebook ... in which he said": the post's label names the network, which the
    parser hangs on "posted" (it had been "video" alone)."""
    from quotes.extraction import extract

    quotes = extract(text, nlp=nlp, indirect=True).quotes
    assert quotes and quotes[0].source is not None and quotes[0].source.kind == "social_media_post", quotes
    assert any(network in quotes[0].source.label for network in ("Facebook", "Instagram")), quotes[0].source


def test_a_panel_of_a_named_body_speaks_through_its_decision(nlp):
    """(blind round 66) "In a decision released Thursday, a three-member panel of the <tribunal> said": the body's
    decision, a report, as when the body itself is the subject (not a judge's own reasons)."""
    found = _reported_sources("In a decision released Thursday, a three-member panel of the Yukon Water Appeals Tribunal "
                              "said the licence had been issued without proper notice.", nlp)
    assert found["the licence had been issued without proper notice"][0] == "report", found


def test_one_member_of_a_tribunal_writes_through_the_decision(nlp):
    """(blind round 68) "In a decision posted Tuesday, X, a member of the <agency>'s dispute tribunal, wrote that" and
    "In a second decision ..., another tribunal member, X, dismissed ..., finding that": one adjudicator's decision, a
    report, as a judge's "In a ruling issued Friday, Judge X wrote" (not the verb "wrote" as a letter, nor no channel)."""
    found = _reported_sources("In a decision posted Monday, Colm Ferreira-Vance, a member of the Northern Housing Board's "
                              "appeal tribunal, wrote that the landlord had not given proper notice.", nlp)
    assert found["the landlord had not given proper notice"][0] == "report", found
    found = _reported_sources("In a second decision released the same day, another tribunal member, Odile Marchetti, "
                              "dismissed a complaint by a tenant, finding that the rent increase was lawful.", nlp)
    assert found["the rent increase was lawful"][0] == "report", found


@pytest.mark.parametrize("text, words", [
    ('"The deposits were never at risk," adjudicator Marie Thibodeau wrote in the decision.', "The deposits were never at risk,"),
    ("Adjudicator Petra Velasquez wrote in the ruling that the tenant had been given proper notice.",
     "the tenant had been given proper notice"),
])
def test_an_adjudicator_titled_before_the_name_writes_through_the_decision(text, words, nlp):
    """(blind round 77) "adjudicator X wrote in the decision": one adjudicator's written reasons, a report, as "Judge X
    wrote in the ruling" (it had been the verb "wrote", a letter)."""
    found = _reported_sources(text, nlp)
    assert found[words] is not None and found[words][0] == "report", found


def test_a_paper_in_the_words_before_it_said_is_not_what_speaks(nlp):
    """(blind round 69) "The board said in a statement ... Parents ... should check their email every morning, it said.":
    "it" is the board going on in its statement, not "their email" (the words "it" reports name the email)."""
    found = _reported_sources("The Kestrel Valley School Board said in a statement that it regretted the closure. Parents "
                              "whose children ride the bus should check their email every morning, it said.", nlp)
    clause = "Parents whose children ride the bus should check their email every morning"
    assert found[clause] is not None and found[clause][0] == "statement", found
    assert found[clause][2] == "Kestrel Valley School Board", found


def test_answers_under_questioning_are_testimony(nlp):
    """(blind round 70) "Under questioning from the tenants' legal clinic, X agreed that ...": a witness's answers at a
    hearing, filed as testimony (a briefing) named by the questioning (they had no channel). "Under cross-examination"
    in a trial is left as it was (the folder's trials give words in court, or none)."""
    found = _indirect_sources(
        "Under questioning from the tenants' legal clinic, Casimir Oduya agreed that the culvert could be replaced in "
        "stages.\n\nUnder questioning by the board's counsel, Ilse Marchand said the inspection had been done in a "
        "single afternoon.", nlp)
    assert found["the culvert could be replaced in stages"][0] == "briefing", found
    assert "questioning" in found["the culvert could be replaced in stages"][1], found
    assert found["the inspection had been done in a single afternoon"][0] == "briefing", found


def test_a_storey_of_a_building_is_no_chambers_floor(nlp):
    """(blind round 70) "a unit on the 22nd floor", "on the ground floor": a storey, not "the Senate floor"; it had become
    a speech and carried to the buyer's next reported words."""
    found = _indirect_sources(
        "Alma Reyes and her husband bought a one-bedroom unit on the 22nd floor. She says they were told at the sales "
        "office that their deposit would earn interest.\n\n"
        "Sen. Bram Okafor said on the Senate floor that the bill was rushed.", nlp)
    assert found["they were told at the sales office that their deposit would earn interest"] is None, found
    assert found["the bill was rushed"][0] == "speech", found


def test_telling_a_tribunal_is_testimony_at_its_hearing(nlp):
    """(blind round 70) "Tenants told a provincial tribunal Tuesday that ...", "told the tribunal that": testimony at a
    hearing (a briefing), as telling a committee or an inquiry (it had no channel)."""
    found = _indirect_sources(
        "Odile Brassard told a provincial tribunal Tuesday that her landlord was using renovations as a pretext.\n\n"
        "Pavel Novak told the tribunal that he had never been offered a new lease.", nlp)
    assert found["her landlord was using renovations as a pretext"][0] == "briefing", found
    assert found["he had never been offered a new lease"][0] == "briefing", found


def test_a_media_availability_is_a_press_conference(nlp):
    """(probes of Canadian copy, sixth round) "said during a media availability on Tuesday that": the press's time with a
    politician, a press conference (it had been no channel)."""
    found = _indirect_sources("Premier Dana Whitfield said during a media availability on Tuesday that the province would "
                              "not reopen the contract.", nlp)
    assert found == {"the province would not reopen the contract": ("press_conference", "media availability")}, found


def test_a_bare_wrote_goes_on_in_the_paper_its_writer_was_just_named_with(nlp):
    """(blind round 74) "In a report released Tuesday, the board found that ..." then "The board, which ..., wrote that
    officers "..."": the bare "wrote" is the report going on, not a letter of its own (it had been a `letter` called
    "wrote"). A "wrote" after someone else's report, or with a letter of its own, is left as it was."""
    found = _indirect_sources(
        "In a report released Tuesday, the Marrowby Harbour Review Board found that deckhands held the skipper for longer "
        "than necessary.\n\nThe board, which hears complaints about the harbour, wrote that deckhands \u201cnever stopped "
        "to ask\u201d whether the skipper should be told.", nlp)
    assert found["never stopped to ask"][0] == "report", found
    found = _indirect_sources(
        "In a report released Tuesday, the Marrowby Harbour Review Board found that deckhands held the skipper for longer "
        "than necessary.\n\nThe skipper's lawyer, Ottilie Brannagh, wrote that the board had \u201cfinally said it "
        "plainly\u201d in its findings.", nlp)
    assert found["finally said it plainly"] is None or found["finally said it plainly"][0] != "report", found
    found = _indirect_sources(
        "In a report released Tuesday, the Marrowby Harbour Review Board found that deckhands held the skipper for longer "
        "than necessary.\n\nThe board wrote to the harbour master that deckhands \u201cnever stopped to ask\u201d whether "
        "the skipper should be told.", nlp)
    assert found["never stopped to ask"][0] == "letter", found
_PANEL_AFTER_BOARD = (
    "In a decision released Monday, a three-member panel of the Coastal Injury Appeals Tribunal found that the noise "
    "readings were \"at least as persuasive\" as the employer's records.\n\n"
    "The claim was filed in 2021, according to the decision.\n\n"
    "In its review decision, the Coastal Injury Board said the worker's age was \"the more probable cause\" of his "
    "hearing loss.\n\n"
    "\"The board never asked for the readings it now says were missing,\" the panel wrote.\n\n"
    "The panel also wrote that the board had relied on a report that never measured the noise at all.")


def test_a_bodys_bare_wrote_stays_in_its_ruling_after_another_bodys_words(nlp):
    """(blind round 73) "In a decision released Monday, a panel of the <tribunal> found ..." and, after the board's own
    review decision is quoted, '"...," the panel wrote' and "The panel also wrote that ...": the tribunal's decision still,
    not the verb "wrote" as a letter (another body quoted in between had ended the scene); and "the panel" is the
    tribunal's, not the board named since."""
    found = _indirect_sources(_PANEL_AFTER_BOARD, nlp)
    assert found["The board never asked for the readings it now says were missing,"] == ("report", "decision released Monday"), found
    assert found["the board had relied on a report that never measured the noise at all"] == (
        "report", "decision released Monday"), found
    from quotes.extraction import extract

    speakers = {q.text: [s.name for s in q.speakers] for q in extract(_PANEL_AFTER_BOARD, nlp=nlp).quotes}
    assert speakers["The board never asked for the readings it now says were missing,"] == [
        "Coastal Injury Appeals Tribunal"], speakers


def test_an_appearance_on_a_day_is_no_show(nlp):
    """(blind round 73) "At the company's first appearance in provincial offences court on Tuesday, a lawyer ... told the
    court": "on Tuesday" is a day, not a show the appearance was on (it had been an interview)."""
    found = _indirect_sources(
        "At the company's first appearance in provincial offences court on Tuesday, a lawyer for Harlow Timber, Ines "
        "Marchand, told the court the company had received only part of the disclosure.", nlp)
    assert found["the company had received only part of the disclosure"][0] == "speech", found


def test_a_network_posted_on_after_the_verb_names_the_post(nlp):
    """(blind round 73) "posted a photo of his brother on Instagram on Tuesday, writing that ...": the network after the
    verb names the post (it had been called "posted")."""
    found = _indirect_sources(
        "Dale Fournier posted a photo of his sister on Instagram on Tuesday, writing that she \"loved every shift at that "
        "plant.\"", nlp)
    [source] = [v for k, v in found.items() if "loved every shift" in k]
    assert source[0] == "social_media_post" and "Instagram" in source[1], found


def test_a_statement_of_claim_or_of_defence_is_a_paper_filed_in_court(nlp):
    """(blind round 76) "In a statement of claim, X alleges ...", "In a statement of defence filed ..., the clinic says
    ...": a party's pleading is a paper filed in court (a report), as "according to the statement of claim" is, not a
    statement to the press; and "says in the filing" after it goes by its own word."""
    found = _indirect_sources(
        "In a statement of claim filed Friday, a retired teacher, Doris Kettleby, alleges that the clinic lost her dental "
        "records.\n\nIn a statement of defence filed last week, Brindle Dental Inc. says it kept every record it received."
        "\n\nThe company says in the filing that the records were sent to another clinic in 2019.", nlp)
    assert found["the clinic lost her dental records"][0] == "report", found
    assert found["it kept every record it received"][0] == "report", found
    assert found["the records were sent to another clinic in 2019"] == ("report", "filing"), found


def test_it_said_after_a_release_placed_after_a_news_conference_goes_on_with_the_release(nlp):
    """(blind round 79) "In a news release issued after the news conference, the service said ... It said ...": the news
    conference named in the words placing the release was the latest document before "it", and "It said" was given the
    chief's news conference; a news conference says nothing, the release does."""
    found = _reported_sources(
        "Fire Chief Lorna Beauchesne told a news conference Monday that three of the fires were set deliberately.\n\n"
        "In a news release issued after the news conference, the Dunmore Fire Department said investigators had found "
        "traces of gasoline at two sites. It said anyone with video from the area should call the arson tip line.", nlp)
    assert found["anyone with video from the area should call the arson tip line"][0] == "statement", found
    assert found["investigators had found traces of gasoline at two sites"][0] == "statement", found


def test_asked_about_something_at_a_news_conference_is_answered_there(nlp):
    """(blind round 80) "Asked about the growers' complaints at the news conference, she said ...", with other speakers
    quoted since the minister's news conference: the question was put at a news conference, so the answer is from it
    (it had been no channel)."""
    found = _indirect_sources(
        "At a news conference in Brandon, Agriculture Minister Tessa Kowalski said the drought aid would flow by June.\n\n"
        "The growers' federation told the Prairie Gazette that the aid came too late for most farms.\n\n"
        "Asked about the growers' complaints at the news conference, Kowalski said the first cheques would go out within "
        "weeks.", nlp)
    assert found["the first cheques would go out within weeks"][0] == "press_conference", found


def test_listeners_told_after_the_show_a_guest_was_on_is_that_show(nlp):
    """(blind round 80) A guest "answering callers' questions on <station>'s <show>" in a sentence with no quote, then
    "She told listeners that ...": an interview on that show (it had been "interview with listeners")."""
    found = _indirect_sources(
        "Dr. Miriam Achebe, an allergist at Lakeshore General Hospital, spent Tuesday morning taking calls on Harbour FM's "
        "Morning Desk with Paul Grieve.\n\nShe told listeners that most rashes in spring are caused by pollen.", nlp)
    kind, label = found["most rashes in spring are caused by pollen"]
    assert kind == "interview" and "Harbour FM" in label, found


def test_a_place_inside_the_question_asked_is_no_occasion_of_the_answer(nlp):
    """(merging blind round 80) "Asked whether the city should have a seat in the legislature, X said": the chamber is in
    the question, not where it was answered; "Asked at a briefing Monday about the strike, X said": the briefing, named
    without the topic asked about."""
    found = _indirect_sources(
        "Asked whether the city should have its own seat in the legislature, Mayor Dana Pruitt said the idea deserved a "
        "hearing.\n\nAsked at a briefing Monday about the strike, Labour Minister Ravi Sohal said talks would resume "
        "this week.", nlp)
    assert found["the idea deserved a hearing"] is None, found
    assert found["talks would resume this week"] == ("briefing", "briefing Monday"), found


def test_a_councillors_newsletter_speaks_for_her_as_a_letter_does(nlp):
    """(blind round 83) "In her newsletter to residents, X wrote that ..." and then "The newsletter says ...": the
    councillor's, through the newsletter (a letter), as "The letter says" after a letter is (it had been no one's)."""
    text = ("In her newsletter to residents last week, Coun. Marta Okonjo wrote that the depot would close in June.\n\n"
            "The newsletter says the plant will need up to nine million litres of water a day.")
    from quotes.extraction import extract

    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    said = quotes["the plant will need up to nine million litres of water a day"]
    assert [s.name for s in said.speakers] == ["Marta Okonjo"], said
    assert said.source is not None and said.source.kind == "letter" and "newsletter" in said.source.label, said


def test_told_mps_at_a_committee_sitting_is_testimony_to_the_committee(nlp):
    """(probes, seventh round) a witness at a Commons committee's hearing (first described, then named) "told MPs": the
    committee's hearing, not a speech to the chamber; in question period "told MPs" stays a speech."""
    text = ("Danielle Arsenault, 31, was the first witness as the Commons committee on sport opened its study of safe "
            "sport.\n\n"
            '"I did everything I was told to do," Arsenault told MPs.\n\n'
            "In question period, Sport Minister Ray Tull told MPs the funding would flow.")
    from quotes.extraction import extract

    quotes = {q.text: q.source for q in extract(text, nlp=nlp, indirect=True).quotes}
    witness = quotes["I did everything I was told to do,"]
    assert witness is not None and witness.kind == "briefing" and "committee" in witness.label, witness
    assert quotes["the funding would flow"].kind == "speech", quotes


def test_a_bodys_update_speaks_for_it_as_its_statement_does(nlp):
    """(blind round 88) a company's incident updates on its website: "said in an incident update that ...", then "The
    update said ...", "A second update ... said ...", "According to the company's latest update, ...": the company's,
    through its update (a statement); the last three had been no one's, or a speaker called "second update"."""
    text = ("Marrow Creek Midstream Inc. said in an incident update posted to its website Friday that a valve had "
            "failed near the river. The update said crews had closed the line.\n\n"
            "A second update, posted in the afternoon, said two skimmers were working downstream.\n\n"
            "Residents gathered at the boat launch.\n\n"
            "According to the company's latest update, about 200 metres of boom had been laid.")
    from quotes.extraction import extract

    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    for said in ("crews had closed the line", "two skimmers were working downstream",
                 "about 200 metres of boom had been laid"):
        quote = next(q for text, q in quotes.items() if text.endswith(said))
        assert [s.name for s in quote.speakers] == ["Marrow Creek Midstream Inc."], quote
        assert quote.source is not None and quote.source.kind == "statement" and "update" in quote.source.label, quote


def test_a_eulogy_named_before_a_quotation_running_over_paragraphs_is_its_channel(nlp):
    """(blind round 89) "X delivered the first eulogy." then a quotation over two paragraphs (the opening mark
    repeated), '..., she said.' closing the second: the eulogy, as it is for a quotation of one paragraph (the
    paragraph before the last part, the first part, named no occasion)."""
    text = ("The former mayor died Jan. 12 at 91.\n\n"
            "Ingrid Solheim-Barr, the eldest of her four children, delivered the first eulogy.\n\n"
            '"Mom was not a patient woman, but she was a fair one. She taught us to read a balance sheet before a '
            "novel.\n\n"
            '"She was away a lot. She knew what it cost us, and she said so," she said.')
    from quotes.extraction import extract

    quotes = [q for q in extract(text, nlp=nlp, indirect=True).quotes if q.kind == "direct"]
    assert len(quotes) == 2, quotes
    for quote in quotes:
        assert [s.name for s in quote.speakers] == ["Ingrid Solheim-Barr"], quote
        assert quote.source is not None and quote.source.kind == "speech" and "eulogy" in quote.source.label, quote


def test_a_summary_tabled_at_an_inquiry_is_a_paper_no_one_speaks_through(nlp):
    """(blind round 86) "According to a summary of classified intelligence tabled at the inquiry, ..." and "The summary
    says ...": a paper (a report, word "summary") put before the inquiry, no body's words, the second sentence too (it
    had no channel; "In summary," stays none)."""
    text = ("Lorne Pagett told the inquiry he was never warned.\n\n"
            "According to a summary of classified intelligence tabled at the inquiry, consular officials paid for buses to "
            "the meeting. The summary says the service could not tell whether the winner knew of the effort.\n\n"
            "In summary, Pagett said he had lost by 41 votes.")
    from quotes.extraction import extract

    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    for said in (quotes["consular officials paid for buses to the meeting"],
                 quotes["the service could not tell whether the winner knew of the effort"]):
        assert list(said.speakers) == [], said
        assert said.source is not None and said.source.kind == "report" and "summary" in said.source.label, said
    summed = quotes["he had lost by 41 votes"]
    assert summed.source is None or "summary" not in summed.source.label, summed


def test_a_bare_said_or_wrote_goes_on_in_the_ruling_its_speaker_was_named_in(nlp):
    """(blind round 90) "In a 64-page decision released Monday, the <tribunal> found that <clause>" (no quotation marks, so
    the report is read after the quotations) then '"...," the tribunal wrote': the decision, not a letter called "wrote";
    "In written reasons released Thursday, Justice X dismissed the motion ..." (no saying in it) then "The judge said ..."
    and '"...," X wrote': the reasons. A "wrote" of someone else, or with a letter of its own, is left as it was."""
    found = _indirect_sources(
        "In a 64-page decision released Monday, the Vellmoor Employment Tribunal found that the warehouse had scheduled "
        "its pickers through a phone app it alone controlled.\n\n"
        "\"A picker who cannot see tomorrow's shifts is not managing a business,\" the tribunal wrote.", nlp)
    assert found["A picker who cannot see tomorrow's shifts is not managing a business,"][0] == "report", found
    found = _indirect_sources(
        "In written reasons released Thursday, Justice Corinne Maddox dismissed the motion to strike the claim.\n\n"
        "The judge said the tenants' complaints raised the same question about the heating contract.\n\n"
        "\"Nothing turns on which tower a tenant happens to live in,\" Maddox wrote.", nlp)
    for said in ("the tenants' complaints raised the same question about the heating contract",
                 "Nothing turns on which tower a tenant happens to live in,"):
        assert found[said][0] == "report" and "reasons" in found[said][1], found
    found = _indirect_sources(
        "In written reasons released Thursday, Justice Corinne Maddox dismissed the motion to strike the claim.\n\n"
        "The landlord's lawyer, Bram Oduya, wrote to tenants that the building \u201cwould not be sold\u201d this year.", nlp)
    assert found["would not be sold"] is None or found["would not be sold"][0] != "report", found


def test_reviewers_write_in_the_review_the_article_named(nlp):
    """(blind round 91) "The review found that ..." then '"...," the reviewers wrote.': an outside review's team writes
    in the review, as a study's researchers write in the study (round 46), not in a letter of their own."""
    text = ("The Tamarack Valley Health Region released an outside review of its maternity unit on Monday.\n\n"
            "The review found that midwives' concerns about staffing went unanswered for a year.\n\n"
            '"Staff who raised concerns were told to take them elsewhere," the reviewers wrote.')
    from quotes.extraction import extract

    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.kind == "direct")
    assert [s.name for s in quote.speakers] == ["reviewers"], quote
    assert quote.source is not None and quote.source.kind == "report" and "review" in quote.source.label, quote


def test_the_chair_of_a_body_that_spoke_through_a_decision_writes_in_it(nlp):
    """(blind round 91) "In a decision released Wednesday, a three-member panel of the <college> found that ..." then
    "The panel's chair, Dr. X, wrote that ...": the body's own officer (the possessive before the role names the body,
    or the panel sitting for it) writes in the decision it spoke through, not in a letter; a person named with no such
    office keeps the letter of a bare "wrote"."""
    from quotes.extraction import extract

    for owner in ("The panel's chair", "The college's vice-chair"):
        text = ("In a decision released Wednesday, a three-member panel of the College of Dental Surgeons of Nunavik found "
                "that Dr. Ivo Brandt committed professional misconduct.\n\n"
                f"{owner}, Dr. Oona Lachance, wrote that the members had given weight to his clean record.")
        quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
        quote = quotes["the members had given weight to his clean record"]
        assert [s.name for s in quote.speakers] == ["Oona Lachance"], quote
        assert quote.source is not None and quote.source.kind == "report" and "decision" in quote.source.label, (owner, quote)
    text = ("In a decision released Wednesday, a three-member panel of the College of Dental Surgeons of Nunavik found "
            "that Dr. Ivo Brandt committed professional misconduct.\n\n"
            "A patient, Dr. Oona Lachance, wrote that the members had given weight to his clean record.")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    quote = quotes["the members had given weight to his clean record"]
    assert quote.source is None or quote.source.kind != "report", quote


def test_a_channel_asked_about_is_the_topic_not_where_the_answer_was_given(nlp):
    """(blind round 93) "Asked about the podcast, the general manager said ...": the podcast (another speaker's) is what
    the question was about, so the answer goes on in the speaker's own interview named before it (it had been given
    the podcast)."""
    text = ("General manager Odile Faucher told CJRV Radio on Tuesday that the team had made a fair offer.\n\n"
            "Asked about the podcast, the general manager said she had heard it on her way to the rink.")
    from quotes.extraction import extract

    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    answer = quotes["she had heard it on her way to the rink"]
    assert answer.source is not None and "podcast" not in answer.source.label, answer
    assert "CJRV Radio" in answer.source.label, answer


def test_host_and_listeners_told_after_a_programme_guest_spoke_on_are_that_programme(nlp):
    """(blind round 94) "Speaking on The Noon Ledger, the call-in show on Radio Oskana, X said ..." then '"...," X told host
    Y.' and, a paragraph on, "She told listeners that ...": the programme she was on, not an interview with the host or
    with the listeners."""
    from quotes.extraction import extract

    text = ("Speaking on The Noon Ledger, the call-in show on Radio Oskana, tax lawyer Odette Brassard said appeals "
            "have doubled since the spring.\n\n"
            "\"Most people give up before the second letter arrives,\" Brassard told host Milo Tennant.\n\n"
            "She told listeners that anyone with a notice should keep every envelope.")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    for words in ("Most people give up before the second letter arrives,",
                  "anyone with a notice should keep every envelope"):
        quote = quotes[words]
        assert quote.source is not None and quote.source.kind == "interview", quote
        assert "Noon Ledger" in quote.source.label, quote


def test_reached_by_phone_is_a_talk_of_its_own_not_the_letter_before(nlp):
    """(blind round 94) "In a letter to the minister, X wrote that ..." then "Reached by phone Tuesday, X said ...": the
    reporter reached her afresh; her letter is not carried to what she said then (no channel, as the blind gold has it)."""
    from quotes.extraction import extract

    text = ("In a letter to the premier, the MPP, Hilda Sorensen, wrote that the clinic was overdue.\n\n"
            "Reached by phone Tuesday, Sorensen said she had not heard back from the premier's office.")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    quote = quotes["she had not heard back from the premier's office"]
    assert quote.source is None or quote.source.kind != "letter", quote


@pytest.mark.parametrize("audience", ["several hundred supporters packed into", "about 200 supporters squeezed into"])
def test_speaking_to_an_audience_hung_on_a_reduced_relative_is_a_speech(audience, nlp):
    """(blind round 95) "Speaking to several hundred supporters packed into the Legion hall on Albert Street, X said": the
    parser hangs the opening participle on the reduced relative's participle ("packed"), itself an adverbial clause of
    "said"; the audience still makes a speech (it had been no channel)."""
    from quotes.extraction import extract

    text = (f"Speaking to {audience} the Legion hall on Albert Street, Orla Kingsmill said voters had asked for "
            "a council that answers its mail.")
    quotes = extract(text, nlp=nlp, indirect=True).quotes
    assert len(quotes) == 1
    assert quotes[0].source is not None and quotes[0].source.kind == "speech", quotes[0]


@pytest.mark.parametrize("opening", ["Testifying by video from Calgary, the company's policy director, Anna Berg,",
                                     "Appearing by video from Ottawa, the deputy minister, Tom Reyes,"])


def test_testifying_by_video_is_the_hearing_not_a_video_posted(opening, nlp):
    """(blind round 96) "Testifying by video from Vancouver, X told the standing committee that ...": "by video" is how the
    witness took part, as "said by email" is how words were sent; the channel is the committee told (it had been a
    social-media video, "video from Vancouver")."""
    from quotes.extraction import extract

    text = f"{opening} told the committee that the rules were unclear."
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text == "the rules were unclear")
    assert quote.source is not None and quote.source.kind == "briefing", quote
    assert "committee" in quote.source.label, quote


@pytest.mark.parametrize("text, quote", [
    ("In a notice of motion filed Friday, the city said the union had missed the deadline.", "the union had missed the deadline"),
    ("The city said in a notice of application that the union had missed the deadline.", "the union had missed the deadline"),
])
def test_a_notice_of_application_or_motion_is_a_court_filing(text, quote, nlp):
    """(blind round 96) "The notice of application, filed by the company's lawyer, argues that": a party's notice filed
    in a case is a court filing (`report`, as a statement of claim is), not a notice posted to customers (`statement`)."""
    found = _sources(text, nlp)
    assert found[quote] is not None and found[quote][0] == "report" and "notice of" in found[quote][1], found[quote]


def test_a_statement_speaking_for_its_issuer_carries_to_the_issuers_next_words(nlp):
    """(probes of Canadian copy, eighth round) '"...," the statement from the Office of the Premier said. The office said
    ...': the statement spoke, issued by the office, and the office's next words go on in it (they had had no channel:
    a document speaking was never kept as its issuer's channel)."""
    text = ("The premier's office issued a statement Tuesday about the clinic closures.\n\n"
            '"No rural clinic will close on our watch," the statement from the Office of the Premier said. The office '
            "said the province would hire 40 more doctors by spring.")
    from quotes.extraction import extract

    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    hire = quotes["the province would hire 40 more doctors by spring"]
    assert [s.name for s in hire.speakers] == ["Office of the Premier"], hire
    assert hire.source is not None and hire.source.kind == "statement" and hire.source.label == "statement", hire


@pytest.mark.parametrize("text", [
    "Justice Mary Dhillon dismissed the application Friday. In her decision, Dhillon said the city had followed its "
    "bylaw.\n\nThe decision says the neighbours could still appeal.",
    "Adjudicator Mary Dhillon dismissed the grievance Friday.\n\nThe decision says the neighbours could still appeal.",
    "Justice Mary Dhillon dismissed the application Friday.\n\nThe ruling says the neighbours could still appeal.",
])
def test_the_decision_speaks_for_its_writer_when_no_court_is_named(text, nlp):
    """(probes of Canadian copy, eighth round) "The decision says ..." (or "The ruling says") with no owner written and
    no court named: the writer, the one last quoted through a decision or ruling, else the one judge or adjudicator the
    article names, through the decision (rounds 91 and 94's convention); it had found no one."""
    from quotes.extraction import extract

    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    appeal = quotes["the neighbours could still appeal"]
    assert [s.name for s in appeal.speakers] == ["Mary Dhillon"], appeal
    assert appeal.source is not None and appeal.source.kind == "report", appeal


def test_a_report_put_out_by_someone_is_theirs_when_it_speaks(nlp):
    """(probes of Canadian copy, eighth round) "Auditor General X released a report Tuesday." then "The report says
    ...": the report is hers (a report as the object of a verb of putting out had not been registered, so the report
    spoke for no one)."""
    text = ("Auditor General Ruth Mbeki released a report Tuesday.\n\n"
            "The report says the ministry lost track of $40 million.")
    from quotes.extraction import extract

    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text.startswith("the ministry lost"))
    assert [s.name for s in quote.speakers] == ["Ruth Mbeki"], quote
    assert quote.source is not None and quote.source.kind == "report" and quote.source.issuer == "Ruth Mbeki", quote


def test_a_bill_speaks_for_the_member_who_tabled_it(nlp):
    """(probes of Canadian copy, eighth round) "Minister X tabled a bill Monday ..." then "The bill says ... It also says
    ...": the minister's, through the bill (round 96's convention; both had had no speaker). "Bill" is no channel word
    otherwise: "X said the bill was too weak" names no channel."""
    text = ("Housing Minister Carla Jennings tabled a bill Monday that would cap rent increases.\n\n"
            "The bill says landlords who break the cap could be fined. It also says the cap would be reviewed every three "
            "years.\n\nOpposition critic Sam Ortiz said the bill was too weak.")
    from quotes.extraction import extract

    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    for said in ("landlords who break the cap could be fined", "the cap would be reviewed every three years"):
        quote = quotes[said]
        assert [s.name for s in quote.speakers] == ["Carla Jennings"], quote
        assert quote.source is not None and quote.source.kind == "report" and quote.source.label == "bill", quote
    assert quotes["the bill was too weak"].source is None, quotes["the bill was too weak"]


def test_a_partys_written_submissions_speak_for_it(nlp):
    """(probes of Canadian copy, eighth round) "The union filed its submissions with the board ..." then "The
    submissions say ...": the union's, through its submissions (a report); they had been no one's."""
    text = ("The union filed its submissions with the labour board last week.\n\n"
            "The submissions say the employer ignored three safety warnings.")
    from quotes.extraction import extract

    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text.startswith("the employer"))
    assert [s.name for s in quote.speakers] == ["the union"], quote
    assert quote.source is not None and quote.source.kind == "report", quote


@pytest.mark.parametrize("house", ["House of Assembly", "House of Representatives", "House of Commons"])
def test_a_house_named_of_its_assembly_is_the_chamber_spoken_in(house, nlp):
    """(blind round 98) "In the House of Assembly on Monday afternoon, the Opposition's health critic, X, said ...": a
    legislature by its full name (Atlantic provinces' "House of Assembly") is the chamber spoken in, as "in the House" and
    "in the legislature" are, with the speaker's description between it and the verb (it had been no channel)."""
    from quotes.extraction import extract

    text = (f"In the {house} on Monday afternoon, the Opposition's health critic, Marta Quigley, said the bill "
            "\"guts the clinic budget\" and had been rushed.")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text.startswith("guts"))
    assert quote.source is not None and quote.source.kind == "speech", quote
    assert house.split()[-1] in quote.source.label, quote


def test_a_writer_set_off_after_the_paper_writes_in_it(nlp):
    """(blind round 98) "That report, by veteran mediator X, recommends ..." then "X wrote that ..." and '"...," the report
    says': the writer set off by commas after the paper (the parser hangs "by" on the comma) is its issuer, so her bare
    "wrote" goes on in it (it had been a letter called "wrote") and the report speaks for her (it had gone to the
    government in focus)."""
    from quotes.extraction import extract

    text = ("The province released the arbitrator's report on Friday. That report, by retired judge Nora Pike, sets out a "
            "new wage grid. Pike wrote that both sides had \u201cdug in far too early.\u201d\n\n"
            "\u201cNobody wins a long strike,\u201d the report says.")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    for words in ("dug in far too early.", "Nobody wins a long strike,"):
        quote = quotes[words]
        assert [s.name for s in quote.speakers] == ["Nora Pike"], quote
        assert quote.source is not None and quote.source.kind == "report" and "report" in quote.source.label, quote


@pytest.mark.parametrize("office", ["board vice-chair", "board member"])
def test_a_member_named_by_the_bodys_noun_writes_in_its_ruling(office, nlp):
    """(blind round 98) "In a 40-page decision, the board found that ..." then '"...," board vice-chair X wrote': the body's
    noun before the office (no possessive, as round 91's "the panel's chair") names a member writing in the ruling that
    body spoke through, not a letter of her own."""
    from quotes.extraction import extract

    text = ("The Harwood Labour Relations Board ruled Thursday that 40 paramedics must stay on the job. In a 40-page "
            "decision, the board found that a full walkout \u201cwould leave whole counties without cover.\u201d\n\n"
            f"\u201cA strike is a right, not a licence to gamble with lives,\u201d {office} Agathe Morneau wrote.")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text.startswith("A strike is"))
    assert [s.name for s in quote.speakers] == ["Agathe Morneau"], quote
    assert quote.source is not None and quote.source.kind == "report" and "decision" in quote.source.label, quote


def test_a_body_goes_on_in_the_news_conference_its_officer_named_with_of_gave(nlp):
    """(blind round 98) "X, president of the <Nurses' Union>, told a news conference ... that ..." then "the union says
    ...": the officer's title names the body whole after "of" (round 27's "association president X" named its noun
    only), so the body's next words go on in her news conference (they had had no channel)."""
    from quotes.extraction import extract

    text = ("Marguerite Allard, president of the Harwood Nurses' Union, told a news conference Tuesday that 88 per cent "
            "of members had voted to strike. About 4,000 nurses could vote, and the union says turnout was 91 per cent.")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text == "turnout was 91 per cent")
    assert [s.name for s in quote.speakers] == ["Harwood Nurses' Union"], quote
    assert quote.source is not None and quote.source.kind == "press_conference", quote


@pytest.mark.parametrize("sentence, kind, label", [
    ("Jordan Pelletier told CKRM's morning show that his members had not been consulted.", "interview", "morning show"),
    ("Minister Jill Banks told a news conference that Canada would send aid.", "press_conference", "news conference"),
])
def test_a_channels_label_leaves_out_the_clause_told(sentence, kind, label, nlp):
    """(probes of Canadian copy, eighth round) "told CKRM's morning show that ...", "told a news conference that ...",
    with the clause hung on the audience by the parser: the channel is labelled by the show or the conference alone (the
    label had run on into the clause told)."""
    from quotes.extraction import extract

    quote = extract(sentence, nlp=nlp, indirect=True).quotes[0]
    assert quote.source is not None and quote.source.kind == kind, quote
    assert quote.source.label.endswith(label), quote.source


@pytest.mark.parametrize("sentence", [
    "At Thursday's hearing, Crown lawyer Simone Drapeau told the court that a stay would reward people who ignore orders.",
    "During the sentencing hearing, the victim's mother told the court she had not slept in a year.",
])
def test_told_the_court_at_a_hearing_is_a_speech_to_the_court(sentence, nlp):
    """(probes of Canadian copy, eighth round) "At Thursday's hearing, X told the court that ...": a speech to the court,
    as "told the court" alone is (rounds 87, 90 and 94's convention); it had been testimony at the hearing, labelled
    "testimony to court At Thursday's hearing". A committee's witness at a hearing still testifies."""
    from quotes.extraction import extract

    quote = extract(sentence, nlp=nlp, indirect=True).quotes[0]
    assert quote.source is not None and quote.source.kind == "speech" and "court" in quote.source.label, quote.source
    witness = extract("At the committee hearing, Dr. Lena Ruiz told MPs that the patient had waited nine hours.", nlp=nlp,
                      indirect=True).quotes[0]
    assert witness.source is not None and witness.source.kind == "briefing", witness.source
    assert witness.source.label == "testimony to MPs at the committee hearing", witness.source


@pytest.mark.parametrize("sentence, outlet", [
    ("Two nurses who spoke to the Sentinel said staff had been told not to talk.", "Sentinel"),
    ("Staff have been told not to talk, according to a source who spoke to CBC News.", "CBC News"),
])
def test_the_outlet_the_speakers_are_described_speaking_to_is_their_interview(sentence, outlet, nlp):
    """(probes of Canadian copy, eighth round) "Two nurses who spoke to the Sentinel said ...", "..., according to a source
    who spoke to CBC News": the outlet the speakers are described as speaking to is their interview (no channel had been
    found; "the Sentinel" is a paper by its last word, as "the Star" is)."""
    from quotes.extraction import extract

    quote = extract(sentence, nlp=nlp, indirect=True).quotes[0]
    assert quote.source is not None and quote.source.kind == "interview" and outlet in quote.source.label, quote


def test_a_clause_of_time_naming_reporters_is_the_scenes_channel(nlp):
    """(blind round 100) "X confirmed the letter when he spoke to reporters in the foyer ... He said ...": the clause of time
    on the scene's verb, its subject a pronoun for that verb's subject, says where the quotes after it were given (as "X
    spoke to reporters. He said ..."); they had no channel."""
    from quotes.extraction import extract

    text = ('Transport Minister Hal Brennan confirmed the deal when he spoke to reporters outside the legislature on '
            'Monday. He said the ferry would "run all winter."\n\n"We don\'t make promises we can\'t keep," Brennan said.')
    for quote in extract(text, nlp=nlp).quotes:
        assert quote.source is not None and quote.source.kind == "reporters", quote


def test_a_podcast_named_after_an_episode_of_is_the_interview(nlp):
    """(blind round 100) "On the latest episode of the Rent Check podcast, X said ...": the programme is named after
    "episode of", the episode being one of it; the words were said on that podcast (they had no channel)."""
    found = _sources('On the latest episode of the Open Road podcast, Dana Wilkes, a trucking consultant, said the rules '
                     'were "a mess."', nlp)
    assert found["a mess."] is not None and found["a mess."][0] == "interview" and "podcast" in found["a mess."][1], found


@pytest.mark.parametrize(("text", "quote"), [
    ('Anna Kowal, chief economist at Norbank Financial, wrote in a note to clients that the plan was "credible." The bank '
     'said the deficit would be larger than it had pencilled in.', "the deficit would be larger than it had pencilled in"),
    ('The Ridgeway Business Council said in a statement that the deficit would "crowd out investment."\n\nLena Ford, the '
     "council's president and chief executive, said in the same statement that firms were losing projects. The council "
     "urged Ottawa to publish a plan to balance the books.", "Ottawa to publish a plan to balance the books"),
])
def test_the_body_an_officer_speaks_for_goes_on_in_the_officers_paper(text, quote, nlp):
    """(blind round 100) "X, chief economist at Y Bank, wrote in a note to clients ..." then "The bank said ...", and "X, the
    council's president and chief executive, said in the same statement ..." then "The council urged ...": the body named
    in the title (after "at", or by its noun before a title ending in "chief executive") goes on in the note or statement
    its officer just spoke through (round 27's rule, for "president"); it had no channel."""
    from quotes.extraction import extract

    found = {q.text: q.source for q in extract(text, nlp=nlp, indirect=True).quotes}
    assert found[quote] is not None and found[quote].kind in ("letter", "statement"), found


def test_the_station_told_is_the_outlet_told_before(nlp):
    """(blind round 100) "She told the station that ..." after she "told CKRW Radio's morning program that ...": that
    outlet (round 20's "told the newspaper"), not an interview with a "station" of no name."""
    from quotes.extraction import extract

    text = ("Rachel Moss, the MP for Ridgeway, told CKRW Radio's morning program that she would vote against the bill.\n\n"
            "Moss said she had voted for the budget because it was a confidence matter. She told the station that several "
            "colleagues shared her concerns.")
    found = {q.text: q.source for q in extract(text, nlp=nlp, indirect=True).quotes}
    assert "CKRW" in found["several colleagues shared her concerns"].label, found


def test_the_post_said_after_a_post_on_a_network_is_that_post(nlp):
    """(blind round 100) "She wrote on X an hour later that ..." then '"...," the post said': the post she was just quoted
    through, on its network (it had been a "post" of no network)."""
    found = _sources('Mayor Jane Holt said she was relieved. She wrote on X an hour later that the town would "rebuild by '
                     'spring."\n\n"We have done this before. We will do it again," the post said.', nlp)
    assert found["We have done this before. We will do it again,"][1] == "post on X", found


def test_officials_briefing_reporters_go_on_in_that_briefing(nlp):
    """(blind round 100) "senior officials from the <department>, who briefed reporters on condition of anonymity, said"
    (the relative clause hung on the department), then "One official said ..." and "The officials said ...": the officials'
    channel is the reporters briefed, one of them speaks there too, and "the officials" are those officials, named by the
    head of their description (the three had no channel, and "The officials" no speaker)."""
    from quotes.extraction import extract

    text = ('In the lock-up, senior officials from the Health Department, who briefed reporters on condition of anonymity, '
            'said the program would cost $2 billion.\n\nOne official said the money was "a floor, not a ceiling," and that '
            'more could follow. The officials said the estimates were drawn from provincial data.')
    quotes = extract(text, nlp=nlp, indirect=True).quotes
    assert len(quotes) == 4
    for quote in quotes:
        assert quote.source is not None and quote.source.kind == "reporters", quote
    last = quotes[-1]
    assert [s.name for s in last.speakers] == ["senior officials from the Health Department"], last


def test_a_body_goes_on_in_the_scene_its_spokesperson_told_reporters(nlp):
    """(blind round 99) "X, a spokesperson for the <council>, told reporters ..." then "The council said ...": a
    spokesperson's words are the body's wherever given, so the body goes on in that scene (round 98 shared only an
    officer's release or news conference)."""
    from quotes.extraction import extract

    text = ("Nadia Kerr, a spokesperson for the Lakeland Dairy Council, told reporters at the fair that milk prices "
            "would rise in May. The council said 40 farms had closed this year.")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text == "40 farms had closed this year")
    assert [s.name for s in quote.speakers] == ["Lakeland Dairy Council"], quote
    assert quote.source is not None and quote.source.kind == "reporters", quote


def test_the_rest_of_a_split_quotation_after_a_reply_goes_on_in_the_debate(nlp):
    """(blind round 99) "In the legislature, the critic ... accused ..." / "The premier replied that ..." / '"...," the
    premier said. "..."': the reply's occasion, given to the quotation opening the next paragraph, is remembered for the
    replier, so the rest of the quotation goes on there too (it had none)."""
    from quotes.extraction import extract

    text = ("In the legislature, the critic, Tom Reed, accused the government of leaving the north \"to burn on a "
            "budget.\"\n\nPremier Ann Roy replied that the budget had grown in each of the last four years.\n\n\"People "
            "do not need a fight in this chamber. They need a cheque and a permit,\" the premier said. \"We are going to "
            "get them both.\"")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text == "We are going to get them both.")
    assert quote.source is not None and quote.source.kind == "speech", quote


def test_a_report_her_office_put_out_is_hers_and_speaks_again(nlp):
    """(blind round 97) "Ombudsman X spoke to reporters ..., a day after her office's report was released." then "The
    report says ..." and, after her quotation to reporters, "The ombudsman found that ...": her office's report is hers
    (it had no issuer, and "the report" went to the body in focus), and when it speaks again her next finding goes on in it,
    not in the occasion named after its first mention."""
    from quotes.extraction import extract

    text = ("Ombudsman Lena Forsythe spoke at a news conference Wednesday, an hour after her office's report on the "
            "province's jails was tabled. She said the ministry had ignored its own rules.\n\n"
            "\u201cNobody was watching,\u201d Forsythe told reporters.\n\n"
            "The report says guards logged 300 unexplained absences. The ombudsman found that two wardens were never "
            "interviewed.")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    for words in ("guards logged 300 unexplained absences", "two wardens were never interviewed"):
        quote = quotes[words]
        assert [s.name for s in quote.speakers] == ["Lena Forsythe"], quote
        assert quote.source is not None and quote.source.kind == "report", quote


def test_a_bodys_written_response_is_its_statement(nlp):
    """(blind round 97) "The department's written response is attached to the audit. In it, the department said ... It
    said the delays were "...". The response also notes that ...": a written response is the body's statement; "In it"
    is the paper the sentence before was about (not the audit it names last), its quotation goes on in it, and "The
    response" speaks for the body through it (they had had no channel, and the last no speaker)."""
    from quotes.extraction import extract

    text = ("Auditor General Pavel Drummond said the Department of Transit had lost track of $40 million.\n\n"
            "The department's written response is attached to the audit. In it, the department said it accepted every "
            "recommendation. It said the delays were \u201cdeeply regrettable.\u201d\n\n"
            "The response also notes that the contract predates the current minister.")
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    for words in ("it accepted every recommendation", "deeply regrettable.", "the contract predates the current minister"):
        quote = quotes[words]
        assert [s.name for s in quote.speakers] == ["Department of Transit"], quote
        assert quote.source is not None and quote.source.kind == "statement" and "response" in quote.source.label, quote


def test_questioning_by_a_legislator_goes_on_in_the_committee_hearing(nlp):
    """(blind round 97) "Under questioning from MPP X, the deputy acknowledged that ...": a legislature's committee
    questioning its witness, whose testimony to the committee named before goes on (it had been a channel called
    "questioning"; an inquiry counsel's questioning keeps that word, as the folder's inquiries have it)."""
    from quotes.extraction import extract

    text = ("Deputy minister Ana Ruiz testified before the public accounts committee Tuesday. \u201cWe failed,\u201d Ruiz "
            "told the committee.\n\n"
            "Under questioning from MPP Omar Haddad, the deputy acknowledged that the deadline had slipped.")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text == "the deadline had slipped")
    assert quote.source is not None and quote.source.kind == "briefing" and "committee" in quote.source.label, quote


def test_a_witness_told_mlas_with_a_partial_hung_on_the_verb_testifies(nlp):
    """(blind round 97) "told MLAs that her staff had asked in March, "after three reminders."" at a hearing: the partial's
    own words the parser hung on "told" are no occasion named with the members told, so her next words go on in her
    testimony to the committee sitting (they had been a speech to MLAs)."""
    from quotes.extraction import extract

    text = ("Deputy minister Ana Ruiz testified before the public accounts committee Tuesday.\n\n"
            "Ombudsman Lena Forsythe, who joined her at the witness table, told MLAs that her staff had received the files "
            "in August, \u201cafter three reminders.\u201d She said she had never waited so long.")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text == "she had never waited so long")
    assert quote.source is not None and quote.source.kind == "briefing", quote


def test_opening_remarks_to_a_committee_are_testimony(nlp):
    """(blind round 97) "told the committee in her opening remarks that ...": a witness's remarks at a hearing are testimony
    to it, not a speech."""
    from quotes.extraction import extract

    quote = extract("Deputy minister Ana Ruiz told the committee in her opening remarks that the ministry had made "
                    "mistakes.", nlp=nlp, indirect=True).quotes[0]
    assert quote.source is not None and quote.source.kind == "briefing" and "committee" in quote.source.label, quote


def test_a_reply_to_a_question_put_at_a_hearing_is_testimony(nlp):
    """(blind round 97) '"Did you know?" Haddad asked.' then '"I did not," Ruiz replied.' paragraphs after Ruiz's testimony
    to a committee: the witness answers at the hearing (the question, quoted with no channel, had none to give)."""
    from quotes.extraction import extract

    text = ("Deputy minister Ana Ruiz told the public accounts committee on Tuesday that the line was late.\n\n"
            "She said the contractor had missed three deadlines.\n\n"
            "Lindgren was deputy minister when the contract was signed. The minister at the time left politics.\n\n"
            "The ministry has since hired a second firm.\n\n"
            "\u201cDid you know in 2021?\u201d MPP Omar Haddad asked.\n\n"
            "\u201cI did not,\u201d Ruiz replied.")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text.startswith("I did not"))
    assert quote.source is not None and quote.source.kind == "briefing", quote


def test_an_officers_bare_wrote_goes_on_in_her_bodys_letter(nlp):
    """(blind round 97) "In a letter to the premier ..., the <union> said ..." then '"...," union president X wrote': the
    letter her union was quoted through (it had been a letter of her own called "wrote")."""
    from quotes.extraction import extract

    text = ("In a letter to the premier released Monday, the Harwood Nurses' Union said its members were exhausted and "
            "that the audit \u201canswered what, but not why.\u201d\n\n"
            "\u201cWe cannot keep doing this,\u201d union president Dana Price wrote.")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text.startswith("We cannot"))
    assert quote.source is not None and quote.source.kind == "letter" and "letter" in quote.source.label, quote


def _sources_of(text, nlp):
    from quotes.extraction import extract

    return {q.text: q.source for q in extract(text, nlp=nlp, indirect=True).quotes}


def test_a_judges_handwritten_endorsement_is_a_paper(nlp):
    """(blind round 102) "In a handwritten endorsement released to the parties, the judge wrote that ..." and "In the
    endorsement, X said ...": an Ontario civil judge's written order and reasons (a report, word "endorsement"), not the
    hearing named the paragraph before (a briefing) nor nothing."""
    found = _sources_of("Justice Ann Rook heard the motion on Friday.\n\nIn a handwritten endorsement released to the "
                        "parties that afternoon, the judge wrote that the court could not rescue the project.\n\nIn the "
                        "endorsement, Rook said she would hear from the tenants in March.", nlp)
    for quote in ("the court could not rescue the project", "she would hear from the tenants in March"):
        assert found[quote] is not None and found[quote].kind == "report" and "endorsement" in found[quote].label, found


def test_a_programme_told_on_a_station_is_that_programme_and_its_host(nlp):
    """(blind round 102) "told The Noon Desk on CFXW Radio that ..." (the programme a work of art to the tagger) then "He
    told host Y that ...": an interview with the programme (it had been one "on CFXW Radio", the station alone), and the
    host told is that programme's (it had been an interview with "host")."""
    found = _sources_of("Reno Bastien told The Noon Desk on CFXW Radio on Monday that the loans were normal.\n\nHe told "
                        "host Dana Pell he had not spoken to the bank since May.", nlp)
    assert "Noon Desk" in found["the loans were normal"].label, found
    assert "Noon Desk" in found["he had not spoken to the bank since May"].label, found


def test_an_episode_of_her_podcast_is_the_podcast_and_her_cohost_is_on_it(nlp):
    """(blind round 102) "On the latest episode of her podcast, Open Title, X said ..." then '"...," she told her co-host':
    the podcast (the episode is one of it; it had been no channel, and the co-host an interview with "host")."""
    found = _sources_of('On the latest episode of her podcast, Open Title, lawyer Mira Holt said buyers should file claims.'
                        ' "Nobody will do it for you," she told her co-host.', nlp)
    for quote in ("buyers should file claims", "Nobody will do it for you,"):
        assert found[quote] is not None and found[quote].kind == "interview" and "podcast" in found[quote].label, found


def test_one_of_them_named_speaks_where_the_group_did(nlp):
    """(blind round 102) "Lawyers for the tenants told the court that ..." then "One of them, X of Y LLP, said ..." and his
    quotation: one of the unnamed group, named in apposition to "One of them", speaks where the group did (round 100's
    "One official said", for a named member; they had no channel)."""
    found = _sources_of('Lawyers for the tenants told the court Friday that their clients had been "shut out" for a year.'
                        "\n\nOne of them, Ravi Mehta of Gault Pike LLP, said the tenants would ask for an audit.\n\n"
                        '"We want every dollar traced," Mehta said.', nlp)
    for quote in ("the tenants would ask for an audit", "We want every dollar traced,"):
        assert found[quote] is not None and found[quote].kind == "speech" and "court" in found[quote].label, found


def test_a_paragraph_placing_people_in_question_period_is_the_next_paragraphs_debate(nlp):
    """(blind round 102) "Minister X made the commitment in question period on Tuesday, after the critic read aloud from
    ..." then "Critic Y said the government had "..." ..." and "X replied that ...": the words opening the next paragraphs
    were said in that debate (round 98's House of Assembly carried to the reply); they had no channel."""
    found = _sources_of("Transport Minister Lena Varga made the commitment in question period on Tuesday, after the "
                        "Opposition's critic read aloud from a commuter's letter.\n\nCritic Paul Orr said the government had "
                        '"ignored the line for a decade."\n\nVarga replied that the province had added six trains since '
                        "2021.", nlp)
    for quote in ("ignored the line for a decade.", "the province had added six trains since 2021"):
        assert found[quote] is not None and found[quote].kind == "speech" and "question period" in found[quote].label, found


def test_a_present_says_after_a_couples_interview_goes_on_in_it(nlp):
    """(blind round 102) "In an interview on Sunday, A and B Nowak said ..." then "Her husband, a welder, said ... He says
    ...": the present-tense "says" right after his own words carried from the interview the couple gave goes on in it
    (round 11's present tense kept it only for a channel named in its own paragraph)."""
    found = _sources_of("In an interview on Sunday, Ana and Piotr Nowak said they had planned to move in the spring.\n\n"
                        "Her husband, a welder, said the couple took out a loan in 2022. He says they have since paid "
                        "$11,000 in interest.", nlp)
    assert found["they have since paid $11,000 in interest"] is not None, found
    assert found["they have since paid $11,000 in interest"].kind == "interview", found


def test_a_buyer_at_the_news_conference_speaks_there(nlp):
    """(blind round 102) "Another buyer at the news conference, a retired nurse who asked ..., said ..." and her quotation
    after: one placed at the news conference by her own description speaks at it ("buyer" a person's noun, "Another" one
    of several; they had no speaker and no channel)."""
    from quotes.extraction import extract

    text = ("At the news conference, Gavin Orr said the group had hired an accountant.\n\nAnother buyer at the news "
            "conference, a retired nurse who asked that her name not be used, said she had put her pension into a unit."
            '\n\n"I thought I was being careful," she said.')
    quotes = {q.text: q for q in extract(text, nlp=nlp, indirect=True).quotes}
    for quote in ("she had put her pension into a unit", "I thought I was being careful,"):
        assert quotes[quote].source is not None and quotes[quote].source.kind == "press_conference", quotes
        assert any("buyer" in s.name for s in quotes[quote].speakers), quotes


def test_an_endorsement_of_someone_is_no_court_paper(nlp):
    """(merging blind round 102) "In a halfhearted endorsement of her rival's record, she said ...": support given, not
    a judge's handwritten endorsement (round 102's court paper); no channel (PolNeAR train had one)."""
    from quotes.extraction import extract

    quote = extract("In a halfhearted endorsement of her rival's record, Mayor Dana Holt said he was better than the "
                    "other candidates.", nlp=nlp, indirect=True).quotes[0]
    assert quote.source is None or quote.source.kind != "report", quote.source


def test_the_post_with_a_relative_clause_is_the_post_just_named(nlp):
    """(blind round 101) '"...," she wrote in the post, which had been shared 4,000 times by Tuesday.' after "X wrote on
    Facebook that ...": "the post" is the Facebook post just named, whatever relative clause describes it (round 39's
    bare "in the post" had been read only without one, and the quotation got a post with no network)."""
    from quotes.extraction import extract

    text = ("Jo Barr, a nurse at Harwood General, wrote on Facebook on Monday that staff were exhausted.\n\n"
            "\u201cWe are running on empty,\u201d she wrote in the post, which had been shared 2,000 times by Tuesday.")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text.startswith("We are"))
    assert quote.source is not None and quote.source.kind == "social_media_post", quote.source
    assert "Facebook" in quote.source.label, quote.source
    # a restrictive clause defines another one: "the debate that followed" is no question period named before
    text = ("In question period, critic Lena Moss said the bill was rushed.\n\n"
            "During the debate that followed, Moss said the government had \u201cgiven up on bargaining.\u201d")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text.startswith("given up"))
    assert quote.source is not None and "debate" in quote.source.label, quote.source


@pytest.mark.parametrize("question", [
    "asked Transport Minister Paul Hardy whether the bridge had been inspected.",
    "said the bridge had not been inspected since 2019.",
])
def test_a_reply_in_the_paragraph_after_a_question_period_scene_is_spoken_there(question, nlp):
    """(blind round 101) "In question period, Opposition critic X asked Minister Y whether ..." then "Y replied that ...
    "<partial>"": the reply is spoken in the question period the paragraph before opened with (round 13's reply in the
    debate), though the words it answers are reported speech, attributed after the quotation (it had had no channel)."""
    from quotes.extraction import extract

    text = (f"In question period, Opposition critic Lena Moss {question}\n\n"
            "Hardy replied that the province had spent \u201cmore than any government before\u201d on bridges.")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text.startswith("more than"))
    assert quote.source is not None and quote.source.kind == "speech" and "question period" in quote.source.label, quote.source


def test_a_request_coordinated_with_a_reported_clause_goes_on_in_the_speakers_scene(nlp):
    """(blind round 101) "The <police> fraud unit is leading the case." ... "She said the unit would not comment on the
    case, and urged anyone who gets such a call to hang up.": the parser makes "urged" a conjunct of "comment", whose
    subject (the unit, a body now found) was read as a reporter above the request, giving it the unit's channel (none);
    the verb a request is coordinated with reports nothing of it, and the speaker's scene goes on (her news conference)."""
    from quotes.extraction import extract

    text = ("The Halden Regional Police fraud unit is leading the investigation.\n\n"
            "Sgt. Dana Kowalski told a news conference Thursday that investigators were busy.\n\n"
            "She said the unit would not comment on the case, and urged residents who get such calls to hang up.")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text.startswith("residents"))
    assert quote.source is not None and quote.source.kind == "press_conference", quote.source


@pytest.mark.parametrize("opening", ["In a scrum with reporters after the debate, Premier Ann Boyd said",
                                     "In a brief scrum with journalists, Premier Ann Boyd said"])
def test_a_scrum_with_reporters_is_the_reporters_spoken_to(opening, nlp):
    """(blind round 104) "In a scrum with reporters after the broadcast, X said he had "<partial>"": those spoken to, as
    round 90's "told reporters in a scrum" and "at a breakfast with reporters" (it had had no channel)."""
    from quotes.extraction import extract

    quote = extract(f"{opening} the tax cut would stay.", nlp=nlp, indirect=True).quotes[0]
    assert quote.source is not None and quote.source.kind == "reporters", quote.source


@pytest.mark.parametrize("crowd", ["about 60 drivers and mechanics", "more than 200 cashiers", "40 truckers"])
def test_a_counted_crowd_told_hears_a_speech(crowd, nlp):
    """(blind round 104) "told about 60 drivers and mechanics in a loading bay that ...": a crowd counted in the tens or
    more, whatever people it is, gathered to hear the speaker (round 10's "told 2,000 people gathered" read four nouns)."""
    from quotes.extraction import extract

    quote = extract(f"Premier Ann Boyd told {crowd} at the depot that the debate had gone well.", nlp=nlp,
                    indirect=True).quotes[0]
    assert quote.source is not None and quote.source.kind == "speech", quote.source


def test_two_people_told_are_no_crowd(nlp):
    from quotes.extraction import extract

    quote = extract("Premier Ann Boyd told two colleagues that the debate had gone well.", nlp=nlp, indirect=True).quotes[0]
    assert quote.source is None or quote.source.kind != "speech", quote.source


def test_a_who_clause_placing_the_speaker_at_a_briefing_hung_inside_the_apposition_is_the_briefing(nlp):
    """(blind round 106) "X, the search manager for Y Search and Rescue, who spoke at the same briefing as the sergeant,
    said ...": the parser hangs the "who"-clause on the body in the apposition; "who" is the person, present at the briefing
    (round 34's presence), and her words and her next quotation are given there (they had had no channel)."""
    from quotes.extraction import extract

    text = ("Sgt. Dale Whitmore told a briefing at the detachment that the hiker was safe.\n\n"
            "Tamsin Greer, the search manager for Halden Valley Search and Rescue, who spoke at the same briefing as "
            "Whitmore, said ground crews had searched the drainage on Tuesday.\n\n"
            "\u201cThere is going to be a lot of second-guessing in our group about that,\u201d Greer said.")
    quotes = [q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text.startswith(("ground crews", "There is"))]
    assert len(quotes) == 2, quotes
    for quote in quotes:
        assert quote.source is not None and quote.source.kind == "briefing", quote


@pytest.mark.parametrize("shape", ["capital letters", "block letters"])
def test_the_shape_of_written_words_is_no_letter(shape, nlp):
    """(blind round 106) 'The family shared the news on Facebook. "SHE'S ALIVE," X wrote in capital letters.': the letters
    are the shape of the words, not a letter sent (the quotation had been given to "capital letters", a letter); the post
    just named is the channel."""
    from quotes.extraction import extract

    text = ("The Lindgren family shared the news on Facebook shortly before noon. \u201cSHE'S ALIVE,\u201d Annika "
            f"Lindgren wrote in {shape}, above a photo of her sister's boots.")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text.startswith("SHE"))
    assert quote.source is None or quote.source.kind != "letter", quote.source


@pytest.mark.parametrize("paper", ["Echo", "Advertiser"])
def test_a_town_paper_by_its_last_word_is_an_interview(paper, nlp):
    """(blind round 106) "Cpl. X of the Y RCMP told the Echo that ...": a paper by the last word of its name alone, as "the
    Star" and "the Sentinel" are (the tagger took "Echo" for a place, and the words had no channel)."""
    from quotes.extraction import extract

    text = (f"Cpl. Jolene Baptiste of the Halden RCMP told the {paper} that no one is billed for a search in the province, "
            "and that she hopes no one will hesitate to call for help.")
    quote = extract(text, nlp=nlp, indirect=True).quotes[0]
    assert quote.source is not None and quote.source.kind == "interview" and paper in quote.source.label, quote.source


def test_a_host_told_after_a_programme_named_two_paragraphs_up_is_that_programme(nlp):
    """(blind round 106) "X told CKFV's Valley Mornings on Friday that ..." then his quotation, "He said ..." and "X told
    host Y he had to pull over": the host is the programme's, named two paragraphs up with no one else quoted since
    (round 102 read the paragraph before only, and the words went to an "interview with host Y")."""
    from quotes.extraction import extract

    text = ("The break came from the air. Ravi Sandhu, a pilot with Selwyn Air, told CKFV's Valley Mornings on Friday that "
            "his spotter saw a flash of orange below the canopy.\n\n"
            "\u201cWe'd flown that drainage twice already,\u201d Sandhu said.\n\n"
            "He said the crew could not land in the drainage.\n\n"
            "Sandhu told host Marty Ostrowski he had to pull over on the drive home from the hangar.")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text.startswith("he had to pull over"))
    assert quote.source is not None and "Valley Mornings" in quote.source.label, quote.source


def test_speaking_on_the_sidelines_of_an_event_is_that_event_not_the_op_ed_before(nlp):
    """(probes, ninth round) "In an op-ed ..., X argued ..." then "Speaking on the sidelines of a mining conference in
    Toronto, X said ...": the conference, named in the sentence (the op-ed had been carried over it: "sidelines" is no
    channel word, and the event it is "of" was not read)."""
    from quotes.extraction import extract

    text = ("Mining\n\nIn an op-ed published in the Halifax Herald, Coun. Ben Osei argued the tax was \u201ca blunt "
            "instrument.\u201d\n\nSpeaking on the sidelines of a mining conference in Toronto, Osei said prices would "
            "recover.")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text.startswith("prices"))
    assert quote.source is not None and "conference" in quote.source.label, quote.source


@pytest.mark.parametrize("programme", ["The Morning Shift", "The Noon Exchange"])
def test_a_stations_call_letters_owning_a_programme_told_make_an_interview(programme, nlp):
    """(blind round 107) "X told CKLG's The Morning Shift on Tuesday that ...": a Canadian station's call letters in the
    possessive own the programme told, whatever the tagger took them for (a person) or the programme's name for (a work
    of art, no body of the article); the words had no channel."""
    from quotes.extraction import extract

    text = f"Union president Marla Dubeau told CKVR's {programme} on Tuesday that the mill's night shift would be cut."
    quote = extract(text, nlp=nlp, indirect=True).quotes[0]
    assert quote.source is not None and quote.source.kind == "interview" and programme in quote.source.label, quote.source


@pytest.mark.parametrize("result", ["a loss", "a 36 per cent drop in profit", "record quarterly earnings"])
def test_a_business_that_posted_a_result_made_no_post(result, nlp):
    """(blind round 110) "X Inc. posted a loss on Monday." then "The retailer said ...": "posted" with a result as its object
    is the reporter's word for figures, not a post on a network (the company's next words had been given a post called
    "posted")."""
    from quotes.extraction import extract

    text = (f"Kestrel Home Stores Inc. posted {result} on Monday. The retailer said it would close nine of its stores in "
            "the spring.")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text.startswith("it would close"))
    assert quote.source is None, quote.source


def test_a_post_is_still_a_post(nlp):
    """(blind round 110) A video posted is still a post: only results posted are none."""
    from quotes.extraction import extract

    text = "Mayor Jane Orsolak posted a video on Facebook on Monday. She said the bridge would reopen by the end of May."
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text.startswith("the bridge"))
    assert quote.source is not None and quote.source.kind == "social_media_post", quote.source


def test_analysts_told_in_a_call_is_the_call(nlp):
    """(blind round 110) "told analysts in a call that ...": the call, as "on a conference call" is (it had been a bare
    "briefing to analysts", and "said on the call" after it found no call named before)."""
    from quotes.extraction import extract

    text = ("Chief executive Marta Lindqvist-Oyelaran told analysts in a call that the bank was not surprised by the rise "
            "in impaired loans.\n\n"
            "Chief financial officer Ansel Brodeur said on the call that the bank expected to resume buying back shares in "
            "the new year.")
    quotes = extract(text, nlp=nlp, indirect=True).quotes
    first = next(q for q in quotes if q.text.startswith("the bank was not surprised"))
    second = next(q for q in quotes if q.text.startswith("the bank expected"))
    assert first.source is not None and first.source.kind == "briefing" and "call" in first.source.label.split(), first.source
    assert second.source is not None and second.source.kind == "briefing" and "call" in second.source.label.split(), second.source


def test_analysts_walked_through_the_numbers_are_on_the_call(nlp):
    """(blind round 110) "X told analysts on a conference call that ..." then "Y walked analysts through the numbers, saying
    ...", and Y's quotation: the participle's words were said to the analysts the verb it hangs on addresses, on the story's
    one call (they had no channel, nor Y's quotation after them)."""
    from quotes.extraction import extract

    text = ("Chief executive Denise Halloran told analysts on a conference call that the company could no longer carry stores "
            "that had lost money for three years.\n\n"
            "Chief financial officer Graham Achebe walked analysts through the numbers, saying the closures would cost about "
            "$210 million.\n\n"
            "\u201cThis is not a retreat from the Prairies,\u201d Achebe said.")
    quotes = extract(text, nlp=nlp, indirect=True).quotes
    for start in ("the closures would cost", "This is not a retreat"):
        quote = next(q for q in quotes if q.text.startswith(start))
        assert quote.source is not None and quote.source.kind == "briefing" and "call" in quote.source.label, (start, quote.source)


def test_analysts_told_by_someone_new_are_on_the_call_named_before(nlp):
    """(blind round 110) "Y, speaking during the question-and-answer portion of the call, told analysts that ...": the call
    named before with analysts on it (it had been a bare "briefing to analysts")."""
    from quotes.extraction import extract

    text = ("Chief executive Denise Halloran told analysts on a conference call that the bank had built for a harder year.\n\n"
            "Chief risk officer Omar Sadeghi, speaking during the question-and-answer portion of the call, told analysts "
            "that provisions would likely stay high through the first half of next year.")
    quote = next(q for q in extract(text, nlp=nlp, indirect=True).quotes if q.text.startswith("provisions"))
    assert quote.source is not None and quote.source.kind == "briefing" and "call" in quote.source.label.split(), quote.source


@pytest.mark.parametrize("opening, paper, kind", [
    ("Delivering her decision in a packed courtroom on Friday, Justice Rhoda Okwuosa said", "decision", "report"),
    ("Reading from her victim impact statement, Lucinda Varga said", "statement", "statement"),
])
def test_a_paper_read_out_is_the_channel(opening, paper, kind, nlp):
    """(blind round 109) "Delivering her decision in a packed courtroom, Justice X said ...", "X said, reading from her
    victim impact statement": the paper read out is the words' channel, as "in her decision" is (they had none)."""
    from quotes.extraction import extract

    text = f"{opening} the sentence had to reflect the harm done to the family."
    quote = extract(text, nlp=nlp, indirect=True).quotes[0]
    assert quote.source is not None and quote.source.kind == kind and paper in quote.source.label, quote.source


@pytest.mark.parametrize("told", ["told Justice Lorna Whitcliffe that", "asked the judge to impose a sentence of five years, arguing that"])
def test_the_bench_told_or_asked_is_a_speech_in_court(told, nlp):
    """(blind round 109) "The prosecutor told Justice X that ..." (an interview with the judge, or nothing once the
    judge was a person) and "Defence lawyer Y asked the judge to impose ..., arguing that ...": said to the bench in
    court, a speech there as "told the court" is."""
    from quotes.extraction import extract

    text = f"Defence lawyer Ingrid Soames {told} her client had been sober since the crash."
    quotes = extract(text, nlp=nlp, indirect=True).quotes
    assert quotes and all(q.source is not None and q.source.kind == "speech" for q in quotes), [(q.text, q.source) for q in quotes]


def test_a_request_to_the_court_still_to_be_made_is_no_speech_in_court(nlp):
    """(blind round 109, its limit) "She said the firm would ask the court to certify the case ...": a request planned, not
    made to the bench (article 337's next words, "The firm says ...", had taken a speech to the court)."""
    from quotes.extraction import extract

    text = ("Lawyer Dana Halvorsen spoke on Monday.\n\nShe said the firm would ask the court to certify the case as a class "
            "action early next year. The firm says it is not charging clients unless the case succeeds.")
    quotes = extract(text, nlp=nlp, indirect=True).quotes
    assert all(q.source is None or q.source.kind != "speech" for q in quotes), [(q.text, q.source) for q in quotes]


def test_a_bills_second_reading_is_no_paper_read_out(nlp):
    """(blind round 109, its limit) "Its second reading debate was suspended ... after X refused to leave the chamber":
    "reading" is a bill's stage there, and the debate no channel of the words (article 87's extra had taken one)."""
    from quotes.extraction import extract

    text = ("Its second reading debate was suspended for 40 minutes after Ms Cheung Mei-ling, a lawmaker for the New "
            "Territories North East constituency, refused to leave the chamber when ordered out by the council's "
            "President, Mr Yip Tak-shing.")
    assert all(q.source is None for q in extract(text, nlp=nlp, indirect=True).quotes)


@pytest.mark.parametrize("text", [
    "According to the Ledger, the former minister earned more than $1.1 million delivering 51 speeches to banks.",
    "Ruiz, delivering a sweeping indictment of the council's record, said the city had failed its renters.",
    "The attorney general asked the Supreme Court to let the province enforce the law while the appeal is heard.",
])
def test_papers_delivered_and_courts_asked_are_channels_only_when_read_out_or_asked_in_court(text, nlp):
    """(merging blind round 109; PolNeAR train) round 109 made "Delivering her decision, Justice X said" that paper and
    "asked the judge to ..." a speech in court; not speeches delivered for money inside the words reported, an
    "indictment" delivered in a speech, nor the Supreme Court asked in a written appeal."""
    from quotes.extraction import extract

    for quote in extract(f"Story\n\n{text}", nlp=nlp, indirect=True).quotes:
        assert quote.source is None or quote.source.kind not in ("speech", "report"), quote.source
