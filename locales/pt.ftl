# Portuguese (português), neutral between European and Brazilian usage.

# translated_from: 1a70bf3b
site-title = O que há
# translated_from: 7f0da9d1
site-tagline = Eventos gratuitos para famílias com crianças com menos de 5 anos

## Page furniture
# translated_from: 63ca411d
skip-to-content = Ir para o conteúdo principal
# translated_from: 9ec1a93c
nav-label = Menu principal
# translated_from: 6f654701
nav-menu = Menu
# translated_from: 95c0bf9a
nav-whats-on = O que há
# translated_from: 029bef2a
nav-festivals = Festivais
# translated_from: 61cdaa79
language-picker-label = Ler esta página em outro idioma
# translated_from: 8c72c3fd
language-picker-heading = Escolha o seu idioma
# translated_from: 8e4f0181
home-intro = Eventos gratuitos para famílias com crianças pequenas. Escolha o seu idioma para ver o que há.
# translated_from: fe86fc3a
footer-text = Os eventos são gratuitos, exceto quando há um preço indicado. As reservas são feitas em outro site.
# translated_from: eb04a362
untranslated = Ainda não traduzido
# translated_from: 7d1af794
back-to-listing = Voltar à lista de eventos

## The what's-on listing
# translated_from: 95c0bf9a
listing-heading = O que há
# translated_from: a89b27da
listing-intro = Eventos gratuitos e de baixo custo para famílias com crianças com menos de 5 anos.
# translated_from: 61baa34d
listing-empty = Neste momento não há eventos marcados. Volte em breve.
# translated_from: cff99024
listing-soon = Próximas semanas
# translated_from: e8ca2145
listing-this-week = Esta semana
# translated_from: 2f023d7f
listing-next-week = Próxima semana
# translated_from: 6fb1b97b
listing-regular-heading = Atividades regulares
# translated_from: a6570cd7
listing-jump-label = Ir para
# translated_from: 8d808c8f
listing-regular-when = { $days } { $time }
# translated_from: 88042d9c
listing-regular-when-until = { $days } { $time }, { $until }
# translated_from: f72e9958
listing-months = Por mês
# translated_from: 4c1d27e8
listing-previous = Anterior
# translated_from: dfa8ff5f
listing-next = Seguinte
# translated_from: b35f3e8b
listing-month-title = { $listing }: { $month }
# translated_from: 8f978e9b
listing-month-page = { $month }, página { $page }
# translated_from: 60531663
listing-count = { $count ->
    [one] { $count } evento marcado
   *[other] { $count } eventos marcados
}
# translated_from: 695be67a
listing-regular-note = Mostramos as atividades regulares { $weeks ->
    [one] da próxima semana
   *[other] das próximas { $weeks } semanas
}. Abra uma atividade para ver todas as datas.
# translated_from: a546e712
day-today = Hoje
# translated_from: 32ee0387
day-tomorrow = Amanhã

## Events
# translated_from: 75282e4f
event-when = Quando
# translated_from: 2afffaec
event-where = Onde
# translated_from: a22de705
event-dates = Datas
# translated_from: 1aefcc83
event-ages = Idades
# translated_from: 2c60d22f
event-cost = Preço
# translated_from: bd7b5402
event-siblings = Os irmãos mais velhos também são bem-vindos
# translated_from: 7023a02d
event-spoken-languages = Idiomas falados
# translated_from: 0450f1b9
event-accessibility = Acessibilidade
# translated_from: 39e5533d
event-book = Reservar um lugar
# translated_from: edabc417
event-book-hint = A reserva abre em outro site.
# translated_from: baaf4960
event-drop-in = Basta aparecer – não é preciso reservar
# translated_from: 5a191da3
event-cancelled = Cancelado
# translated_from: 5fc97192
event-cancelled-note = Este evento foi cancelado. Lamentamos.
# translated_from: 3517ff05
event-past = Este evento já terminou.
# translated_from: adaeea80
event-map-link = Ver { $venue } no mapa
# translated_from: 5095e1e4
event-directions = Como chegar
# translated_from: d5016f1f
event-next-dates = Próximas datas
# translated_from: df155054
event-next-date = Próxima sessão
# translated_from: 01620ed6
event-more-dates = { $count ->
    [one] e mais { $count } data
   *[other] e mais { $count } datas
}
# translated_from: 41cb867c
event-repeats-week = { $weekday ->
    [mon] Às segundas-feiras
    [tue] Às terças-feiras
    [wed] Às quartas-feiras
    [thu] Às quintas-feiras
    [fri] Às sextas-feiras
    [sat] Aos sábados
   *[sun] Aos domingos
}
# translated_from: c7261d4e
event-repeats-2weeks = { $weekday ->
    [mon] Quinzenalmente, às segundas-feiras
    [tue] Quinzenalmente, às terças-feiras
    [wed] Quinzenalmente, às quartas-feiras
    [thu] Quinzenalmente, às quintas-feiras
    [fri] Quinzenalmente, às sextas-feiras
    [sat] Quinzenalmente, aos sábados
   *[sun] Quinzenalmente, aos domingos
}
# translated_from: fe30b417
event-repeats-month = { $weekday ->
    [mon] { $nth ->
            [first] Na primeira segunda-feira do mês
            [second] Na segunda segunda-feira do mês
            [third] Na terceira segunda-feira do mês
            [fourth] Na quarta segunda-feira do mês
           *[last] Na última segunda-feira do mês
        }
    [tue] { $nth ->
            [first] Na primeira terça-feira do mês
            [second] Na segunda terça-feira do mês
            [third] Na terceira terça-feira do mês
            [fourth] Na quarta terça-feira do mês
           *[last] Na última terça-feira do mês
        }
    [wed] { $nth ->
            [first] Na primeira quarta-feira do mês
            [second] Na segunda quarta-feira do mês
            [third] Na terceira quarta-feira do mês
            [fourth] Na quarta quarta-feira do mês
           *[last] Na última quarta-feira do mês
        }
    [thu] { $nth ->
            [first] Na primeira quinta-feira do mês
            [second] Na segunda quinta-feira do mês
            [third] Na terceira quinta-feira do mês
            [fourth] Na quarta quinta-feira do mês
           *[last] Na última quinta-feira do mês
        }
    [fri] { $nth ->
            [first] Na primeira sexta-feira do mês
            [second] Na segunda sexta-feira do mês
            [third] Na terceira sexta-feira do mês
            [fourth] Na quarta sexta-feira do mês
           *[last] Na última sexta-feira do mês
        }
    [sat] { $nth ->
            [first] No primeiro sábado do mês
            [second] No segundo sábado do mês
            [third] No terceiro sábado do mês
            [fourth] No quarto sábado do mês
           *[last] No último sábado do mês
        }
   *[sun] { $nth ->
            [first] No primeiro domingo do mês
            [second] No segundo domingo do mês
            [third] No terceiro domingo do mês
            [fourth] No quarto domingo do mês
           *[last] No último domingo do mês
        }
}
# translated_from: 12969e3b
event-repeats-until = até { $date }
# translated_from: 8c15154d
event-no-session = Não há sessão nos dias: { $dates }
# translated_from: 79f96c62
event-session-moved = Novo horário: { $time }
# translated_from: a2c92788
event-part-of = Faz parte de: { $festival }
# translated_from: b714fe40
event-flagship = Destaque do festival
# translated_from: 656894dd
event-all-day = O dia todo
# translated_from: ed0e894f
event-about = Sobre este evento

## Ages of children (whole years)
# translated_from: 8c6efe43
ages-bump = Gravidez
# translated_from: 64beae57
ages-bump-to = { $to ->
    [one] Gravidez até { $to } ano
   *[other] Gravidez até { $to } anos
}
# translated_from: 60c948ee
ages-range = { $to ->
    [one] { $from } a { $to } ano
   *[other] { $from } a { $to } anos
}
# translated_from: 934bc570
ages-single = { $age ->
    [0] Menos de 1 ano
    [one] { $age } ano
   *[other] { $age } anos
}
# translated_from: 88b5941e
ages-months = { $to ->
    [one] { $from } a { $to } mês
   *[other] { $from } a { $to } meses
}
# translated_from: 8913b969
ages-months-years = { $to ->
    [one] { $from } meses a { $to } ano
   *[other] { $from } meses a { $to } anos
}

# translated_from: 80a3b01f
cost-free = Grátis

## Festivals
# translated_from: e588bec8
festival-dates = De { $from } a { $to }
# translated_from: 349fbea9
festival-programme = Programa
# translated_from: a8a979e3
festival-highlights = Destaques
# translated_from: 2502b617
festival-ended = Este festival já terminou. Obrigado a todos os que vieram.
# translated_from: 6369372c
festival-no-upcoming = Não há mais eventos neste festival.
# translated_from: 86fcd427
festival-count = { $count ->
    [one] { $count } evento
   *[other] { $count } eventos
}

## Venues
# translated_from: 8fde98b3
venue-address = Endereço
# translated_from: ad9c3e68
venue-area = Bairro
# translated_from: 1a477ec7
venue-upcoming = Próximos eventos aqui
# translated_from: 837bb42e
venue-none = Neste momento não há nada marcado aqui.
# translated_from: 61d09293
venue-map-link = Ver no mapa (OpenStreetMap)

## Not found
# translated_from: 0977cec1
not-found-heading = Página não encontrada
# translated_from: e9210e75
not-found-text = Lamentamos, não encontramos esta página. Pode ter mudado de lugar, ou o evento pode já ter terminado.
# translated_from: b067bd43
not-found-home = Ver o que há

## Print
# translated_from: bc05c2e4
print-scan-to-book = Leia o código para reservar
# translated_from: fa7a8716
print-scan-festival = Leia o código para ver o programa completo
# translated_from: fa6cbf23
print-how-to-book = Todos os eventos são para famílias com crianças com menos de 5 anos. Para reservar, aponte o telefone para o código ao lado do evento, ou escreva o link curto impresso abaixo dele.
# translated_from: 4cc55801
print-no-events = O programa ainda está em preparação: leia o código para ver os eventos mais recentes.
# translated_from: 9966b274
print-booking-sheet-title = Leia o código para reservar: { $festival }
# translated_from: 4d3c6224
print-sheet-hint = Aponte o telefone para um código, ou escreva o link impresso abaixo dele.
# translated_from: 4481e036
print-redirect-title = A caminho de { $host }
# translated_from: a0089c97
print-redirect-text = Este link leva a { $host }. Se a página não abrir sozinha, use o link abaixo.
# translated_from: 4ec5317a
print-download-pdf = Obter o PDF pronto para imprimir
# translated_from: a35b4ab8
print-index-heading = Folhetos e folhas de códigos QR para imprimir
# translated_from: cb07727a
print-index-intro = PDFs prontos para a gráfica (com sangria e marcas de corte) e páginas web para imprimir a partir do navegador.
# translated_from: 575472b9
print-index-file = Documento
# translated_from: 65b2218a
print-index-kind = Tipo
# translated_from: 4c4fdcbf
print-index-language = Idioma
# translated_from: beca2fc8
print-index-pages = Páginas
# translated_from: 709f7e84
print-index-size = Tamanho
# translated_from: eded66ef
print-index-web-page = Página web
# translated_from: 6b73e84f
print-index-leaflet = Folheto
print-index-area-leaflet = Folheto da zona
# translated_from: 9a151b76
print-index-qr-sheet = Folha de códigos QR
print-index-poster = Cartaz
# translated_from: 84484e5d
print-contact = Dúvidas? Fale connosco
# translated_from: 98d283a8
print-partners = Obrigado aos nossos parceiros
print-area-title = O que há para famílias em { $area }
# translated_from: c6dcc8d7
print-index-translated = Traduzido
share-programme = Veja o programa completo
print-index-link-preview = Pré-visualização do link
print-index-post = Publicação para redes sociais
print-index-story = Story para redes sociais
print-index-preview = Pré-visualização

## Filters on the listing
filter-heading = Encontre atividades para si
filter-links-heading = Atividades por idade e zona
filter-more = Mais opções
filter-age = Idade da criança
filter-area = Zona
filter-festival = Festival
filter-day = Dia
filter-date = Data
filter-spoken = Língua falada
filter-free = Só atividades gratuitas
filter-any-age = Qualquer idade
filter-any-area = Qualquer zona
filter-change = Alterar
filter-any-festival = Qualquer festival
filter-any-day = Qualquer dia
filter-any-language = Qualquer língua
filter-this-week = Esta semana
filter-this-weekend = Este fim de semana
filter-on-date = Numa data
filter-clear = Limpar filtros
filter-show-all = Ver todas as atividades
filter-none = Nenhuma atividade corresponde a estas escolhas. Experimente menos filtros.
filter-area-heading = Atividades em { $area }
filter-age-heading = Atividades: { $group }
# translated_from: 93f96851
filter-age-area-heading = Atividades em { $area }: { $group }
filter-age-bump = À espera de bebé
filter-age-0-1 = Bebés com menos de 1 ano
filter-age-1-2 = Crianças de 1 ano
filter-age-2-3 = Crianças de 2 anos
filter-age-3-4 = Crianças de 3 e 4 anos
filter-age-siblings = Irmãos mais velhos são bem-vindos

## Calendars, news feed and sharing
# translated_from: 7636dee0
calendar-add = Adicionar ao meu calendário
# translated_from: 4f39b02e
calendar-add-hint = Guarda a data no calendário do seu telefone, com um lembrete na véspera.
# translated_from: e580a020
calendar-subscribe-heading = Eventos no seu calendário
# translated_from: e39f382a
calendar-subscribe-intro = Subscreva uma vez e os eventos novos ou alterados aparecem sozinhos no calendário do seu telefone.
# translated_from: 6ce96545
calendar-subscribe-festival-intro = Subscreva o programa deste festival e as alterações aparecem sozinhas no calendário do seu telefone.
# translated_from: 092ccfc7
calendar-subscribe = Subscrever
# translated_from: 227ed874
calendar-download = Descarregar (.ics)
# translated_from: 7264f2b3
calendar-subscribe-all = Todos os eventos
# translated_from: e8ccf2ec
calendar-subscribe-area = Eventos em { $area }
# translated_from: ac46929c
calendar-reminder = Amanhã: { $title }
# translated_from: 6e9e328e
calendar-cancelled-title = Cancelado: { $title }
# translated_from: ab2a2d0b
feed-link = Feed de notícias dos próximos eventos (Atom)
# translated_from: fe14676c
share-heading = Conte a um amigo
# translated_from: 05c4e376
share-whatsapp = Enviar pelo WhatsApp
# translated_from: 9791a402
share-link-label = Link desta página
# translated_from: 181fcf5a
share-link-hint = Toque no link sem soltar para o copiar e depois cole-o numa mensagem.

## Newsletter (`whatson newsletter`)
newsletter-dates = de { $from } a { $to }
newsletter-title = { listing-heading }: { $dates }
newsletter-preheader = { $count ->
    [one] Um evento para famílias
   *[other] { $count } eventos para famílias
}, { $dates }
newsletter-view-online = Ler esta newsletter no site
newsletter-festivals-heading = Festivais nestas semanas
newsletter-changed-heading = Novidades e alterações
newsletter-new = Novo
newsletter-changed = Atualizado
newsletter-empty = Ainda não há nada planeado para estas semanas. Veja no site as datas seguintes.
newsletter-more = { $count ->
    [one] Mais um evento no site
   *[other] Mais { $count } eventos no site
}
newsletter-see-all = Ver tudo no site
newsletter-why = Recebe este e-mail porque pediu notícias de eventos para famílias.
## Family finder and links page
# translated_from: 95365e56
event-for-areas = Apenas para famílias que moram em { $areas }
# translated_from: 799f4441
finder-heading = Encontre atividades para a sua família
# translated_from: bda19bbe
finder-intro = Diga-nos onde mora e que idade tem a sua criança, e veja as atividades a que pode ir, por ordem de data.
# translated_from: 0717c62f
finder-private = O que escreve fica no seu telemóvel: não é enviado para lado nenhum.
# translated_from: 5df2eef2
finder-postcode = O seu código postal
# translated_from: a7a5d7af
finder-postcode-hint = Por exemplo SW9 0AB
# translated_from: 42def42c
finder-area = Ou escolha a sua zona
# translated_from: 27a1475b
finder-area-from-postcode = Usar o meu código postal
# translated_from: a3d79158
finder-elsewhere = Moro noutro sítio
# translated_from: 40b58176
finder-submit = Mostrar atividades
# translated_from: 7527ea70
finder-results-heading = Para famílias que moram em { $area }: { $group }
# translated_from: 29f28704
finder-results-everyone = Abertas a todos: { $group }
# translated_from: 420c4cdf
finder-outside = O seu código postal não está em nenhuma das zonas deste site. Estas atividades estão abertas a todos.
# translated_from: 311c6a5e
finder-bad-postcode = Isto não parece um código postal. Escreva-o como SW9 0AB, ou escolha a sua zona.
# translated_from: cb8abacc
finder-whole-postcode = Escreva o código postal completo (como SW9 0AB), ou escolha a sua zona.
# translated_from: 2e2e0744
finder-need-postcode = Escreva o seu código postal, ou escolha a sua zona.
# translated_from: ed9b7d17
finder-none = De momento não há nada: experimente outra idade, ou veja tudo o que está a acontecer.
# translated_from: 6f153385
finder-more = Ver todas, com datas mais tarde
# translated_from: a5c085b8
finder-choose-area = Escolha onde mora
# translated_from: 205543f7
finder-choose-age = Que idade tem a sua criança?
# translated_from: ddc17eef
finder-start-again = Recomeçar
# translated_from: cc347cf6
finder-area-heading = Para famílias que moram em { $area }
# translated_from: 59caf89e
finder-everyone-heading = Abertas a todos
# translated_from: b7a8a9c5
finder-results-note = Só aparecem as atividades a que pode ir.
# translated_from: e7d832db
links-heading = Ligações
# translated_from: 0caac519
links-intro = O que há para famílias, o festival e ligações úteis.
# translated_from: ca80bb86
links-next-events = Em breve
# translated_from: 64f3165c
print-index-links = Página de ligações para perfis nas redes sociais
# translated_from: 3a39550a
print-index-links-intro = Ponha esta ligação curta na biografia das contas do serviço nas redes sociais, ou imprima o seu código QR: abre a página de ligações, com o festival do momento e ligações úteis.
