# La interfaz de la Biblioteca de buenas prácticas EPI, en español.
# Las mismas claves que en.ftl (el archivo de referencia); véanse allí los comentarios.

## Todas las páginas

site-name = Biblioteca de buenas prácticas EPI
page-title = { $title } — { site-name }
skip-link = Saltar al contenido principal
nav-main = Principal
nav-search = Buscar
nav-cities = Ciudades
nav-domains = Ámbitos
nav-about = Acerca de
language-menu = Idioma
footer-text = Buenas prácticas para la integración local de las personas migrantes, del Pacto Europeo para la Integración (EPI, 2020–2022), cofinanciado por el Fondo de Asilo, Migración e Integración de la UE.
footer-about = Acerca de la biblioteca
footer-api = API
breadcrumb = Ruta de navegación
documents-count =
    { $count ->
        [one] { $count } documento
       *[other] { $count } documentos
    }

## Facetas

facet-city = Ciudad
facet-country = País
facet-domain = Ámbito
facet-key-feature = Característica clave
facet-theme = Tema
facet-target-group = Grupo destinatario
facet-lang = Idioma
facet-status = Estado
facet-year = Año
facet-topic = Concepto

## El idioma en que está escrito un documento

in-language-en = en inglés
in-language-ro = en rumano
in-language-it = en italiano
in-language-es = en español
in-language-de = en alemán
in-language-sv = en sueco
in-language-pl = en polaco
in-language-lv = en letón

## La página de búsqueda

search-title = Buscar en la biblioteca
search-title-query = { $query } — búsqueda
search-heading = Buscar en la biblioteca de buenas prácticas
search-label = Buscar prácticas
search-placeholder = p. ej. ventanilla única, integracja, mediazione interculturale
search-button = Buscar
search-help = Escriba en cualquiera de los ocho idiomas de la biblioteca. Use { $phrase } para una frase exacta, { $exclude } para excluir una palabra y { $or } para alternativas.
syntax-phrase = "comillas"
syntax-exclude = -palabra
filters = Filtros
apply-filters = Aplicar filtros
active-filters = Filtros activos
filter-chip = { $facet }: { $value }
remove-filter = Quitar el filtro { $filter }
clear-filters = Quitar todos los filtros
query-corrected = Pocas prácticas coinciden con «{ $query }». Se muestran los resultados de «{ $corrected }».
query-adjusted = Se ha ajustado la búsqueda: { $note }.
note-truncated = la búsqueda tenía más de { $max } caracteres y se ha acortado
note-too-many-terms = solo se han buscado las primeras { $max } palabras y frases
note-phrase-too-long = una frase se ha reducido a sus primeras { $max } palabras
note-unbalanced-quote = faltaban las comillas de cierre, así que esas palabras se han buscado por separado
note-stray-operator = «{ $operator }» no se aplicaba a nada y se ha ignorado
note-control-characters = se han eliminado los caracteres de control
note-no-words = no contenía letras ni números que buscar, así que se muestran todas las prácticas
results-count =
    { $count ->
        [0] Ninguna práctica coincide
        [one] { $count } documento encontrado
       *[other] { $count } documentos encontrados
    }
sort-nav = Orden
sort-label = Ordenar por:
sort-relevance = relevancia
sort-newest = más recientes
also-in = También en:
result-tags = Ámbitos y temas
empty-heading = Ninguna práctica coincide con esta búsqueda
empty-remove-filter = Quitar el filtro { $filter }
empty-search-all = Buscar «{ $query }» en todas las prácticas
empty-spelling = Revise la ortografía o use menos palabras, o palabras más generales.
empty-other-language = Busque en otro idioma: las prácticas están escritas en ocho.
empty-browse = Explorar las prácticas por ciudad
pagination = Páginas
page-previous = Anterior
page-next = Siguiente
page-number = Página { $page }

## Una práctica

versions-nav = Versiones lingüísticas
available-in = Disponible en
practice-about = Sobre esta práctica
similar-practices = Prácticas similares
field-city = Ciudad
field-organisations = Organizaciones
field-period = Período
period-ongoing = en curso
field-status = Estado
field-domains = Ámbitos
field-key-features = Características clave
field-themes = Temas
field-target-groups = Grupos destinatarios
field-icc-areas = Áreas del Índice de Ciudades Interculturales
field-adapted-from = Adaptada de
field-adapted-by = Adaptada por
practice-evaluation = Evaluación
practice-contact-sources = Contacto y fuentes
field-contact = Contacto
field-links = Enlaces
field-source = Fuente
field-licence = Licencia

## Explorar por ciudad y por ámbito

cities-title = Ciudades
cities-heading = Prácticas por ciudad
cities-intro = Las siete ciudades EPI pusieron a prueba estrategias locales de integración entre 2020 y 2022; otras ciudades añaden sus prácticas a medida que las replican.
city-heading = Prácticas de { $city }
domains-title = Ámbitos
domains-heading = Prácticas por ámbito
domains-intro = EPI organiza una estrategia local de integración en tres ámbitos.
domain-heading = Ámbito: { $domain }
practices-count =
    { $count ->
        [one] { $count } práctica
       *[other] { $count } prácticas
    }
languages-label = Idiomas:
see-all =
    { $count ->
        [one] Ver el documento en la búsqueda
       *[other] Ver los { $count } documentos en la búsqueda
    }
description-domain-interaction = El contacto cotidiano entre las personas recién llegadas y los residentes de siempre: espacios compartidos, eventos, intercambios de idiomas, voluntariado y diálogo que generan confianza entre personas de orígenes diversos.
description-domain-participation = Las personas migrantes toman parte en la vida y las decisiones de la ciudad: consultas, órganos de participación, asociaciones y el diseño conjunto de servicios y estrategias.
description-domain-governance = Cómo organiza la ciudad la integración: compromiso político, coordinación entre departamentos y socios, estrategias, servicios, evaluación y financiación.

## La página «Acerca de»

about-title = Acerca de
about-heading = Acerca de la biblioteca
about-intro = El Pacto Europeo para la Integración (EPI, 2020–2022) reunió a siete ciudades — Cartagena, Cluj-Napoca, Dietzenbach, Linköping, Lublin, Ravenna y Riga — para diseñar y poner a prueba estrategias locales de integración de nacionales de terceros países, con financiación del Fondo de Asilo, Migración e Integración de la UE (FAMI). Esta biblioteca reúne lo que funcionó para que otras ciudades puedan replicarlo.
about-framework-heading = El marco EPI
about-framework-intro = Todas las prácticas se describen con el mismo marco, que es también la forma de filtrar la búsqueda.
about-domains-heading = Tres ámbitos
about-features-heading = Cinco características clave
about-features-intro = Una estrategia local sólida se caracteriza por:
about-feature-item = { $feature }: { $description }.
description-key-feature-political-commitment = los responsables de la ciudad respaldan la estrategia y le dan un mandato y recursos
description-key-feature-participation = personas migrantes, vecinos y organizaciones locales ayudan a diseñarla y llevarla a cabo
description-key-feature-narrative = la ciudad cuenta un relato positivo y compartido de diversidad y pertenencia
description-key-feature-evaluation = los resultados se miden y se usan para mejorar el trabajo
description-key-feature-sustainability = el trabajo continúa cuando termina la financiación del proyecto
about-dimensions-heading = Seis dimensiones de evaluación
about-dimensions-intro = Los proyectos piloto se evaluaron con seis preguntas, los criterios de evaluación del CAD de la OCDE; cada práctica aporta sus evidencias para las dimensiones en las que se evaluó.
about-dimension-column = Dimensión
about-question-column = Pregunta
question-dimension-relevance = ¿Responde a necesidades reales de las personas migrantes y de la ciudad?
question-dimension-effectiveness = ¿Alcanzó sus objetivos?
question-dimension-sustainability = ¿Perdurarán los beneficios?
question-dimension-efficiency = ¿Se usaron bien los recursos?
question-dimension-coherence = ¿Encaja con las demás políticas y actores de la ciudad?
question-dimension-impact = ¿Qué cambió, más allá de sus resultados directos?
about-steps-heading = Las etapas del pacto de una ciudad
about-steps = Cada ciudad revisó su política intercultural, celebró mesas redondas con los agentes locales, redactó una estrategia de integración y la puso a prueba: un órgano de coordinación, un acto de lanzamiento y un Pacto Local por la Integración. Después, talleres de replicación compartieron los resultados con ciudades ajenas al proyecto.
about-howto-heading = Cómo buscar
about-howto-languages = Escriba en cualquiera de los ocho idiomas de la biblioteca: inglés, rumano, italiano, español, alemán, sueco, polaco o letón. También se encuentran las formas flexionadas y las palabras escritas sin tildes.
about-howto-syntax = Deben coincidir todas las palabras. Use { $phrase } para una frase exacta, { $exclude } para excluir una palabra y { $or } entre alternativas: { $example }.
about-howto-example = vivienda OR housing
about-howto-filters = Acote los resultados con los filtros: ciudad, ámbito, idioma, tema, característica clave, grupo destinatario, estado y año. Varios valores de un mismo filtro amplían la búsqueda (basta con uno); filtros de distinto tipo la acotan.
about-howto-share = Cada búsqueda tiene su propia dirección: guárdela en favoritos o compártala.
about-howto-api = Quienes desarrollan software pueden usar la misma búsqueda a través de la { $api }.
about-api-link = API JSON

## Páginas de error

error-not-found-title = Página no encontrada
error-not-found-detail = No hay ninguna página en esta dirección.
error-not-found-advice = Puede que la dirección esté mal escrita o que la práctica se haya trasladado.
error-bad-request-title = No se ha podido realizar esta búsqueda
error-bad-request-advice = Modifique la búsqueda e inténtelo de nuevo.
error-method-title = Esta página no permite esa acción
error-method-detail = Esta dirección solo se puede consultar.
error-method-advice = Siga un enlace o utilice la búsqueda.
error-busy-title = La biblioteca está ocupada
error-busy-detail = La biblioteca está respondiendo a muchas búsquedas a la vez.
error-busy-advice = Vuelva a intentarlo en un momento.
error-internal-title = Algo ha salido mal
error-internal-detail = La biblioteca no ha podido responder por un fallo interno.
error-internal-advice = El problema ha quedado registrado. Vuelva a intentarlo más tarde.
error-go-to-search = Ir a la página de búsqueda

## Cuentas, propuestas y revisión

nav-account = Cuenta
nav-sign-in = Iniciar sesión
nav-submit = Proponer una práctica
nav-my-submissions = Mis propuestas
nav-review = Revisión
nav-sign-out = Cerrar sesión
sign-in-title = Iniciar sesión
sign-in-intro = Las entidades socias y el personal bibliotecario inician sesión con el token de acceso que les dio la biblioteca. Con la sesión iniciada puede proponer prácticas y traducciones y seguir su revisión.
sign-in-token-label = Token de acceso
sign-in-token-hint = Empieza por epi_ y se le entregó una sola vez, al crear su cuenta.
sign-in-rejected = El token no fue aceptado. Compruebe que lo ha copiado entero.
sign-in-too-many = Demasiados intentos de inicio de sesión desde su conexión. Espere un minuto y vuelva a intentarlo.
sign-in-button = Iniciar sesión
signed-out = Ha cerrado la sesión.
submit-title = Proponer una práctica
submit-intro = Describa una práctica de su ciudad. Una persona bibliotecaria revisa cada propuesta antes de publicarla; puede seguir la suya en Mis propuestas. Use Vista previa para comprobar el texto antes de enviarlo.
translate-title = Añadir una traducción: { $title }
translate-intro = El formulario contiene la práctica tal como se publicó. Elija el nuevo idioma, traduzca el título, el resumen, las palabras clave, la evaluación y el texto, y después compruebe la vista previa y envíelo.
add-translation = Añadir una traducción
form-errors-heading =
    { $count ->
        [one] El formulario tiene { $count } problema
       *[other] El formulario tiene { $count } problemas
    }
