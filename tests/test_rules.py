"""Each rule family on sentences written for the test (not taken from the seed)."""

from __future__ import annotations

import pytest
from conftest import find

# --- roles, organizations and units -------------------------------------------------------


def test_title_is_a_role_not_an_organization() -> None:
    from kg.nlp import load_pipeline
    from kg.settings import spacy_model

    doc = load_pipeline(spacy_model())("Maria Lopez is the CFO of Brightwater Foods.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels["CFO"] == "ROLE"
    assert labels.get("Brightwater Foods") == "ORG"


def test_role_synonyms_fold_to_the_scheme(extract) -> None:
    ts = extract("Peter Hall, finance director of Norwood Retail, spoke on Monday.")
    assert [(t.person, t.role, t.role_text, t.org) for t in ts] == [
        ("Peter Hall", "Chief Financial Officer", "finance director", "Norwood Retail")
    ]


def test_possessive_unit_keeps_its_parent(extract) -> None:
    ts = extract(
        "Omar Haddad, the head of Zenvia Group's mobile payments division, joined in 2015."
    )
    (t,) = find(ts, "Omar Haddad", role="Head")
    assert t.org == "Zenvia Group's mobile payments division"
    assert t.parent_org == "Zenvia Group"
    # a committee is a unit too, named to its last noun, not to a noun that describes it
    ts = extract("Robert Dale, chairman of the NAPM's business survey committee, said it grew.")
    assert [(t.person, t.org, t.parent_org) for t in ts] == [
        ("Robert Dale", "NAPM's business survey committee", "NAPM")
    ]
    # a unit noun that describes the next one names no unit
    ts = extract("The Kelbridge Times's business editor, Jeff Rand, said the banks could act.")
    assert [(t.person, t.org) for t in ts] == [("Jeff Rand", "Kelbridge Times")]


def test_named_unit_keeps_its_parent(extract) -> None:
    text = (
        "Kestrel Ltd said profits rose. Anna Berg is the technical director of the "
        "Kestrel Oslo Research Centre."
    )
    (t,) = find(extract(text), "Anna Berg")
    assert t.org == "Kestrel Oslo Research Centre" and t.parent_org == "Kestrel Ltd"


def test_the_first_words_of_a_legal_name_beside_a_title_are_the_company() -> None:
    from spacy.tokens import Span

    from kg.nlp import repair_orgs

    doc = _parsed_before_repair(
        "Holders of Pine Ridge Hosiery Co Inc met. The group includes Ellen Marsh, Pine Ridge's "
        "former president. Pine Ridge lies in a valley."
    )

    def span(text: str, label: str, nth: int = 0) -> Span:
        start = [m for m in range(len(doc)) if doc[m : m + len(text.split())].text == text][nth]
        return Span(doc, start, start + len(text.split()), label=label)

    # the model's misreadings, set by hand: the short name as a place, possessive included
    doc.ents = [
        span("Pine Ridge Hosiery Co Inc", "ORG"),
        span("Ellen Marsh", "PERSON"),
        Span(doc, span("Pine Ridge", "GPE", 1).start, span("Pine Ridge", "GPE", 1).end + 1, "GPE"),
        span("president", "ROLE"),
        span("Pine Ridge", "GPE", 2),
    ]
    labels = [(e.text, e.label_) for e in repair_orgs(doc).ents]
    assert ("Pine Ridge", "ORG") in labels  # beside the title, without its "'s"
    assert labels[-1] == ("Pine Ridge", "GPE")  # the place, away from any title


def test_a_surname_given_a_courtesy_title_makes_the_full_name_a_person() -> None:
    from spacy.tokens import Span

    from kg.nlp import load_pipeline, repair_orgs
    from kg.settings import spacy_model

    nlp = load_pipeline(spacy_model())
    doc = nlp.make_doc(
        "At the show, Ingrid Solberg predicted strong demand. Boss Pieter Vlam disagreed. "
        "Ms Solberg and Mr Vlam spoke later."
    )
    for name, proc in nlp.pipeline:
        if name == "kg_org_repair":
            break
        doc = proc(doc)
    words = [t.text for t in doc]
    # the model's misreadings, set by hand: one full name as a company, one not tagged
    doc.ents = [
        Span(doc, words.index("Ingrid"), words.index("Ingrid") + 2, label="ORG"),
        Span(doc, words.index("Boss"), words.index("Boss") + 1, label="ROLE"),
    ]
    labels = {(e.text, e.label_) for e in repair_orgs(doc).ents}
    assert ("Ingrid Solberg", "PERSON") in labels
    assert ("Pieter Vlam", "PERSON") in labels


# --- relation patterns --------------------------------------------------------------------


def test_premodifier(extract) -> None:
    ts = extract("Shares rose after Harlow Motors chief executive Diane Okafor spoke.")
    assert [(t.person, t.role, t.org) for t in ts] == [
        ("Diane Okafor", "Chief Executive Officer", "Harlow Motors")
    ]


def test_appositive(extract) -> None:
    ts = extract("Leo Brandt, chairman of Vintry Insurance, declined to comment.")
    assert [(t.person, t.role, t.org) for t in ts] == [
        ("Leo Brandt", "Chairman", "Vintry Insurance")
    ]


def test_copula_and_start_verb_with_date(extract) -> None:
    ts = extract("In May 2016, Sofia Marin became the chief operating officer of Lumen Freight.")
    (t,) = ts
    assert (t.person, t.role, t.org, t.start, t.status) == (
        "Sofia Marin",
        "Chief Operating Officer",
        "Lumen Freight",
        "2016-05",
        "current",
    )


def test_end_verb(extract) -> None:
    ts = extract("Greg Nolan stepped down as president of Halcyon Airways in 2019.")
    (t,) = ts
    assert (t.role, t.org, t.end, t.status) == ("President", "Halcyon Airways", "2019", "ended")


def test_former_is_ended(extract) -> None:
    (t,) = extract("Former Orbis Media chairman Ian Reyes has written a book.")
    assert (t.person, t.role, t.status) == ("Ian Reyes", "Chairman", "ended")


def test_replacement_starts_one_and_ends_the_other(extract) -> None:
    ts = extract("Nina Vos has replaced Karl Eder as chief executive of Tamsin Bank.")
    new = find(ts, "Nina Vos", "Tamsin Bank")
    old = find(ts, "Karl Eder", "Tamsin Bank")
    assert new and new[0].status == "current"
    assert old and old[0].status == "ended"


def test_joined_without_title(extract) -> None:
    (t,) = extract("Ravi Menon joined Corvid Systems in June 2011.")
    assert (t.person, t.role, t.org, t.start) == ("Ravi Menon", None, "Corvid Systems", "2011-06")


def test_responsibility_description(extract) -> None:
    (t,) = extract("Lin Qiu, an executive responsible for sales at Pelican Telecom, said so.")
    assert (t.role, t.role_text, t.org) == (
        "Executive",
        "executive responsible for sales",
        "Pelican Telecom",
    )


# --- coreference --------------------------------------------------------------------------


def test_pronoun_and_surname(extract) -> None:
    text = (
        "Hannah Kofi studied law in Accra. She became the general counsel of Quarry Mining "
        "in 2008. Kofi joined Ridgeway Steel in 2014."
    )
    ts = extract(text)
    assert {(t.person, t.org) for t in ts} == {
        ("Hannah Kofi", "Quarry Mining"),
        ("Hannah Kofi", "Ridgeway Steel"),
    }


def test_misspelt_repeat_is_an_alias(extract) -> None:
    text = (
        "Chen Weiming, the CTO of Brightline Robotics, has left the company. "
        "Insiders said Chen Weimin had quit in June."
    )
    (t,) = extract(text, date="2023-08-01")
    assert t.person == "Chen Weiming"
    assert "Chen Weimin" in t.aliases


# --- time and status ----------------------------------------------------------------------


def test_relative_month_resolves_against_document_date(extract) -> None:
    (t,) = extract("Mark Udo joined Fenwick Paper in July.", date="2022-09-02")
    assert t.start == "2022-07"


def test_superseded_role_ends_before_the_next_start(extract) -> None:
    text = (
        "Ms Ada Stone used to be the marketing director of Brookline Toys. "
        "In 2018, she became the president of Larkspur Games."
    )
    ts = extract(text)
    (old,) = find(ts, "Ada Stone", "Brookline Toys")
    assert old.status == "ended" and old.end_bounds == (None, "2018")


# --- descriptors, rumours -----------------------------------------------------------------


def test_org_descriptor_is_kept(extract) -> None:
    (t,) = extract("Tom Reid is the CTO of Vidora, a British video streaming platform.")
    assert t.org_descriptors == ["a British video streaming platform"]


def test_rumour_and_speculation_make_no_tenure(extract) -> None:
    assert extract("Bo Tran might become chief executive of Oakfield Energy next year.") == []
    text = "Jo Park, chairman of Elmwood Bank, denied reports that he had resigned."
    ts = extract(text)
    assert [(t.person, t.role, t.status) for t in ts] == [("Jo Park", "Chairman", "current")]


def test_political_office_is_not_a_tenure(extract) -> None:
    assert (
        extract("President Alvarez met bankers in Lima. Ukraine's president, Ivan Petrenko, spoke.")
        == []
    )


def test_hard_wrapped_wire_copy_with_age(extract) -> None:
    text = (
        "ACME TOOLS NAMES NEW CHIEF\n\nAcme Tools Inc said Walter P. Brandon,\n"
        "61, president of Acme Tools, will retire\nin June.\n"
    )
    ts = extract(text, date="1987-03-02")
    assert [(t.person, t.role, t.org) for t in ts] == [
        ("Walter P. Brandon", "President", "Acme Tools Inc")
    ]


# --- names the model mistypes -------------------------------------------------------------


def test_name_before_a_held_title_is_an_organization(extract) -> None:
    text = '"It is a bad law," Quandor deputy chief executive Lena Holt told reporters.'
    assert [(t.person, t.role, t.org) for t in extract(text)] == [
        ("Lena Holt", "Deputy Chief Executive", "Quandor")
    ]


def test_name_described_as_an_organization_once_is_one_everywhere(extract) -> None:
    text = (
        "Shares in engineering group Marlow rose 10% on Friday. Marlow said the sale would "
        'help. "We can now move forward in 2005," said chief executive Paul Dent.'
    )
    (t,) = extract(text)
    assert (t.person, t.role, t.org, t.start) == (
        "Paul Dent",
        "Chief Executive Officer",
        "Marlow",
        None,
    )


def test_bare_chief_is_a_title_only_as_a_noun(extract) -> None:
    ts = extract("Talks stalled, said Norvik chief Pavel Orlov. The chief reason was cost.")
    assert [(t.person, t.role, t.role_text, t.org) for t in ts] == [
        ("Pavel Orlov", "Chief Executive Officer", "chief", "Norvik")
    ]


def test_acronym_title_that_owns_a_title_is_an_organization(extract) -> None:
    ts = extract('"Sales rose," said Mark Hollis, GM\'s vice president for sales.')
    assert [(t.person, t.role, t.org) for t in ts] == [("Mark Hollis", "Vice President", "GM")]


def test_title_set_off_by_commas_before_of(extract) -> None:
    ts = extract("Ravi Das, managing director, of Kellan Homes said prices would rise.")
    assert [(t.person, t.role, t.org) for t in ts] == [
        ("Ravi Das", "Managing Director", "Kellan Homes")
    ]


def test_place_owning_the_organization_name(extract) -> None:
    ts = extract("It was led by Tom Hale, director general of the UK's Federation of Small Firms.")
    assert [(t.person, t.role, t.org) for t in ts] == [
        ("Tom Hale", "Director General", "Federation of Small Firms")
    ]


def test_coordinated_titles_share_the_organization_after_them(extract) -> None:
    text = "Jim Arno, vice president and chief operating officer of Pellow's US sales arm, spoke."
    got = {(t.person, t.role, t.org, t.parent_org) for t in extract(text)}
    assert got == {
        ("Jim Arno", "Vice President", "Pellow's US sales arm", "Pellow"),
        ("Jim Arno", "Chief Operating Officer", "Pellow's US sales arm", "Pellow"),
    }


def test_title_of_a_unit_named_by_its_country(extract) -> None:
    ts = extract("Vandel Telecom has sent its UK chief executive Sam Orr to run the Asian arm.")
    assert [(t.person, t.role, t.org, t.parent_org) for t in ts] == [
        ("Sam Orr", "Chief Executive Officer", "Vandel Telecom UK", "Vandel Telecom")
    ]
    assert extract("The French president Jacques Marin met bankers.") == []


def test_noun_modifiers_of_a_title(extract) -> None:
    ts = extract('"It is hard," said Rob Ames, studio general manager for games giant Arcton.')
    assert [(t.person, t.role, t.org) for t in ts] == [("Rob Ames", "General Manager", "Arcton")]


def test_coordinated_titles_before_one_name(extract) -> None:
    got = {
        (t.person, t.role, t.org)
        for t in extract('"We gained," said Delmar Foods president and chief executive Joan Pike.')
    }
    assert got == {
        ("Joan Pike", "President", "Delmar Foods"),
        ("Joan Pike", "Chief Executive Officer", "Delmar Foods"),
    }


def test_nationality_among_descriptor_words(extract) -> None:
    ts = extract(
        '"Prices will rise," says Omar Sethi, editor of Indian trade weekly Bazaar Ledger.'
    )
    assert [(t.person, t.role, t.org) for t in ts] == [("Omar Sethi", "Editor", "Bazaar Ledger")]


def test_who_led_after_an_age_and_a_unit_named_by_place(extract) -> None:
    ts = extract(
        "Mrs Ruth Kell, 59, who led Mercy Trust International operations in Peru, "
        "was freed on Monday."
    )
    assert [(t.person, t.role, t.org, t.parent_org) for t in ts] == [
        (
            "Ruth Kell",
            "Head",
            "Mercy Trust International operations in Peru",
            "Mercy Trust International",
        )
    ]


def test_founded_by_in_the_passive(extract) -> None:
    text = "It ends the story of Vantor, which was founded in 1921 by engineer Carl Brandt."
    assert [(t.person, t.role, t.org, t.start) for t in extract(text)] == [
        ("Carl Brandt", "Founder", "Vantor", "1921")
    ]


def test_founded_in_a_relative_clause_on_the_company(extract) -> None:
    # the clause's own year is the start; leaving the company leaves the founder a founder
    ts = extract(
        "Jay Corran will continue to run Rokafel Records, which he founded with Damon Pell"
        " in 1995. "
        "Mark Stiles said on Tuesday he had left Acme Corp, the company he set up in 1990. "
        "Dunmore Ltd, which Ann Kerry founded, said profits rose."
    )
    got = {(t.person, t.role, t.org, t.start, t.status) for t in ts if t.role == "Founder"}
    assert got == {
        ("Jay Corran", "Founder", "Rokafel Records", "1995", "current"),
        ("Damon Pell", "Founder", "Rokafel Records", "1995", "current"),
        ("Mark Stiles", "Founder", "Acme Corp", "1990", "current"),
        ("Ann Kerry", "Founder", "Dunmore Ltd", None, "current"),
    }
    # "who founded": the year of the founding, not another date of the sentence
    ts = extract("Bob Jones, who founded Zenex in 2001, said on Tuesday that profits rose.")
    assert [(t.person, t.role, t.org, t.start) for t in ts] == [
        ("Bob Jones", "Founder", "Zenex", "2001")
    ]


def test_he_founded_is_the_main_subjects_when_the_model_misreads_it(extract, corpus) -> None:
    # "Jay-Z will continue to run Roc-A-Fella, which he founded": the model reads "Jay-Z" as
    # a company there, so "he" is nobody known, not the singer named before (Ja Rule)
    text = (corpus / "bbc-other" / "entertainment-117.txt").read_text(encoding="utf-8")
    founders = {(t.person, t.org) for t in extract(text) if t.role == "Founder"}
    assert not any(org == "Roc-A-Fella" and person != "Jay-Z" for person, org in founders)
    assert ("Russell Simmons", "Def Jam") in founders


def test_title_in_the_lead_held_by_the_next_sentence_subject(extract) -> None:
    text = (
        "The founder and former boss of Grelli Foods has apologised to investors.\n\n"
        "Marco Grelli said he would co-operate with prosecutors."
    )
    got = {(t.person, t.role, t.org, t.status) for t in extract(text)}
    assert got == {
        ("Marco Grelli", "Founder", "Grelli Foods", "current"),
        ("Marco Grelli", "Chief Executive Officer", "Grelli Foods", "ended"),
    }


def test_no_title_defaults_to_a_government_body_or_a_modified_noun(extract) -> None:
    text = (
        "The European Union said the European Union would act. "
        '"Prices will fall," shop owner Ayla Demir told reporters.'
    )
    assert extract(text) == []
    text = "Tevo Bank grew. Tevo Bank said so, said Kai Lund, chief Turkish economist at Hallam."
    assert [(t.role, t.org) for t in extract(text)] == [("Economist", "Hallam")]


def test_capitalized_word_before_a_lower_case_title_is_the_name(extract) -> None:
    ts = extract('"Demand is shifting," said Corvane Research analyst Paul Weir.')
    assert [(t.person, t.role, t.org) for t in ts] == [("Paul Weir", "Analyst", "Corvane Research")]


def test_titled_name_the_model_missed(extract) -> None:
    ts = extract("Marston Holdings chief executive Lord Tennant said the results were strong.")
    assert [(t.person, t.role, t.org) for t in ts] == [
        ("Tennant", "Chief Executive Officer", "Marston Holdings")
    ]


def test_title_of_an_organization_described_not_named(extract) -> None:
    text = (
        "Shares in Orrin Group rose. Despite the failure of the Kessler Exchange bid, "
        "Anna Voigt, chief executive of the Munich-based exchange, may return."
    )
    assert [(t.person, t.role, t.org) for t in extract(text)] == [
        ("Anna Voigt", "Chief Executive Officer", "Kessler Exchange")
    ]
    text = "Orrin Group grew. Orrin Group said Max Roy, chief executive of the Italian state, left."
    assert [t.org for t in extract(text)] == []


def test_office_of_state_holder_gets_no_company_title(extract) -> None:
    text = (
        "The new President, Ivan Sorokin, said Zarya Steel would be reviewed. Zarya Steel "
        "denied it. Mr Sorokin became president after two elections."
    )
    assert extract(text) == []


def test_appointment_as(extract) -> None:
    text = (
        "Brellow Leisure Group is selling units. Since Mike Dunn's appointment as chief "
        "executive in 1999, Brellow Leisure Group has shrunk."
    )
    assert [(t.person, t.role, t.org, t.start) for t in extract(text)] == [
        ("Mike Dunn", "Chief Executive Officer", "Brellow Leisure Group", "1999")
    ]


def test_name_tagged_as_a_common_word_before_a_title(extract) -> None:
    text = (
        "Rovers vice-chairman Alan Pike has said the club may list its shares. "
        "When Rovers moves to its new ground, it will earn more."
    )
    assert [(t.person, t.role, t.org) for t in extract(text)] == [
        ("Alan Pike", "Vice Chairman", "Rovers")
    ]


def test_office_taken_dates_the_tenure_and_departure_dates_the_former_title(extract) -> None:
    text = (
        "The trial of Luis Ortega, the chairman of Banco Ribera, has started. "
        "Payments went to Marta Gil, who stepped down in 2001. "
        "Ms Gil, a former CEO at Banco Ribera, asked for new evidence. "
        "Since taking over the chairmanship in 1986, he has grown Banco Ribera."
    )
    ts = extract(text)
    (chair,) = find(ts, "Luis Ortega")
    assert (chair.role, chair.org, chair.start) == ("Chairman", "Banco Ribera", "1986")
    (ceo,) = find(ts, "Marta Gil")
    assert (ceo.role, ceo.end, ceo.status) == ("Chief Executive Officer", "2001", "ended")


def test_its_refers_to_the_organization_that_is_the_subject(extract) -> None:
    text = (
        "Kessler Exchange bosses have held talks with the Harwich Stock Exchange, its chief "
        "has said.\n\nAnna Voigt said the talks were friendly."
    )
    assert [(t.person, t.org) for t in extract(text)] == [("Anna Voigt", "Kessler Exchange")]


def test_a_kind_of_organization_in_the_possessive_refers_to_the_one_named(extract) -> None:
    text = (
        "Regulators fined Halcott Bank on Monday. The state-owned lender's chairman Tom Reilly "
        "apologised to customers."
    )
    assert [(t.person, t.role, t.org) for t in extract(text)] == [
        ("Tom Reilly", "Chairman", "Halcott Bank")
    ]


def test_a_possessive_reference_is_not_a_country_office(extract) -> None:
    text = (
        "Castell Insurance Group said profits rose.\n\nThe US insurer's chairman has said he will "
        "step down.\n\nIn a letter to investors, Walter Ames promised a new strategy."
    )
    got = {(t.person, t.role, t.org) for t in extract(text)}
    assert ("Walter Ames", "Chairman", "Castell Insurance Group") in got


def test_the_month_of_may_is_no_hedge(extract) -> None:
    text = (
        "Martin J. Corley, 52, will resign on May one as president of Dunmore Industries Inc "
        "to pursue other interests, the company said."
    )
    (t,) = extract(text, date="1987-03-20")
    assert (t.person, t.role, t.org, t.end) == (
        "Martin J. Corley",
        "President",
        "Dunmore Industries Inc",
        "1987-05-01",
    )


def test_a_company_named_after_a_person_premodifies_a_title(extract) -> None:
    text = (
        "Hartwell has been fined for failing to disclose links with its board.\n\nThe wife of "
        "Hartwell director John Pike worked for a Hartwell subsidiary, and Roy Hartwell, a "
        "nephew of the founder, rented offices to the group."
    )
    got = {(t.person, t.role, t.org) for t in extract(text)}
    assert ("John Pike", "Director", "Hartwell") in got


def test_an_untagged_founders_name_before_a_title_is_the_company(extract) -> None:
    text = (
        "Regulators say Ambrose did not disclose payments.\n\nThe payments went to a company "
        "owned by current Ambrose director Ann Reese and her husband, Paul Ambrose."
    )
    got = {(t.person, t.role, t.org) for t in extract(text)}
    assert ("Ann Reese", "Director", "Ambrose") in got


def test_a_unit_after_its_place_based(extract) -> None:
    text = (
        "Corvane Holdings Inc said Anna Lowe had served the company as chief financial officer "
        "of its Denver-based Pellam Foods division."
    )
    got = {(t.person, t.role, t.org) for t in extract(text)}
    assert got == {("Anna Lowe", "Chief Financial Officer", "Pellam Foods")}


def test_a_title_at_a_company_and_its_unit(extract) -> None:
    text = (
        "Martin Corley will resign as president of Dunmore Industries Inc and its Dunmore "
        "Savings Bank unit to pursue other interests, the company said."
    )
    got = {(t.person, t.role, t.org, t.parent_org) for t in extract(text, date="1987-03-20")}
    assert got == {
        ("Martin Corley", "President", "Dunmore Industries Inc", None),
        ("Martin Corley", "President", "Dunmore Savings Bank", "Dunmore Industries Inc"),
    }


def test_succeeding_someone_on_the_board_is_a_seat(extract) -> None:
    ts = extract("Marlow Electric Co said Diane Kurtz will succeed Paul Holmes on the board.")
    got = {(t.person, t.role, t.org) for t in ts}
    assert ("Diane Kurtz", "Board Director", "Marlow Electric Co") in got


def test_continuing_to_serve_on_the_boards_of_two_companies(extract) -> None:
    text = (
        "Karen Voss will continue to serve on the boards of Halvard Bank and Pell Trust Co, "
        "the company added."
    )
    got = {(t.person, t.role, t.org) for t in extract(text)}
    assert got == {
        ("Karen Voss", "Board Director", "Halvard Bank"),
        ("Karen Voss", "Board Director", "Pell Trust Co"),
    }


def test_a_name_in_a_prepositional_phrase_leaves_the_title_to_the_next_subject(extract) -> None:
    text = (
        "Tarn Mining shares fall\n\nThe former finance director of Tarn Mining has finished "
        "giving evidence at the trial of his ex-boss Olaf Brandt.\n\nSimon Reeve admitted to "
        "jurors that he had hidden losses. Mr Reeve has spent two days in the witness box."
    )
    got = {(t.person, t.role, t.org) for t in extract(text)}
    assert ("Simon Reeve", "Chief Financial Officer", "Tarn Mining") in got


def test_a_name_set_off_after_a_noun_then_its_verb(extract) -> None:
    ts = extract("Mark's younger brother, Paul Ruiz, was a vice president of Tallis Paper Co Inc.")
    assert [(t.person, t.role, t.org) for t in ts] == [
        ("Paul Ruiz", "Vice President", "Tallis Paper Co Inc.")
    ]


def test_a_title_held_until_a_date_at_the_articles_company(extract) -> None:
    text = (
        "A group holding 40 pct of the stock of Tallis Paper Co Inc told regulators it would "
        "seek control of the board. Tallis Paper said it would fight.\n\nPaul Ruiz was a vice "
        "president until November 1986."
    )
    ts = extract(text, date="1987-03-20")
    assert [(t.person, t.role, t.org, t.end) for t in ts] == [
        ("Paul Ruiz", "Vice President", "Tallis Paper Co Inc", "1986-11")
    ]


def test_ex_before_an_organization_ends_the_tenure(extract) -> None:
    (t,) = extract("The tax dispute is driven by hostility to ex-Yukos chief executive Ivan Orlov.")
    assert (t.person, t.role, t.org, t.status) == (
        "Ivan Orlov",
        "Chief Executive Officer",
        "Yukos",
        "ended",
    )


def test_chief_before_a_place_and_a_staff_noun_is_not_a_title(extract) -> None:
    # the economist's, not a chief executive's
    text = "Halden Bank grew. Halden Bank said so, said Ian Moss, chief UK economist at Capstan."
    assert [(t.role, t.org) for t in extract(text) if t.person == "Ian Moss"] == [
        ("Economist", "Capstan")
    ]


def test_the_company_is_not_a_government_body(extract) -> None:
    text = "Darla Voss worked at the Pentagon for years. She joined the company in January 2003."
    assert [t.org for t in extract(text)] == []


# --- wire copy: successions, reporting companies, hard wraps ------------------------------


def test_successor_named_with_an_appositive_and_the_predecessor_leaves(extract) -> None:
    text = (
        "Corlan Corp said Robert W. Dunlap\nJr, 54, president and chief operating officer, "
        "will succeed\nThomas M. Fischer as chief executive officer on April 30.\n"
        "    Fischer, 63, will continue as chairman until he retires in\nJune 1988, Corlan said.\n"
    )
    ts = extract(text, date="1987-03-02")
    (new,) = find(ts, "Robert W. Dunlap Jr", role="Chief Executive Officer")
    assert (new.org, new.start, new.status) == ("Corlan Corp", "1987-04-30", "announced")
    (old,) = find(ts, "Thomas M. Fischer", role="Chief Executive Officer")
    assert old.end == "1987-04-30"
    (chair,) = find(ts, "Thomas M. Fischer", role="Chairman")
    assert chair.end == "1988-06"


def test_elected_as_to_succeed(extract) -> None:
    text = (
        "Brandel Inc said its board elected its president, Dr Paul Marsh, 57, as chief "
        "executive officer to succeed Edwin Dale, who will continue as chairman of the board."
    )
    got = {(t.person, t.role, t.status) for t in extract(text, date="1987-10-20")}
    assert ("Paul Marsh", "Chief Executive Officer", "current") in got
    assert ("Edwin Dale", "Chief Executive Officer", "ended") in got
    assert ("Edwin Dale", "Chairman", "current") in got


def test_succeed_without_a_title_hands_over_the_one_just_given(extract) -> None:
    text = (
        "Harlan Gas and Light Co said it named David Crane as chief executive officer. "
        "It said he will succeed William Ross after the annual meeting."
    )
    got = {(t.person, t.role, t.org, t.status) for t in extract(text, date="1987-04-01")}
    assert got == {
        ("David Crane", "Chief Executive Officer", "Harlan Gas and Light Co", "current"),
        ("William Ross", "Chief Executive Officer", "Harlan Gas and Light Co", "ended"),
    }


def test_organization_between_person_and_title(extract) -> None:
    text = "Brook Inc named A. Gary Ames. Ames currently serves Teller Bell as vice president."
    ts = extract(text)
    assert [(t.person, t.role, t.org) for t in ts] == [
        ("A. Gary Ames", "Vice President", "Teller Bell")
    ]


def test_father_and_son_are_two_people() -> None:
    from kg.people import PeopleIndex

    index = PeopleIndex([(0, "Stewart Hollis Sr."), (60, "Stewart Hollis Jr.")])
    assert len(index.people) == 2


def test_abbreviated_name_is_the_same_organization() -> None:
    from kg.tenures import _abbreviates

    assert _abbreviates("man utd", "manchester united")
    assert _abbreviates("nat'l savings bank", "national savings bank")
    assert not _abbreviates("vodafone kk", "vodafone")
    assert not _abbreviates("western union", "western union telegraph")


def test_its_in_a_subordinate_clause_is_that_clause_subject(extract) -> None:
    text = (
        "Halden Bank says the case has no place here because Norvik Oil has no assets in the "
        "US, apart from a house owned by its chief financial officer Rob Lane."
    )
    assert [(t.person, t.org) for t in extract(text)] == [("Rob Lane", "Norvik Oil")]


def test_described_organization_named_in_apposition(extract) -> None:
    text = "But Hans Becker, a board member of Germany's central bank, the Bundesbank, disagreed."
    assert [(t.person, t.role, t.org) for t in extract(text)] == [
        ("Hans Becker", "Board Director", "Bundesbank")
    ]


def test_appositive_between_person_and_verb(extract) -> None:
    text = (
        "Delta Air said Richard D. Pearson, coordinator of the merger, will become chairman "
        "and chief executive officer of Jetco."
    )
    got = {(t.person, t.role, t.org, t.status) for t in extract(text, date="1987-03-02")}
    assert got == {
        ("Richard D. Pearson", "Chairman", "Jetco", "announced"),
        ("Richard D. Pearson", "Chief Executive Officer", "Jetco", "announced"),
    }


def test_board_seats(extract) -> None:
    text = (
        "Ronwell Power Corp said that Robert W. Baldwin has resigned from its board of "
        "directors. Delta Air said Anne Lyle has been elected to Ronwell Power Corp's board."
    )
    got = {(t.person, t.role, t.org, t.status) for t in extract(text)}
    assert ("Robert W. Baldwin", "Board Director", "Ronwell Power Corp", "ended") in got
    assert ("Anne Lyle", "Board Director", "Ronwell Power Corp", "current") in got


def test_replaced_by_in_the_passive(extract) -> None:
    text = (
        "Harbor Care Inc said its chairman, Stewart Hollis Sr., has resigned. The company said "
        "he is being replaced by his son, Stewart Hollis Jr."
    )
    got = {(t.person, t.role, t.status) for t in extract(text)}
    assert ("Stewart Hollis Sr", "Chairman", "ended") in got
    assert ("Stewart Hollis Jr", "Chairman", "current") in got


def test_since_a_date_starts_a_held_title(extract) -> None:
    text = "Hollin said Glen Rowe has been president of Hollin Foods since April, 1986."
    (t,) = extract(text, date="1987-06-18")
    assert (t.person, t.role, t.start) == ("Glen Rowe", "President", "1986-04")


def test_capitalized_words_ending_in_a_company_suffix_are_an_organization(extract) -> None:
    text = "Environmental Dynamo Corp said that Robert W. Bell has resigned from its board."
    assert [(t.person, t.role, t.org, t.status) for t in extract(text)] == [
        ("Robert W. Bell", "Board Director", "Environmental Dynamo Corp", "ended")
    ]


def test_long_appositive_between_person_and_verb(extract) -> None:
    text = (
        "Delta Air said Richard D. Pearson, coordinator of the airline's merger activities "
        "in the west, will become chief executive officer of Jetco."
    )
    assert [(t.person, t.role, t.org) for t in extract(text)] == [
        ("Richard D. Pearson", "Chief Executive Officer", "Jetco")
    ]


def test_offices_in_government_bodies_and_police_ranks_are_not_tenures(extract) -> None:
    text = (
        "Anna Reed, director of policy at the Department of Trade, spoke. "
        "Assistant Chief Constable Dan Ward said talks went well. Labour Party rallies grew."
    )
    assert extract(text) == []


def test_an_indefinite_title_is_nobody_in_particular(extract) -> None:
    text = "But a spokesman stressed the meeting was routine.\n\nAzim Tahir said so too."
    assert extract(text) == []


def test_titles_of_described_organizations_in_a_row(extract) -> None:
    text = (
        "Trenton Union said John Pope has been elected president of the telegraph company "
        "and executive vice president of the corporation. Trenton Union said Pope succeeds "
        "Robert Lane."
    )
    got = {(t.person, t.role, t.status) for t in extract(text, date="1987-03-02")}
    assert got == {
        ("John Pope", "President", "current"),
        ("John Pope", "Executive Vice President", "current"),
        ("Robert Lane", "President", "ended"),
    }


def test_company_founded_by_as_a_participle(extract) -> None:
    text = "Shares in Kordel, the Lebanese company founded by former banker Sami Haddad, fell."
    assert [(t.person, t.role, t.org) for t in extract(text)] == [
        ("Sami Haddad", "Founder", "Kordel")
    ]


def test_adjective_of_the_title_itself(extract) -> None:
    text = '"It is ambitious," said John Parr, political director at the Policy Institute.'
    assert [(t.person, t.role, t.org) for t in extract(text)] == [
        ("John Parr", "Director", "Policy Institute")
    ]


def test_first_word_of_a_legal_name_is_that_company(extract) -> None:
    text = (
        "Corvane Brands Ltd said it named Alan Grey as chief executive, replacing Bob Hale, "
        "effective immediately. Grey has been president since April, 1986, Corvane said."
    )
    ts = extract(text, date="1987-06-18")
    assert {t.org for t in ts} == {"Corvane Brands Ltd"}
    (ceo,) = find(ts, "Alan Grey", role="Chief Executive Officer")
    assert ceo.start == "1987-06-18"
    (old,) = find(ts, "Bob Hale", role="Chief Executive Officer")
    assert old.end == "1987-06-18"
    (pres,) = find(ts, "Alan Grey", role="President")
    assert pres.start == "1986-04"


def test_boss_before_a_name_and_congress_of_unions(extract) -> None:
    ts = extract("Former Worldcom boss Bernie Ebbers is on trial, accused of fraud.")
    assert [(t.person, t.role, t.org, t.status) for t in ts] == [
        ("Bernie Ebbers", "Chief Executive Officer", "Worldcom", "ended")
    ]
    ts = extract("TUC general secretary Brendan Barber called for a commitment.")
    assert [(t.person, t.role, t.org) for t in ts] == [
        ("Brendan Barber", "General Secretary", "TUC")
    ]


def test_unit_in_the_country(extract) -> None:
    ts = extract('"We see growth," said Brian Mole, managing director of T-Mobile in the UK.')
    assert [(t.person, t.org, t.parent_org) for t in ts] == [
        ("Brian Mole", "T-Mobile in the UK", "T-Mobile")
    ]
    # a city says where a body sits, not which of its units is meant
    ts = extract(
        "John Smith was named president of the National Association of Securities Dealers"
        " in Washington, the association said."
    )
    assert [(t.person, t.org) for t in ts] == [
        ("John Smith", "National Association of Securities Dealers")
    ]


def test_a_head_is_known_by_the_function_headed(extract) -> None:
    from kg.lexicon import canonical_role

    ts = extract('"Gains will go on," said Rui Campos, head of equities trading at brokers TOV.')
    assert [(t.person, t.role, t.org) for t in ts] == [
        ("Rui Campos", "Head of equities trading", "TOV")
    ]
    role = canonical_role("Head of equities trading")
    assert role is not None and role.label == "Head"  # the scheme's role behind it


def test_name_before_title_and_sir(extract) -> None:
    text = '"We were lucky," Harbury chairman Sir Ian Dale told reporters.'
    assert [(t.person, t.role, t.org) for t in extract(text)] == [
        ("Ian Dale", "Chairman", "Harbury")
    ]


def test_took_the_helm_dates_the_one_title(extract) -> None:
    text = (
        "Ravel Motors chief executive Hans Demir runs the car unit. "
        "Mr Demir, a car industry veteran, took the helm in November 2003."
    )
    (t,) = extract(text)
    assert (t.person, t.role, t.start) == ("Hans Demir", "Chief Executive Officer", "2003-11")


def test_first_name_alone_and_the_company_of_the_subject(extract) -> None:
    text = (
        "Anil Kapoor, vice-chairman of Sunrise Petro Limited, stayed away. On Wednesday, the "
        "board of Sunrise Energy, another Sunrise Group company, reaffirmed its faith in Anil, "
        "who is the company's chief."
    )
    got = {(t.person, t.role, t.org) for t in extract(text)}
    assert ("Anil Kapoor", "Chief Executive Officer", "Sunrise Energy") in got


def test_surname_the_model_took_for_a_company(extract) -> None:
    text = (
        "Halden Union said Pope succeeds Robert Leventhal. The company said Leventhal will "
        "remain chairman of the corporation."
    )
    got = {(t.person, t.role) for t in extract(text)}
    assert ("Robert Leventhal", "Chairman") in got


# --- affiliations: a person named with the organization they speak for -------------------


def test_affiliation_without_a_title(extract) -> None:
    text = '"The vision is compelling," said Paul Hart of the Lisbon Forum.'
    assert [(t.person, t.role, t.org) for t in extract(text)] == [
        ("Paul Hart", None, "Lisbon Forum")
    ]


def test_title_before_the_name_takes_the_affiliation(extract) -> None:
    text = '"The story is costs," said analyst Alex Porter at Lehman Brothers.'
    assert [(t.person, t.role, t.org) for t in extract(text)] == [
        ("Alex Porter", "Analyst", "Lehman Brothers")
    ]


def test_affiliation_gives_way_to_a_title_and_to_offices_of_state(extract) -> None:
    text = (
        "Shares in Harlow Foods rose, said Jane Rowe of Harlow Foods. Harlow Foods chief "
        "executive Jane Rowe added more."
    )
    assert [(t.person, t.role, t.org) for t in extract(text)] == [
        ("Jane Rowe", "Chief Executive Officer", "Harlow Foods")
    ]
    assert extract("When President Nestor Kirchner of Argentina arrived, talks began.") == []


# --- wire copy and names the model mistakes ------------------------------------------------


def test_title_of_a_function_at_a_company(extract) -> None:
    ts = extract(
        '"Prices will fall," said Nora Blyth, senior vice president of retail planning and '
        "logistics at Fenwick Stores."
    )
    (t,) = find(ts, "Nora Blyth")
    assert (t.role, t.org) == ("Senior Vice President", "Fenwick Stores")


def test_chairman_of_the_board_of_a_company_is_not_cut_at_at(extract) -> None:
    ts = extract("Carl Imhof, chairman of the board of Delmont Foods Ltd, spoke on Monday.")
    (t,) = find(ts, "Carl Imhof")
    assert t.org == "Delmont Foods Ltd"


def test_wire_brackets_and_tickers(extract) -> None:
    ts = extract(
        "PRAXTON <PRX> NAMES CHAIRMAN\n\n"
        "Olaf Brandt, chairman of <Praxton Industries Inc>, said sales rose.\n"
        "    Ruth Ames, president of Kelso Corp <KLS>, said it agreed."
    )
    assert {(t.person, t.role, t.org) for t in ts} == {
        ("Olaf Brandt", "Chairman", "Praxton Industries Inc"),
        ("Ruth Ames", "President", "Kelso Corp"),
    }


def test_an_office_city_is_not_a_unit_of_a_legal_name(extract) -> None:
    ts = extract(
        '"Demand is weak," said Tom Reyes, vice president at Halvern Brokers Inc in Denver.'
    )
    (t,) = find(ts, "Tom Reyes")
    assert t.org == "Halvern Brokers Inc"


def test_person_the_model_tagged_as_a_company_by_what_is_said_of_it(extract) -> None:
    ts = extract(
        "Corvane Industries Inc said L.K.\nOrtt has been elected president, succeeding "
        "Dale Moss who remains chairman."
    )
    assert ("L.K. Ortt", "President", "Corvane Industries Inc") in {
        (t.person, t.role, t.org) for t in ts
    }
    # a company named after its founders stays a company
    assert not find(
        extract("J.P. Morgan, the investment bank, said it would cut jobs."), "J.P. Morgan"
    )


def test_it_said_names_the_company_before(extract) -> None:
    ts = extract(
        "Corvane Health Inc said Dora Vetts has resigned as president.\n"
        "    It said executive vice president Pim Olde will serve as interim chief executive."
    )
    assert ("Pim Olde", "Executive Vice President", "Corvane Health Inc") in {
        (t.person, t.role, t.org) for t in ts
    }


def test_lower_title_takes_the_persons_one_organization(extract) -> None:
    ts = extract(
        "Halvern Mills Inc said Jo Price has been elected president. Price had been "
        "executive vice president."
    )
    assert {(t.person, t.role, t.org) for t in ts} >= {
        ("Jo Price", "President", "Halvern Mills Inc"),
        ("Jo Price", "Executive Vice President", "Halvern Mills Inc"),
    }
    # two organizations: no guess
    ts = extract(
        "Jo Price, president of Halvern Mills, is also chairman of Delmont Foods Ltd. "
        "Price had been executive vice president."
    )
    assert not find(ts, "Jo Price", role="Executive Vice President")


def test_place_after_an_organization(extract) -> None:
    def org(text: str) -> tuple[str, str | None]:
        (t,) = extract(text)
        return t.org, t.parent_org

    # a country after the name: a national unit, its parent kept where the model split them
    (t,) = extract('"Sales rose," said Kay Tull, chief executive of Brightwater UK.')
    assert t.org == "Brightwater UK"
    # "at X in CITY": where the speaker sits
    assert org('"Prices fell," said Ann Ruiz, analyst at Corvane Capital in Madrid.') == (
        "Corvane Capital",
        None,
    )


def test_function_with_a_number_and_a_described_company(extract) -> None:
    ts = extract(
        '"It is hard," said Rob Veil, head of third party sales at Halvern Telecom Ltd, on Monday.'
    )
    assert [(t.role, t.org) for t in ts] == [("Head of third party sales", "Halvern Telecom Ltd")]
    ts = extract(
        '"Spam fell," said Ida Moor, director of fraud protection and security at security '
        "firm Kestrel Software."
    )
    assert [(t.role, t.org) for t in ts] == [("Director", "Kestrel Software")]


def test_successor_takes_the_predecessors_organization(extract) -> None:
    ts = extract(
        "Delmont Oil Co said its chairman Ray Ober and chief executive officer Lu Ober have "
        "resigned effective immediately.\n"
        "    Delmont said Ann Kirr, chairman and chief executive officer of The Halvern Group "
        "Inc, succeeds Ray Ober as chairman.",
        date="1987-03-03",
    )
    got = {(t.person, t.role, t.org, t.end) for t in ts}
    assert {
        ("Ray Ober", "Chairman", "Delmont Oil Co", "1987-03-03"),
        ("Lu Ober", "Chief Executive Officer", "Delmont Oil Co", "1987-03-03"),
        ("Ann Kirr", "Chairman", "Delmont Oil Co", None),
        ("Ann Kirr", "Chairman", "Halvern Group Inc", None),
        ("Ann Kirr", "Chief Executive Officer", "Halvern Group Inc", None),
    } <= got


def test_company_names_someone_to_a_title(extract) -> None:
    got = {
        (t.person, t.role, t.org, t.status)
        for t in extract("Olin Corp named Lee Evans chief executive officer, succeeding Jim Bale.")
    }
    assert got == {
        ("Lee Evans", "Chief Executive Officer", "Olin Corp", "current"),
        ("Jim Bale", "Chief Executive Officer", "Olin Corp", "ended"),
    }
    got = {
        (t.person, t.role, t.org, t.status)
        for t in extract(
            "Arvin Mills Inc said Lee Evans has been elected president, succeeding Jim Bale, "
            "who remains chairman."
        )
    }
    assert ("Jim Bale", "President", "Arvin Mills Inc", "ended") in got
    assert ("Lee Evans", "President", "Arvin Mills Inc", "current") in got


def test_short_names_after_the_legal_name(extract) -> None:
    ts = extract(
        "Perrin Drug Stores Inc said Donald Fax has resigned from the board of directors.\n"
        "    Fax left Perrin as president and chief operating officer in January."
    )
    assert {(t.person, t.role, t.org) for t in ts} >= {
        ("Donald Fax", "President", "Perrin Drug Stores Inc"),
        ("Donald Fax", "Chief Operating Officer", "Perrin Drug Stores Inc"),
    }
    assert all(t.person == "Donald Fax" for t in ts)


def test_hyphenated_company_name_is_whole(extract) -> None:
    ts = extract(
        "E-SYSTEMS CHAIRMAN TO RETIRE\n\nE-Systems Inc said John W. Dixon will\nretire April 21 "
        "as chairman and chief executive officer.",
        date="1987-03-16",
    )
    assert {(t.person, t.role, t.org, t.end) for t in ts} == {
        ("John W. Dixon", "Chairman", "E-Systems Inc", "1987-04-21"),
        ("John W. Dixon", "Chief Executive Officer", "E-Systems Inc", "1987-04-21"),
    }


def test_organization_before_a_capitalized_president(extract) -> None:
    got = {
        (t.person, t.role, t.org)
        for text in (
            "ECB President Jean-Claude Trichet has remained upbeat about the region.",
            "But Mining Industry Council President Dam Teutong told Reuters prices rose.",
            "Meanwhile, Egypt FA spokesman Methat Shalaby welcomed the apology.",
            "US President George W Bush said the economy was strong.",
        )
        for t in extract(text)
    }
    assert got == {
        ("Jean-Claude Trichet", "President", "ECB"),
        ("Dam Teutong", "President", "Mining Industry Council"),
        ("Methat Shalaby", "Spokesman", "Egypt FA"),
    }


def test_organization_owned_by_a_place_and_a_function_with_a_place(extract) -> None:
    got = {
        (t.person, t.role, t.org)
        for text in (
            "Miguel Guerra, director of the Dominican Republic's National Sugar Institute, spoke.",
            "David Cummins, head of UK equities for Standard Life Investments, said it was enough.",
        )
        for t in extract(text)
    }
    assert got == {
        ("Miguel Guerra", "Director", "National Sugar Institute"),
        ("David Cummins", "Head of UK equities", "Standard Life Investments"),
    }


def test_two_places_in_a_name_and_a_successor_chain_stops_at_the_next_name(extract) -> None:
    (t,) = extract(
        "Responding to the plans, the chairman of the Police Federation of England and Wales, "
        "Mary Collins, said it was essential."
    )
    assert (t.person, t.org) == ("Mary Collins", "Police Federation of England and Wales")
    ts = extract(
        "Corvane Inc said president David Tock will succeed Dale Dix as chairman and chief "
        "executive and senior vice president Gene Kegg will become president."
    )
    got = {(t.person, t.role) for t in ts}
    assert ("David Tock", "Senior Vice President") not in got
    assert ("Dale Dix", "Senior Vice President") not in got
    assert {("David Tock", "Chairman"), ("Gene Kegg", "Senior Vice President")} <= got


def test_taking_over_from_a_predecessor(extract) -> None:
    got = {
        (t.person, t.role, t.org, t.status)
        for t in extract(
            "Jane Roe will take over from John Doe as chief executive of Acme Corp in May."
        )
    }
    assert got == {
        ("Jane Roe", "Chief Executive Officer", "Acme Corp", "announced"),
        ("John Doe", "Chief Executive Officer", "Acme Corp", "ended"),
    }
    got = {
        (t.person, t.role, t.status)
        for t in extract(
            "Corvane Corp said Dan Grubb will be the unit's president, taking over the title "
            "of president from O.C.\nDavis, who will remain chairman."
        )
    }
    assert ("O.C. Davis", "President", "ended") in got
    assert ("O.C. Davis", "Chairman", "current") in got


def test_appointer_party_and_parliament_are_no_tenures(extract) -> None:
    text = (
        "Halvern Foods Ltd said sales rose. Halvern Foods Ltd has now appointed a new finance "
        "director. Conservative co-chairman Liam Fix derided the plan. Ms Dunwood, who chairs "
        "the Transport Select Committee, said so."
    )
    assert extract(text) == []
    (t,) = extract("Halvern Foods Ltd said Jo Price was appointed a director of the company.")
    assert (t.person, t.role, t.org) == ("Jo Price", "Director", "Halvern Foods Ltd")


def test_titles_of_regulators_schools_and_unions(extract) -> None:
    got = {
        (t.person, t.role, t.org)
        for text in (
            "Donald Nico, the SEC's chief accountant, said so.",
            "Dennis Loge, dean of the Price College of Business, said so.",
            "Mary Low, a politics lecturer at the University of Lille, said so.",
            "E-Systems Inc said John Dix will remain on the board as chairman emeritus.",
        )
        for t in extract(text)
    }
    assert got == {
        ("Donald Nico", "Chief Accountant", "SEC"),
        ("Dennis Loge", "Dean", "Price College of Business"),
        ("Mary Low", "Lecturer", "University of Lille"),
        ("John Dix", "Chairman Emeritus", "E-Systems Inc"),
    }


def test_names_split_by_the_model_and_words_that_are_no_names(extract) -> None:
    got = {
        (t.person, t.role, t.org)
        for text in (
            "Regency Cruises Inc said its board elected William Schanz as its chairman.",
            "Road safety head Andrew Howell said drivers were careful.",
            "Subcommittee chairman Dan Glick said his committee would look at it.",
            "Arsenal vice-chairman David Dean said the club, where Arsenal fans meet, was ready.",
        )
        for t in extract(text)
    }
    assert got == {
        ("William Schanz", "Chairman", "Regency Cruises Inc"),
        ("David Dean", "Vice Chairman", "Arsenal"),
    }


def test_several_people_named_to_a_plural_title(extract) -> None:
    ts = extract(
        "Phoenix Financial Corp said Martin S. Ackerman and Joel Yonover were named directors "
        "of the company. The board of directors met on Monday, and five Phoenix executives "
        "resigned."
    )
    assert {(t.person, t.role, t.org) for t in ts} == {
        ("Martin S. Ackerman", "Director", "Phoenix Financial Corp"),
        ("Joel Yonover", "Director", "Phoenix Financial Corp"),
    }


def test_company_name_with_and_co_and_a_place_based_descriptor(extract) -> None:
    ts = extract("Merrill Lynch and Co Inc chairman William Schreyer said profits fell.")
    assert [(t.person, t.org) for t in ts] == [("William Schreyer", "Merrill Lynch and Co Inc")]
    # "Aberdeen-based" says where the company is, not which it is
    ts = extract("Radwan Hadi, director of Aberdeen-based consultancy Blackwatch Ltd, spoke.")
    assert all(t.org != "Aberdeen" for t in ts)


def test_shortened_first_word_of_a_company(extract) -> None:
    ts = extract(
        "Service Resources Corp said Pat Rooney has resigned as chairman of its Chas.\n"
        "P. Young Co unit."
    )
    assert [(t.person, t.role, t.org) for t in ts] == [
        ("Pat Rooney", "Chairman", "Chas. P. Young Co")
    ]


def test_ex_before_a_title_is_former(extract) -> None:
    ts = extract(
        "Shares in Yukos Oil Co fell again. The company's founder and ex-chief executive, "
        "Mikhail Khodorkovsky, is in jail."
    )
    assert ("Mikhail Khodorkovsky", "Chief Executive Officer", "Yukos Oil Co", "ended") in {
        (t.person, t.role, t.org, t.status) for t in ts
    }


def test_a_word_then_the_kind_of_company_then_its_name(extract) -> None:
    ts = extract(
        "It works, said Travis Kalan, founder and chairman of P2P network Red Swoosh, on Monday."
    )
    assert {(t.role, t.org) for t in ts} == {("Founder", "Red Swoosh"), ("Chairman", "Red Swoosh")}


def test_company_owned_by_another(extract) -> None:
    ts = extract("Ray Rosen had been president of BankAmerica's Seafirst Corp, the bank said.")
    assert [(t.role, t.org, t.parent_org) for t in ts] == [
        ("President", "Seafirst Corp", "BankAmerica")
    ]


def test_the_company_said_is_the_company_that_spoke_before(extract) -> None:
    ts = extract(
        "Halvern Resources Corp said Pat Roon has resigned as chairman.\n"
        "    Kestrel Inc has offered to buy Sorrel Inc for 23 dlrs a share.\n"
        "    The company said Jim Alex will succeed Roon as chairman, with Jack Hubb remaining "
        "president."
    )
    got = {(t.person, t.role, t.org) for t in ts}
    assert ("Jack Hubb", "President", "Halvern Resources Corp") in got
    assert ("Jim Alex", "Chairman", "Halvern Resources Corp") in got


def test_long_title_appositive_before_the_verb(extract) -> None:
    ts = extract(
        "David Halbe, president and chief executive officer of Halbe Inc, an Abilene "
        "investment firm, was named chairman of Summit Petroleum Corp, the company said."
    )
    assert ("David Halbe", "Chairman", "Summit Petroleum Corp") in {
        (t.person, t.role, t.org) for t in ts
    }


def test_a_headline_in_capitals_does_not_name_the_company(extract) -> None:
    ts = extract(
        "REGENCY CRUISES INC NAMES CHAIRMAN\n\nRegency Cruises Inc said its board elected "
        "William Schanz as its chairman."
    )
    assert [(t.person, t.org) for t in ts] == [("William Schanz", "Regency Cruises Inc")]


def test_institution_of_a_place_is_one_name(extract) -> None:
    ts = extract(
        "Previous winners include Royal Bank of Scotland chief executive Fred Goodwin and "
        "former Vodafone boss Chris Gent."
    )
    assert ("Fred Goodwin", "Royal Bank of Scotland") in {(t.person, t.org) for t in ts}


def test_predecessor_who_resigned_as_another_title(extract) -> None:
    got = {
        (t.person, t.role)
        for t in extract(
            "Paradyne Corp said it named Jerry Kend as president, succeeding Rob Wigg who "
            "resigned as chairman."
        )
    }
    assert ("Rob Wigg", "President") not in got
    got = {
        (t.person, t.role, t.status)
        for t in extract(
            "Honeywell Inc said its board elected its president, James Ren, as chief executive "
            "officer to succeed Ed Spence, who will continue as chairman of the board."
        )
    }
    assert ("Ed Spence", "Chief Executive Officer", "ended") in got


def test_formerly_in_an_appositive_is_a_former_title(extract) -> None:
    ts = extract(
        "Western Union said John Pope, formerly the executive vice president of the company, "
        "succeeds Robert Leventhal."
    )
    assert ("John Pope", "Executive Vice President", "Western Union", "ended") in {
        (t.person, t.role, t.org, t.status) for t in ts
    }


def test_initials_end_no_sentence() -> None:
    from kg.nlp import load_pipeline
    from kg.settings import spacy_model
    from kg.textnorm import normalize

    text = (
        "ROONEY QUITS AS SERVICE RESOURCES UNIT HEAD\n\nService Resources Corp said Patrick J.\n"
        "Rooney has resigned as chairman and chief executive officer of\nits Chas. P. Young "
        "subsidiary to devote more time to his posts."
    )
    doc = load_pipeline(spacy_model())(normalize(text))
    assert [s.text.split()[0] for s in doc.sents] == ["ROONEY", "Service"]


def test_function_after_for_ends_at_the_company(extract) -> None:
    ts = extract(
        '"There is no way out," Aldo Rold, Vice President for International Services at '
        "Chase Econometrics, said."
    )
    assert [(t.role, t.org) for t in ts] == [("Vice President", "Chase Econometrics")]


def test_a_new_title_is_not_assumed_at_the_persons_other_company(extract) -> None:
    ts = extract(
        "The exchange said Cliff Evan, president of Demico Futures, was elected treasurer."
    )
    assert ("Cliff Evan", "Treasurer", "Demico Futures") not in {
        (t.person, t.role, t.org) for t in ts
    }


def test_plural_subject_with_an_appositive_before_were(extract) -> None:
    ts = extract(
        "Phoenix Financial Corp said Martin Acker and Joel Yono, both attorneys, were named "
        "directors."
    )
    assert {(t.person, t.role, t.org) for t in ts} == {
        ("Martin Acker", "Director", "Phoenix Financial Corp"),
        ("Joel Yono", "Director", "Phoenix Financial Corp"),
    }


def test_founded_by_a_described_person(extract) -> None:
    ts = extract(
        "Jet Airways, a low-fare airline, was founded by London-based ex-travel agent Naresh "
        "Goyal, and controls 45% of the market."
    )
    assert [(t.person, t.role, t.org) for t in ts] == [("Naresh Goyal", "Founder", "Jet Airways")]


def test_a_name_written_as_a_list_ending_in_a_legal_form_is_one_company(extract) -> None:
    ts = extract(
        "Lena Ortiz, 51, has been vice president for Barlow, Hensley and Co Inc, a Denver "
        "securities broker."
    )
    assert [(t.person, t.role, t.org) for t in ts] == [
        ("Lena Ortiz", "Vice President", "Barlow, Hensley and Co Inc")
    ]


def test_an_exchange_named_as_a_list_elects_its_chairman(extract) -> None:
    ts = extract(
        "WOOL EXCHANGE NAMES CHAIRMAN\n\nThe Boston Wool, Cotton and Silk Exchange elected "
        "Mark Tully its chairman on Tuesday."
    )
    assert ("Mark Tully", "Chairman", "Boston Wool, Cotton and Silk Exchange") in {
        (t.person, t.role, t.org) for t in ts
    }


def test_a_title_set_off_after_the_name_is_the_lead_companys(extract) -> None:
    ts = extract(
        "Corvina Shipping Co said it expects higher profits this year.\n\n"
        "Mara Velez, vice president of sales, told analysts that demand was strong.\n\n"
        "Kenji Ito, editor of trade weekly Freightline, said rates would rise."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Mara Velez", "Vice President", "Corvina Shipping Co") in found
    assert not any(t.person == "Kenji Ito" and t.org == "Corvina Shipping Co" for t in ts)


def test_a_blanked_ticker_between_company_and_title(extract) -> None:
    ts = extract('"Rates will fall," Dorvale Motors Corp <DMC> treasurer Hal Brent said.')
    assert [(t.person, t.role, t.org) for t in ts] == [
        ("Hal Brent", "Treasurer", "Dorvale Motors Corp")
    ]


def test_an_acronym_title_before_another_title_is_the_company() -> None:
    from kg.nlp import load_pipeline
    from kg.settings import spacy_model

    doc = load_pipeline(spacy_model())(
        "Talks will be hard, said GM Vice President and chief negotiator Rita Moss."
    )
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("GM") == "ORG" and labels.get("Vice President") == "ROLE"


def test_a_first_word_stands_for_the_company_named_first(extract) -> None:
    ts = extract(
        "Halvard Trust Corp said profits rose. Jon Weir is chairman of Halvard Trust Bank of "
        "Oslo, its unit. Ann Rask said she will retire as Halvard chairman in May."
    )
    assert ("Ann Rask", "Chairman", "Halvard Trust Corp") in {(t.person, t.role, t.org) for t in ts}


def test_a_sentence_opening_company_word_refers_to_the_company(extract) -> None:
    ts = extract(
        "Norvik Chemicals <NORV.PA> said it will raise its capital.\n\n"
        "Company chairman Paul Mercier said half the issue would be sold abroad. Drug "
        "analyst Ann Holt said the company's drug sales were slow."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Paul Mercier", "Chairman", "Norvik Chemicals") in found
    assert not any(t.org in ("Company", "Drug") for t in ts)


def test_a_name_before_its_acronym_premodifies_the_title(extract) -> None:
    ts = extract(
        "Analysts said the arrival of Delta Rice Growers Bank (DRGB) president Tomas Reyes "
        "would change the board."
    )
    assert ("Tomas Reyes", "President", "Delta Rice Growers Bank") in {
        (t.person, t.role, t.org) for t in ts
    }


def test_a_title_at_two_coordinated_organizations(extract) -> None:
    ts = extract(
        "The shares were seized from Carlos Mendez, then chairman of Orinoco Bank and "
        "Tamesis Foods."
    )
    assert {(t.person, t.role, t.org) for t in ts} == {
        ("Carlos Mendez", "Chairman", "Orinoco Bank"),
        ("Carlos Mendez", "Chairman", "Tamesis Foods"),
    }


def test_named_to_the_post_of(extract) -> None:
    ts = extract(
        "Velmar Optics Corp said its board elected Grant Hollis to the new position of chief "
        "executive officer and as director. Velmar also said Nina Park has been named to the "
        "added posts of executive vice president and treasurer."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert {
        ("Grant Hollis", "Chief Executive Officer", "Velmar Optics Corp"),
        ("Grant Hollis", "Director", "Velmar Optics Corp"),
        ("Nina Park", "Executive Vice President", "Velmar Optics Corp"),
        ("Nina Park", "Treasurer", "Velmar Optics Corp"),
    } <= found


def test_in_favor_of_a_person_is_not_an_organization(extract) -> None:
    ts = extract(
        "Tarrant Oil Inc said Glen Voss has resigned as president of the company in favor of "
        "Dale Pruitt."
    )
    assert not any(t.org == "Dale Pruitt" for t in ts)
    ts = extract(
        "Tarrant Oil Inc said Glen Voss has resigned as president in favor of Dale Pruitt."
    )
    assert not any(t.org == "Dale Pruitt" for t in ts)


def test_a_titled_speaker_speaks_for_the_company_that_is_the_subject(extract) -> None:
    ts = extract(
        "Brenner Ltd said on Monday that its sales rose 5 pct. Dorvale Systems Inc expects"
        " revenues to rise 12 to 15 pct this year, chairman Alan Pike said."
    )
    assert [(t.person, t.role, t.org) for t in ts] == [
        ("Alan Pike", "Chairman", "Dorvale Systems Inc")
    ]
    # an analyst speaks of a company, not for it; a committee's chairman for the committee
    assert extract("Dorvale Systems Inc will earn more this year, analyst Alan Pike said.") == []
    ts = extract('"Talks will start on Monday," said committee chairman Kostas Pano.')
    assert [t.org for t in ts] in ([], [None])


def test_remains_on_the_board_of_the_reporting_company(extract) -> None:
    ts = extract(
        "Brandt Tool Corp said president Ada Kline has been named chairman, succeeding Otto "
        "Weil, who remains on the board."
    )
    assert ("Otto Weil", "Board Director", "Brandt Tool Corp") in {
        (t.person, t.role, t.org) for t in ts
    }


def test_a_comma_list_of_titles_shares_the_organization(extract) -> None:
    ts = extract(
        "Growth will continue, said Rosa Lind, chairman, president and chief executive "
        "officer of Pembrook Savings Bank."
    )
    assert {(t.person, t.role, t.org) for t in ts} == {
        ("Rosa Lind", "Chairman", "Pembrook Savings Bank"),
        ("Rosa Lind", "President", "Pembrook Savings Bank"),
        ("Rosa Lind", "Chief Executive Officer", "Pembrook Savings Bank"),
    }


def test_a_speakers_title_is_the_lead_companys(extract) -> None:
    ts = extract(
        "Korvo Motor Corp predicted lower profits this year, vice president Ken Abe told a "
        "news conference.\n\n"
        '"Demand will recover," said executive vice president Lia Moro. The watchdog\'s chief '
        "accountant Tom Reid said the rules were clear."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Ken Abe", "Vice President", "Korvo Motor Corp") in found
    assert ("Lia Moro", "Executive Vice President", "Korvo Motor Corp") in found
    assert not any(t.person == "Tom Reid" and t.org == "Korvo Motor Corp" for t in ts)


def test_a_title_someone_is_named_to_is_the_lead_companys(extract) -> None:
    ts = extract(
        "The Harlow Grain Exchange elected new officers on Monday.\n\n"
        "Peter Hollis, president of Demaret Futures, was elected treasurer."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Peter Hollis", "Treasurer", "Harlow Grain Exchange") in found
    assert ("Peter Hollis", "Treasurer", "Demaret Futures") not in found


def test_a_set_off_title_prefers_the_lead_company_to_the_most_named(extract) -> None:
    ts = extract(
        "Quillon Data Corp said it will appeal a tax ruling.\n\n"
        "The IRS said the IRS would not comment. The Internal Revenue Service audit began in "
        'May. "We will win," Ralph Noyes, president of operations, said.'
    )
    assert ("Ralph Noyes", "President", "Quillon Data Corp") in {
        (t.person, t.role, t.org) for t in ts
    }


def test_its_president_after_a_country_is_an_office_of_state(extract) -> None:
    ts = extract(
        "Harrow Institute said aid would rise. Since 1995, Moldavia has been ruled by its "
        "president Petru Lucinschi."
    )
    assert not any(t.person == "Petru Lucinschi" for t in ts)


def test_the_successor_takes_the_titles_the_predecessor_left(extract) -> None:
    ts = extract(
        "Harbin Trust Corp said Paul Dorsey has retired as chairman and chief executive "
        "officer. The company said director Helen Marsh will succeed Dorsey."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Helen Marsh", "Chairman", "Harbin Trust Corp") in found
    assert ("Helen Marsh", "Chief Executive Officer", "Harbin Trust Corp") in found


def test_succeeding_hands_over_the_last_title_given(extract) -> None:
    ts = extract(
        "Marlow Instruments Corp said its board elected Dean Foster to the new position of "
        "chief executive officer and as president, succeeding Carl Brooks."
    )
    found = {(t.person, t.role, t.org, t.status) for t in ts}
    assert ("Carl Brooks", "President", "Marlow Instruments Corp", "ended") in found
    assert not any(t.person == "Carl Brooks" and t.role == "Chief Executive Officer" for t in ts)


def test_named_to_its_newly_created_post_and_assuming_a_role(extract) -> None:
    ts = extract(
        "Dunmore Cable Corp said it named Alan Pryce to its newly-created post of chief "
        "operating officer. It said chairman Rita Kemp will assume the role of president "
        "until a replacement is found."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Alan Pryce", "Chief Operating Officer", "Dunmore Cable Corp") in found
    assert ("Rita Kemp", "President", "Dunmore Cable Corp") in found


def test_the_head_of_a_named_company_then_the_name(extract) -> None:
    ts = extract("The head of the state-owned Ostrava Gas company, Milan Novak, said so.")
    assert [(t.person, t.role, t.org) for t in ts] == [("Milan Novak", "Head", "Ostrava Gas")]


def test_a_name_described_after_a_dash_is_an_organization(extract) -> None:
    ts = extract(
        '"We regret it," said Oleg Panin, deputy chairman of Northern Nickel - a mining firm '
        "based in Perm. The move follows a decision by Ravi - the younger brother of Tata "
        "Group president Vikram Rao - to resign."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Oleg Panin", "Vice Chairman", "Northern Nickel") in found
    assert ("Vikram Rao", "President", "Tata Group") in found


def test_replacing_someone_at_the_unit_the_successor_was_named_to(extract) -> None:
    ts = extract(
        "Corvel Inc said Dana Price has been named president of its Brightline Tours Inc "
        "subsidiary, replacing Mark Ellis as president."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Mark Ellis", "President", "Brightline Tours Inc") in found
    assert ("Mark Ellis", "President", "Corvel Inc") not in found


def test_a_sentence_opening_common_noun_keeps_a_title_from_the_topic(extract) -> None:
    ts = extract(
        "Harwell Motors said sales fell. Harwell Motors will cut jobs. Charity boss Ann "
        "Greer said the charity would help the workers."
    )
    assert not any(t.person == "Ann Greer" and t.org == "Harwell Motors" for t in ts)


def test_a_department_of_a_company_or_fund_is_its_unit_not_a_government_office(
    extract,
) -> None:
    ts = extract(
        '"Growth is weak," says Lena Moss, assistant director of the World Bank\'s Africa '
        "department. Paul Drew, head of Halvard Group's marketing department, agreed. Tom "
        "Reed, deputy head of the US Justice Department's antitrust division, said so too."
    )
    found = {(t.person, t.role, t.org, t.parent_org) for t in ts}
    assert (
        "Lena Moss",
        "Assistant Director",
        "World Bank's Africa department",
        "World Bank",
    ) in found
    assert any(t.person == "Paul Drew" and t.parent_org == "Halvard Group" for t in ts)
    assert not any(t.person == "Tom Reed" for t in ts)


def test_an_organization_headed_or_run_by_a_person(extract) -> None:
    ts = extract(
        "Barclays Bank, chaired by Matthew Barrett since 2004, raised rates. Vodafone said "
        "profit fell. The group is now led by Arun Sarin. Shares in Reliance Industries, which is "
        "run by Mukesh Ambani, rose. The Labour Party, led by Tony Blair, won. The CBI said "
        "exports rose. It was led by John Smith and included firms such as BASF."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Matthew Barrett", "Chairman", "Barclays Bank") in found
    assert ("Arun Sarin", "Head", "Vodafone") in found
    assert ("Mukesh Ambani", "Chief Executive Officer", "Reliance Industries") in found
    assert not any(t.person in ("Tony Blair", "John Smith") for t in ts)


def test_joined_a_company_as_a_title_in_a_relative_clause(extract) -> None:
    ts = extract(
        "Hugo Berg, who joined Unilever as finance director in 2002, will leave in May. Anna "
        "Sutton will join Barclays as chief operating officer."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Hugo Berg", "Chief Financial Officer", "Unilever") in found
    assert ("Anna Sutton", "Chief Operating Officer", "Barclays") in found


def test_chairing_the_board_of_a_company(extract) -> None:
    ts = extract("Lucy Hart, who chairs the board of Barclays, backed the bid.")
    assert [(t.person, t.role, t.org) for t in ts] == [("Lucy Hart", "Chairman", "Barclays")]


def test_a_function_set_off_between_title_and_name(extract) -> None:
    ts = extract(
        "Ford's head of European operations, David Thursfield, resigned. BP's vice president "
        "for UK retail, Sam Webb, said prices rose."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("David Thursfield", "Head", "Ford") in found
    assert ("Sam Webb", "Vice President", "BP") in found


def test_a_where_clause_names_the_organization_of_the_title(extract) -> None:
    ts = extract(
        "Anna Lee spent ten years at Goldman Sachs, where she was a partner. Thomas Plaskett, "
        "43, joined Pan Am in 1986 from Citicorp, where he had been a vice chairman."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Anna Lee", "Partner", "Goldman Sachs") in found
    assert ("Thomas Plaskett", "Vice Chairman", "Citicorp") in found
    (joined,) = [t for t in ts if t.person == "Thomas Plaskett" and t.org == "Pan Am"]
    assert joined.start == "1986"


def test_an_age_after_the_name_is_no_date(extract) -> None:
    (t,) = extract("Jane Doe, 52, who joined Barclays in 1990, said costs rose.")
    assert (t.person, t.org, t.start) == ("Jane Doe", "Barclays", "1990")


def test_heading_a_company_described_by_its_kind(extract) -> None:
    ts = extract(
        "Martin Sorrell, who runs advertising giant WPP, said the market would recover. Nigel "
        "Stone, who heads the Shell pension fund, spoke."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Martin Sorrell", "Chief Executive Officer", "WPP") in found
    assert not any(t.person == "Nigel Stone" and t.org == "Shell" for t in ts)


def test_the_boss_of_a_company_then_a_knighted_name(extract) -> None:
    ts = extract("The boss of WPP, Sir Martin Sorrell, said advertising would recover.")
    assert [(t.person, t.role, t.org) for t in ts] == [
        ("Martin Sorrell", "Chief Executive Officer", "WPP")
    ]


def test_a_hyphenated_modifier_before_a_title(extract) -> None:
    ts = extract("Mr Skilling, Enron's one-time chief executive, faces trial.")
    assert [(t.person, t.role, t.org) for t in ts] == [
        ("Skilling", "Chief Executive Officer", "Enron")
    ]


def test_a_hyphenated_first_name_read_as_an_organization_is_a_person(extract) -> None:
    ts = extract("Jean-Marie Messier, the former head of Vivendi Universal, faces charges.")
    assert [(t.person, t.role, t.org) for t in ts] == [
        ("Jean-Marie Messier", "Head", "Vivendi Universal")
    ]


def test_succeeding_someone_at_the_head_of_a_company(extract) -> None:
    ts = extract("John Reed succeeded Walter Wriston at the head of Citicorp in 1984.")
    found = {(t.person, t.role, t.org, t.start, t.end) for t in ts}
    assert ("John Reed", "Head", "Citicorp", "1984", None) in found
    assert ("Walter Wriston", "Head", "Citicorp", None, "1984") in found


def test_an_appositive_with_himself_or_herself(extract) -> None:
    ts = extract(
        "Mr Bez - himself a former executive at rival Porsche - said the car was cheap. Anne "
        "Smith, herself a former director of Barclays, agreed."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Bez", "Executive", "Porsche") in found
    assert ("Anne Smith", "Director", "Barclays") in found


def test_two_titles_before_a_name_with_a_company_read_as_a_person(extract) -> None:
    ts = extract(
        "Yukos founder and ex-chief executive Mikhail Khodorkovsky is in jail. Fiat chairman "
        "and former chief executive Paolo Fresco spoke."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Mikhail Khodorkovsky", "Founder", "Yukos") in found
    assert ("Mikhail Khodorkovsky", "Chief Executive Officer", "Yukos") in found
    assert ("Paolo Fresco", "Chairman", "Fiat") in found


def test_a_persons_surname_before_a_title_stays_a_person(extract) -> None:
    ts = extract("President George Bush met Karl Rove. Bush adviser Karl Rove spoke.")
    assert not any(t.org == "Bush" for t in ts)


def test_a_deputy_managing_director_is_no_managing_director(extract) -> None:
    ts = extract(
        '"Rules first," says Omar Said, deputy managing director of Leeds-based oil and gas '
        "consultancy Blackwatch Petroleum Services. Ann Lee, deputy director-general of the "
        "CBI, agreed."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Omar Said", "Deputy Managing Director", "Blackwatch Petroleum Services") in found
    assert ("Ann Lee", "Deputy Director General", "CBI") in found


def test_an_assistant_officer_is_not_the_officer(extract) -> None:
    ts = extract(
        "Frank Fenn, Assistant Treasurer at Corvel Motors Corp, said the swap went well. Bea Ray,"
        " assistant general counsel of Corvel, and Al Kim, its treasurer, agreed."
    )
    assert {(t.person, t.role) for t in ts} == {
        ("Frank Fenn", "Assistant Treasurer"),
        ("Bea Ray", "Assistant General Counsel"),
        ("Al Kim", "Treasurer"),
    }


def test_a_kind_of_body_in_capitals_ends_the_name_before_a_title(extract) -> None:
    # "Bank Governor" is a title's surface; after "Reserve", "Bank" is the name's
    ts = extract("Rates will rise, Reserve Bank Governor Spencer Rusk said.")
    assert [(t.person, t.role, t.org) for t in ts] == [("Spencer Rusk", "Governor", "Reserve Bank")]
    ts = extract("Profits rose, Corvel Senior Vice President Ann Holt said.")
    assert [(t.person, t.role, t.org) for t in ts] == [
        ("Ann Holt", "Senior Vice President", "Corvel")
    ]


def test_the_companys_title_is_the_company_that_spoke(extract) -> None:
    text = (
        "Harland Aircraft said it signed an agreement with the Pelton Rocket Works Co. The"
        ' company said the pact will serve future proposals. "This opens the door for us,"'
        " said Dan Greer, the company's vice president of marketing."
    )
    assert [(t.person, t.org) for t in extract(text)] == [("Dan Greer", "Harland Aircraft")]
    # a company that spoke, but is not what the story calls "the company"
    text = (
        "Harland Ratings said on Monday that it cut its rating of Yarrow Oil Ltd, which faces"
        " a tax bill. The company's founder, Ivan Petrov, is in jail."
    )
    assert [(t.person, t.org) for t in extract(text)] == [("Ivan Petrov", "Yarrow Oil Ltd")]


def test_a_title_as_subject_with_the_name_as_complement(extract) -> None:
    ts = extract(
        "Tesco, whose chief executive is Terry Leahy, reported record profits. The chief "
        "executive of Unilever is Patrick Cescau. The new chairman will be Carl Icahn, TWA said."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Terry Leahy", "Chief Executive Officer", "Tesco") in found
    assert ("Patrick Cescau", "Chief Executive Officer", "Unilever") in found
    assert ("Carl Icahn", "Chairman", "TWA") in found


def test_whose_title_refers_to_the_organization_before(extract) -> None:
    ts = extract("Tesco, whose chairman, John Gardiner, is retiring, reported record profits.")
    assert [(t.person, t.role, t.org) for t in ts] == [("John Gardiner", "Chairman", "Tesco")]


def test_has_run_and_in_charge_of_a_company(extract) -> None:
    ts = extract(
        "Terry Leahy has run Tesco since 1997. Justin King, in charge of Sainsbury since 2004, "
        "spoke. Ann Lee was in charge of the Tesco account."
    )
    found = {(t.person, t.role, t.org, t.start) for t in ts}
    assert ("Terry Leahy", "Chief Executive Officer", "Tesco", "1997") in found
    assert ("Justin King", "Head", "Sainsbury", "2004") in found
    assert not any(t.person == "Ann Lee" for t in ts)


def test_a_chair_of_a_congressional_committee_is_a_political_office(extract) -> None:
    ts = extract(
        "The plan was proposed by House Ways and Means Committee Chairman Dan Rostenkowski and "
        "Senate Finance Committee Chairman Lloyd Bentsen."
    )
    assert ts == []


def test_a_function_acronym_before_a_title_is_no_company(extract) -> None:
    ts = extract("Mr Brown, who married PR executive Sarah Macaulay in 2000, changed his view.")
    assert ts == []


def test_an_appositive_between_the_named_person_and_as(extract) -> None:
    ts = extract(
        "Halliburton Co said it appointed Thomas Cruikshank, a director since 1985, as "
        "chairman. Its board named Ann Price, 55, to the additional post of treasurer."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Thomas Cruikshank", "Chairman", "Halliburton Co") in found
    assert ("Ann Price", "Treasurer", "Halliburton Co") in found


def test_retiring_and_being_succeeded_by_someone(extract) -> None:
    ts = extract(
        "Halliburton Co said John Harbin will retire as chairman and chief executive officer "
        "on June 30 and will be succeeded by Thomas Cruikshank."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Thomas Cruikshank", "Chairman", "Halliburton Co") in found
    assert ("Thomas Cruikshank", "Chief Executive Officer", "Halliburton Co") in found


def test_a_plural_title_before_a_list_of_names(extract) -> None:
    ts = extract(
        "Halliburton Co said vice presidents Alan Ross and Mary Kent were elected to the board."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    for name in ("Alan Ross", "Mary Kent"):
        assert (name, "Vice President", "Halliburton Co") in found
        assert (name, "Board Director", "Halliburton Co") in found


def test_a_comma_list_of_names_shares_the_verb(extract) -> None:
    ts = extract("Halliburton Co said Alan Ross, Mary Kent and Paul Dorn resigned from its board.")
    assert {t.person for t in ts if t.role == "Board Director"} == {
        "Alan Ross",
        "Mary Kent",
        "Paul Dorn",
    }


def test_a_plural_title_then_were_or_a_colon_and_the_names(extract) -> None:
    ts = extract(
        "Resigning as directors, officers and employees of Phoenix Financial Corp were Mary "
        "Anne Cossa, Thomas Amendola and James Mallory. Halliburton Co named three new vice "
        "presidents: Alan Ross, Mary Kent and Paul Dorn."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    for name in ("Mary Anne Cossa", "Thomas Amendola", "James Mallory"):
        assert (name, "Director", "Phoenix Financial Corp") in found
    for name in ("Alan Ross", "Mary Kent", "Paul Dorn"):
        assert (name, "Vice President", "Halliburton Co") in found


def test_a_function_set_off_by_commas_after_the_title(extract) -> None:
    ts = extract(
        "Brian Brink, senior vice-president, health, at Anglo American, said. Halliburton Co "
        "said Alan Ross was named vice president, finance, and chief financial officer."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Brian Brink", "Senior Vice President", "Anglo American") in found
    assert ("Alan Ross", "Chief Financial Officer", "Halliburton Co") in found


def test_years_spent_in_a_title(extract) -> None:
    ts = extract(
        "The SEC said John Shad left the agency this week after a record six years as "
        "chairman. Tom Ross praised Ann Lee's time as chairman of Barclays."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("John Shad", "Chairman", "SEC") in found
    assert ("Ann Lee", "Chairman", "Barclays") in found
    assert not any(t.person == "Tom Ross" for t in ts)


def test_a_list_of_titles_of_a_described_company(extract) -> None:
    ts = extract(
        "Caesars World Inc said profits rose. Henry Gluck, chairman and chief executive officer "
        "of the hotel, casino and resorts company, said profits rose."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Henry Gluck", "Chief Executive Officer", "Caesars World Inc") in found


def test_a_title_kept_after_retiring_from_others(extract) -> None:
    ts = extract(
        "E-Systems Inc said John Dixon will retire as chairman and chief executive officer "
        "but remain on the board as chairman emeritus."
    )
    status = {t.role: t.status for t in ts if t.person == "John Dixon"}
    assert status.get("Chairman Emeritus") == "current"
    assert status.get("Chairman") == "ended"


def test_a_name_ending_in_a_company_word_is_an_organization() -> None:
    from kg.nlp import load_pipeline
    from kg.settings import spacy_model

    doc = load_pipeline(spacy_model())(
        "Thai Airways International plans to expand its fleet to 58 from 30 aircraft, company "
        "officials said."
    )
    assert ("Thai Airways International", "ORG") in {(e.text, e.label_) for e in doc.ents}


def test_would_in_reported_speech_is_no_speculation_but_a_condition_is(extract) -> None:
    ts = extract(
        "Lloyds TSB said John Varley would become chief executive in September. If Tom Smith "
        "won, he would become chairman of Barclays."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("John Varley", "Chief Executive Officer", "Lloyds TSB") in found
    assert not any(t.person == "Tom Smith" for t in ts)


def test_an_appositive_before_the_verb_of_a_move(extract) -> None:
    ts = extract(
        "Sir Christopher Gent, Vodafone's former chief executive, has joined Reuters as "
        "chairman. Tom Hall, a former banker, joined Barclays as finance director in 1999. "
        "Stuart Rose, 55, previously ran Arcadia."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Christopher Gent", "Chairman", "Reuters") in found
    assert ("Tom Hall", "Chief Financial Officer", "Barclays") in found
    assert ("Stuart Rose", "Chief Executive Officer", "Arcadia") in found


def test_moving_from_one_company_to_another(extract) -> None:
    ts = extract(
        "Tom Bell left Barclays in 2003 to join HSBC as finance director. Niall Smith is "
        "leaving Unilever to become chairman of Reuters."
    )
    status = {(t.person, t.org): t.status for t in ts}
    assert status[("Tom Bell", "HSBC")] != "ended"
    assert status[("Niall Smith", "Reuters")] != "ended"


def test_a_relative_clause_between_the_name_and_the_title(extract) -> None:
    ts = extract(
        "Tom Bell, who left Barclays last year, is now chief executive of HSBC. Acme Corp said "
        "Tom Harwood, who was president, would retain his chief executive officer's position."
    )
    found = {(t.person, t.role, t.org, t.status) for t in ts}
    assert ("Tom Bell", "Chief Executive Officer", "HSBC", "current") in found
    assert any(t[:3] == ("Tom Harwood", "Chief Executive Officer", "Acme Corp") for t in found)


def test_a_date_in_a_relative_clause_is_not_the_titles(extract) -> None:
    ts = extract(
        "Tom Bell, who joined Barclays in 1990, was named chief executive of HSBC in 2003."
    )
    (t,) = [t for t in ts if t.org == "HSBC"]
    assert t.start == "2003"


def test_a_board_named_by_its_company_before_it(extract) -> None:
    ts = extract(
        "Tom Bell stood down from the HSBC board in 2003. Ann Lee has been appointed to the "
        "Barclays board as a non-executive director. Jo Hart has resigned from Tesco's board."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Tom Bell", "Board Director", "HSBC") in found
    assert ("Ann Lee", "Board Director", "Barclays") in found
    assert ("Jo Hart", "Board Director", "Tesco") in found


def test_led_by_a_titled_person_gives_the_title_only(extract) -> None:
    ts = extract("Tesco, led by chief executive Terry Leahy, reported record profits.")
    assert [(t.person, t.role, t.org) for t in ts] == [
        ("Terry Leahy", "Chief Executive Officer", "Tesco")
    ]


def test_an_infinitive_of_joining_or_leading(extract) -> None:
    ts = extract(
        "Tom Bell went on to run HSBC. Ann Lee left Barclays Bank to join Lloyds TSB. Jo Hart "
        "urged savers to join Nationwide."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Tom Bell", "Chief Executive Officer", "HSBC") in found
    assert not any(t.person == "Jo Hart" for t in ts)


def test_a_verb_of_leading_adds_nothing_to_a_title_at_the_same_company(extract) -> None:
    ts = extract(
        "Santander chairman Emilio Botin spoke. Mr Botin continues to lead Santander, the "
        "bank said."
    )
    assert {(t.person, t.role) for t in ts if t.org == "Santander"} == {
        ("Emilio Botin", "Chairman")
    }


def test_a_name_ending_in_a_generation_is_a_person(extract) -> None:
    ts = extract(
        "Braintree Savings Bank said Winthrop Sargent IV has been named president and chief "
        "executive officer."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Winthrop Sargent IV", "President", "Braintree Savings Bank") in found


def test_the_surname_of_a_name_ending_in_a_generation(extract) -> None:
    ts = extract(
        "Braintree Savings Bank said Winthrop Sargent IV has been named president. It said "
        "Sargent, who was senior vice president, has also been named to the board."
    )
    found = {(t.person, t.role) for t in ts}
    assert ("Winthrop Sargent IV", "Senior Vice President") in found


def test_a_plural_title_includes_a_list_of_names(extract) -> None:
    ts = extract(
        "Former directors of Barclays include Tom Bell, who served until 1990, and Ann Lee, "
        "who left in 1995."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Tom Bell", "Director", "Barclays") in found
    assert ("Ann Lee", "Director", "Barclays") in found


def test_a_departure_keeps_the_founder_and_finds_the_founders_company(extract) -> None:
    ts = extract(
        "Dell's founder Michael Dell stepped down as chief executive in 2004 but remains chairman."
    )
    found = {(t.role, t.org, t.status) for t in ts if t.person == "Michael Dell"}
    assert ("Founder", "Dell", "current") in found
    assert ("Chief Executive Officer", "Dell", "ended") in found


def test_founders_listed(extract) -> None:
    ts = extract(
        "Google, founded by Larry Page and Sergey Brin in 1998, floated in 2004. Yahoo said "
        "sales rose. Yahoo co-founders David Filo and Jerry Yang own shares."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Larry Page", "Founder", "Google") in found
    assert ("Sergey Brin", "Founder", "Google") in found


def test_phrases_of_taking_charge(extract) -> None:
    ts = extract(
        "Terry Leahy took the top job at Tesco in 1997. Justin King has been at the helm of "
        "Sainsbury since 2004. Tesco said Tom Bell was brought in as finance director in 1999. "
        "Blairite Alan Milburn was brought in over the head of Mr Brown."
    )
    found = {(t.person, t.role, t.org, t.start) for t in ts}
    assert ("Terry Leahy", "Chief Executive Officer", "Tesco", "1997") in found
    assert ("Justin King", "Chief Executive Officer", "Sainsbury", "2004") in found
    assert ("Tom Bell", "Chief Financial Officer", "Tesco", "1999") in found
    assert not any(t.person == "Alan Milburn" for t in ts)


def test_a_title_as_the_object_of_a_verb_of_removal(extract) -> None:
    ts = extract("Tesco sacked its chief executive, Terry Leahy, on Monday.")
    assert [(t.person, t.role, t.org, t.status) for t in ts] == [
        ("Terry Leahy", "Chief Executive Officer", "Tesco", "ended")
    ]


def test_a_reported_departure_ends_in_the_month_of_a_dated_report() -> None:
    import datetime as dt

    from kg.extract import extract_documents
    from kg.model import Document

    text = (
        "Pacific Union Corp said Jerry Poole was appointed chairman, replacing James Hale, "
        "who resigned. Ann Lee will retire as president in June."
    )
    document = Document(id="d", text=text, date=dt.date(1987, 4, 8))
    ((_, ts),) = list(extract_documents([document]))
    ends = {(t.person, t.role): t.end for t in ts}
    assert ends[("James Hale", "Chairman")] == "1987-04"
    assert ends.get(("Jerry Poole", "Chairman")) is None


def test_a_name_alone_after_a_title_and_of_or_at_is_an_organization_unless_a_place(
    extract,
) -> None:
    # the small model reads these one-word companies as places, peoples or products
    ts = extract(
        "Mark Feldon, chief economist at Harrowgate, said rates would rise. "
        "Paula Quist, chief executive of Zintora, which makes chips, said sales grew. "
        "Tom Reyes, head of equity research at Brindle Stockbrokers, was cautious. "
        "Ann Cole, governor of Texas, said the state would act."
    )
    found = {(t.person, t.org) for t in ts}
    assert ("Mark Feldon", "Harrowgate") in found
    assert ("Paula Quist", "Zintora") in found
    assert ("Tom Reyes", "Brindle Stockbrokers") in found
    assert not any(t.org == "Texas" for t in ts)


def test_places_are_known_by_name() -> None:
    from kg.places import is_place

    assert is_place("Texas") and is_place("the Netherlands") and is_place("Hamburg")
    assert is_place("Mideast") and is_place("U.S.")
    assert not is_place("Harrowgate Securities") and not is_place("Zintora")


def test_a_possessive_before_a_title_held_by_a_named_person_is_a_company(extract) -> None:
    ts = extract(
        "India's Kavari gets more planes\n\nAir Kavari has ordered 20 planes. But Air "
        "Kavari's managing director Rohan Mehta said the price was low."
    )
    assert ("Rohan Mehta", "Managing Director", "Air Kavari") in {
        (t.person, t.role, t.org) for t in ts
    }
    # a person's surname used alone: the possessive is a person's, not a company's
    ts = extract(
        "Carla Venn will step down. Carla Venn's spokesman Ivo Dahl said the board would "
        "meet. Venn declined to comment."
    )
    assert not any(t.org == "Carla Venn" for t in ts)


def test_its_is_never_a_persons(extract) -> None:
    ts = extract(
        "Dora Blake is parting company with its chief executive Sven Ortiz. "
        "Sven Ortiz joined in 2001."
    )
    assert [(t.person, t.org) for t in ts if t.role] == [("Sven Ortiz", "Dora Blake")]
    # "its" after another organization named in between is that organization's
    ts = extract(
        "Harold Kemp, 48, will resign as president of Lakeside Financial Group Inc and its "
        "Lakeside Savings Bank unit."
    )
    assert {t.person for t in ts} == {"Harold Kemp"}
    # nor is "its" the subject's when nobody named holds the title it owns
    ts = extract(
        "Tallis Corp said Vera Hall has bought a large amount of its stock. Ian Roe, its "
        "founder, resigned. Vera Hall said Tallis Corp chairman Tom Gill had called her."
    )
    assert ("Tom Gill", "Tallis Corp") in {(t.person, t.org) for t in ts}
    assert {t.person for t in ts} >= {"Ian Roe", "Tom Gill"}


def test_an_institutions_name_cut_in_two_is_joined(extract) -> None:
    ts = extract(
        "Jan Varga, head of the UN Office for the Coordination of Relief Affairs, spoke. "
        "Rita Holm, director general of the Entertainment and Leisure Software Publishers "
        "Association, welcomed the report. Kurt Molloy, president of Molloy's Retail Consulting "
        "Group, was doubtful."
    )
    orgs = {t.person: t.org for t in ts}
    assert orgs["Jan Varga"] == "UN Office for the Coordination of Relief Affairs"
    assert orgs["Rita Holm"] == "Entertainment and Leisure Software Publishers Association"
    assert orgs["Kurt Molloy"] == "Molloy's Retail Consulting Group"
    assert len(ts) == 3


def test_a_successor_takes_the_title_of_the_one_replaced(extract) -> None:
    ts = extract(
        "Norfield Corp said chief executive John Pryce would be replaced by Jane Dunn. "
        "Velora Foods is parting company with its chairman Ben Acre. Mr Acre is to be "
        "replaced by Lisa Moor."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Jane Dunn", "Chief Executive Officer", "Norfield Corp") in found
    assert ("Lisa Moor", "Chairman", "Velora Foods") in found


def test_founded_by_takes_no_place(extract) -> None:
    ts = extract("Dorna Fashions was founded by its late namesake in Kent in 1955.")
    assert not any(t.person == "Kent" for t in ts)


def test_a_title_after_a_word_that_is_none_is_still_left(extract) -> None:
    ts = extract(
        "Dunmore Gas Corp said it sold shares. It said Ann Volk and Rui Sato have resigned as "
        "officers and directors."
    )
    found = {(t.person, t.role, t.org, t.status) for t in ts}
    assert ("Ann Volk", "Director", "Dunmore Gas Corp", "ended") in found
    assert ("Rui Sato", "Director", "Dunmore Gas Corp", "ended") in found


def test_a_legal_name_is_a_companys_whatever_the_model_says(extract) -> None:
    # the small model reads "Gasmark Inc" as a person's name here
    ts = extract("Gasmark Inc said chairman and chief executive officer Carl Perkins resigned.")
    assert {(t.person, t.role, t.org) for t in ts} == {
        ("Carl Perkins", "Chairman", "Gasmark Inc"),
        ("Carl Perkins", "Chief Executive Officer", "Gasmark Inc"),
    }


def test_a_place_or_people_before_a_title_held_at_a_company_is_no_state_office(extract) -> None:
    ts = extract(
        "Ross Dale, UK economist at Halden Bank, said he was surprised. Kai Roth, the German "
        "co-head of Varnex, will step down. Sam Lee, chief US economist for Pelham Bank, "
        "agreed. French president Jacques Chirac said growth would slow."
    )
    found = {(t.person, t.org) for t in ts}
    assert found == {
        ("Ross Dale", "Halden Bank"),
        ("Kai Roth", "Varnex"),
        ("Sam Lee", "Pelham Bank"),
    }


def test_a_title_word_describing_the_company_after_at(extract) -> None:
    ts = extract(
        "Mia Ford, a research director at analyst firm Corvane, said sales would rise. "
        "Ben Ash, global security manager for Dellany, agreed."
    )
    assert {(t.person, t.org) for t in ts} == {("Mia Ford", "Corvane"), ("Ben Ash", "Dellany")}


def test_a_title_and_its_function_before_the_name(extract) -> None:
    ts = extract("Ravelco's head of research Peter Quan said the drug was withdrawn.")
    assert [(t.person, t.role, t.org) for t in ts] == [("Peter Quan", "Head", "Ravelco")]
    ts = extract(
        "Dunholt Foods Co expects earnings to rise this year, Chairman Kenneth Orme told "
        "analysts. Acme Corp expects higher sales, President Ronald Reagan said."
    )
    found = {(t.person, t.org) for t in ts}
    assert ("Kenneth Orme", "Dunholt Foods Co") in found
    assert not any(t.person == "Ronald Reagan" for t in ts)


def test_newly_elected_before_a_title(extract) -> None:
    ts = extract(
        "\"We expect growth,\" said Anton Rilke, Dorvan's newly elected chairman. Dorvan's "
        "recently appointed finance director Ida Moss agreed."
    )
    assert {(t.person, t.org) for t in ts} == {("Anton Rilke", "Dorvan"), ("Ida Moss", "Dorvan")}


def test_a_board_seat_after_a_relative_clause(extract) -> None:
    ts = extract(
        "Torvane Co said Dean Holm, who retired as Torvane president in May 1986, has "
        "resigned from the board effective April One. It said Ada Brisk, who was senior vice "
        "president, has also been named to the board."
    )
    seats = {(t.person, t.status) for t in ts if t.role == "Board Director"}
    assert seats == {("Dean Holm", "ended"), ("Ada Brisk", "current")}


def test_a_surname_alone_after_a_name_the_model_read_as_a_company(extract) -> None:
    # the model reads "Winthrop Sargent" as an organization; the title makes it a person's
    ts = extract(
        "Braintree Savings Bank said Winthrop Sargent has been named president. It said "
        "Sargent, who was senior vice president, has also been named to the board."
    )
    assert {(t.person, t.role) for t in ts} >= {
        ("Winthrop Sargent", "President"),
        ("Winthrop Sargent", "Board Director"),
    }


def test_words_that_modify_the_title_before_it(extract) -> None:
    ts = extract(
        "Carl Osk, Dunmark's highly successful boss, takes charge at Velto. Delta Foods said "
        "Jane Roe, its widely respected chief executive, will retire. Olin Corp said Ed Pym, "
        "the company's long-serving finance director, will leave."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Carl Osk", "Chief Executive Officer", "Dunmark") in found
    assert ("Jane Roe", "Chief Executive Officer", "Delta Foods") in found
    assert ("Ed Pym", "Chief Financial Officer", "Olin Corp") in found


def test_no_one_holds_a_title_at_their_own_name(extract) -> None:
    assert extract("Jane Doe, the company's long-serving finance director, will retire.") == []


def test_the_successor_after_with_is_no_company(extract) -> None:
    ts = extract(
        "Corvel Metals Inc said it replaced Ian Dole as president with Stephen Vark, formerly "
        "senior vice president and chief operating officer."
    )
    assert not any(t.org == "Stephen Vark" for t in ts)
    assert ("Stephen Vark", "Senior Vice President", "Corvel Metals Inc") in {
        (t.person, t.role, t.org) for t in ts
    }


def test_a_firm_named_for_its_partners(extract) -> None:
    ts = extract(
        "Alan Mercer, vice president of Holloway, Brandt and Carey, was named treasurer. "
        '"Demand is weak," said Rita Sen, a Singapore-based analyst with Corwin and Platz. '
        "Omar Vale, chairman of Denby and Halpern, said Corvane and Lintel were rivals."
    )
    found = {(t.person, t.org) for t in ts}
    assert ("Alan Mercer", "Holloway, Brandt and Carey") in found
    assert ("Rita Sen", "Corwin and Platz") in found
    assert not any(t.person in ("Brandt", "Carey") for t in ts)
    # the list after "said" is no firm of the chairman's
    assert not any(t.person == "Omar Vale" and "Corvane" in t.org for t in ts)


def test_a_list_of_companies_after_a_title_stays_a_list(extract) -> None:
    ts = extract("Ida Blum, chairman of Ford and Chrysler, said so.")
    assert not any(t.org == "Ford and Chrysler" for t in ts)


def test_chief_before_another_title_is_its_rank(extract) -> None:
    ts = extract(
        "Paul Colley, chief analyst at Brenwick Securities, said the theory made no sense. "
        "Anil Rao, chief manager of the state-owned Union Bank of Kerala, said inflation "
        "would rise."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert found == {
        ("Paul Colley", "Analyst", "Brenwick Securities"),
        ("Anil Rao", "Manager", "Union Bank of Kerala"),
    }


def test_a_function_after_for_when_the_title_is_owned(extract) -> None:
    ts = extract(
        '"We will wait," said Arthur Mell, Danforth Corp\'s Vice President for Financial '
        "Communications, when asked."
    )
    assert [(t.person, t.role, t.org) for t in ts] == [
        ("Arthur Mell", "Vice President", "Danforth Corp")
    ]


def test_the_chief_of_a_public_body_is_its_head(extract) -> None:
    ts = extract(
        "Shares fell after stern words from Fed chief Alan Greenspan. Brodin Motors boss "
        "Jan Ekholm said sales rose. IMF boss Rodrigo Rato was asked to carry out a study."
    )
    found = {(t.person, t.role) for t in ts}
    assert ("Alan Greenspan", "Head") in found
    assert ("Rodrigo Rato", "Head") in found
    assert ("Jan Ekholm", "Chief Executive Officer") in found


def test_a_head_whose_title_is_named_elsewhere_holds_that_title(extract) -> None:
    ts = extract(
        "Shares fell after stern words from Fed chief Alan Greenspan. In a speech on Friday, "
        "Federal Reserve chairman Alan Greenspan warned that things would get tricky."
    )
    assert [(t.person, t.role, t.org) for t in ts] == [
        ("Alan Greenspan", "Chairman", "Federal Reserve")
    ]


def test_a_first_word_named_with_its_legal_suffix_is_that_company(extract) -> None:
    ts = extract(
        "Dorrance Inc said its unit Dorrance Capital Inc filed for protection. Dorrance Inc "
        'shares fell. "Talks failed," James Kell, Dorrance\'s president, told reporters.'
    )
    assert [(t.person, t.role, t.org) for t in ts] == [("James Kell", "President", "Dorrance Inc")]


def test_a_company_name_that_starts_with_a_place(extract) -> None:
    ts = extract(
        "Shares in UK Coal have fallen. The Leeds company, led by new chief executive Gerry "
        "Spalding, said it hoped to return to profit. UK Coal said costs rose."
    )
    assert [(t.person, t.org) for t in ts] == [("Gerry Spalding", "UK Coal")]


def test_two_organizations_side_by_side_that_name_another() -> None:
    from kg.nlp import load_pipeline
    from kg.settings import spacy_model

    doc = load_pipeline(spacy_model())(
        "Hoechst Celanese Corp, formed from the merger of Celanese Corp with American Hoechst "
        "Corp, said Jurgen Darm has been named chairman of Hoechst Celanese."
    )
    orgs = [e.text for e in doc.ents if e.label_ == "ORG"]
    assert orgs[-1] == "Hoechst Celanese"


def test_an_appositive_title_that_is_held_presently_or_set_in_brackets(extract) -> None:
    ts = extract(
        "The board will appoint Rob Barlow, presently president of Ellwood Sound Inc, as "
        "treasurer. Three others had been arrested, including Franco Delmar, vice president of "
        "(Banca Nazionale del Lavoro), he said."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Rob Barlow", "President", "Ellwood Sound Inc") in found
    assert ("Franco Delmar", "Vice President", "Banca Nazionale del Lavoro") in found


def test_a_union_named_for_government_employees_is_no_government_body(extract) -> None:
    ts = extract(
        '"The system is degraded," Ken Blaine, president of the American Federation of '
        "Government Employees, said. Ann Holt, a Treasury official, agreed."
    )
    assert [(t.person, t.role) for t in ts] == [("Ken Blaine", "President")]


def test_a_set_off_title_that_ends_at_said_or_the_sentence(extract) -> None:
    ts = extract(
        'Mead Paper Corp expects higher earnings this year. "The outlook is strong," Burt '
        "Rollins, chairman and chief executive officer said. Prices will rise, according to "
        "Paula Collier, executive vice president of marketing."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert found == {
        ("Burt Rollins", "Chairman", "Mead Paper Corp"),
        ("Burt Rollins", "Chief Executive Officer", "Mead Paper Corp"),
        ("Paula Collier", "Executive Vice President", "Mead Paper Corp"),
    }


def test_company_before_a_title_is_the_company_of_the_story(extract) -> None:
    ts = extract(
        "Walsted Stores launched adverts in newspapers. They used an open letter from company "
        "president Lee Scott saying it was time."
    )
    assert [(t.person, t.role, t.org) for t in ts] == [("Lee Scott", "President", "Walsted Stores")]


def test_the_head_of_a_company_whose_top_title_is_named_holds_that_title(extract) -> None:
    ts = extract(
        "Since 2002, Ms Tan has been managing director of Metrojaya. Lin Tan is head of "
        'Metrojaya. "Sales rose," said Carl Cole, an assistant vice president at Dunmore Bank.'
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Lin Tan", "Head", "Metrojaya") not in found
    assert ("Lin Tan", "Managing Director", "Metrojaya") in found
    assert ("Carl Cole", "Assistant Vice President", "Dunmore Bank") in found


def test_a_plural_title_that_ends_a_company_name(extract) -> None:
    ts = extract("Shares rose, said Janco Partners analyst Martin Pyykkonen.")
    assert [(t.person, t.role, t.org) for t in ts] == [
        ("Martin Pyykkonen", "Analyst", "Janco Partners")
    ]


def test_a_longer_function_or_one_set_off_by_commas_before_the_company(extract) -> None:
    ts = extract(
        "Kun Narin, head of the budget and planning division of Thai Farmers Bank Ltd, said "
        "liquidity peaked. Don Keith, vice president, dealer services, for J.D. Power, a "
        'market research firm, agreed. "It is a classic case," says Paul Saffo, a director at '
        "the California-based Institute for the Future."
    )
    found = {(t.person, t.org) for t in ts}
    assert found == {
        # the unit the function names, its company beside it
        ("Kun Narin", "Thai Farmers Bank Ltd's budget and planning division"),
        ("Don Keith", "J.D. Power"),
        ("Paul Saffo", "Institute for the Future"),
    }


def test_an_appointment_reported_without_a_date_starts_in_the_month_of_the_report(extract) -> None:
    text = (
        "Corlan Inc said Ray Abbott has been named president. It said Ann Bell will become "
        "chairman. Bell was elected a director in 1984."
    )
    ts = {(t.person, t.role): t for t in extract(text, date="1987-04-08")}
    abbott = ts[("Ray Abbott", "President")]
    assert (abbott.start, abbott.start_bounds) == ("1987-04", ("1987-04-01", "1987-04-08"))
    bell = ts[("Ann Bell", "Chairman")]
    assert (bell.start, bell.start_bounds) == (None, ("1987-04-08", None))  # not before the report
    # an undated report says nothing of when
    (t,) = [t for t in extract(text) if t.person == "Ray Abbott"]
    assert t.start is None


def test_a_dismissal_by_the_company_ends_the_tenure(extract) -> None:
    def ends(text: str) -> dict[str, str | None]:
        return {t.person: t.end for t in extract(text) if t.status == "ended"}

    assert ends(
        "Mike Sell is Borrin's finance chief and Ann Drew is its vice president. Borrin "
        "sacked Mr Sell and Ms Drew in November 2003."
    ) == {"Mike Sell": "2003-11", "Ann Drew": "2003-11"}
    assert ends("Mike Sell is Borrin's finance chief. Mr Sell was fired in May 2004.") == {
        "Mike Sell": "2004-05"
    }
    assert (
        ends("Mike Sell is Borrin's finance chief. Critics say Borrin should have fired him.") == {}
    )


def test_a_company_name_that_starts_with_a_people(extract) -> None:
    ts = extract(
        'Munich Re and Swiss Re, the biggest reinsurers, expect small losses. "It is too '
        "early to tell,\" said Serge Trober, deputy head of Swiss Re's natural disasters "
        "department."
    )
    assert [(t.person, t.role, t.parent_org or t.org) for t in ts] == [
        ("Serge Trober", "Deputy Head", "Swiss Re")
    ]


def test_a_board_seat_left_after_another_title_or_on_the_board(extract) -> None:
    ts = extract(
        "Morrow Bank Corp said Dan Barnes has retired as chairman and chief executive officer "
        "and resigned from the board of the company. Pollard Inc said Rick Pell has been "
        "named president. On the board he replaces Maria Lipp.",
        date="1987-04-01",
    )
    seats = {(t.person, t.org, t.status) for t in ts if t.role == "Board Director"}
    assert seats == {
        ("Dan Barnes", "Morrow Bank Corp", "ended"),
        ("Maria Lipp", "Pollard Inc", "ended"),
    }
    assert not any(t.person == "Maria Lipp" and t.role == "President" for t in ts)


def test_the_added_duties_of_a_title(extract) -> None:
    ts = extract(
        "Gantry Group Inc said president Frank Baxley will assume the added duties of chief "
        "executive officer. Gantry said Ann Moe will assume the additional post of chairman "
        "pending approval of the company's directors."
    )
    found = {(t.person, t.role, t.status) for t in ts}
    assert ("Frank Baxley", "Chief Executive Officer", "announced") in found
    assert ("Ann Moe", "Chairman", "announced") in found
    assert not any(t.role == "Director" for t in ts)


def test_an_institution_whose_name_ends_in_a_list() -> None:
    from kg.nlp import load_pipeline
    from kg.settings import spacy_model

    doc = load_pipeline(spacy_model())(
        "Dr Andrew Burn, associate director of the Institute of Education's Centre for the "
        "Study of Children, Youth and Media moved to reassure parents. Ann Lee, head of the "
        "Institute of Fiscal Studies, London and Paris, said so."
    )
    orgs = [e.text for e in doc.ents if e.label_ == "ORG"]
    assert "Centre for the Study of Children, Youth and Media" in orgs
    assert "Institute of Fiscal Studies" in orgs  # places after it are no part of its name


def test_executive_before_another_title_is_its_rank(extract) -> None:
    ts = extract(
        "The panel will be led by Marion Hale, executive vice chairman of the Pacific Stock "
        "Exchange. Tom Arkin, executive editor of the trade magazine Grocer Weekly, said "
        "prices would rise."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Marion Hale", "Vice Chairman", "Pacific Stock Exchange") in found
    assert ("Tom Arkin", "Editor", "Grocer Weekly") in found
    assert not any(t.role == "Executive" for t in ts)


def test_an_acronym_spelling_an_organization_is_it(extract) -> None:
    ts = extract(
        "US carmakers General Motors (GM) and Ford cut output in March.\n\n"
        "GM added that truck sales fell 9% in February, while Ford said car sales rose.\n\n"
        "Mark Ellery, who runs the GM brand in North America, said prices would hold."
    )
    assert not any(t.role == "General Manager" for t in ts)


def test_a_leads_title_held_by_the_next_person_introduced(extract) -> None:
    ts = extract(
        "Harland Steel could cut up to 5,000 jobs over the next five years, its chief executive "
        "has said.\n\n"
        "The Dutch company is due to complete its purchase of US firm Beacon next month. "
        "However, Pieter Harland has told investors the combined company will shed jobs.\n\n"
        "Mr Harland said the cuts would come through retirement."
    )
    assert {(t.person, t.role, t.org) for t in ts} == {
        ("Pieter Harland", "Chief Executive Officer", "Harland Steel")
    }
    # a title named between: the name may be its holder's, so no guess
    ts = extract(
        "Harland Steel could cut up to 5,000 jobs, its chief executive has said.\n\n"
        "Shares rose after Beacon hired a new finance director. Pieter Harland "
        "has told investors the company will shed jobs."
    )
    assert not any(t.person == "Pieter Harland" for t in ts)


def test_a_central_bank_chief_is_its_head(extract) -> None:
    ts = extract(
        "Bank of Canada chief David Dodge said exports would slow. Rival lender Hanmi Bank's "
        "chief Lee Dong-won disagreed."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("David Dodge", "Head", "Bank of Canada") in found
    assert ("Lee Dong-won", "Chief Executive Officer", "Hanmi Bank") in found


def test_a_name_the_model_ended_on_and_goes_on(extract) -> None:
    ts = extract(
        '"This is a great honour for us," said Kenji Sato, president of manufacturer Toshiba '
        "Elevator and Building Systems which installed the lifts."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Kenji Sato", "President", "Toshiba Elevator and Building Systems") in found


def test_a_title_kept_after_but_in_a_relative_clause(extract) -> None:
    ts = extract(
        "Dunmore Inc said its board elected Ann Bell as chairman succeeding Carl Vance, who is "
        "retiring as chairman but remains a director."
    )
    found = {(t.person, t.role, t.org, t.status) for t in ts}
    assert ("Carl Vance", "Chairman", "Dunmore Inc", "ended") in found
    assert ("Carl Vance", "Director", "Dunmore Inc", "current") in found


def test_a_name_cut_from_the_front_takes_it_back(extract, corpus) -> None:
    """In this article the model tags "Menatep Group" once and only "Group" of "Menatep
    Group's managing director Tim Osborne"."""
    text = (corpus / "bbc-business" / "003.txt").read_text(encoding="utf-8")
    found = {(t.person, t.role, t.org) for t in extract(text)}
    assert ("Tim Osborne", "Managing Director", "Menatep Group") in found
    assert not any(t.org == "Group" for t in extract(text))


def test_a_title_with_its_own_organization_keeps_it_when_coordinated(extract) -> None:
    ts = extract(
        "Harbor Foods said Tom Reyes, who is also a Delmont Brands vice president and president "
        "of its Oakfield Dairy Co affiliate, will succeed him."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Tom Reyes", "Vice President", "Delmont Brands") in found
    assert ("Tom Reyes", "President", "Oakfield Dairy Co") in found
    # with no organization of its own, the first title shares the second's
    ts = extract("Tom Reyes, vice president and chief operating officer of Oakfield Dairy, said.")
    assert ("Tom Reyes", "Vice President", "Oakfield Dairy") in {
        (t.person, t.role, t.org) for t in ts
    }


def test_a_second_title_after_the_first_organizations_description(extract) -> None:
    ts = extract(
        '"Prices have turned," Carl Moss, vice chairman of Dalton Drilling Co, a subsidiary of '
        "Brent Holdings Corp, and chairman of the Offshore Operators Association, said."
    )
    found = {(t.person, t.role, t.org) for t in ts}
    assert ("Carl Moss", "Vice Chairman", "Dalton Drilling Co") in found
    assert ("Carl Moss", "Chairman", "Offshore Operators Association") in found


def test_chief_medical_officer_is_in_the_scheme(extract) -> None:
    ts = extract("Brandt Pharma's chief medical officer Alan Reyes said the drug was safe.")
    assert ("Alan Reyes", "Chief Medical Officer", "Brandt Pharma") in {
        (t.person, t.role, t.org) for t in ts
    }


def test_titles_given_respectively(extract) -> None:
    ts = extract(
        "Dorvan Inc said Alice Weber and Mark Tully were elected chairman and president, "
        "respectively, of the company."
    )
    assert {(t.person, t.role) for t in ts} == {
        ("Alice Weber", "Chairman"),
        ("Mark Tully", "President"),
    }


def test_a_firm_named_for_its_partners_before_a_legal_suffix(extract) -> None:
    ts = extract(
        "WARD/MERRICK SELLS SHARES\n\nWard and Merrick Inc President Daniel Merrick said he "
        "and other officers of the company agreed to sell shares."
    )
    assert ("Daniel Merrick", "President", "Ward and Merrick Inc") in {
        (t.person, t.role, t.org) for t in ts
    }


def test_a_successor_takes_every_title_given_with_the_first(extract) -> None:
    ts = extract(
        "Harlow Marine Inc said its board elected Tom Reyes as its chairman and chief executive "
        "officer. He replaces Carl Vance, who resigned in December.",
        date="1987-03-02",
    )
    ended = {(t.person, t.role, t.end) for t in ts if t.status == "ended"}
    assert ("Carl Vance", "Chairman", "1986-12") in ended
    assert ("Carl Vance", "Chief Executive Officer", "1986-12") in ended


def test_a_month_named_company_with_a_possessive(extract) -> None:
    ts = extract(
        "Hartley Stores agreed to buy May Furnishings Ltd for $2bn. Its shares fell after May's "
        "chairman Paul Reed resigned in January."
    )
    (t,) = find(ts, "Paul Reed", role="Chairman")
    assert t.org.startswith("May") and t.status == "ended"  # "May" neither a month nor a hedge


def test_partners_named_again_before_a_title(extract) -> None:
    ts = extract(
        'Gulf and Pacific Inc said its profits rose. "It was a good year," said Gulf and '
        "Pacific chairman Tom Green."
    )
    assert ("Tom Green", "Chairman", "Gulf and Pacific Inc") in {
        (t.person, t.role, t.org) for t in ts
    }


def test_named_to_its_board_with_the_verb_before_the_name(extract) -> None:
    ts = extract(
        "Bank of Ontario said it named Trident Co president Ann Cole and Carl Moss to its "
        "board, expanding it to 12 members."
    )
    got = {(t.person, t.role, t.org) for t in ts}
    assert ("Ann Cole", "Board Director", "Bank of Ontario") in got
    assert ("Carl Moss", "Board Director", "Bank of Ontario") in got
    assert ("Ann Cole", "President", "Trident Co") in got


def test_a_plural_chief_title_before_listed_names(extract) -> None:
    ts = extract("The settlement leaves out former Corvane chief executives Al Ruiz and Bo Chen.")
    assert {(t.person, t.role, t.org) for t in ts} == {
        ("Al Ruiz", "Chief Executive Officer", "Corvane"),
        ("Bo Chen", "Chief Executive Officer", "Corvane"),
    }


def test_a_described_company_two_sentences_back(extract) -> None:
    ts = extract(
        "Corvane Corp collapsed in 2001. Both men face charges. Nor does the deal cover Dan Fisk, "
        "who admitted fraud while he was chief financial officer at the group."
    )
    assert ("Dan Fisk", "Chief Financial Officer", "Corvane Corp") in {
        (t.person, t.role, t.org) for t in ts
    }


def test_a_title_kept_after_a_departure(extract) -> None:
    ts = extract(
        "Halvex Inc said Stan Fowler has resigned as president of the company. Fowler will "
        "remain a director of the company, a spokeswoman said.",
        date="1987-04-08",
    )
    (president,) = find(ts, "Stan Fowler", role="President")
    (director,) = find(ts, "Stan Fowler", role="Director")
    assert president.status == "ended" and president.end == "1987-04"
    assert director.status != "ended" and director.end is None


def test_a_camel_case_company_name_before_its_suffix(corpus, extract) -> None:
    # the model leaves "TeleQuest Inc said that Henry Marcheschi, ..." untagged in this article
    text = (corpus / "reuters" / "19805.txt").read_text(encoding="utf-8")
    ts = extract(text, date="1987-06-29")
    assert {(t.person, t.role, t.org) for t in ts} >= {
        ("Henry Marcheschi", "President", "TeleQuest Inc"),
        ("Henry Marcheschi", "Chief Executive Officer", "TeleQuest Inc"),
    }


def test_a_relinquished_title_has_ended(extract) -> None:
    ts = extract(
        "Halvex Inc said Ramon Ortiz has relinquished his role as president.", date="1987-03-12"
    )
    (t,) = find(ts, "Ramon Ortiz", role="President")
    assert t.status == "ended" and t.end == "1987-03"


def test_an_effective_date_after_the_report(extract) -> None:
    ts = extract(
        "Genova Corp said Gary Frost was elected its president, effective April 1.",
        date="1987-03-26",
    )
    (t,) = find(ts, "Gary Frost", role="President")
    assert t.start == "1987-04-01"


def test_a_departure_after_titles_set_off_after_the_name(extract) -> None:
    ts = extract(
        "Tom Kelly, chairman of Phibro Energy, a subsidiary of Salomon Inc, has left the "
        "company to form his own firm. Halvex Inc said its president, Ann Ross, resigned and "
        "its treasurer, Bo Lind, was relieved of his duties.",
        date="1987-04-02",
    )
    ended = {(t.person, t.role, t.org, t.end) for t in ts if t.status == "ended"}
    assert ("Tom Kelly", "Chairman", "Phibro Energy", "1987-04") in ended
    assert ("Ann Ross", "President", "Halvex Inc", "1987-04") in ended
    assert ("Bo Lind", "Treasurer", "Halvex Inc", "1987-04") in ended


def test_stepping_down_as_one_title_keeps_the_other(extract) -> None:
    ts = extract(
        "Carl Ames, chairman of Tolvex Corp, said he will step down as chief executive officer "
        "of the company.",
        date="1987-03-26",
    )
    (ceo,) = find(ts, "Carl Ames", role="Chief Executive Officer")
    (chairman,) = find(ts, "Carl Ames", role="Chairman")
    assert ceo.status == "ended" and chairman.status != "ended"


def test_a_retirement_to_come(extract) -> None:
    ts = extract(
        "Tolvex Corp said Oliver Birck, 64, its president, will retire on December 31.",
        date="1987-03-26",
    )
    (t,) = find(ts, "Oliver Birck", role="President")
    assert t.end == "1987-12-31"  # not last December


def test_a_title_at_the_company_since_a_year(extract) -> None:
    ts = extract(
        "Michael Cronin will take over as chairman. Cronin has been a director of the company "
        "since 1983, Halvex Services said."
    )
    (t,) = find(ts, "Michael Cronin", role="Director")
    assert t.org == "Halvex Services" and t.start == "1983"


def test_the_date_of_a_report_is_not_the_departures(extract) -> None:
    ts = extract(
        "Tang Wei, the chief technology officer of Corvane Group, has left the firm, the "
        "Daily Ledger reported on September 2.",
        date="2022-08-04",
    )
    (t,) = find(ts, "Tang Wei", role="Chief Technology Officer")
    assert t.status == "ended" and t.end != "2021-09-02"


def test_the_predecessor_leaves_every_title_handed_over(extract) -> None:
    ts = extract(
        "Tolvex Corp said president Paul Trent has succeeded Barker as chairman and chief "
        "executive officer of Moore Lines. Ann Fry was named treasurer, succeeding Bo Lind, "
        "who remains chairman.",
        date="1987-03-10",
    )
    ended = {(t.person, t.role) for t in ts if t.status == "ended"}
    assert {("Barker", "Chairman"), ("Barker", "Chief Executive Officer")} <= ended
    assert ("Bo Lind", "Chairman") not in ended


def test_named_with_the_title_after_the_name(extract) -> None:
    ts = extract(
        "Corvane Inc said its board named Ann Fry president and chief operating officer.",
        date="1987-04-08",
    )
    assert {(t.person, t.role, t.start) for t in ts} == {
        ("Ann Fry", "President", "1987-04"),
        ("Ann Fry", "Chief Operating Officer", "1987-04"),
    }


def test_the_replaced_leaves_the_titles_the_successor_takes(extract) -> None:
    ts = extract(
        "Corvane Inc said its board elected Ann Fry chairman, president and chief executive "
        "officer to replace director and acting chairman Tom Stang.",
        date="1987-10-20",
    )
    (director,) = find(ts, "Tom Stang", role="Director")
    (chairman,) = find(ts, "Tom Stang", role="Chairman")
    assert chairman.status == "ended" and director.status != "ended"


def test_titles_held_before_the_name_given_a_new_one(extract) -> None:
    ts = extract(
        "Corvane Inc said its board has named president and chief operating officer Ed Mahon "
        "to the added post of chief executive officer, succeeding Lou Brand, who remains "
        "chairman.",
        date="1987-06-10",
    )
    got = {(t.person, t.role, t.start, t.status) for t in ts}
    assert ("Ed Mahon", "Chief Executive Officer", "1987-06", "current") in got
    assert ("Ed Mahon", "President", None, "current") in got
    assert ("Lou Brand", "Chief Executive Officer") in {
        (t.person, t.role) for t in ts if t.status == "ended"
    }


def test_a_title_with_its_function_after_a_hyphen(extract) -> None:
    ts = extract(
        "Halvex Inc said vice president-sales Barry Kane has been named president.",
        date="1987-06-19",
    )
    assert ("Barry Kane", "Vice President", None) in {(t.person, t.role, t.start) for t in ts}
    assert ("Barry Kane", "President", "1987-06") in {(t.person, t.role, t.start) for t in ts}


def test_a_set_off_title_takes_the_speakers_company(extract) -> None:
    ts = extract(
        "Corvane Inc agreed to buy Halvex Broadcasting for $2 billion. Tom Reed, chairman, "
        "would retain a 51 pct interest, a Halvex Broadcasting spokesman said."
    )
    assert {(t.person, t.role, t.org) for t in ts if t.person == "Tom Reed"} == {
        ("Tom Reed", "Chairman", "Halvex Broadcasting")
    }  # neither the buyer's chairman nor the spokesman


def test_an_additional_title_at_the_persons_company(extract) -> None:
    ts = extract(
        "Dynamo Corp said it raised its stake in Coastal Tools Corp to 30 pct. Dynamo said "
        "Coastal Tools chairman George Sims will assume the additional title of president."
    )
    (t,) = find(ts, "George Sims", role="President")
    assert t.org.startswith("Coastal Tools")  # not the company reporting it


def test_a_speaker_takes_the_company_that_opened_the_quotation(extract) -> None:
    text = (
        "Telcom Group offered to cut its wholesale prices. Internet provider Netwave also backed "
        'the proposals. "Telcom has been challenged to play fair. The question now is how '
        'well people execute their plans," chief executive Lee Stanford said.'
    )
    ts = extract(text)
    assert ("Lee Stanford", "Chief Executive Officer", "Netwave") in {
        (t.person, t.role, t.org) for t in ts
    }


def test_a_description_owned_by_one_name_then_the_named_body(extract) -> None:
    ts = extract(
        "Tim Oakes, head of Corvane main shareholders' group Halvex, said that Corvane may have "
        "to declare itself bankrupt."
    )
    assert {(t.person, t.role, t.org) for t in ts} == {("Tim Oakes", "Head", "Halvex")}


def test_a_name_with_a_particle_read_as_a_company(extract) -> None:
    ts = extract(
        "Velmar Corp said it elected Ugo de Santis to the newly-created positions of chairman "
        "and president. Velmar said de Santis's last post was at Olivetti.",
        date="1987-03-13",
    )
    assert {(t.person, t.role) for t in ts} >= {
        ("Ugo de Santis", "Chairman"),
        ("Ugo de Santis", "President"),
    }


def test_a_name_written_short_is_the_full_names_person() -> None:
    from kg.people import PeopleIndex

    people = PeopleIndex([(0, "Carlos Baez Silva"), (40, "Baez Silva"), (80, "Baez Silva")])
    assert people.at(0) is people.at(40) is people.at(80)
    assert people.at(40).name == "Carlos Baez Silva"  # type: ignore[union-attr]


def test_one_verb_serves_the_names_listed_after_and(extract) -> None:
    ts = extract(
        "Halvex Corp said it named Ann Fry as chairman and Tom Reyes as president. It said Ed "
        "Lund will take over as chairman of the unit and Bo Chen as acting president and chief "
        "operating officer.",
        date="1987-06-19",
    )
    got = {(t.person, t.role, t.start, t.status) for t in ts}
    assert ("Tom Reyes", "President", "1987-06", "current") in got
    assert {(t.person, t.status) for t in ts if t.person == "Bo Chen"} == {("Bo Chen", "announced")}


def test_a_title_held_before_is_ended(extract) -> None:
    ts = extract(
        "Corvus Systems Inc said it named Ann Lee president. Lee had been president of Titan "
        "Systems Co. Bo Chen, who had been acting president, was named chief executive officer "
        "of Titan. He reports to Ed Hale, who had been acting as chairman and continues as "
        "treasurer. Dan Roe was previously a vice president of Rex Corp in Ohio.",
        date="1987-04-10",
    )
    got = {(t.person, t.role, t.org): (t.status, t.end) for t in ts}
    assert got[("Ann Lee", "President", "Titan Systems Co.")] == ("ended", None)
    assert got[("Ann Lee", "President", "Corvus Systems Inc")] == ("current", None)
    assert got[("Ed Hale", "Chairman", "Corvus Systems Inc")] == ("ended", None)
    assert got[("Ed Hale", "Treasurer", "Corvus Systems Inc")] == ("current", None)
    assert got[("Dan Roe", "Vice President", "Rex Corp")] == ("ended", None)
    # the departure the document reports is the one that ended what he had been
    (ceo,) = extract(
        "Rex Corp said Dan Roe has resigned. Roe had been chief executive.", "1987-04-10"
    )
    assert (ceo.role, ceo.status, ceo.end) == ("Chief Executive Officer", "ended", "1987-04")


def test_a_title_held_before_and_given_again_is_held(extract) -> None:
    ts = extract(
        "Corvus Systems Inc said Bo Chen, who had been acting president, was named president.",
        date="1987-04-10",
    )
    assert {(t.person, t.role, t.status) for t in ts} == {("Bo Chen", "President", "current")}


def test_a_unit_the_company_owns_unnamed(extract) -> None:
    ts = extract(
        "Barclays Bank Plc said it has promoted John Kerslake to chief executive officer of its "
        "North American operations.",
        date="1987-04-07",
    )
    got = {(t.person, t.role, t.org, t.parent_org) for t in ts}
    assert (
        "John Kerslake",
        "Chief Executive Officer",
        "Barclays Bank Plc's North American operations",
        "Barclays Bank Plc",
    ) in got
    ts = extract(
        "CSX Corp said Robert Hintz, executive vice president of CSX and president and chief "
        "executive officer of the company's energy and properties groups, will retire. Ames "
        "Inc has bought Zed Corp.",
        date="1987-04-07",
    )
    units = {(t.role, t.org) for t in ts if t.person == "Robert Hintz"}
    assert ("President", "CSX Corp's energy and properties groups") in units
    assert ("Chief Executive Officer", "CSX Corp's energy and properties groups") in units
    assert ("Executive Vice President", "CSX Corp") in units


def test_promoted_to_a_title(extract) -> None:
    ts = extract(
        "Acme Corp said it promoted Ann Lee to president. Zed Inc has elevated Al Fox to vice "
        "chairman. Rex Corp said it sold its unit to Bo Chen, its chairman.",
        date="1987-04-07",
    )
    got = {(t.person, t.role, t.start) for t in ts}
    assert {("Ann Lee", "President", "1987-04"), ("Al Fox", "Vice Chairman", "1987-04")} <= got
    assert ("Bo Chen", "Chairman", "1987-04") not in got


def test_the_titles_given_together_are_the_predecessors(extract) -> None:
    ts = extract(
        "Manhattan National Corp said it has named Charles Hinckley chairman and chief executive "
        "officer, replacing Wilmot Wheeler.",
        date="1987-04-07",
    )
    ended = {(t.person, t.role) for t in ts if t.status == "ended"}
    assert ended == {("Wilmot Wheeler", "Chairman"), ("Wilmot Wheeler", "Chief Executive Officer")}
    ts = extract(
        "Computer Identics Corp said its board elected Frank Wezniak to the new position of chief "
        "executive officer and as director and president, succeeding David Collins.",
        date="1987-03-05",
    )
    # a new post no one held, a seat on the board added: only the presidency was his
    assert {(t.person, t.role) for t in ts if t.status == "ended"} == {
        ("David Collins", "President")
    }


def test_titles_listed_in_a_relative_clause_and_kept(extract) -> None:
    ts = extract(
        "Northgate Exploration Ltd named Al Fox president. A company spokesman said Patrick "
        "Hughes, who previously was both president and chairman, will continue as chairman and "
        "chief executive officer. Paul Aniskovich Jr was named president of its Manhattan Life "
        "Insurance Co and Manhattan National Life Insurance Co units. Aniskovich, who fills a "
        "vacancy at the units, formerly was executive vice president of Union Central Life.",
        date="1987-04-07",
    )
    got = {(t.person, t.role, t.org): t.status for t in ts}
    assert got[("Patrick Hughes", "President", "Northgate Exploration Ltd")] == "ended"
    assert got[("Patrick Hughes", "Chairman", "Northgate Exploration Ltd")] == "current"
    assert (
        got[("Patrick Hughes", "Chief Executive Officer", "Northgate Exploration Ltd")] == "current"
    )
    assert got[("Paul Aniskovich Jr", "President", "Manhattan Life Insurance Co")] == "current"
    assert (
        got[("Paul Aniskovich Jr", "President", "Manhattan National Life Insurance Co")]
        == "current"
    )
    assert got[("Paul Aniskovich Jr", "Executive Vice President", "Union Central Life")] == "ended"


def test_a_surname_read_as_a_company_then_who_is_the_person() -> None:
    from spacy.tokens import Span

    from kg.nlp import repair_orgs

    doc = _parsed_before_repair(
        "UPI said Mario Vazquez-Rana would take over. Vazquez-Rana, who is chairman of UPI, "
        "said so. Vazquez-Rana, the company, said so too."
    )
    starts = [i for i in range(len(doc)) if doc[i].text == "Vazquez"]
    # the model's misreading, set by hand: the surname as a company
    doc.ents = [
        Span(doc, starts[0] - 1, starts[0] + 3, label="PERSON"),
        Span(doc, starts[1], starts[1] + 3, label="ORG"),
        Span(doc, starts[2], starts[2] + 3, label="ORG"),
    ]
    labels = [(e.text, e.label_) for e in repair_orgs(doc).ents if "Vazquez" in e.text]
    assert labels == [
        ("Mario Vazquez-Rana", "PERSON"),
        ("Vazquez-Rana", "PERSON"),  # then "who": a person
        ("Vazquez-Rana", "ORG"),  # no "who" after it: left as read
    ]


def test_succeeded_as_a_title_by_someone(extract) -> None:
    ts = extract(
        "Applied Magnetics Corp said its board named Ben Newitt to the new position of vice "
        "chairman. Newitt, who had been president and chief executive officer, is succeeded as "
        "president by William Anderson, who had been executive vice president.",
        date="1987-03-05",
    )
    got = {(t.person, t.role): (t.start, t.end, t.status) for t in ts}
    assert got[("Ben Newitt", "President")] == (None, "1987-03", "ended")
    assert got[("William Anderson", "President")] == ("1987-03", None, "current")
    assert got[("William Anderson", "Executive Vice President")][2] == "ended"


def test_a_title_given_by_a_verb_joined_to_another(extract) -> None:
    ts = extract(
        "Perry Drug Stores Inc said Donald Fox has resigned from the board of directors. Fox "
        "left Perry as president in January and was recently appointed president of Beauty "
        "Brands Group. Data Access Systems Inc said chairman David Cohen has sold his shares "
        "and resigned as chairman and chief executive officer.",
        date="1987-10-19",
    )
    got = {(t.person, t.role, t.org): (t.start, t.end, t.status) for t in ts}
    # its own date, not January's; not ended by his leaving Perry's board
    assert got[("Donald Fox", "President", "Beauty Brands Group")] == ("1987-10", None, "current")
    assert got[("Donald Fox", "President", "Perry Drug Stores Inc")][1:] == ("1987-01", "ended")
    cohen = {role: v for (p, role, _), v in got.items() if p == "David Cohen"}
    assert cohen["Chairman"][1:] == cohen["Chief Executive Officer"][1:] == ("1987-10", "ended")


def test_the_predecessors_own_date_in_a_clause_about_him(extract) -> None:
    ts = extract(
        "Hercules Inc said it named David Hollingsworth as chairman, succeeding Alexander Giacco "
        "who is retiring June 30. Rex Corp said it elected Ann Lee chairman, succeeding Henry "
        "Heinz, who died on February 23. Zed Inc said Robert Blanz, who will retire effective "
        "June 1, was elected chairman.",
        date="1987-03-10",
    )
    got = {(t.person, t.org): (t.start, t.end) for t in ts if t.role == "Chairman"}
    assert got[("Alexander Giacco", "Hercules Inc")] == (None, "1987-06-30")  # to come
    assert got[("Henry Heinz", "Rex Corp")] == (None, "1987-02-23")
    assert got[("Robert Blanz", "Zed Inc")][0] == "1987-03"  # not the start: his retirement


def test_a_company_named_with_a_possessive_read_as_a_person() -> None:
    from spacy.tokens import Span

    from kg.nlp import repair_orgs

    doc = _parsed_before_repair(
        "Southcorp rejected an offer from Foster's Group. \"It fits,\" said Trevor O'Hoy, "
        "Foster's chief executive officer. Ann Foster's chief aim is growth."
    )
    at = [i for i in range(len(doc)) if doc[i].text == "Foster"]
    # the model's misreadings, set by hand: the company's name as a person's
    doc.ents = [
        Span(doc, at[0], at[0] + 3, label="ORG"),
        Span(doc, at[1], at[1] + 1, label="PERSON"),
        Span(doc, at[2] - 1, at[2] + 1, label="PERSON"),
    ]
    labels = [(e.text, e.label_) for e in repair_orgs(doc).ents if "Foster" in e.text]
    assert labels == [("Foster's Group", "ORG"), ("Foster", "ORG"), ("Ann Foster", "PERSON")]


def test_a_nomination_and_a_title_to_come(extract) -> None:
    ts = extract(
        "Nippon Steel Corp nominated Hiroshi Saito as president. Vice president Akira Miki "
        "will be vice chairman, and Ed Fox will remain chairman of Nippon Steel Corp. Reebok "
        "International Ltd said it named Joseph LaBonte, 47, president.",
        date="1987-04-10",
    )
    got = {(t.person, t.role): (t.start, t.status) for t in ts}
    assert got[("Hiroshi Saito", "President")] == ("1987-04", "current")
    assert got[("Akira Miki", "Vice Chairman")] == (None, "announced")
    assert got[("Ed Fox", "Chairman")] == (None, "current")
    assert got[("Joseph LaBonte", "President")] == ("1987-04", "current")


def test_the_kind_named_in_the_possessive_is_the_body_of_that_kind(extract) -> None:
    ts = extract(
        "The National Wildlife Federation rejected an Interior Department plan. Jay Hair, the "
        "federation's executive vice president, called the plan flawed. Ann Lee will continue "
        "to serve as a director of the federation.",
        date="1987-03-10",
    )
    got = {(t.person, t.role, t.org, t.status) for t in ts}
    assert (
        "Jay Hair",
        "Executive Vice President",
        "National Wildlife Federation",
        "current",
    ) in got


def test_a_plural_title_then_are_and_the_names_at_the_lead_company(extract) -> None:
    ts = extract(
        "Regency Cruises Inc said it elected three directors. The new directors are Paul "
        "Hermann and John Clive Bayley.",
        date="1987-03-02",
    )
    got = {(t.person, t.role, t.org) for t in ts}
    assert got == {
        ("Paul Hermann", "Director", "Regency Cruises Inc"),
        ("John Clive Bayley", "Director", "Regency Cruises Inc"),
    }


def test_a_company_formed_by_someone_and_the_company_that_speaks(extract) -> None:
    ts = extract(
        "MTS Acquisition Corp, a company formed by Martin T. Sosnoff, said it has started a "
        "tender offer for Caesars World Inc.",
        date="1987-03-10",
    )
    got = {(t.person, t.role, t.org, t.start) for t in ts}
    # founded some time before: not in the report's month
    assert got == {("Martin T. Sosnoff", "Founder", "MTS Acquisition Corp", None)}
    ts = extract(
        "Harold Kline will resign as president of Liberty Financial Group Inc and its Liberty "
        "Savings Bank unit, the company said. The company said Kline's post will be filled by "
        "Charles Cheleden, chairman and chief executive officer.",
        date="1987-04-13",
    )
    # "the company" that speaks is not the unit named last
    assert {t.org for t in ts if t.person == "Charles Cheleden"} == {"Liberty Financial Group Inc"}


def test_the_departure_of_a_titled_name(extract) -> None:
    ts = extract(
        "BHP said the merger will be effective June 1, coinciding with the retirement of Utah "
        "International Inc chairman and chief executive Bud Wilson. Physio Technology Inc said "
        "the resignation of Chairman James C. Lane can breach its debentures due 1996.",
        date="1987-04-10",
    )
    got = {(t.person, t.role): (t.end, t.status) for t in ts}
    assert got[("Bud Wilson", "Chairman")] == ("1987-06-01", "ended")
    assert got[("Bud Wilson", "Chief Executive Officer")] == ("1987-06-01", "ended")
    assert got[("James C. Lane", "Chairman")] == ("1987-04", "ended")  # not the debt's 1996


def test_the_description_an_organization_was_introduced_with(extract) -> None:
    ts = extract(
        "Boston Five Cents Savings Bank said it and Neworld Bank agreed to merge, forming a new "
        "holding company, Boston Five Bancorp. Boston Five said its president, Peter Blampied, "
        "will become vice chairman and chief operating officer of the holding company.",
        date="1987-04-13",
    )
    got = {(t.role, t.org, t.status) for t in ts if t.person == "Peter Blampied"}
    assert ("Vice Chairman", "Boston Five Bancorp", "announced") in got
    assert ("Chief Operating Officer", "Boston Five Bancorp", "announced") in got


def test_succeeding_someone_on_the_board_takes_the_seat(extract) -> None:
    ts = extract(
        "Raytheon Co said D. Brainerd Holmes, who retired as Raytheon president in May 1986, has "
        "resigned from the board. The company said Ferdinand Colloredo-Mansfield, chairman of "
        "Cabot, Cabot and Forbes, will succeed Holmes on the board.",
        date="1987-03-30",
    )
    got = {(t.person, t.role, t.org): t.status for t in ts}
    assert got[("Ferdinand Colloredo-Mansfield", "Board Director", "Raytheon Co")] == "announced"
    assert got[("D. Brainerd Holmes", "Board Director", "Raytheon Co")] == "ended"


def test_the_predecessor_leaves_the_unit_the_successor_is_named_to(extract) -> None:
    ts = extract(
        "Nantucket Industries Inc said James Adams has been named president of its hosiery "
        "division, replacing John Wineapple.",
        date="1987-04-13",
    )
    got = {(t.person, t.org, t.parent_org, t.status) for t in ts if t.role == "President"}
    unit = "Nantucket Industries Inc's hosiery division"
    assert got == {
        ("James Adams", unit, "Nantucket Industries Inc", "current"),
        ("John Wineapple", unit, "Nantucket Industries Inc", "ended"),
    }


def _parsed_before_repair(text: str):
    """``text`` through the pipeline up to the organization repairs, for setting the model's
    misreadings by hand."""
    from kg.nlp import load_pipeline
    from kg.settings import spacy_model

    nlp = load_pipeline(spacy_model())
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "kg_org_repair":
            break
        doc = proc(doc)
    return doc


def test_a_former_title_set_off_then_a_new_one_given(extract) -> None:
    ts = extract(
        "Halvorsen Foods Inc said Martin Oakes, former president and chief operating officer "
        "of Halvorsen Foods, was named president of Halvorsen Dairy Products, the company said.",
        date="1987-06-18",
    )
    got = {(t.role, t.org): t.status for t in ts if t.person == "Martin Oakes"}
    assert got[("President", "Halvorsen Dairy Products")] == "current"
    # "former" is said of both titles listed after it
    assert got[("Chief Operating Officer", "Halvorsen Foods Inc")] == "ended"


def test_a_title_served_as_after_a_set_off_title(extract) -> None:
    ts = extract(
        "Marwood Stores Inc said it named a new team at its Pine Outfitters unit. Alan Reyes, "
        "executive vice president of Marwood Stores, served as interim head of Pine Outfitters "
        "for the past two months.",
        date="1987-10-20",
    )
    assert ("Head", "Pine Outfitters") in {(t.role, t.org) for t in ts if t.person == "Alan Reyes"}


def test_succeeding_someone_hands_over_the_title_at_the_lead_company(extract) -> None:
    ts = extract(
        "Delmar Valve Inc said its board proposed a stock split. The board also elected Nora "
        "Quist chairman, succeeding Paul Brand, who remains president. Brand was re-elected to "
        "the board, the company said.",
        date="1987-03-30",
    )
    got = {(t.person, t.role, t.org): t.status for t in ts}
    assert got[("Paul Brand", "Chairman", "Delmar Valve Inc")] == "ended"
    assert got[("Paul Brand", "President", "Delmar Valve Inc")] == "current"
    assert got[("Paul Brand", "Board Director", "Delmar Valve Inc")] == "current"


def test_the_members_of_a_board_listed(extract) -> None:
    ts = extract(
        "Orbitek Inc said it sold shares to investors. Joining the board were Leon Marsh and "
        "Pia Kent, the company added. Other members of the board are chairman Tom Vale, "
        "president Ann Dyer, and Raul Ortiz and Sean Fry.",
        date="1987-03-20",
    )
    seats = {t.person: t.status for t in ts if t.role == "Board Director"}
    assert seats == dict.fromkeys(
        ["Leon Marsh", "Pia Kent", "Tom Vale", "Ann Dyer", "Raul Ortiz", "Sean Fry"], "current"
    )
    starts = {t.person: t.start for t in ts if t.role == "Board Director"}
    assert starts["Leon Marsh"] == "1987-03" and starts["Tom Vale"] is None
    assert ("Tom Vale", "Chairman", "Orbitek Inc") in {(t.person, t.role, t.org) for t in ts}


def test_the_new_unit_named_when_it_was_introduced(extract) -> None:
    ts = extract(
        "Corvex Oil Corp said it is folding its drilling operations into a single affiliate, "
        "Corvex Drilling and Exploring Inc, effective April one. Corvex Oil said staff will "
        "remain in Tulsa. The company said Jo Lane, now vice president, drilling operations, "
        "has been appointed president and general manager of the new affiliate.",
        date="1987-03-10",
    )
    got = {(t.role, t.org, t.start) for t in ts if t.person == "Jo Lane"}
    assert ("President", "Corvex Drilling and Exploring Inc", "1987-03") in got
    assert ("General Manager", "Corvex Drilling and Exploring Inc", "1987-03") in got


def test_general_counsel_is_the_canonical_label(extract) -> None:
    ts = extract("Ella Brook, vice president and general counsel of Varn Chemicals, said so.")
    assert ("General Counsel", "Varn Chemicals") in {(t.role, t.org) for t in ts}


def test_the_boss_of_a_team_or_a_public_body(extract) -> None:
    ts = extract(
        "Leeds boss Ned Carrow said his side was tired. National Audit Office chief Sir Hugh "
        "Pell said the scheme was costly. Arlen Corp boss Ida Vance said sales rose."
    )
    got = {(t.person, t.role, t.org) for t in ts}
    assert ("Ned Carrow", "Manager", "Leeds") in got
    assert ("Hugh Pell", "Head", "National Audit Office") in got
    assert ("Ida Vance", "Chief Executive Officer", "Arlen Corp") in got
    ts = extract(
        "Bradwell United boss Sam Lowe backed his players. The former Everton and Rangers boss "
        "Tom Kerr was out of the game. United Airlines boss Jim Hale said fares would rise."
    )
    got = {(t.person, t.role, t.org) for t in ts}
    assert ("Sam Lowe", "Manager", "Bradwell United") in got
    assert ("Tom Kerr", "Manager", "Rangers") in got
    assert ("Jim Hale", "Chief Executive Officer", "United Airlines") in got


def test_a_boss_in_a_story_about_sport_manages_a_team(extract) -> None:
    sport = (
        "Kelby boss Ross Dunn said the midfielder would stay. The striker signed a new "
        "contract before the league game."
    )
    assert [(t.person, t.role, t.org) for t in extract(sport)] == [
        ("Ross Dunn", "Manager", "Kelby")
    ]
    business = "Kelby boss Ross Dunn said profits rose. The firm sold a unit to a rival."
    assert [(t.person, t.role, t.org) for t in extract(business)] == [
        ("Ross Dunn", "Chief Executive Officer", "Kelby")
    ]


def test_business_development_is_its_own_directorship(extract) -> None:
    ts = extract(
        "Rita Moss, director of business development at Carvell Systems, said sales rose. "
        "Ian Peel, development director of the Hale Trust, said donations fell."
    )
    assert {(t.person, t.role, t.org) for t in ts} == {
        ("Rita Moss", "Business Development Director", "Carvell Systems"),
        ("Ian Peel", "Development Director", "Hale Trust"),
    }


def test_a_coach_of_a_named_club_not_of_their_team(extract) -> None:
    ts = extract(
        "Bramley Rovers coach Dan Ruiz praised the squad. Their coach Eli Shaw has warned his "
        "side about errors."
    )
    assert {(t.person, t.role, t.org) for t in ts} == {("Dan Ruiz", "Coach", "Bramley Rovers")}


def test_offices_of_a_legislature_or_a_state_council(extract) -> None:
    ts = extract(
        "House Ways and Means Committee chairman Dale Rusk would want support for any tax. "
        "Karl Ogden resigned as head of the National Security Council last November."
    )
    assert ts == []


def test_a_title_after_a_copula_and_other_words_is_anothers(extract) -> None:
    ts = extract(
        "Aria Lund, too, was full of praise for her director and co-star Milo Grant. "
        "Oscar-winning director Tom Reed chose Lund for the part."
    )
    assert ts == []


def test_a_clause_replacing_someone_then_the_successor(extract) -> None:
    ts = extract(
        "Tarrow Foods Inc said Vic Hale was named chief executive of Tarrow Foods. Replacing "
        "Hale as president of Tarrow Snacks is Ian Moss, previously president of Tarrow Bakery, "
        "the company said.",
        date="1987-06-18",
    )
    got = {(t.person, t.role, t.org): t.status for t in ts if t.org == "Tarrow Snacks"}
    assert got == {
        ("Ian Moss", "President", "Tarrow Snacks"): "current",
        ("Vic Hale", "President", "Tarrow Snacks"): "ended",
    }


def test_letters_swapped_in_a_title_keep_their_offsets() -> None:
    from kg.textnorm import normalize

    text = "It elected Ann Lee exeuctive vice preisdent and CHARIMAN; cheif. Execution"
    fixed = normalize(text)
    assert fixed == "It elected Ann Lee executive vice president and CHAIRMAN; chief. Execution"
    assert len(fixed) == len(text)


def test_titles_retained_and_a_succession_to_come(extract) -> None:
    ts = extract(
        "Harlan Tools Inc said Rita Vogt will retain her present titles of president and chief "
        "executive officer. Omar Pike, now vice chairman and chief financial officer, was named "
        "to succeed Vogt as chairman of Harlan Tools.",
        date="1987-03-12",
    )
    got = {(t.person, t.role): t.status for t in ts}
    assert got[("Rita Vogt", "President")] == "current"
    assert got[("Rita Vogt", "Chief Executive Officer")] == "current"
    assert ("Omar Pike", "Chairman") in got


def test_a_clause_about_the_appointment_between_name_and_verb(extract) -> None:
    ts = extract(
        "Brenner Computer AG said it appointed Lars Tamm to its managing board. Tamm, whose "
        "appointment takes effect from today, joined Brenner in 1984.",
        date="1987-04-01",
    )
    got = {(t.person, t.role, t.start) for t in ts if t.role is None}
    assert got == {("Lars Tamm", None, "1984")}  # not the appointment's date


def test_the_titles_set_off_after_the_name_that_heads_a_group(extract) -> None:
    ts = extract(
        "Halden Chemie AG announced the formation of its Halden Optics Group. The Optics Group "
        "will be headed by Rolf Engel, president and chief operating officer.",
        date="1987-04-01",
    )
    got = {(t.role, t.org) for t in ts if t.person == "Rolf Engel"}
    assert ("President", "Optics Group") in got
    assert ("Chief Operating Officer", "Optics Group") in got


def test_a_company_named_for_a_place_keeps_the_words_before_of() -> None:
    from kg.nlp import load_pipeline
    from kg.settings import spacy_model

    doc = load_pipeline(spacy_model())(
        "Affiliated Bankshares of Colorado Inc said president Kent Olin was named chief executive."
    )
    assert "Affiliated Bankshares of Colorado Inc" in {
        e.text for e in doc.ents if e.label_ == "ORG"
    }


def test_a_company_named_department_stores_and_a_succession_written_inverted(extract) -> None:
    ts = extract(
        "CORBY NAMES NEW CHIEF FINANCIAL OFFICER\n\nCorby Department Stores Inc said Lena "
        "Hart has been named executive vice president, succeeding as chief financial officer "
        "Paul Ring. The company said Ring remains senior vice president.",
        date="1987-04-14",
    )
    got = {(t.person, t.role, t.org): (t.end, t.status) for t in ts}
    org = "Corby Department Stores Inc"  # a company's legal name, no government department
    assert ("Lena Hart", "Executive Vice President", org) in got
    assert got[("Paul Ring", "Chief Financial Officer", org)] == ("1987-04", "ended")
    assert got[("Paul Ring", "Senior Vice President", org)] == (None, "current")
    assert not any(t.org == "NAMES" for t in ts)  # a headline's verb is no company


def test_titles_listed_before_their_own_verb_are_not_the_next_names(extract) -> None:
    ts = extract(
        "Varlo Corp said its board took defensive steps. Varlo's president, vice president and "
        "treasurer were given severance agreements, it said. Under the agreements, Varlo "
        "President Ned Olsen would get a cash payment."
    )
    assert {(t.person, t.role) for t in ts} == {("Ned Olsen", "President")}


def test_a_title_opening_a_quotation_after_an_organization_spoke(extract) -> None:
    ts = extract(
        "The Daily Courier reported large crowds at the meets. The Daily Courier said riders "
        "came from afar. The Moorland Alliance said the meets would go ahead. Chief executive "
        'Tom Reeve said: "There has been riding here for centuries." Conservative family '
        "spokeswoman Ann Cole said the law would be repealed."
    )
    got = {(t.person, t.role, t.org) for t in ts}
    assert ("Tom Reeve", "Chief Executive Officer", "Moorland Alliance") in got
    assert not any(t.person == "Ann Cole" for t in ts)  # a party's spokeswoman


def test_a_member_of_parliament_who_chairs_a_group(extract) -> None:
    ts = extract(
        "Lib Dem MP Hal Trent spoke first. A farmer was put in touch with the Fairway Group, of "
        "which Mr Trent is a co-chairman. Ted Moss, a barrister and chairman of the League for "
        "Open Fields, said so."
    )
    got = {(t.person, t.role, t.org) for t in ts}
    assert ("Hal Trent", "Chairman", "Fairway Group") in got
    assert ("Ted Moss", "Chairman", "League for Open Fields") in got


def test_names_set_off_after_a_plural_title_then_titles_respectively(extract) -> None:
    ts = extract(
        "Delta Ledger Corp said its board elected Amy Stone as chairman. Two new board members, "
        "Carl Reese and Dana Pratt, were named executive vice president and senior vice "
        "president at DLC, respectively, according to the company.",
        date="1987-03-05",
    )
    got = {(t.person, t.role, t.org) for t in ts}
    assert ("Carl Reese", "Executive Vice President", "Delta Ledger Corp") in got
    assert ("Dana Pratt", "Senior Vice President", "Delta Ledger Corp") in got
    assert ("Carl Reese", "Senior Vice President", "Delta Ledger Corp") not in got


def test_a_predecessor_who_remains_a_director_and_titles_before_is(extract) -> None:
    ts = extract(
        "Quarry Systems Inc said it named Joel Park chief executive officer. He replaces Ivan "
        "Roth, who was acting on an interim basis and remains a director. The new company's "
        "chairman and chief executive officer is Lee Moon.",
        date="1987-04-06",
    )
    got = {(t.person, t.role): t.status for t in ts}
    assert got[("Ivan Roth", "Director")] == "current"
    assert got[("Ivan Roth", "Chief Executive Officer")] == "ended"
    assert ("Lee Moon", "Chairman") in got and ("Lee Moon", "Chief Executive Officer") in got


def test_succeeding_hands_over_the_titles_given_not_one_already_held(extract) -> None:
    ts = extract(
        "Lumen Power Co said director Alan Frey has been named president and chief executive "
        "officer. He succeeds Bo Hart, who moved to chairman in February. Ken Ruiz, whom Hart "
        "also succeeds there, has been named chairman emeritus.",
        date="1987-03-27",
    )
    got = {(t.person, t.role): t.status for t in ts}
    assert got[("Bo Hart", "President")] == "ended"
    assert got[("Bo Hart", "Chief Executive Officer")] == "ended"
    assert ("Bo Hart", "Director") not in got  # Frey's seat is no title handed over
    assert ("Bo Hart", "Chairman") in got
    assert ("Bo Hart", "Chairman Emeritus") not in got  # Ruiz's, across the relative clause


def test_a_title_ceded_and_one_kept(extract) -> None:
    ts = extract(
        "Oakhurst Homes Inc said it agreed to give control to an investor. Dan Mott will cede "
        "his post as chief executive but will remain president, the company said.",
        date="1987-03-12",
    )
    got = {(t.person, t.role): t.status for t in ts}
    assert got[("Dan Mott", "Chief Executive Officer")] == "ended"
    assert got[("Dan Mott", "President")] == "current"


def test_controller_and_chief_administrative_officer_are_roles(extract) -> None:
    ts = extract(
        "Stan Marks, vice president and controller of Pacific Grid Corp, spoke. Ray Cobb, who "
        "had been chief administrative officer of Pacific Grid Corp, retired.",
        date="1987-03-12",
    )
    got = {(t.person, t.role) for t in ts}
    assert ("Stan Marks", "Controller") in got
    assert ("Ray Cobb", "Chief Administrative Officer") in got


def test_named_with_a_former_title_set_off_then_the_new_title(extract) -> None:
    ts = extract(
        "Brant Rubber Corp, formed to acquire the Armstead assets, said it named Dale Voss, "
        "formerly vice president and controller of Armstead's Tire Division, president.",
        date="1987-03-12",
    )
    got = {(t.role, t.org): t.status for t in ts if t.person == "Dale Voss"}
    assert got[("President", "Brant Rubber Corp")] == "current"
    assert got[("Controller", "Armstead's Tire Division")] == "ended"


def test_as_were_and_two_successions_in_one_sentence(extract) -> None:
    ts = extract(
        "Orland Corp said its shareholders elected Ian Reed as chairman, succeeding Victor Hale, "
        "and Joe Stone as president, succeeding Peter Marsh. Orland said Reed and Stone were "
        "also elected to the board of directors, as were James Kirby and Mike Lund. Orland "
        "said chairman-elect Ian Reed will speak in May.",
        date="1987-03-30",
    )
    got = {(t.person, t.role): t.status for t in ts}
    assert got[("Peter Marsh", "President")] == "ended"
    assert ("Ian Reed", "President") not in got
    assert got[("James Kirby", "Board Director")] == "current"
    assert got[("Mike Lund", "Board Director")] == "current"
    ts = extract("Lanco Corp said Gary Erk is resigning as a director, as is Ted Ross.")
    assert {(t.person, t.role, t.status) for t in ts} == {
        ("Gary Erk", "Director", "ended"),
        ("Ted Ross", "Director", "ended"),
    }
    ts = extract("Vance Chemical PLC will expand, said chairman-elect Dan Hyde.", date="1987-03-05")
    assert [(t.person, t.role, t.status) for t in ts] == [("Dan Hyde", "Chairman", "announced")]


def test_names_the_model_cut_or_read_as_an_event(extract) -> None:
    ts = extract(
        "Ron Bell, director general of Entertainment and Leisure Software Publishers Union, "
        "said so. Gail Moss, CEO of festival organisers Big Day Out Ltd, said the event would "
        'grow. "We have hardly started," the new chair of the Internet Standards Task Force '
        "(ISTF), Brian Cole, says."
    )
    got = {(t.person, t.role, t.org) for t in ts}
    assert got == {
        ("Ron Bell", "Director General", "Entertainment and Leisure Software Publishers Union"),
        ("Gail Moss", "Chief Executive Officer", "Big Day Out Ltd"),
        ("Brian Cole", "Chairman", "Internet Standards Task Force"),
    }


def test_a_title_at_a_company_the_employer_owns_part_of(extract) -> None:
    ts = extract(
        "Dalco Corp said Hal Brun resigned as chairman and a director of its 32 pct owned "
        "Bobbie Rae Inc, effective immediately.",
        date="1987-03-13",
    )
    got = {(t.role, t.org) for t in ts if t.person == "Hal Brun"}
    assert ("Chairman", "Bobbie Rae Inc") in got and ("Director", "Bobbie Rae Inc") in got


def test_a_past_employer_with_no_title(extract) -> None:
    ts = extract(
        "Delmar Corp said it named Alan Pike senior vice president. Pike was previously with "
        "Norcross Corp. Ann Lyle was with the Treasury for ten years.",
        date="1987-03-13",
    )
    got = {(t.person, t.role, t.org.rstrip("."), t.status) for t in ts}
    assert ("Alan Pike", None, "Norcross Corp", "ended") in got
    assert not any(t.person == "Ann Lyle" for t in ts)


def test_a_full_name_right_after_the_company_of_its_title(extract) -> None:
    ts = extract(
        "In London yesterday, chairman of Belgian starch producer Arvel NV Pierre Dumont told "
        "Reuters his company might bid. Kell Corp named Jim Ode chief executive officer of "
        "Ravel Inc. Tom Ravel, its founder, remains as chairman.",
        date="1987-03-31",
    )
    got = {(t.person, t.role, t.org) for t in ts}
    assert ("Pierre Dumont", "Chairman", "Arvel NV") in got
    wire = "Yesterday, chairman of Belgian starch producer <Arvel NV> Pierre Dumont told Reuters."
    assert [(t.person, t.org) for t in extract(wire)] == [("Pierre Dumont", "Arvel NV")]
    assert not any(t.person == "Tom Ravel" and t.role == "Chief Executive Officer" for t in ts)


def test_a_title_held_before_in_a_relative_clause(extract) -> None:
    ts = extract(
        "Tarvo Industries Inc said it named Bob Hale as president. Ray Kemp, who previously "
        "held the president's title, continues as chairman. Hale replaces Lou Pardo, who also "
        "held the treasurer's post.",
        date="1987-03-24",
    )
    got = {(t.person, t.role, t.status) for t in ts}
    assert ("Ray Kemp", "President", "ended") in got
    assert ("Ray Kemp", "Chairman", "current") in got
    assert ("Lou Pardo", "Treasurer", "ended") in got


def test_the_unit_the_text_introduced(extract) -> None:
    ts = extract(
        "Orvan Bank Corp said a new subsidiary, called Orvan Trust Co Oregon, will begin "
        "operations tomorrow. Ed Lam will be president and chief executive officer of the "
        "Oregonian unit.",
        date="1987-03-18",
    )
    assert {(t.role, t.org) for t in ts if t.person == "Ed Lam"} == {
        ("President", "Orvan Trust Co Oregon"),
        ("Chief Executive Officer", "Orvan Trust Co Oregon"),
    }
    ts = extract(
        "Nortech International said it established a new subsidiary, Nortech Agriculture, to "
        "develop crops. It said Jo Kerr, former president of Dax Co's Dax Seed Inc affiliate, "
        "has been named president of the new agriculture unit.",
        date="1987-03-18",
    )
    assert {(t.org, t.status) for t in ts if t.person == "Jo Kerr"} == {
        ("Nortech Agriculture", "current"),
        ("Dax Co's Dax Seed Inc affiliate", "ended"),
    }


def test_names_cut_by_the_model_rejoined(extract) -> None:
    ts = extract("It is a big step for broadband, said Chris Tann, UK Online general manager.")
    assert [(t.person, t.org) for t in ts] == [("Chris Tann", "UK Online")]
    ts = extract(
        "Because of the crisis, Banque Generale du Luxembourg SA has delayed an issue, said "
        "director Robert Sharfe."
    )
    assert [(t.person, t.org) for t in ts] == [
        ("Robert Sharfe", "Banque Generale du Luxembourg SA")
    ]
    ts = extract(
        "Morgan, Olmstead, Kennedy and Gardner Capital Corp said Mike Fusco has been named "
        "president of its brokerage firm, Morgan, Olmstead, Kennedy and Gardner Inc."
    )
    assert [t.org.startswith("Morgan, Olmstead, Kennedy and") for t in ts] == [True]


def test_a_central_bank_called_by_what_it_is(extract) -> None:
    ts = extract(
        "Central bank governor Chang Wei told reporters the reserves rose. Brazil's central "
        "bank president Luis Gros said rates would fall.",
        date="1987-03-01",
    )
    got = {(t.person, t.role, t.org.lower()) for t in ts}
    assert got == {
        ("Chang Wei", "Governor", "central bank"),
        ("Luis Gros", "President", "brazil's central bank"),
    }


def test_an_indented_paragraph_ends_the_sentence_after_a_company_suffix(extract) -> None:
    text = (
        "Texo Inc and Hanwell Inc said they formed a joint venture to sell\n"
        "control systems.\n"
        "    The companies did not say how much they will invest in the\n"
        "venture, which has been named Icotron Co.\n"
        "    Lou Garb, general manager of Texo's engineering department, was\n"
        "named chairman of the venture, the companies said.\n"
    )
    ts = extract(text, date="1987-03-13")
    assert ("Lou Garb", "Chairman", "Icotron Co.") in {(t.person, t.role, t.org) for t in ts}
    # initials open a paragraph's name; "Neither" opens no company's name
    ts = extract(
        "Computerland Corp agreed to be bought, and Tandem Corp's sales will rise, analysts "
        "said.\n"
        "    L.F. Rothschild Unterberg Towbin analyst Fred Cole estimated the profit.\n"
        "    Neither Computerland, which is owned by its founder, Bill Mann, nor the\n"
        "buyers would give the price, said Computerland.\n",
        date="1987-03-13",
    )
    got = {(t.person, t.org) for t in ts}
    assert ("Fred Cole", "L.F. Rothschild Unterberg Towbin") in got
    assert ("Bill Mann", "Computerland Corp") in got


def test_a_title_only_named_is_not_taken_on_the_day_that_opens_the_sentence(extract) -> None:
    ts = extract(
        "News today, including OPEC President Rilwanu Lukman's statement on output, helped "
        "prices. On Monday, Ann Foy became chief executive of Delmar Corp.",
        date="1987-03-05",
    )
    got = {(t.person, t.start) for t in ts}
    assert ("Rilwanu Lukman", None) in got and ("Ann Foy", "1987-03-02") in got


def test_a_join_with_its_titles_is_no_untitled_tenure(extract) -> None:
    ts = extract(
        "Delmar Corp said it named Lew Johns president. Johns joined the company in November "
        "1984 as executive vice president. Ray Tate, who joined the company in January, has "
        "also been named to the board.",
        date="1987-03-10",
    )
    got = {(t.person, t.role) for t in ts}
    assert ("Lew Johns", "Executive Vice President") in got and ("Lew Johns", None) not in got
    assert ("Ray Tate", None) in got


def test_removals_and_resignations_of_a_group(extract) -> None:
    ts = extract(
        "Radex Inc said its board has removed Ron Hale as chairman and chief executive "
        "officer. Tom Hill ousted Bob Lee as chairman of Marlin Corp.",
        date="1987-03-05",
    )
    got = {(t.person, t.role, t.status) for t in ts}
    assert ("Ron Hale", "Chairman", "ended") in got
    assert ("Ron Hale", "Chief Executive Officer", "ended") in got
    assert not any(t.person == "Bob Lee" and t.status == "ended" for t in ts)
    ts = extract(
        "Delta Optics Inc said Ray Monte, vice president of finance, has been removed as an "
        "officer and terminated as an employee of the company. Pacific Air Lines said president "
        "Don Carr and four senior vice-presidents resigned last week.",
        date="1987-03-02",
    )
    assert {(t.person, t.status, t.end) for t in ts} == {
        ("Ray Monte", "ended", "1987-03"),
        ("Don Carr", "ended", "1987-02"),
    }


def test_a_month_as_a_first_name_and_a_leaving_modifier(extract) -> None:
    ts = extract(
        "August Busch III, chairman of Anheuser-Busch Cos Inc, said sales rose. In August Tom Lee "
        "said sales fell. Retiring Acme chairman Tom Bell said so. Guido Gybels, RNID technology "
        "director, said so too."
    )
    got = {(t.person, t.role, t.org, t.status) for t in ts}
    assert ("August Busch III", "Chairman", "Anheuser-Busch Cos Inc", "current") in got
    assert ("Tom Bell", "Chairman", "Acme", "ended") in got
    assert ("Guido Gybels", "Technology Director", "RNID", "current") in got
    assert not any(t.person.startswith("August Tom") for t in ts)


def test_a_title_before_a_name_the_model_missed_is_not_the_name_before(extract) -> None:
    ts = extract(
        "He met with Foreign Minister Tadashi Kuranari, Bank of Japan Governor Satoshi Sumita "
        "and other high-ranking Japanese officials."
    )
    assert not any(t.person == "Tadashi Kuranari" for t in ts)


def test_a_recent_title_and_a_hyphened_function(extract) -> None:
    ts = extract(
        "Endara Inc said Rick Sako has been named president. Sako, recently vice president at "
        'Control Data Corp, succeeds John Wren. "Prices are too high," said Dudley Epp, vice '
        "president-equity trading at Donaldson Lufkin and Jenrette Securities Corp.",
        date="1987-04-13",
    )
    got = {(t.person, t.role, t.org.rstrip("."), t.status) for t in ts}
    assert ("Rick Sako", "Vice President", "Control Data Corp", "ended") in got
    assert (
        "Dudley Epp",
        "Vice President",
        "Donaldson Lufkin and Jenrette Securities Corp",
        "current",
    ) in got


def test_a_lead_company_named_from_the_sentence_start(extract) -> None:
    ts = extract(
        "Applied Gene Systems Inc said Karl Blume was named vice president. Hartford Savings and "
        "Loan Association said Mary Cole, its president, resigned. Goodwin Tire and Rubber Co "
        "said it expects a profit, its chairman Ted Ames said.",
        date="1987-03-05",
    )
    got = {(t.person, t.org) for t in ts}
    assert ("Karl Blume", "Applied Gene Systems Inc") in got
    assert ("Mary Cole", "Hartford Savings and Loan Association") in got
    assert ("Ted Ames", "Goodwin Tire and Rubber Co") in got
    # a sentence opener, or a word no name begins with, stays out
    ts = extract("But Marlin Corp said Tom Hale, its president, resigned.", date="1987-03-05")
    assert {t.org for t in ts} == {"Marlin Corp"}


def test_a_company_president_named_with_a_capital(extract) -> None:
    ts = extract(
        "Medical Optics Corp said Will Stubb resigned as chairman, with President Kye Anderson "
        "assuming his duties.",
        date="1987-03-23",
    )
    assert ("Kye Anderson", "President", "Medical Optics Corp") in {
        (t.person, t.role, t.org) for t in ts
    }
    # a head of state by his surname, or with no company in the sentence, is none
    ts = extract(
        "Medical Optics Corp shares fell after President Reagan spoke. Markets rose after "
        "President Ronald Reagan spoke.",
        date="1987-03-23",
    )
    assert not any("Reagan" in t.person for t in ts)


def test_a_title_held_more_recently(extract) -> None:
    ts = extract(
        "Reebon Ltd named Joe Labb president. Labb, former president of Fox Film Corp, was more "
        "recently founder and chief executive officer of Vantage Group Inc, an investment "
        "company.",
        date="1987-03-23",
    )
    got = {(t.role, t.org) for t in ts if t.person == "Joe Labb"}
    assert ("Founder", "Vantage Group Inc") in got
    assert ("Chief Executive Officer", "Vantage Group Inc") in got


def test_a_title_with_no_company_named_twice_takes_the_leads(extract) -> None:
    ts = extract(
        "Harbor City Journals Inc said its president, Armon Mills, is stepping down. The company "
        "said it has grown. Other changes include vice chairman Bill Worth assuming the role of "
        "president, while sharing duties with chairman Mike Rossel.",
        date="1987-03-23",
    )
    got = {(t.person, t.role, t.org) for t in ts}
    assert ("Mike Rossel", "Chairman", "Harbor City Journals Inc") in got
    assert ("Bill Worth", "Vice Chairman", "Harbor City Journals Inc") in got


def test_an_institution_of_a_title_word_before_a_title(extract) -> None:
    ts = extract(
        "Association of Chief Police Officers president Chris Fox said the power did not have "
        "enough impact. Mr Fox is a former chief constable."
    )
    assert ("Chris Fox", "President", "Association of Chief Police Officers") in {
        (t.person, t.role, t.org) for t in ts
    }


def test_a_partners_firm_written_again_before_a_title(extract) -> None:
    ts = extract(
        'Gulf and Western Inc said it named Ray Hunt to its board. "He is an outstanding '
        'addition," said Gulf and Western chairman Martin Davis.',
        date="1987-03-05",
    )
    assert ("Martin Davis", "Chairman", "Gulf and Western Inc") in {
        (t.person, t.role, t.org) for t in ts
    }


def test_the_subject_of_founded_by_is_an_organization_however_tagged(extract) -> None:
    ts = extract(
        "Jet, which was founded by London-based travel agent Naresh Goyal, plans to buy new "
        "planes. Def Jam was founded in 1984 by Russell Simmons and producer Rick Rubin."
    )
    got = {(t.person, t.role, t.org) for t in ts}
    assert ("Naresh Goyal", "Founder", "Jet") in got
    assert ("Russell Simmons", "Founder", "Def Jam") in got
    # a city is founded too, and is no organization
    assert not extract("London was founded by Julius Caesar, the Roman general.")


def test_a_functional_title_before_a_name_takes_the_articles_company(extract) -> None:
    ts = extract(
        "Shareholders of Harlow Rovers plc met on Friday. Harlow Rovers plc lost money. Legal "
        "adviser Max Watt, commercial director Andy Enson and director Tom Lee were voted out, "
        "against the wishes of Harlow Rovers plc."
    )
    got = {(t.person, t.role, t.org) for t in ts}
    assert ("Andy Enson", "Commercial Director", "Harlow Rovers plc") in got
    # a director of what, the sentence does not say
    assert not any(t.person == "Tom Lee" for t in ts)
    ts = extract(
        "The National Land Institute said it would seize farms. The National Land Institute "
        "said so again. Vice president Jose Rangel has said farmers have nothing to fear."
    )
    assert not any(t.person == "Jose Rangel" for t in ts)


def test_the_watchdogs_title_is_the_public_bodys(extract) -> None:
    ts = extract(
        "The Securities and Exchange Commission said Fannie Mae broke the rules. Fannie Mae "
        "denied it. The watchdog's chief accountant Donald Nicolaisen said Fannie Mae's methods "
        "were inadequate."
    )
    got = {(t.person, t.org) for t in ts}
    assert ("Donald Nicolaisen", "Securities and Exchange Commission") in got


def test_the_watchdogs_chairman_named_later_is_the_watchdogs(extract) -> None:
    ts = extract(
        "The US stock market watchdog's chairman has said he is willing to soften the rules.\n\n"
        "In a speech in London, William Donaldson promised several initiatives. Mr Donaldson "
        "said the Securities and Exchange Commission (SEC) would be sensitive. Mr Donaldson "
        "said the SEC would consider a new approach."
    )
    assert ("William Donaldson", "Chairman", "Securities and Exchange Commission") in {
        (t.person, t.role, t.org) for t in ts
    }


def test_a_hyphened_surname_is_whole(extract) -> None:
    ts = extract(
        "Siam Air Ltd said profits rose. Siam Air Ltd said so. Executive vice president "
        "Chatrachai Bunya-ananta said the expansion would be done. A Tom Smith-led group met."
    )
    people = {t.person for t in ts}
    assert "Chatrachai Bunya-ananta" in people
    assert not any("led" in p for p in people)


def test_a_marketing_manager_is_no_marketing_director(extract) -> None:
    ts = extract(
        "Ann Simpson, marketing manager at Snappy Snaps, believes printing will last. Tom Lee, "
        "director of marketing at Kodak, agreed."
    )
    got = {(t.person, t.role) for t in ts}
    assert ("Ann Simpson", "Marketing Manager") in got
    assert ("Tom Lee", "Marketing Director") in got


def test_a_transfer_story_is_about_sport(extract) -> None:
    ts = extract(
        "Larne's teenage star Robbie Weir is poised to join Sunderland. The Irish League "
        "midfielder was chased by other clubs this season. But Larne boss Jimmy McGeough has "
        "yet to confirm that Weir is on his way."
    )
    assert ("Jimmy McGeough", "Manager", "Larne") in {(t.person, t.role, t.org) for t in ts}


def test_a_name_after_a_companys_title_is_a_persons(extract) -> None:
    ts = extract(
        '"We won," said Standard Chartered chief executive Mervyn Davies at a press conference. '
        "Rodrigo de Rato, the IMF's managing director, said the loan would help. \"We are "
        'delighted," commented Broadreach chief executive Magnus McEwen-King.'
    )
    got = {(t.person, t.role, t.org) for t in ts}
    assert ("Mervyn Davies", "Chief Executive Officer", "Standard Chartered") in got
    assert ("Rodrigo de Rato", "Managing Director", "IMF") in got
    assert ("Magnus McEwen-King", "Chief Executive Officer", "Broadreach") in got


def test_a_legal_suffix_after_a_comma_names_the_same_company(extract) -> None:
    from kg.nlp import org_key

    assert org_key("TRW, inc") == org_key("TRW") == "trw"
    ts = extract(
        "The chairman of TRW, inc said his company would correct its practices.\n\n"
        '"There were irregularities in TRW\'s defense business," TRW chairman Ruben Mettler said '
        "in testimony."
    )
    assert len([t for t in ts if t.person == "Ruben Mettler"]) == 1


def test_a_team_named_for_its_town_or_country_in_a_sport_story(extract) -> None:
    sport = (
        "The striker scored twice as the league leaders won the cup tie. Manchester City boss "
        "Kevin Keegan praised him, and Scotland manager Walter Smith named him in his squad."
    )
    got = {(t.person, t.role, t.org) for t in extract(sport)}
    assert ("Kevin Keegan", "Manager", "Manchester City") in got
    assert ("Walter Smith", "Manager", "Scotland") in got
    # outside sport, a country before a title is its office of state
    ts = extract("Exports fell sharply. Scotland manager Walter Smith said trade would recover.")
    assert not any(t.org == "Scotland" for t in ts)


def test_leaving_with_a_clause_between_the_name_and_the_verb(extract) -> None:
    ts = extract(
        "Martin Ardbo, managing director of AB Bofors, which is at the centre of a police "
        "inquiry into arms shipments, has resigned, the company said. Weatherford Inc said "
        "executive vice president Kurt Bushati will leave September One to join a rival.",
        date="1987-03-06",
    )
    got = {(t.person, t.status) for t in ts}
    assert ("Martin Ardbo", "ended") in got
    assert ("Kurt Bushati", "ended") in got
    # leaving one post ("from running its unit") ends no other
    ts = extract(
        "Anil Ambani, the head of Reliance Energy, which makes power, has resigned from running "
        "its petrochemicals subsidiary, the company said.",
        date="1987-03-06",
    )
    assert ("Anil Ambani", "Reliance Energy", "current") in {
        (t.person, t.org, t.status) for t in ts
    }


def test_two_people_leaving_with_a_description_between(extract) -> None:
    ts = extract(
        "Fannie Mae shares fell. Chief executive Franklin Raines, a former senior official in "
        "the Clinton administration, and chief financial officer Tim Howard have left the firm.",
        date="1987-03-06",
    )
    assert {(t.person, t.status) for t in ts} == {
        ("Franklin Raines", "ended"),
        ("Tim Howard", "ended"),
    }


def test_a_second_title_named_with_as_starts_with_the_first(extract) -> None:
    ts = extract(
        "BSD Medical Corp said it named Victor Vaguine as president and chief executive officer. "
        "Vaguine was executive vice president of research at Clini-Therm Corp.",
        date="1987-03-24",
    )
    got = {(t.role, t.org, t.start) for t in ts if t.person == "Victor Vaguine"}
    assert ("President", "BSD Medical Corp", "1987-03") in got
    assert ("Chief Executive Officer", "BSD Medical Corp", "1987-03") in got
    # "resigned as officers and directors": a word no title is, before the title
    ts = extract(
        "Acme Corp said Tom Lee has resigned as officers and directors.", date="1987-03-24"
    )
    assert {(t.role, t.status) for t in ts} == {("Director", "ended")}


def test_no_affiliation_with_a_place_or_for_a_calling(extract) -> None:
    ts = extract(
        "Motorcycle racer, Roy Tansley, from Derby developed a gear changer. Lock Alec Parker "
        "returns and captain Kort Schubert of the Cardiff Blues shifts to number eight. "
        '"It is a good deal," said Paul Hofheinz of the Lisbon Council.'
    )
    assert {(t.person, t.org) for t in ts} == {("Paul Hofheinz", "Lisbon Council")}


def test_an_institution_of_a_title_word_in_a_corpus_article(extract, corpus) -> None:
    # the model tags nothing of the name here: the run of proper nouns before the title goes
    # back over "Chief" and "Association of"
    text = (corpus / "bbc-other" / "politics-165.txt").read_text()
    ts = extract(text)
    assert ("Chris Fox", "Association of Chief Police Officers") in {(t.person, t.org) for t in ts}


def test_a_day_written_in_words_after_the_month(extract) -> None:
    ts = extract(
        "Weatherford International Inc said executive vice president Kurt Bushati will leave "
        "September One to accept a post.",
        date="1987-03-06",
    )
    assert {(t.person, t.end) for t in ts} == {("Kurt Bushati", "1987-09-01")}


def test_an_organization_the_parse_hangs_from_the_title(extract) -> None:
    # past words no surface pattern crosses: a function, a second noun, a number
    ts = extract(
        '"The element of a real actor certainly elevated it," said Bruce Snyder, president of '
        "domestic distribution at 20th Century Fox. Dr Chan Yeob Yeun, vice president and "
        "research fellow in charge of mobile TV at LG Electronics, said the rival standard "
        "drains batteries. Robert McGarry, president of the 20,000 member Letter Carriers "
        "Union, told reporters he would wait."
    )
    got = {(t.person, t.role, t.org) for t in ts}
    assert ("Bruce Snyder", "President", "20th Century Fox") in got
    assert ("Chan Yeob Yeun", "Vice President", "LG Electronics") in got
    assert ("Robert McGarry", "President", "Letter Carriers Union") in got
    # a verb on the way from the name up to the title: not the title's organization
    ts = extract("Jane Hale, president of the group that sued Acme Corp, said it would appeal.")
    assert "Acme Corp" not in {t.org for t in ts}


def test_a_company_named_after_its_kind_and_a_bare_suffix(extract) -> None:
    ts = extract(
        "The problem they face, said Shailendra Jain, head of MMS firm Adamind, is educating "
        "people. Olson, a former vice president of food service for Pillsbury Co, most recently "
        "was president of a transportation company."
    )
    got = {(t.person, t.org) for t in ts}
    assert ("Shailendra Jain", "Adamind") in got
    assert ("Olson", "Pillsbury Co") in got


def test_a_president_by_full_name_in_a_sentence_about_the_company(extract) -> None:
    ts = extract(
        "Acme Foods Co expects earnings to rise, Chairman Kenneth Douglas told analysts. "
        "President Howard Jones said the company will derive benefits from acquisitions."
    )
    assert ("Howard Jones", "President", "Acme Foods Co") in {(t.person, t.role, t.org) for t in ts}
    # a head of state by his surname stays one
    ts = extract(
        "Acme Foods Co expects earnings to rise. President Reagan said the company must pay."
    )
    assert "Reagan" not in {t.person for t in ts}


def test_a_holder_the_parse_gives_a_title(extract) -> None:
    ts = extract(
        "Lawmakers said on Wednesday night Enrico Bondi, the turnaround specialist appointed by "
        "the Italian government as Parmalat's chief executive, spoke positively about the "
        "company. Ian Fogg, broadband and personal technology analyst at Jupiter Research, "
        "agreed. Paul Trotter, news and features editor of PC Pro, said several Sony products "
        "won."
    )
    got = {(t.person, t.role, t.org) for t in ts}
    assert ("Enrico Bondi", "Chief Executive Officer", "Parmalat") in got
    assert ("Ian Fogg", "Analyst", "Jupiter Research") in got
    assert ("Paul Trotter", "Editor", "PC Pro") in got
    # not across a bracket
    ts = extract(
        "The panel heard Adm John Poindexter, (former White House Chief of Staff) Donald Regan "
        "and other key figures."
    )
    assert "John Poindexter" not in {t.person for t in ts}


def test_a_name_read_as_a_person_owning_the_title_of_one_set_off_before(extract, corpus) -> None:
    # "Christian Aid" is tagged as a person's name all through the article
    text = (corpus / "bbc-business" / "296.txt").read_text()
    got = {(t.person, t.org) for t in extract(text)}
    assert ("Andrew Pendleton", "Christian Aid") in got


def test_a_title_named_as_a_post(extract) -> None:
    ts = extract(
        "American Express Co said chief operating officer Jeffrey Lane got the added, "
        "previously vacant, post of president. Chairman Donald Fisher also held the position "
        "of vice chairman.",
        date="1987-03-10",
    )
    got = {(t.person, t.role, t.start) for t in ts}
    assert ("Jeffrey Lane", "President", "1987-03") in got
    assert ("Donald Fisher", "Vice Chairman", None) in got


def test_firms_named_for_partners_and_a_function_in_capitals(extract) -> None:
    ts = extract(
        '"I think they will resist it," said Elliott Schlang, analyst at Prescott, Ball and '
        "Turben Inc. It said Charles H. Baker, former president of Rohm and Haas Co's Rohm and "
        "Haas Seed Inc affiliate, has been named president. Luigi Spaventa, Professor of "
        "Economics at Rome University, told Reuters it was a loss."
    )
    got = {(t.person, t.org) for t in ts}
    assert ("Elliott Schlang", "Prescott, Ball and Turben Inc.") in got
    # the affiliate of "Rohm and Haas Co's Rohm and Haas Seed Inc affiliate", by its parent
    (baker,) = find(ts, "Charles H. Baker", org="Rohm and Haas Seed Inc")
    assert baker.parent_org == "Rohm and Haas Co"
    assert ("Luigi Spaventa", "Rome University") in got
    # a list of companies is not one named for its partners
    ts = extract("Tom Lee, an analyst at Ford, said Ford, Chrysler and General Motors Corp gained.")
    assert {t.org for t in ts} == {"Ford"}


def test_names_with_a_particle_or_a_suffix_after_a_comma(extract) -> None:
    ts = extract(
        "Hoechst Celanese Corp said it named Dieter zur Loye, formerly president of American "
        "Hoechst, vice chairman. The buyers are J. Patrick Michaels, Jr., president of "
        "Communications Equity Associates Inc, and others."
    )
    got = {(t.person, t.role, t.org) for t in ts}
    assert ("Dieter zur Loye", "President", "American Hoechst") in got
    assert ("Dieter zur Loye", "Vice Chairman", "Hoechst Celanese Corp") in got
    assert ("J. Patrick Michaels, Jr", "President", "Communications Equity Associates Inc") in got
    assert "American Hoechst" not in {t.person for t in ts}


def test_a_title_word_used_as_a_verb_is_no_title(extract) -> None:
    ts = extract(
        "Chelsea brought striker Didier Drogba on to partner Gudjohnsen up front after the "
        "interval."
    )
    assert ts == []


def test_an_institution_named_with_for_or_of(extract) -> None:
    ts = extract(
        'Trevor Phillips, chair of the Commission for Racial Equality, praised his "ability to '
        'listen".'
    )
    assert {(t.person, t.org) for t in ts} == {
        ("Trevor Phillips", "Commission for Racial Equality")
    }
    ts = extract(
        "The Association of Directors of Social Services (ADSS) said it agreed. Tony Hunter, "
        "the organisation's president, said so."
    )
    assert ("Tony Hunter", "Association of Directors of Social Services") in {
        (t.person, t.org) for t in ts
    }


def test_a_name_the_model_tags_as_nothing_beside_a_title(extract) -> None:
    ts = extract(
        "Hugo Lueders, European director for public policy at CompTIA, an umbrella organization "
        "for technology companies, said only that. He met with Prime Minister Yasuhiro "
        "Nakasone, Bank of Japan Governor Satoshi Sumita and other officials."
    )
    got = {(t.person, t.org) for t in ts}
    assert ("Hugo Lueders", "CompTIA") in got
    assert ("Satoshi Sumita", "Bank of Japan") in got
    # a title's modifier before a title word is no name's
    ts = extract(
        "Motorola Inc expects orders to improve, Executive Vice President and Chief Corporate "
        "Staff Officer Gary Tooker told analysts."
    )
    assert {t.person for t in ts} <= {"Gary Tooker"}


def test_a_name_cut_at_a_slash(extract) -> None:
    ts = extract("M/A-Com Inc said it named Richard H. Hale executive vice president.")
    assert {(t.person, t.org) for t in ts} == {("Richard H. Hale", "M/A-Com Inc")}


def test_a_second_title_the_parse_joins_to_the_first(extract) -> None:
    ts = extract(
        "Anne Marlow, 51, senior vice president of its Harbor Savings Bank subsidiary and "
        "general manager of the Northgate Clearing House, has retired. Tom Reyes, chairman "
        "of the council's pricing committee and director of purchasing at Lindqvist Steel "
        "Corp, said demand was steady."
    )
    got = {(t.person, t.role, t.org) for t in ts}
    assert ("Anne Marlow", "General Manager", "Northgate Clearing House") in got
    assert ("Tom Reyes", "Director", "Lindqvist Steel Corp") in got
    # a second name before the title holds it
    ts = extract(
        "Anne Marlow, chairman of Harbor Savings Bank, and Tom Reyes, director of purchasing "
        "at Lindqvist Steel Corp, spoke."
    )
    assert ("Anne Marlow", "Director") not in {(t.person, t.role) for t in ts}


def test_a_title_kept_by_a_verb_joined_to_another(extract) -> None:
    ts = extract(
        "Brandt Tool Inc said Lisa Moore has been named president, succeeding Carl Ostrow, "
        "who had been serving as president on an interim basis and remains chairman. "
        "Dale Fenwick decided not to seek reelection as treasurer but will continue as a "
        "director, Brandt said.",
        date="1987-03-10",
    )
    got = {(t.person, t.role, t.status) for t in ts}
    assert ("Carl Ostrow", "Chairman", "current") in got
    assert ("Carl Ostrow", "President", "ended") in got
    assert ("Dale Fenwick", "Director", "current") in got


def test_a_title_in_capitals_the_model_tags_in_part(extract) -> None:
    ts = extract(
        "Halvorsen Corp expects orders to improve, Senior Vice President and Chief Corporate "
        "Planning Officer Dana Whitlock told analysts."
    )
    got = {(t.person, t.role, t.org) for t in ts}
    assert ("Dana Whitlock", "Senior Vice President", "Halvorsen Corp") in got
    # "Chief" of a longer title is no chief executive
    assert all(t.role != "Chief Executive Officer" for t in ts)


def test_a_name_set_off_after_the_subject_title_moves(extract) -> None:
    ts = extract(
        "Verity Labs Inc said its president, Mark Odell, resigned as president to become "
        "chairman of Castine Systems Inc, the company said.",
        date="1987-03-10",
    )
    got = {(t.person, t.role, t.org, t.status) for t in ts}
    assert ("Mark Odell", "President", "Verity Labs Inc", "ended") in got
    assert ("Mark Odell", "Chairman", "Castine Systems Inc") in {x[:3] for x in got}


def test_his_appointment_as_a_title(extract) -> None:
    ts = extract(
        "Sir Peter Trent said the reason was his appointment as chairman of the Wessex Arts Trust."
    )
    assert ("Peter Trent", "Chairman", "Wessex Arts Trust") in {
        (t.person, t.role, t.org) for t in ts
    }


def test_titles_with_a_function_or_a_place_between(extract) -> None:
    ts = extract(
        "Prax Audio Corp said Ruth Ellery has been named vice president-finance and chief "
        'financial officer. "Rates will rise," said Owen Keane, KPMG\'s UK head of tax. '
        "Lena Fisk, who is regional sales project manager at Harlow Books, agreed.",
        date="1987-03-10",
    )
    got = {(t.person, t.role, t.org) for t in ts}
    assert ("Ruth Ellery", "Chief Financial Officer", "Prax Audio Corp") in got
    assert ("Owen Keane", "Head", "KPMG UK") in got
    assert ("Lena Fisk", "Manager", "Harlow Books") in got
    # a country's head is still an office of state
    ts = extract("Ukraine's head of state, Viktor Yushchenko, said it.")
    assert not ts


def test_a_firm_whose_last_partner_the_model_cut_off(extract) -> None:
    ts = extract(
        "Mona Rees, senior vice president at Kettering Lowell and Brandvold, said trading was "
        "slow. Ian Marsh will join Thackeray and Wendt as chairman.",
        date="1987-03-10",
    )
    got = {(t.person, t.org) for t in ts}
    assert ("Mona Rees", "Kettering Lowell and Brandvold") in got
    assert ("Ian Marsh", "Thackeray and Wendt") in got
    # a name written alone elsewhere is one of its own
    ts = extract(
        "Mona Rees, senior vice president at Kettering Lowell and Brandvold, said Mr Brandvold "
        "would stay."
    )
    assert {t.org for t in ts} == {"Kettering Lowell"}


def test_a_title_set_off_without_a_comma(extract) -> None:
    ts = extract(
        "Hal Brenner currently president of Ostrova Freight Inc was named chairman of the new "
        "unit. Peter Walsh formerly treasurer of Ostrova Freight Inc joined Pell Corp.",
        date="1987-03-10",
    )
    got = {(t.person, t.role, t.org, t.status) for t in ts}
    assert ("Hal Brenner", "President", "Ostrova Freight Inc", "current") in got
    assert ("Peter Walsh", "Treasurer", "Ostrova Freight Inc", "ended") in got


def test_a_title_of_the_source_the_company_is_cited_by(extract) -> None:
    ts = extract(
        "Corvex Petroleum Corp raised its prices on Monday. Corvex Petroleum Corp said demand "
        "was strong. Halden Oil Corp hopes to sell the new fuel by June, according to Rita "
        "Vance, executive vice president of marketing."
    )
    assert {(t.person, t.org) for t in ts} == {("Rita Vance", "Halden Oil Corp")}
    # a government body cited is not the employer
    ts = extract(
        "The Treasury expects rates to fall, according to Rita Vance, executive vice "
        "president of marketing."
    )
    assert "Treasury" not in {t.org for t in ts}


def test_a_film_s_director_is_no_office_in_a_story_about_film(extract) -> None:
    text = (
        "The horror film Night Harbour topped the box office this weekend. Night Harbour "
        "director Tomas Ellery, whose last movie starred actress Jane Pirie, said the sequel "
        "was ready. Gina Marlow, director of Lantern Bay, said the premiere was a success. "
        "Kai Brandt, artistic director of the Northgate Theatre, praised the cast. The prize "
        "was designed by Orbis art director Leon Sato."
    )
    got = {(t.person, t.org) for t in extract(text)}
    assert ("Tomas Ellery", "Night Harbour") not in got
    assert not any(p == "Gina Marlow" for p, _ in got)
    assert ("Kai Brandt", "Northgate Theatre") in got
    assert ("Leon Sato", "Orbis") in got
    # the same title in a story about business is an office
    ts = extract("Night Harbour director Tomas Ellery said the company's profits rose.")
    assert {(t.person, t.org) for t in ts} == {("Tomas Ellery", "Night Harbour")}


def test_a_team_the_model_reads_as_a_person_or_a_work(extract, corpus) -> None:
    """In this article the model tags "Outgoing Leeds" as a work before "chairman Gerald
    Krasner" and "Leeds United" as a person; the club was given Chelsea, named later."""
    text = (corpus / "bbc-other" / "sport-251.txt").read_text(encoding="utf-8")
    found = {(t.person, t.org) for t in extract(text)}
    assert ("Gerald Krasner", "Leeds") in found
    assert ("Peter Lorimer", "Leeds United") in found
    assert not any(p in ("Gerald Krasner", "Peter Lorimer") and o == "Chelsea" for p, o in found)


def test_a_team_opening_the_sentence_before_its_manager(extract) -> None:
    # a story about sport (striker, penalty, match, season), where the tagger reads the
    # team's name at a sentence's start as an adjective
    text = (
        "The striker scored a penalty in the last match of the season. Arsenal boss Arsene "
        "Wenger said the squad was tired. Caretaker boss Tommy Burns said the match was hard. "
        "Their coach John Kirwan praised the fans."
    )
    got = {(t.person, t.role, t.org) for t in extract(text)}
    assert ("Arsene Wenger", "Manager", "Arsenal") in got
    assert not any(o in ("Caretaker", "Their") for _, _, o in got)
    # football's own words tell a story about sport too
    got = extract(
        "Arsenal boss Arsene Wenger would consider signing the striker. He said football "
        "owes the footballers a fair hearing."
    )
    assert [(t.person, t.role, t.org) for t in got] == [("Arsene Wenger", "Manager", "Arsenal")]


def test_a_company_founded_and_named_after_its_kind(extract) -> None:
    ts = extract(
        "After leaving Apple, Mr Tom Raskin founded another company called Information "
        "Appliance and went on working."
    )
    assert {(t.person, t.role, t.org) for t in ts} == {
        ("Tom Raskin", "Founder", "Information Appliance")
    }


def test_a_firm_named_and_co_or_for_two_partners(extract) -> None:
    ts = extract(
        'Pellworth Industries said profits fell. "Demand is weak," said Tannhauser and Co '
        "analyst Greta Lind. Its adviser is Hallbeck and Morrow Group, which said Ivan Roe "
        "will be its chairman. Hallbeck and Morrow Group has advised it since 1980, and "
        "Hallbeck and Morrow said it would go on. Emma Stiles, a partner of Kessel, Varga "
        "and Co, has been a Kessel, Varga director since 1978. The Ostland and Varnia Banking "
        "Corp said it named Peter Quill chief executive officer.",
        "1987-05-04",
    )
    got = {(t.person, t.role, t.org) for t in ts}
    assert ("Greta Lind", "Analyst", "Tannhauser and Co") in got
    assert ("Ivan Roe", "Chairman", "Hallbeck and Morrow Group") in got
    assert ("Peter Quill", "Chief Executive Officer", "Ostland and Varnia Banking Corp") in got
    assert {(t.role, t.org) for t in find(ts, "Emma Stiles")} == {
        ("Partner", "Kessel, Varga and Co"),
        ("Director", "Kessel, Varga and Co"),  # the stem stands for the name written before
    }
    # the date of the main clause is the seat's, not the partner's of the description
    (partner,) = find(ts, "Emma Stiles", role="Partner")
    assert partner.start is None
    # a place set off before the firm is none of its partners
    (t,) = extract("In Denver, Wertheim and Co analyst Greta Lind said prices fell.")
    assert t.org == "Wertheim and Co"


def test_a_unit_after_a_named_owner_s_possessive(extract) -> None:
    ts = extract(
        "Arne Falk, vice president of Norrland Bank AG's foreign exchange trading and "
        "treasury department, said rates fell. Lena Moor, general manager of Vantera Inc's "
        "business imaging systems division, said sales rose."
    )
    (falk,) = find(ts, "Arne Falk")
    assert falk.org == "Norrland Bank AG's foreign exchange trading and treasury department"
    assert falk.parent_org == "Norrland Bank AG"
    (moor,) = find(ts, "Lena Moor")
    assert moor.org == "Vantera Inc's business imaging systems division"
    assert moor.parent_org == "Vantera Inc"
    # a capitalized word the model left untagged describes a unit too
    (t,) = extract("Jim Lee, head of Tekna's Voip business, said prices fell.")
    assert (t.org, t.parent_org) == ("Tekna's Voip business", "Tekna")


def test_a_description_set_off_keeps_its_own_date(extract) -> None:
    ts = extract(
        "Dunmore Corp said Owen Pratt, president since 1982, was elected chief executive officer.",
        "1987-06-29",
    )
    assert {(t.role, t.start) for t in find(ts, "Owen Pratt")} == {
        ("President", "1982"),
        ("Chief Executive Officer", "1987-06"),
    }


def test_vice_chairman_of_the_board_is_no_chairman(extract) -> None:
    ts = extract("Jane Poe was named vice chairman of the board of Tolland Mills Inc.")
    assert [(t.person, t.role) for t in ts] == [("Jane Poe", "Vice Chairman")]


def test_a_successor_takes_the_titles_at_the_holding_company(extract) -> None:
    ts = extract(
        "Wexley Bancorp Inc said Ross Hale, 64, president and chief executive officer of the "
        "company and chairman of its Wexley Trust Co unit, will retire on December 31. "
        "Wexley Bancorp said Nora Bex will succeed Hale at the holding company.",
        "1987-03-02",
    )
    assert {(t.role, t.org) for t in find(ts, "Nora Bex")} == {
        ("President", "Wexley Bancorp Inc"),
        ("Chief Executive Officer", "Wexley Bancorp Inc"),
    }


def test_founders_described_by_where_they_come_from(extract) -> None:
    ts = extract(
        "Zappix Inc is ten years old. The portal has changed since it was set up by Stanford "
        "University students Dan Filo and Jerry Yeung in a trailer."
    )
    assert {(t.person, t.role, t.org) for t in find(ts, "Dan Filo") + find(ts, "Jerry Yeung")} == {
        ("Dan Filo", "Founder", "Zappix Inc"),
        ("Jerry Yeung", "Founder", "Zappix Inc"),
    }


def test_a_political_party_s_chief_heads_it(extract) -> None:
    ts = extract(
        "Shares fell after the resignation of Communist Party chief Li Wenhao. Party Time Inc "
        "chief Joe Bloggs and Federal Labour Agency chief Ann Weise said sales rose."
    )
    assert {(t.person, t.role, t.org) for t in ts} == {
        ("Li Wenhao", "Head", "Communist Party"),
        ("Joe Bloggs", "Chief Executive Officer", "Party Time Inc"),
        ("Ann Weise", "Head", "Federal Labour Agency"),
    }


def test_names_read_as_companies_by_a_title_after_them(extract) -> None:
    ts = extract(
        "Dolan Foods Inc named Fred Buckner as president and Arden Engebretsen as vice "
        "chairman. The new group will report to W.P. Stiritz, Ralston's chairman.",
        "1987-06-01",
    )
    got = {(t.person, t.role) for t in ts}
    assert ("Arden Engebretsen", "Vice Chairman") in got
    assert ("W.P. Stiritz", "Chairman") in got


def test_a_ticker_in_brackets_and_a_firm_after_a_titled_name(extract) -> None:
    ts = extract(
        'Herb Mee Jr., president of Beard Oil Co (BEC), said the offer was low. "I have mixed '
        'feelings," said analyst Dennis Telzrow of Eppler, Geurin and Turner, a Dallas '
        "brokerage.",
        "1987-06-01",
    )
    assert {(t.person, t.org) for t in ts} == {
        ("Herb Mee Jr", "Beard Oil Co"),
        ("Dennis Telzrow", "Eppler, Geurin and Turner"),
    }


def test_board_seats_read_from_the_parse(extract) -> None:
    ts = extract(
        "Iomex Corp said its president, Gabriel Fusco, resigned as president to join Sequoia "
        "Systems. Fusco was president of Iomex "
        "between April 1983 and January 1987, and will remain on the company's board of "
        "directors. Phonax Systems Inc named Eugene Mora chairman. He has been a member of "
        "Phonax's board since 1986. Crazy Lenny Inc said Sam Antar has resigned from its board "
        "and has been replaced by William Saltz, general counsel of Sundic Corp. Its chairman, "
        "Tom Hale, has appointed a new director to the board.",
        "1987-03-13",
    )
    seats = {(t.person, t.org, t.status) for t in ts if t.role == "Board Director"}
    assert not any(p == "Tom Hale" for p, _, _ in seats)  # the one who appoints
    assert ("Gabriel Fusco", "Iomex Corp", "current") in seats
    assert ("Eugene Mora", "Phonax Systems Inc", "current") in seats
    assert ("William Saltz", "Crazy Lenny Inc", "current") in seats
    # the successor takes the seat, not a title of the one who left it
    assert {t.role for t in find(ts, "William Saltz", org="Crazy Lenny Inc")} == {"Board Director"}


def test_a_surname_read_as_a_company_given_a_title_with_as(extract) -> None:
    ts = extract(
        "Stellar Tech Inc said it has appointed Robert Mathis as president, replacing Herbert "
        "Shaw, who is returning to his position at Shaw Venture Partners. Stellar said Shaw "
        "will continue as Stellar's chairman of the board.",
        "1987-06-01",
    )
    assert ("Chairman", "current") in {(t.role, t.status) for t in find(ts, "Herbert Shaw")}


def test_president_before_a_full_name_in_a_company_s_report(extract) -> None:
    ts = extract(
        "Physion Technology Inc said it expects a loss. It said President Michael R. Hall "
        "will assume the duties of chief executive officer.",
        "1987-04-01",
    )
    assert {t.role for t in find(ts, "Michael R. Hall")} == {
        "President",
        "Chief Executive Officer",
    }


def _reuters(corpus, number: str) -> tuple[str, str]:
    """A Reuters article's text and its date (from the sidecar, as kg reads it)."""
    from kg.reading import read_document

    document = read_document(corpus / "reuters" / f"{number}.txt")
    assert document.date is not None
    return document.text, document.date.isoformat()


def test_names_the_model_cuts_or_reads_as_companies_in_corpus_articles(extract, corpus) -> None:
    # "said Robert Ivy is resigning": the model tags "Robert" alone
    ts = extract(*_reuters(corpus, "6900"))
    assert {(t.person, t.role) for t in ts} >= {
        ("Robert Ivy", "President"),
        ("Robert Ivy", "Chief Executive Officer"),
    }
    # "replaced by J. Nelson Fairbanks, currently senior vice president": a company to the
    # model, whose title went to the one he replaces
    ts = extract(*_reuters(corpus, "18282"))
    assert {t.role for t in find(ts, "J. Nelson Fairbanks")} >= {
        "Senior Vice President",
        "President",
        "Chief Executive Officer",
    }
    assert not any(t.org == "J. Nelson Fairbanks" for t in ts)


def test_succeeded_as_titles_by_a_titled_name_in_a_corpus_article(extract, corpus) -> None:
    # "Colbert Jr. will be succeeded as president and chief executive officer by executive
    # vice president and chief operating officer Bert Zaccaria but will remain chairman"
    ts = extract(*_reuters(corpus, "21397"))
    assert {"President", "Chief Executive Officer"} <= {t.role for t in find(ts, "Bert Zaccaria")}
    colbert = {t.role: t.status for t in find(ts, "Lester L. Colbert Jr")}
    assert colbert["President"] == "ended" and colbert["Chairman"] == "current"


def _article(corpus, path: str) -> str:
    from kg.reading import read_document

    return read_document(corpus / path).text


def test_the_lead_s_company_is_not_the_newsroom(extract) -> None:
    ts = extract(
        "Blackburn have rejected a third bid from Rangers for Scotland captain Barry Ferguson, "
        "BBC Sport has learnt. It is thought Blackburn want £6m for the midfielder but chief "
        "executive John Williams has confirmed the talks with the striker's agent."
    )
    assert "BBC Sport" not in {t.org for t in ts}


def test_board_seats_of_a_relative_clause_and_of_names_listed_as_one_subject(extract) -> None:
    ts = extract(
        "Amvix Centers Inc said Michael Barlerin has been elected president of the company, "
        "replacing Robert S. Cohen, who will remain a member of the company's board. Amvix also "
        "said two Kayco Corp officers, Anthonie C. van Ekris and Thomas E. Hitselberger, and "
        "John C. Belknap, chief financial officer of Seligman and Latz Inc, were elected to "
        "Amvix's board.",
        "1987-06-19",
    )
    seats = {t.person: t.status for t in ts if t.role == "Board Director"}
    assert seats == {
        "Robert S. Cohen": "current",
        "Anthonie C. van Ekris": "current",
        "Thomas E. Hitselberger": "current",
        "John C. Belknap": "current",
    }
    assert {t.org for t in ts if t.role == "Board Director"} == {"Amvix Centers Inc"}


def test_the_first_words_of_a_legal_name_written_before_stand_for_it(extract, corpus) -> None:
    ts = extract(
        "Data Axis Systems Inc said David Cohen resigned. Data Axis said Phoenix chairman Martin "
        "Ackerman has been named chairman of Data Axis.",
        "1987-04-01",
    )
    assert ("Chairman", "Data Axis Systems Inc") in {(t.role, t.org) for t in ts}
    # "Diamond Shamrock's president" before "Diamond Shamrock Refining and Marketing Co": the
    # short name comes first, the parent and not the company to be named after it
    ts = extract(*_reuters(corpus, "12277"))
    assert {t.org for t in find(ts, "Charles Blackburn")} == {"Diamond Shamrock"}


def test_no_plans_and_an_award_are_no_posts(extract) -> None:
    ts = extract(
        "Acme Inc said profits rose. John Smith has no plans to become chairman. Its finance "
        "director Mary Jones has ruled out becoming chairman of the company. Tom Bell was named "
        "best manager of the year."
    )
    assert {(t.person, t.role) for t in ts} == {("Mary Jones", "Chief Financial Officer")}


def test_a_post_given_to_a_name_set_off_after_its_title(extract) -> None:
    ts = extract(
        "Yesterday, Shearwater Lehman Inc said it was elevating its chief operating officer, "
        "Jeffery Lane, to the added position of president, which had been vacant.",
        "1987-03-01",
    )
    assert {t.role for t in find(ts, "Jeffery Lane")} == {"Chief Operating Officer", "President"}


def test_a_country_s_coach_and_a_team_boss_the_model_took_for_a_company(extract, corpus) -> None:
    # "South Africa coach Stuart Baxter": in a story about sport, a country's side
    ts = extract(
        "South Africa coach Stuart Baxter said his side would win the World Cup qualifier, "
        "with the striker fit and the squad ready for the fixture."
    )
    assert ("Stuart Baxter", "Coach", "South Africa") in {(t.person, t.role, t.org) for t in ts}
    # "Newcastle boss Graeme Souness": the model reads the name as a company's, and the town
    # before the title as a place
    ts = extract(_article(corpus, "bbc-other/sport-138.txt"))
    assert ("Manager", "Newcastle") in {(t.role, t.org) for t in find(ts, "Graeme Souness")}


def test_a_firm_known_by_two_initials_before_its_title(extract) -> None:
    ts = extract(
        "Michael Rourke, A and P vice president, said the company withdrew the offer. B and C "
        "managing director Peter Goldie said Ramco would be bought. The S and P 500 index rose.",
        "1987-03-01",
    )
    assert {(t.person, t.org) for t in ts} == {
        ("Michael Rourke", "A and P"),
        ("Peter Goldie", "B and C"),
    }


def test_a_title_with_its_function_capitalized_before_a_name(extract) -> None:
    ts = extract(
        "Brenner Totalizer Systems Inc Vice President of Finance Joel Marsh said he expects "
        "an improved first quarter."
    )
    assert [(t.person, t.role, t.org) for t in ts] == [
        ("Joel Marsh", "Vice President", "Brenner Totalizer Systems Inc")
    ]


def test_names_listed_after_a_plural_title_set_off_by_commas(extract) -> None:
    ts = extract(
        "Kellway shares rose. Ten former directors at Kellway have agreed to settle a lawsuit. "
        "Two other outside "
        "former directors, Bert Holm and Francesca Gale, remain defendants, the newspaper said. "
        "Two analysts, Tom Reid and Ann Cole, said shares would fall."
    )
    assert {(t.person, t.org) for t in ts} == {
        ("Bert Holm", "Kellway"),
        ("Francesca Gale", "Kellway"),
    }
    assert all(t.role in ("Director", "Board Director") for t in ts)


def test_a_title_held_up_to_a_new_one_ends_when_the_new_one_starts(extract) -> None:
    ts = extract(
        "Norrland Mining Ltd said it appointed John Kearns as president of the company, "
        "effective immediately. A company spokesman said Patrick Hume, who previously was "
        "both president and chairman, will continue as chairman. Kearns had been executive "
        "vice-president of Norrland. Mary Ode was elected to its board. Ode had been "
        "treasurer of Norrland.",
        "1987-03-05",
    )
    ends = {(t.person, t.role): t.end for t in ts}
    assert ends[("John Kearns", "Executive Vice President")] == "1987-03-05"
    assert ends[("Patrick Hume", "President")] == "1987-03-05"
    assert ends[("Patrick Hume", "Chairman")] is None
    assert ends[("John Kearns", "President")] is None
    # a seat on the board is taken beside a title, not in its place: when the treasurer's
    # post ended is not said
    assert ends[("Mary Ode", "Treasurer")] is None


def test_a_title_left_on_no_date_ends_when_the_successor_s_starts(extract) -> None:
    ts = extract(
        "B. Carl Ames, chairman of Brixham Tool Corp, said he will step down as chief "
        "executive officer of the company. He will be replaced by David Swale, who was elected "
        "to serve as president and chief executive officer, effective April 1, the company "
        "said.",
        "1987-03-25",
    )
    ends = {(t.person, t.role): t.end for t in ts}
    assert ends[("B. Carl Ames", "Chief Executive Officer")] == "1987-04-01"
    assert ends[("B. Carl Ames", "Chairman")] is None


def test_a_successor_takes_over_the_title_a_who_had_been_clause_names(extract) -> None:
    ts = extract(
        "Quarry Oil Inc said it appointed Mark Nolan president and chief operating officer. "
        "Nolan, 42, had been president of privately-held Edgeley Refining Co. He succeeds "
        "William Pratt, Quarry's chairman, who had also been serving as president, the "
        "company said.",
        "1987-04-13",
    )
    pratt = {(t.role, t.org, t.end) for t in ts if t.person == "William Pratt"}
    # president at Quarry, not at the successor's former company; not the new COO's post
    assert ("President", "Quarry Oil Inc", "1987-04") in pratt
    assert {r for r, _, _ in pratt} == {"President", "Chairman"}


def test_a_name_the_model_misreads_is_a_person_by_what_is_said_of_it(extract) -> None:
    ts = extract(
        "Bellview Medical Corp said it named Victor Vanek as president and chief executive "
        "officer. He replaces James Skinner, the company said. Finwell Laboratories Inc said "
        "George D. Fowle Jr has resigned as president of the company and Garu Griffin "
        "resigned as treasurer, both effective March 31.",
        "1987-04-01",
    )
    people = {(t.person, t.role) for t in ts}
    assert ("James Skinner", "Chief Executive Officer") in people
    assert ("Garu Griffin", "Treasurer") in people


def test_names_the_model_misreads_in_corpus_articles(extract, corpus) -> None:
    # "But Edward E. Lucente, an IBM vice president and group executive": a company to the
    # model, known by the company's title set off after it
    ts = extract(*_reuters(corpus, "3935"))
    lucente = {(t.org, t.role) for t in find(ts, "Edward E. Lucente")}
    assert ("International Business Machines Corp", "Vice President") in lucente
    # "Romilly Humphries, S.A.Y. president and chief executive officer said": a work of art
    ts = extract(*_reuters(corpus, "2312"))
    assert {t.role for t in find(ts, "Romilly Humphries")} >= {
        "President",
        "Chief Executive Officer",
    }
    # "formerly held by J. Brion Foulke III, who retains his positions as chairman": a law
    ts = extract(*_reuters(corpus, "21156"))
    assert {t.role for t in find(ts, "J. Brion Foulke III")} >= {"Chairman"}


def test_executive_before_a_body_names_the_body_not_a_title(extract) -> None:
    ts = extract(
        "Larkin Mining Corp said Gil Leary was appointed president. The company said Walter "
        "Gross will continue as a director and executive committee member. Assisting Leary "
        "will be a newly formed executive committee."
    )
    assert {(t.person, t.role) for t in ts} == {
        ("Gil Leary", "President"),
        ("Walter Gross", "Director"),
    }


def test_a_list_of_names_each_with_its_titles(extract) -> None:
    # the titles set off after the first name are not the next name's premodifiers
    ts = extract(
        "Harlow Power Co chairman Dan Reese said two officers will retire. Reese said Ann "
        "Lyle, executive vice president and chief operating officer, Tom Berg, executive "
        "vice president and chief financial officer, have asked to retire."
    )
    assert {(t.person, t.role) for t in find(ts, "Ann Lyle")} == {
        ("Ann Lyle", "Executive Vice President"),
        ("Ann Lyle", "Chief Operating Officer"),
    }
    assert {t.role for t in find(ts, "Tom Berg")} == {
        "Executive Vice President",
        "Chief Financial Officer",
    }


def test_the_one_replaced_keeps_the_title_he_remains_in(extract) -> None:
    ts = extract(
        "Corvel Inc said it named Cody Marsh as vice president and chief financial officer, "
        "succeeding John Wolski, who remains as executive vice president."
    )
    assert {(t.role, t.status) for t in find(ts, "John Wolski")} == {
        ("Executive Vice President", "current"),
        ("Chief Financial Officer", "ended"),
    }


def test_a_firm_named_by_the_plural_of_what_its_people_do(extract, corpus) -> None:
    # "said John Westwood, managing director of oil industry analysts Douglas-Westwood": a
    # person to the model
    text = (corpus / "bbc-business" / "399.txt").read_text(encoding="utf-8")
    westwood = [(t.role, t.org) for t in extract(text) if "Westwood" in t.person]
    assert westwood == [("Managing Director", "Douglas-Westwood")]
    # not economists named for their work
    ts = extract("The plan was prepared by economists Persio Arida and Andre Lara Resende.")
    assert ts == []


def test_a_club_title_is_the_team_s(extract) -> None:
    # "club manager", "Club director": the team the story names, not the broadcaster
    ts = extract(
        "Bramley Rovers fans and club manager Dan Ruiz backed the bid. Ruiz told the BBC the "
        "squad was tired. Club director Eli Shaw held talks with Bramley Rovers on Saturday."
    )
    assert {(t.person, t.org) for t in ts} == {
        ("Dan Ruiz", "Bramley Rovers"),
        ("Eli Shaw", "Bramley Rovers"),
    }


def test_a_club_title_is_the_club_the_sentence_names(extract, corpus) -> None:
    # "The Manchester United wing revealed how club manager Sir Alex Ferguson talked him into
    # extending his Wales career", in a story that names Wales more
    ts = extract((corpus / "bbc-other" / "sport-115.txt").read_text(encoding="utf-8"))
    assert [t.org for t in ts if t.person == "Alex Ferguson"] == ["Manchester United"]


def test_a_unit_described_before_its_company(extract) -> None:
    # "of the consumer products division of Acme Corp": the unit, its company beside it
    ts = extract(
        "John Hale, president of the consumer products division of Varnex Corp, said sales "
        "rose. Ann Kerr, head of the budget and planning division of Pelham Bank Ltd, agreed. "
        "Bob Lee, head of equities trading at Corvane, did not."
    )
    got = {(t.person, t.role, t.org, t.parent_org) for t in ts}
    assert got == {
        ("John Hale", "President", "Varnex Corp's consumer products division", "Varnex Corp"),
        ("Ann Kerr", "Head", "Pelham Bank Ltd's budget and planning division", "Pelham Bank Ltd"),
        ("Bob Lee", "Head of equities trading", "Corvane", None),
    }


def test_a_company_the_model_left_untagged_after_its_kind(extract, corpus) -> None:
    # "Britain's sole feta producer, Yorkshire company Shepherds Purse Cheeses. Judy Bell,
    # the company's founder": untagged in the article, so "the company" was the BBC, told
    # something a sentence before
    ts = extract((corpus / "bbc-business" / "135.txt").read_text(encoding="utf-8"))
    assert [(t.role, t.org) for t in ts if t.person == "Judy Bell"] == [
        ("Founder", "Shepherds Purse Cheeses")
    ]


def test_a_company_the_model_took_for_a_place_before_a_scoped_title(extract) -> None:
    # "Game's UK sales director": a place to the model, a company that owns a title held by
    # the name before it
    ts = extract(
        '"Customers want it the minute it is released," said Robert Quinn, '
        "Game's UK sales director."
    )
    assert [(t.person, t.role, t.org) for t in ts] == [
        ("Robert Quinn", "Sales Director", "Game UK")
    ]


def test_a_capitalized_president_speaking_for_the_company_the_story_leads_with(extract) -> None:
    # the lead's company, not any company a head of state may speak of
    ts = extract(
        "Dorvan Laboratories Inc expects revenues to rise 12 pct in fiscal 1988, President "
        "Frederick Dorvan said. Acme Corp expects higher sales, President Ronald Reagan said."
    )
    assert {(t.person, t.role, t.org) for t in ts} == {
        ("Frederick Dorvan", "President", "Dorvan Laboratories Inc")
    }


# --- session 25: what written sentences showed ---------------------------------------------


def test_a_name_ending_in_a_line_of_business_is_a_company(extract) -> None:
    # the model reads "Fenwick Retail" and "Osprey Media" as people's names
    ts = extract(
        "Fenwick bid\n\nFenwick Retail's founder and chairman, Tony Reid, said he would fight "
        "the bid.\n\nOsprey Media is to buy a rival for $1bn, its chairman Ed Barnes said."
    )
    assert {(t.person, t.role, t.org) for t in ts} == {
        ("Tony Reid", "Founder", "Fenwick Retail"),
        ("Tony Reid", "Chairman", "Fenwick Retail"),
        ("Ed Barnes", "Chairman", "Osprey Media"),
    }


def test_a_capitalized_former_before_a_company_and_title_is_the_titles(extract) -> None:
    ts = extract(
        "Anglia hires\n\nFormer Barlow Bank boss Tom Hill has joined rival Anglia Bank as chief "
        "operating officer.",
        date="2005-03-01",
    )
    (old,) = find(ts, "Tom Hill", "Barlow Bank")
    assert old.role == "Chief Executive Officer" and old.status == "ended"
    assert find(ts, "Tom Hill", "Anglia Bank", "Chief Operating Officer")


def test_a_headline_short_name_is_no_parent_of_the_full_name(extract) -> None:
    ts = extract(
        "Quill results\n\nQuill Software's chief technology officer, Dan Orr, left last month."
    )
    (t,) = find(ts, "Dan Orr")
    assert (t.org, t.parent_org) == ("Quill Software", None)


def test_reported_future_and_planned_departures_resolve_forward(extract) -> None:
    ts = extract(
        "Moves\n\nTandor Group said Sarah Kent would become its new chief financial officer in "
        "July.\n\nGarnet Insurance chairman Ian Wood is due to retire in June.\n\nVortex Telecom "
        "chief executive Alan Price is leaving the company.",
        date="2005-03-01",
    )
    (kent,) = find(ts, "Sarah Kent")
    assert kent.start == "2005-07"
    (wood,) = find(ts, "Ian Wood")
    assert wood.end == "2005-06"
    (price,) = find(ts, "Alan Price")
    assert price.status == "ended"


# --- session 26: wire-copy appointments written for the test --------------------------------


def test_a_departure_takes_its_own_date_not_the_description_s(extract) -> None:
    ts = extract(
        "OSTRANDER CHIEF TO RETIRE\n\nOstrander Bancorp said Charles Wexley, 64, its chairman "
        "since 1978, will retire June 30.",
        date="1987-03-20",
    )
    (t,) = find(ts, "Charles Wexley")
    assert (t.start, t.end) == ("1978", "1987-06-30")


def test_a_title_moved_up_from_ends(extract) -> None:
    ts = extract(
        "NORBANK PROMOTES OFFICER\n\nNorbank Corp said Ellen Marsh was promoted to president "
        "from executive vice president.",
        date="1987-03-20",
    )
    (old,) = find(ts, "Ellen Marsh", "Norbank Corp", "Executive Vice President")
    (new,) = find(ts, "Ellen Marsh", "Norbank Corp", "President")
    assert (old.end, new.start) == ("1987-03", "1987-03")


def test_a_frequency_word_is_no_date(extract) -> None:
    ts = extract(
        "TAMWORTH CHAIRMAN\n\nTamworth Industries said Edward Crane will step down as chairman "
        "at the annual meeting in May.",
        date="1987-03-20",
    )
    (t,) = find(ts, "Edward Crane")
    assert t.end == "1987-05"


def test_an_additional_title_given_starts(extract) -> None:
    ts = extract(
        "ALDEN\n\nAlden Corp said its president, Roger Webb, has been given the additional "
        "title of chief executive officer.",
        date="1987-03-20",
    )
    (t,) = find(ts, "Roger Webb", "Alden Corp", "Chief Executive Officer")
    assert t.start == "1987-03"


def test_hired_as_its_title_at_a_firm_named_partners(extract) -> None:
    # the model tags "Partners" alone, as a title
    ts = extract(
        "FENWAY NAMES CFO\n\nFenway Partners said it hired David Sun, 41, as its chief "
        "financial officer. Sun had been treasurer of Boston Edison Co since 1982.",
        date="1987-03-20",
    )
    (cfo,) = find(ts, "David Sun", role="Chief Financial Officer")
    assert (cfo.org, cfo.start) == ("Fenway Partners", "1987-03")
    (old,) = find(ts, "David Sun", role="Treasurer")
    assert old.org == "Boston Edison Co"


def test_joined_the_company_as_after_a_description(extract) -> None:
    ts = extract(
        "PENROSE\n\nPenrose Inc said Laura King, formerly a partner at the accounting firm "
        "Arthur Andersen, joined the company as chief financial officer.",
        date="1987-03-20",
    )
    assert find(ts, "Laura King", "Penrose Inc", "Chief Financial Officer")


def test_replacing_takes_the_titles_just_given_not_one_taken_long_ago(extract) -> None:
    ts = extract(
        "HALE NAMES NEW CHIEF\n\nHale Instruments Corp said Vincent Rowe, who joined the "
        "company in 1984 as vice president of sales, has been named president and chief "
        "executive officer. He replaces Karl Beck, who resigned in January.",
        date="1987-03-20",
    )
    assert {(t.role, t.end) for t in find(ts, "Karl Beck")} == {
        ("President", "1987-01"),
        ("Chief Executive Officer", "1987-01"),
    }


def test_elected_to_succeed_him_takes_the_titles_he_left(extract) -> None:
    ts = extract(
        "ACME PRESIDENT RESIGNS\n\nAcme Cleveland Corp said Bruce Hart resigned as president "
        "and chief operating officer effective April 15 and that executive vice president Sam "
        "Ross was elected to succeed him. Kell Corp said Dan Moss resigned as chairman. The "
        "board has named Amy Lowe to succeed him.",
        date="1987-03-20",
    )
    assert {(t.role, t.start) for t in find(ts, "Sam Ross") if t.start} == {
        ("President", "1987-04-15"),
        ("Chief Operating Officer", "1987-04-15"),
    }
    (lowe,) = find(ts, "Amy Lowe")
    assert (lowe.role, lowe.org) == ("Chairman", "Kell Corp")


def test_a_board_seat_for_each_name_elected_with_a_description(extract) -> None:
    ts = extract(
        "DELTA\n\nDelta Woodside Industries said shareholders elected James Moore, president "
        "of First Carolina Bank, and Edith Lowell, a Greenville attorney, to its board of "
        "directors.",
        date="1987-03-20",
    )
    assert {(t.person, t.role) for t in ts if t.org == "Delta Woodside Industries"} == {
        ("James Moore", "Board Director"),
        ("Edith Lowell", "Board Director"),
    }


def test_the_titles_of_a_list_after_they_are(extract) -> None:
    ts = extract(
        "MAPLEWOOD BANCORP NAMES OFFICERS\n\nMaplewood Bancorp said it named three new "
        "officers. They are John Ruiz, senior vice president; Amy Chen, vice president and "
        "controller; and Paul Ortiz, treasurer.",
        date="1987-03-20",
    )
    assert {(t.person, t.role, t.org, t.start) for t in ts} == {
        ("John Ruiz", "Senior Vice President", "Maplewood Bancorp", "1987-03"),
        ("Amy Chen", "Vice President", "Maplewood Bancorp", "1987-03"),
        ("Amy Chen", "Controller", "Maplewood Bancorp", "1987-03"),
        ("Paul Ortiz", "Treasurer", "Maplewood Bancorp", "1987-03"),
    }


def test_she_is_not_a_man_named_before_her(extract) -> None:
    # "Peter" is a man's name: "she" is Julia Marsh, named before him
    ts = extract(
        "Brewer names new boss\n\nBrewing group Harcastle has appointed its finance director, "
        "Julia Marsh, as chief executive.\n\nMs Marsh, 46, takes over from Peter Quinn, who is "
        "retiring after 11 years in the job. Before joining Harcastle in 2001 she was finance "
        "director at the drinks firm Vantor.",
        date="2005-02-10",
    )
    assert find(ts, "Julia Marsh", "Vantor")
    assert not find(ts, "Peter Quinn", "Vantor")
    (quinn,) = find(ts, "Peter Quinn")
    assert (quinn.org, quinn.role, quinn.status) == (
        "Harcastle",
        "Chief Executive Officer",
        "ended",
    )


def test_recruited_as_its_title_is_the_recruiter_s(extract) -> None:
    ts = extract(
        "Search firm poaches engineer\n\nInternet search company Findly has recruited Yahoo's "
        "head of search technology, Anil Rao, as its chief technology officer.",
        date="2005-02-10",
    )
    (cto,) = find(ts, "Anil Rao", role="Chief Technology Officer")
    assert (cto.org, cto.start) == ("Findly", "2005-02")


def test_hired_to_head_its_unit(extract) -> None:
    ts = extract(
        "Games firm hires\n\nVideo games publisher Redline Studios has hired former Sony "
        "executive Mark Bell to head its European operations.",
        date="2005-02-10",
    )
    (head,) = find(ts, "Mark Bell", role="Head")
    assert (head.parent_org, head.start) == ("Redline Studios", "2005-02")
    assert "European operations" in head.org


def test_co_founded_the_kind_of_company_the_story_names(extract) -> None:
    ts = extract(
        "Airline boss to leave\n\nThe chief executive of budget airline FlyQuick, Tom Wren, is "
        "to step down at the end of the year.\n\nMr Wren, who co-founded the airline in 1996, "
        "said he wanted to spend more time with his family.",
        date="2005-02-10",
    )
    (founder,) = find(ts, "Tom Wren", "FlyQuick", "Founder")
    assert founder.start == "1996"


def test_the_only_company_a_story_names_is_its_topic(extract) -> None:
    ts = extract(
        "Retailer's founder steps aside\n\nToby Grant, who founded fashion chain Pellow in 1989, "
        "is to hand over the running of the business to his deputy, Sarah Hale.\n\nMr Grant "
        "will become non-executive chairman in April, while Ms Hale becomes chief executive.",
        date="2005-02-10",
    )
    assert find(ts, "Toby Grant", "Pellow", "Chairman")
    (hale,) = find(ts, "Sarah Hale", "Pellow", "Chief Executive Officer")
    assert hale.start == "2005-04"


def test_a_unit_named_with_and_between_its_and_unit(extract) -> None:
    ts = extract(
        "GENERAL SIGNAL\n\nGeneral Signal Corp said Paul Olson resigned as president of its "
        "Leeds and Northrup unit. Acme said its Texas and Ohio operations were sold.",
        date="1987-03-20",
    )
    (t,) = find(ts, "Paul Olson")
    assert (t.org, t.parent_org, t.status) == ("Leeds and Northrup", "General Signal Corp", "ended")


def test_a_given_name_set_off_after_a_title_is_a_person(extract) -> None:
    # the model reads "Nadia Petrova" as an organization
    ts = extract(
        "Tech firm in profit warning\n\nShares in software firm Calyx fell 20% after it warned "
        'on profits.\n\n"Trading has been tough," said Calyx\'s chief executive, Nadia Petrova.',
        date="2005-02-10",
    )
    assert {(t.person, t.role, t.org) for t in ts} == {
        ("Nadia Petrova", "Chief Executive Officer", "Calyx")
    }


def test_hired_as_its_title_past_a_company_in_the_description(extract) -> None:
    ts = extract(
        "Insurer hires finance chief\n\nKelso Insurance has hired Fiona Blake, the former head "
        "of finance at rival Marden Life, as its finance director.\n\nMs Blake will start on 1 "
        "March. She replaces Graham Hunt, who was ousted in December.",
        date="2005-02-10",
    )
    assert find(ts, "Fiona Blake", "Kelso Insurance", "Chief Financial Officer")
    assert not [t for t in ts if t.person == "Marden Life"]
    (hunt,) = find(ts, "Graham Hunt")
    assert (hunt.role, hunt.end) == ("Chief Financial Officer", "2004-12")


def test_a_month_with_the_simple_present_is_the_nearest(extract) -> None:
    ts = extract(
        "Phone maker poaches executive\n\nHandset maker Nokton has poached Jim Carver from "
        "rival Telvia.\n\nMr Carver becomes head of sales at Nokton in April.",
        date="2005-02-10",
    )
    (t,) = find(ts, "Jim Carver", "Nokton")
    assert t.start == "2005-04"


def test_a_short_name_is_the_bank_named_in_full(extract) -> None:
    ts = extract(
        "Bank boss quits\n\nAlan Ross quit as Thornbury Bank's chief executive last week.\n\n"
        "Mr Ross, who took over as chief executive of Thornbury in 2002, will be replaced by "
        "the bank's chairman, Lord Weston.",
        date="2005-02-10",
    )
    (ross,) = find(ts, "Alan Ross")
    assert (ross.org, ross.start, ross.status) == ("Thornbury Bank", "2002", "ended")


def test_secretary_beside_a_company_title_is_the_company_s(extract) -> None:
    ts = extract(
        "BRENT NAMES COUNSEL\n\nBrent Chemicals Corp named Rita Moreno vice president, general "
        "counsel and secretary. Acme Corp named Tom Bell secretary and treasurer. Foreign "
        "Secretary Jack Straw met the secretary of state for trade, Patricia Hewitt.",
        date="1987-03-20",
    )
    assert {t.role for t in find(ts, "Rita Moreno", "Brent Chemicals Corp")} == {
        "Vice President",
        "General Counsel",
        "Secretary",
    }
    assert {t.role for t in find(ts, "Tom Bell", "Acme Corp")} == {"Secretary", "Treasurer"}
    assert not find(ts, "Jack Straw") and not find(ts, "Patricia Hewitt")


def test_the_appointment_of_a_name_as_a_title(extract) -> None:
    # the model reads "Lionel Scott" as an organization
    ts = extract(
        "ARGYLE ANNOUNCES APPOINTMENT\n\nArgyle Mining Corp announced the appointment of "
        "Lionel Scott as president and chief operating officer, effective April 1.",
        date="1987-03-20",
    )
    assert {(t.role, t.start) for t in find(ts, "Lionel Scott", "Argyle Mining Corp")} == {
        ("President", "1987-04-01"),
        ("Chief Operating Officer", "1987-04-01"),
    }


def test_units_of_a_company_referred_to(extract) -> None:
    ts = extract(
        "PARKER NAMES HEADS\n\nParker Drilling Co said Jean Hall was named president of its "
        "newly formed Parker Offshore subsidiary. Randall Bancorp said Victor Hale was elected "
        "chairman of Randall National Bank, the company's principal banking subsidiary. "
        "Quantum Chemical Corp said Leon Burt will head the company's European operations.",
        date="1987-03-20",
    )
    (hall,) = find(ts, "Jean Hall")
    assert (hall.org, hall.parent_org) == ("Parker Offshore", "Parker Drilling Co")
    (hale,) = find(ts, "Victor Hale")
    assert (hale.org, hale.parent_org) == ("Randall National Bank", "Randall Bancorp")
    (burt,) = find(ts, "Leon Burt")
    assert (burt.role, burt.parent_org) == ("Head", "Quantum Chemical Corp")
    assert burt.org == "Quantum Chemical Corp's European operations"


def test_a_country_s_president_is_no_company_s(extract) -> None:
    ts = extract(
        "Iran budget\n\nIran's president, Mohammad Khatami, has unveiled a budget.\n\nMr "
        "Khatami's second term as president ends on 1 August. The Expediency Council backed "
        "his policy.",
        date="2005-01-10",
    )
    assert not ts


def test_a_lone_name_no_company_s_is_no_topic(extract) -> None:
    # a newsroom and a sponsor named once: no title defaults to them
    ts = extract(
        "Edelman upbeat\n\nManaging director Keith Edelman said the club was in good shape, "
        "BBC Sport understands.",
        date="2005-02-10",
    )
    assert not ts


def test_a_unit_s_parent_is_a_company_not_another_unit(extract) -> None:
    ts = extract(
        "RAINIER NAMES UNIT EXEC\n\nRainier Bancorp said Allan Nichols, head of its Consumer "
        "Banking Division, has resigned. Williams is currently head of its Corporate Banking "
        "division, Rainier said.",
        date="1987-03-20",
    )
    assert "Consumer Banking Division" not in {t.parent_org for t in ts}


# --- session 27: successions and dates said apart from the appointment -----------------------


def test_to_be_replaced_by_hands_over_the_titles_left(extract) -> None:
    ts = extract(
        "BRENTWOOD FOODS CHIEF TO RETIRE\n\nBrentwood Foods Inc said Harold Finch will retire "
        "as chairman and chief executive officer at the end of the year, to be replaced by "
        "deputy chairman Alan Myers.",
        date="1987-06-02",
    )
    for title in ("Chairman", "Chief Executive Officer"):
        (old,) = find(ts, "Harold Finch", "Brentwood Foods Inc", title)
        (new,) = find(ts, "Alan Myers", "Brentwood Foods Inc", title)
        assert (old.end, new.start, new.status) == ("1987-12", "1987-12", "announced")


def test_a_title_relinquished_to_someone_passes_to_them(extract) -> None:
    ts = extract(
        "HALVERSON\n\nHalverson Corp said chairman Martin Kessler will relinquish the post of "
        "chief executive officer to president Donna Reyes on July 1.\n    Kessler, 64, will "
        "remain chairman.",
        date="1987-04-14",
    )
    (old,) = find(ts, "Martin Kessler", "Halverson Corp", "Chief Executive Officer")
    (new,) = find(ts, "Donna Reyes", "Halverson Corp", "Chief Executive Officer")
    assert (old.end, new.start) == ("1987-07-01", "1987-07-01")
    (chair,) = find(ts, "Martin Kessler", "Halverson Corp", "Chairman")
    assert chair.end is None


def test_a_post_handed_over_to_a_named_successor(extract) -> None:
    ts = extract(
        "Brentwood Foods Inc said chairman Harold Finch will hand over the post of chief "
        "executive to Alan Myers.",
        date="1987-06-02",
    )
    assert find(ts, "Alan Myers", "Brentwood Foods Inc", "Chief Executive Officer")
    (old,) = find(ts, "Harold Finch", "Brentwood Foods Inc", "Chief Executive Officer")
    assert old.status in ("ended", "ending")


@pytest.mark.parametrize(
    "after",
    [
        "She will start on March 1.",
        "The appointment takes effect on March 1.",
        "Blake's appointment is effective March 1.",
        "Blake, who takes up her new post on March 1, was finance director of Dunmore Foods.",
    ],
)
def test_a_start_date_said_in_a_sentence_of_its_own(extract, after: str) -> None:
    ts = extract(
        f"Pellow Corp has appointed Sarah Blake as its new finance director. {after}",
        date="1987-02-10",
    )
    (t,) = find(ts, "Sarah Blake", "Pellow Corp")
    assert t.start == "1987-03-01"


def test_an_earlier_career_does_not_date_the_appointment(extract) -> None:
    ts = extract(
        "Pellow Corp has appointed Sarah Blake as its new finance director. She joined the "
        "company in 1980 and started in its treasury in 1982.",
        date="1987-02-10",
    )
    (t,) = find(ts, "Sarah Blake", "Pellow Corp", "Chief Financial Officer")
    assert t.start == "1987-02"


def test_a_resignation_effective_later_dates_the_end(extract) -> None:
    ts = extract(
        "Pellow Corp said Tom Hart has resigned as finance director. His resignation is "
        "effective March 1.",
        date="1987-02-10",
    )
    (t,) = find(ts, "Tom Hart", "Pellow Corp")
    assert t.end == "1987-03-01"


def test_a_bank_holding_company_cut_by_the_model_is_named_whole(extract) -> None:
    ts = extract(
        "BAYSHORE BANCORP <BSBC.O> ELECTS DIRECTOR\n\nBayshore Bancorp said its board elected\n"
        "Lillian Chao, a partner in the accounting firm Merritt and\nAmes, as a director to fill "
        "the vacancy created by the death\nlast month of Robert F. Gaines.\n    Gaines, a retired "
        "shipping executive, had served on the\nboard since the bank holding company was formed "
        "in 1972.",
        date="1987-04-07",
    )
    assert find(ts, "Lillian Chao", "Bayshore Bancorp")
    (seat,) = find(ts, "Robert F. Gaines")  # no "Executive" of the bank: of some shipping firm
    assert (seat.org, seat.start, seat.end) == ("Bayshore Bancorp", "1972", "1987-03")


def test_a_since_clause_of_another_verb_dates_no_title(extract) -> None:
    ts = extract(
        "Smart has lost money since it started trading in 1998, said Mercedes chief executive "
        "Eckhard Cordes.",
        date="2005-01-10",
    )
    (t,) = find(ts, "Eckhard Cordes", "Mercedes")
    assert t.start is None


def test_a_unit_the_model_split_is_one_name_each_time(extract) -> None:
    ts = extract(
        "NORBECK MILLS UNIT HAS NEW PRESIDENT\n\nNorbeck Mills Inc said Gerald T. Ashby was named "
        "president of its Prairie Feeds subsidiary, succeeding Leon Kowalczyk.\n    Ashby had been "
        "Prairie Feeds' vice president of sales since 1984.",
        date="1987-01-20",
    )
    (new,) = find(ts, "Gerald T. Ashby", "Prairie Feeds", "President")
    assert new.parent_org == "Norbeck Mills Inc"
    assert find(ts, "Leon Kowalczyk", "Prairie Feeds", "President")
    (old,) = find(ts, "Gerald T. Ashby", "Prairie Feeds", "Vice President")
    assert old.start == "1984"


def test_an_additional_post_given_past_an_appositive(extract) -> None:
    ts = extract(
        "Gateway Shoe Co said the board named Dorothy Lang, the company's treasurer, to the "
        "additional post of vice president-finance.",
        date="1987-04-28",
    )
    assert find(ts, "Dorothy Lang", "Gateway Shoe Co", "Treasurer")
    (t,) = find(ts, "Dorothy Lang", "Gateway Shoe Co", "Vice President")
    assert t.start == "1987-04"


def test_staying_on_as_chairman_until_a_meeting(extract) -> None:
    ts = extract(
        "Halvorsen Industries Inc said Martin Keegan will succeed Douglas Fairweather as chief "
        "executive officer effective March 1.\n    Fairweather, 64, who has been chief executive "
        "since 1979, will stay on as chairman until the annual meeting in May.",
        date="1987-02-10",
    )
    (t,) = find(ts, "Douglas Fairweather", "Halvorsen Industries Inc", "Chairman")
    assert t.end == "1987-05"


def test_titles_listed_after_names_each_stay_with_their_name(extract) -> None:
    ts = extract(
        "Harborside Instruments Corp said it named Paul R. Iverson senior vice president-finance "
        "and chief financial officer, Ruth A. Stavros vice president and general counsel, and "
        "Kenneth Oduya treasurer.\n    Iverson, who will join the company next month, was "
        "formerly controller of Bayline Electronics Inc.\n    Stavros comes from the Boston law "
        "firm Whitcomb and Pell, where she had been a partner since 1979.",
        date="1987-03-13",
    )
    (cfo,) = find(ts, "Paul R. Iverson", "Harborside Instruments Corp", "Chief Financial Officer")
    assert cfo.start == "1987-04"
    assert not find(ts, "Ruth A. Stavros", None, "Chief Financial Officer")
    (partner,) = find(ts, "Ruth A. Stavros", None, "Partner")
    assert (partner.org, partner.start) == ("Whitcomb and Pell", "1979")


def test_a_plant_of_the_company_is_its_unit(extract) -> None:
    ts = extract(
        "Maplecrest Holdings Ltd said Jean-Marc Tremblay has been appointed head of its "
        "packaging division. Tremblay, 44, was previously general manager of the company's "
        "Montreal plant.",
        date="1987-04-14",
    )
    (t,) = find(ts, "Jean-Marc Tremblay", None, "General Manager")
    assert (t.org, t.parent_org) == (
        "Maplecrest Holdings Ltd's Montreal plant",
        "Maplecrest Holdings Ltd",
    )


def test_a_title_held_from_one_year_to_another(extract) -> None:
    ts = extract(
        "Elliott V. Marsh, who led Cranston Chemical Corp through its postwar expansion, died "
        "Sunday. Marsh joined Cranston as a research chemist in 1934, was chairman from 1965 to "
        "1978 and remained a director until 1983, the company said.",
        date="1987-04-14",
    )
    (t,) = find(ts, "Elliott V. Marsh", "Cranston Chemical Corp", "Chairman")
    assert (t.start, t.end) == ("1965", "1978")


def test_a_deputy_holds_no_top_title(extract) -> None:
    ts = extract(
        "Supermarket chain Harwood Stores has appointed Mark Ellison as chief executive. "
        "Mr Ellison will join Harwood from rival grocer Brightmart, where he has been finance "
        "director since 2001. Brightmart said its deputy finance director, Laura Fenwick, would "
        "cover the role in the meantime.",
        date="2005-01-10",
    )
    (old,) = find(ts, "Mark Ellison", "Brightmart")
    assert (old.role, old.start) == ("Chief Financial Officer", "2001")
    (deputy,) = find(ts, "Laura Fenwick", "Brightmart")
    assert (deputy.role, deputy.role_text) == (None, "deputy finance director")


def test_the_kind_a_company_was_introduced_as_names_it_again(extract) -> None:
    ts = extract(
        "German insurance group Vollmar is to cut 900 jobs at its UK arm. The cuts at Vollmar "
        "UK will fall mainly at call centres. Jane Priddy, chief executive of Vollmar UK, said "
        "the decision had been painful.\n\nThe group's chief executive, Dieter Hansmann, "
        "announced the programme in Munich. He said Vollmar would also review its loss-making "
        "US division, Vollmar America, whose president, Gregory Sallis, left the company in "
        "June.",
        date="2005-01-10",
    )
    assert find(ts, "Dieter Hansmann", "Vollmar", "Chief Executive Officer")
    assert find(ts, "Jane Priddy", "Vollmar UK", "Chief Executive Officer")
    assert find(ts, "Gregory Sallis", "Vollmar America", "President")


def test_a_company_named_by_its_first_word_after_its_full_name(extract) -> None:
    ts = extract(
        "Scottish and Newcastle is to buy 37.5% of India's United Breweries. S&N will buy a "
        "stake in United, maker of the well-known Kingfisher lager brand. A similar holding "
        "will be controlled by Vijay Mallya, chair of the Indian firm.",
        date="2005-01-10",
    )
    (t,) = find(ts, "Vijay Mallya")
    assert t.org == "United Breweries"


def test_a_department_store_is_no_government_department(extract) -> None:
    ts = extract(
        "Federated Department Stores is to buy rival May Department Stores for $11bn. May's "
        "chairman and chief executive Gene Kahn resigned in January.",
        date="2005-03-01",
    )
    assert find(ts, "Gene Kahn", "May Department Stores", "Chairman")


def test_a_company_named_for_its_founder_stays_a_company(extract) -> None:
    ts = extract(
        "Fashion chain boss quits\n\nThe chief executive of fashion retailer Pomeroy has "
        "resigned after a disappointing Christmas, the company has said.\n\nClaire Moffat, 41, "
        "will leave at the end of the month. She joined the firm in 2001.\n\nLike-for-like "
        "sales fell 6% over the six weeks to 8 January.\n\nShe will be succeeded by Tim Gable, "
        "who is currently managing director of its Irish business.\n\nPomeroy's founder, "
        "Edward Pomeroy, declined to comment.",
    )
    (old,) = find(ts, "Claire Moffat", "Pomeroy", "Chief Executive Officer")
    assert old.status == "ended"
    (new,) = find(ts, "Tim Gable", "Pomeroy", "Chief Executive Officer")
    assert new.status == "announced"
    assert find(ts, "Edward Pomeroy", "Pomeroy", "Founder")


def test_a_merged_company_and_its_parts_read_as_names(extract) -> None:
    ts = extract(
        "Two building materials firms, Caldon and Westmere, have agreed to merge. The combined "
        "company, to be called Caldon Westmere, will have 6,500 staff.\n\nWestmere chief "
        "executive Philip Ansty will run the enlarged business. Westmere's chairman, John "
        "Ridley, will stay on as deputy chairman.",
        date="2005-01-10",
    )
    assert find(ts, "Philip Ansty", "Westmere", "Chief Executive Officer")
    assert find(ts, "John Ridley", "Westmere", "Chairman")


def test_a_state_after_a_town_is_no_company(extract) -> None:
    ts = extract(
        "PINECREST BUILDERS EXECUTIVES DIE IN CRASH\n\nThree executives of Pinecrest Builders "
        "Inc were killed Saturday when their company plane crashed near Roanoke, Va., the "
        "company said.\n    Pinecrest said its chairman, Franklin Noyes, would serve as "
        "president until a successor is named.",
        date="1987-10-12",
    )
    (t,) = find(ts, "Franklin Noyes", None, "Chairman")
    assert t.org == "Pinecrest Builders Inc"


def test_a_director_with_a_seat_holds_one_tenure(extract) -> None:
    ts = extract(
        "Summit Peak Minerals Corp said two directors, Harvey L. Stiles and Joan Petrakis, "
        "resigned from its board.\n    Stiles had been a director since 1979.",
        date="1987-07-28",
    )
    (t,) = find(ts, "Harvey L. Stiles")
    assert (t.role, t.start, t.end) == ("Board Director", "1979", "1987-07")


def test_the_union_described_is_the_union_named(extract) -> None:
    ts = extract(
        "Members of the Amalgamated Freight Handlers Union ratified a contract with Midcontinent "
        "Carriers Inc.\n    Joseph T. Kaminski, president of the 6,000-member union, said the "
        "pact preserves existing wage rates.",
        date="1987-03-02",
    )
    (t,) = find(ts, "Joseph T. Kaminski")
    assert t.org == "Amalgamated Freight Handlers Union"


def test_a_title_at_the_holding_company_beside_one_at_its_bank(extract) -> None:
    ts = extract(
        "FAIRHAVEN BANCORP NAMES BANK PRESIDENT\n\nFairhaven Bancorp said Donald Ruiz was elected "
        "president of its principal subsidiary, Fairhaven National Bank, and vice chairman of "
        "the holding company.",
        date="1987-10-07",
    )
    assert find(ts, "Donald Ruiz", "Fairhaven National Bank", "President")
    assert find(ts, "Donald Ruiz", "Fairhaven Bancorp", "Vice Chairman")


def test_founders_set_off_after_a_description_of_them(extract) -> None:
    ts = extract(
        "US software company Veridane Systems has bought Cambridge-based search technology firm "
        "Quillon. Quillon was co-founded in 1999 by two Cambridge University graduates, Priya "
        "Nair and Owen Lusk, who developed software.",
        date="2005-01-10",
    )
    for name in ("Priya Nair", "Owen Lusk"):
        (t,) = find(ts, name, "Quillon", "Founder")
        assert t.start == "1999"


def test_who_founded_a_company_described_before_its_name(extract) -> None:
    ts = extract(
        "Declan Moran, who founded low-cost airline Skyvale in 1996 with a single leased "
        "aircraft, has unveiled plans to double the size of its fleet.",
        date="2005-01-10",
    )
    (t,) = find(ts, "Declan Moran", "Skyvale", "Founder")
    assert t.start == "1996"


def test_a_new_post_told_after_a_departure_is_not_ended_by_it(extract) -> None:
    ts = extract(
        "Mina Karimi, the artistic director of the Harbourside Film Festival, is to step down "
        "after this year's event. She will become director of the National Screen Archive, "
        "succeeding Peter Nuttall, who retires in September.",
        date="2005-01-10",
    )
    (old,) = find(ts, "Mina Karimi", "Harbourside Film Festival")
    (new,) = find(ts, "Mina Karimi", "National Screen Archive")
    assert (old.status, new.status) == ("ended", "announced")


def test_the_festival_founded_is_the_festival_named(extract) -> None:
    ts = extract(
        "International films will be given prominence at next year's Sundance Film Festival. "
        "Forty-two films will debut at Sundance, including The Liberace of Baghdad by British "
        "director Sean McAllister. The prestigious festival was founded by actor Robert Redford "
        "in 1981.",
        date="2004-12-01",
    )
    (t,) = find(ts, "Robert Redford", None, "Founder")
    assert (t.org, t.start) == ("Sundance Film Festival", "1981")


def test_a_company_named_in_its_units_name_is_named(extract) -> None:
    ts = extract(
        "Kaiser Steel Corp's plant in Napa has been purchased by Oregon Steel Mills.\n    James "
        "Mccaughey, former vice president of sales for Kaiser, has been named general manager "
        "for the plant, Oregon Steel said.",
        date="1987-10-01",
    )
    (t,) = find(ts, "James Mccaughey", None, "Vice President")
    assert t.org == "Kaiser Steel Corp"


def test_a_unit_named_after_its_parent_keeps_the_parents_short_name_apart(extract) -> None:
    ts = extract(
        "Engineering group Delmont has issued a profit warning.\n\nDelmont boss Richard Haye "
        "said profits would be about £38m.\n\nThe problems are centred on the company's US "
        "division, Delmont Flow Systems, which has been hit by a fall in orders. The division's "
        "president, Carl Moritz, has been asked to draw up a cost-cutting plan.",
        date="2005-01-10",
    )
    assert find(ts, "Richard Haye", "Delmont", "Chief Executive Officer")
    (t,) = find(ts, "Carl Moritz", None, "President")
    assert (t.org, t.parent_org) == ("Delmont Flow Systems", "Delmont")


def test_a_death_ends_the_posts_held(extract) -> None:
    ts = extract(
        "KEYSTONE ALLOY CHAIRMAN DIES\n\nKeystone Alloy Corp said its chairman, Raymond P. "
        "Delahunt, died yesterday at his home. He was 71.\n    Delahunt joined the specialty "
        "steel maker in 1946 as a metallurgist and served as chief executive officer from 1968 "
        "until 1984.",
        date="1987-02-03",
    )
    (chair,) = find(ts, "Raymond P. Delahunt", "Keystone Alloy Corp", "Chairman")
    assert (chair.end, chair.status) == ("1987-02-02", "ended")
    (ceo,) = find(ts, "Raymond P. Delahunt", "Keystone Alloy Corp", "Chief Executive Officer")
    assert (ceo.start, ceo.end) == ("1968", "1984")


# --- session 28: titles set side by side before a name, a second title after "the company" ---


def test_a_function_outside_the_scheme_after_and_keeps_the_title_before_it(extract) -> None:
    ts = extract(
        "Halvorsen Motor Co Vice President and chief labor negotiator Peter Lund recently told "
        "Reuters that the bargaining round would be difficult.",
        date="1987-06-01",
    )
    (t,) = find(ts, "Peter Lund", None, "Vice President")
    assert t.org == "Halvorsen Motor Co"


def test_two_titles_set_side_by_side_before_a_name_are_both_held(extract) -> None:
    ts = extract(
        "Brantley Airlines Inc vice president general counsel Joan Ferris said the filings "
        "were complete.",
        date="1987-06-01",
    )
    assert {t.role for t in find(ts, "Joan Ferris", "Brantley Airlines Inc")} == {
        "Vice President",
        "General Counsel",
    }


def test_a_title_and_the_company_before_a_second_title_of_another_company(extract) -> None:
    ts = extract(
        "Corvell Industries Inc said Arthur Penn, vice president and group executive of the "
        "company, and president of its paper subsidiary, Corvell Paper Inc, is resigning.",
        date="1987-06-01",
    )
    (t,) = find(ts, "Arthur Penn", None, "President")
    assert (t.org, t.parent_org) == ("Corvell Paper Inc", "Corvell Industries Inc")
    assert find(ts, "Arthur Penn", "Corvell Industries Inc", "Vice President")


def test_a_clause_after_and_is_not_a_title_listed_before_a_name(extract) -> None:
    ts = extract(
        "Dalton Systems Inc said president Mary Lowe will succeed Hart as chairman and chief "
        "executive and senior vice president Tom Reyes will become president.",
        date="1987-06-01",
    )
    assert not find(ts, "Tom Reyes", None, "Chief Executive Officer")
    assert find(ts, "Tom Reyes", None, "Senior Vice President")


def test_him_after_a_verb_of_naming_is_given_the_title(extract) -> None:
    ts = extract(
        "Corbin Tool Corp said it has elected Alan Pryce a vice president and named him chief "
        "financial officer, replacing Dale Moss, who took early retirement.",
        date="1987-03-10",
    )
    (vp,) = find(ts, "Alan Pryce", "Corbin Tool Corp", "Vice President")
    assert vp.start == "1987-03"
    assert find(ts, "Alan Pryce", "Corbin Tool Corp", "Chief Financial Officer")
    assert not find(ts, "Dale Moss", None, "Vice President")


def test_a_short_name_reporting_is_the_company_not_a_place(extract) -> None:
    ts = extract(
        "Mid State Freight Inc said it proposed a plan of reorganization to its creditors.\n"
        "    Mid State also said that after a judgment in Hennepin County District Court, Ray "
        "Dorsey, its former chairman and chief executive officer, started actions to claim "
        "severance benefits.",
        date="1987-03-10",
    )
    (t,) = find(ts, "Ray Dorsey", None, "Chairman")
    assert (t.org, t.status) == ("Mid State Freight Inc", "ended")


def test_a_calling_at_a_described_firm_before_a_title(extract) -> None:
    ts = extract(
        "Dale Whitford, a consultant with Harlan Oil Co, a subsidiary of Brennard Petroleum, "
        "and president of the Offshore Drilling Society, said demand was rising.",
        date="1987-03-10",
    )
    (t,) = find(ts, "Dale Whitford", None, "President")
    assert t.org == "Offshore Drilling Society"


def test_names_listed_after_they_are_hold_the_plural_title_before(extract) -> None:
    ts = extract(
        "Harlow Marine Inc said its chairman resigned in December.\n    The company also "
        "elected two directors. They are Peter Quinlan and Martin Grove. The board now has "
        "seven members.",
        date="1987-01-15",
    )
    for name in ("Peter Quinlan", "Martin Grove"):
        (t,) = find(ts, name, "Harlow Marine Inc", "Director")
        assert t.start == "1987-01"


def test_they_are_after_no_plural_title_gives_nothing(extract) -> None:
    ts = extract(
        "Harlow Marine Inc said two shareholders have sold their stakes. They are Peter "
        "Quinlan and Martin Grove.",
        date="1987-01-15",
    )
    assert not find(ts, "Peter Quinlan")


def test_a_unit_that_names_someone_is_the_titles_organization(extract) -> None:
    ts = extract(
        "Corvell Industries Inc said its Delmar Plastics unit named John Avery president, "
        "succeeding Tom Reade, who retired.",
        date="1987-05-04",
    )
    (t,) = find(ts, "John Avery", None, "President")
    assert (t.org, t.parent_org) == ("Delmar Plastics", "Corvell Industries Inc")


def test_a_company_that_names_someone_to_its_own_title_keeps_it(extract) -> None:
    ts = extract("Corvell Industries Inc said it named John Avery president.", date="1987-05-04")
    (t,) = find(ts, "John Avery", None, "President")
    assert t.org == "Corvell Industries Inc"


def test_a_title_listed_after_as_well_as_is_held_too(extract) -> None:
    ts = extract(
        "Brandt Engine Co said it has been sold to a group of investors led by Carl Ostrow. "
        "The company said it will change its name to Brandt Motors Inc, and Ostrow will be "
        "the majority interest owner, as well as the president and chief executive officer.",
        date="1987-03-02",
    )
    assert {t.role for t in find(ts, "Carl Ostrow", "Brandt Engine Co")} >= {
        "President",
        "Chief Executive Officer",
    }


def test_a_successor_takes_the_post_left_not_the_one_just_given(extract) -> None:
    ts = extract(
        "Halden Instruments Inc said its president, Mark Tolley, has been named chairman. "
        "Tolley will be succeeded by Anne Ferris, previously executive vice president.",
        date="1987-03-02",
    )
    assert find(ts, "Anne Ferris", "Halden Instruments Inc", "President")
    assert not find(ts, "Anne Ferris", None, "Chairman")


def test_the_one_whose_leaving_a_title_waits_for_held_it(extract) -> None:
    ts = extract(
        "Carrow Foods Inc said president and chief executive officer Dale Pruitt will assume "
        "the added post of chairman effective July One, when Walter Haynes retires.\n    It "
        "said Haynes will remain on the board and as a company consultant.",
        date="1987-05-11",
    )
    (t,) = find(ts, "Walter Haynes", "Carrow Foods Inc", "Chairman")
    assert (t.end, t.status) == ("1987-07-01", "ended")
    (seat,) = find(ts, "Walter Haynes", "Carrow Foods Inc", "Board Director")
    assert (seat.end, seat.status) == (None, "current")


def test_a_leaving_told_with_a_title_of_its_own_is_read_by_the_title_rules(extract) -> None:
    ts = extract(
        "Carrow Foods Inc said Dale Pruitt will become chairman, when Walter Haynes retires as "
        "treasurer.",
        date="1987-05-11",
    )
    assert not find(ts, "Walter Haynes", None, "Chairman")


def test_the_one_put_in_with_replaced_takes_the_title(extract) -> None:
    ts = extract(
        "Corlan Devices Inc said it replaced Peter Voss as president with Helen Marsh, "
        "formerly senior vice president.",
        date="1987-04-06",
    )
    (t,) = find(ts, "Helen Marsh", "Corlan Devices Inc", "President")
    assert t.status == "current"
    assert find(ts, "Peter Voss", "Corlan Devices Inc", "President")[0].status == "ended"


def test_one_replaced_who_returns_to_a_former_post_takes_it_again(extract) -> None:
    ts = extract(
        "Corlan Devices Inc named Tom Hale chief executive officer, replacing Peter Voss, who "
        "returns to his former position of vice chairman.",
        date="1987-04-06",
    )
    (t,) = find(ts, "Peter Voss", "Corlan Devices Inc", "Vice Chairman")
    assert t.status == "current"


def test_a_stray_comma_between_the_name_and_its_verb(extract) -> None:
    ts = extract(
        "Dorrance Mills Co said Harold T. Pike III, became chairman, succeeding Walter Grant.",
        date="1987-03-09",
    )
    (t,) = find(ts, "Harold T. Pike III", "Dorrance Mills Co", "Chairman")
    assert t.start == "1987-03"


def test_the_since_date_of_a_post_left_is_its_start(extract) -> None:
    ts = extract(
        "Dorrance Mills Co said Harold Pike became chairman, succeeding Walter Grant, who "
        "served in that position since 1972.",
        date="1987-03-09",
    )
    (t,) = find(ts, "Walter Grant", "Dorrance Mills Co", "Chairman")
    assert (t.start, t.end, t.status) == ("1972", "1987-03", "ended")


def test_former_before_two_titles_ends_both_and_the_departure_dates_them(extract) -> None:
    ts = extract(
        "Dalton Broadcasting Inc said under its settlement with former chairman and chief "
        "executive officer Thomas Hartwell, it will pay him 400,000 dlrs a year for life.\n"
        "    Hartwell resigned on September 10 amid opposition from the company's largest "
        "shareholders.",
        date="1987-04-03",
    )
    for role in ("Chairman", "Chief Executive Officer"):
        (t,) = find(ts, "Thomas Hartwell", "Dalton Broadcasting Inc", role)
        assert (t.status, t.end) == ("ended", "1986-09-10")


def test_former_before_two_titles_listed_before_a_name_ends_both(extract) -> None:
    ts = extract(
        "Dalton Broadcasting Inc said under its settlement with former chairman and chief "
        "executive officer Thomas Hartwell, it will pay him 400,000 dlrs a year for life.",
        date="1987-04-03",
    )
    (t,) = find(ts, "Thomas Hartwell", "Dalton Broadcasting Inc", "Chief Executive Officer")
    assert t.status == "ended"


def test_a_surname_the_model_calls_a_building_is_the_persons(extract) -> None:
    # the model tags "Wyman" here as a facility (FAC)
    ts = extract(
        "Dalton Broadcasting Inc said under its settlement with former chairman Ellen Wyman, "
        "it will pay her 400,000 dlrs a year for life.\n    Wyman resigned on September 10 "
        "amid opposition from the company's two largest shareholders.",
        date="1987-04-03",
    )
    (t,) = find(ts, "Ellen Wyman", "Dalton Broadcasting Inc", "Chairman")
    assert t.end == "1986-09-10"
