# Spanish (español).

# translated_from: 1a70bf3b
site-title = Agenda
# translated_from: 7f0da9d1
site-tagline = Eventos gratuitos para familias con bebés y niños menores de cinco años

## Page furniture
# translated_from: 63ca411d
skip-to-content = Ir al contenido principal
# translated_from: 9ec1a93c
nav-label = Menú principal
# translated_from: 6f654701
nav-menu = Menú
# translated_from: 95c0bf9a
nav-whats-on = Agenda
# translated_from: 029bef2a
nav-festivals = Festivales
# translated_from: 61cdaa79
language-picker-label = Leer esta página en otro idioma
# translated_from: 8c72c3fd
language-picker-heading = Elija su idioma
# translated_from: 8e4f0181
home-intro = Eventos gratuitos para familias con bebés y niños pequeños. Elija su idioma para ver la agenda.
# translated_from: fe86fc3a
footer-text = Los eventos son gratuitos, salvo que se indique un precio. Las reservas se hacen en otra página web.
# translated_from: eb04a362
untranslated = Todavía sin traducir
# translated_from: 7d1af794
back-to-listing = Volver a la agenda

## The what's-on listing
# translated_from: 95c0bf9a
listing-heading = Agenda
# translated_from: a89b27da
listing-intro = Eventos gratis o a bajo precio para familias con bebés y niños menores de cinco años.
# translated_from: 61baa34d
listing-empty = Por ahora no hay eventos programados. Vuelva a consultar pronto.
# translated_from: cff99024
listing-soon = Próximas semanas
# translated_from: e8ca2145
listing-this-week = Esta semana
# translated_from: 2f023d7f
listing-next-week = La próxima semana
# translated_from: 6fb1b97b
listing-regular-heading = Actividades habituales
# translated_from: a6570cd7
listing-jump-label = Ir a
# translated_from: 8d808c8f
listing-regular-when = { $days } { $time }
# translated_from: 88042d9c
listing-regular-when-until = { $days } { $time }, { $until }
# translated_from: f72e9958
listing-months = Por mes
# translated_from: 4c1d27e8
listing-previous = Anterior
# translated_from: dfa8ff5f
listing-next = Siguiente
# translated_from: b35f3e8b
listing-month-title = { $listing }: { $month }
# translated_from: 8f978e9b
listing-month-page = { $month }, página { $page }
# translated_from: 60531663
listing-count = { $count ->
    [one] Un evento próximo
   *[other] { $count } eventos próximos
}
# translated_from: 695be67a
listing-regular-note = Las actividades regulares se muestran para { $weeks ->
    [one] la próxima semana
   *[other] las próximas { $weeks } semanas
}. Abra una actividad para ver todas sus fechas.
# translated_from: a546e712
day-today = Hoy
# translated_from: 32ee0387
day-tomorrow = Mañana

## Events
# translated_from: 75282e4f
event-when = Cuándo
# translated_from: 2afffaec
event-where = Dónde
# translated_from: a22de705
event-dates = Fechas
# translated_from: 1aefcc83
event-ages = Edades
# translated_from: 2c60d22f
event-cost = Precio
# translated_from: bd7b5402
event-siblings = Los hermanos mayores también son bienvenidos
# translated_from: 7023a02d
event-spoken-languages = Idiomas que se hablan
# translated_from: 0450f1b9
event-accessibility = Accesibilidad
# translated_from: 39e5533d
event-book = Reservar un lugar
# translated_from: edabc417
event-book-hint = La reserva se abre en otra página web.
# translated_from: baaf4960
event-drop-in = Solo tiene que venir – no hace falta reservar
# translated_from: 5a191da3
event-cancelled = Cancelado
# translated_from: 5fc97192
event-cancelled-note = Este evento se ha cancelado. Lo sentimos.
# translated_from: 3517ff05
event-past = Este evento ya ha terminado.
# translated_from: adaeea80
event-map-link = Ver { $venue } en un mapa
# translated_from: 5095e1e4
event-directions = Cómo llegar
# translated_from: d5016f1f
event-next-dates = Próximas fechas
# translated_from: df155054
event-next-date = Próxima sesión
# translated_from: 01620ed6
event-more-dates = { $count ->
    [one] y una fecha más
   *[other] y { $count } fechas más
}
# translated_from: 41cb867c
event-repeats-week = { $weekday ->
    [mon] Los lunes
    [tue] Los martes
    [wed] Los miércoles
    [thu] Los jueves
    [fri] Los viernes
    [sat] Los sábados
   *[sun] Los domingos
}
# translated_from: c7261d4e
event-repeats-2weeks = { $weekday ->
    [mon] Un lunes sí y otro no
    [tue] Un martes sí y otro no
    [wed] Un miércoles sí y otro no
    [thu] Un jueves sí y otro no
    [fri] Un viernes sí y otro no
    [sat] Un sábado sí y otro no
   *[sun] Un domingo sí y otro no
}
# translated_from: fe30b417
event-repeats-month = El { $nth ->
    [first] primer
    [second] segundo
    [third] tercer
    [fourth] cuarto
   *[last] último
} { $weekday ->
    [mon] lunes
    [tue] martes
    [wed] miércoles
    [thu] jueves
    [fri] viernes
    [sat] sábado
   *[sun] domingo
} de cada mes
# translated_from: 12969e3b
event-repeats-until = hasta el { $date }
# translated_from: 8c15154d
event-no-session = No hay sesión estos días: { $dates }
# translated_from: 79f96c62
event-session-moved = Nuevo horario: { $time }
# translated_from: a2c92788
event-part-of = Forma parte de { $festival }
# translated_from: b714fe40
event-flagship = Destacado del festival
# translated_from: 656894dd
event-all-day = Todo el día
# translated_from: ed0e894f
event-about = Sobre este evento

## Ages of children (whole years)
# translated_from: 8c6efe43
ages-bump = Embarazo
# translated_from: 64beae57
ages-bump-to = { $to ->
    [one] Embarazo hasta 1 año
   *[other] Embarazo hasta los { $to } años
}
# translated_from: 60c948ee
ages-range = { $to ->
    [one] De { $from } a { $to } año
   *[other] De { $from } a { $to } años
}
# translated_from: 934bc570
ages-single = { $age ->
    [one] 1 año
   *[other] { $age } años
}
# translated_from: 88b5941e
ages-months = { $to ->
    [one] De { $from } a { $to } mes
   *[other] De { $from } a { $to } meses
}
# translated_from: 8913b969
ages-months-years = { $to ->
    [one] De { $from } meses a { $to } año
   *[other] De { $from } meses a { $to } años
}

# translated_from: 80a3b01f
cost-free = Gratis

## Festivals
# translated_from: e588bec8
festival-dates = Del { $from } al { $to }
# translated_from: 349fbea9
festival-programme = Programa
# translated_from: a8a979e3
festival-highlights = Lo más destacado
# translated_from: 2502b617
festival-ended = Este festival ha terminado. Gracias a todos los que vinieron.
# translated_from: 6369372c
festival-no-upcoming = No quedan más eventos en este festival.
# translated_from: 86fcd427
festival-count = { $count ->
    [one] Un evento
   *[other] { $count } eventos
}

## Venues
# translated_from: 8fde98b3
venue-address = Dirección
# translated_from: ad9c3e68
venue-area = Zona
# translated_from: 1a477ec7
venue-upcoming = Próximamente aquí
# translated_from: 837bb42e
venue-none = Por ahora no hay nada programado aquí.
# translated_from: 61d09293
venue-map-link = Ver en un mapa (OpenStreetMap)

## Not found
# translated_from: 0977cec1
not-found-heading = Página no encontrada
# translated_from: e9210e75
not-found-text = Lo sentimos, no encontramos esta página. Puede que se haya movido o que el evento ya haya terminado.
# translated_from: b067bd43
not-found-home = Ver la agenda

## Print
# translated_from: bc05c2e4
print-scan-to-book = Escanee para reservar
# translated_from: fa7a8716
print-scan-festival = Escanee para ver el programa completo
# translated_from: fa6cbf23
print-how-to-book = Todos los eventos son para familias con bebés y niños menores de cinco años. Para reservar, escanee el código junto al evento con la cámara del teléfono, o escriba el enlace corto que aparece debajo.
# translated_from: 4cc55801
print-no-events = Estamos preparando el programa: escanee el código para ver los últimos eventos.
# translated_from: 9966b274
print-booking-sheet-title = Escanee para reservar: { $festival }
# translated_from: 4d3c6224
print-sheet-hint = Apunte la cámara del teléfono a un código, o escriba el enlace que aparece debajo.
# translated_from: 4481e036
print-redirect-title = Le llevamos a { $host }
# translated_from: a0089c97
print-redirect-text = Este enlace lleva a { $host }. Si la página no se abre sola, use el enlace de abajo.
# translated_from: 4ec5317a
print-download-pdf = Descargar el PDF listo para imprimir
# translated_from: a35b4ab8
print-index-heading = Folletos y hojas con códigos QR para imprimir
# translated_from: cb07727a
print-index-intro = PDF listos para la imprenta (con sangrado y marcas de corte) y páginas web para imprimir desde el navegador.
# translated_from: 575472b9
print-index-file = Archivo
# translated_from: 65b2218a
print-index-kind = Tipo
# translated_from: 4c4fdcbf
print-index-language = Idioma
# translated_from: beca2fc8
print-index-pages = Páginas
# translated_from: 709f7e84
print-index-size = Tamaño
# translated_from: eded66ef
print-index-web-page = Página web
# translated_from: 6b73e84f
print-index-leaflet = Folleto
print-index-area-leaflet = Folleto del barrio
# translated_from: 9a151b76
print-index-qr-sheet = Hoja de códigos QR
print-index-poster = Cartel
# translated_from: 84484e5d
print-contact = ¿Preguntas? Póngase en contacto
# translated_from: 98d283a8
print-partners = Gracias a nuestros socios
print-area-title = Actividades para familias en { $area }
# translated_from: c6dcc8d7
print-index-translated = Traducido
share-programme = Ver el programa completo
print-index-link-preview = Vista previa del enlace
print-index-post = Publicación para redes sociales
print-index-story = Historia para redes sociales
print-index-preview = Vista previa

## Filters on the listing
filter-heading = Encuentre actividades para usted
filter-links-heading = Actividades por edad y zona
filter-more = Más opciones
filter-age = Edad de su hijo
filter-area = Zona
filter-festival = Festival
filter-day = Día
filter-date = Fecha
filter-spoken = Idioma hablado
filter-free = Solo actividades gratuitas
filter-any-age = Cualquier edad
filter-any-area = Cualquier zona
filter-change = Cambiar
filter-any-festival = Cualquier festival
filter-any-day = Cualquier día
filter-any-language = Cualquier idioma
filter-this-week = Esta semana
filter-this-weekend = Este fin de semana
filter-on-date = En una fecha
filter-clear = Quitar filtros
filter-show-all = Ver todas las actividades
filter-none = Ninguna actividad coincide con lo elegido. Pruebe con menos filtros.
filter-area-heading = Actividades en { $area }
filter-age-heading = Actividades: { $group }
# translated_from: 93f96851
filter-age-area-heading = Actividades en { $area }: { $group }
filter-age-bump = Esperando un bebé
filter-age-0-1 = Bebés de menos de 1 año
filter-age-1-2 = Niños de 1 año
filter-age-2-3 = Niños de 2 años
filter-age-3-4 = Niños de 3 y 4 años
filter-age-siblings = Los hermanos mayores son bienvenidos

## Calendars, news feed and sharing
# translated_from: 7636dee0
calendar-add = Añadir a mi calendario
# translated_from: 4f39b02e
calendar-add-hint = Guarda la fecha en el calendario de su móvil, con un recordatorio el día antes.
# translated_from: e580a020
calendar-subscribe-heading = Los eventos en su calendario
# translated_from: e39f382a
calendar-subscribe-intro = Suscríbase una vez y los eventos nuevos o cambiados aparecerán solos en el calendario de su móvil.
# translated_from: 6ce96545
calendar-subscribe-festival-intro = Suscríbase al programa de este festival y los cambios aparecerán solos en el calendario de su móvil.
# translated_from: 092ccfc7
calendar-subscribe = Suscribirse
# translated_from: 227ed874
calendar-download = Descargar (.ics)
# translated_from: 7264f2b3
calendar-subscribe-all = Todos los eventos
# translated_from: e8ccf2ec
calendar-subscribe-area = Eventos en { $area }
# translated_from: ac46929c
calendar-reminder = Mañana: { $title }
# translated_from: 6e9e328e
calendar-cancelled-title = Cancelado: { $title }
# translated_from: ab2a2d0b
feed-link = Canal de noticias de los próximos eventos (Atom)
# translated_from: fe14676c
share-heading = Cuénteselo a alguien
# translated_from: 05c4e376
share-whatsapp = Compartir por WhatsApp
# translated_from: 9791a402
share-link-label = Enlace a esta página
# translated_from: 181fcf5a
share-link-hint = Mantenga pulsado el enlace para copiarlo y péguelo en un mensaje.

## Newsletter (`whatson newsletter`)
newsletter-dates = del { $from } al { $to }
newsletter-title = { listing-heading }: { $dates }
newsletter-preheader = { $count ->
    [one] Un evento para familias
   *[other] { $count } eventos para familias
}, { $dates }
newsletter-view-online = Leer este boletín en la web
newsletter-festivals-heading = Festivales en estas semanas
newsletter-changed-heading = Novedades y cambios
newsletter-new = Nuevo
newsletter-changed = Actualizado
newsletter-empty = Todavía no hay nada previsto para estas semanas. Consulte la web para fechas posteriores.
newsletter-more = { $count ->
    [one] Un evento más en la web
   *[other] { $count } eventos más en la web
}
newsletter-see-all = Ver todo en la web
newsletter-why = Recibe este correo porque pidió noticias de eventos para familias.
## Family finder and links page
# translated_from: 95365e56
event-for-areas = Solo para familias que viven en { $areas }
# translated_from: 799f4441
finder-heading = Encuentra actividades para tu familia
# translated_from: bda19bbe
finder-intro = Dinos dónde vives y qué edad tiene tu hijo o hija, y verás a qué puedes ir, por orden de fecha.
# translated_from: 0717c62f
finder-private = Lo que escribes se queda en tu teléfono: no se envía a ningún sitio.
# translated_from: 5df2eef2
finder-postcode = Tu código postal
# translated_from: a7a5d7af
finder-postcode-hint = Por ejemplo SW9 0AB
# translated_from: 42def42c
finder-area = O elige tu zona
# translated_from: 27a1475b
finder-area-from-postcode = Usar mi código postal
# translated_from: a3d79158
finder-elsewhere = Vivo en otro sitio
# translated_from: 40b58176
finder-submit = Ver actividades
# translated_from: 7527ea70
finder-results-heading = Para familias que viven en { $area }: { $group }
# translated_from: 29f28704
finder-results-everyone = Abiertas a todos: { $group }
# translated_from: 420c4cdf
finder-outside = Tu código postal no está en ninguna de las zonas de este sitio. Estas actividades están abiertas a todos.
# translated_from: 311c6a5e
finder-bad-postcode = Eso no parece un código postal. Escríbelo así: SW9 0AB, o elige tu zona.
# translated_from: cb8abacc
finder-whole-postcode = Escribe el código postal completo (como SW9 0AB), o elige tu zona.
# translated_from: 2e2e0744
finder-need-postcode = Escribe tu código postal, o elige tu zona.
# translated_from: ed9b7d17
finder-none = Ahora mismo no hay nada: prueba otra edad, o mira todo lo que hay.
# translated_from: 6f153385
finder-more = Verlas todas, con fechas posteriores
# translated_from: a5c085b8
finder-choose-area = Elige dónde vives
# translated_from: 205543f7
finder-choose-age = ¿Qué edad tiene tu hijo o hija?
# translated_from: ddc17eef
finder-start-again = Empezar de nuevo
# translated_from: cc347cf6
finder-area-heading = Para familias que viven en { $area }
# translated_from: 59caf89e
finder-everyone-heading = Abiertas a todos
# translated_from: b7a8a9c5
finder-results-note = Solo se muestran las actividades a las que puedes ir.
# translated_from: e7d832db
links-heading = Enlaces
# translated_from: 0caac519
links-intro = Lo que hay para familias, el festival y enlaces útiles.
# translated_from: ca80bb86
links-next-events = Próximamente
# translated_from: 64f3165c
print-index-links = Página de enlaces para perfiles en redes sociales
# translated_from: 3a39550a
print-index-links-intro = Pon este enlace corto en la biografía de las cuentas del servicio en redes sociales, o imprime su código QR: abre la página de enlaces, con el festival actual y enlaces útiles.