form-preview-heading = Vista previa
form-no-problems = No se ha encontrado ningún problema: la práctica puede enviarse.
form-warnings-heading = Advertencias
form-section-practice = La práctica
form-section-framework = El marco EPI
form-section-text = El estudio de caso
form-section-more = Contacto, enlaces y fuentes
form-slug-label = Nombre corto en la dirección (slug)
form-slug-hint = Letras minúsculas a–z, cifras y guiones, de 3 a 80 caracteres, por ejemplo one-stop-shop. Si lo deja vacío, se forma a partir del título.
form-title-label = Título
form-summary-label = Resumen
form-summary-hint = De una a tres frases, como máximo 600 caracteres.
form-lang-label = Idioma del texto
form-choose = Elija…
form-country-label = Código del país
form-country-hint = Dos letras mayúsculas (ISO 3166-1), por ejemplo RO o SE.
form-one-per-line = Uno por línea.
form-period-start-label = Inicio
form-period-end-label = Fin (déjelo vacío mientras siga en marcha)
form-date-hint = Un año, un año y un mes o una fecha completa: 2021, 2021-06 o 2021-06-15.
form-body-label = Texto (Markdown)
form-body-hint = Escriba bajo los títulos de las secciones, en el idioma de la práctica: ## inicia un título y una línea en blanco separa los párrafos. El HTML no se muestra.
form-keywords-label = Palabras clave (como máximo 7)
form-evaluation-hint = Aporte las evidencias de las dimensiones en las que se evaluó la práctica; deje vacías las demás.
form-practice-ids-hint = Identificadores de prácticas como riga/we-are-rigans, uno por línea.
form-contact-organisation-label = Organización
form-contact-name-label = Nombre (opcional)
form-contact-email-label = Correo electrónico (opcional)
form-contact-url-label = Dirección web (opcional)
form-link-title-label = Enlace { $number }: título
form-link-url-label = Enlace { $number }: dirección
form-source-hint = De dónde proceden los datos; indique qué pasajes son ilustrativos y no documentados.
form-preview-button = Vista previa
form-submit-button = Enviar a revisión
mine-title = Mis propuestas
mine-intro = Propuestas de { $org }, de la más reciente a la más antigua.
mine-empty = Todavía no ha enviado nada.
mine-submitted = Gracias: su propuesta se ha guardado y espera la revisión del personal bibliotecario.
column-title = Título
column-target = Archivo
column-submitted = Enviada
column-status = Estado
column-reason = Motivo:
column-organisation = Organización
submission-status-pending = Pendiente de revisión
submission-status-published = Publicada
submission-status-rejected = Rechazada
review-title = Revisión
review-intro =
    { $count ->
        [one] { $count } propuesta espera revisión.
       *[other] { $count } propuestas esperan revisión.
    }
review-empty = Ninguna propuesta espera revisión.
review-approved = La propuesta se ha publicado y ya aparece en la búsqueda.
review-rejected = La propuesta se ha rechazado; la entidad socia puede leer el motivo.
review-kind-new = (práctica nueva)
review-kind-translation = (traducción)
review-report-heading = Informe de validación
review-decide-heading = Decisión
review-approve-button = Aprobar y publicar
review-reason-label = Motivo del rechazo
review-reason-hint = La entidad socia lo leerá: indique qué debe cambiar.
review-reject-button = Rechazar
review-raw-heading = El archivo tal como se envió
error-unauthorized-title = Inicie sesión
error-unauthorized-detail = Esta página es para entidades socias y personal bibliotecario con la sesión iniciada.
error-unauthorized-advice = Inicie sesión con su token de acceso y vuelva a intentarlo.
error-forbidden-title = No permitido
error-forbidden-detail = Su cuenta no puede hacer esto, o el formulario estaba desactualizado.
error-forbidden-advice = Vuelva atrás, recargue la página e inténtelo de nuevo. La revisión corresponde al personal bibliotecario.
error-conflict-title = Esto ya se hizo
error-conflict-advice = Recargue la página para ver el estado actual.
error-too-large-title = Demasiado grande
error-too-large-detail = Lo enviado supera el tamaño que acepta la biblioteca.
error-too-large-advice = Acorte el texto y vuelva a intentarlo.
error-invalid-title = Revise el contenido
error-invalid-detail = Algunos campos no son válidos.
error-invalid-advice = Vuelva atrás, corrija los campos e inténtelo de nuevo.
error-too-many-title = Demasiados intentos
error-too-many-detail = Desde su conexión han llegado demasiados intentos.
error-too-many-advice = Espere un minuto y vuelva a intentarlo.

## Ámbitos EPI

domain-interaction = Interacción
domain-participation = Participación
domain-governance = Gobernanza

## Características clave EPI

key-feature-political-commitment = Compromiso político
key-feature-participation = Participación
key-feature-narrative = Narrativa
key-feature-evaluation = Evaluación
key-feature-sustainability = Sostenibilidad

## Dimensiones de evaluación (los criterios del CAD de la OCDE)

dimension-relevance = Pertinencia
dimension-effectiveness = Eficacia
dimension-sustainability = Sostenibilidad
dimension-efficiency = Eficiencia
dimension-coherence = Coherencia
dimension-impact = Impacto

## Temas

theme-language-learning = Aprendizaje de idiomas
theme-labour-market = Mercado laboral
theme-entrepreneurship = Emprendimiento
theme-education = Educación
theme-housing = Vivienda
theme-health = Salud
theme-culture = Cultura
theme-interreligious-dialogue = Diálogo interreligioso
theme-anti-discrimination = Lucha contra la discriminación
theme-welcoming-services = Servicios de acogida y ventanillas únicas
theme-volunteering = Voluntariado
theme-media-narrative = Medios y narrativa
theme-civic-participation = Participación ciudadana
theme-intercultural-mediation = Mediación intercultural
theme-neighbourhoods = Barrios
theme-women = Mujeres
theme-youth = Juventud
theme-digital-inclusion = Inclusión digital
theme-research-and-monitoring = Investigación y seguimiento
theme-strategy-and-policy = Estrategia y políticas

## Grupos destinatarios

target-group-third-country-nationals = Nacionales de terceros países
target-group-refugees = Personas refugiadas
target-group-asylum-seekers = Solicitantes de asilo
target-group-newcomers = Personas recién llegadas
target-group-migrant-women = Mujeres migrantes
target-group-children-and-youth = Infancia y juventud
target-group-families = Familias
target-group-students = Estudiantes
target-group-jobseekers = Demandantes de empleo
target-group-entrepreneurs = Emprendedores
target-group-employers = Empleadores
target-group-host-community = Sociedad de acogida
target-group-public-officials = Personal de la administración pública
target-group-civil-society = Sociedad civil
target-group-religious-communities = Comunidades religiosas
target-group-volunteers = Personas voluntarias
target-group-teachers = Profesorado

## Estado de una práctica

status-planned = Prevista
status-pilot = Piloto
status-ongoing = En curso
status-completed = Finalizada

## Áreas del Índice de Ciudades Interculturales (ICC)

icc-commitment = Compromiso
icc-education = Educación
icc-neighbourhoods = Barrios
icc-public-services = Servicios públicos
icc-business-and-labour-market = Empresa y mercado laboral
icc-cultural-and-social-life = Vida cultural y social
icc-public-space = Espacio público
icc-mediation-and-conflict-resolution = Mediación y resolución de conflictos
icc-language = Idioma
icc-media-and-communication = Medios y comunicación
icc-international-outlook = Proyección internacional
icc-intercultural-intelligence = Inteligencia y competencia interculturales
icc-welcoming-newcomers = Acogida de personas recién llegadas
icc-leadership-and-citizenship = Liderazgo y ciudadanía
icc-anti-discrimination = Lucha contra la discriminación
icc-participation = Participación
icc-interaction = Interacción

# Cross-language search
query-expanded = También se buscó en los demás idiomas: { $concepts }.
query-expanded-off = Buscar solo las palabras escritas
query-not-expanded = Solo se buscaron las palabras escritas.
query-expanded-on = Buscar también en otros idiomas
results-languages = Idiomas de los resultados
results-all-languages = Todos los idiomas
results-only-language = Solo { $language }
reader-version = Resumen { $language }:
