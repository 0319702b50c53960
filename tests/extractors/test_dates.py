"""Dates: every temporal expression gets its TIMEX3 type and value against the reference date.

Invented sentences. A = Monday 2025-01-06, B = Saturday 2024-06-15, C = Wednesday 2023-03-01,
D = Wednesday 2024-03-06,
E = Monday 2025-09-15, F = Wednesday 2025-07-23, G = Friday 2025-10-03.

Midnight is written T24:00 of the day it closes (the TIDES/TimeML convention), so "shortly before
midnight" on a Friday is that Friday's T24:00 with mod BEFORE.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from extractor import Extractor
from extractor.extractors.dates.anchor import _week_month
from extractor.extractors.dates.spoken import digits_for_spoken
from extractor.records import DateFact

A, B, C, D = date(2025, 1, 6), date(2024, 6, 15), date(2023, 3, 1), date(2024, 3, 6)
E, F, G = date(2025, 9, 15), date(2025, 7, 23), date(2025, 10, 3)

# (sentence, reference date, expression, type, value, relative)
CASES = [
    # the seed's kinds of expression
    ("The ministry said the missile was launched last April.", A, "last April", "date",
     "2024-04", True),
    ("The rocket lifted off at about noon, officials said.", A, "about noon", "time",
     "2025-01-06T12:00", True),
    ("The launch came at 03:00 GMT, the agency said.", A, "03:00 GMT", "time",
     "2025-01-06T03:00Z", True),
    ("The council met on Monday to discuss the budget.", A, "Monday", "date", "2025-01-06", True),
    # a past verb that made its object act dates the act in the past ("forced ... to flee");
    # one that only told its object to act leaves the act ahead ("ordered ... to evacuate")
    ("A landslide forced hundreds of families to leave their homes on Tuesday.", B, "Tuesday",
     "date", "2024-06-11", True),
    ("The rains caused the river to burst its banks on Wednesday.", B, "Wednesday", "date",
     "2024-06-12", True),
    ("The mayor ordered residents to evacuate the valley on Tuesday.", B, "Tuesday", "date",
     "2024-06-18", True),
    ("It was the first test since November 5, the army said.", A, "November 5", "date",
     "2024-11-05", True),
    ("Lawmakers voted last month to suspend the mayor.", A, "last month", "date", "2024-12",
     True),
    ("The strike began in December and ended quickly.", A, "December", "date", "2024-12", True),
    ("The leaders met in 2023 for a summit.", A, "2023", "date", "2023", False),
    ("The vote is just a couple of weeks away.", A, "a couple of weeks", "duration", "P2W",
     False),
    ("The dispute has lasted for decades.", A, "decades", "duration", "PXDE", False),
    ("The leaders met at the 2023 summit in Geneva.", A, "2023", "date", "2023", False),
    # a year before a plural noun is a count ("2023 people"), but not before results or votes
    ("Excluding the charge, 2023 earnings were a record.", A, "2023", "date", "2023", False),
    # "until" or "before" a date in the present tense looks ahead
    ("The new models do not arrive until the fall, the analyst said.", A, "the fall", "date",
     "2025-FA", True),
    # weekdays: direction from the tense, or from last/next
    ("The talks will resume next Monday.", A, "next Monday", "date", "2025-01-13", True),
    ("The committee will meet on Friday.", A, "Friday", "date", "2025-01-10", True),
    ("The committee met on Friday.", A, "Friday", "date", "2025-01-03", True),
    ("The agency said on Wednesday it had made arrests.", A, "Wednesday", "date", "2025-01-01",
     True),
    ("The first hearing is scheduled for Thursday.", A, "Thursday", "date", "2025-01-09", True),
    # what a past perfect had done by a month was done by a past one
    ("By January, the airline had cut 300 jobs.", G, "January", "date", "2025-01", True),
    # "three weeks from now" is one date; NER's "14 earlier" is a count, and "earlier today"
    # the date
    ("The plant will close three weeks from now.", A, "three weeks from now", "date",
     "2025-W05", True),
    ("The toll rose to 14 earlier today.", A, "earlier today", "date", "2025-01-06", True),
    # "until" with no tense to read, in a headline, points ahead
    ("Pier closure to last until spring\n\nThe pier will stay closed, the council said on "
     "Tuesday.", date(2023, 11, 8), "spring", "date", "2024-SP", True),
    # a participle after a verb's object is the state the verb leaves it in, in that verb's
    # time; after another verb's object it is a past of its own
    ("We cannot leave the pier exposed for another winter.", D, "another winter", "date",
     "2024-WI", True),
    ("The court will review the order issued on Friday.", A, "Friday", "date", "2025-01-03",
     True),
    # a weekday after "for" is the day something is set for, whatever the tense; "for
    # Monday's strike" is a day whose strike is done
    ("The union has called a strike for Monday.", F, "Monday", "date", "2025-07-28", True),
    ("The union apologised for Monday's strike.", F, "Monday", "date", "2025-07-21", True),
    ("The minister resigned on Saturday.", B, "Saturday", "date", "2024-06-15", True),
    ("The minister will visit on Tuesday.", B, "Tuesday", "date", "2024-06-18", True),
    ("Police arrested two men last Friday.", B, "last Friday", "date", "2024-06-14", True),
    ("Protesters planned a large demonstration on Saturday.", A, "Saturday", "date",
     "2025-01-11", True),
    ("The judge has scheduled a hearing Thursday.", A, "Thursday", "date", "2025-01-09", True),
    ("Officials postponed the vote until Tuesday.", A, "Tuesday", "date", "2025-01-07", True),
    ("Rescuers found him on Friday night.", C, "Friday night", "time", "2023-02-24TNI", True),
    ("The blast happened at 9 a.m. Tuesday.", A, "9 a.m. Tuesday", "time",
     "2024-12-31T09:00", True),
    # month and day without a year
    ("The results were announced on March 3.", B, "March 3", "date", "2024-03-03", True),
    ("The elections will be held on November 5.", B, "November 5", "date", "2024-11-05", True),
    ("The talks collapsed on 6 January.", A, "6 January", "date", "2025-01-06", True),
    ("Officials said the vote would take place on Jan. 14.", A, "Jan. 14", "date",
     "2025-01-14", True),
    ("The company set a Jan. 14 deadline for the offer.", A, "Jan. 14", "date", "2025-01-14",
     True),
    ("The strike ended on Monday, March 4.", D, "Monday, March 4", "date", "2024-03-04", True),
    ("The storm hit on the night of Feb. 12.", C, "the night of Feb. 12", "time", "2023-02-12TNI",
     True),
    ("The group met on the morning of December 3.", A, "the morning of December 3", "time",
     "2024-12-03TMO", True),
    # a past verb says little about the event its object names: the nearest plausible year
    ("The line announced the ship's first sailing on 2 June.", date(2025, 3, 11), "2 June",
     "date", "2025-06-02", True),
    ("The attack on June 2 killed five people.", date(2025, 3, 11), "June 2", "date",
     "2024-06-02", True),
    ("The line announced the ship's first sailing on 2 October.", date(2025, 3, 11),
     "2 October", "date", "2024-10-02", True),
    # an infinitive with no verb above it reads as a plan (its head is itself: no endless climb)
    ("To visit the site on Friday.", A, "Friday", "date", "2025-01-10", True),
    ("To be honest, we met on Friday.", A, "Friday", "date", "2025-01-03", True),
    # a visit someone "was expected" or "is due" to make lies ahead of the report
    ("The ambassador was expected at the ministry on Thursday morning.", F, "Thursday morning",
     "time", "2025-07-24TMO", True),
    ("The minister was due in Paris on Friday.", F, "Friday", "date", "2025-07-25", True),
    ("The minister was in Paris on Friday.", F, "Friday", "date", "2025-07-18", True),
    # "could" in reported speech is a backshifted "can": the cut is still to come
    ("Analysts said a rate cut in August could not be ruled out.", date(2025, 6, 18), "August",
     "date", "2025-08", True),
    # what usually happens in a month happens in any year's
    ("The rainy season usually begins in October.", F, "October", "date", "XXXX-10", False),
    ("Rivers typically run low in summer.", F, "summer", "date", "XXXX-SU", False),
    ("The rains began in October.", F, "October", "date", "2024-10", True),
    ("Exports usually rise, and they fell in March.", F, "March", "date", "2025-03", True),
    # a weekday in the plural is every such day
    ("The shop is closed on Mondays.", F, "Mondays", "set", "XXXX-WXX-1", False),
    ("He visits his mother on Sunday afternoons.", F, "Sunday afternoons", "set",
     "XXXX-WXX-7TAF", False),
    # a verbless fragment after a dash or colon has no tense: the nearest occurrence
    ('"Bridge reopened — first convoy on 4 June."', date(2025, 3, 11), "4 June", "date",
     "2025-06-04", True),
    ("Deal signed: first delivery on 20 May.", date(2025, 3, 11), "20 May", "date",
     "2025-05-20", True),
    ("The bridge reopened on 4 March.", date(2025, 3, 11), "4 March", "date", "2025-03-04",
     True),
    ("The ship sailed — despite the storm — on 2 June.", date(2025, 3, 11), "2 June", "date",
     "2024-06-02", True),
    # bare months: tense decides, not "next year"
    ('"We flagged the leak in a letter in July," the engineer said.', date(2025, 6, 12),
     "July", "date", "2024-07", True),
    ("The board approved the plan in August.", date(2025, 6, 12), "August", "date", "2024-08",
     True),
    ("The board will vote on the plan in August.", date(2025, 6, 12), "August", "date",
     "2025-08", True),
    ("The mayor said in a statement in July that the works were over.", date(2025, 6, 12),
     "July", "date", "2024-07", True),
    # ... but a past read off another verb is weak: the month next door wins
    ("The league decided to admit two new clubs in early March.", date(2025, 2, 10),
     "early March", "date", "2025-03", True),
    ("Delegates discussed a summit set for Geneva in March.", date(2025, 2, 10), "March",
     "date", "2025-03", True),
    ("In December the group voted to dissolve.", C, "December", "date", "2022-12", True),
    # a weekday of what a past verb decided, through an infinitive, is the week's nearest: the
    # Wednesday after Monday's vote, read on Tuesday; a participle's stays past
    ("Workers voted Monday to stage a walkout on Wednesday.", date(2025, 9, 16), "Wednesday",
     "date", "2025-09-17", True),
    ("Passengers were advised to check with airlines before travelling on Thursday.", D,
     "Thursday", "date", "2024-03-07", True),
    ("Lawyers asked the court to lift the injunction issued Thursday.", date(2025, 9, 16),
     "Thursday", "date", "2025-09-11", True),
    ("The company will list its shares in December.", C, "December", "date", "2023-12", True),
    ("Officials said the plan was approved in April.", A, "April", "date", "2024-04", True),
    # full dates
    ("The company reported its results on 12 May 2023.", B, "12 May 2023", "date",
     "2023-05-12", False),
    ("The law took effect on Jan. 1, 2020.", B, "Jan. 1, 2020", "date", "2020-01-01", False),
    ("The treaty was signed in July 1997.", B, "July 1997", "date", "1997-07", False),
    ("She was born on April 4, 1949, in a small town.", B, "April 4, 1949", "date",
     "1949-04-04", False),
    ("The country has been at war since 2014.", B, "2014", "date", "2014", False),
    ("The program launched in fiscal 2022.", B, "fiscal 2022", "date", "2022", False),
    ("The tour resumes in spring 2025.", B, "spring 2025", "date", "2025-SP", False),
    ("Profits fell in the first quarter of 2024.", B, "the first quarter of 2024", "date",
     "2024-Q1", False),
    # decades and centuries as their known digits alone, TIMEX3's value truncated to the unit
    ("Prices rose sharply in the 1990s.", B, "the 1990s", "date", "199", False),
    ("The dispute began in the early 1980s.", C, "the early 1980s", "date", "198", False),
    ("The band was formed in the '60s.", C, "'60s", "date", "196", False),
    ("The museum was built in the 19th century.", C, "the 19th century", "date", "18", False),
    # "the next" or "the coming" month or year is a span from now; "next month" a date
    ("Analysts expect the economy to shrink over the next year.", B, "the next year",
     "duration", "P1Y", False),
    ("Both parties promise tax cuts in the coming year.", B, "the coming year", "duration", "P1Y",
     False),
    ("The plant will close next month.", B, "next month", "date", "2024-07", True),
    # the kind of day counted is no part of the value
    ("The bid was extended by 10 business days.", B, "10 business days", "duration", "P10D",
     False),
    # years and clock times said in words, as broadcast transcripts write them
    ("The mill opened in nineteen seventy-six and closed in two thousand and one.", B,
     "nineteen seventy-six", "date", "1976", False),
    ("The mill opened in nineteen seventy-six and closed in two thousand and one.", B,
     "two thousand and one", "date", "2001", False),
    ("The bridge was finished in November nineteen thirty-seven.", B,
     "November nineteen thirty-seven", "date", "1937-11", False),
    ("The town was founded in nineteen-oh-four.", B, "nineteen-oh-four", "date", "1904", False),
    ("The trend began in the late nineteen-sixties.", B, "the late nineteen-sixties", "date",
     "196", False),
    ("The council meets at three o'clock this afternoon.", B, "three o'clock this afternoon",
     "time", "2024-06-15T15:00", True),
    ("The ferry left at half past ten, the harbour master said.", B, "half past ten", "time",
     "2024-06-15T10:30", True),
    ("The shop opens at ten past nine.", B, "ten past nine", "time", "2024-06-15T09:10", True),
    ("Voting ends at eight p.m. local time.", B, "eight p.m. local time", "time",
     "2024-06-15T20:00", True),
    ("The launch is now set for seven forty-two tomorrow morning.", B, "seven forty-two", "time",
     "2024-06-16T07:42", True),
    ("The final is at the national stadium on July twelfth.", B, "July twelfth", "date",
     "2024-07-12", True),
    # the hyphen of a spelled number joins no two dates; "exactly" adds nothing to "ago"
    ("The satellite went up in November nineteen seventy-seven, almost exactly twenty years ago.",
     B, "November nineteen seventy-seven", "date", "1977-11", False),
    ("The satellite went up in November nineteen seventy-seven, almost exactly twenty years ago.",
     B, "almost exactly twenty years ago", "date", "2004", True),
    # an hour before a part of the day is a clock time, spelled or in digits
    ("The defendant arrived at the courthouse at nine this morning.", B, "nine this morning",
     "time", "2024-06-15T09:00", True),
    ("The talks resume at 4 this afternoon.", B, "4 this afternoon", "time", "2024-06-15T16:00",
     True),
    # deictic days
    ("The factory opened yesterday.", B, "yesterday", "date", "2024-06-14", True),
    ("The court will rule tomorrow.", B, "tomorrow", "date", "2024-06-16", True),
    ("The shops are open today.", B, "today", "date", "2024-06-15", True),
    ("Firefighters battled the blaze tonight.", B, "tonight", "time", "2024-06-15TNI", True),
    # a clock time said of the afternoon, evening or night is after noon; a day written
    # beside "midnight" is its day
    ("Polls in the state close at 7 o'clock tonight.", B, "7 o'clock tonight", "time",
     "2024-06-15T19:00", True),
    ("The blast was heard at 3:45 this afternoon.", B, "3:45 this afternoon", "time",
     "2024-06-15T15:45", True),
    ("The shops will stay open until midnight tomorrow.", B, "midnight tomorrow", "time",
     "2024-06-16T24:00", True),
    # "a week from Tuesday": the day named, that many units on; "four sailings a week" is a rate
    ("The summit opens a week from Tuesday.", B, "a week from Tuesday", "date", "2024-06-25",
     True),
    ("The bug could cause problems a year from tonight.", B, "a year from tonight", "time",
     "2025-06-15TNI", True),
    # "alone" after a span is a focus word: "the last year" is the span of the past year
    ("In the last year alone, the firm hired 300 people.", B, "the last year", "duration",
     "P1Y", False),
    # a weekday after "a" or "one" is some such day, not the nearest
    ("The mill's last whistle blew on a Friday in March 2009.", B, "Friday", "date",
     "XXXX-WXX-5", False),
    ("One Tuesday, the mayor simply stopped coming to work.", B, "Tuesday", "date",
     "XXXX-WXX-2", False),
    # "a week ago Tuesday": the Tuesday just gone, a week back (15 June 2024 is a Saturday)
    ("A week ago Tuesday, the council met in secret.", B, "A week ago Tuesday", "date",
     "2024-06-04", True),
    ("The ferry line plans four sailings a week from Monday.", B, "Monday", "date",
     "2024-06-17", True),
    # the simple present before a weekday or a month is a timetable
    ("The electoral college meets Monday in every state capital.", D, "Monday", "date",
     "2024-03-11", True),
    ("The president leaves office in January.", B, "January", "date", "2025-01", True),
    # "this fall" is the autumn (NER often misses it); holidays whose names hold a title-like
    # "Day" or a month
    ("Markets swung wildly this fall.", B, "this fall", "date", "2024-FA", True),
    ("The Senate will not sit on Martin Luther King Day.", B, "Martin Luther King Day", "date",
     "2025-01-20", True),
    ("Congress leaves for the Fourth of July recess.", B, "the Fourth of July", "date",
     "2024-07-04", True),
    ("Crowds gathered on July Fourth.", G, "July Fourth", "date", "2025-07-04", True),
    # a part of the day is TIMEX3's code on its day: TMO, TAF, TEV, TNI
    ("The mayor resigned yesterday afternoon.", B, "yesterday afternoon", "time",
     "2024-06-14TAF", True),
    ("The talks collapsed on Monday. The next morning, the union walked out.", B,
     "The next morning", "time", "2024-06-11TMO", True),
    # "the day before/after" a date is one expression, that date a day back or on (as "the
    # day before yesterday" is)
    ("The bridge reopened the day after Christmas.", B, "the day after Christmas", "date",
     "2023-12-26", True),
    ("Talks broke down the day before last Tuesday's summit.", B, "the day before last Tuesday",
     "date", "2024-06-10", True),
    ("The ferry sank the day before June 3, 2019.", B, "the day before June 3, 2019", "date",
     "2019-06-02", False),
    # units relative to the reference date
    ("Inflation fell last year.", B, "last year", "date", "2023", True),
    ("The firm expects growth next year.", B, "next year", "date", "2025", True),
    ("Sales have risen this year.", B, "this year", "date", "2024", True),
    ("The union met last week.", B, "last week", "date", "2024-W23", True),
    ("The report is due this week.", B, "this week", "date", "2024-W24", True),
    ("The minister spoke earlier this week.", C, "earlier this week", "date", "2023-W09", True),
    ("The report will be released early next month.", C, "early next month", "date", "2023-04",
     True),
    ("The sale closed late last year.", C, "late last year", "date", "2022", True),
    ("The minister will step down at the end of the year.", B, "the end of the year", "date",
     "2024", True),
    ("Exports rose earlier in the month.", B, "earlier in the month", "date", "2024-06", True),
    ("The harvest failed last fall.", B, "last fall", "date", "2023-FA", True),
    ("The festival returns this summer.", B, "this summer", "date", "2024-SU", True),
    ("Sales grew 5% in the third quarter.", A, "the third quarter", "date", "2024-Q3", True),
    ("Dozens were killed over the weekend.", B, "the weekend", "date", "2024-W24-WE", True),
    # on a Monday, "over the weekend" in the past is the one just gone (ISO week 1 of 2025)
    ("Looters struck over the weekend, police said.", A, "the weekend", "date", "2025-W01-WE",
     True),
    ("The market will be closed over the weekend.", A, "the weekend", "date", "2025-W02-WE",
     True),
    # "ago"
    ("Two hospitals closed three years ago.", B, "three years ago", "date", "2021", True),
    ("The bridge collapsed two months ago.", B, "two months ago", "date", "2024-04", True),
    ("The plant shut 11 days ago.", B, "11 days ago", "date", "2024-06-04", True),
    ("The decision came a decade ago.", A, "a decade ago", "date", "2015", True),
    # a year and a half back from 15 June 2024 is 18 months back: December 2022
    ("The mine closed a year and a half ago.", B, "a year and a half ago", "date", "2022-12",
     True),
    # holidays
    ("The parade took place on Thanksgiving Day.", C, "Thanksgiving Day", "date", "2022-11-24",
     True),
    ("Shops will close on Christmas Day.", C, "Christmas Day", "date", "2023-12-25", True),
    ("Crowds gathered on Easter Sunday.", A, "Easter Sunday", "date", "2024-03-31", True),
    ("Pilgrims crowded the city as Easter week began.", D, "Easter week", "date", "2024-W13",
     True),
    # "the new year" in lowercase is the year to come in a year's second half, the year just
    # begun in its first; "New Year's Day" stays the day
    ("The plant will reopen in the new year.", date(2024, 12, 10), "the new year", "date",
     "2025", True),
    ("Sales have slowed in the new year.", A, "the new year", "date", "2025", True),
    # a holiday's weekend: the weekend before a Monday's holiday (27 May 2024), after a
    # Thursday's (23 November 2023)
    ("Traffic deaths rose over the Memorial Day weekend.", B, "the Memorial Day weekend", "date",
     "2024-W21-WE", True),
    ("Shoppers crowded the malls over the Thanksgiving weekend.", B,
     "the Thanksgiving weekend", "date", "2023-W47-WE", True),
    # a year with a prefix
    ("Families were split by post-1959 politics.", B, "post-1959", "date", "1959", False),
    ("The pre-2000 rules still apply.", B, "pre-2000", "date", "2000", False),
    # clock times take the day of their sentence
    ("The crash happened at 10:35 a.m. on Friday.", B, "10:35 a.m.", "time",
     "2024-06-14T10:35", True),
    ("The shooting happened at 4 p.m. EDT.", B, "4 p.m. EDT", "time", "2024-06-15T16:00-04",
     True),
    # ... a past midnight on the reference day is the one that began it (T24:00 of the day
    # before: the midnight closing the reference day is still to come)
    ("The ceremony began at midnight.", B, "midnight", "time", "2024-06-14T24:00", True),
    ("The blast was heard at 0735 GMT.", B, "0735 GMT", "time", "2024-06-15T07:35Z", True),
    # a zone of several words makes four digits a clock time, never a year
    ("The signal was lost at 1900 Universal Time.", B, "1900 Universal Time", "time",
     "2024-06-15T19:00Z", True),
    ("Polls closed at 8 p.m. Eastern Standard Time.", B, "8 p.m. Eastern Standard Time", "time",
     "2024-06-15T20:00-05", True),
    # ... from a date of their own clause only
    ("The ferry was 40km off the coast at noon and was expected to dock on Thursday morning.",
     F, "noon", "time", "2025-07-23T12:00", True),
    ("The ferry was 40km off the coast at noon and was expected to dock on Thursday morning.",
     F, "Thursday morning", "time", "2025-07-24TMO", True),
    ("The ferry docked at 6 p.m. on Thursday.", F, "6 p.m.", "time", "2025-07-17T18:00", True),
    ("The court adjourned at 4 p.m. and will reconvene on Monday.", F, "4 p.m.", "time",
     "2025-07-23T16:00", True),
    ("On Monday the court adjourned at 4 p.m., the clerk said.", F, "4 p.m.", "time",
     "2025-07-21T16:00", True),
    # durations
    ("Fighting lasted three days.", B, "three days", "duration", "P3D", False),
    ("The strike lasted one day.", B, "one day", "duration", "P1D", False),
    # "N days later" counts from the day the text gave before; with none, it is a span of
    # days, as "two years later" is (the day after the reference date would lie ahead of a
    # past "arrived")
    ("One day later, the army arrived.", B, "One day later", "duration", "P1D", False),
    ("The fire started on Monday. Two days later, it was out.", B, "Two days later", "date",
     "2024-06-12", True),
    ("The vote was held on May 3, 2011. Three days earlier, the polls had closed.", B,
     "Three days earlier", "date", "2011-04-30", False),  # counted from a full date
    # a quarter named by its months after a story far back keeps its own year (reading it in
    # the story's time once crashed the extractor)
    ("The first model went on sale in October 2001. The maker said last month that sales rose "
     "in the January-March quarter.", date(2005, 6, 14), "January-March quarter", "date",
     "2005-Q1", True),
    # "that May", "May of that year": the month of the year the text gave before; "that"
    # opening a clause is no part of a month after it
    ("The feud began in 2003. That March, the firm sued its rival.", E, "That March", "date",
     "2003-03", False),
    ("The plant opened in 1998. In August of that year, a fire shut it.", E,
     "August of that year", "date", "1998-08", False),
    ("Officials said that March was the wettest month on record.", E, "March", "date",
     "2025-03", True),
    # a day that dates the figure a sentence compares with is not its clause's day, nor the
    # story's; a bound's "than" compares nothing
    ("The dollar stood at 124.85 yen at 5 p.m., down from 125.30 late yesterday.", E, "5 p.m.",
     "time", "2025-09-15T17:00", True),
    ("The yen fell to 81.35 from 80.63 late Friday. At 4 p.m., it was quoted at 81.40.", E,
     "4 p.m.", "time", "2025-09-15T16:00", True),
    ("Shares dropped more than ten percent yesterday, after losing six percent a day earlier.",
     E, "a day earlier", "date", "2025-09-13", True),
    # a past clause's time takes no day still to come from the sentences before it
    ("Fed officials next meet on Oct. 1. The dollar rose to 1.6580 marks at 4 p.m.", E,
     "4 p.m.", "time", "2025-09-15T16:00", True),
    ("The council meets again on Thursday. Bond prices slipped after touching a peak at noon.",
     E, "noon", "time", "2025-09-15T12:00", True),  # a clause of the past through "after"
    # midnight closes its day (T24:00): a past one on the reference day, or one "since", is the
    # midnight that closed the day before; one still to come closes the reference day
    ("Police said 40 crashes were reported since midnight.", E, "midnight", "time",
     "2025-09-14T24:00", True),
    ("The alarm sounded at midnight, the guard said.", E, "midnight", "time", "2025-09-14T24:00",
     True),
    ("Polls close at midnight.", E, "midnight", "time", "2025-09-15T24:00", True),
    # a day joined to a time by "on" is its day, nearer than one across "until"
    ("Residents must stay home from 6 a.m. on Friday until 6 p.m. on Sunday.", E, "6 p.m.",
     "time", "2025-09-21T18:00", True),
    # the period a story reports on: "the full year" is the year it named last, "the week"
    # that of its day
    ("Sales fell 3% in the fourth quarter of 2024. For the full year, the firm lost money.", E,
     "the full year", "date", "2024", False),  # from the year written, not the reference
    ("The index rose 12 points on Friday. For the week, it gained 0.8%.", E, "the week", "date",
     "2025-W37", True),
    ("Orders rose in the third quarter of 2024. For the full fiscal year, the mill lost money.",
     E, "the full fiscal year", "date", "2024", False),
    ("Exports slowed in June 2023. In the fiscal year, the port handled fewer ships.", E,
     "the fiscal year", "date", "2023", False),
    # a count before "later than" or "earlier than" is how much later, a span, no date
    ("The ferry docked 40 minutes later than its timetable said.", E, "40 minutes", "duration",
     "PT40M", False),
    ("The bridge opened three months earlier than the city had planned.", E, "three months",
     "duration", "P3M", False),
    ("Results will come a week later than usual.", E, "a week", "duration", "P1W", False),
    # "the first year", "the final hour": spans of a year, of an hour
    ("The union offered a 2.5% raise in the first year of the contract.", E, "the first year",
     "duration", "P1Y", False),
    ("Stocks rallied in the final hour of trading.", E, "the final hour", "duration", "PT1H",
     False),
    # NER's span may start with a noun of no time: the date at its end stands alone
    ("Residents had asked for a wall years ago.", E, "years ago", "date", "PAST_REF", False),
    ("The chairman said in an interview last month that he would stay.", E, "last month",
     "date", "2025-08", True),
    ("The board cut its quarterly dividend in half last month.", E, "last month", "date",
     "2025-08", True),
    # a date of saying is not the year a later "that summer" is of
    ("The mill opened in 1998. \"We had no steel left,\" its owner said last week. She "
     "remortgaged her house that summer.", E, "that summer", "date", "1998-SU", False),
    ("The senator said in June 2012 that reforms were under way. That month, he introduced a "
     "bill.", E, "That month", "date", "2012-06", False),  # a written date of saying is
    # "The day before," standing alone counts back from the date the text gave before
    ("Voting was held on Sunday. The day before, gunfire broke out.", E, "The day before",
     "date", "2025-09-13", True),
    ("The plant opened in 1987. The year before, it nearly closed.", E, "The year before",
     "date", "1986", False),
    # a fortnight is 14 days, counted from the day before as days are
    ("The gang hit a shop on May 3, 2011 and another a fortnight later.", B,
     "a fortnight later", "date", "2011-05-17", False),
    ("The trial lasted two weeks.", B, "two weeks", "duration", "P2W", False),
    # a duration in several units is one, its units from the largest down
    ("The winner needed two hours and 14 minutes to finish the race.", A,
     "two hours and 14 minutes", "duration", "PT2H14M", False),
    ("The marathon took 2 hours 14 minutes.", A, "2 hours 14 minutes", "duration", "PT2H14M",
     False),
    ("He was sentenced to three years and four months in prison.", A,
     "three years and four months", "duration", "P3Y4M", False),
    ("The flight lasted 1 hour, 20 minutes, the airline said.", A, "1 hour, 20 minutes",
     "duration", "PT1H20M", False),
    # "and a half" after a count, hyphenated into an adjective or after digits
    ("He signed a three-and-a-half-year contract.", A, "three-and-a-half-year", "duration",
     "P3Y6M", False),
    ("The meeting lasted 2 and a half hours.", A, "2 and a half hours", "duration", "PT2H30M",
     False),
    # a count no smaller than the larger unit makes two durations
    ("The clerks received sentences of three years and 18 months respectively.", A,
     "18 months", "duration", "P18M", False),
    # a season after "this", "last", "next", which NER often misses; "this" in the tense's way
    ("The museum will reopen this autumn, officials said.", D, "this autumn", "date", "2024-FA",
     True),
    # ... but the nearer one where the seasons lie unevenly: in December, the spring ahead
    ("The bridge will reopen this spring, the council said.", date(2024, 12, 10), "this spring",
     "date", "2025-SP", True),
    # a part of the day counted from the day before it
    ("The fire broke out on Friday. Firefighters contained it the following morning.", B,
     "the following morning", "time", "2024-06-15TMO", True),
    ("Police arrested him on Monday and charged him the same evening.", B, "the same evening",
     "time", "2024-06-10TEV", True),
    # a set before a name that describes a noun is no newspaper's title
    ("The central bank's quarterly Tankan survey showed confidence rising.", B, "quarterly",
     "set", "P3M", False),
    # "now" before "accounts" (only "current account" is no time); "the near term" ahead
    ("Fuel now accounts for 45 percent of its costs.", A, "now", "date", "PRESENT_REF", False),
    # "recently", "lately": some time before now (TimeML's PAST_REF)
    ("Courts have recently postponed dozens of cases.", A, "recently", "date", "PAST_REF",
     False),
    ("Prices have risen sharply lately.", A, "lately", "date", "PAST_REF", False),
    # a time back that names no count: some past time
    ("A short time ago, officials confirmed the crash.", A, "A short time ago", "date",
     "PAST_REF", False),
    ("The plant closed some time ago, the union said.", A, "some time ago", "date", "PAST_REF",
     False),
    ("Moments ago, the jury returned its verdict.", A, "Moments ago", "date", "PAST_REF", False),
    ("Analysts said markets would remain volatile in the near term.", A, "the near term", "date",
     "FUTURE_REF", False),
    # a part of the day after "tomorrow" or "yesterday" where NER tags only the day
    ("Heat advisories remain in effect through tomorrow evening.", B, "tomorrow evening", "time",
     "2024-06-16TEV", True),
    # "expected" after a noun looks ahead, as "is expected" does
    ("Polls close at 8 p.m., with results expected on Monday morning.", B, "Monday morning",
     "time", "2024-06-17TMO", True),
    # a court's trial, not a subscription's ("Start your 14-day trial")
    ("He was jailed after a three-week trial in Leeds.", B, "three-week", "duration", "P3W",
     False),
    ("The journey took 5 1/2 hours.", B, "5 1/2 hours", "duration", "PT5H30M", False),
    ("Talks went on for 45 minutes.", B, "45 minutes", "duration", "PT45M", False),
    ("The mission lasted six months.", B, "six months", "duration", "P6M", False),
    ("He served two and a half years in prison.", B, "two and a half years", "duration",
     "P2Y6M", False),
    ("He spent a year and a half in prison.", B, "a year and a half", "duration", "P1Y6M",
     False),
    ("The law has been in force for a decade and a half.", B, "a decade and a half",
     "duration", "P15Y", False),
    ("The ceasefire held for 72 hours.", B, "72 hours", "duration", "PT72H", False),
    ("Output has doubled over the past 20 years.", C, "the past 20 years", "duration", "P20Y",
     False),
    ("The flight lasted about 11 hours.", B, "about 11 hours", "duration", "PT11H", False),
    ("He was jailed for several months.", B, "several months", "duration", "PXM", False),
    ("Prices have risen in recent years.", B, "recent years", "duration", "PXY", False),
    ("The regime ruled for four decades.", B, "four decades", "duration", "P40Y", False),
    ("They held a 16-hour meeting.", B, "16-hour", "duration", "PT16H", False),
    # sets
    ("The newspaper is published daily.", B, "daily", "set", "P1D", False),
    # an adjective of frequency is a set as the adverb is
    ("The economy grew at a 5.6% annual rate.", B, "annual", "set", "P1Y", False),
    ("The club will hold its annual meeting on Sept. 17.", B, "annual", "set", "P1Y", False),
    ("The city imposed a nightly curfew.", B, "nightly", "set", "XXXX-XX-XXTNI", False),  # as
    # "every night" is
    ("The board meets every Monday.", B, "every Monday", "set", "XXXX-WXX-1", False),
    # a part of the day on every day, as a weekday on every week
    ("She still rides to work every morning.", B, "every morning", "set", "XXXX-XX-XXTMO",
     False),
    ("The bells ring each night at the abbey.", B, "each night", "set", "XXXX-XX-XXTNI", False),
    # a part of the day after "every Tuesday" is the part of each Tuesday, as "Tuesday
    # mornings" is
    ("The fish market opens every Tuesday morning.", B, "every Tuesday morning", "set",
     "XXXX-WXX-2TMO", False),
    ("The migrants send home $1 billion a year.", B, "a year", "set", "P1Y", False),
    # what a past clause happens ahead of is still to come (15 June 2024 is a Saturday)
    ("Candidates held their final rallies on Saturday ahead of Monday's election.", B,
     "Monday", "date", "2024-06-17", True),
    ("Troops were deployed in the run-up to Sunday's vote.", B, "Sunday", "date",
     "2024-06-16", True),
    # ... but a margin ahead of a month compares with it: that month is past
    ("Orders in May ran 4% ahead of April's pace.", B, "April", "date", "2024-04", True),
    ("Officials said orders ran ahead of April's level.", B, "April", "date", "2024-04", True),
    # a weekday counted within each month happens once a month; within "the month" or "next
    # month" it is that month's day (15 June 2024: the last Friday of June is the 28th, the
    # second Tuesday of July the 9th)
    ("The council meets on the first Monday of each month.", B,
     "the first Monday of each month", "set", "P1M", False),
    ("Rents are due on the last Friday of the month.", B, "the last Friday of the month",
     "date", "2024-06-28", True),
    ("The vote will be held on the second Tuesday of next month.", B,
     "the second Tuesday of next month", "date", "2024-07-09", True),
    ("Inspectors visit the site every week.", B, "every week", "set", "P1W", False),
    ("The club elects its chair every two years.", B, "every two years", "set", "P2Y", False),
    ("The festival is held every summer.", B, "every summer", "set", "XXXX-SU", False),
    ("Crowds return to the harbour each summer season.", B, "each summer season", "set",
     "XXXX-SU", False),
    ("The market opens on weekends.", B, "weekends", "set", "XXXX-WXX-WE", False),
    # vague references
    ("Nobody is sure what will happen now.", B, "now", "date", "PRESENT_REF", False),
    # (TimeML's extent of the noun holds its "the"; the adjective of "future floods" has none)
    ("The city must prepare for the future.", B, "the future", "date", "FUTURE_REF", False),
    ("The levees must be raised to hold back future floods.", B, "future", "date",
     "FUTURE_REF", False),
    ("The mayor arrived with her current deputy.", B, "current", "date", "PRESENT_REF", False),
    # "at present", "at the moment" ending its clause: the present (the preposition is no part)
    ("The mine is closed at present.", B, "present", "date", "PRESENT_REF", False),
    ("The firm has no plans to sell at the moment.", B, "the moment", "date", "PRESENT_REF",
     False),
    ("The fire broke out on the night of Friday, May 24.", B, "the night of Friday, May 24",
     "time", "2024-05-24TNI", True),
    ("Prices fell in late-November, officials said.", B, "late-November", "date", "2023-11",
     True),
    ("The regime fell more than four decades ago.", B, "more than four decades ago", "date",
     "1984", True),
    ("The troops will stay for two more weeks.", B, "two more weeks", "duration", "P2W", False),
    # anaphora: the day after the last date mentioned
    ("The vote was held on June 5, and the results came the next day.", B, "the next day",
     "date", "2024-06-06", True),
    ("The bridge reopened on May 2 and the crews left that same day.", B, "that same day",
     "date", "2024-05-02", True),
    ("The war began in 1990. Two years later, it ended.", B, "Two years later", "date", "1992",
     False),
    ("The plant closed in June 2011; three months later it reopened.", B, "three months later",
     "date", "2011-09", False),
    ("He was elected in May 2010 and resigned the following year.", B, "the following year",
     "date", "2011", False),
    ("The talks began on June 3 and resumed the following week.", B, "the following week",
     "date", "2024-W24", True),
    ("The talks resumed the following week.", B, "the following week", "date", "2024-W25",
     True),
    ("Two years later, he died.", B, "Two years later", "duration", "P2Y", False),
    # "the previous day" is the day before the date the text gave, not a span of a day
    ("The strike began on June 3. The union had met the previous day.", B, "the previous day",
     "date", "2024-06-02", True),
    ("The union had met the previous day.", B, "the previous day", "date", "2024-06-14", True),
    ("The strike began on June 3. The previous night, talks had failed.", B,
     "The previous night", "time", "2024-06-02TNI", True),
    ("Sales reached $4 million in 2019, up from $3 million the previous year.", B,
     "the previous year", "date", "2018", False),
    ("Sales rose to $4 million, from $3 million the previous year.", B, "the previous year",
     "date", "2023", True),
    # "the following Monday": the first Monday after the day the text gave; June 3 2024 is one
    ("The strike began on June 3 and ended the following Monday.", B, "the following Monday",
     "date", "2024-06-10", True),
    ("The strike began on Thursday, June 6, and ended the following Monday.", B,
     "the following Monday", "date", "2024-06-10", True),
    ("The talks will resume the following Monday.", B, "the following Monday", "date",
     "2024-06-17", True),
    ("Shares fell following Monday's vote.", B, "Monday", "date", "2024-06-10", True),
    # "the following summer", "the following March", "that autumn": after or in the year of
    # the date the text gave before
    ("She set the record in March 2016 and turned professional the following summer.", B,
     "the following summer", "date", "2016-SU", False),
    ("The minister resigned in May 2014. That autumn, a new election was held.", B,
     "That autumn", "date", "2014-FA", False),
    ("The plant opened in 2001. The following March, it closed.", B, "The following March",
     "date", "2002-03", False),
    ("The plant opened in January 2001. The following March, it closed.", B,
     "The following March", "date", "2001-03", False),
    ("The dam will open the following spring.", B, "the following spring", "date", "2025-SP",
     True),
    # "the winter" alone is a season; "the fall" is as often a fall (NOT_DATES)
    ("Crews will monitor the ice through the winter.", B, "the winter", "date", "2024-WI",
     True),
    ("Prices rose in the spring.", B, "the spring", "date", "2024-SP", True),
    # "of the year" is the year its sentence named before, else this year
    ("The firm lost money in the first quarter of 2019 but returned to profit in the second "
     "half of the year.", B, "the second half of the year", "date", "2019-H2", False),
    ("Sales rose in 2019. In the first half of the year, profit fell.", B,
     "the first half of the year", "date", "2024-H1", True),
    # a clock time with no day in its clause: the day a sentence or two before gave (a lead
    # is often a paragraph of its own); in a past clause further on, the day the lead gave
    # (a market report filed the next morning); else the reference date
    ("Voters went to the polls on Sunday. Polls opened at 7 a.m.", A, "7 a.m.", "time",
     "2025-01-05T07:00", True),
    ("Voters went to the polls on Sunday.\n\nThe count began at 7 a.m.", A, "7 a.m.", "time",
     "2025-01-05T07:00", True),
    ("Voters went to the polls on Sunday. Turnout was high. Queues were long. The count began "
     "at 7 a.m.", A, "7 a.m.", "time", "2025-01-05T07:00", True),
    ("Voters went to the polls on Sunday. Turnout was high. Queues were long. The count is due "
     "to begin at 7 a.m.", A, "7 a.m.", "time", "2025-01-06T07:00", True),
    ("Turnout was high. Queues were long. Many waited. Voters went to the polls on Sunday. "
     "Some queued for hours. Others gave up. The count began at 7 a.m.", A, "7 a.m.", "time",
     "2025-01-06T07:00", True),
    # a clock time with no a.m. or p.m. beside a day's afternoon, evening or night
    ("The vigil tonight is at 6:45, and the search goes on until then.", A, "6:45", "time",
     "2025-01-06T18:45", True),
    ("The first polls close at 7 o'clock on Tuesday night.", A, "7 o'clock", "time",
     "2025-01-07T19:00", True),
    ("The ferry leaves at 7 o'clock on Tuesday morning.", A, "7 o'clock", "time",
     "2025-01-07T07:00", True),
    ("The polls close at 7 a.m. on Tuesday night, oddly.", A, "7 a.m.", "time",
     "2025-01-07T07:00", True),
    # a live blog's entry time on a line of its own is the reference date's
    ("Fenwick spoke after the Monday night debate.\n\n___\n\n8:05 a.m.\n\nOfficials said the "
     "polls opened on time.", date(2016, 9, 30), "8:05 a.m.", "time", "2016-09-30T08:05", True),
    # the tense of a passive's "will" hung under its "be"; a month of delivery lies ahead
    ("Markets will be closed Monday for the holiday.", C, "Monday", "date", "2023-03-06", True),
    ("Crude for January delivery rose 48 cents.", B, "January", "date", "2025-01", True),
    # a traded contract's month that moves lies ahead; a labour contract's month does not
    ("Gold rallied. The February contract rose $4.40 an ounce.", B, "February", "date",
     "2025-02", True),
    ("Oil slipped. The March contract lost 28 cents.", B, "March", "date", "2025-03", True),
    ("The union ratified the January contract last week.", B, "January", "date", "2024-01",
     True),
    ("December futures fell 2 cents.", B, "December", "date", "2024-12", True),
    ("Economists expect housing starts to slow in the second half.", C, "the second half",
     "date", "2023-H2", True),
    ("The president will mark his first 100 days in office on Wednesday.", B,
     "his first 100 days", "duration", "P100D", False),
    # a day after "beginning" or "effective" is when something starts, still ahead
    ("The president declared three days of national mourning, beginning Friday.", C, "Friday",
     "date", "2023-03-03", True),
    # the simple present of a timetable verb lies ahead
    ("The session opens Monday.", C, "Monday", "date", "2023-03-06", True),
    ("The fiscal year, which begins Oct. 1, will bring cuts.", date(2025, 1, 24), "Oct. 1",
     "date", "2025-10-01", True),
    # ahead, the quarter just over is the one still to be reported or estimated, all through
    # the next quarter (a late report, a growth revision); the one before it lies ahead
    ("The bank will report third-quarter results next week.", date(2024, 10, 24),
     "third-quarter", "date", "2024-Q3", True),
    ("Analysts said third-quarter profit would fall short.", date(2024, 10, 24),
     "third-quarter", "date", "2024-Q3", True),
    ("The bank will report its delayed third-quarter results.", date(2024, 12, 20),
     "third-quarter", "date", "2024-Q3", True),
    ("The first revision of second-quarter growth is due Aug. 31.", date(2025, 8, 17),
     "second-quarter", "date", "2025-Q2", True),
    ("The bank will report second-quarter results.", date(2024, 12, 20), "second-quarter",
     "date", "2025-Q2", True),
    # NER leaves out "every" and "this"; "since" and a deictic date start a second expression
    ("Pensions rise every January.", B, "every January", "set", "XXXX-01", False),
    ("We have heard this every January.", B, "every January", "set", "XXXX-01", False),
    # ... and "one" before "every" is what was paid, not a count of the set
    ("The mill raised its dividend in 1987 and has paid one every quarter since 1952.", B,
     "every quarter", "set", "P3M", False),
    ('"We have heard this every January for eight years," said Rep. Carl Hobbs.', B,
     "every January", "set", "XXXX-01", False),
    ("Our sales have grown every year since 2001.", B, "every year", "set", "P1Y", False),
    ("Our sales have grown every year since 2001.", B, "2001", "date", "2001", False),
    ("The magazine ran the story in this week's issue.", B, "this week", "date", "2024-W24",
     True),
    ("This year's harvest was poor.", B, "This year", "date", "2024", True),
    ("The plant will close for 10 days this month.", B, "10 days", "duration", "P10D", False),
    ("The plant will close for 10 days this month.", B, "this month", "date", "2024-06", True),
    # a figure written in digits before the count is not part of it
    ("Sales rose to 1,200 from 900 five years ago.", B, "five years ago", "date", "2019", True),
    ("The state will invest in rail over the next decade.", B, "the next decade", "duration",
     "P10Y", False),
    # a count spelled with a hyphen, where NER starts at the number: "the next" is its own
    ("Commanders say the next forty-eight hours are critical.", B,
     "the next forty-eight hours", "duration", "PT48H", False),
    # "a" and "of" make a spell of something, which NER may miss in a long sentence
    ("The council approved the footbridge, ending a decade of debate over how to link the "
     "town centre with the station.", A, "a decade", "duration", "P10Y", False),
    ("The strike ended after a week of talks between the union and the port.", A, "a week",
     "duration", "P1W", False),
    # "the early hours of" a day: that day's night (the hours after midnight, TNI)
    ("The ferry sank in the early hours of Sunday, officials said.", A,
     "the early hours of Sunday", "time", "2025-01-05TNI", True),
    ("The blaze started in the small hours of March 3.", A, "the small hours of March 3",
     "time", "2024-03-03TNI", True),
    ("The arrest came in the early hours of Thursday morning.", A,
     "the early hours of Thursday morning", "time", "2025-01-02TMO", True),  # as it says
    # "of" and a year complete the season before them, however NER cut the phrase
    ("Inflation peaked in the summer of 2022, the bank said.", A, "the summer of 2022", "date",
     "2022-SU", False),
    # a clock time that says it is local time, on the day of its clause or the weekday after
    # it; "(0243 GMT Wednesday)" gives the moment in another zone, on a day of its own
    ("The blast happened at 14:30 local time on Friday.", A, "14:30 local time", "time",
     "2025-01-03T14:30", True),
    ("The quake struck at 11:43 p.m. local time Tuesday (0243 GMT Wednesday).", D,
     "11:43 p.m. local time Tuesday", "time", "2024-03-05T23:43", True),
    ("The results came out at 8 a.m. local time (2300 GMT Sunday).", E, "8 a.m. local time",
     "time", "2025-09-15T08:00", True),
    # ... whose day, and the hours between the zones, date the clock time before it
    ("The quake struck at 4:17 a.m. local time (1917 GMT Saturday).", E,
     "4:17 a.m. local time", "time", "2025-09-14T04:17", True),
    ("The storm made landfall at 8 p.m. EDT (0000 GMT Sunday).", E, "8 p.m. EDT", "time",
     "2025-09-13T20:00-04", True),
    # a four-digit clock time before its zone is no year: the weekday after it keeps the
    # tense of its clause (Tuesday 9 September, not the coming one)
    ("The quake struck at 2117 GMT Tuesday.", E, "2117 GMT Tuesday", "time",
     "2025-09-09T21:17Z", True),
    # four digits before a time zone are a clock time, not a year
    ("Copper fell 2.3 percent by 1400 GMT.", E, "1400 GMT", "time", "2025-09-15T14:00Z", True),
    # ... or before "local time", which says its zone as GMT does; four digits before 10 a.m.
    # ("0300") are never a year after a clock's preposition
    ("The court adjourned at 1230 local time.", E, "1230 local time", "time",
     "2025-09-15T12:30", True),
    ("The curfew lasts until 0600, the army said.", E, "0600", "time", "2025-09-15T06:00", True),
    # holidays whose names hold an apostrophe, either apostrophe, read in their clause's tense
    ("Police were deployed in force on New Year's Eve.", A, "New Year's Eve", "date",
     "2024-12-31", True),
    ("Crowds gathered on New Year’s Eve in the square.", A, "New Year’s Eve", "date",
     "2024-12-31", True),
    ("Banks were shut on Presidents' Day.", B, "Presidents' Day", "date", "2024-02-19", True),
    # a clock time written as one token with its a.m. or p.m.
    ("The fire broke out at 10.30am on Sunday.", A, "10.30am", "time", "2025-01-05T10:30",
     True),
    ("The last train left at 9:15pm.", A, "9:15pm", "time", "2025-01-06T21:15", True),
    # a day written as an ordinal word
    ("He was killed on the fourth of July.", A, "the fourth of July", "date", "2024-07-04",
     True),
    # "the early hours" alone are those of the day in focus
    ("The body was found in the early hours.", A, "the early hours", "time", "2025-01-06TNI",
     True),
    ("The quake struck on Sunday. In the early hours, rescuers arrived.", A, "the early hours",
     "time", "2025-01-05TNI", True),
    # a clock time with its day written beside it is on that day, not the reference date
    ("The polls close at 8 p.m. tomorrow, officials said.", A, "8 p.m. tomorrow", "time",
     "2025-01-07T20:00", True),
    ("The shop was robbed at 11 p.m. last night.", A, "11 p.m. last night", "time",
     "2025-01-05T23:00", True),
    ("Police said the blast happened at 6 a.m. yesterday.", A, "6 a.m. yesterday", "time",
     "2025-01-05T06:00", True),
    # "that night", "that evening": the part of the day the text named just before
    ("The ferry sank on Friday. That night, divers reached the hull.", A, "That night", "time",
     "2025-01-03TNI", True),
    ("The mayor was detained on Tuesday and released that evening.", B, "that evening", "time",
     "2024-06-11TEV", True),
    ("The rebels seized the port on Sunday. Later that night, the navy withdrew.", A,
     "Later that night", "time", "2025-01-05TNI", True),
    # a day a span runs on from is not the day the story goes on with
    ("Heavy rain has fallen since Wednesday. Rivers rose four metres overnight.", A,
     "overnight", "time", "2025-01-05TNI", True),
    # a part of the day the clause happens in, after its preposition: of the story's day
    ("The ferry sank on Friday. In the afternoon, divers reached the hull.", A,
     "the afternoon", "time", "2025-01-03TAF", True),
    # ... "that night" is the night of the day the text gave, the reference date too
    ("The ferry sank on Monday. That night, divers reached the hull.", A, "That night",
     "time", "2025-01-06TNI", True),
    # ... the night a past clause tells of on the reference day is the one that led into it
    ("Rescuers worked through the night to free the driver.", A, "the night", "time",
     "2025-01-05TNI", True),
    # a dateline's date stops at the dash, whatever follows it
    ("PORTO NOVO, Sept 14 - Thousands of farmers marched on Saturday.", E, "Sept 14", "date",
     "2025-09-14", True),
    ("PORTO NOVO, Sept 14 - Farmers marched on Saturday.", E, "Sept 14", "date", "2025-09-14",
     True),
    ("PORTO NOVO, Sept. 14 (AP) -- Hundreds of farmers marched on Saturday.", E, "Sept. 14",
     "date", "2025-09-14", True),
    ("PORTO NOVO, 14 September – Dozens of farmers marched on Saturday.", E, "14 September",
     "date", "2025-09-14", True),
    ("The fair ran Sept 12 - 14 in the old market.", E, "Sept 12", "date", "2025-09-12", True),
    # a dateline's date was filed on or before the reference date, whatever the verbs say
    ("KITWE, Oct 2 (AP) - Rescue teams will try to reach the miners.", F, "Oct 2", "date",
     "2024-10-02", True),
    ("Rescue teams will try to reach the miners by Oct 2.", F, "Oct 2", "date", "2025-10-02",
     True),
    # "last" as a verb is no part of the duration; "the last two days" keeps it
    ("The hearings are expected to last two days.", B, "two days", "duration", "P2D", False),
    ("The drought could last three more months.", B, "three more months", "duration", "P3M",
     False),
    ("The ceasefire will last a week.", B, "a week", "duration", "P1W", False),
    ("Prices rose sharply over the last two days.", B, "the last two days", "duration", "P2D",
     False),
    ("The union met last week.", E, "last week", "date", "2025-W37", True),
    # "a fortnight", which NER misses, with and without a count from a date
    ("The talks resumed a fortnight later.", E, "a fortnight later", "duration", "P2W", False),
    ("A fortnight ago, the mayor resigned.", E, "A fortnight ago", "date", "2025-W36", True),
    ("The border stayed shut for a fortnight.", E, "a fortnight", "duration", "P2W", False),
    # bounds: the modifier belongs to the expression, never half of it
    ("The dam is expected to take at least five years to build.", B, "at least five years",
     "duration", "P5Y", False),
    ("The repairs will take at most three weeks.", B, "at most three weeks", "duration", "P3W",
     False),
    ("The tunnel took more than ten years to dig.", B, "more than ten years", "duration",
     "P10Y", False),
    ("The drill lasted less than two hours.", B, "less than two hours", "duration", "PT2H",
     False),
    ("The strike could go on for up to six months.", B, "up to six months", "duration", "P6M",
     False),
    # an ordinal counted within a month names its day; "last" there is no "last September"
    ("The fund closed its books on the last day of September.", G, "the last day of September",
     "date", "2025-09-30", True),
    ("The vote is on the second Tuesday of November.", G, "the second Tuesday of November",
     "date", "2025-11-11", True),
    ("The fair runs in the last week of October.", G, "the last week of October", "date",
     "2025-10", True),
    # "the week before last": the week before last week (Friday 3 October 2025 is in week 40)
    ("Prices rose the week before last.", G, "the week before last", "date", "2025-W38", True),
    ("Sales fell the year before last.", G, "the year before last", "date", "2023", True),
    # "the past" and "the future" with its distance are vague references, "the" included
    ("In the past, the ferry ran twice a day.", G, "the past", "date", "PAST_REF", False),
    ("The plant will stay open for the foreseeable future.", G, "the foreseeable future",
     "date", "FUTURE_REF", False),
    # a holiday named with "holiday" for its "Day" (6 January 2025: the third Monday is the 20th)
    ("Markets will close for the Martin Luther King Jr. holiday.", A,
     "the Martin Luther King Jr. holiday", "date", "2025-01-20", True),
    # the week or weekend of a day is that day's ISO week, or its weekend
    ("Talks are set for the week of Oct. 13.", G, "the week of Oct. 13", "date", "2025-W42",
     True),
    ("The storm hit on the weekend of Sept. 20.", G, "the weekend of Sept. 20", "date",
     "2025-W38-WE", True),
]

# TIMEX3 mod and freq: (sentence, reference date, expression, type, value, mod, freq,
# approximate)
MODS = [
    # a point before or after another: "shortly" leaves the distance vague
    ("She was sworn in shortly before midnight on Friday.", G, "shortly before midnight",
     "time", "2025-10-03T24:00", "BEFORE", None, True),
    ("Crowds paid tribute to the fighters who launched the uprising more than four decades ago "
     "in a rally Saturday.", G, "more than four decades ago", "date", "1985", "BEFORE", None,
     False),  # the bound belongs to the count, whichever rule found it
    ("Shortly after 10 p.m. the lights went out.", G, "Shortly after 10 p.m.", "time",
     "2025-10-03T22:00", "AFTER", None, True),
    ("The vote must be held no later than Friday.", G, "no later than Friday", "date",
     "2025-10-03", "ON_OR_BEFORE", None, False),
    ("The results will come no earlier than March.", G, "no earlier than March", "date",
     "2026-03", "ON_OR_AFTER", None, False),
    # "sometime": a point within the date, not said exactly
    ("The vote is expected sometime next week, officials said.", G, "sometime next week",
     "date", "2025-W41", "APPROX", None, True),
    # "late afternoon", "early in the evening": the part of the story's day, its end or start
    ("The dollar fell on Friday. By late afternoon it had recovered.", G, "late afternoon",
     "time", "2025-10-03TAF", "END", None, False),
    ("Crowds gathered early in the evening, police said.", G, "early in the evening", "time",
     "2025-10-03TEV", "START", None, False),
    # a count back from the reference date: "more than 40 years ago" lies before 1985
    ("The regime fell more than four decades ago.", G, "more than four decades ago", "date",
     "1985", "BEFORE", None, False),
    ("The reform passed less than a year ago.", G, "less than a year ago", "date", "2024",
     "AFTER", None, False),
    # ... or forward from the date before it: more than two years after 1990
    ("The war began in 1990. More than two years later, it ended.", G,
     "More than two years later", "date", "1992", "AFTER", None, False),
    # bounds on a duration
    ("He has led the country for less than a decade.", G, "less than a decade", "duration",
     "P10Y", "LESS_THAN", None, False),
    ("The rebels held the town for nearly three months.", G, "nearly three months",
     "duration", "P3M", "LESS_THAN", None, False),  # nearly: just short of three months
    ("The festival has run for almost three decades.", G, "almost three decades", "duration",
     "P30Y", "LESS_THAN", None, False),
    ("The dam took at least five years to build.", G, "at least five years", "duration", "P5Y",
     "EQUAL_OR_MORE", None, False),
    ("The office will stay open no more than 60 days.", G, "no more than 60 days", "duration",
     "P60D", "EQUAL_OR_LESS", None, False),
    ("The repairs will take at most three weeks.", G, "at most three weeks", "duration", "P3W",
     "EQUAL_OR_LESS", None, False),
    ("The strike could go on for up to six months.", G, "up to six months", "duration", "P6M",
     "EQUAL_OR_LESS", None, False),
    ("The tunnel took more than ten years to dig.", G, "more than ten years", "duration",
     "P10Y", "MORE_THAN", None, False),
    # a count right before its unit, where NER finds none
    ("Passengers should arrive at least three hours before flights.", G,
     "at least three hours", "duration", "PT3H", "EQUAL_OR_MORE", None, False),
    ("A former inspector was sentenced Tuesday to nine years in prison.", G, "nine years",
     "duration", "P9Y", None, None, False),
    # one more of a unit
    ("She ran the choir for another decade.", G, "another decade", "duration", "P10Y", None,
     None, False),
    # a bound makes "a day" a span, which alone it rarely is
    ("Evacuations took more than a day.", G, "more than a day", "duration", "P1D", "MORE_THAN",
     None, False),
    ("The talks were put off for a further week.", G, "a further week", "duration", "P1W",
     None, None, False),
    # a bound before "a week" belongs to it as before "two weeks"
    ("The strike lasted just over a week.", G, "just over a week", "duration", "P1W",
     "MORE_THAN", None, False),
    ("It took well over a year to finish.", G, "well over a year", "duration", "P1Y",
     "MORE_THAN", None, False),
    # ... after "for", where NER finds no date, and with a longer bound
    ("The case dragged on for well over a decade.", G, "well over a decade", "duration",
     "P10Y", "MORE_THAN", None, False),
    ("He spent a little over a year in Lisbon.", G, "a little over a year", "duration", "P1Y",
     "MORE_THAN", None, False),
    ("She waited a little more than a week for the verdict.", G, "a little more than a week",
     "duration", "P1W", "MORE_THAN", None, False),
    ("The repairs took slightly less than three days.", G, "slightly less than three days",
     "duration", "P3D", "LESS_THAN", None, False),
    # ... but "over" that spreads the verb's event across the span is no bound
    ("He took $11 million from investors over five years.", G, "five years", "duration",
     "P5Y", None, None, False),
    ("Deliberations were spread over two days.", G, "two days", "duration", "P2D", None, None,
     False),
    ("She has worked there for over 20 years.", G, "over 20 years", "duration", "P20Y",
     "MORE_THAN", None, False),
    ("The project took about three years.", G, "about three years", "duration", "P3Y",
     "APPROX", None, True),
    # a hedge before a 24-hour clock time the tagger missed belongs to it
    ("Rioters torched two cars at about 0300 on Saturday.", E, "about 0300", "time",
     "2025-09-13T03:00", "APPROX", None, True),
    ("Polls closed at around 2000 local time.", E, "around 2000 local time", "time",
     "2025-09-15T20:00", "APPROX", None, True),
    ("The building was evacuated at around 3 p.m.", G, "around 3 p.m.", "time",
     "2025-10-03T15:00", "APPROX", None, True),
    # a part of a period: its start, middle or end
    ("The talks will resume in early March.", G, "early March", "date", "2026-03", "START",
     None, False),
    ("Growth slowed in mid-2023.", G, "mid-2023", "date", "2023", "MID", None, False),
    ("Rents soared in the mid-1990s.", G, "the mid-1990s", "date", "199", "MID", None, False),
    ("The band peaked in the late 1990s.", G, "the late 1990s", "date", "199", "END", None,
     False),
    ("The reforms were passed at the end of 2019.", G, "the end of 2019", "date", "2019",
     "END", None, False),
    ("The deal should close by the end of the quarter.", G, "the end of the quarter", "date",
     "2025-Q4", "END", None, False),  # 3 October lies in the fourth quarter
    ("The plant will open at the start of next year.", G, "the start of next year", "date",
     "2026", "START", None, False),
    # the end of this decade or century, which NER leaves unmarked: its known digits
    ("Output should double by the end of the decade.", G, "the end of the decade", "date",
     "202", "END", None, False),
    ("Seas may rise a metre by the end of the century.", G, "the end of the century", "date",
     "20", "END", None, False),
    ("The deal was signed late Monday.", G, "late Monday", "date", "2025-09-29", "END", None,
     False),
    # "earlier" and "later" place a date before or after now, not at a period's start or end;
    # "the early hours" is a part of the day
    ("The minister spoke earlier this week.", G, "earlier this week", "date", "2025-W40", None,
     None, False),
    ("Profits will rise later this year.", G, "later this year", "date", "2025", None, None,
     False),
    # NER finds "the week" of "late in the week": the whole is the date, late in this week
    ("Airlines say it could take until late in the week to clear the backlog.", G,
     "late in the week", "date", "2025-W40", "END", None, False),
    ("The fire started in the early hours of Friday.", G, "the early hours of Friday", "time",
     "2025-10-03TNI", None, None, False),
    # sets: freq counts the times in each period
    ("Inspectors visit the plant twice a year.", G, "twice a year", "set", "P1Y", None, "2X",
     False),
    ("The committee meets three times a week.", G, "three times a week", "set", "P1W", None,
     "3X", False),
    ("Patients take the pill once a day.", G, "once a day", "set", "P1D", None, "1X", False),
    ("The two crews swap shifts once a fortnight.", G, "once a fortnight", "set", "P2W", None,
     "1X", False),
    ("The ferry sails twice daily.", G, "twice daily", "set", "P1D", None, "2X", False),
    # days or hours of each period are one set, the count its freq
    ("The bakery opens six days a week.", G, "six days a week", "set", "P1W", None, "6D",
     False),
    ("Nurses work 12 hours a day.", G, "12 hours a day", "set", "P1D", None, "12H", False),
    ("The council meets every other Tuesday.", G, "every other Tuesday", "set", "XXXX-WXX-2",
     None, None, False),
    # "year-end", "quarter-end" read as "the end of the year/quarter"
    ("The merger is expected to close by year-end.", B, "year-end", "date", "2024", "END",
     None, False),
    ("The bank will publish its reserves at quarter-end.", B, "quarter-end", "date", "2024-Q2",
     "END", None, False),
    # "the end of the year" in a past clause before this year's end has come is last year's
    ("Net debt fell to $2 billion at the end of the year, the company said.", A,
     "the end of the year", "date", "2024", "END", None, False),
    ("Net debt fell at year-end.", A, "year-end", "date", "2024", "END", None, False),
    ("The plant will close at the end of the year.", A, "the end of the year", "date", "2025",
     "END", None, False),
    ("Net debt fell at the end of the quarter.", F, "the end of the quarter", "date", "2025-Q2",
     "END", None, False),
    ("Sales rose at the end of the month.", A, "the end of the month", "date", "2024-12", "END",
     None, False),
    ("The board meets every Monday.", G, "every Monday", "set", "XXXX-WXX-1", None, None,
     False),
    ("Prices are reviewed annually.", G, "annually", "set", "P1Y", None, None, False),
    ("The migrants send home $1 billion a year.", G, "a year", "set", "P1Y", None, None,
     False),
]

# (sentence, reference date, expressions expected with their values, in order)
LISTS = [
    # a sentence NER ran on to is no end of a range: the day, then the term
    ("Ruiz was sentenced on Tuesday to four years and six months in prison.", E,
     [("Tuesday", "2025-09-09"), ("four years and six months", "P4Y6M")]),
    # "until" the next decade is that decade, "over" it a span of ten years
    ("Rollout could take until the next decade. Costs will rise over the next decade.", E,
     [("the next decade", "203"), ("the next decade", "P10Y")]),
    # the infinitive of "took three hours to" happened when "took" did
    ("The jury took less than three hours to reach its verdict on Thursday afternoon.", E,
     [("less than three hours", "PT3H"), ("Thursday afternoon", "2025-09-11TAF")]),
    # "the following month" after a year alone is some month of that year, not the month
    # after the reference date
    ("The mill closed in 2008. The following month, its owners sold the land.", E,
     [("2008", "2008"), ("The following month", "2008")]),
    # "and a second" after a year is another of what was counted, no count of seconds
    ("The bank got its first loan in May 2010 and a second in 2012.", E,
     [("May 2010", "2010-05"), ("2012", "2012")]),
    # a day owning a figure the story compares with ("Friday's gains") is not the day it goes
    # on with: 4 p.m. is yesterday's
    ("The dollar fell in late trading yesterday, reversing Friday's gains. It was quoted at "
     "142.75 yen at 4 p.m.", date(2024, 10, 24),
     [("yesterday", "2024-10-23"), ("Friday", "2024-10-18"), ("4 p.m.", "2024-10-23T16:00")]),
    # what a record is compared over is no part of the date after "since"; a count is
    ("It was the airline's best year since 1990.", B, [("1990", "1990")]),
    ("Exports had their weakest month since March 2019.", B, [("March 2019", "2019-03")]),
    ("The firm grew between 1994 and 1997.", B, [("1994", "1994"), ("1997", "1997")]),
    ("He served from 1990 to 1994.", B, [("1990", "1990"), ("1994", "1994")]),
    # a year, a quarter or a span, then when it was told of or lay: two expressions; a part of
    # a year with the year it is of: one
    ("The airline reported a profit for fiscal 2011 last month.", date(2011, 6, 23),
     [("fiscal 2011", "2011"), ("last month", "2011-05")]),
    ("The striker missed five months of last year with a knee injury.", date(2010, 4, 21),
     [("five months", "P5M"), ("last year", "2009")]),
    ("The rains started three weeks early this year.", date(2012, 11, 27),
     [("three weeks", "P3W"), ("this year", "2012")]),
    ("Profit should recover in the first half of next year.", date(2011, 6, 23),
     [("the first half of next year", "2012-H1")]),
    # a count back and the day, week or month it falls in now: two expressions, as TimeML's
    # annotators write them (E is Monday 2025-09-15, in ISO week 38)
    ("Twenty-five years ago this week, the bridge opened.", E,
     [("Twenty-five years ago", "2000"), ("this week", "2025-W38")]),
    ("A year ago today, the mill closed.", E, [("A year ago", "2024"), ("today", "2025-09-15")]),
    # NER's "Toulouse last week": a place's name before the date is no part of it
    ("The satellite completed its final tests at the plant in Toulouse last week.", E,
     [("last week", "2025-W37")]),
    # "the next fortnight" is a span from now, as "the next month" is; "these days" and
    # "nowadays" are now, "one of these days" some time ahead, no date
    ("The club hopes to name a coach within the next fortnight.", E,
     [("the next fortnight", "P2W")]),
    # "last fall to protest" is the autumn ("this fall to 2%" a drop); "that summer" is the
    # summer of the story's year; "the next spring" the spring after the story's date
    ("Lawmakers boycotted parliament for six weeks last fall to protest the count. Prices saw "
     "this fall to 2%.", E, [("six weeks", "P6W"), ("last fall", "2024-FA")]),
    ("The hiker vanished in June 1980. Police questioned more than 200 people that summer but "
     "never made an arrest.", E,
     [("June 1980", "1980-06"), ("that summer", "1980-SU")]),
    ("He lost his seat in November 1996. He was indicted the next spring.", E,
     [("November 1996", "1996-11"), ("the next spring", "1997-SP")]),
    # a judge sets sentencing for a day still to come; "four minutes later" after a clock time
    # is that time moved on
    ("On Friday the judge set sentencing for Jan. 15.", E,
     [("Friday", "2025-09-12"), ("Jan. 15", "2026-01-15")]),
    ("The plane left Kano at 7:52 a.m. on Saturday and lost contact four minutes later.", E,
     [("7:52 a.m.", "2025-09-13T07:52"), ("Saturday", "2025-09-13"),
      ("four minutes later", "2025-09-13T07:56")]),
    ("The alarm sounded and the crew left four minutes later.", E,
     [("four minutes later", "PT4M")]),
    # a decade that NER reads into a name; a year labelling an asteroid is none
    ("During the 1960s Brenning & Sons expanded into toasters.", E, [("1960s", "196")]),
    ("The probe entered orbit around the asteroid 2198 Tamsin.", E, []),
    # "the following year" and "that week" count from the story's date, when NER misses them
    ("The probe launched on October 9, 2004. It swung past Earth the following year.", E,
     [("October 9, 2004", "2004-10-09"), ("the following year", "2005")]),
    ("The attack came on March 3, 2005. Police arrested Rourke and a second man that week.", E,
     [("March 3, 2005", "2005-03-03"), ("that week", "2005-W09")]),
    # "overnight": the night of its clause's day, else in a past clause the night just gone
    ("Troops shelled the city overnight, killing 31 people, activists said.", E,
     [("overnight", "2025-09-14TNI")]),
    ("Polls close on Tuesday and results will be published overnight.", E,
     [("Tuesday", "2025-09-16"), ("overnight", "2025-09-16TNI")]),
    # a past "overnight" is the night that led into its day; a future clause's time takes no
    # day gone
    ("The quake struck on Monday. Aftershocks rattled the region overnight. Results will be "
     "published overnight.", E,
     [("Monday", "2025-09-15"), ("overnight", "2025-09-14TNI"), ("overnight", "2025-09-15TNI")]),
    # a 24-hour time alone on its line is a live blog entry's time; inside a sentence the
    # same digits are a score or a verse
    ("Election night live\n\n23:40\nLabour has won the seat, its first gain of the night.\n",
     E, [("23:40", "2025-09-15T23:40")]),
    ("Chelsea won 2:1 at home, and the preacher quoted John 3:16.", E, []),
    # the small hours after a night are of the day the night runs into; a late hour is the
    # night's own day
    ("Gales battered the coast overnight. The strongest gust was recorded shortly after 2am.",
     E, [("overnight", "2025-09-14TNI"), ("shortly after 2am", "2025-09-15T02:00")]),
    ("Gales battered the coast overnight. The first trees fell at 11pm.", E,
     [("overnight", "2025-09-14TNI"), ("11pm", "2025-09-14T23:00")]),
    # ... and so is the end of what runs on from the night: that hour of its own day is gone
    ("The storm, which arrived overnight, is moving north. Forecasters have a wind warning in "
     "place until 18:00.", E, [("overnight", "2025-09-14TNI"), ("18:00", "2025-09-15T18:00")]),
    # a date and the span after it are two expressions
    ("The bailout was expanded on Nov. 27 after months of wrangling.", E,
     [("Nov. 27", "2024-11-27"), ("months", "PXM")]),
    # "the Thanksgiving holiday" is the holiday's day; "recently" that leads to the date
    # after it is no date of its own
    ("Traders had not returned from the Thanksgiving holiday.", E,
     [("the Thanksgiving holiday", "2024-11-28")]),
    ("Shares traded higher as recently as last spring. The bank cut rates, most recently on "
     "Tuesday. The chief executive has recently resigned.", E,
     [("last spring", "2025-SP"), ("Tuesday", "2025-09-09"), ("recently", "PAST_REF")]),
    ("More teenagers cycle to school these days. Nowadays few walk. One of these days the "
     "bus will return.", E, [("these days", "PRESENT_REF"), ("Nowadays", "PRESENT_REF")]),
    ("The lira fell to its lowest level in twelve years today.", date(1998, 7, 13),
     [("twelve years", "P12Y"), ("today", "1998-07-13")]),
    # a range runs forward: read alone, 20 November lies nearer ahead on 24 October 2024, but a
    # past range that ends on 5 February starts the November before
    ("The exhibition ran from November 20 to February 5.", date(2024, 10, 24),
     [("November 20", "2023-11-20"), ("February 5", "2024-02-05")]),
    ("The show will run from November 20 to February 5.", date(2024, 10, 24),
     [("November 20", "2024-11-20"), ("February 5", "2025-02-05")]),
    # a weekday that would start a range after its end starts it the week before, not a year
    ("Fighting raged from Monday to Wednesday, residents said.", A,
     [("Monday", "2024-12-30"), ("Wednesday", "2025-01-01")]),
    # how long, then when: a duration and a date, as TimeML writes them
    ("The singer was jailed for 18 months in 2019.", B, [("18 months", "P18M"), ("2019", "2019")]),
    ("On Sunday Smith said he had spoken at the Sunday Mass.", B,
     [("Sunday", "2024-06-09"), ("Sunday", "2024-06-09")]),
    ("Attacks were recorded in 1994, 1995 and 1997.", B,
     [("1994", "1994"), ("1995", "1995"), ("1997", "1997")]),
    ("The fair runs on April 24 and 25.", B, [("April 24", "2024-04-24"), ("25", "2024-04-25")]),
    # NER leaves the second day out when the month is abbreviated; a number that counts is no day
    ("Ministers will meet on Sept. 16 and 17 to discuss the plan.", A,
     [("Sept. 16", "2025-09-16"), ("17", "2025-09-17")]),
    ("On March 3 and 4 people were hurt.", B, [("March 3", "2024-03-03")]),
    # ahead, a half that ended weeks ago is the one reported ("would post a loss" in July);
    # in January, the second half ahead is this year's
    ("The bank warned on Friday it would post a loss for the first half.", date(2012, 7, 6),
     [("Friday", "2012-07-06"), ("the first half", "2012-H1")]),
    ("The economy is expected to grow in the second half.", date(2013, 1, 10),
     [("the second half", "2013-H2")]),
    # a quarter or half named by its months
    ("The carmaker returned to profit in the April-June quarter.", B,
     [("April-June quarter", "2024-Q2")]),
    # ahead, as "the fourth quarter" is, the quarter just over
    ("The maker will publish results for the October-December quarter on Thursday.",
     date(2010, 2, 2), [("October-December quarter", "2009-Q4"), ("Thursday", "2010-02-04")]),
    ("Sales rose in the first three months of 2023 and fell in the first six months of 2022.", B,
     [("the first three months of 2023", "2023-Q1"), ("the first six months of 2022", "2022-H1")]),
    # "for six months from January 1": how long, then from when
    ("The tax cut will apply for six months from January 1.", B,
     [("six months", "P6M"), ("January 1", "2025-01-01")]),
    # a base form after "and" shares the "will" before it (the tagger calls "cut" a past)
    ("The airline said today it will ground 14 aircraft and cut 22 routes from September.",
     date(2008, 7, 15), [("today", "2008-07-15"), ("September", "2008-09")]),
    # how long, then a list of when
    ("The comet was visible for 18 months in 1996 and 1997.", B,
     [("18 months", "P18M"), ("1996", "1996"), ("1997", "1997")]),
    # a list of months is read in its first month's tense, however the parse hangs the others
    ("The bank said provisions taken in April, May and June would wipe out its profit.",
     date(2012, 7, 6), [("April", "2012-04"), ("May", "2012-05"), ("June", "2012-06")]),
    # "the following spring": the first spring after the date before it
    ("The ship sailed in 2011 and was delivered the following spring, the yard said.", B,
     [("2011", "2011"), ("the following spring", "2012-SP")]),
    ("Wildfires typically peak between January and March.", F,
     [("January", "XXXX-01"), ("March", "XXXX-03")]),
    # a bare month in a past-tense clause follows the story when it has moved on to a date far
    # from the reference date, just before it: September after June 2011 is 2011's
    ("The plant closed in June 2011. In September, its owners sold the site.", B,
     [("June 2011", "2011-06"), ("September", "2011-09")]),
    ("The treaty was signed on Nov. 3, 1997. In February the parliament ratified it.", B,
     [("Nov. 3, 1997", "1997-11-03"), ("February", "1998-02")]),  # the nearest February
    ("The treaty was signed in May 1997. Parliament will debate it again in June.", B,
     [("May 1997", "1997-05"), ("June", "2024-06")]),  # ahead: the reference date's
    ("The plant closed in March 2024. In May, its owners sold the site.", B,
     [("March 2024", "2024-03"), ("May", "2024-05")]),
    # a year alone that opens its sentence sets the scene as well, unless it is the reference
    # date's year; a year later in its sentence is most often background
    ("In 2009, the mill opened its doors. In April, it hired its first 200 workers.", B,
     [("2009", "2009"), ("April", "2009-04")]),
    ("In 2024, the mill opened its doors. In April, it hired its first 200 workers.", B,
     [("2024", "2024"), ("April", "2024-04")]),
    ("The mill has faced inspections since it won an award in 2009. In April, it hired 200 "
     "workers.", B, [("2009", "2009"), ("April", "2024-04")]),
    ("The plant closed in June 2011. It had been a hard year for the town and its workers. "
     "Many moved away. Some came back. In September, the site was sold.", B,
     [("June 2011", "2011-06"), ("September", "2023-09")]),  # too far back in the text
    # "that" makes a month the story's however far on it stands; a season near the story
    # takes the story's nearest such season
    ("The plant closed in June 2011. It had been a hard year for the town and its workers. "
     "Many moved away. Some came back. By that September, the site was sold.", B,
     [("June 2011", "2011-06"), ("September", "2011-09")]),
    ("The mill shut on March 3, 1996. By the summer, the talks had collapsed.", B,
     [("March 3, 1996", "1996-03-03"), ("the summer", "1996-SU")]),
    # a bare weekday in a past-tense clause follows a story that names its days, or a date of
    # its own sentence, when that story lies more than a week back: the first such day on or
    # after it ("had": the one before it)
    ("The mine collapsed on Tuesday, March 4, 2003. Rescuers reached the men on Thursday.", B,
     [("Tuesday, March 4, 2003", "2003-03-04"), ("Thursday", "2003-03-06")]),
    ("Troops entered the town on Aug. 3, 1990, and seized the palace on Thursday.", B,
     [("Aug. 3, 1990", "1990-08-03"), ("Thursday", "1990-08-09")]),  # 3 August was a Friday
    ("The mine collapsed on Tuesday, March 4, 2003. Warnings had been ignored on Monday.", B,
     [("Tuesday, March 4, 2003", "2003-03-04"), ("Monday", "2003-03-03")]),
    # ... but a date with no weekday, a sentence before, is background: the news is this week's
    ("The company was founded on March 3, 1990. On Monday, it filed for bankruptcy.", B,
     [("March 3, 1990", "1990-03-03"), ("Monday", "2024-06-10")]),
    # a story within the week reads the same either way
    ("The storm hit on Monday, June 10, 2024. It moved inland on Wednesday.", B,
     [("Monday, June 10, 2024", "2024-06-10"), ("Wednesday", "2024-06-12")]),
    # a date naming a thing, or a flashback's, is no story time
    ("Police charged two men over the May 4, 2011, bombing of a market. They were arrested in "
     "April.", B, [("the May 4, 2011", "2011-05-04"), ("April", "2024-04")]),
    ("She had left the country in June 2011. In March she returned to testify.", B,
     [("June 2011", "2011-06"), ("March", "2024-03")]),
    # a headline's season is the one its article names: the winter just ended
    ("Neighbours to reopen river talks after dry winter\n\nThe two ministers spoke on Tuesday, "
     "after a dry winter left reservoirs low.", date(2025, 3, 4),
     [("winter", "2024-WI"), ("Tuesday", "2025-03-04"), ("winter", "2024-WI")]),
    # a clock time takes the day given earlier in its sentence, in another clause too
    ("The river crested on Wednesday, and at 11 p.m. the council ordered the streets emptied.",
     B, [("Wednesday", "2024-06-12"), ("11 p.m.", "2024-06-12T23:00")]),
    # a day that dates the telling ("police said yesterday") is not the day the story tells of
    ("Two men robbed a jeweller on Wednesday afternoon, police said yesterday. Detectives said "
     "the pair entered the shop at 2:35 p.m.", B,
     [("Wednesday afternoon", "2024-06-12TAF"), ("yesterday", "2024-06-14"),
      ("2:35 p.m.", "2024-06-12T14:35")]),
    ("The dam broke on Aug. 2, 1990. The water reached the church that night, a farmer said on "
     "Thursday. Two days later it began to fall.", B,
     [("Aug. 2, 1990", "1990-08-02"), ("that night", "1990-08-02TNI"),
      ("Thursday", "2024-06-13"), ("Two days later", "1990-08-04")]),
    # a weekday set beside a day names that day; one that does not match it is read alone
    ("The hiker set out on June 7, a Friday, and was found four days later.", B,
     [("June 7", "2024-06-07"), ("Friday", "2024-06-07"), ("four days later", "2024-06-11")]),
    ("On June 6, a Thursday, the span dropped into the river at about 4:45 p.m.", B,
     [("June 6", "2024-06-06"), ("Thursday", "2024-06-06"), ("about 4:45 p.m.",
                                                              "2024-06-06T16:45")]),
    ("The hiker set out on June 7, a Monday, it was said.", B,
     [("June 7", "2024-06-07"), ("Monday", "2024-06-10")]),
    # a month's day without a year follows a story far back, as a bare month does; a season
    # with its year sets the story's year
    ("On March 3, 1997, the river rose two metres. Soldiers arrived on March 6 with pumps.", B,
     [("March 3, 1997", "1997-03-03"), ("March 6", "1997-03-06")]),
    ("On March 3, 1997, the river rose two metres. Soldiers will return on March 6.", B,
     [("March 3, 1997", "1997-03-03"), ("March 6", "2025-03-06")]),
    ("The scheme fell apart in the fall of 2004. On Nov. 15 of that year, investors asked for "
     "their money back. The next morning he fled.", B,
     [("the fall of 2004", "2004-FA"), ("Nov. 15 of that year", "2004-11-15"),
      ("The next morning", "2004-11-16TMO")]),
    # a date after "since" starts a span that reaches the present: no story time
    ("The bank has kept rates near zero since December 2008. Policymakers met again in "
     "September.", E, [("December 2008", "2008-12"), ("September", "2025-09")]),
]

# Financial periods, reported on Thursday 24 October 2024 (in the fourth quarter): a period
# "a year earlier", "the year-earlier period", "the same period last year" is the period just
# named, a year back; "the latest quarter" the quarter just named, else the last one complete.
R = date(2024, 10, 24)
PERIODS = [
    # the week, month or year a verb opens or closes: the one the story reports on, the last
    # it named (the month of the week just given), else the reference date's
    ("The Dow ended the week 2% higher.", G, [("the week", "2025-W40")]),
    ("The index finished the year up 12%.", G, [("the year", "2025")]),
    ("The Dow ended the week higher. Bonds closed the month flat.", G,
     [("the week", "2025-W40"), ("the month", "2025-10")]),
    ("They began the month-long strike at the port.", G, [("month-long", "P1M")]),  # a length
    # in the past tense, a half or a quarter begun less than a month ago is last year's
    ("Output grew at a healthy pace in the first half.", date(2025, 1, 19),
     [("the first half", "2024-H1")]),
    ("Output grew at a healthy pace in the first half.", date(2025, 3, 19),
     [("the first half", "2025-H1")]),
    ("Orders fell in the third quarter.", date(2025, 7, 10), [("the third quarter", "2024-Q3")]),
    # ... but a forecast's quarter is still ahead, whatever the verb's tense
    ("Two brokers cut their forecasts for the fourth quarter.", R,
     [("the fourth quarter", "2024-Q4")]),
    # a figure compared with ("down from") is known: its quarter is no future one
    ("Economists expect growth of 1% this quarter, down from a 1.6% rate in the first "
     "quarter.", date(2024, 7, 18),
     [("this quarter", "2024-Q3"), ("the first quarter", "2024-Q1")]),
    # ... and so is an estimate's, early in the quarter, when a past one would be last year's
    ("An analyst estimated fourth-quarter earnings at 95 cents a share.", date(2024, 10, 10),
     [("fourth-quarter", "2024-Q4")]),
    # a week the text named is what "the previous week" and "a year earlier" count from
    ("Output fell 2% in the week ended Saturday from the previous week, and 6% from a year "
     "earlier.", R, [("the week ended Saturday", "2024-W42"), ("the previous week", "2024-W41"),
                     ("a year earlier", "2023-W42")]),
    # a second comparison compares with the period reported on, not with the first comparison
    ("Net income for the fiscal year ended June 30 rose 5% from the year-earlier period. Sales "
     "were $2 billion, up from $1.8 billion a year earlier.", R,
     [("the fiscal year ended June 30", "2024-06-30"), ("the year-earlier period", "2023"),
      ("a year earlier", "2023")]),
    # a quarter named by its months and "period"; quarters counted are months; a dividend
    # "a quarter" is a set, "a quarter of" a share; "midyear" is the year's middle
    ("Output in the July-September period fell 1%.", R, [("the July-September period", "2024-Q3")]),
    # "fiscal" between the ordinal and the period changes nothing of how it reads; a year
    # written before "fiscal year" is that year, not a count of years
    ("Margins widened in the second fiscal quarter.", R,
     [("the second fiscal quarter", "2024-Q2")]),
    ("Sales should recover in the second fiscal half.", R, [("the second fiscal half", "2024-H2")]),
    ("The agency overspent in the 2021 fiscal year.", R, [("the 2021 fiscal year", "2021")]),
    ("Fees go up for the 2026 school year.", R, [("the 2026 school year", "2026")]),
    ("Spending rose after falling for two consecutive quarters.", R,
     [("two consecutive quarters", "P6M")]),
    ("Lenders made fewer loans in each of the last three quarters.", R,
     [("the last three quarters", "P9M")]),
    ("Sales should climb over the next two quarters.", R, [("the next two quarters", "P6M")]),
    ("The browser holds nearly three quarters of the market. The home side led for three "
     "quarters.", R, []),
    ("The bank pays 24 cents a quarter and holds a quarter of the market.", R,
     [("a quarter", "P3M")]),
    ("The agency expects the slump to end by midyear.", R, [("midyear", "2024")]),
    ("Profit rose 12% in the third quarter from the year-earlier period.", R,
     [("the third quarter", "2024-Q3"), ("the year-earlier period", "2023-Q3")]),
    # a month's comparison keeps the month; a year's the year
    # "added 150,000 jobs in September" tells of jobs, not of words said: the month before is
    # counted from September, not from the day named before it
    ("Analysts said Friday's jobs report will matter. Employers added 150,000 jobs in "
     "September, after a gain of 209,000 the month before.", R,
     [("Friday", "2024-10-25"), ("September", "2024-09"), ("the month before", "2024-08")]),
    ("Sales fell 2% in September from a year earlier.", R,
     [("September", "2024-09"), ("a year earlier", "2023-09")]),
    ("Profit rose in 2023 from a year earlier.", R, [("2023", "2023"), ("a year earlier", "2022")]),
    ("Revenue rose in the third quarter. It had fallen in the year-ago quarter.", R,
     [("the third quarter", "2024-Q3"), ("the year-ago quarter", "2023-Q3")]),
    ("Sales fell in the second quarter, compared with the same period last year.", R,
     [("the second quarter", "2024-Q2"), ("the same period last year", "2023-Q2")]),
    ("The bank earned $1.2 billion in the third quarter, up from $900 million a year earlier.",
     R, [("the third quarter", "2024-Q3"), ("a year earlier", "2023-Q3")]),
    ("Profit rose in the third quarter from a year ago.", R,
     [("the third quarter", "2024-Q3"), ("a year ago", "2023-Q3")]),
    ("The plant closed a year ago.", R, [("a year ago", "2023")]),
    # "for the year", "in the month": the year or month the story reports on
    ("Wholesale prices rose 1.2% in December. For the year, they rose 4.8%.", date(1990, 1, 12),
     [("December", "1989-12"), ("the year", "1989")]),
    ("Housing starts slid 3.1% in May. Building permits fell 2.4% in the month.",
     date(1989, 6, 23), [("May", "1989-05"), ("the month", "1989-05")]),
    ("Profit fell in the fourth quarter from the year-earlier quarter. For the year, the company "
     "earned $211 million.", date(1990, 1, 18),
     [("the fourth quarter", "1989-Q4"), ("the year-earlier quarter", "1988-Q4"),
      ("the year", "1989")]),
    ("She was the best swimmer in the year.", R, []),
    # a half read in its clause's tense, found where NER tags only "first"
    ("The first half will be tough, the chairman said.", R, [("The first half", "2025-H1")]),
    # an owner's word ("its") does not hide the period's end
    ("Harlow reported a loss for its fiscal second quarter ended Dec. 31.", R,
     [("its fiscal second quarter ended Dec. 31", "2023-Q4")]),
    # after a day or a month (often only when something was said), "a year earlier" is the year
    ("Sales rose 3% from a year earlier, the company said on Tuesday.", R,
     [("a year earlier", "2023"), ("Tuesday", "2024-10-22")]),
    ("The company said on Tuesday that sales rose 3% from a year earlier.", R,
     [("Tuesday", "2024-10-22"), ("a year earlier", "2023")]),
    # "the quarter", "the period" alone: the one the text named before (no date without one)
    ("Harlow earned $92 million in the third quarter. Sales for the quarter rose 8%.", R,
     [("the third quarter", "2024-Q3"), ("the quarter", "2024-Q3")]),
    ("In the first half, profit fell. Revenue in the period rose 2%.", R,
     [("the first half", "2024-H1"), ("the period", "2024-H1")]),
    ("Sales for the quarter rose 8%.", R, []),
    ("Harlow earned $5 million in the third quarter. Revenue in the latest period climbed 9%.",
     R, [("the third quarter", "2024-Q3"), ("the latest period", "2024-Q3")]),
    ("In the second quarter, Northgate earned $57 million, up 6% from the year-ago period.", R,
     [("the second quarter", "2024-Q2"), ("the year-ago period", "2023-Q2")]),
    ("The period of mourning ended in the second quarter.", R, [("the second quarter", "2024-Q2")]),
    # with no date before it, "a year earlier" counts back from the reference date, as "a
    # year ago" does; "two years later" stays a span (see CASES)
    ("Profit fell to $4 million from $9 million a year earlier.", R,
     [("a year earlier", "2023")]),
    ("Orders rose 3% from three months earlier.", R, [("three months earlier", "2024-07")]),
    ("Prices were flat from a week earlier.", R, [("a week earlier", "2024-W42")]),
    ("Third-quarter profit rose to $2 billion.", R, [("Third-quarter", "2024-Q3")]),
    ("Net income rose in the first half of the year.", R,
     [("the first half of the year", "2024-H1")]),
    ("Losses narrowed in the first half, the company said.", R, [("the first half", "2024-H1")]),
    ("The bank reported a loss for the second quarter. Fees in the latest quarter fell.", R,
     [("the second quarter", "2024-Q2"), ("the latest quarter", "2024-Q2")]),
    ("Revenue fell in the latest quarter.", R, [("the latest quarter", "2024-Q3")]),
    # a period "ended" on a day has closed: the day is behind the reference date, however
    # near the same day a year on lies
    ("The company reported a loss for the three months ended Dec. 31.", R,
     [("the three months", "P3M"), ("Dec. 31", "2023-12-31")]),
    ("Sales for the 52 weeks ended Jan. 28 rose 4%.", R,
     [("the 52 weeks", "P52W"), ("Jan. 28", "2024-01-28")]),
    # a count after "the latest" is a span, as after "the last" or "the past"
    ("Earnings for the latest 12 months fell 3%.", R, [("the latest 12 months", "P12M")]),
    # "the nine months to September" is a span of nine months, ending in September
    ("Operating profit in the nine months to September fell.", R,
     [("the nine months", "P9M"), ("September", "2024-09")]),
    ("The firm expects growth in fiscal 2025.", R, [("fiscal 2025", "2025")]),
    ("Results for Q3 2024 beat forecasts.", R, [("Q3 2024", "2024-Q3")]),
    # a period's code opening a sentence, where NER sees only the year; a half's code only
    # with its year ("H2" alone is as often hydrogen)
    ("Q1 2024 revenue fell 3%.", R, [("Q1 2024", "2024-Q1")]),
    ("H1 2024 results were strong.", R, [("H1 2024", "2024-H1")]),
    ("The plant makes H2 for fuel cells.", R, []),
    # the short codes of results and budgets: a fiscal year, a quarter or half with its year
    ("Acme's 2Q24 earnings beat forecasts.", R, [("2Q24", "2024-Q2")]),
    ("1H24 profit rose by a tenth.", R, [("1H24", "2024-H1")]),
    ("The FY2025 budget was approved.", R, [("FY2025", "2025")]),
    ("In FY24, margins narrowed.", R, [("FY24", "2024")]),
    ("The FY 2023 accounts were late.", R, [("FY 2023", "2023")]),
    ("Q3FY24 sales were flat.", R, [("Q3FY24", "2024-Q3")]),
    ("Margins fell in Q2 FY2024.", R, [("Q2 FY2024", "2024-Q2")]),
    ("Sales fell in 1Q 2023.", R, [("1Q 2023", "2023-Q1")]),
    # codes of other things are no periods
    ("He drove an F150 on the A1 past the H5N1 lab.", R, []),
    # "the six months ended Dec. 31" (a duration and a day) names the second half: "the same
    # period a year earlier" is that half a year back; "the three months to June 30" a quarter
    ("For the six months ended Dec. 31, net income rose to $40 million from $37 million in the "
     "same period a year earlier.", date(1990, 3, 8),
     [("the six months", "P6M"), ("Dec. 31", "1989-12-31"),
      ("the same period a year earlier", "1988-H2")]),
    ("In the three months to June 30, sales fell 4% from the year-earlier period.", R,
     [("the three months", "P3M"), ("June 30", "2024-06-30"),
      ("the year-earlier period", "2023-Q2")]),
    # a comparison counted back from the year just named compares with that year every time:
    # a second "a year earlier" is the same year, not the one before it; "the prior year" and
    # "the preceding year" are "the previous year"
    ("Net income rose in 1989 to $41 million from $37 million a year earlier. Revenue rose to "
     "$612 million from $590 million a year earlier. Costs fell from the prior year.",
     date(1989, 10, 19),
     [("1989", "1989"), ("a year earlier", "1988"), ("a year earlier", "1988"),
      ("the prior year", "1988")]),
    # ... and a quarter's "a year ago" leaves the quarter reported for the next comparison,
    # until the story turns to the nine months: their year-earlier period lies in 1988
    ("Third-quarter profit rose to $52 million from $45 million a year earlier. Sales rose to "
     "$1.1 billion from $1.04 billion a year ago. For the nine months, profit rose from the "
     "year-earlier period.", date(1989, 10, 24),
     [("Third-quarter", "1989-Q3"), ("a year earlier", "1988-Q3"), ("a year ago", "1988-Q3"),
      ("the nine months", "P9M"), ("the year-earlier period", "1988")]),
    ("Sales will fall short of the prior year's level.", date(1990, 3, 8),
     [("the prior year", "1989")]),
    ("Profit doubled from the preceding year.", date(1990, 3, 8),
     [("the preceding year", "1989")]),
    # "the same month last year", "the same week a year ago", "the same day of 2023": the
    # month, week or day just named, a year back or in the year given; 29 February a year back
    # is the 28th; with nothing named, last year
    ("Car sales fell 8% in September compared with the same month last year.", R,
     [("September", "2024-09"), ("the same month last year", "2023-09")]),
    ("Retail sales in October rose from the same month a year earlier.", R,
     [("October", "2024-10"), ("the same month a year earlier", "2023-10")]),
    ("Bookings in May rose 4% from the same month of 2022.", R,
     [("May", "2024-05"), ("the same month of 2022", "2022-05")]),
    ("Imports rose in the week ended Oct. 18, compared with the same week last year.", R,
     [("the week ended Oct. 18", "2024-W42"), ("the same week last year", "2023-W42")]),
    ("Traffic on Feb. 29, 2024 was heavier than on the same day a year ago.", R,
     [("Feb. 29, 2024", "2024-02-29"), ("the same day a year ago", "2023-02-28")]),
    ("Exports rose 3% compared with the same month last year.", R,
     [("the same month last year", "2023")]),
    # without a period before it, "the same period last year" is last year
    ("Sales grew 5% compared with the same period last year.", R,
     [("the same period last year", "2023")]),
    # "current" is "this": on 24 October the current quarter is the fourth
    ("The bank expects growth in the current quarter.", R, [("the current quarter", "2024-Q4")]),
    ("Inflation will ease in the current year.", R, [("the current year", "2024")]),
    ("Orders slowed in the current month.", R, [("the current month", "2024-10")]),
    # the end of the quarter is this quarter's end (its mod END is checked in MODS)
    ("The deal should close by the end of the quarter.", R,
     [("the end of the quarter", "2024-Q4")]),
    # with no quarter named, the quarter reported is the last complete one (Q3), a year back
    ("The firm earned $3 a share in the year-earlier quarter.", R,
     [("the year-earlier quarter", "2023-Q3")]),
    # a quarter named by the day it ended: 30 September closes the third, 31 March the first
    ("Net income rose 8% in the quarter ended Sept. 30.", R,
     [("the quarter ended Sept. 30", "2024-Q3")]),
    ("Sales fell in the quarter ended March 31, 2023.", R,
     [("the quarter ended March 31, 2023", "2023-Q1")]),
    ("Revenue rose in the half to June 30.", R, [("the half to June 30", "2024-H1")]),
    ("The firm expects a loss for the fourth quarter ending Dec. 31.", R,
     [("the fourth quarter ending Dec. 31", "2024-Q4")]),
    # a year's possessive is no decade: "2023's first quarter", not the 2020s
    ("Profit rose in fiscal 2023's first quarter.", R,
     [("fiscal 2023's first quarter", "2023-Q1")]),
    # "the previous quarter" is the one before the quarter just named; with none named, before
    # the quarter reported, the last complete one (Q3): the second
    ("Revenue rose in the third quarter from the previous quarter.", R,
     [("the third quarter", "2024-Q3"), ("the previous quarter", "2024-Q2")]),
    ("Revenue rose 2% from the previous quarter.", R, [("the previous quarter", "2024-Q2")]),
    ("Sales rose in the first quarter of 2023 but fell in the preceding quarter.", R,
     [("the first quarter of 2023", "2023-Q1"), ("the preceding quarter", "2022-Q4")]),
    # a year named by its last day: 31 December closes the calendar year; a fiscal year to
    # 30 June is no calendar year, so the day is all that is known
    ("Net income rose 3% in the year ended Dec. 31.", R,
     [("the year ended Dec. 31", "2023")]),
    ("Sales rose in the fiscal year ended June 30.", R,
     [("the fiscal year ended June 30", "2024-06-30")]),
    # a fiscal year counted from this one is read as its calendar year, as "fiscal 2025" is
    ("The chain expects to open 40 stores this fiscal year.", R, [("this fiscal year", "2024")]),
    ("Sales fell 3% last fiscal year.", R, [("last fiscal year", "2023")]),
    # a quarter named by the month it ends in is that calendar quarter, in the clause's tense:
    # on 24 October a past December quarter is last year's, a coming one this year's
    ("Profit rose 6% in the June quarter.", R, [("the June quarter", "2024-Q2")]),
    ("Revenue rose in the December quarter from the September quarter.", R,
     [("the December quarter", "2023-Q4"), ("the September quarter", "2024-Q3")]),
    ("The retailer expects sales to rise in the December quarter.", R,
     [("the December quarter", "2024-Q4")]),
    ("Profit rose in the March 2023 quarter.", R, [("the March 2023 quarter", "2023-Q1")]),
    # a retailer's quarter ending in January is no calendar quarter: the month is all we know
    ("Sales rose in the January quarter.", R, [("the January quarter", "2024-01")]),
    # ... and a period named by the month it ended, as by its last day
    ("Net income rose in the quarter ended in June.", R,
     [("the quarter ended in June", "2024-Q2")]),
    ("Sales fell 2% in the quarter to September.", R, [("the quarter to September", "2024-Q3")]),
    ("Profit fell in the year to December.", R, [("the year to December", "2023")]),
    # 31 October ends no calendar quarter: the day it names is all that is known
    ("Sales fell in the quarter ended Oct. 31.", R, [("the quarter ended Oct. 31", "2024-10-31")]),
    # a period named to compare with ("the year-earlier period", "a year earlier") leaves the
    # one reported on as "the quarter" and "the latest quarter"
    ("Third-quarter profit rose 18% from the year-earlier period. Results in the latest quarter"
     " benefited from demand.", R,
     [("Third-quarter", "2024-Q3"), ("the year-earlier period", "2023-Q3"),
      ("the latest quarter", "2024-Q3")]),
    ("Net income rose in the third quarter from $6 million a year earlier. Sales in the quarter"
     " rose 5%.", R,
     [("the third quarter", "2024-Q3"), ("a year earlier", "2023-Q3"), ("the quarter", "2024-Q3")]),
    # "in" or "on" between a span's end word and its date is neither's
    # a rebound or a surge of the economy is no word of a game
    ("Analysts expect a rebound in the second half as prices shot up.", R,
     [("the second half", "2024-H2")]),
    ("Prices rose 4% in the 12 months ended in September.", R,
     [("the 12 months", "P12M"), ("September", "2024-09")]),
    # a quarter still to come is never "the latest": that is the quarter just over
    ("Bayview expects fourth-quarter sales to grow. Analysts had forecast a profit of 40 cents a"
     " share for the latest quarter.", R,
     [("fourth-quarter", "2024-Q4"), ("the latest quarter", "2024-Q3")]),
    # "the 2023 period" is the period reported on, in 2023; a quarter compared with ("from
    # the second quarter") is not the one reported on
    ("In the third quarter, profit fell 4.5% from the second quarter and 8% from the 2023 "
     "period.", R,
     [("the third quarter", "2024-Q3"), ("the second quarter", "2024-Q2"),
      ("the 2023 period", "2023-Q3")]),
    ("Profit fell 8% from the 2023 period.", R, [("the 2023 period", "2023")]),
    # "the current period" is the quarter (or half) under way, as the text counts periods;
    # with none named, the present
    ("Profit rose in the third quarter. Analysts expect profit in the current period to be "
     "flat.", R, [("the third quarter", "2024-Q3"), ("the current period", "2024-Q4")]),
    ("Analysts expect profit in the current period to be flat.", R,
     [("the current period", "PRESENT_REF")]),
    # a week named by its last day is that day's week (Saturday 12 October 2024: week 41)
    ("Jobless claims rose by 15,000 in the week ended Oct. 12.", R,
     [("the week ended Oct. 12", "2024-W41")]),
    # how long, then how long ago: two expressions
    ("It rained for 10 days a month ago.", R, [("10 days", "P10D"), ("a month ago", "2024-09")]),
    # a period set off by a comma before the day it ended: the day is the date, not "ended"
    ("Profit for its first quarter, ended March 31, rose 14%.", R,
     [("its first quarter", "2024-Q1"), ("March 31", "2024-03-31")]),
    # "the same period of 2006" is the period just named, in 2006, as "the 2006 period" is
    ("Sales in the first half of 2007 were lower than in the same period of 2006.", R,
     [("the first half of 2007", "2007-H1"), ("the same period of 2006", "2006-H1")]),
    ("Revenue in the third quarter rose 4% from the same quarter in 2022.", R,
     [("the third quarter", "2024-Q3"), ("the same quarter in 2022", "2022-Q3")]),
    # a week or month named by its last day, given as "yesterday" or as the month's last day
    ("Mortgage rates averaged 6.1% in the week ended yesterday.", R,
     [("the week ended yesterday", "2024-W43")]),
    ("Factory output fell in the month ended Sept. 30.", R,
     [("the month ended Sept. 30", "2024-09")]),
    # a quarter or half without a year, after one with a year in its sentence: of that year;
    # one before it, in a clause still to come, of the year after
    ("The chain expects a weak first half of 2026 but a recovery in the second half.", R,
     [("a weak first half of 2026", "2026-H1"), ("the second half", "2026-H2")]),
    ("Orders rose in the first quarter of 2022, and the second quarter was stronger still.", R,
     [("the first quarter of 2022", "2022-Q1"), ("the second quarter", "2022-Q2")]),
    ("Sales fell in the third quarter of 2019, and the fourth quarter was flat.", R,
     [("the third quarter of 2019", "2019-Q3"), ("the fourth quarter", "2019-Q4")]),
    ("Sales fell in the fourth quarter of 2025, but the first quarter will be better.", R,
     [("the fourth quarter of 2025", "2025-Q4"), ("the first quarter", "2026-Q1")]),
    # after the months of a year ("the nine months"), the period a year back is of those
    # months, not the quarter named before them
    ("Profit rose in the third quarter. For the nine months, net income was $9 million, up "
     "from $7 million in the year-earlier period.", R,
     [("the third quarter", "2024-Q3"), ("the nine months", "P9M"),
      ("the year-earlier period", "2023")]),
    ("Sales rose in the third quarter. In the first nine months of the year, they were 3% "
     "above the 2023 period.", R,
     [("the third quarter", "2024-Q3"), ("the first nine months of the year", "2024"),
      ("the 2023 period", "2023")]),
    # a part of a year written with its year as owner is one expression, of that year
    ("The company earned $1.4 billion in 1988's third quarter.", R,
     [("1988's third quarter", "1988-Q3")]),
    # "the latest week" of weekly figures is the last whole week (24 October 2024 lies in
    # week 43)
    ("Jobless claims fell in the latest week.", R, [("the latest week", "2024-W42")]),
    # "the final three months of the year" is the year's last quarter, with all its words
    ("Sales fell 18% in 2008, and the final three months of the year were the worst.", R,
     [("2008", "2008"), ("the final three months of the year", "2008-Q4")]),
    # a part of next year opening a quotation, where NER finds neither: one expression
    ("\"The second half of next year is anyone's guess,\" the trader said.", R,
     [("The second half of next year", "2025-H2")]),
    ("\"The first quarter of next year will be soft,\" she said.", R,
     [("The first quarter of next year", "2025-Q1")]),
    # "this year" inside brackets, where NER misses it, with the "late" before it
    ("Shipments could begin (possibly as early as late this year) in Asia.", R,
     [("late this year", "2024")]),
    # an ordinal before "this year" counts something else: the date is "this year"
    ("The recall, the carmaker's third this year, covers 90,000 vehicles.", R,
     [("this year", "2024")]),
]

# text with no temporal expression at all
NOT_DATES = [
    # "present" and "moment" naming no time: a level, a gift, an instant of an event
    "Rates were held at present levels.",
    "He sent a present to his mother.",
    "The lights went out at the moment the bomb exploded.",
    "At the moment of impact, she screamed.",
    # the part of the day a thing is named for, a clause is about or a habit keeps: no time
    "The morning paper ran the story on its front page.",
    "The night began with a vigil and ended in a march.",
    "The purpose of the night was lost in the shouting.",
    "He usually jogs in the morning before work.",
    "He was the 2006 second-overall pick of the draft.",
    "Victims can call a support line on 1300 555 014, the court said.",
    # a season naming a kind of thing after "every": no time ("every spring tide")
    "Our boats lose money every spring tide.",
    # "fall" as a drop, not the autumn
    "Shares tumbled after this fall in prices.",
    "He has not ridden since his last fall.",
    "The 54-year-old mayor resigned after the vote.",
    "Under Section 2023 of the code, fines apply to every shop.",
    "Voters rejected Proposition 1998 and H.R. 2020 died in committee.",
    "The novelist writes about her troubled past and his shady past.",  # a life's, no time
    "She won the 1500 meters and set a record in the 1500 metres heats.",  # a race, by length
    "Read news from 100’s of titles.",
    "One app. One membership.",
    "Fourteen days free for new readers.",
    "Start your 14-day trial and cancel anytime.",
    "The star, which lies 22 light years from the Sun, is far dimmer than our own.",
    "The storm packed winds of up to 175 kilometres (110 miles) an hour.",
    "Shares fell in after-hours trading.",
    "The near term outlook is poor.",
    "The company paid $2023 in fees.",
    "About 1,500 soldiers took part in the exercise.",
    "Inflation hit 12 percent in the capital.",
    "Smith, 44, was charged with fraud.",
    "Do you want a 100M deal?",
    "The car was doing 200 kilometres per hour.",
    "The fall was unsurvivable, the inspector said.",
    "He skipped the Winter Olympics.",
    "About half of the staff left.",
    "Voters cited her years as a senator.",
    "They spent the first half of his life abroad.",
    "Winds reached 90 miles an hour.",
    "She watched 60 Minutes with her family.",
    "Flight 1998 landed safely in the capital.",
    "The town has 2019 residents and two schools.",
    "He is in his 30s and lives in the capital.",
    "The six-year-old boy was returned to his father.",
    # events and newspapers named with calendar words
    "The Sunday Herald reported the deal.",
    "One day he will return to his village.",
    "He scored twice in the first half of the match.",
    "The first quarter of the game was dull.",
    "Thousands joined the annual March for Peace in the capital.",
    "The party daily Pravda printed the letter.",
    "The pro-government daily reported the arrests.",
    "The current account deficit widened sharply.",
    # a game's halves and quarters are no dates
    "He scored in the first half and again late in the game.",
    "The Lakers trailed by ten points in the third quarter.",
    "City equalized through a Cruz header midway through the second half.",
    "The keeper made two saves early in the second half.",
    "For the party, high noon comes at the next election.",  # an idiom, not a clock time
    "The nurse said that night shifts left her exhausted.",  # "that" opens a clause here
    "Crowds of two thousand five hundred people marched.",  # a count, no year 2000
    "Rents rose five to seven percent.",  # a range, no clock time 6:55
    # four digits before "local time" that no clock shows
    "The survey counted 2460 local time zones.",
    "Protests spread in the week following the shooting.",  # an event's week, no story's
    "He left the day before the vote.",  # counted from an event, which is no date
    # a season that names a kind of thing
    "A winter storm is expected to hit the coast.",
    "Stores marked down winter clothing.",
    # another calendar's new year: not January 1
    "Families gathered for Lunar New Year.",
    "Markets in Hanoi closed for the Vietnamese New Year holiday.",
]


@pytest.fixture(scope="module")
def dates(nlp: Language) -> Extractor:
    return Extractor(nlp=nlp, kinds=("date",))


def _records(dates: Extractor, text: str, ref: date | None) -> list[DateFact]:
    return [r for r in dates.extract(text, reference_date=ref) if isinstance(r, DateFact)]


def _find(records: list[DateFact], expression: str) -> DateFact:
    found = [r for r in records if r.text == expression]
    assert found, f"{expression!r} not among {[(r.text, r.value) for r in records]}"
    return found[0]


@pytest.mark.parametrize(("text", "ref", "expression", "kind", "value", "relative"), CASES)
def test_dates_value(dates: Extractor, text: str, ref: date, expression: str, kind: str,
                     value: str, relative: bool) -> None:
    record = _find(_records(dates, text, ref), expression)
    assert (record.type, record.value, record.relative) == (kind, value, relative)
    assert text[record.start:record.end] == record.text
    assert record.rule


@pytest.mark.parametrize(("text", "ref", "expression", "kind", "value", "relative"), CASES)
def test_dates_without_reference_date_relative_values_are_null(
        dates: Extractor, text: str, ref: date, expression: str, kind: str, value: str,
        relative: bool) -> None:
    record = _find(_records(dates, text, None), expression)
    assert (record.type, record.value) == (kind, None if relative else value)


@pytest.mark.parametrize(("text", "ref", "expression", "kind", "value", "mod", "freq",
                          "approximate"), MODS)
def test_dates_mod_and_freq(dates: Extractor, text: str, ref: date, expression: str, kind: str,
                            value: str, mod: str | None, freq: str | None,
                            approximate: bool) -> None:
    record = _find(_records(dates, text, ref), expression)
    assert (record.type, record.value, record.mod, record.freq, record.approximate) == (
        kind, value, mod, freq, approximate)


@pytest.mark.parametrize(("text", "ref", "expected"), LISTS)
def test_dates_lists_are_split(dates: Extractor, text: str, ref: date,
                               expected: list[tuple[str, str]]) -> None:
    assert [(r.text, r.value) for r in _records(dates, text, ref)] == expected


@pytest.mark.parametrize(("text", "ref", "expected"), PERIODS)
def test_dates_financial_periods(dates: Extractor, text: str, ref: date,
                                 expected: list[tuple[str, str]]) -> None:
    assert [(r.text, r.value) for r in _records(dates, text, ref)] == expected


# spoken forms rewritten as digits before a reading, and words that stay as they are
SPOKEN = [
    ("nineteen-oh-four", "1904"),
    ("two thousand and one", "2001"),
    ("the late nineteen-sixties", "the late 1960s"),
    ("a quarter to ten", "9:45"),
    ("twenty past six", "6:20"),
    ("seven forty-two tomorrow morning", "7:42 tomorrow morning"),
    ("eleven o'clock eastern", "11 o'clock eastern"),
    ("two thousand five hundred", "two thousand five hundred"),  # a count
    ("five to seven years", "five to seven years"),  # a range
    ("the first quarter of two thousand one", "the first quarter of 2001"),
    ("one tonight", "one tonight"),  # "another one tonight", "BBC One tonight"
    ("one thirty tonight", "1:30 tonight"),
    ("the night of march third, nineteen ninety-six", "the night of march 3, 1996"),
    ("may first", "may 1"),
]


@pytest.mark.parametrize(("said", "written"), SPOKEN)
def test_dates_spoken_forms_as_digits(said: str, written: str) -> None:
    assert digits_for_spoken(said) == written


@pytest.mark.parametrize("text", NOT_DATES)
def test_dates_not_dates(dates: Extractor, text: str) -> None:
    assert [(r.text, r.value) for r in _records(dates, text, A)] == []


def test_dates_granularity_and_approximate(dates: Extractor) -> None:
    text = ("Officials said the missile was launched at about noon on Monday, weeks after a test "
            "last April, and that the program began in 2023.")
    got = {r.text: (r.granularity, r.approximate) for r in _records(dates, text, A)}
    assert got["about noon"] == ("time", True)
    assert got["Monday"] == ("day", False)
    assert got["last April"] == ("month", False)
    assert got["2023"] == ("year", False)


ARTICLE = """North Province fires rocket as envoy visits capital

The rocket launched from the north last April was shown in a picture released by state media.

The northern military fired a rocket into the sea on Monday at about noon (03:00 GMT), shortly
after the visiting envoy met the acting president.

Monday's launch was the first since November 5, when it fired seven short-range rockets.

"It is taking place just a couple of weeks ahead of the new government taking office," he said.

Legislators last month voted to suspend the president after his December 3 declaration of
emergency rule. The crisis began in December.

The president had seemed close to the envoy's government until imposing emergency rule on
December 3, ending decades of calm. The two leaders met in 2023 for a summit.

Sign up to read this article
Read news from 100’s of titles.
Fourteen days free
"""

ARTICLE_EXPECTED = [
    ("last April", "date", "2024-04"),
    ("Monday", "date", "2025-01-06"),
    ("about noon", "time", "2025-01-06T12:00"),
    ("03:00 GMT", "time", "2025-01-06T03:00Z"),
    ("Monday", "date", "2025-01-06"),
    ("November 5", "date", "2024-11-05"),
    ("a couple of weeks", "duration", "P2W"),
    ("last month", "date", "2024-12"),
    ("December 3", "date", "2024-12-03"),
    ("December", "date", "2024-12"),
    ("December 3", "date", "2024-12-03"),
    ("decades", "duration", "PXDE"),
    ("2023", "date", "2023"),
]


def test_dates_article_with_reference_date(dates: Extractor) -> None:
    records = _records(dates, ARTICLE, A)
    assert [(r.text, r.type, r.value) for r in records] == ARTICLE_EXPECTED
    assert all(ARTICLE[r.start:r.end] == r.text for r in records)
    assert all(r.sentence is not None for r in records)


def test_dates_article_without_reference_date(dates: Extractor) -> None:
    records = _records(dates, ARTICLE, None)
    absolute = {"P2W", "PXDE", "2023"}
    expected = [(t, k, v if v in absolute else None) for t, k, v in ARTICLE_EXPECTED]
    assert [(r.text, r.type, r.value) for r in records] == expected
    assert [r.relative for r in records] == [v not in absolute for _, _, v in ARTICLE_EXPECTED]


def test_dates_reference_date_from_the_dateline(dates: Extractor) -> None:
    text = "SEOUL, Jan 6, 2025 (Reuters) - The military said it fired a rocket on Monday.\n"
    records = dates.extract(text)
    assert records[-1].reference_date == "2025-01-06"
    assert [(r.text, r.value) for r in records if isinstance(r, DateFact)][-1] == (
        "Monday", "2025-01-06")


SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def test_dates_many_short_verbless_lines_are_read_one_by_one(dates: Extractor) -> None:
    text = "\n".join(f"Day {i} of the fair: 3 October 2025." for i in range(3000))
    records = dates.extract(text, reference_date=A)
    assert records[-1].status == "ok"
    found = [r for r in records if isinstance(r, DateFact) and r.text == "3 October 2025"]
    assert len(found) == 3000
    assert {r.value for r in found} == {"2025-10-03"}
    assert all(text[r.start:r.end] == r.text for r in found)


def test_dates_one_100_kb_line(dates: Extractor) -> None:
    text = " ".join(["The fair opened on 3 October 2025 at noon;"] * 2400)[:100_000]
    records = dates.extract(text, reference_date=A)
    assert records[-1].status == "ok"
    dated = [r for r in records if isinstance(r, DateFact) and r.text == "3 October 2025"]
    noons = [r for r in records if isinstance(r, DateFact) and r.text == "noon"]
    assert len(dated) == text.count("3 October 2025")
    assert {r.value for r in dated} == {"2025-10-03"}
    # each noon takes the day of the date in its own clause
    assert {r.value for r in noons} == {"2025-10-03T12:00"}


def test_dates_the_samples_joined_into_one_150_kb_text(dates: Extractor) -> None:
    """Once a RecursionError from an infinitive at the root of a degenerate parse."""
    joined = "\n\n".join(p.read_text(encoding="utf-8", errors="replace")
                          for p in sorted(SAMPLES.iterdir()) if p.is_file())
    text = ((joined + "\n\n") * (150_000 // len(joined) + 1))[:150_000]
    document = dates.extract(text)[-1]
    assert (document.status, document.error) == ("ok", None)


@pytest.mark.parametrize(("week", "month"), [
    ("1989-W44", "1989-11"),  # Thursday 2 November 1989
    ("2015-W53", "2015-12"),  # 2015 had 53 ISO weeks
    ("2014-W53", None),  # 2014 had 52: no such week, no month (never an error)
    ("XXXX-W12", None),
])
def test_dates_month_of_a_story_week(week: str, month: str | None) -> None:
    assert _week_month(week) == month
