# Die Oberfläche der EPI-Bibliothek guter Praxisbeispiele, auf Deutsch.
# Dieselben Schlüssel wie en.ftl (die Referenzdatei); siehe die Kommentare dort.

## Alle Seiten

site-name = EPI-Bibliothek guter Praxisbeispiele
page-title = { $title } — { site-name }
skip-link = Zum Hauptinhalt springen
nav-main = Hauptnavigation
nav-search = Suche
nav-cities = Städte
nav-domains = Handlungsfelder
nav-about = Über uns
language-menu = Sprache
footer-text = Gute Praxisbeispiele für die lokale Integration von Migrantinnen und Migranten aus dem Europäischen Pakt für Integration (EPI, 2020–2022), kofinanziert aus dem Asyl-, Migrations- und Integrationsfonds der EU.
footer-about = Über die Bibliothek
footer-api = API
breadcrumb = Brotkrümelnavigation
documents-count =
    { $count ->
        [one] { $count } Dokument
       *[other] { $count } Dokumente
    }

## Facetten

facet-city = Stadt
facet-country = Land
facet-domain = Handlungsfeld
facet-key-feature = Schlüsselmerkmal
facet-theme = Thema
facet-target-group = Zielgruppe
facet-lang = Sprache
facet-status = Stand
facet-year = Jahr
facet-topic = Begriff

## Die Sprache, in der ein Dokument geschrieben ist

in-language-en = auf Englisch
in-language-ro = auf Rumänisch
in-language-it = auf Italienisch
in-language-es = auf Spanisch
in-language-de = auf Deutsch
in-language-sv = auf Schwedisch
in-language-pl = auf Polnisch
in-language-lv = auf Lettisch

## Die Suchseite

search-title = Die Bibliothek durchsuchen
search-title-query = { $query } — Suche
search-heading = Die Bibliothek guter Praxisbeispiele durchsuchen
search-label = Praxisbeispiele suchen
search-placeholder = z. B. zentrale Anlaufstelle, integracja, mediazione interculturale
search-button = Suchen
search-help = Schreiben Sie in einer der acht Sprachen der Bibliothek. Verwenden Sie { $phrase } für eine Wortgruppe, { $exclude }, um ein Wort auszuschließen, und { $or } für Alternativen.
syntax-phrase = "Anführungszeichen"
syntax-exclude = -Wort
filters = Filter
apply-filters = Filter anwenden
active-filters = Aktive Filter
filter-chip = { $facet }: { $value }
remove-filter = Filter { $filter } entfernen
clear-filters = Alle Filter entfernen
query-corrected = Nur wenige Praxisbeispiele passen zu „{ $query }“. Angezeigt werden Ergebnisse für „{ $corrected }“.
query-adjusted = Ihre Suche wurde angepasst: { $note }.
note-truncated = die Suche war länger als { $max } Zeichen und wurde gekürzt
note-too-many-terms = nur die ersten { $max } Wörter und Wortgruppen wurden gesucht
note-phrase-too-long = eine Wortgruppe wurde auf ihre ersten { $max } Wörter gekürzt
note-unbalanced-quote = ein Anführungszeichen wurde nicht geschlossen, daher wurden die Wörter einzeln gesucht
note-stray-operator = „{ $operator }“ bezog sich auf nichts und wurde ignoriert
note-control-characters = Steuerzeichen wurden entfernt
note-no-words = sie enthielt keine Buchstaben oder Ziffern, daher werden alle Praxisbeispiele angezeigt
results-count =
    { $count ->
        [0] Kein Praxisbeispiel gefunden
        [one] { $count } Dokument gefunden
       *[other] { $count } Dokumente gefunden
    }
sort-nav = Sortierung
sort-label = Sortieren nach:
sort-relevance = Relevanz
sort-newest = neueste zuerst
also-in = Auch auf:
result-tags = Handlungsfelder und Themen
empty-heading = Kein Praxisbeispiel passt zu dieser Suche
empty-remove-filter = Filter { $filter } entfernen
empty-search-all = Alle Praxisbeispiele nach „{ $query }“ durchsuchen
empty-spelling = Prüfen Sie die Schreibweise oder verwenden Sie weniger oder allgemeinere Wörter.
empty-other-language = Suchen Sie in einer anderen Sprache: Die Praxisbeispiele sind in acht Sprachen verfasst.
empty-browse = Praxisbeispiele nach Stadt durchsehen
pagination = Seiten
page-previous = Zurück
page-next = Weiter
page-number = Seite { $page }

## Ein Praxisbeispiel

versions-nav = Sprachfassungen
available-in = Verfügbar auf
practice-about = Über dieses Praxisbeispiel
similar-practices = Ähnliche Praxisbeispiele
field-city = Stadt
field-organisations = Organisationen
field-period = Zeitraum
period-ongoing = laufend
field-status = Stand
field-domains = Handlungsfelder
field-key-features = Schlüsselmerkmale
field-themes = Themen
field-target-groups = Zielgruppen
field-icc-areas = Bereiche des Intercultural-Cities-Index
field-adapted-from = Übernommen von
field-adapted-by = Übernommen durch
practice-evaluation = Evaluation
practice-contact-sources = Kontakt und Quellen
field-contact = Kontakt
field-links = Weblinks
field-source = Quelle
field-licence = Lizenz

## Nach Stadt und Handlungsfeld durchsehen

cities-title = Städte
cities-heading = Praxisbeispiele nach Stadt
cities-intro = Die sieben EPI-Städte haben von 2020 bis 2022 lokale Integrationsstrategien erprobt; weitere Städte ergänzen ihre Praxisbeispiele, wenn sie sie übernehmen.
city-heading = Praxisbeispiele aus { $city }
domains-title = Handlungsfelder
domains-heading = Praxisbeispiele nach Handlungsfeld
domains-intro = EPI gliedert eine lokale Integrationsstrategie in drei Handlungsfelder.
domain-heading = Handlungsfeld: { $domain }
practices-count =
    { $count ->
        [one] { $count } Praxisbeispiel
       *[other] { $count } Praxisbeispiele
    }
languages-label = Sprachen:
see-all =
    { $count ->
        [one] Das Dokument in der Suche ansehen
       *[other] Alle { $count } Dokumente in der Suche ansehen
    }
description-domain-interaction = Alltäglicher Kontakt zwischen Neuzugewanderten und Alteingesessenen: gemeinsame Räume, Veranstaltungen, Sprachaustausch, Ehrenamt und Dialog, die Vertrauen über Herkunftsgrenzen hinweg schaffen.
description-domain-participation = Migrantinnen und Migranten nehmen am Leben und an den Entscheidungen der Stadt teil: Bürgerbeteiligung, Beiräte, Vereine und die gemeinsame Gestaltung von Angeboten und Strategien.
description-domain-governance = Wie die Stadt Integration organisiert: politisches Engagement, Abstimmung zwischen Ämtern und Partnern, Strategien, Angebote, Evaluation und Finanzierung.

## Die Seite „Über uns“

about-title = Über uns
about-heading = Über die Bibliothek
about-intro = Der Europäische Pakt für Integration (EPI, 2020–2022) hat sieben Städte zusammengebracht — Cartagena, Cluj-Napoca, Dietzenbach, Linköping, Lublin, Ravenna und Riga —, um lokale Strategien für die Integration von Drittstaatsangehörigen zu entwickeln und zu erproben, gefördert aus dem Asyl-, Migrations- und Integrationsfonds der EU (AMIF). Diese Bibliothek sammelt, was funktioniert hat, damit andere Städte es übernehmen können.
about-framework-heading = Der EPI-Rahmen
about-framework-intro = Jedes Praxisbeispiel wird nach demselben Rahmen beschrieben, nach dem Sie auch die Suche filtern können.
about-domains-heading = Drei Handlungsfelder
about-features-heading = Fünf Schlüsselmerkmale
about-features-intro = Eine starke lokale Strategie zeichnet sich aus durch:
about-feature-item = { $feature }: { $description }.
description-key-feature-political-commitment = die Stadtspitze steht hinter der Strategie und gibt ihr ein Mandat und Ressourcen
description-key-feature-participation = Zugewanderte, Einwohnerinnen und Einwohner und lokale Organisationen gestalten sie mit und setzen sie um
description-key-feature-narrative = die Stadt erzählt eine positive, gemeinsame Geschichte von Vielfalt und Zugehörigkeit
description-key-feature-evaluation = Ergebnisse werden gemessen und genutzt, um die Arbeit zu verbessern
description-key-feature-sustainability = die Arbeit geht auch nach dem Ende der Projektförderung weiter
about-dimensions-heading = Sechs Evaluationsdimensionen
about-dimensions-intro = Die Pilotprojekte wurden anhand von sechs Fragen evaluiert, den OECD-DAC-Evaluierungskriterien; jedes Praxisbeispiel nennt seine Belege für die Dimensionen, nach denen es bewertet wurde.
about-dimension-column = Dimension
about-question-column = Frage
question-dimension-relevance = Entspricht es echten Bedürfnissen der Zugewanderten und der Stadt?
question-dimension-effectiveness = Hat es seine Ziele erreicht?
question-dimension-sustainability = Wird der Nutzen von Dauer sein?
question-dimension-efficiency = Wurden die Ressourcen gut eingesetzt?
question-dimension-coherence = Passt es zu den übrigen Politikfeldern und Akteuren der Stadt?
question-dimension-impact = Was hat es über seine direkten Ergebnisse hinaus bewirkt?
about-steps-heading = Die Schritte zum Pakt einer Stadt
about-steps = Jede Stadt hat ihre interkulturelle Politik überprüft, runde Tische mit lokalen Akteuren abgehalten, eine Integrationsstrategie verfasst und erprobt: ein Koordinierungsgremium, eine Auftaktveranstaltung und einen städtischen Integrationspakt. In Transferworkshops wurden die Ergebnisse anschließend mit Städten außerhalb des Projekts geteilt.
about-howto-heading = So suchen Sie
about-howto-languages = Schreiben Sie in einer der acht Sprachen der Bibliothek: Englisch, Rumänisch, Italienisch, Spanisch, Deutsch, Schwedisch, Polnisch oder Lettisch. Auch gebeugte Formen und ohne Akzente geschriebene Wörter werden gefunden.
about-howto-syntax = Alle Wörter müssen vorkommen. Verwenden Sie { $phrase } für eine genaue Wortgruppe, { $exclude }, um ein Wort auszuschließen, und { $or } zwischen Alternativen: { $example }.
about-howto-example = Wohnen OR housing
about-howto-filters = Grenzen Sie die Ergebnisse mit den Filtern ein: Stadt, Handlungsfeld, Sprache, Thema, Schlüsselmerkmal, Zielgruppe, Stand und Jahr. Mehrere Werte eines Filters erweitern die Suche (einer davon genügt); Filter verschiedener Art schränken sie ein.
about-howto-share = Jede Suche hat ihre eigene Adresse: Setzen Sie ein Lesezeichen oder teilen Sie sie.
about-howto-api = Entwicklerinnen und Entwickler können dieselbe Suche über die { $api } nutzen.
about-api-link = JSON-API

## Fehlerseiten

error-not-found-title = Seite nicht gefunden
error-not-found-detail = Unter dieser Adresse gibt es keine Seite.
error-not-found-advice = Die Adresse ist vielleicht falsch geschrieben, oder das Praxisbeispiel ist umgezogen.
error-bad-request-title = Diese Suche konnte nicht ausgeführt werden
error-bad-request-advice = Ändern Sie die Suche und versuchen Sie es erneut.
error-method-title = Diese Seite erlaubt das nicht
error-method-detail = Diese Adresse kann nur gelesen werden.
error-method-advice = Folgen Sie stattdessen einem Link oder nutzen Sie die Suche.
error-busy-title = Die Bibliothek ist ausgelastet
error-busy-detail = Die Bibliothek beantwortet gerade sehr viele Suchen gleichzeitig.
error-busy-advice = Bitte versuchen Sie es gleich noch einmal.
error-internal-title = Etwas ist schiefgelaufen
error-internal-detail = Die Bibliothek konnte wegen eines internen Fehlers nicht antworten.
error-internal-advice = Das Problem wurde protokolliert. Bitte versuchen Sie es später erneut.
error-go-to-search = Zur Suchseite

## Konten, Einreichungen und Prüfung

nav-account = Konto
nav-sign-in = Anmelden
nav-submit = Praxis einreichen
nav-my-submissions = Meine Einreichungen
nav-review = Prüfung
nav-sign-out = Abmelden
sign-in-title = Anmelden
sign-in-intro = Partner und Bibliothekare melden sich mit dem Zugangstoken an, das sie von der Bibliothek erhalten haben. Angemeldet können Sie Praktiken und Übersetzungen einreichen und ihre Prüfung verfolgen.
sign-in-token-label = Zugangstoken
sign-in-token-hint = Es beginnt mit epi_ und wurde Ihnen einmal übergeben, als Ihr Konto angelegt wurde.
sign-in-rejected = Das Token wurde nicht angenommen. Prüfen Sie, ob Sie es vollständig kopiert haben.
sign-in-too-many = Zu viele Anmeldeversuche von Ihrer Verbindung. Bitte warten Sie eine Minute und versuchen Sie es erneut.
sign-in-button = Anmelden
signed-out = Sie sind abgemeldet.
submit-title = Praxis einreichen
submit-intro = Beschreiben Sie eine Praxis Ihrer Stadt. Jede Einreichung wird vor der Veröffentlichung von der Bibliothek geprüft; unter Meine Einreichungen sehen Sie den Stand. Mit Vorschau prüfen Sie den Text, bevor Sie ihn einreichen.
translate-title = Übersetzung hinzufügen: { $title }
translate-intro = Das Formular enthält die Praxis, wie sie veröffentlicht ist. Wählen Sie die neue Sprache, übersetzen Sie Titel, Zusammenfassung, Schlagwörter, Bewertung und Text, dann prüfen Sie die Vorschau und reichen ein.
add-translation = Übersetzung hinzufügen
form-errors-heading =
    { $count ->
        [one] Das Formular hat { $count } Problem
       *[other] Das Formular hat { $count } Probleme
    }
form-preview-heading = Vorschau
form-no-problems = Keine Probleme gefunden: Die Praxis kann eingereicht werden.
form-warnings-heading = Hinweise
form-section-practice = Die Praxis
form-section-framework = Der EPI-Rahmen
form-section-text = Die Fallstudie
form-section-more = Kontakt, Links und Quellen
form-slug-label = Kurzname in der Adresse (Slug)
form-slug-hint = Kleinbuchstaben a–z, Ziffern und Bindestriche, 3 bis 80 Zeichen, zum Beispiel one-stop-shop. Bleibt das Feld leer, wird er aus dem Titel gebildet.
form-title-label = Titel
form-summary-label = Zusammenfassung
form-summary-hint = Ein bis drei Sätze, höchstens 600 Zeichen.
form-lang-label = Sprache des Textes
form-choose = Bitte wählen…
form-country-label = Ländercode
form-country-hint = Zwei Großbuchstaben (ISO 3166-1), zum Beispiel RO oder SE.
form-one-per-line = Einer pro Zeile.
form-period-start-label = Beginn
form-period-end-label = Ende (leer lassen, solange sie läuft)
form-date-hint = Ein Jahr, Jahr und Monat oder ein vollständiges Datum: 2021, 2021-06 oder 2021-06-15.
form-body-label = Text (Markdown)
form-body-hint = Schreiben Sie unter die Abschnittsüberschriften, in der Sprache der Praxis: ## beginnt eine Überschrift, eine Leerzeile trennt Absätze. HTML wird nicht dargestellt.
form-keywords-label = Schlagwörter (höchstens 7)
form-evaluation-hint = Belegen Sie die Dimensionen, nach denen die Praxis bewertet wurde; lassen Sie die übrigen leer.
form-practice-ids-hint = Kennungen von Praktiken wie riga/we-are-rigans, eine pro Zeile.
form-contact-organisation-label = Organisation
form-contact-name-label = Name (freiwillig)
form-contact-email-label = E-Mail (freiwillig)
form-contact-url-label = Webadresse (freiwillig)
form-link-title-label = Link { $number }: Titel
form-link-url-label = Link { $number }: Adresse
form-source-hint = Woher die Angaben stammen; nennen Sie Passagen, die veranschaulichen statt belegen.
form-preview-button = Vorschau
form-submit-button = Zur Prüfung einreichen
mine-title = Meine Einreichungen
mine-intro = Einreichungen von { $org }, die neuesten zuerst.
mine-empty = Noch nichts eingereicht.
mine-submitted = Vielen Dank: Ihre Einreichung ist gespeichert und wartet auf die Prüfung durch die Bibliothek.
column-title = Titel
column-target = Datei
column-submitted = Eingereicht
column-status = Stand
column-reason = Begründung:
column-organisation = Organisation
submission-status-pending = Wartet auf Prüfung
submission-status-published = Veröffentlicht
submission-status-rejected = Abgelehnt
review-title = Prüfung
review-intro =
    { $count ->
        [one] { $count } Einreichung wartet auf Prüfung.
       *[other] { $count } Einreichungen warten auf Prüfung.
    }
review-empty = Keine Einreichung wartet auf Prüfung.
review-approved = Die Einreichung wurde veröffentlicht und ist jetzt über die Suche zu finden.
review-rejected = Die Einreichung wurde abgelehnt; der Partner kann Ihre Begründung lesen.
review-kind-new = (neue Praxis)
review-kind-translation = (Übersetzung)
review-report-heading = Prüfbericht
review-decide-heading = Entscheidung
review-approve-button = Annehmen und veröffentlichen
review-reason-label = Grund der Ablehnung
review-reason-hint = Der Partner liest ihn: Sagen Sie, was zu ändern ist.
review-reject-button = Ablehnen
review-raw-heading = Die Datei, wie sie eingereicht wurde
error-unauthorized-title = Bitte melden Sie sich an
error-unauthorized-detail = Diese Seite ist für angemeldete Partner und Bibliothekare.
error-unauthorized-advice = Melden Sie sich mit Ihrem Zugangstoken an und versuchen Sie es erneut.
error-forbidden-title = Nicht erlaubt
error-forbidden-detail = Ihr Konto darf das nicht, oder das Formular war veraltet.
error-forbidden-advice = Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut. Prüfen dürfen nur Bibliothekare.
error-conflict-title = Das ist bereits geschehen
error-conflict-advice = Laden Sie die Seite neu, um den aktuellen Stand zu sehen.
error-too-large-title = Zu groß
error-too-large-detail = Das Gesendete ist größer, als die Bibliothek annimmt.
error-too-large-advice = Kürzen Sie den Text und versuchen Sie es erneut.
error-invalid-title = Bitte prüfen Sie den Inhalt
error-invalid-detail = Einige Felder sind ungültig.
error-invalid-advice = Gehen Sie zurück, korrigieren Sie die Felder und versuchen Sie es erneut.
error-too-many-title = Zu viele Versuche
error-too-many-detail = Von Ihrer Verbindung kamen zu viele Versuche.
error-too-many-advice = Bitte warten Sie eine Minute und versuchen Sie es erneut.

## EPI-Handlungsfelder

domain-interaction = Interaktion
domain-participation = Teilhabe
domain-governance = Steuerung

## EPI-Schlüsselmerkmale

key-feature-political-commitment = Politisches Engagement
key-feature-participation = Beteiligung
key-feature-narrative = Narrativ
key-feature-evaluation = Evaluation
key-feature-sustainability = Nachhaltigkeit

## Evaluationsdimensionen (die OECD-DAC-Kriterien)

dimension-relevance = Relevanz
dimension-effectiveness = Effektivität
dimension-sustainability = Nachhaltigkeit
dimension-efficiency = Effizienz
dimension-coherence = Kohärenz
dimension-impact = Wirkung

## Themen

theme-language-learning = Spracherwerb
theme-labour-market = Arbeitsmarkt
theme-entrepreneurship = Unternehmertum
theme-education = Bildung
theme-housing = Wohnen
theme-health = Gesundheit
theme-culture = Kultur
theme-interreligious-dialogue = Interreligiöser Dialog
theme-anti-discrimination = Antidiskriminierung
theme-welcoming-services = Willkommensangebote und zentrale Anlaufstellen
theme-volunteering = Ehrenamt
theme-media-narrative = Medien und Narrative
theme-civic-participation = Bürgerbeteiligung
theme-intercultural-mediation = Interkulturelle Vermittlung
theme-neighbourhoods = Quartiere
theme-women = Frauen
theme-youth = Jugend
theme-digital-inclusion = Digitale Teilhabe
theme-research-and-monitoring = Forschung und Monitoring
theme-strategy-and-policy = Strategie und Politik

## Zielgruppen

target-group-third-country-nationals = Drittstaatsangehörige
target-group-refugees = Geflüchtete
target-group-asylum-seekers = Asylsuchende
target-group-newcomers = Neuzugewanderte
target-group-migrant-women = Migrantinnen
target-group-children-and-youth = Kinder und Jugendliche
target-group-families = Familien
target-group-students = Studierende
target-group-jobseekers = Arbeitsuchende
target-group-entrepreneurs = Selbstständige und Gründende
target-group-employers = Arbeitgebende
target-group-host-community = Aufnahmegesellschaft
target-group-public-officials = Beschäftigte der öffentlichen Verwaltung
target-group-civil-society = Zivilgesellschaft
target-group-religious-communities = Religionsgemeinschaften
target-group-volunteers = Ehrenamtliche
target-group-teachers = Lehrkräfte

## Stand eines Praxisbeispiels

status-planned = Geplant
status-pilot = Pilotphase
status-ongoing = Laufend
status-completed = Abgeschlossen

## Bereiche des Intercultural-Cities-Index (ICC)

icc-commitment = Selbstverpflichtung
icc-education = Bildung
icc-neighbourhoods = Quartiere
icc-public-services = Öffentliche Dienstleistungen
icc-business-and-labour-market = Wirtschaft und Arbeitsmarkt
icc-cultural-and-social-life = Kulturelles und soziales Leben
icc-public-space = Öffentlicher Raum
icc-mediation-and-conflict-resolution = Mediation und Konfliktlösung
icc-language = Sprache
icc-media-and-communication = Medien und Kommunikation
icc-international-outlook = Internationale Ausrichtung
icc-intercultural-intelligence = Interkulturelle Intelligenz und Kompetenz
icc-welcoming-newcomers = Willkommenskultur für Neuzugewanderte
icc-leadership-and-citizenship = Führung und Bürgerschaft
icc-anti-discrimination = Antidiskriminierung
icc-participation = Teilhabe
icc-interaction = Interaktion

# Cross-language search
query-expanded = Auch in den anderen Sprachen gesucht: { $concepts }.
query-expanded-off = Nur nach den eingegebenen Wörtern suchen
query-not-expanded = Es wurde nur nach den eingegebenen Wörtern gesucht.
query-expanded-on = Auch in anderen Sprachen suchen
results-languages = Sprachen der Ergebnisse
results-all-languages = Alle Sprachen
results-only-language = Nur { $language }
reader-version = Zusammenfassung { $language }:
