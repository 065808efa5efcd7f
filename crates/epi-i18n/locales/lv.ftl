# EPI labās prakses bibliotēkas saskarne latviešu valodā.
# Tās pašas atslēgas, kas en.ftl (atsauces failā); skatiet tur esošos komentārus.

## Visas lapas

site-name = EPI labās prakses bibliotēka
page-title = { $title } — { site-name }
skip-link = Pāriet uz galveno saturu
nav-main = Galvenā navigācija
nav-search = Meklēt
nav-cities = Pilsētas
nav-domains = Jomas
nav-about = Par bibliotēku
language-menu = Valoda
footer-text = Labās prakses migrantu integrācijai vietējā līmenī no Eiropas Integrācijas pakta (EPI, 2020–2022), ko līdzfinansēja ES Patvēruma, migrācijas un integrācijas fonds.
footer-about = Par bibliotēku
footer-api = API
breadcrumb = Navigācijas ceļš
documents-count =
    { $count ->
        [zero] { $count } dokumentu
        [one] { $count } dokuments
       *[other] { $count } dokumenti
    }

## Filtri

facet-city = Pilsēta
facet-country = Valsts
facet-domain = Joma
facet-key-feature = Galvenā iezīme
facet-theme = Tēma
facet-target-group = Mērķgrupa
facet-lang = Valoda
facet-status = Statuss
facet-year = Gads
facet-topic = Jēdziens

## Valoda, kurā dokuments ir uzrakstīts

in-language-en = angļu valodā
in-language-ro = rumāņu valodā
in-language-it = itāļu valodā
in-language-es = spāņu valodā
in-language-de = vācu valodā
in-language-sv = zviedru valodā
in-language-pl = poļu valodā
in-language-lv = latviešu valodā

## Meklēšanas lapa

search-title = Meklēt bibliotēkā
search-title-query = { $query } — meklēšana
search-heading = Meklēt labās prakses bibliotēkā
search-label = Meklēt prakses
search-placeholder = piem., vienas pieturas aģentūra, integracja, mediazione interculturale
search-button = Meklēt
search-help = Rakstiet jebkurā no astoņām bibliotēkas valodām. Izmantojiet { $phrase } precīzai frāzei, { $exclude }, lai izslēgtu vārdu, un { $or } alternatīvām.
syntax-phrase = "pēdiņas"
syntax-exclude = -vārds
filters = Filtri
apply-filters = Lietot filtrus
active-filters = Aktīvie filtri
filter-chip = { $facet }: { $value }
remove-filter = Noņemt filtru { $filter }
clear-filters = Notīrīt visus filtrus
query-corrected = Vaicājumam „{ $query }” atbilst maz prakšu. Tiek rādīti rezultāti vaicājumam „{ $corrected }”.
query-adjusted = Vaicājums tika pielāgots: { $note }.
note-truncated =
    { $max ->
        [one] vaicājums bija garāks par { $max } rakstzīmi un tika saīsināts
       *[other] vaicājums bija garāks par { $max } rakstzīmēm un tika saīsināts
    }
note-too-many-terms =
    { $max ->
        [one] tika meklēts tikai pirmais vārds vai frāze
       *[other] tika meklēti tikai pirmie { $max } vārdi un frāzes
    }
note-phrase-too-long =
    { $max ->
        [one] frāze tika saīsināta līdz pirmajam vārdam
       *[other] frāze tika saīsināta līdz pirmajiem { $max } vārdiem
    }
note-unbalanced-quote = pēdiņām nebija pāra, tāpēc to vārdi tika meklēti kā parasti vārdi
note-stray-operator = „{ $operator }” neattiecās ne uz ko, tāpēc tika ignorēts
note-control-characters = vadības rakstzīmes tika noņemtas
note-no-words = tajā nebija burtu vai ciparu, ko meklēt, tāpēc tiek rādītas visas prakses
results-count =
    { $count ->
        [0] Neviena prakse neatbilst
        [one] Atrasts { $count } dokuments
       *[other] Atrasti { $count } dokumenti
    }
sort-nav = Kārtošana
sort-label = Kārtot:
sort-relevance = pēc atbilstības
sort-newest = jaunākās vispirms
also-in = Pieejams arī:
result-tags = Jomas un tēmas
empty-heading = Šim meklējumam neatbilst neviena prakse
empty-remove-filter = Noņemt filtru { $filter }
empty-search-all = Meklēt „{ $query }” visās praksēs
empty-spelling = Pārbaudiet pareizrakstību vai izmantojiet mazāk vārdu vai vispārīgākus vārdus.
empty-other-language = Meklējiet citā valodā: prakses ir aprakstītas astoņās valodās.
empty-browse = Pārlūkot prakses pa pilsētām
pagination = Lapas
page-previous = Iepriekšējā
page-next = Nākamā
page-number = { $page }. lapa

## Prakse

versions-nav = Valodu versijas
available-in = Pieejama valodās
practice-about = Par šo praksi
similar-practices = Līdzīgas prakses
field-city = Pilsēta
field-organisations = Organizācijas
field-period = Periods
period-ongoing = turpinās
field-status = Statuss
field-domains = Jomas
field-key-features = Galvenās iezīmes
field-themes = Tēmas
field-target-groups = Mērķgrupas
field-icc-areas = Starpkultūru pilsētu indeksa jomas
field-adapted-from = Pārņemta no
field-adapted-by = Pārņēmuši
practice-evaluation = Izvērtēšana
practice-contact-sources = Kontakti un avoti
field-contact = Kontaktinformācija
field-links = Saites
field-source = Avots
field-licence = Licence

## Pārlūkošana pa pilsētām un jomām

cities-title = Pilsētas
cities-heading = Prakses pa pilsētām
cities-intro = Septiņas EPI pilsētas no 2020. līdz 2022. gadam izmēģināja vietējās integrācijas stratēģijas; citas pilsētas pievieno savas prakses, kad tās pārņem.
city-heading = Prakses: { $city }
domains-title = Jomas
domains-heading = Prakses pa jomām
domains-intro = EPI vietējās integrācijas stratēģiju iedala trīs jomās.
domain-heading = Joma: { $domain }
practices-count =
    { $count ->
        [zero] { $count } prakšu
        [one] { $count } prakse
       *[other] { $count } prakses
    }
languages-label = Valodas:
see-all =
    { $count ->
        [one] Skatīt dokumentu meklēšanā
       *[other] Skatīt visus { $count } dokumentus meklēšanā
    }
description-domain-interaction = Ikdienas saskarsme starp jaunpienācējiem un ilggadējiem iedzīvotājiem: kopīgas telpas, pasākumi, valodu apmaiņa, brīvprātīgais darbs un dialogs, kas veido uzticēšanos starp dažādas izcelsmes cilvēkiem.
description-domain-participation = Migranti piedalās pilsētas dzīvē un lēmumu pieņemšanā: konsultācijas, pilsoniskās padomes, biedrības un kopīga pakalpojumu un stratēģiju veidošana.
description-domain-governance = Kā pilsēta organizē integrāciju: politiskā apņemšanās, koordinācija starp struktūrvienībām un partneriem, stratēģijas, pakalpojumi, izvērtēšana un finansējums.

## Lapa „Par bibliotēku”

about-title = Par bibliotēku
about-heading = Par bibliotēku
about-intro = Eiropas Integrācijas pakts (EPI, 2020–2022) apvienoja septiņas pilsētas — Cartagena, Cluj-Napoca, Dietzenbach, Linköping, Lublin, Ravenna un Riga —, lai ar ES Patvēruma, migrācijas un integrācijas fonda (PMIF) finansējumu izstrādātu un izmēģinātu vietējās stratēģijas trešo valstu pilsoņu integrācijai. Šī bibliotēka apkopo to, kas izdevās, lai citas pilsētas to varētu pārņemt.
about-framework-heading = EPI ietvars
about-framework-intro = Katra prakse ir aprakstīta pēc viena un tā paša ietvara, un pēc tā var arī filtrēt meklēšanu.
about-domains-heading = Trīs jomas
about-features-heading = Piecas galvenās iezīmes
about-features-intro = Spēcīgai vietējai stratēģijai ir raksturīgs:
about-feature-item = { $feature }: { $description }.
description-key-feature-political-commitment = pilsētas vadība atbalsta stratēģiju un piešķir tai pilnvaras un resursus
description-key-feature-participation = migranti, iedzīvotāji un vietējās organizācijas palīdz to izstrādāt un īstenot
description-key-feature-narrative = pilsēta stāsta pozitīvu, kopīgu stāstu par daudzveidību un piederību
description-key-feature-evaluation = rezultātus mēra un izmanto darba uzlabošanai
description-key-feature-sustainability = darbs turpinās arī pēc projekta finansējuma beigām
about-dimensions-heading = Sešas izvērtēšanas dimensijas
about-dimensions-intro = Izmēģinājuma projekti tika izvērtēti pēc sešiem jautājumiem — ESAO DAC izvērtēšanas kritērijiem; katra prakse sniedz pierādījumus par tām dimensijām, pēc kurām tā tika vērtēta.
about-dimension-column = Dimensija
about-question-column = Jautājums
question-dimension-relevance = Vai tā atbilst migrantu un pilsētas reālajām vajadzībām?
question-dimension-effectiveness = Vai tā sasniedza savus mērķus?
question-dimension-sustainability = Vai ieguvumi būs ilgstoši?
question-dimension-efficiency = Vai resursi tika izmantoti lietderīgi?
question-dimension-coherence = Vai tā saskan ar citām pilsētas politikām un dalībniekiem?
question-dimension-impact = Ko tā mainīja papildus tiešajiem rezultātiem?
about-steps-heading = Pilsētas pakta posmi
about-steps = Katra pilsēta pārskatīja savu starpkultūru politiku, rīkoja apaļā galda diskusijas ar vietējām ieinteresētajām pusēm, izstrādāja integrācijas stratēģiju un to izmēģināja: koordinācijas struktūra, atklāšanas pasākums un pilsētas integrācijas pakts. Pēc tam pārņemšanas darbnīcās rezultāti tika nodoti pilsētām ārpus projekta.
about-howto-heading = Kā meklēt
about-howto-languages = Rakstiet jebkurā no astoņām bibliotēkas valodām: angļu, rumāņu, itāļu, spāņu, vācu, zviedru, poļu vai latviešu. Tiek atrastas arī locītas formas un vārdi, kas uzrakstīti bez diakritiskajām zīmēm.
about-howto-syntax = Jāatbilst visiem vārdiem. Izmantojiet { $phrase } precīzai frāzei, { $exclude }, lai izslēgtu vārdu, un { $or } starp alternatīvām: { $example }.
about-howto-example = mājoklis OR housing
about-howto-filters = Sašauriniet rezultātus ar filtriem: pilsēta, joma, valoda, tēma, galvenā iezīme, mērķgrupa, statuss un gads. Vairākas viena filtra vērtības paplašina meklēšanu (pietiek ar jebkuru no tām); dažādu veidu filtri to sašaurina.
about-howto-share = Katram meklējumam ir sava adrese: saglabājiet to grāmatzīmēs vai kopīgojiet.
about-howto-api = Izstrādātāji to pašu meklēšanu var izmantot ar { $api } palīdzību.
about-api-link = JSON API

## Kļūdu lapas

error-not-found-title = Lapa nav atrasta
error-not-found-detail = Šajā adresē nav nevienas lapas.
error-not-found-advice = Iespējams, adrese ir uzrakstīta kļūdaini vai prakse ir pārvietota.
error-bad-request-title = Šo meklēšanu nevarēja izpildīt
error-bad-request-advice = Mainiet meklēšanu un mēģiniet vēlreiz.
error-method-title = Šī lapa to neatbalsta
error-method-detail = Šo adresi var tikai lasīt.
error-method-advice = Izmantojiet saiti vai meklēšanu.
error-busy-title = Bibliotēka ir aizņemta
error-busy-detail = Bibliotēka pašlaik atbild uz daudziem meklējumiem vienlaikus.
error-busy-advice = Lūdzu, mēģiniet vēlreiz pēc brīža.
error-internal-title = Radās kļūda
error-internal-detail = Bibliotēka nevarēja atbildēt iekšējas kļūdas dēļ.
error-internal-advice = Problēma ir reģistrēta. Lūdzu, mēģiniet vēlreiz vēlāk.
error-go-to-search = Uz meklēšanas lapu

## Konti, iesniegumi un pārskatīšana

nav-account = Konts
nav-sign-in = Pieteikties
nav-submit = Iesniegt praksi
nav-my-submissions = Mani iesniegumi
nav-review = Pārskatīšana
nav-sign-out = Atteikties
sign-in-title = Pieteikšanās
sign-in-intro = Partneri un bibliotekāri piesakās ar piekļuves pilnvaru, ko viņiem izsniegusi bibliotēka. Pēc pieteikšanās varat iesniegt prakses un tulkojumus un sekot to pārskatīšanai.
sign-in-token-label = Piekļuves pilnvara
sign-in-token-hint = Tā sākas ar epi_ un tika jums izsniegta vienreiz, kad tika izveidots konts.
sign-in-rejected = Pilnvara netika pieņemta. Pārbaudiet, vai nokopējāt to visu.
sign-in-too-many = No jūsu savienojuma ir pārāk daudz pieteikšanās mēģinājumu. Lūdzu, uzgaidiet minūti un mēģiniet vēlreiz.
sign-in-button = Pieteikties
signed-out = Jūs esat atteicies.
submit-title = Iesniegt praksi
submit-intro = Aprakstiet savas pilsētas praksi. Bibliotekārs pārskata katru iesniegumu pirms publicēšanas; tā gaitai varat sekot sadaļā Mani iesniegumi. Ar priekšskatījumu pārbaudiet tekstu pirms iesniegšanas.
translate-title = Pievienot tulkojumu: { $title }
translate-intro = Veidlapā ir prakse tādā veidā, kādā tā publicēta. Izvēlieties jauno valodu, pārtulkojiet nosaukumu, kopsavilkumu, atslēgvārdus, novērtējumu un tekstu, tad priekšskatiet un iesniedziet.
add-translation = Pievienot tulkojumu
form-errors-heading =
    { $count ->
        [zero] Veidlapā ir { $count } problēmu
        [one] Veidlapā ir { $count } problēma
       *[other] Veidlapā ir { $count } problēmas
    }
form-preview-heading = Priekšskatījums
form-no-problems = Problēmas netika atrastas: praksi var iesniegt.
form-warnings-heading = Brīdinājumi
form-section-practice = Prakse
form-section-framework = EPI ietvars
form-section-text = Gadījuma izpēte
form-section-more = Kontakti, saites un avoti
form-slug-label = Īsais nosaukums adresē (slug)
form-slug-hint = Mazie burti a–z, cipari un defises, no 3 līdz 80 rakstzīmēm, piemēram, one-stop-shop. Ja lauks paliek tukšs, to veido no nosaukuma.
form-title-label = Nosaukums
form-summary-label = Kopsavilkums
form-summary-hint = Viens līdz trīs teikumi, ne vairāk kā 600 rakstzīmes.
form-lang-label = Teksta valoda
form-choose = Izvēlieties…
form-country-label = Valsts kods
form-country-hint = Divi lielie burti (ISO 3166-1), piemēram, RO vai SE.
form-one-per-line = Pa vienam katrā rindā.
form-period-start-label = Sākums
form-period-end-label = Beigas (atstājiet tukšu, ja vēl notiek)
form-date-hint = Gads, gads un mēnesis vai pilns datums: 2021, 2021-06 vai 2021-06-15.
form-body-label = Teksts (Markdown)
form-body-hint = Rakstiet zem sadaļu virsrakstiem prakses valodā: ## sāk virsrakstu, tukša rinda atdala rindkopas. HTML netiek attēlots.
form-keywords-label = Atslēgvārdi (ne vairāk kā 7)
form-evaluation-hint = Norādiet pierādījumus tām dimensijām, pēc kurām prakse novērtēta; pārējās atstājiet tukšas.
form-practice-ids-hint = Prakšu identifikatori, piemēram, riga/we-are-rigans, pa vienam katrā rindā.
form-contact-organisation-label = Organizācija
form-contact-name-label = Vārds (nav obligāts)
form-contact-email-label = E-pasts (nav obligāts)
form-contact-url-label = Tīmekļa adrese (nav obligāta)
form-link-title-label = Saite { $number }: nosaukums
form-link-url-label = Saite { $number }: adrese
form-source-hint = No kurienes nāk fakti; norādiet, kuri fragmenti ir ilustratīvi, nevis dokumentēti.
form-preview-button = Priekšskatīt
form-submit-button = Iesniegt pārskatīšanai
mine-title = Mani iesniegumi
mine-intro = Organizācijas { $org } iesniegumi, jaunākie vispirms.
mine-empty = Vēl nekas nav iesniegts.
mine-submitted = Paldies: iesniegums ir saglabāts un gaida bibliotekāra pārskatīšanu.
column-title = Nosaukums
column-target = Datne
column-submitted = Iesniegts
column-status = Statuss
column-reason = Iemesls:
column-organisation = Organizācija
submission-status-pending = Gaida pārskatīšanu
submission-status-published = Publicēts
submission-status-rejected = Noraidīts
review-title = Pārskatīšana
review-intro =
    { $count ->
        [zero] { $count } iesniegumu gaida pārskatīšanu.
        [one] { $count } iesniegums gaida pārskatīšanu.
       *[other] { $count } iesniegumi gaida pārskatīšanu.
    }
review-empty = Neviens iesniegums negaida pārskatīšanu.
review-approved = Iesniegums ir publicēts, un to jau var atrast meklēšanā.
review-rejected = Iesniegums ir noraidīts; partneris var izlasīt jūsu pamatojumu.
review-kind-new = (jauna prakse)
review-kind-translation = (tulkojums)
review-report-heading = Validācijas pārskats
review-decide-heading = Lēmums
review-approve-button = Apstiprināt un publicēt
review-reason-label = Noraidīšanas iemesls
review-reason-hint = Partneris to izlasīs: norādiet, kas jāmaina.
review-reject-button = Noraidīt
review-raw-heading = Datne tādā veidā, kādā tā iesniegta
error-unauthorized-title = Lūdzu, piesakieties
error-unauthorized-detail = Šī lapa ir paredzēta pieteikušamies partneriem un bibliotekāriem.
error-unauthorized-advice = Piesakieties ar savu piekļuves pilnvaru un mēģiniet vēlreiz.
error-forbidden-title = Nav atļauts
error-forbidden-detail = Jūsu konts to nedrīkst darīt, vai arī veidlapa bija novecojusi.
error-forbidden-advice = Atgriezieties, pārlādējiet lapu un mēģiniet vēlreiz. Pārskatīšana ir bibliotekāru uzdevums.
error-conflict-title = Tas jau ir izdarīts
error-conflict-advice = Pārlādējiet lapu, lai redzētu pašreizējo stāvokli.
error-too-large-title = Pārāk liels
error-too-large-detail = Nosūtītais pārsniedz bibliotēkas pieņemto apjomu.
error-too-large-advice = Saīsiniet tekstu un mēģiniet vēlreiz.
error-invalid-title = Lūdzu, pārbaudiet saturu
error-invalid-detail = Daži lauki nav derīgi.
error-invalid-advice = Atgriezieties, izlabojiet laukus un mēģiniet vēlreiz.
error-too-many-title = Pārāk daudz mēģinājumu
error-too-many-detail = No jūsu savienojuma ir bijis pārāk daudz mēģinājumu.
error-too-many-advice = Lūdzu, uzgaidiet minūti un mēģiniet vēlreiz.

## EPI jomas

domain-interaction = Mijiedarbība
domain-participation = Līdzdalība
domain-governance = Pārvaldība

## EPI galvenās iezīmes

key-feature-political-commitment = Politiskā apņemšanās
key-feature-participation = Līdzdalība
key-feature-narrative = Naratīvs
key-feature-evaluation = Izvērtēšana
key-feature-sustainability = Ilgtspēja

## Izvērtēšanas dimensijas (ESAO DAC kritēriji)

dimension-relevance = Atbilstība
dimension-effectiveness = Rezultativitāte
dimension-sustainability = Ilgtspēja
dimension-efficiency = Efektivitāte
dimension-coherence = Saskaņotība
dimension-impact = Ietekme

## Tēmas

theme-language-learning = Valodas apguve
theme-labour-market = Darba tirgus
theme-entrepreneurship = Uzņēmējdarbība
theme-education = Izglītība
theme-housing = Mājokļi
theme-health = Veselība
theme-culture = Kultūra
theme-interreligious-dialogue = Starpreliģiju dialogs
theme-anti-discrimination = Diskriminācijas novēršana
theme-welcoming-services = Uzņemšanas pakalpojumi un vienas pieturas aģentūras
theme-volunteering = Brīvprātīgais darbs
theme-media-narrative = Mediji un naratīvs
theme-civic-participation = Pilsoniskā līdzdalība
theme-intercultural-mediation = Starpkultūru mediācija
theme-neighbourhoods = Apkaimes
theme-women = Sievietes
theme-youth = Jaunieši
theme-digital-inclusion = Digitālā iekļaušana
theme-research-and-monitoring = Pētniecība un uzraudzība
theme-strategy-and-policy = Stratēģija un politika

## Mērķgrupas

target-group-third-country-nationals = Trešo valstu pilsoņi
target-group-refugees = Bēgļi
target-group-asylum-seekers = Patvēruma meklētāji
target-group-newcomers = Jaunpienācēji
target-group-migrant-women = Sievietes migrantes
target-group-children-and-youth = Bērni un jaunieši
target-group-families = Ģimenes
target-group-students = Studenti
target-group-jobseekers = Darba meklētāji
target-group-entrepreneurs = Uzņēmēji
target-group-employers = Darba devēji
target-group-host-community = Uzņemošā sabiedrība
target-group-public-officials = Valsts un pašvaldību darbinieki
target-group-civil-society = Pilsoniskā sabiedrība
target-group-religious-communities = Reliģiskās kopienas
target-group-volunteers = Brīvprātīgie
target-group-teachers = Skolotāji

## Prakses statuss

status-planned = Plānota
status-pilot = Izmēģinājums
status-ongoing = Notiek
status-completed = Pabeigta

## Starpkultūru pilsētu (ICC) indeksa jomas

icc-commitment = Apņemšanās
icc-education = Izglītība
icc-neighbourhoods = Apkaimes
icc-public-services = Publiskie pakalpojumi
icc-business-and-labour-market = Uzņēmējdarbība un darba tirgus
icc-cultural-and-social-life = Kultūras un sabiedriskā dzīve
icc-public-space = Publiskā telpa
icc-mediation-and-conflict-resolution = Mediācija un konfliktu risināšana
icc-language = Valoda
icc-media-and-communication = Mediji un komunikācija
icc-international-outlook = Starptautiskā atvērtība
icc-intercultural-intelligence = Starpkultūru izpratne un kompetence
icc-welcoming-newcomers = Jaunpienācēju uzņemšana
icc-leadership-and-citizenship = Līderība un pilsoniskums
icc-anti-discrimination = Diskriminācijas novēršana
icc-participation = Līdzdalība
icc-interaction = Mijiedarbība

# Cross-language search
query-expanded = Meklēts arī pārējās valodās: { $concepts }.
query-expanded-off = Meklēt tikai ierakstītos vārdus
query-not-expanded = Tika meklēti tikai ierakstītie vārdi.
query-expanded-on = Meklēt arī citās valodās
results-languages = Rezultātu valodas
results-all-languages = Visas valodas
results-only-language = Tikai { $language }
reader-version = Kopsavilkums { $language }:
