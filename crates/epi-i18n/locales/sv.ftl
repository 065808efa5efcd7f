# Gränssnittet för EPI:s bibliotek med goda exempel, på svenska.
# Samma nycklar som en.ftl (referensfilen); se kommentarerna där.

## Alla sidor

site-name = EPI:s bibliotek med goda exempel
page-title = { $title } — { site-name }
skip-link = Hoppa till huvudinnehållet
nav-main = Huvudmeny
nav-search = Sök
nav-cities = Städer
nav-domains = Områden
nav-about = Om biblioteket
language-menu = Språk
footer-text = Goda exempel på lokal integration av migranter från Europeiska integrationspakten (EPI, 2020–2022), medfinansierad av EU:s asyl-, migrations- och integrationsfond.
footer-about = Om biblioteket
footer-api = API
breadcrumb = Brödsmulor
documents-count =
    { $count ->
        [one] { $count } dokument
       *[other] { $count } dokument
    }

## Filtergrupper

facet-city = Stad
facet-country = Land
facet-domain = Område
facet-key-feature = Nyckelfaktor
facet-theme = Tema
facet-target-group = Målgrupp
facet-lang = Språk
facet-status = Läge
facet-year = År
facet-topic = Begrepp

## Språket som ett dokument är skrivet på

in-language-en = på engelska
in-language-ro = på rumänska
in-language-it = på italienska
in-language-es = på spanska
in-language-de = på tyska
in-language-sv = på svenska
in-language-pl = på polska
in-language-lv = på lettiska

## Söksidan

search-title = Sök i biblioteket
search-title-query = { $query } — sökning
search-heading = Sök i biblioteket med goda exempel
search-label = Sök bland exemplen
search-placeholder = t.ex. en väg in, integracja, mediazione interculturale
search-button = Sök
search-help = Skriv på något av bibliotekets åtta språk. Använd { $phrase } för en fras, { $exclude } för att utesluta ett ord och { $or } för alternativ.
syntax-phrase = "citattecken"
syntax-exclude = -ord
filters = Filter
apply-filters = Använd filtren
active-filters = Aktiva filter
filter-chip = { $facet }: { $value }
remove-filter = Ta bort filtret { $filter }
clear-filters = Rensa alla filter
query-corrected = Få exempel matchade ”{ $query }”. Visar resultat för ”{ $corrected }”.
query-adjusted = Din sökning justerades: { $note }.
note-truncated = sökningen var längre än { $max } tecken och har kortats
note-too-many-terms = bara de första { $max } orden och fraserna söktes
note-phrase-too-long = en fras kortades till sina första { $max } ord
note-unbalanced-quote = ett citattecken stängdes inte, så orden söktes som vanliga ord
note-stray-operator = ”{ $operator }” syftade inte på något och ignorerades
note-control-characters = styrtecken togs bort
note-no-words = den innehöll inga bokstäver eller siffror att söka efter, så alla exempel visas
results-count =
    { $count ->
        [0] Inga exempel matchar
        [one] { $count } dokument hittades
       *[other] { $count } dokument hittades
    }
sort-nav = Sortering
sort-label = Sortera efter:
sort-relevance = relevans
sort-newest = nyaste först
also-in = Finns även på:
result-tags = Områden och teman
empty-heading = Inga exempel matchar sökningen
empty-remove-filter = Ta bort filtret { $filter }
empty-search-all = Sök efter ”{ $query }” bland alla exempel
empty-spelling = Kontrollera stavningen, eller använd färre eller mer allmänna ord.
empty-other-language = Sök på ett annat språk: exemplen är skrivna på åtta språk.
empty-browse = Bläddra bland exemplen stad för stad
pagination = Sidor
page-previous = Föregående
page-next = Nästa
page-number = Sida { $page }

## Ett exempel

versions-nav = Språkversioner
available-in = Finns på
practice-about = Om exemplet
similar-practices = Liknande exempel
field-city = Stad
field-organisations = Organisationer
field-period = Period
period-ongoing = pågår
field-status = Läge
field-domains = Områden
field-key-features = Nyckelfaktorer
field-themes = Teman
field-target-groups = Målgrupper
field-icc-areas = Områden i Intercultural Cities-indexet
field-adapted-from = Anpassat från
field-adapted-by = Anpassat av
practice-evaluation = Utvärdering
practice-contact-sources = Kontakt och källor
field-contact = Kontakt
field-links = Länkar
field-source = Källa
field-licence = Licens

## Bläddra per stad och område

cities-title = Städer
cities-heading = Exempel per stad
cities-intro = De sju EPI-städerna prövade lokala integrationsstrategier 2020–2022; andra städer lägger till sina exempel när de tar efter dem.
city-heading = Exempel från { $city }
domains-title = Områden
domains-heading = Exempel per område
domains-intro = EPI delar in en lokal integrationsstrategi i tre områden.
domain-heading = Område: { $domain }
practices-count =
    { $count ->
        [one] { $count } exempel
       *[other] { $count } exempel
    }
languages-label = Språk:
see-all =
    { $count ->
        [one] Visa dokumentet i sökningen
       *[other] Visa alla { $count } dokument i sökningen
    }
description-domain-interaction = Vardaglig kontakt mellan nyanlända och dem som länge bott i staden: gemensamma platser, evenemang, språkutbyte, ideellt engagemang och dialog som bygger förtroende mellan människor med olika bakgrund.
description-domain-participation = Migranter som deltar i stadens liv och beslut: samråd, medborgarråd, föreningar och gemensam utformning av tjänster och strategier.
description-domain-governance = Hur staden organiserar integrationen: politiskt engagemang, samordning mellan förvaltningar och partner, strategier, tjänster, uppföljning och finansiering.

## Sidan Om biblioteket

about-title = Om biblioteket
about-heading = Om biblioteket
about-intro = Europeiska integrationspakten (EPI, 2020–2022) samlade sju städer — Cartagena, Cluj-Napoca, Dietzenbach, Linköping, Lublin, Ravenna och Riga — för att utforma och pröva lokala strategier för integration av tredjelandsmedborgare, med finansiering från EU:s asyl-, migrations- och integrationsfond (AMIF). Biblioteket samlar det som fungerade, så att andra städer kan göra likadant.
about-framework-heading = EPI-ramverket
about-framework-intro = Varje exempel beskrivs med samma ramverk, och det är också efter det du kan filtrera sökningen.
about-domains-heading = Tre områden
about-features-heading = Fem nyckelfaktorer
about-features-intro = En stark lokal strategi kännetecknas av:
about-feature-item = { $feature }: { $description }.
description-key-feature-political-commitment = stadens ledning står bakom strategin och ger den mandat och resurser
description-key-feature-participation = migranter, invånare och lokala organisationer är med och utformar och genomför den
description-key-feature-narrative = staden berättar en positiv, gemensam berättelse om mångfald och tillhörighet
description-key-feature-evaluation = resultaten mäts och används för att förbättra arbetet
description-key-feature-sustainability = arbetet lever vidare när projektfinansieringen tar slut
about-dimensions-heading = Sex utvärderingsdimensioner
about-dimensions-intro = Pilotprojekten utvärderades utifrån sex frågor, OECD-DAC:s utvärderingskriterier; varje exempel redovisar sitt underlag för de dimensioner det bedömdes efter.
about-dimension-column = Dimension
about-question-column = Fråga
question-dimension-relevance = Svarar det mot verkliga behov hos migranterna och staden?
question-dimension-effectiveness = Nådde det sina mål?
question-dimension-sustainability = Kommer nyttan att bestå?
question-dimension-efficiency = Användes resurserna väl?
question-dimension-coherence = Stämmer det med stadens övriga politik och aktörer?
question-dimension-impact = Vilken skillnad gjorde det utöver de direkta resultaten?
about-steps-heading = Stegen i en stads pakt
about-steps = Varje stad granskade sin interkulturella politik, höll rundabordssamtal med lokala aktörer, skrev en integrationsstrategi och prövade den: ett samordningsorgan, ett startevenemang och en lokal integrationspakt. I spridningsworkshoppar delades sedan resultaten med städer utanför projektet.
about-howto-heading = Så söker du
about-howto-languages = Skriv på något av bibliotekets åtta språk: engelska, rumänska, italienska, spanska, tyska, svenska, polska eller lettiska. Böjda former och ord som skrivs utan accenter hittas också.
about-howto-syntax = Alla ord måste matcha. Använd { $phrase } för en exakt fras, { $exclude } för att utesluta ett ord och { $or } mellan alternativ: { $example }.
about-howto-example = boende OR housing
about-howto-filters = Avgränsa resultaten med filtren: stad, område, språk, tema, nyckelfaktor, målgrupp, läge och år. Flera värden i samma filter vidgar sökningen (något av dem räcker); filter av olika slag begränsar den.
about-howto-share = Varje sökning har en egen adress: spara den som bokmärke eller dela den.
about-howto-api = Utvecklare kan använda samma sökning via { $api }.
about-api-link = JSON-API:t

## Felsidor

error-not-found-title = Sidan hittades inte
error-not-found-detail = Det finns ingen sida på den här adressen.
error-not-found-advice = Adressen kan vara felstavad, eller så har exemplet flyttats.
error-bad-request-title = Sökningen kunde inte genomföras
error-bad-request-advice = Ändra sökningen och försök igen.
error-method-title = Den här sidan kan inte göra det
error-method-detail = Den här adressen kan bara läsas.
error-method-advice = Följ en länk eller använd sökningen i stället.
error-busy-title = Biblioteket är upptaget
error-busy-detail = Biblioteket besvarar många sökningar samtidigt just nu.
error-busy-advice = Försök igen om en liten stund.
error-internal-title = Något gick fel
error-internal-detail = Biblioteket kunde inte svara på grund av ett internt fel.
error-internal-advice = Problemet har loggats. Försök igen senare.
error-go-to-search = Gå till söksidan

## Konton, bidrag och granskning

nav-account = Konto
nav-sign-in = Logga in
nav-submit = Skicka in en praktik
nav-my-submissions = Mina bidrag
nav-review = Granskning
nav-sign-out = Logga ut
sign-in-title = Logga in
sign-in-intro = Partner och bibliotekarier loggar in med den åtkomsttoken som biblioteket gav dem. Inloggad kan du skicka in praktiker och översättningar och följa granskningen.
sign-in-token-label = Åtkomsttoken
sign-in-token-hint = Den börjar med epi_ och lämnades ut en gång, när ditt konto skapades.
sign-in-rejected = Token godtogs inte. Kontrollera att du kopierade hela.
sign-in-too-many = För många inloggningsförsök från din anslutning. Vänta en minut och försök igen.
sign-in-button = Logga in
signed-out = Du är utloggad.
submit-title = Skicka in en praktik
submit-intro = Beskriv en praktik från din stad. En bibliotekarie granskar varje bidrag innan det publiceras; du kan följa ditt under Mina bidrag. Använd Förhandsvisning för att kontrollera texten innan du skickar in den.
translate-title = Lägg till en översättning: { $title }
translate-intro = Formuläret innehåller praktiken som den är publicerad. Välj det nya språket, översätt titel, sammanfattning, nyckelord, utvärdering och text, förhandsgranska sedan och skicka in.
add-translation = Lägg till en översättning
form-errors-heading =
    { $count ->
        [one] Formuläret har { $count } problem
       *[other] Formuläret har { $count } problem att åtgärda
    }
form-preview-heading = Förhandsvisning
form-no-problems = Inga problem hittades: praktiken kan skickas in.
form-warnings-heading = Varningar
form-section-practice = Praktiken
form-section-framework = EPI-ramverket
form-section-text = Fallstudien
form-section-more = Kontakt, länkar och källor
form-slug-label = Kortnamn i adressen (slug)
form-slug-hint = Små bokstäver a–z, siffror och bindestreck, 3 till 80 tecken, till exempel one-stop-shop. Lämnas fältet tomt skapas det från titeln.
form-title-label = Titel
form-summary-label = Sammanfattning
form-summary-hint = En till tre meningar, högst 600 tecken.
form-lang-label = Textens språk
form-choose = Välj…
form-country-label = Landskod
form-country-hint = Två versaler (ISO 3166-1), till exempel RO eller SE.
form-one-per-line = En per rad.
form-period-start-label = Start
form-period-end-label = Slut (lämna tomt så länge den pågår)
form-date-hint = Ett år, år och månad eller ett fullständigt datum: 2021, 2021-06 eller 2021-06-15.
form-body-label = Text (Markdown)
form-body-hint = Skriv under avsnittsrubrikerna, på praktikens språk: ## inleder en rubrik, en tom rad skiljer stycken åt. HTML visas inte.
form-keywords-label = Nyckelord (högst 7)
form-evaluation-hint = Ange belägg för de dimensioner som praktiken utvärderades på; lämna de övriga tomma.
form-practice-ids-hint = Praktikers id, till exempel riga/we-are-rigans, ett per rad.
form-contact-organisation-label = Organisation
form-contact-name-label = Namn (valfritt)
form-contact-email-label = E-post (valfritt)
form-contact-url-label = Webbadress (valfri)
form-link-title-label = Länk { $number }: titel
form-link-url-label = Länk { $number }: adress
form-source-hint = Var uppgifterna kommer ifrån; ange vilka avsnitt som är illustrativa snarare än belagda.
form-preview-button = Förhandsvisning
form-submit-button = Skicka till granskning
mine-title = Mina bidrag
mine-intro = Bidrag från { $org }, de senaste först.
mine-empty = Inget inskickat än.
mine-submitted = Tack: ditt bidrag är sparat och väntar på granskning av en bibliotekarie.
column-title = Titel
column-target = Fil
column-submitted = Inskickat
column-status = Läge
column-reason = Motivering:
column-organisation = Organisation
submission-status-pending = Väntar på granskning
submission-status-published = Publicerat
submission-status-rejected = Avslaget
review-title = Granskning
review-intro =
    { $count ->
        [one] { $count } bidrag väntar på granskning.
       *[other] { $count } bidrag väntar på granskning.
    }
review-empty = Inga bidrag väntar på granskning.
review-approved = Bidraget har publicerats och går nu att hitta med sökningen.
review-rejected = Bidraget har avslagits; partnern kan läsa din motivering.
review-kind-new = (ny praktik)
review-kind-translation = (översättning)
review-report-heading = Valideringsrapport
review-decide-heading = Beslut
review-approve-button = Godkänn och publicera
review-reason-label = Skäl till avslag
review-reason-hint = Partnern läser det: skriv vad som behöver ändras.
review-reject-button = Avslå
review-raw-heading = Filen som den skickades in
error-unauthorized-title = Logga in
error-unauthorized-detail = Den här sidan är för inloggade partner och bibliotekarier.
error-unauthorized-advice = Logga in med din åtkomsttoken och försök igen.
error-forbidden-title = Inte tillåtet
error-forbidden-detail = Ditt konto får inte göra detta, eller så var formuläret inaktuellt.
error-forbidden-advice = Gå tillbaka, ladda om sidan och försök igen. Granskning görs av bibliotekarier.
error-conflict-title = Detta är redan gjort
error-conflict-advice = Ladda om sidan för att se det aktuella läget.
error-too-large-title = För stort
error-too-large-detail = Det som skickades är större än biblioteket tar emot.
error-too-large-advice = Korta texten och försök igen.
error-invalid-title = Kontrollera innehållet
error-invalid-detail = Vissa fält är ogiltiga.
error-invalid-advice = Gå tillbaka, rätta fälten och försök igen.
error-too-many-title = För många försök
error-too-many-detail = För många försök kom från din anslutning.
error-too-many-advice = Vänta en minut och försök igen.

## EPI-områden

domain-interaction = Interaktion
domain-participation = Delaktighet
domain-governance = Styrning

## EPI:s nyckelfaktorer

key-feature-political-commitment = Politiskt engagemang
key-feature-participation = Delaktighet
key-feature-narrative = Berättelse
key-feature-evaluation = Utvärdering
key-feature-sustainability = Hållbarhet

## Utvärderingsdimensioner (OECD-DAC:s kriterier)

dimension-relevance = Relevans
dimension-effectiveness = Måluppfyllelse
dimension-sustainability = Hållbarhet
dimension-efficiency = Effektivitet
dimension-coherence = Samstämmighet
dimension-impact = Effekt

## Teman

theme-language-learning = Språkinlärning
theme-labour-market = Arbetsmarknad
theme-entrepreneurship = Företagande
theme-education = Utbildning
theme-housing = Boende
theme-health = Hälsa
theme-culture = Kultur
theme-interreligious-dialogue = Interreligiös dialog
theme-anti-discrimination = Antidiskriminering
theme-welcoming-services = Mottagning och samlad service
theme-volunteering = Ideellt engagemang
theme-media-narrative = Medier och berättelser
theme-civic-participation = Medborgardeltagande
theme-intercultural-mediation = Interkulturell medling
theme-neighbourhoods = Bostadsområden
theme-women = Kvinnor
theme-youth = Unga
theme-digital-inclusion = Digital delaktighet
theme-research-and-monitoring = Forskning och uppföljning
theme-strategy-and-policy = Strategi och policy

## Målgrupper

target-group-third-country-nationals = Tredjelandsmedborgare
target-group-refugees = Flyktingar
target-group-asylum-seekers = Asylsökande
target-group-newcomers = Nyanlända
target-group-migrant-women = Kvinnor med migrationsbakgrund
target-group-children-and-youth = Barn och unga
target-group-families = Familjer
target-group-students = Studerande
target-group-jobseekers = Arbetssökande
target-group-entrepreneurs = Företagare
target-group-employers = Arbetsgivare
target-group-host-community = Det mottagande samhället
target-group-public-officials = Offentligt anställda
target-group-civil-society = Civilsamhället
target-group-religious-communities = Religiösa samfund
target-group-volunteers = Volontärer
target-group-teachers = Lärare

## Ett exempels läge

status-planned = Planerat
status-pilot = Pilot
status-ongoing = Pågående
status-completed = Avslutat

## Områden i Intercultural Cities-indexet (ICC)

icc-commitment = Åtagande
icc-education = Utbildning
icc-neighbourhoods = Bostadsområden
icc-public-services = Offentlig service
icc-business-and-labour-market = Näringsliv och arbetsmarknad
icc-cultural-and-social-life = Kulturellt och socialt liv
icc-public-space = Offentliga rum
icc-mediation-and-conflict-resolution = Medling och konfliktlösning
icc-language = Språk
icc-media-and-communication = Medier och kommunikation
icc-international-outlook = Internationell utblick
icc-intercultural-intelligence = Interkulturell förståelse och kompetens
icc-welcoming-newcomers = Mottagande av nyanlända
icc-leadership-and-citizenship = Ledarskap och medborgarskap
icc-anti-discrimination = Antidiskriminering
icc-participation = Delaktighet
icc-interaction = Interaktion

# Cross-language search
query-expanded = Sökte även på de andra språken efter: { $concepts }.
query-expanded-off = Sök bara på de inskrivna orden
query-not-expanded = Bara de inskrivna orden söktes.
query-expanded-on = Sök även på andra språk
results-languages = Resultatens språk
results-all-languages = Alla språk
results-only-language = Bara { $language }
reader-version = Sammanfattning { $language }:
