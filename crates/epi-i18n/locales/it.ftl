# L'interfaccia della Biblioteca delle buone pratiche EPI, in italiano.
# Stesse chiavi di en.ftl (il file di riferimento); vedi i commenti lì.

## Tutte le pagine

site-name = Biblioteca delle buone pratiche EPI
page-title = { $title } — { site-name }
skip-link = Vai al contenuto principale
nav-main = Principale
nav-search = Cerca
nav-cities = Città
nav-domains = Ambiti
nav-about = Informazioni
language-menu = Lingua
footer-text = Buone pratiche per l'integrazione locale dei migranti dal Patto europeo per l'integrazione (EPI, 2020–2022), cofinanziato dal Fondo Asilo, migrazione e integrazione dell'UE.
footer-about = Informazioni sulla biblioteca
footer-api = API
breadcrumb = Percorso di navigazione
documents-count =
    { $count ->
        [one] { $count } documento
       *[other] { $count } documenti
    }

## Faccette

facet-city = Città
facet-country = Paese
facet-domain = Ambito
facet-key-feature = Caratteristica chiave
facet-theme = Tema
facet-target-group = Destinatari
facet-lang = Lingua
facet-status = Stato
facet-year = Anno
facet-topic = Concetto

## La lingua in cui è scritto un documento

in-language-en = in inglese
in-language-ro = in rumeno
in-language-it = in italiano
in-language-es = in spagnolo
in-language-de = in tedesco
in-language-sv = in svedese
in-language-pl = in polacco
in-language-lv = in lettone

## La pagina di ricerca

search-title = Cerca nella biblioteca
search-title-query = { $query } — ricerca
search-heading = Cerca nella biblioteca delle buone pratiche
search-label = Cerca pratiche
search-placeholder = es. sportello unico, integracja, one-stop shop
search-button = Cerca
search-help = Scrivi in una qualsiasi delle otto lingue della biblioteca. Usa { $phrase } per una frase esatta, { $exclude } per escludere una parola e { $or } per le alternative.
syntax-phrase = "virgolette"
syntax-exclude = -parola
filters = Filtri
apply-filters = Applica i filtri
active-filters = Filtri attivi
filter-chip = { $facet }: { $value }
remove-filter = Rimuovi il filtro { $filter }
clear-filters = Rimuovi tutti i filtri
query-corrected = Poche pratiche corrispondono a «{ $query }». Ecco i risultati per «{ $corrected }».
query-adjusted = La ricerca è stata modificata: { $note }.
note-truncated = la ricerca superava i { $max } caratteri ed è stata accorciata
note-too-many-terms = sono state cercate solo le prime { $max } parole e frasi
note-phrase-too-long = una frase è stata ridotta alle sue prime { $max } parole
note-unbalanced-quote = mancavano le virgolette di chiusura, quindi le parole sono state cercate una per una
note-stray-operator = «{ $operator }» non si riferiva a nulla ed è stato ignorato
note-control-characters = i caratteri di controllo sono stati rimossi
note-no-words = non conteneva lettere o cifre da cercare, quindi sono mostrate tutte le pratiche
results-count =
    { $count ->
        [0] Nessuna pratica corrisponde
        [one] { $count } documento trovato
       *[other] { $count } documenti trovati
    }
sort-nav = Ordinamento
sort-label = Ordina per:
sort-relevance = pertinenza
sort-newest = più recenti
also-in = Disponibile anche in:
result-tags = Ambiti e temi
empty-heading = Nessuna pratica corrisponde a questa ricerca
empty-remove-filter = Rimuovi il filtro { $filter }
empty-search-all = Cerca «{ $query }» in tutte le pratiche
empty-spelling = Controlla l'ortografia oppure usa meno parole o parole più generiche.
empty-other-language = Cerca in un'altra lingua: le pratiche sono scritte in otto lingue.
empty-browse = Sfoglia le pratiche per città
pagination = Pagine
page-previous = Precedente
page-next = Successiva
page-number = Pagina { $page }

## Una pratica

versions-nav = Versioni linguistiche
available-in = Disponibile in
practice-about = Informazioni su questa pratica
similar-practices = Pratiche simili
field-city = Città
field-organisations = Organizzazioni
field-period = Periodo
period-ongoing = in corso
field-status = Stato
field-domains = Ambiti
field-key-features = Caratteristiche chiave
field-themes = Temi
field-target-groups = Destinatari
field-icc-areas = Aree dell'Indice delle Città interculturali
field-adapted-from = Adattamento di
field-adapted-by = Ripresa da
practice-evaluation = Valutazione
practice-contact-sources = Contatti e fonti
field-contact = Contatto
field-links = Link
field-source = Fonte
field-licence = Licenza

## Sfogliare per città e per ambito

cities-title = Città
cities-heading = Pratiche per città
cities-intro = Le sette città EPI hanno sperimentato strategie locali di integrazione dal 2020 al 2022; altre città aggiungono le proprie pratiche man mano che le replicano.
city-heading = Pratiche di { $city }
domains-title = Ambiti
domains-heading = Pratiche per ambito
domains-intro = L'EPI articola una strategia locale di integrazione in tre ambiti.
domain-heading = Ambito: { $domain }
practices-count =
    { $count ->
        [one] { $count } pratica
       *[other] { $count } pratiche
    }
languages-label = Lingue:
see-all =
    { $count ->
        [one] Vedi il documento nella ricerca
       *[other] Vedi tutti i { $count } documenti nella ricerca
    }
description-domain-interaction = Il contatto quotidiano tra nuovi arrivati e residenti di lunga data: spazi condivisi, eventi, scambi linguistici, volontariato e dialogo che creano fiducia tra persone di origini diverse.
description-domain-participation = I migranti prendono parte alla vita e alle decisioni della città: consultazioni, organismi civici, associazioni e co-progettazione di servizi e strategie.
description-domain-governance = Come la città organizza l'integrazione: impegno politico, coordinamento tra uffici e partner, strategie, servizi, valutazione e finanziamenti.

## La pagina Informazioni

about-title = Informazioni
about-heading = Informazioni sulla biblioteca
about-intro = Il Patto europeo per l'integrazione (EPI, 2020–2022) ha riunito sette città — Cartagena, Cluj-Napoca, Dietzenbach, Linköping, Lublin, Ravenna e Riga — per progettare e sperimentare strategie locali per l'integrazione dei cittadini di paesi terzi, con il finanziamento del Fondo Asilo, migrazione e integrazione dell'UE (FAMI). Questa biblioteca raccoglie ciò che ha funzionato, perché altre città possano replicarlo.
about-framework-heading = Il quadro EPI
about-framework-intro = Ogni pratica è descritta con lo stesso quadro, che è anche il modo in cui puoi filtrare la ricerca.
about-domains-heading = Tre ambiti
about-features-heading = Cinque caratteristiche chiave
about-features-intro = Una strategia locale solida si riconosce da:
about-feature-item = { $feature }: { $description }.
description-key-feature-political-commitment = la guida politica della città sostiene la strategia e le dà un mandato e risorse
description-key-feature-participation = migranti, residenti e organizzazioni locali contribuiscono a progettarla e attuarla
description-key-feature-narrative = la città racconta una storia positiva e condivisa di diversità e appartenenza
description-key-feature-evaluation = i risultati vengono misurati e usati per migliorare il lavoro
description-key-feature-sustainability = il lavoro continua oltre la fine del finanziamento del progetto
about-dimensions-heading = Sei dimensioni di valutazione
about-dimensions-intro = I progetti pilota sono stati valutati rispetto a sei domande, i criteri di valutazione OCSE-DAC; ogni pratica riporta le evidenze per le dimensioni su cui è stata valutata.
about-dimension-column = Dimensione
about-question-column = Domanda
question-dimension-relevance = Risponde a bisogni reali dei migranti e della città?
question-dimension-effectiveness = Ha raggiunto i suoi obiettivi?
question-dimension-sustainability = I benefici dureranno nel tempo?
question-dimension-efficiency = Le risorse sono state usate bene?
question-dimension-coherence = È coerente con le altre politiche e con gli altri attori della città?
question-dimension-impact = Che differenza ha fatto oltre ai risultati diretti?
about-steps-heading = Le tappe del patto di una città
about-steps = Ogni città ha analizzato la propria politica interculturale, ha organizzato tavoli di confronto con i soggetti locali, ha scritto una strategia di integrazione e l'ha sperimentata: un organismo di coordinamento, un evento di lancio e un Patto cittadino per l'integrazione. Laboratori di replicazione hanno poi condiviso i risultati con città esterne al progetto.
about-howto-heading = Come cercare
about-howto-languages = Scrivi in una qualsiasi delle otto lingue della biblioteca: inglese, rumeno, italiano, spagnolo, tedesco, svedese, polacco o lettone. Vengono trovate anche le forme flesse e le parole scritte senza accenti.
about-howto-syntax = Tutte le parole devono corrispondere. Usa { $phrase } per una frase esatta, { $exclude } per escludere una parola e { $or } tra alternative: { $example }.
about-howto-example = abitare OR housing
about-howto-filters = Restringi i risultati con i filtri: città, ambito, lingua, tema, caratteristica chiave, destinatari, stato e anno. Più valori dello stesso filtro ampliano la ricerca (basta uno dei valori); filtri di tipo diverso la restringono.
about-howto-share = Ogni ricerca ha il proprio indirizzo: salvala nei preferiti o condividila.
about-howto-api = Gli sviluppatori possono usare la stessa ricerca tramite l'{ $api }.
about-api-link = API JSON

## Pagine di errore

error-not-found-title = Pagina non trovata
error-not-found-detail = A questo indirizzo non c'è nessuna pagina.
error-not-found-advice = L'indirizzo potrebbe contenere un errore, oppure la pratica potrebbe essere stata spostata.
error-bad-request-title = Non è stato possibile eseguire questa ricerca
error-bad-request-advice = Modifica la ricerca e riprova.
error-method-title = Questa pagina non consente questa operazione
error-method-detail = Questo indirizzo può essere solo consultato.
error-method-advice = Segui un link oppure usa la ricerca.
error-busy-title = La biblioteca è occupata
error-busy-detail = La biblioteca sta rispondendo a molte ricerche contemporaneamente.
error-busy-advice = Riprova tra qualche istante.
error-internal-title = Si è verificato un problema
error-internal-detail = La biblioteca non ha potuto rispondere a causa di un errore interno.
error-internal-advice = Il problema è stato registrato. Riprova più tardi.
error-go-to-search = Vai alla pagina di ricerca

## Account, proposte e revisione

nav-account = Account
nav-sign-in = Accedi
nav-submit = Proponi una pratica
nav-my-submissions = Le mie proposte
nav-review = Revisione
nav-sign-out = Esci
sign-in-title = Accesso
sign-in-intro = Partner e bibliotecari accedono con il token di accesso ricevuto dalla biblioteca. Dopo l'accesso puoi proporre pratiche e traduzioni e seguirne la revisione.
sign-in-token-label = Token di accesso
sign-in-token-hint = Inizia con epi_ e ti è stato dato una sola volta, alla creazione dell'account.
sign-in-rejected = Il token non è stato accettato. Controlla di averlo copiato per intero.
sign-in-too-many = Troppi tentativi di accesso dalla tua connessione. Attendi un minuto e riprova.
sign-in-button = Accedi
signed-out = Sei uscito.
submit-title = Proponi una pratica
submit-intro = Descrivi una pratica della tua città. Un bibliotecario esamina ogni proposta prima della pubblicazione; puoi seguirla in Le mie proposte. Usa Anteprima per controllare il testo prima di inviarlo.
translate-title = Aggiungi una traduzione: { $title }
translate-intro = Il modulo contiene la pratica come è stata pubblicata. Scegli la nuova lingua, traduci titolo, sintesi, parole chiave, valutazione e testo, poi visualizza l'anteprima e invia.
add-translation = Aggiungi una traduzione
form-errors-heading =
    { $count ->
        [one] Il modulo ha { $count } problema
       *[other] Il modulo ha { $count } problemi
    }
form-preview-heading = Anteprima
form-no-problems = Nessun problema trovato: la pratica può essere inviata.
form-warnings-heading = Avvisi
form-section-practice = La pratica
form-section-framework = Il quadro EPI
form-section-text = Il caso di studio
form-section-more = Contatti, link e fonti
form-slug-label = Nome breve nell'indirizzo (slug)
form-slug-hint = Lettere minuscole a–z, cifre e trattini, da 3 a 80 caratteri, per esempio one-stop-shop. Se lo lasci vuoto, viene ricavato dal titolo.
form-title-label = Titolo
form-summary-label = Sintesi
form-summary-hint = Da una a tre frasi, al massimo 600 caratteri.
form-lang-label = Lingua del testo
form-choose = Scegli…
form-country-label = Codice del paese
form-country-hint = Due lettere maiuscole (ISO 3166-1), per esempio RO o SE.
form-one-per-line = Uno per riga.
form-period-start-label = Inizio
form-period-end-label = Fine (lascia vuoto se è in corso)
form-date-hint = Un anno, anno e mese o una data completa: 2021, 2021-06 o 2021-06-15.
form-body-label = Testo (Markdown)
form-body-hint = Scrivi sotto i titoli delle sezioni, nella lingua della pratica: ## apre un titolo, una riga vuota separa i paragrafi. L'HTML non viene mostrato.
form-keywords-label = Parole chiave (al massimo 7)
form-evaluation-hint = Indica le evidenze per le dimensioni su cui la pratica è stata valutata; lascia vuote le altre.
form-practice-ids-hint = Identificativi di pratiche come riga/we-are-rigans, uno per riga.
form-contact-organisation-label = Organizzazione
form-contact-name-label = Nome (facoltativo)
form-contact-email-label = E-mail (facoltativa)
form-contact-url-label = Indirizzo web (facoltativo)
form-link-title-label = Link { $number }: titolo
form-link-url-label = Link { $number }: indirizzo
form-source-hint = Da dove provengono i fatti; indica quali passaggi sono illustrativi e non documentati.
form-preview-button = Anteprima
form-submit-button = Invia per la revisione
mine-title = Le mie proposte
mine-intro = Proposte di { $org }, dalla più recente.
mine-empty = Non hai ancora inviato nulla.
mine-submitted = Grazie: la proposta è stata salvata e attende la revisione di un bibliotecario.
column-title = Titolo
column-target = File
column-submitted = Inviata
column-status = Stato
column-reason = Motivo:
column-organisation = Organizzazione
submission-status-pending = In attesa di revisione
submission-status-published = Pubblicata
submission-status-rejected = Respinta
review-title = Revisione
review-intro =
    { $count ->
        [one] { $count } proposta attende la revisione.
       *[other] { $count } proposte attendono la revisione.
    }
review-empty = Nessuna proposta attende la revisione.
review-approved = La proposta è stata pubblicata e ora si trova con la ricerca.
review-rejected = La proposta è stata respinta; il partner può leggere il motivo.
review-kind-new = (nuova pratica)
review-kind-translation = (traduzione)
review-report-heading = Rapporto di validazione
review-decide-heading = Decisione
review-approve-button = Approva e pubblica
review-reason-label = Motivo del rifiuto
review-reason-hint = Il partner lo legge: indica che cosa cambiare.
review-reject-button = Respingi
review-raw-heading = Il file come è stato inviato
error-unauthorized-title = Accedi, per favore
error-unauthorized-detail = Questa pagina è riservata a partner e bibliotecari che hanno effettuato l'accesso.
error-unauthorized-advice = Accedi con il tuo token e riprova.
error-forbidden-title = Non consentito
error-forbidden-detail = Il tuo account non può farlo, oppure il modulo era scaduto.
error-forbidden-advice = Torna indietro, ricarica la pagina e riprova. La revisione spetta ai bibliotecari.
error-conflict-title = È già stato fatto
error-conflict-advice = Ricarica la pagina per vedere lo stato attuale.
error-too-large-title = Troppo grande
error-too-large-detail = Ciò che è stato inviato supera le dimensioni accettate dalla biblioteca.
error-too-large-advice = Accorcia il testo e riprova.
error-invalid-title = Controlla il contenuto
error-invalid-detail = Alcuni campi non sono validi.
error-invalid-advice = Torna indietro, correggi i campi e riprova.
error-too-many-title = Troppi tentativi
error-too-many-detail = Dalla tua connessione sono arrivati troppi tentativi.
error-too-many-advice = Attendi un minuto e riprova.

## Ambiti EPI

domain-interaction = Interazione
domain-participation = Partecipazione
domain-governance = Governance

## Caratteristiche chiave EPI

key-feature-political-commitment = Impegno politico
key-feature-participation = Partecipazione
key-feature-narrative = Narrazione
key-feature-evaluation = Valutazione
key-feature-sustainability = Sostenibilità

## Dimensioni di valutazione (i criteri OCSE-DAC)

dimension-relevance = Rilevanza
dimension-effectiveness = Efficacia
dimension-sustainability = Sostenibilità
dimension-efficiency = Efficienza
dimension-coherence = Coerenza
dimension-impact = Impatto

## Temi

theme-language-learning = Apprendimento della lingua
theme-labour-market = Mercato del lavoro
theme-entrepreneurship = Imprenditorialità
theme-education = Istruzione
theme-housing = Abitare
theme-health = Salute
theme-culture = Cultura
theme-interreligious-dialogue = Dialogo interreligioso
theme-anti-discrimination = Contrasto alle discriminazioni
theme-welcoming-services = Servizi di accoglienza e sportelli unici
theme-volunteering = Volontariato
theme-media-narrative = Media e narrazione
theme-civic-participation = Partecipazione civica
theme-intercultural-mediation = Mediazione interculturale
theme-neighbourhoods = Quartieri
theme-women = Donne
theme-youth = Giovani
theme-digital-inclusion = Inclusione digitale
theme-research-and-monitoring = Ricerca e monitoraggio
theme-strategy-and-policy = Strategie e politiche

## Destinatari

target-group-third-country-nationals = Cittadini di paesi terzi
target-group-refugees = Rifugiati
target-group-asylum-seekers = Richiedenti asilo
target-group-newcomers = Nuovi arrivati
target-group-migrant-women = Donne migranti
target-group-children-and-youth = Bambini e giovani
target-group-families = Famiglie
target-group-students = Studenti
target-group-jobseekers = Persone in cerca di lavoro
target-group-entrepreneurs = Imprenditori
target-group-employers = Datori di lavoro
target-group-host-community = Comunità di accoglienza
target-group-public-officials = Funzionari pubblici
target-group-civil-society = Società civile
target-group-religious-communities = Comunità religiose
target-group-volunteers = Volontari
target-group-teachers = Insegnanti

## Stato di una pratica

status-planned = Pianificata
status-pilot = Pilota
status-ongoing = In corso
status-completed = Conclusa

## Aree dell'Indice delle Città interculturali (ICC)

icc-commitment = Impegno
icc-education = Istruzione
icc-neighbourhoods = Quartieri
icc-public-services = Servizi pubblici
icc-business-and-labour-market = Imprese e mercato del lavoro
icc-cultural-and-social-life = Vita culturale e sociale
icc-public-space = Spazio pubblico
icc-mediation-and-conflict-resolution = Mediazione e risoluzione dei conflitti
icc-language = Lingua
icc-media-and-communication = Media e comunicazione
icc-international-outlook = Apertura internazionale
icc-intercultural-intelligence = Intelligenza e competenza interculturale
icc-welcoming-newcomers = Accoglienza dei nuovi arrivati
icc-leadership-and-citizenship = Leadership e cittadinanza
icc-anti-discrimination = Contrasto alle discriminazioni
icc-participation = Partecipazione
icc-interaction = Interazione

# Cross-language search
query-expanded = Cercato anche nelle altre lingue: { $concepts }.
query-expanded-off = Cerca solo le parole digitate
query-not-expanded = Sono state cercate solo le parole digitate.
query-expanded-on = Cerca anche in altre lingue
results-languages = Lingue dei risultati
results-all-languages = Tutte le lingue
results-only-language = Solo { $language }
reader-version = Sintesi { $language }:
