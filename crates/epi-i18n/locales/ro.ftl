# Interfața Bibliotecii de bune practici EPI, în limba română.
# Aceleași chei ca en.ftl (fișierul de referință); vezi comentariile de acolo.

## Toate paginile

site-name = Biblioteca de bune practici EPI
page-title = { $title } — { site-name }
skip-link = Salt la conținutul principal
nav-main = Principal
nav-search = Căutare
nav-cities = Orașe
nav-domains = Domenii
nav-about = Despre
language-menu = Limbă
footer-text = Bune practici pentru integrarea locală a migranților, din Pactul European pentru Integrare (EPI, 2020–2022), cofinanțat de Fondul UE pentru azil, migrație și integrare.
footer-about = Despre bibliotecă
footer-api = API
breadcrumb = Traseu de navigare
documents-count =
    { $count ->
        [one] { $count } document
        [few] { $count } documente
       *[other] { $count } de documente
    }

## Fațete

facet-city = Oraș
facet-country = Țară
facet-domain = Domeniu
facet-key-feature = Caracteristică-cheie
facet-theme = Temă
facet-target-group = Grup țintă
facet-lang = Limbă
facet-status = Stadiu
facet-year = An
facet-topic = Concept

## Limba în care este scris un document

in-language-en = în engleză
in-language-ro = în română
in-language-it = în italiană
in-language-es = în spaniolă
in-language-de = în germană
in-language-sv = în suedeză
in-language-pl = în poloneză
in-language-lv = în letonă

## Pagina de căutare

search-title = Căutare în bibliotecă
search-title-query = { $query } — căutare
search-heading = Căutați în biblioteca de bune practici
search-label = Căutați practici
search-placeholder = de ex. ghișeu unic, integracja, mediazione interculturale
search-button = Căutare
search-help = Scrieți în oricare dintre cele opt limbi ale bibliotecii. Folosiți { $phrase } pentru o expresie exactă, { $exclude } pentru a exclude un cuvânt și { $or } pentru variante.
syntax-phrase = "ghilimele"
syntax-exclude = -cuvânt
filters = Filtre
apply-filters = Aplicați filtrele
active-filters = Filtre active
filter-chip = { $facet }: { $value }
remove-filter = Eliminați filtrul { $filter }
clear-filters = Eliminați toate filtrele
query-corrected = Puține practici corespund căutării „{ $query }”. Se afișează rezultatele pentru „{ $corrected }”.
query-adjusted = Căutarea a fost ajustată: { $note }.
note-truncated =
    { $max ->
        [one] căutarea depășea { $max } caracter și a fost scurtată
        [few] căutarea depășea { $max } caractere și a fost scurtată
       *[other] căutarea depășea { $max } de caractere și a fost scurtată
    }
note-too-many-terms =
    { $max ->
        [one] s-a căutat doar primul cuvânt sau prima expresie
        [few] s-au căutat doar primele { $max } cuvinte și expresii
       *[other] s-au căutat doar primele { $max } de cuvinte și expresii
    }
note-phrase-too-long =
    { $max ->
        [one] o expresie a fost redusă la primul ei cuvânt
        [few] o expresie a fost redusă la primele ei { $max } cuvinte
       *[other] o expresie a fost redusă la primele ei { $max } de cuvinte
    }
note-unbalanced-quote = ghilimelele nu au fost închise, așa că cuvintele dintre ele au fost căutate ca simple cuvinte
note-stray-operator = „{ $operator }” nu avea la ce să se aplice și a fost ignorat
note-control-characters = caracterele de control au fost eliminate
note-no-words = nu conținea litere sau cifre de căutat, așa că sunt afișate toate practicile
results-count =
    { $count ->
        [0] Nicio practică nu corespunde
        [one] { $count } document găsit
        [few] { $count } documente găsite
       *[other] { $count } de documente găsite
    }
sort-nav = Ordonare
sort-label = Ordonare:
sort-relevance = relevanță
sort-newest = cele mai noi
also-in = Disponibil și în:
result-tags = Domenii și teme
empty-heading = Nicio practică nu corespunde acestei căutări
empty-remove-filter = Eliminați filtrul { $filter }
empty-search-all = Căutați „{ $query }” în toate practicile
empty-spelling = Verificați ortografia sau folosiți mai puține cuvinte ori cuvinte mai generale.
empty-other-language = Căutați în altă limbă: practicile sunt scrise în opt limbi.
empty-browse = Răsfoiți practicile după oraș
pagination = Pagini
page-previous = Înapoi
page-next = Înainte
page-number = Pagina { $page }

## O practică

versions-nav = Versiuni lingvistice
available-in = Disponibilă în
practice-about = Despre această practică
similar-practices = Practici similare
field-city = Oraș
field-organisations = Organizații
field-period = Perioadă
period-ongoing = în desfășurare
field-status = Stadiu
field-domains = Domenii
field-key-features = Caracteristici-cheie
field-themes = Teme
field-target-groups = Grupuri țintă
field-icc-areas = Domenii ale Indexului Orașelor Interculturale
field-adapted-from = Adaptată după
field-adapted-by = Preluată de
practice-evaluation = Evaluare
practice-contact-sources = Contact și surse
field-contact = Contact
field-links = Linkuri
field-source = Sursă
field-licence = Licență

## Răsfoire după oraș și domeniu

cities-title = Orașe
cities-heading = Practici după oraș
cities-intro = Cele șapte orașe EPI au pilotat strategii locale de integrare între 2020 și 2022; alte orașe își adaugă practicile pe măsură ce le preiau.
city-heading = Practici din { $city }
domains-title = Domenii
domains-heading = Practici după domeniu
domains-intro = EPI organizează o strategie locală de integrare în trei domenii.
domain-heading = Domeniu: { $domain }
practices-count =
    { $count ->
        [one] { $count } practică
        [few] { $count } practici
       *[other] { $count } de practici
    }
languages-label = Limbi:
see-all =
    { $count ->
        [one] Vedeți documentul în căutare
        [few] Vedeți toate cele { $count } documente în căutare
       *[other] Vedeți toate cele { $count } de documente în căutare
    }
description-domain-interaction = Contactul de zi cu zi dintre nou-veniți și locuitorii vechi: spații comune, evenimente, schimburi lingvistice, voluntariat și dialog care construiesc încredere între oameni cu origini diferite.
description-domain-participation = Migranții iau parte la viața și la deciziile orașului: consultări, organisme civice, asociații și conceperea în comun a serviciilor și a strategiilor.
description-domain-governance = Cum organizează orașul integrarea: angajament politic, coordonare între departamente și parteneri, strategii, servicii, evaluare și finanțare.

## Pagina „Despre”

about-title = Despre
about-heading = Despre bibliotecă
about-intro = Pactul European pentru Integrare (EPI, 2020–2022) a reunit șapte orașe — Cartagena, Cluj-Napoca, Dietzenbach, Linköping, Lublin, Ravenna și Riga — pentru a concepe și a pilota strategii locale de integrare a resortisanților țărilor terțe, cu finanțare din Fondul UE pentru azil, migrație și integrare (FAMI). Această bibliotecă adună ceea ce a funcționat, pentru ca alte orașe să poată prelua aceste practici.
about-framework-heading = Cadrul EPI
about-framework-intro = Fiecare practică este descrisă după același cadru, după care puteți filtra și căutarea.
about-domains-heading = Trei domenii
about-features-heading = Cinci caracteristici-cheie
about-features-intro = O strategie locală solidă se distinge prin:
about-feature-item = { $feature }: { $description }.
description-key-feature-political-commitment = conducerea orașului susține strategia și îi acordă un mandat și resurse
description-key-feature-participation = migranții, locuitorii și organizațiile locale contribuie la conceperea și la derularea ei
description-key-feature-narrative = orașul spune o poveste pozitivă și comună despre diversitate și apartenență
description-key-feature-evaluation = rezultatele sunt măsurate și folosite pentru îmbunătățirea activității
description-key-feature-sustainability = activitatea continuă și după încheierea finanțării proiectului
about-dimensions-heading = Șase dimensiuni de evaluare
about-dimensions-intro = Proiectele-pilot au fost evaluate pe baza a șase întrebări, criteriile de evaluare OCDE-CAD; fiecare practică își prezintă dovezile pentru dimensiunile după care a fost evaluată.
about-dimension-column = Dimensiune
about-question-column = Întrebare
question-dimension-relevance = Răspunde unor nevoi reale ale migranților și ale orașului?
question-dimension-effectiveness = Și-a atins obiectivele?
question-dimension-sustainability = Vor dura beneficiile?
question-dimension-efficiency = Au fost resursele bine folosite?
question-dimension-coherence = Se potrivește cu celelalte politici și cu ceilalți actori ai orașului?
question-dimension-impact = Ce schimbare a produs dincolo de rezultatele directe?
about-steps-heading = Etapele pactului unui oraș
about-steps = Fiecare oraș și-a analizat politica interculturală, a organizat mese rotunde cu actorii locali, a elaborat o strategie de integrare și a pilotat-o: un organism de coordonare, un eveniment de lansare și un Pact local pentru integrare. Apoi, în ateliere de replicare, rezultatele au fost împărtășite cu orașe din afara proiectului.
about-howto-heading = Cum căutați
about-howto-languages = Scrieți în oricare dintre cele opt limbi ale bibliotecii: engleză, română, italiană, spaniolă, germană, suedeză, poloneză sau letonă. Sunt găsite și formele flexionate, precum și cuvintele scrise fără diacritice.
about-howto-syntax = Trebuie să se regăsească toate cuvintele. Folosiți { $phrase } pentru o expresie exactă, { $exclude } pentru a exclude un cuvânt și { $or } între variante: { $example }.
about-howto-example = locuințe OR housing
about-howto-filters = Restrângeți rezultatele cu ajutorul filtrelor: oraș, domeniu, limbă, temă, caracteristică-cheie, grup țintă, stadiu și an. Mai multe valori ale aceluiași filtru lărgesc căutarea (oricare dintre ele); filtrele de tipuri diferite o restrâng.
about-howto-share = Fiecare căutare are propria adresă: salvați-o ca marcaj sau distribuiți-o.
about-howto-api = Dezvoltatorii pot folosi aceeași căutare prin { $api }.
about-api-link = API-ul JSON

## Pagini de eroare

error-not-found-title = Pagina nu a fost găsită
error-not-found-detail = Nu există nicio pagină la această adresă.
error-not-found-advice = Este posibil ca adresa să fie scrisă greșit sau ca practica să fi fost mutată.
error-bad-request-title = Această căutare nu a putut fi efectuată
error-bad-request-advice = Modificați căutarea și încercați din nou.
error-method-title = Această pagină nu permite acest lucru
error-method-detail = Această adresă poate fi doar consultată.
error-method-advice = Urmați un link sau folosiți căutarea.
error-busy-title = Biblioteca este ocupată
error-busy-detail = Biblioteca răspunde acum la multe căutări deodată.
error-busy-advice = Vă rugăm să încercați din nou peste câteva momente.
error-internal-title = A apărut o problemă
error-internal-detail = Biblioteca nu a putut răspunde din cauza unei erori interne.
error-internal-advice = Problema a fost înregistrată. Vă rugăm să încercați din nou mai târziu.
error-go-to-search = Mergeți la pagina de căutare

## Conturi, propuneri și verificare

nav-account = Cont
nav-sign-in = Autentificare
nav-submit = Propune o practică
nav-my-submissions = Propunerile mele
nav-review = Verificare
nav-sign-out = Deconectare
sign-in-title = Autentificare
sign-in-intro = Partenerii și bibliotecarii se autentifică cu tokenul de acces primit de la bibliotecă. După autentificare puteți propune practici și traduceri și le puteți urmări verificarea.
sign-in-token-label = Token de acces
sign-in-token-hint = Începe cu epi_ și v-a fost dat o singură dată, la crearea contului.
sign-in-rejected = Tokenul nu a fost acceptat. Verificați că l-ați copiat în întregime.
sign-in-too-many = Prea multe încercări de autentificare de la conexiunea dumneavoastră. Așteptați un minut și încercați din nou.
sign-in-button = Autentificare
signed-out = V-ați deconectat.
submit-title = Propune o practică
submit-intro = Descrieți o practică a orașului dumneavoastră. Un bibliotecar verifică fiecare propunere înainte de publicare; o puteți urmări la Propunerile mele. Folosiți Previzualizare pentru a verifica textul înainte de trimitere.
translate-title = Adaugă o traducere: { $title }
translate-intro = Formularul conține practica așa cum a fost publicată. Alegeți limba nouă, traduceți titlul, rezumatul, cuvintele-cheie, evaluarea și textul, apoi previzualizați și trimiteți.
add-translation = Adaugă o traducere
form-errors-heading =
    { $count ->
        [one] Formularul are { $count } problemă
        [few] Formularul are { $count } probleme
       *[other] Formularul are { $count } de probleme
    }
form-preview-heading = Previzualizare
form-no-problems = Nu s-a găsit nicio problemă: practica poate fi trimisă.
form-warnings-heading = Avertismente
form-section-practice = Practica
form-section-framework = Cadrul EPI
form-section-text = Studiul de caz
form-section-more = Contact, linkuri și surse
form-slug-label = Nume scurt în adresă (slug)
form-slug-hint = Litere mici a–z, cifre și cratime, între 3 și 80 de caractere, de exemplu one-stop-shop. Dacă rămâne gol, se formează din titlu.
form-title-label = Titlu
form-summary-label = Rezumat
form-summary-hint = Una până la trei propoziții, cel mult 600 de caractere.
form-lang-label = Limba textului
form-choose = Alegeți…
form-country-label = Codul țării
form-country-hint = Două majuscule (ISO 3166-1), de exemplu RO sau SE.
form-one-per-line = Câte unul pe rând.
form-period-start-label = Început
form-period-end-label = Sfârșit (lăsați gol cât timp se desfășoară)
form-date-hint = Un an, un an și o lună sau o dată completă: 2021, 2021-06 sau 2021-06-15.
form-body-label = Text (Markdown)
form-body-hint = Scrieți sub titlurile secțiunilor, în limba practicii: ## începe un titlu, un rând gol desparte paragrafele. HTML nu este afișat.
form-keywords-label = Cuvinte-cheie (cel mult 7)
form-evaluation-hint = Dați dovezile pentru dimensiunile după care a fost evaluată practica; lăsați-le goale pe celelalte.
form-practice-ids-hint = Identificatori de practici, de exemplu riga/we-are-rigans, câte unul pe rând.
form-contact-organisation-label = Organizație
form-contact-name-label = Nume (opțional)
form-contact-email-label = E-mail (opțional)
form-contact-url-label = Adresă web (opțional)
form-link-title-label = Linkul { $number }: titlu
form-link-url-label = Linkul { $number }: adresă
form-source-hint = De unde provin informațiile; precizați ce pasaje sunt ilustrative, nu documentate.
form-preview-button = Previzualizare
form-submit-button = Trimite spre verificare
mine-title = Propunerile mele
mine-intro = Propunerile organizației { $org }, cele mai noi primele.
mine-empty = Nu ați trimis încă nimic.
mine-submitted = Mulțumim: propunerea a fost salvată și așteaptă verificarea unui bibliotecar.
column-title = Titlu
column-target = Fișier
column-submitted = Trimisă
column-status = Stare
column-reason = Motiv:
column-organisation = Organizație
submission-status-pending = Așteaptă verificarea
submission-status-published = Publicată
submission-status-rejected = Respinsă
review-title = Verificare
review-intro =
    { $count ->
        [one] { $count } propunere așteaptă verificarea.
        [few] { $count } propuneri așteaptă verificarea.
       *[other] { $count } de propuneri așteaptă verificarea.
    }
review-empty = Nicio propunere nu așteaptă verificarea.
review-approved = Propunerea a fost publicată și poate fi găsită acum prin căutare.
review-rejected = Propunerea a fost respinsă; partenerul poate citi motivul.
review-kind-new = (practică nouă)
review-kind-translation = (traducere)
review-report-heading = Raport de validare
review-decide-heading = Decizie
review-approve-button = Aprobă și publică
review-reason-label = Motivul respingerii
review-reason-hint = Partenerul îl citește: spuneți ce trebuie schimbat.
review-reject-button = Respinge
review-raw-heading = Fișierul așa cum a fost trimis
error-unauthorized-title = Vă rugăm să vă autentificați
error-unauthorized-detail = Această pagină este pentru partenerii și bibliotecarii autentificați.
error-unauthorized-advice = Autentificați-vă cu tokenul de acces și încercați din nou.
error-forbidden-title = Nu este permis
error-forbidden-detail = Contul dumneavoastră nu poate face acest lucru sau formularul era expirat.
error-forbidden-advice = Reveniți, reîncărcați pagina și încercați din nou. Verificarea este rezervată bibliotecarilor.
error-conflict-title = Acest lucru a fost deja făcut
error-conflict-advice = Reîncărcați pagina pentru a vedea starea actuală.
error-too-large-title = Prea mare
error-too-large-detail = Ce ați trimis depășește dimensiunea acceptată de bibliotecă.
error-too-large-advice = Scurtați textul și încercați din nou.
error-invalid-title = Verificați conținutul
error-invalid-detail = Unele câmpuri nu sunt valide.
error-invalid-advice = Reveniți, corectați câmpurile și încercați din nou.
error-too-many-title = Prea multe încercări
error-too-many-detail = De la conexiunea dumneavoastră au venit prea multe încercări.
error-too-many-advice = Așteptați un minut și încercați din nou.

## Domeniile EPI

domain-interaction = Interacțiune
domain-participation = Participare
domain-governance = Guvernanță

## Caracteristicile-cheie EPI

key-feature-political-commitment = Angajament politic
key-feature-participation = Participare
key-feature-narrative = Narațiune
key-feature-evaluation = Evaluare
key-feature-sustainability = Sustenabilitate

## Dimensiunile de evaluare (criteriile OCDE-CAD)

dimension-relevance = Relevanță
dimension-effectiveness = Eficacitate
dimension-sustainability = Sustenabilitate
dimension-efficiency = Eficiență
dimension-coherence = Coerență
dimension-impact = Impact

## Teme

theme-language-learning = Învățarea limbii
theme-labour-market = Piața muncii
theme-entrepreneurship = Antreprenoriat
theme-education = Educație
theme-housing = Locuire
theme-health = Sănătate
theme-culture = Cultură
theme-interreligious-dialogue = Dialog interreligios
theme-anti-discrimination = Combaterea discriminării
theme-welcoming-services = Servicii de primire și ghișee unice
theme-volunteering = Voluntariat
theme-media-narrative = Mass-media și narațiune
theme-civic-participation = Participare civică
theme-intercultural-mediation = Mediere interculturală
theme-neighbourhoods = Cartiere
theme-women = Femei
theme-youth = Tineret
theme-digital-inclusion = Incluziune digitală
theme-research-and-monitoring = Cercetare și monitorizare
theme-strategy-and-policy = Strategie și politici publice

## Grupuri țintă

target-group-third-country-nationals = Resortisanți ai țărilor terțe
target-group-refugees = Refugiați
target-group-asylum-seekers = Solicitanți de azil
target-group-newcomers = Nou-veniți
target-group-migrant-women = Femei migrante
target-group-children-and-youth = Copii și tineri
target-group-families = Familii
target-group-students = Studenți
target-group-jobseekers = Persoane în căutarea unui loc de muncă
target-group-entrepreneurs = Antreprenori
target-group-employers = Angajatori
target-group-host-community = Comunitatea gazdă
target-group-public-officials = Funcționari publici
target-group-civil-society = Societatea civilă
target-group-religious-communities = Comunități religioase
target-group-volunteers = Voluntari
target-group-teachers = Profesori

## Stadiul unei practici

status-planned = Planificată
status-pilot = Pilot
status-ongoing = În desfășurare
status-completed = Încheiată

## Domeniile Indexului Orașelor Interculturale (ICC)

icc-commitment = Angajament
icc-education = Educație
icc-neighbourhoods = Cartiere
icc-public-services = Servicii publice
icc-business-and-labour-market = Mediul de afaceri și piața muncii
icc-cultural-and-social-life = Viața culturală și socială
icc-public-space = Spațiul public
icc-mediation-and-conflict-resolution = Mediere și soluționarea conflictelor
icc-language = Limbă
icc-media-and-communication = Mass-media și comunicare
icc-international-outlook = Deschidere internațională
icc-intercultural-intelligence = Inteligență și competență interculturală
icc-welcoming-newcomers = Primirea nou-veniților
icc-leadership-and-citizenship = Leadership și cetățenie
icc-anti-discrimination = Combaterea discriminării
icc-participation = Participare
icc-interaction = Interacțiune

# Cross-language search
query-expanded = Am căutat și în celelalte limbi: { $concepts }.
query-expanded-off = Caută doar cuvintele tastate
query-not-expanded = Au fost căutate doar cuvintele tastate.
query-expanded-on = Caută și în alte limbi
results-languages = Limbile rezultatelor
results-all-languages = Toate limbile
results-only-language = Doar { $language }
reader-version = Rezumat { $language }:
