# The interface of the EPI Good-Practice Library in English.
#
# This file is the reference: every other locales/*.ftl has exactly its keys and uses only the
# variables its messages use (crates/epi-i18n checks both). Texts are plain text: the pages
# escape them. A variable in a sentence that the page renders as markup (a link, code, bold
# text) is filled in by the page; keep it, move it where the sentence needs it.

## Every page

site-name = EPI Good-Practice Library
# $title: the title of the page
page-title = { $title } — { site-name }
skip-link = Skip to main content
# The label of the main navigation, for screen readers.
nav-main = Main
nav-search = Search
nav-cities = Cities
nav-domains = Domains
nav-about = About
# The label of the language menu, for screen readers.
language-menu = Language
footer-text = Good practices for the local integration of migrants from the European Pact for Integration (EPI, 2020–2022), co-funded by the EU Asylum, Migration and Integration Fund.
footer-about = About the library
footer-api = API
breadcrumb = Breadcrumb
# $count: a number of documents (language versions of practices)
documents-count =
    { $count ->
        [one] { $count } document
       *[other] { $count } documents
    }

## Facet names

facet-city = City
facet-country = Country
facet-domain = Domain
facet-key-feature = Key feature
facet-theme = Theme
facet-target-group = Target group
facet-lang = Language
facet-status = Status
facet-year = Year
facet-topic = Topic

## The language a document is written in

in-language-en = in English
in-language-ro = in Romanian
in-language-it = in Italian
in-language-es = in Spanish
in-language-de = in German
in-language-sv = in Swedish
in-language-pl = in Polish
in-language-lv = in Latvian

## The search page

search-title = Search the library
# $query: what the reader searched for
search-title-query = { $query } — search
search-heading = Search the library of good practices
search-label = Search practices
# Example searches in several languages: keep them multilingual.
search-placeholder = e.g. one-stop shop, integracja, mediazione interculturale
search-button = Search
# $phrase, $exclude, $or: examples of the query syntax, shown as code
search-help = Write in any of the library's eight languages. Use { $phrase } for a phrase, { $exclude } to exclude a word and { $or } for alternatives.
syntax-phrase = "quotes"
syntax-exclude = -word
filters = Filters
apply-filters = Apply filters
active-filters = Active filters
# $facet: a facet name; $value: one of its values
filter-chip = { $facet }: { $value }
# $filter: a filter as shown on its chip ("City: Riga")
remove-filter = Remove filter { $filter }
clear-filters = Clear all filters
# $query: the reader's words; $corrected: the corrected words, in bold
query-corrected = Few practices matched “{ $query }”. Showing results for “{ $corrected }”.
# $note: one of the note-* sentences below
query-adjusted = Your query was adjusted: { $note }.
# $max: a number of characters
note-truncated = the query was longer than { $max } characters and was shortened
# $max: a number of words and phrases
note-too-many-terms = only the first { $max } words and phrases were searched
# $max: a number of words
note-phrase-too-long = a phrase was cut to its first { $max } words
note-unbalanced-quote = a quotation mark had no partner, so its words were searched as plain words
# $operator: OR or -
note-stray-operator = “{ $operator }” had nothing to apply to and was ignored
note-control-characters = control characters were removed
note-no-words = it had no letters or digits to search for, so every practice is shown
# $count: the number of matching documents
results-count =
    { $count ->
        [0] No practice matches
        [one] { $count } document found
       *[other] { $count } documents found
    }
sort-nav = Sort
sort-label = Sort:
sort-relevance = relevance
sort-newest = newest
also-in = Also in:
result-tags = Domains and themes
empty-heading = No practice matches this search
# $filter: a filter as shown on its chip ("City: Riga")
empty-remove-filter = Remove the filter { $filter }
# $query: the reader's words
empty-search-all = Search all practices for “{ $query }”
empty-spelling = Check the spelling, or use fewer or more general words.
empty-other-language = Search in another language: practices are written in eight.
empty-browse = Browse the practices by city
pagination = Pages
page-previous = Previous
page-next = Next
# $page: a page number
page-number = Page { $page }

## A practice

versions-nav = Language versions
available-in = Available in
practice-about = About this practice
similar-practices = Similar practices
field-city = City
field-organisations = Organisations
field-period = Period
period-ongoing = ongoing
field-status = Status
field-domains = Domains
field-key-features = Key features
field-themes = Themes
field-target-groups = Target groups
field-icc-areas = Intercultural Cities Index areas
field-adapted-from = Adapted from
field-adapted-by = Adapted by
practice-evaluation = Evaluation
practice-contact-sources = Contact and sources
field-contact = Contact
field-links = Links
field-source = Source
field-licence = Licence

## Browsing by city and domain

cities-title = Cities
cities-heading = Practices by city
cities-intro = The seven EPI cities piloted local integration strategies from 2020 to 2022; other cities add their practices as they replicate them.
# $city: a city name
city-heading = Practices from { $city }
domains-title = Domains
domains-heading = Practices by domain
domains-intro = EPI organises a local integration strategy in three domains.
# $domain: the name of a domain
domain-heading = Domain: { $domain }
# $count: a number of practices
practices-count =
    { $count ->
        [one] { $count } practice
       *[other] { $count } practices
    }
languages-label = Languages:
# $count: the number of documents the search will show
see-all =
    { $count ->
        [one] See the document in the search
       *[other] See all { $count } documents in the search
    }
description-domain-interaction = Everyday contact between newcomers and long-standing residents: shared spaces, events, language exchange, volunteering and dialogue that build trust across backgrounds.
description-domain-participation = Migrants taking part in the life and decisions of the city: consultation, civic bodies, associations and the co-design of services and strategies.
description-domain-governance = How the city organises integration: political commitment, coordination between departments and partners, strategies, services, evaluation and funding.

## The About page

about-title = About
about-heading = About the library
about-intro = The European Pact for Integration (EPI, 2020–2022) brought together seven cities — Cartagena, Cluj-Napoca, Dietzenbach, Linköping, Lublin, Ravenna and Riga — to design and pilot local strategies for the integration of third-country nationals, with funding from the EU Asylum, Migration and Integration Fund (AMIF). This library gathers what worked, so that other cities can replicate it.
about-framework-heading = The EPI framework
about-framework-intro = Every practice is described with the same framework, which is also how you can filter the search.
about-domains-heading = Three domains
about-features-heading = Five key features
about-features-intro = A strong local strategy shows:
# $feature: the name of a key feature, in bold; $description: one of the description-key-feature-* texts
about-feature-item = { $feature }: { $description }.
description-key-feature-political-commitment = the city's leadership stands behind the strategy and gives it a mandate and resources
description-key-feature-participation = migrants, residents and local organisations help design and run it
description-key-feature-narrative = the city tells a positive, shared story of diversity and belonging
description-key-feature-evaluation = results are measured and used to improve the work
description-key-feature-sustainability = the work outlives its project funding
about-dimensions-heading = Six evaluation dimensions
about-dimensions-intro = Pilots were evaluated against six questions, the OECD-DAC evaluation criteria; each practice gives its evidence for the dimensions it was assessed on.
about-dimension-column = Dimension
about-question-column = Question
question-dimension-relevance = Does it answer real needs of migrants and the city?
question-dimension-effectiveness = Did it reach its objectives?
question-dimension-sustainability = Will the benefits last?
question-dimension-efficiency = Were resources used well?
question-dimension-coherence = Does it fit with the city's other policies and actors?
question-dimension-impact = What difference did it make beyond its direct results?
about-steps-heading = The steps of a city's pact
about-steps = Each city reviewed its intercultural policy, held round tables with local stakeholders, wrote an integration strategy and piloted it: a coordination body, a launch event and a City Integration Pact. Replication workshops then shared the results with cities outside the project.
about-howto-heading = How to search
about-howto-languages = Write in any of the eight languages of the library: English, Romanian, Italian, Spanish, German, Swedish, Polish or Latvian. Inflected forms and words typed without accents are found too.
# $phrase, $exclude, $or, $example: examples of the query syntax, shown as code
about-howto-syntax = All words must match. Use { $phrase } for an exact phrase, { $exclude } to exclude a word, and { $or } between alternatives: { $example }.
# A search for a word in this language OR its translation in another.
about-howto-example = housing OR vivienda
about-howto-filters = Narrow the results with the filters: city, domain, language, theme, key feature, target group, status and year. Several values of one filter widen the search (either value); filters of different kinds narrow it.
about-howto-share = Every search has its own address: bookmark it or share it.
# $api: a link whose text is about-api-link
about-howto-api = Developers can use the same search through the { $api }.
about-api-link = JSON API

## Error pages

error-not-found-title = Page not found
error-not-found-detail = There is no page at this address.
error-not-found-advice = The address may be mistyped, or the practice may have moved.
error-bad-request-title = This search could not be run
error-bad-request-advice = Change the search and try again.
error-method-title = This page cannot do that
error-method-detail = This address can only be read.
error-method-advice = Follow a link or use the search instead.
error-busy-title = The library is busy
error-busy-detail = The library is answering many searches at once.
error-busy-advice = Please try again in a moment.
error-internal-title = Something went wrong
error-internal-detail = The library could not answer because of an internal fault.
error-internal-advice = The problem has been logged. Please try again later.
error-go-to-search = Go to the search page

## Accounts, submissions and review

nav-account = Account
nav-sign-in = Sign in
nav-submit = Submit a practice
nav-my-submissions = My submissions
nav-review = Review
nav-sign-out = Sign out
sign-in-title = Sign in
sign-in-intro = Partners and librarians sign in with the access token the library gave them. Signed in, you can submit practices and translations and follow their review.
sign-in-token-label = Access token
sign-in-token-hint = It starts with epi_ and was given to you once, when your account was created.
sign-in-rejected = The token was not accepted. Check that you copied all of it.
sign-in-too-many = Too many sign-in attempts from your connection. Please wait a minute and try again.
sign-in-button = Sign in
signed-out = You are signed out.
submit-title = Submit a practice
submit-intro = Describe a practice of your city. A librarian reviews every submission before it is published; you can follow yours under My submissions. Use Preview to check the text before you submit it.
# $title: the title of the practice being translated
translate-title = Add a translation: { $title }
translate-intro = The form holds the practice as published. Choose the new language, translate the title, summary, keywords, evaluation and text, then preview and submit.
add-translation = Add a translation
# $count: the number of problems
form-errors-heading =
    { $count ->
        [one] The form has { $count } problem
       *[other] The form has { $count } problems
    }
form-preview-heading = Preview
form-no-problems = No problems found: the practice can be submitted.
form-warnings-heading = Warnings
form-section-practice = The practice
form-section-framework = The EPI framework
form-section-text = The case study
form-section-more = Contact, links and sources
form-slug-label = Short name in the address (slug)
form-slug-hint = Lower-case letters a–z, digits and hyphens, 3 to 80 characters, such as one-stop-shop. Left empty, it is made from the title.
form-title-label = Title
form-summary-label = Summary
form-summary-hint = One to three sentences, at most 600 characters.
form-lang-label = Language of the text
form-choose = Choose…
form-country-label = Country code
form-country-hint = Two capital letters (ISO 3166-1), such as RO or SE.
form-one-per-line = One per line.
form-period-start-label = Start
form-period-end-label = End (leave empty while it runs)
form-date-hint = A year, a year and month, or a full date: 2021, 2021-06 or 2021-06-15.
form-body-label = Text (Markdown)
form-body-hint = Write under the section headings, in the language of the practice: ## starts a heading, a blank line separates paragraphs. HTML is not rendered.
form-keywords-label = Keywords (at most 7)
form-evaluation-hint = Give the evidence for the dimensions the practice was assessed on; leave the others empty.
form-practice-ids-hint = Practice ids such as riga/we-are-rigans, one per line.
form-contact-organisation-label = Organisation
form-contact-name-label = Name (optional)
form-contact-email-label = Email (optional)
form-contact-url-label = Web address (optional)
# $number: the number of the link row
form-link-title-label = Link { $number }: title
# $number: the number of the link row
form-link-url-label = Link { $number }: address
form-source-hint = Where the facts come from; say which passages are illustrative rather than documented.
form-preview-button = Preview
form-submit-button = Submit for review
mine-title = My submissions
# $org: the name of the reader's organisation
mine-intro = Submissions of { $org }, newest first.
mine-empty = Nothing submitted yet.
mine-submitted = Thank you: your submission is saved and waits for a librarian's review.
column-title = Title
column-target = File
column-submitted = Submitted
column-status = Status
column-reason = Reason:
column-organisation = Organisation
submission-status-pending = Waiting for review
submission-status-published = Published
submission-status-rejected = Rejected
review-title = Review
# $count: the number of pending submissions
review-intro =
    { $count ->
        [one] { $count } submission waits for review.
       *[other] { $count } submissions wait for review.
    }
review-empty = No submission waits for review.
review-approved = The submission was published and can be found by the search now.
review-rejected = The submission was rejected; the partner can read your reason.
review-kind-new = (new practice)
review-kind-translation = (translation)
review-report-heading = Validation report
review-decide-heading = Decision
review-approve-button = Approve and publish
review-reason-label = Reason for rejecting
review-reason-hint = The partner reads it: say what to change.
review-reject-button = Reject
review-raw-heading = The file as submitted
error-unauthorized-title = Please sign in
error-unauthorized-detail = This page is for signed-in partners and librarians.
error-unauthorized-advice = Sign in with your access token and try again.
error-forbidden-title = Not allowed
error-forbidden-detail = Your account may not do this, or the form was out of date.
error-forbidden-advice = Go back, reload the page and try again. Reviewing is for librarians.
error-conflict-title = This was already done
error-conflict-advice = Reload the page to see the current state.
error-too-large-title = Too large
error-too-large-detail = What was sent is larger than the library accepts.
error-too-large-advice = Shorten the text and try again.
error-invalid-title = Please check the content
error-invalid-detail = Some fields are not valid.
error-invalid-advice = Go back, correct the fields and try again.
error-too-many-title = Too many attempts
error-too-many-detail = Too many attempts came from your connection.
error-too-many-advice = Please wait a minute and try again.

## EPI domains

domain-interaction = Interaction
domain-participation = Participation
domain-governance = Governance

## EPI key features

key-feature-political-commitment = Political commitment
key-feature-participation = Participation
key-feature-narrative = Narrative
key-feature-evaluation = Evaluation
key-feature-sustainability = Sustainability

## Evaluation dimensions (the OECD-DAC criteria)

dimension-relevance = Relevance
dimension-effectiveness = Effectiveness
dimension-sustainability = Sustainability
dimension-efficiency = Efficiency
dimension-coherence = Coherence
dimension-impact = Impact

## Themes

theme-language-learning = Language learning
theme-labour-market = Labour market
theme-entrepreneurship = Entrepreneurship
theme-education = Education
theme-housing = Housing
theme-health = Health
theme-culture = Culture
theme-interreligious-dialogue = Interreligious dialogue
theme-anti-discrimination = Anti-discrimination
theme-welcoming-services = Welcoming services and one-stop shops
theme-volunteering = Volunteering
theme-media-narrative = Media and narrative
theme-civic-participation = Civic participation
theme-intercultural-mediation = Intercultural mediation
theme-neighbourhoods = Neighbourhoods
theme-women = Women
theme-youth = Youth
theme-digital-inclusion = Digital inclusion
theme-research-and-monitoring = Research and monitoring
theme-strategy-and-policy = Strategy and policy

## Target groups

target-group-third-country-nationals = Third-country nationals
target-group-refugees = Refugees
target-group-asylum-seekers = Asylum seekers
target-group-newcomers = Newcomers
target-group-migrant-women = Migrant women
target-group-children-and-youth = Children and youth
target-group-families = Families
target-group-students = Students
target-group-jobseekers = Jobseekers
target-group-entrepreneurs = Entrepreneurs
target-group-employers = Employers
target-group-host-community = Host community
target-group-public-officials = Public officials
target-group-civil-society = Civil society
target-group-religious-communities = Religious communities
target-group-volunteers = Volunteers
target-group-teachers = Teachers

## Status of a practice

status-planned = Planned
status-pilot = Pilot
status-ongoing = Ongoing
status-completed = Completed

## Areas of the Intercultural Cities (ICC) Index

icc-commitment = Commitment
icc-education = Education
icc-neighbourhoods = Neighbourhoods
icc-public-services = Public services
icc-business-and-labour-market = Business and labour market
icc-cultural-and-social-life = Cultural and social life
icc-public-space = Public space
icc-mediation-and-conflict-resolution = Mediation and conflict resolution
icc-language = Language
icc-media-and-communication = Media and communication
icc-international-outlook = International outlook
icc-intercultural-intelligence = Intercultural intelligence and competence
icc-welcoming-newcomers = Welcoming newcomers
icc-leadership-and-citizenship = Leadership and citizenship
icc-anti-discrimination = Anti-discrimination
icc-participation = Participation
icc-interaction = Interaction

# Cross-language search
query-expanded = Also searched in the other languages for: { $concepts }.
query-expanded-off = Search only the words typed
query-not-expanded = Only the words typed were searched.
query-expanded-on = Also search other languages
results-languages = Languages of the results
results-all-languages = All languages
results-only-language = Only { $language }
reader-version = Summary { $language }:
