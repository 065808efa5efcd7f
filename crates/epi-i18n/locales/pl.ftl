# Interfejs Biblioteki dobrych praktyk EPI po polsku.
# Te same klucze co w en.ftl (pliku wzorcowym); zob. tamtejsze komentarze.

## Wszystkie strony

site-name = Biblioteka dobrych praktyk EPI
page-title = { $title } — { site-name }
skip-link = Przejdź do treści głównej
nav-main = Menu główne
nav-search = Szukaj
nav-cities = Miasta
nav-domains = Obszary
nav-about = O bibliotece
language-menu = Język
footer-text = Dobre praktyki lokalnej integracji migrantów z Europejskiego Paktu na rzecz Integracji (EPI, 2020–2022), współfinansowanego z unijnego Funduszu Azylu, Migracji i Integracji.
footer-about = O bibliotece
footer-api = API
breadcrumb = Ścieżka nawigacji
documents-count =
    { $count ->
        [one] { $count } dokument
        [few] { $count } dokumenty
        [many] { $count } dokumentów
       *[other] { $count } dokumentu
    }

## Filtry

facet-city = Miasto
facet-country = Kraj
facet-domain = Obszar
facet-key-feature = Kluczowa cecha
facet-theme = Temat
facet-target-group = Grupa docelowa
facet-lang = Język
facet-status = Etap
facet-year = Rok
facet-topic = Pojęcie

## Język, w którym napisano dokument

in-language-en = po angielsku
in-language-ro = po rumuńsku
in-language-it = po włosku
in-language-es = po hiszpańsku
in-language-de = po niemiecku
in-language-sv = po szwedzku
in-language-pl = po polsku
in-language-lv = po łotewsku

## Wyszukiwarka

search-title = Przeszukaj bibliotekę
search-title-query = { $query } — wyszukiwanie
search-heading = Przeszukaj bibliotekę dobrych praktyk
search-label = Szukaj praktyk
search-placeholder = np. punkt kompleksowej obsługi, one-stop shop, mediazione interculturale
search-button = Szukaj
search-help = Pisz w dowolnym z ośmiu języków biblioteki. Frazę ujmij w { $phrase }, słowo wyklucz zapisem { $exclude }, a alternatywy połącz słowem { $or }.
syntax-phrase = "cudzysłów"
syntax-exclude = -słowo
filters = Filtry
apply-filters = Zastosuj filtry
active-filters = Aktywne filtry
filter-chip = { $facet }: { $value }
remove-filter = Usuń filtr { $filter }
clear-filters = Wyczyść wszystkie filtry
query-corrected = Niewiele praktyk pasuje do „{ $query }”. Pokazujemy wyniki dla „{ $corrected }”.
query-adjusted = Zapytanie zostało zmienione: { $note }.
note-truncated =
    { $max ->
        [one] zapytanie było dłuższe niż { $max } znak i zostało skrócone
        [few] zapytanie było dłuższe niż { $max } znaki i zostało skrócone
        [many] zapytanie było dłuższe niż { $max } znaków i zostało skrócone
       *[other] zapytanie było dłuższe niż { $max } znaku i zostało skrócone
    }
note-too-many-terms =
    { $max ->
        [one] przeszukano tylko pierwsze słowo lub frazę
        [few] przeszukano tylko pierwsze { $max } słowa i frazy
       *[other] przeszukano tylko { $max } pierwszych słów i fraz
    }
note-phrase-too-long =
    { $max ->
        [one] frazę skrócono do pierwszego słowa
       *[other] frazę skrócono do { $max } pierwszych słów
    }
note-unbalanced-quote = cudzysłów nie został zamknięty, więc słowa po nim wyszukano jako zwykłe słowa
note-stray-operator = „{ $operator }” nie odnosił się do niczego i został pominięty
note-control-characters = usunięto znaki sterujące
note-no-words = nie zawierało liter ani cyfr do wyszukania, więc wyświetlane są wszystkie praktyki
results-count =
    { $count ->
        [0] Żadna praktyka nie pasuje
        [one] Znaleziono { $count } dokument
        [few] Znaleziono { $count } dokumenty
        [many] Znaleziono { $count } dokumentów
       *[other] Znaleziono { $count } dokumentu
    }
sort-nav = Sortowanie
sort-label = Sortuj:
sort-relevance = trafność
sort-newest = najnowsze
also-in = Także w językach:
result-tags = Obszary i tematy
empty-heading = Żadna praktyka nie pasuje do tego wyszukiwania
empty-remove-filter = Usuń filtr { $filter }
empty-search-all = Szukaj „{ $query }” we wszystkich praktykach
empty-spelling = Sprawdź pisownię albo użyj mniej słów lub słów bardziej ogólnych.
empty-other-language = Szukaj w innym języku: praktyki są opisane w ośmiu językach.
empty-browse = Przeglądaj praktyki według miast
pagination = Strony
page-previous = Poprzednia
page-next = Następna
page-number = Strona { $page }

## Praktyka

versions-nav = Wersje językowe
available-in = Dostępna w językach
practice-about = O tej praktyce
similar-practices = Podobne praktyki
field-city = Miasto
field-organisations = Organizacje
field-period = Okres
period-ongoing = nadal trwa
field-status = Etap
field-domains = Obszary
field-key-features = Kluczowe cechy
field-themes = Tematy
field-target-groups = Grupy docelowe
field-icc-areas = Obszary Indeksu Miast Międzykulturowych
field-adapted-from = Na podstawie
field-adapted-by = Zaadaptowana przez
practice-evaluation = Ewaluacja
practice-contact-sources = Kontakt i źródła
field-contact = Kontakt
field-links = Linki
field-source = Źródło
field-licence = Licencja

## Przeglądanie według miast i obszarów

cities-title = Miasta
cities-heading = Praktyki według miast
cities-intro = W latach 2020–2022 siedem miast EPI pilotażowo wdrażało lokalne strategie integracji; inne miasta dodają swoje praktyki, gdy je powielają.
city-heading = Praktyki z miasta { $city }
domains-title = Obszary
domains-heading = Praktyki według obszarów
domains-intro = EPI dzieli lokalną strategię integracji na trzy obszary.
domain-heading = Obszar: { $domain }
practices-count =
    { $count ->
        [one] { $count } praktyka
        [few] { $count } praktyki
        [many] { $count } praktyk
       *[other] { $count } praktyki
    }
languages-label = Języki:
see-all =
    { $count ->
        [one] Zobacz dokument w wyszukiwarce
        [few] Zobacz wszystkie { $count } dokumenty w wyszukiwarce
        [many] Zobacz wszystkie { $count } dokumentów w wyszukiwarce
       *[other] Zobacz wszystkie dokumenty ({ $count }) w wyszukiwarce
    }
description-domain-interaction = Codzienne kontakty między nowo przybyłymi a dawnymi mieszkańcami: wspólne przestrzenie, wydarzenia, wymiana językowa, wolontariat i dialog, które budują zaufanie między ludźmi różnego pochodzenia.
description-domain-participation = Udział migrantów w życiu miasta i w podejmowaniu decyzji: konsultacje, ciała obywatelskie, stowarzyszenia oraz współprojektowanie usług i strategii.
description-domain-governance = Jak miasto organizuje integrację: zaangażowanie polityczne, koordynacja między wydziałami i partnerami, strategie, usługi, ewaluacja i finansowanie.

## Strona „O bibliotece”

about-title = O bibliotece
about-heading = O bibliotece
about-intro = W ramach Europejskiego Paktu na rzecz Integracji (EPI, 2020–2022) siedem miast — Cartagena, Cluj-Napoca, Dietzenbach, Linköping, Lublin, Ravenna i Riga — opracowało i pilotażowo wdrożyło lokalne strategie integracji obywateli państw trzecich, ze środków unijnego Funduszu Azylu, Migracji i Integracji (FAMI). Ta biblioteka gromadzi to, co się sprawdziło, aby inne miasta mogły z tego skorzystać.
about-framework-heading = Ramy EPI
about-framework-intro = Każda praktyka jest opisana według tych samych ram; według nich można też filtrować wyszukiwanie.
about-domains-heading = Trzy obszary
about-features-heading = Pięć kluczowych cech
about-features-intro = Dobrą lokalną strategię wyróżniają:
about-feature-item = { $feature }: { $description }.
description-key-feature-political-commitment = władze miasta popierają strategię i dają jej mandat oraz zasoby
description-key-feature-participation = migranci, mieszkańcy i lokalne organizacje pomagają ją projektować i realizować
description-key-feature-narrative = miasto opowiada pozytywną, wspólną historię o różnorodności i przynależności
description-key-feature-evaluation = rezultaty są mierzone i wykorzystywane do doskonalenia działań
description-key-feature-sustainability = działania trwają dłużej niż finansowanie projektu
about-dimensions-heading = Sześć wymiarów ewaluacji
about-dimensions-intro = Działania pilotażowe oceniono za pomocą sześciu pytań, czyli kryteriów ewaluacji OECD-DAC; każda praktyka przedstawia dowody dla wymiarów, według których ją oceniono.
about-dimension-column = Wymiar
about-question-column = Pytanie
question-dimension-relevance = Czy odpowiada na rzeczywiste potrzeby migrantów i miasta?
question-dimension-effectiveness = Czy osiągnęła swoje cele?
question-dimension-sustainability = Czy korzyści będą trwałe?
question-dimension-efficiency = Czy zasoby zostały dobrze wykorzystane?
question-dimension-coherence = Czy jest spójna z innymi politykami i działaniami podmiotów w mieście?
question-dimension-impact = Co zmieniła poza swoimi bezpośrednimi rezultatami?
about-steps-heading = Etapy paktu miasta
about-steps = Każde miasto przeanalizowało swoją politykę międzykulturową, zorganizowało okrągłe stoły z lokalnymi interesariuszami, napisało strategię integracji i pilotażowo ją wdrożyło: ciało koordynujące, wydarzenie inaugurujące i Miejski Pakt na rzecz Integracji. Następnie podczas warsztatów replikacyjnych miasta podzieliły się wynikami z miastami spoza projektu.
about-howto-heading = Jak szukać
about-howto-languages = Pisz w dowolnym z ośmiu języków biblioteki: angielskim, rumuńskim, włoskim, hiszpańskim, niemieckim, szwedzkim, polskim lub łotewskim. Wyszukiwarka znajduje też formy odmienione i słowa wpisane bez znaków diakrytycznych.
about-howto-syntax = Muszą pasować wszystkie słowa. Dokładną frazę ujmij w { $phrase }, słowo wyklucz zapisem { $exclude }, a alternatywy połącz słowem { $or }: { $example }.
about-howto-example = mieszkalnictwo OR housing
about-howto-filters = Zawężaj wyniki filtrami: miasto, obszar, język, temat, kluczowa cecha, grupa docelowa, etap i rok. Kilka wartości jednego filtra poszerza wyszukiwanie (wystarczy dowolna z nich); filtry różnych rodzajów je zawężają.
about-howto-share = Każde wyszukiwanie ma własny adres: dodaj je do zakładek lub udostępnij.
about-howto-api = Programiści mogą korzystać z tej samej wyszukiwarki przez { $api }.
about-api-link = API JSON

## Strony błędów

error-not-found-title = Nie znaleziono strony
error-not-found-detail = Pod tym adresem nie ma żadnej strony.
error-not-found-advice = Adres może zawierać błąd albo praktyka mogła zostać przeniesiona.
error-bad-request-title = Nie udało się wykonać tego wyszukiwania
error-bad-request-advice = Zmień wyszukiwanie i spróbuj ponownie.
error-method-title = Ta strona nie obsługuje tej operacji
error-method-detail = Ten adres służy tylko do przeglądania.
error-method-advice = Skorzystaj z linku lub z wyszukiwarki.
error-busy-title = Biblioteka jest zajęta
error-busy-detail = Biblioteka obsługuje teraz wiele wyszukiwań jednocześnie.
error-busy-advice = Spróbuj ponownie za chwilę.
error-internal-title = Coś poszło nie tak
error-internal-detail = Biblioteka nie mogła odpowiedzieć z powodu błędu wewnętrznego.
error-internal-advice = Problem został zapisany w dzienniku. Spróbuj ponownie później.
error-go-to-search = Przejdź do wyszukiwarki

## Konta, zgłoszenia i weryfikacja

nav-account = Konto
nav-sign-in = Zaloguj się
nav-submit = Zgłoś praktykę
nav-my-submissions = Moje zgłoszenia
nav-review = Weryfikacja
nav-sign-out = Wyloguj się
sign-in-title = Logowanie
sign-in-intro = Partnerzy i bibliotekarze logują się tokenem dostępu otrzymanym od biblioteki. Po zalogowaniu możesz zgłaszać praktyki i tłumaczenia oraz śledzić ich weryfikację.
sign-in-token-label = Token dostępu
sign-in-token-hint = Zaczyna się od epi_ i został Ci przekazany jeden raz, przy zakładaniu konta.
sign-in-rejected = Token nie został przyjęty. Sprawdź, czy skopiowano go w całości.
sign-in-too-many = Zbyt wiele prób logowania z Twojego połączenia. Odczekaj minutę i spróbuj ponownie.
sign-in-button = Zaloguj się
signed-out = Wylogowano.
submit-title = Zgłoś praktykę
submit-intro = Opisz praktykę swojego miasta. Bibliotekarz sprawdza każde zgłoszenie przed publikacją; jego stan widać w zakładce Moje zgłoszenia. Użyj podglądu, aby sprawdzić tekst przed wysłaniem.
translate-title = Dodaj tłumaczenie: { $title }
translate-intro = Formularz zawiera praktykę w opublikowanej wersji. Wybierz nowy język, przetłumacz tytuł, streszczenie, słowa kluczowe, ocenę i tekst, a następnie sprawdź podgląd i wyślij.
add-translation = Dodaj tłumaczenie
form-errors-heading =
    { $count ->
        [one] Formularz zawiera { $count } błąd
        [few] Formularz zawiera { $count } błędy
        [many] Formularz zawiera { $count } błędów
       *[other] Formularz zawiera { $count } błędu
    }
form-preview-heading = Podgląd
form-no-problems = Nie znaleziono błędów: praktykę można wysłać.
form-warnings-heading = Ostrzeżenia
form-section-practice = Praktyka
form-section-framework = Ramy EPI
form-section-text = Studium przypadku
form-section-more = Kontakt, linki i źródła
form-slug-label = Krótka nazwa w adresie (slug)
form-slug-hint = Małe litery a–z, cyfry i łączniki, od 3 do 80 znaków, np. one-stop-shop. Jeśli pole zostanie puste, nazwa powstanie z tytułu.
form-title-label = Tytuł
form-summary-label = Streszczenie
form-summary-hint = Od jednego do trzech zdań, najwyżej 600 znaków.
form-lang-label = Język tekstu
form-choose = Wybierz…
form-country-label = Kod kraju
form-country-hint = Dwie wielkie litery (ISO 3166-1), np. RO lub SE.
form-one-per-line = Jedna pozycja w wierszu.
form-period-start-label = Początek
form-period-end-label = Koniec (zostaw puste, jeśli trwa)
form-date-hint = Rok, rok i miesiąc albo pełna data: 2021, 2021-06 lub 2021-06-15.
form-body-label = Tekst (Markdown)
form-body-hint = Pisz pod nagłówkami sekcji, w języku praktyki: ## rozpoczyna nagłówek, pusty wiersz oddziela akapity. HTML nie jest wyświetlany.
form-keywords-label = Słowa kluczowe (najwyżej 7)
form-evaluation-hint = Podaj dowody dla wymiarów, w których praktykę oceniono; pozostałe zostaw puste.
form-practice-ids-hint = Identyfikatory praktyk, np. riga/we-are-rigans, jeden w wierszu.
form-contact-organisation-label = Organizacja
form-contact-name-label = Imię i nazwisko (opcjonalnie)
form-contact-email-label = E-mail (opcjonalnie)
form-contact-url-label = Adres strony (opcjonalnie)
form-link-title-label = Link { $number }: tytuł
form-link-url-label = Link { $number }: adres
form-source-hint = Skąd pochodzą informacje; wskaż fragmenty ilustracyjne, a nie udokumentowane.
form-preview-button = Podgląd
form-submit-button = Wyślij do weryfikacji
mine-title = Moje zgłoszenia
mine-intro = Zgłoszenia organizacji { $org }, od najnowszych.
mine-empty = Nic jeszcze nie zgłoszono.
mine-submitted = Dziękujemy: zgłoszenie zostało zapisane i czeka na weryfikację przez bibliotekarza.
column-title = Tytuł
column-target = Plik
column-submitted = Zgłoszono
column-status = Stan
column-reason = Powód:
column-organisation = Organizacja
submission-status-pending = Czeka na weryfikację
submission-status-published = Opublikowane
submission-status-rejected = Odrzucone
review-title = Weryfikacja
review-intro =
    { $count ->
        [one] { $count } zgłoszenie czeka na weryfikację.
        [few] { $count } zgłoszenia czekają na weryfikację.
        [many] { $count } zgłoszeń czeka na weryfikację.
       *[other] { $count } zgłoszenia czeka na weryfikację.
    }
review-empty = Żadne zgłoszenie nie czeka na weryfikację.
review-approved = Zgłoszenie zostało opublikowane i można je już znaleźć w wyszukiwarce.
review-rejected = Zgłoszenie zostało odrzucone; partner może przeczytać powód.
review-kind-new = (nowa praktyka)
review-kind-translation = (tłumaczenie)
review-report-heading = Raport walidacji
review-decide-heading = Decyzja
review-approve-button = Zatwierdź i opublikuj
review-reason-label = Powód odrzucenia
review-reason-hint = Partner go przeczyta: napisz, co należy zmienić.
review-reject-button = Odrzuć
review-raw-heading = Plik w zgłoszonej postaci
error-unauthorized-title = Zaloguj się
error-unauthorized-detail = Ta strona jest dla zalogowanych partnerów i bibliotekarzy.
error-unauthorized-advice = Zaloguj się tokenem dostępu i spróbuj ponownie.
error-forbidden-title = Brak uprawnień
error-forbidden-detail = Twoje konto nie może tego zrobić albo formularz był nieaktualny.
error-forbidden-advice = Wróć, odśwież stronę i spróbuj ponownie. Weryfikacją zajmują się bibliotekarze.
error-conflict-title = To już zostało zrobione
error-conflict-advice = Odśwież stronę, aby zobaczyć aktualny stan.
error-too-large-title = Za duże
error-too-large-detail = Przesłana treść przekracza rozmiar przyjmowany przez bibliotekę.
error-too-large-advice = Skróć tekst i spróbuj ponownie.
error-invalid-title = Sprawdź treść
error-invalid-detail = Niektóre pola są nieprawidłowe.
error-invalid-advice = Wróć, popraw pola i spróbuj ponownie.
error-too-many-title = Zbyt wiele prób
error-too-many-detail = Z Twojego połączenia przyszło zbyt wiele prób.
error-too-many-advice = Odczekaj minutę i spróbuj ponownie.

## Obszary EPI

domain-interaction = Interakcja
domain-participation = Partycypacja
domain-governance = Zarządzanie

## Kluczowe cechy EPI

key-feature-political-commitment = Zaangażowanie polityczne
key-feature-participation = Partycypacja
key-feature-narrative = Narracja
key-feature-evaluation = Ewaluacja
key-feature-sustainability = Trwałość

## Wymiary ewaluacji (kryteria OECD-DAC)

dimension-relevance = Trafność
dimension-effectiveness = Skuteczność
dimension-sustainability = Trwałość
dimension-efficiency = Efektywność
dimension-coherence = Spójność
dimension-impact = Oddziaływanie

## Tematy

theme-language-learning = Nauka języka
theme-labour-market = Rynek pracy
theme-entrepreneurship = Przedsiębiorczość
theme-education = Edukacja
theme-housing = Mieszkalnictwo
theme-health = Zdrowie
theme-culture = Kultura
theme-interreligious-dialogue = Dialog międzyreligijny
theme-anti-discrimination = Przeciwdziałanie dyskryminacji
theme-welcoming-services = Usługi powitalne i punkty kompleksowej obsługi
theme-volunteering = Wolontariat
theme-media-narrative = Media i narracja
theme-civic-participation = Partycypacja obywatelska
theme-intercultural-mediation = Mediacja międzykulturowa
theme-neighbourhoods = Dzielnice i osiedla
theme-women = Kobiety
theme-youth = Młodzież
theme-digital-inclusion = Włączenie cyfrowe
theme-research-and-monitoring = Badania i monitoring
theme-strategy-and-policy = Strategia i polityka

## Grupy docelowe

target-group-third-country-nationals = Obywatele państw trzecich
target-group-refugees = Uchodźcy
target-group-asylum-seekers = Cudzoziemcy ubiegający się o ochronę międzynarodową
target-group-newcomers = Nowo przybyli
target-group-migrant-women = Migrantki
target-group-children-and-youth = Dzieci i młodzież
target-group-families = Rodziny
target-group-students = Studenci
target-group-jobseekers = Osoby poszukujące pracy
target-group-entrepreneurs = Przedsiębiorcy
target-group-employers = Pracodawcy
target-group-host-community = Społeczność przyjmująca
target-group-public-officials = Pracownicy administracji publicznej
target-group-civil-society = Społeczeństwo obywatelskie
target-group-religious-communities = Wspólnoty religijne
target-group-volunteers = Wolontariusze
target-group-teachers = Nauczyciele

## Etap realizacji praktyki

status-planned = Planowana
status-pilot = Pilotaż
status-ongoing = W trakcie realizacji
status-completed = Zakończona

## Obszary Indeksu Miast Międzykulturowych (ICC)

icc-commitment = Zaangażowanie
icc-education = Edukacja
icc-neighbourhoods = Dzielnice i osiedla
icc-public-services = Usługi publiczne
icc-business-and-labour-market = Biznes i rynek pracy
icc-cultural-and-social-life = Życie kulturalne i społeczne
icc-public-space = Przestrzeń publiczna
icc-mediation-and-conflict-resolution = Mediacja i rozwiązywanie konfliktów
icc-language = Język
icc-media-and-communication = Media i komunikacja
icc-international-outlook = Otwartość międzynarodowa
icc-intercultural-intelligence = Inteligencja i kompetencje międzykulturowe
icc-welcoming-newcomers = Przyjmowanie nowo przybyłych
icc-leadership-and-citizenship = Przywództwo i obywatelstwo
icc-anti-discrimination = Przeciwdziałanie dyskryminacji
icc-participation = Partycypacja
icc-interaction = Interakcja

# Cross-language search
query-expanded = Wyszukano także w pozostałych językach: { $concepts }.
query-expanded-off = Szukaj tylko wpisanych słów
query-not-expanded = Wyszukano tylko wpisane słowa.
query-expanded-on = Szukaj także w innych językach
results-languages = Języki wyników
results-all-languages = Wszystkie języki
results-only-language = Tylko { $language }
reader-version = Streszczenie { $language }:
