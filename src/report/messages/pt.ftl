## Mensagens do ghgcheck em português do Brasil: uma entrada por id de
## mensagem que as constatações carregam (`Finding::new(code, id)`), escrita
## com os argumentos nomeados da constatação. Os textos de ajuda (como
## corrigir) são mensagens próprias, por convenção `<id>-help`.

## O pipeline (src/pipeline.rs)

r099-internal-error = o ghgcheck falhou inesperadamente neste arquivo
r099-internal-error-help = o restante do lote foi verificado; informe este arquivo aos mantenedores do ghgcheck

## Regras de lote

b001-same-city-and-year = { $city } { $year } em { $file } ({ $id }) também está em { $first_file } ({ $first_id }), com os mesmos totais
b001-same-city-and-year-no-totals = { $city } { $year } em { $file } ({ $id }) também está em { $first_file } ({ $first_id }); nenhum total é declarado nos dois, por isso não foram comparados
b001-same-city-and-year-help = mantenha só um dos dois arquivos no lote, a menos que ambos devam estar lá
b002-totals-differ = { $city } { $year } em { $file } ({ $id }) também está em { $first_file } ({ $first_id }), mas os totais diferem: { $total } { $here } tCO2e aqui, { $there } tCO2e lá
b002-totals-differ-help = descubra qual arquivo é o atual e retire o outro do lote

## Regras (src/rules)

f001-country-missing = o país não está informado
f001-country-missing-help = escreva o código ISO 3166-1 de duas letras do país
f001-population-missing = a população não está informada
f001-population-missing-help = escreva a população residente dentro do limite da cidade no ano do inventário
f001-gwp-set-missing = o conjunto de GWP não está informado
f001-gwp-set-missing-help = escreva o relatório de avaliação do IPCC cujos valores de GWP foram usados: SAR, AR4, AR5 ou AR6
f001-gpc-level-missing = o nível de relato do GPC não está informado
f001-gpc-level-missing-help = escreva basic ou basic-plus
f001-boundary-missing = o limite geográfico não está informado
f001-boundary-missing-help = descreva o limite, p. ex. limite administrativo do município
f005-facts-have-no-place = este layout não tem lugar para { $count ->
        [one] este dado
       *[other] estes dados
    }: { $facts } ({ $count ->
        [one] falta
       *[other] faltam
    } em { $inventories ->
        [one] 1 inventário
       *[other] { $inventories } inventários
    })
f005-facts-have-no-place-help = um arquivo auxiliar <arquivo>.ghgcheck.toml ao lado do arquivo pode informar `country = "<ISO code>"`, `gwp = "<SAR|AR4|AR5|AR6>"` e `gpc_level = "<basic|basic-plus>"` para todos os inventários nele (ou use --country e --gwp); população e limite só podem vir com a própria submissão, p. ex. no modelo do ghgcheck (`ghgcheck template`)

g002-scope-mismatch = { $cell } é uma célula de escopo { $cell_scope }, mas o registro diz escopo { $scope }
g002-scope-mismatch-help = escreva escopo { $cell_scope } ou mova as emissões para a célula do GPC de escopo { $scope }

n002-notation-key-unexplained = a chave de notação { $key } não tem explicação
n002-explain-ie-help = indique a célula do GPC em que estas emissões estão incluídas, p. ex. `included in I.2.1`
n002-explain-ne-help = diga por que as emissões não foram estimadas (sem dados, não significativas, ...)
n002-explain-no-help = diga por que a atividade não ocorre na cidade
n002-explain-c-help = diga por que o valor é confidencial e onde está agregado, se estiver
n003-value-with-notation-key = o registro tem a chave de notação { $key } e também emissões de { $amount } tCO2e
n003-value-with-notation-key-help = remova a chave se o número estiver certo, ou remova os números se a chave estiver
n004-ie-place-not-named = IE não diz onde as emissões estão incluídas
n004-ie-place-not-named-help = escreva a célula do GPC que as contém ao lado da chave, p. ex. `IE (I.1.1)`, ou na explicação, p. ex. `included in I.1.1`
n005-ie-place-holds-no-value = IE diz que as emissões estão incluídas em { $place }, mas nenhum registro lá declara um valor
n005-ie-place-holds-no-value-help = lance as emissões em { $place }, ou corrija o local indicado ao lado da chave, ou use a chave que se aplica (NE, NO)
n006-key-in-no-gpc-cell = a chave de notação { $key } está onde o GPC não tem célula: { $label }, escopo { $scope }
n006-key-in-no-gpc-cell-help = limpe a célula ou mova a chave para a coluna a que ela pertence

t001-total-differs-from-gases = o total de { $total } tCO2e difere da soma dos seus gases, { $sum } tCO2e
t001-total-differs-from-gases-help = verifique as unidades do total e de cada coluna de gás, e se todos os gases estão no total
t002-total-differs-from-records = `{ $total }` declara { $stated } tCO2e, mas { $records ->
        [one] o registro que ele abrange ({ $cells }) contém
       *[other] os { $records } registros que ele abrange ({ $cells }) somam
    } { $recomputed } tCO2e, uma diferença de { $difference } tCO2e
t002-total-but-records-state-keys = `{ $total }` declara { $stated } tCO2e, mas { $records ->
        [one] o registro que ele abrange ({ $cells }) declara
       *[other] os { $records } registros que ele abrange ({ $cells }) declaram
    } apenas uma chave de notação e nenhum valor
t002-key-but-records-hold-amounts = `{ $total }` é { $key }, mas { $records ->
        [one] o registro que ele abrange ({ $cells }) contém
       *[other] os { $records } registros que ele abrange ({ $cells }) somam
    } { $recomputed } tCO2e
t002-counts-energy-generation-help = a diferença são os { $counted } tCO2e da energia gerada na cidade e fornecida à rede (I.4.4), que conta no escopo 1 mas em nenhum total BASIC ou BASIC+: retire-os do total declarado
t002-counts-biogenic-co2-help = a diferença são as { $counted } t de CO2 biogênico dos registros, que o GPC relata ao lado dos totais, nunca dentro deles: retire-as do total declarado
t002-total-differs-from-records-help = corrija o total ou o registro que está errado; os totais conferem dentro da tolerância de totais (`[rules.options]`, 0,5 % ou 1 t por padrão)
t003-subtotal-differs-from-parts = `{ $total }` declara { $stated } tCO2e, mas { $parts ->
        [one] sua linha ({ $cells }) diz
       *[other] suas { $parts } linhas ({ $cells }) somam
    } { $sum } tCO2e, uma diferença de { $difference } tCO2e
t003-key-but-parts-hold-amounts = `{ $total }` é { $key }, mas { $parts ->
        [one] sua linha ({ $cells }) diz
       *[other] suas { $parts } linhas ({ $cells }) somam
    } { $sum } tCO2e
t003-subtotal-differs-from-parts-help = faça do total a soma das suas linhas, ou corrija a linha que está errada
t004-basic-plus-below-basic = BASIC+ é { $basic_plus } tCO2e, { $difference } tCO2e abaixo do BASIC ({ $basic } tCO2e), que ele contém
t004-basic-plus-zero = BASIC+ é 0 tCO2e, abaixo do BASIC ({ $basic } tCO2e), que ele contém
t004-basic-plus-below-basic-help = deixe o BASIC+ vazio se não foi calculado; só remoções do uso da terra (V.2) maiores que as fontes de IPPU, AFOLU e escopo 3 o tornam menor que o BASIC
t005-basic-above-scopes = BASIC é { $basic } tCO2e, { $difference } tCO2e acima da soma dos escopos 1 + 2 + 3 ({ $scope1 } + { $scope2 } + { $scope3 } = { $scopes } tCO2e), da qual ele é composto
t005-basic-above-scopes-help = verifique qual total de escopo deixa fontes de fora, ou qual fonte BASIC é contada duas vezes; só remoções do uso da terra (V.2) no escopo 1 podem tornar o BASIC maior
g003-ref-conflicts-with-labels = a linha declara { $stated }, mas `{ $label }` no escopo { $scope } é { $implied }
g003-ref-conflicts-with-label = a linha declara { $stated }, mas `{ $label }` é { $implied }
g003-ref-conflicts = a linha declara { $stated }, mas seus rótulos apontam para { $implied }
g003-ref-conflicts-with-labels-help = se os rótulos estiverem certos, escreva { $implied }; caso contrário, corrija as palavras de setor ou de escopo
g006-crf-only-row = `{ $label }` é uma linha sem célula do GPC; ela não conta em nenhum total do GPC

## Completude, sinais, magnitude, duplicatas (src/rules/completeness.rs,
## signs.rs, magnitude.rs, duplicates.rs)

c001-cell-blank = a célula { $cell_level } { $cell } ({ $sub_sector }, escopo { $scope }) está em branco: um inventário { $level } precisa das emissões dela ou de uma chave de notação
c001-cell-blank-help = escreva as emissões de { $cell } ou uma chave de notação com a explicação: NO se a atividade não ocorre, IE se é contada em outra célula, NE se não foi estimada
c001-cell-no-row = a célula { $cell_level } { $cell } ({ $sub_sector }, escopo { $scope }) não está no arquivo: um inventário { $level } precisa das emissões dela ou de uma chave de notação
c001-cell-no-row-help = acrescente uma linha para { $cell } depois do último registro, com as emissões ou uma chave de notação (NO, IE, NE ou C) e uma explicação
c001-cells-no-row = { $count } células de que um inventário { $level } precisa não estão no arquivo: { $cells }; cada uma precisa das emissões ou de uma chave de notação
c001-cells-no-row-help = acrescente uma linha para cada uma delas depois do último registro, com as emissões ou uma chave de notação (NO, IE, NE ou C) e uma explicação
c001-cells-no-record = { $count } células de que um inventário { $level } precisa não têm registro: { $cells }; cada uma precisa das emissões ou de uma chave de notação
c001-cells-no-record-help = acrescente um registro para cada uma delas com as emissões ou uma chave de notação (NO, IE, NE ou C) e uma explicação
c001-cell-no-record = a célula { $cell_level } { $cell } ({ $sub_sector }, escopo { $scope }) não tem registro: um inventário { $level } precisa das emissões dela ou de uma chave de notação
c001-cell-no-record-help = acrescente um registro para { $cell } com as emissões ou uma chave de notação (NO, IE, NE ou C) e uma explicação
c001-territorial-cell-blank = a célula territorial { $cell } ({ $sub_sector }, escopo 1) está em branco, mas o total declarado de escopo 1 a abrange: ela precisa das emissões ou de uma chave de notação
c001-territorial-cells-no-row = { $count ->
        [one] 1 célula territorial não está
       *[other] { $count } células territoriais não estão
    } no arquivo, mas o total declarado de escopo 1 as abrange: { $cells }; cada uma precisa das emissões ou de uma chave de notação
c002-activity-without-emissions = `{ $activity }` tem { $amount } { $unit } de dados de atividade, mas nenhuma emissão e nenhuma chave de notação
c002-activity-without-emissions-no-unit = `{ $activity }` tem uma quantidade de atividade de { $amount }, mas nenhuma emissão e nenhuma chave de notação
c002-unlabelled-activity-without-emissions = o registro tem { $amount } { $unit } de dados de atividade, mas nenhuma emissão e nenhuma chave de notação
c002-unlabelled-activity-without-emissions-no-unit = o registro tem uma quantidade de atividade de { $amount }, mas nenhuma emissão e nenhuma chave de notação
c002-activity-without-emissions-help = escreva as emissões calculadas a partir dela (atividade × fator de emissão), ou a chave de notação NE com uma explicação se não foram estimadas
d001-duplicate-record = este registro repete o de { $first } ({ $cell }, `{ $activity }`): o arquivo o contém { $times ->
        [2] duas vezes
       *[other] { $times } vezes
    }, então todo total em que ele conta fica inflado
d001-duplicate-record-no-activity = este registro repete o de { $first } ({ $cell }): o arquivo o contém { $times ->
        [2] duas vezes
       *[other] { $times } vezes
    }, então todo total em que ele conta fica inflado
d001-duplicate-unnamed-record = este registro repete o de { $first }: o arquivo o contém { $times ->
        [2] duas vezes
       *[other] { $times } vezes
    }, então todo total em que ele conta fica inflado
d001-duplicate-record-help = apague as linhas repetidas; se duas fontes realmente emitem a mesma quantidade, diferencie-as na atividade, na descrição ou na fonte
v001-negative-total = o total é negativo ({ $value } tCO2e); só o uso da terra de AFOLU (V.2) pode ter emissões negativas
v001-negative-gas = { $gas } é negativo ({ $value } tCO2e); só o uso da terra de AFOLU (V.2) pode ter emissões negativas
v001-negative-gas-mass = a massa de { $gas } é negativa ({ $value } t); só o uso da terra de AFOLU (V.2) pode ter emissões negativas
v001-negative-biogenic-co2 = o CO2 biogênico é negativo ({ $value } t); só o uso da terra de AFOLU (V.2) pode ter emissões negativas
v001-negative-activity = a quantidade de atividade é negativa ({ $value }); dados de atividade não podem ser negativos fora do uso da terra de AFOLU (V.2)
v001-negative-value-help = verifique o sinal; remoções pertencem a V.2, e compensações, certificados e emissões evitadas são relatados fora do inventário
v001-negative-stated-total = o total declarado `{ $label }` é negativo ({ $value } { $unit }); só totais que incluem o uso da terra de AFOLU (V.2) podem ser negativos
v001-negative-unlabelled-total = um total declarado é negativo ({ $value } { $unit }); só totais que incluem o uso da terra de AFOLU (V.2) podem ser negativos
v001-negative-stated-total-help = verifique o sinal: o BASIC, os totais de escopo 2 e 3 e os totais dos setores que não sejam AFOLU não podem ser negativos
v002-basic-per-capita-high = emissões BASIC de { $basic } tCO2e dão { $per_capita } t por pessoa para { $population } residentes, acima do limite plausível de { $bound } t
v002-basic-per-capita-low = emissões BASIC de { $basic } tCO2e dão { $per_capita } t por pessoa para { $population } residentes, abaixo do limite plausível de { $bound } t
v002-looks-like-kg-help = parece kg, ou uma população em milhares: × 0,001 dá { $corrected } t por pessoa; verifique as unidades dos valores de emissão e da população
v002-looks-like-kt-help = se os valores estão em kt, ou a população está mil vezes grande demais, × 1000 dá { $corrected } t por pessoa; caso contrário, verifique se todos os setores BASIC estão incluídos
v002-basic-per-capita-low-help = verifique se todos os setores BASIC estão incluídos e se a população é o número de residentes dentro do limite
v002-basic-per-capita-high-help = verifique as unidades dos maiores valores, e se a população é o número de residentes, não de milhares
v003-record-per-capita-high = { $amount } tCO2e em um só registro dão { $per_capita } t por pessoa para { $population } residentes, acima do limite plausível de { $bound } t para um registro
v003-looks-like-kg-help = parece kg: × 0,001 dá { $corrected } t por pessoa; verifique a unidade deste valor
v003-record-per-capita-high-help = verifique a unidade deste valor e a população

## Ponderação em CO2e e conversão (src/normalize/co2e.rs)

u002-set-lacks-gas = { $mass } t de { $gas } não tem CO2e: { $set } não dá GWP para { $gas }
u002-set-lacks-gas-help = informe { $gas } em tCO2e, ou declare um conjunto que o inclua
u002-no-gwp-set = { $mass } t de { $gas } não tem CO2e: o inventário não declara conjunto de GWP
u002-no-gwp-set-help = informe o conjunto de GWP (SAR, AR4, AR5 ou AR6), p. ex. com --gwp AR5
u003-mixtures = os valores permanecem em { $from }: o registro { $record ->
        [none] sem referência GPC
       *[other] { $record }
    } contém HFCs ou PFCs, misturas que nenhum GWP único consegue reponderar
u003-gas-not-in-wanted-set = os valores permanecem em { $from }: o registro { $record ->
        [none] sem referência GPC
       *[other] { $record }
    } informa { $gas }, para o qual { $to } não tem GWP
u003-gas-not-in-declared-set = os valores permanecem em { $from }: o registro { $record ->
        [none] sem referência GPC
       *[other] { $record }
    } informa { $gas } em CO2e, e { $from } não tem GWP para reponderá-lo
u003-only-a-total = os valores permanecem em { $from }: o registro { $record ->
        [none] sem referência GPC
       *[other] { $record }
    } informa só um total em CO2e, não os seus gases
u003-gases-do-not-add-up = os valores permanecem em { $from }: o registro { $record ->
        [none] sem referência GPC
       *[other] { $record }
    } tem um total de { $total } tCO2e que os seus gases ({ $sum }) não somam
u003-restatement-impossible-help = informe CO2, CH4 e N2O separadamente para permitir a conversão para { $to }
u004-gwp-restated = valores de CO2e convertidos de { $from } para { $to }

## Unidades de dados de atividade e fatores de emissão (src/normalize/unit_check.rs)

u001-unknown-activity-unit = a unidade de atividade `{ $unit }` não está na tabela de unidades
u001-unknown-activity-unit-help = escreva uma unidade da tabela em schemas/units.csv, p. ex. kWh, GJ, m3, L, t, km
u001-did-you-mean-help = você quis dizer { $suggestions }?
u001-unknown-factor-unit = a unidade de fator de emissão `{ $unit }` não é uma massa por quantidade que o ghgcheck conheça
u001-unknown-factor-unit-help = escreva-a como massa (ou massa de CO2e) por energia, volume, massa ou distância, p. ex. kg/TJ, gCO2e/MJ, tCO2e/MWh
u005-ambiguous-unit-read-as = a unidade `{ $unit }` é ambígua; ela é lida como { $read_as }
u005-ambiguous-factor-unit = a unidade `{ $unit }` é ambígua; ela é lida como a unidade
u005-ambiguous-unit-help = { $why }; escreva a forma não ambígua

## Layouts: leitura de células (layout/builder.rs, layout/refs.rs, layout/header.rs, layout/mod.rs)

x001-text-in-number-cell = `{ $field }` deve ser um número, mas contém { $found ->
        [error] um valor de erro { $found_value }
        [date] uma data { $found_value }
        [boolean] um booleano { $found_value }
        [number] um número
       *[text] texto
    }
x001-text-in-number-cell-help = digite só o número (sem unidades nem palavras); para um valor ausente, deixe a célula vazia e use uma chave de notação (NO, IE, NE, C) com uma explicação
x001-error-value-help = a fórmula da célula falha: corrija a fórmula ou as células que ela usa, ou digite o próprio número
x001-date-cell-help = a célula está formatada como data: formate-a como número e digite o valor de novo
s005-not-a-date-cell = `{ $field }` deve ser uma data, mas contém { $found ->
        [error] um valor de erro { $found_value }
        [date] uma data { $found_value }
        [boolean] um booleano { $found_value }
        [number] um número
       *[text] texto
    }
s005-not-a-date-cell-help = escreva a data como YYYY-MM-DD, p. ex. 2023-12-31, ou digite-a como data da planilha
x007-ambiguous-number = `{ $field }` `{ $value }` é lido como { $reading }, mas significa { $comma_reading } se `,` for o separador decimal; os outros números do arquivo não indicam qual ele usa
x007-ambiguous-number-help = escreva o número sem separador de milhar ({ $as_thousands } ou { $as_decimal }), ou digite-o em uma célula numérica
g005-ref-normalised = `{ $value }` lido como referência GPC { $gpc_ref }
g005-ref-normalised-help = escreva { $gpc_ref }
r007-sheet-lacks-column = a aba '{ $sheet }' não tem a coluna `{ $column }`
r007-header-row-lacks-column = a linha de cabeçalho não tem a coluna `{ $column }`
r007-lacks-column-help = restaure o cabeçalho de coluna `{ $column }` exatamente como no modelo (`ghgcheck template`)
r009-unknown-table = o ghgcheck não conhece este layout: foi encontrada uma tabela com os cabeçalhos { $headers }
r009-unknown-workbook = o ghgcheck não conhece este layout: foram encontradas as abas { $sheets }
r009-not-an-inventory-document = o documento JSON não é um inventário: não tem nenhuma das chaves de schemas/inventory.schema.json (city, inventory, emissions, ...); encontrado: { $found }
r009-not-an-inventory-document-help = uma submissão em JSON segue o esquema de inventário (`ghgcheck schema`); deixe arquivos de resumo ou de índice fora do lote com --exclude
r009-unknown-layout-help = preencha o modelo do ghgcheck (`ghgcheck template -o inventory.xlsx`) e envie-o

## Layouts: exportações do CityCatalyst (layout/citycatalyst.rs)

x004-rows-read = { $rows } { $rows ->
        [one] linha lida
       *[other] linhas lidas
    }
x004-rows-read-unused-columns = { $rows } { $rows ->
        [one] linha lida
       *[other] linhas lidas
    }; colunas não usadas: { $columns }
x004-rows-read-with-subtotals = { $rows } { $rows ->
        [one] linha lida
       *[other] linhas lidas
    }, das quais { $subtotals } { $subtotals ->
        [one] é linha de subtotal
       *[other] são linhas de subtotal
    } (um setor ou subsetor do GPC, lido como total declarado)
x004-rows-read-with-subtotals-unused-columns = { $rows } { $rows ->
        [one] linha lida
       *[other] linhas lidas
    }, das quais { $subtotals } { $subtotals ->
        [one] é linha de subtotal
       *[other] são linhas de subtotal
    } (um setor ou subsetor do GPC, lido como total declarado); colunas não usadas: { $columns }
u005-ambiguous-total-unit = a unidade `{ $unit }` é ambígua; ela é lida como { $read_as }
u005-ambiguous-total-unit-help = { $why }; escreva a forma não ambígua
x003-total-unit-not-co2e = a unidade `{ $unit }` do total é uma unidade de { $dimension }, não de massa de CO2e
x003-total-unit-unknown = a unidade `{ $unit }` do total não é conhecida
x003-total-unit-help = escreva t CO2e (ou kg CO2e) como unidade de Total Emissions
x003-total-unit-suggestion-help = você quis dizer { $suggestions }? Total Emissions deve ser uma massa de CO2e, p. ex. t CO2e
x006-amount-without-unit = `{ $column }` { $amount } não tem unidade, por isso não conta em nenhum total
x006-amount-without-unit-help = escreva a unidade de `{ $column }` nesta célula, p. ex. t CO2e (ou kg CO2e)

## Layouts: dados de fora do arquivo (layout/facts.rs)

f002-fact-from-file-name = { $fact } `{ $value }` vem do nome do arquivo
f002-fact-from-file-name-help = se estiver errado, renomeie o arquivo ou use --city, --country ou --year
f002-city-from-un-locode = nome da cidade `{ $value }` vem do UN/LOCODE `{ $code }` no nome do arquivo
f002-city-from-un-locode-help = o nome está grafado como na lista UN/LOCODE; se não for o da cidade, use --city ou renomeie o arquivo
f002-country-from-un-locode = país `{ $value }` vem do UN/LOCODE `{ $code }` no nome do arquivo
f002-unknown-un-locode = nome da cidade `{ $value }` vem do nome do arquivo: o UN/LOCODE `{ $code }` não está na tabela UN/LOCODE do ghgcheck, então o código ocupa o lugar do nome
f002-unknown-un-locode-help = use --city com o nome da cidade (ou escreva `city = "..."` em um arquivo auxiliar), ou renomeie o arquivo se o código estiver digitado errado
f003-fact-from-sidecar = { $fact } `{ $value }` vem de { $sidecar }
f003-fact-from-sidecar-help = edite o arquivo auxiliar se o valor estiver errado
f003-fact-from-command-line = { $fact } `{ $value }` vem da linha de comando
f003-fact-from-command-line-help = verifique o valor passado na linha de comando
f004-sidecar-unreadable-at-line = o arquivo auxiliar { $file } não pode ser lido (linha { $line }): { $reason }
f004-sidecar-unreadable = o arquivo auxiliar { $file } não pode ser lido: { $reason }
f004-sidecar-help = o arquivo auxiliar contém apenas linhas `city = "..."`, `country = "<ISO code>"`, `year = <year>`, `gwp = "<set>"` e `gpc_level = "<level>"`

## Layouts: pastas de trabalho eCRF do GCoM (layout/ecrf/)

r006-ecrf-lacks-sheet = a pasta de trabalho eCRF não tem a aba '{ $sheet }'
r006-ecrf-lacks-sheet-help = restaure a aba '{ $sheet }' a partir do modelo eCRF, com o nome original
x004-activity-rows-read = { $sheet }: { $rows } { $rows ->
        [one] linha de atividade lida
       *[other] linhas de atividade lidas
    }
x004-activity-rows-read-skipped = { $sheet }: { $rows } { $rows ->
        [one] linha de atividade lida
       *[other] linhas de atividade lidas
    }; { $skipped } { $skipped ->
        [one] linha ignorada por não ter valores nem chave de notação
       *[other] linhas ignoradas por não terem valores nem chave de notação
    }
x004-activity-rows-read-placeholders = { $sheet }: { $rows } { $rows ->
        [one] linha de atividade lida
       *[other] linhas de atividade lidas
    }; { $placeholders } { $placeholders ->
        [one] linha reservada ignorada, de uma célula que o GPC não tem
       *[other] linhas reservadas ignoradas, de células que o GPC não tem
    }
x004-activity-rows-read-skipped-placeholders = { $sheet }: { $rows } { $rows ->
        [one] linha de atividade lida
       *[other] linhas de atividade lidas
    }; { $skipped } { $skipped ->
        [one] linha ignorada por não ter valores nem chave de notação
       *[other] linhas ignoradas por não terem valores nem chave de notação
    }; { $placeholders } { $placeholders ->
        [one] linha reservada ignorada, de uma célula que o GPC não tem
       *[other] linhas reservadas ignoradas, de células que o GPC não tem
    }
g007-placeholder-row = `{ $label }` ({ $scope_words }) não indica nenhuma célula do GPC e contém só uma chave de notação: ignorada
g004-row-scope-words-name-no-scope = nenhuma célula do GPC para `{ $label }` ({ $scope_words }): as palavras de escopo { $quoted_scope_words } não indicam nenhum escopo
g004-row-is-a-total = nenhuma célula do GPC para `{ $label }` ({ $scope_words }): { $quoted_sub_sector } é uma linha de total
g004-row-sub-sector-unknown = nenhuma célula do GPC para `{ $label }` ({ $scope_words }): subsetor { $quoted_sub_sector } não reconhecido
g004-row-sub-sector-outside-sector = nenhuma célula do GPC para `{ $label }` ({ $scope_words }): o subsetor { $gpc_sub_sector } não está no setor { $sector }
g004-row-fits-several-cells = nenhuma célula do GPC para `{ $label }` ({ $scope_words }): os rótulos servem igualmente para { $cells }, então a linha não pode ser posicionada
g004-row-no-cell-in-scope = nenhuma célula do GPC para `{ $label }` ({ $scope_words }): o GPC não tem célula de escopo { $scope } para o subsetor { $gpc_sub_sector }
g004-row-without-ref-or-sub-sector = nenhuma célula do GPC para `{ $label }` ({ $scope_words }): a linha não tem nem referência GPC nem subsetor do CRF
g004-row-help = escreva o número de referência do GPC em `{ $ref_column }`
g004-row-suggestion-help = você quis dizer `{ $suggestion }`? Ou escreva o número de referência do GPC em `{ $ref_column }`

## Layouts: tabelas descritas por um arquivo de mapeamento (layout/mapped/)

r006-workbook-lacks-sheet = a pasta de trabalho não tem a aba '{ $sheet }'
r006-mapping-sheet-help = o mapeamento { $mapping } lê a aba '{ $sheet }'
r007-no-mapped-header-row = nenhuma linha de cabeçalho contém alguma coluna que o mapeamento indica
r007-no-mapped-header-row-help = confira os nomes de coluna em { $mapping } com a linha de cabeçalho do arquivo
m001-mapping-column-missing = a tabela não tem a coluna { $columns }
r007-no-mapped-header-row-in-sheets = nenhuma aba tem uma linha de cabeçalho com alguma coluna que o mapeamento indica (abas testadas: { $sheets })
m001-mapping-column-missing-in-sheets = nenhuma aba tem as colunas de que o mapeamento precisa (abas testadas: { $sheets }); a primeira aba não tem a coluna { $columns }
x004-sheet-found-by-headers-help = foi lida a aba '{ $sheet }': a primeira cuja linha de cabeçalho contém as colunas de que { $mapping } precisa
m001-mapping-column-missing-help = { $mapping }:{ $line } indica essa coluna: corrija o nome lá ou acrescente a coluna ao arquivo
u005-ambiguous-mapping-unit = a unidade `{ $unit }` em { $mapping } é ambígua; ela é lida como { $read_as }
u005-ambiguous-mapping-unit-help = { $why }; escreva a forma não ambígua no mapeamento
x004-table-rows-read = { $rows } { $rows ->
        [one] linha lida
       *[other] linhas lidas
    } em { $inventories } { $inventories ->
        [one] inventário
       *[other] inventários
    } com { $mapping }
x004-table-rows-read-left-out = { $rows } { $rows ->
        [one] linha lida
       *[other] linhas lidas
    } em { $inventories } { $inventories ->
        [one] inventário
       *[other] inventários
    } com { $mapping }; { $left_out } { $left_out ->
        [one] linha sem inventário deixada de fora
       *[other] linhas sem inventário deixadas de fora
    }
x004-table-rows-read-unused-columns = { $rows } { $rows ->
        [one] linha lida
       *[other] linhas lidas
    } em { $inventories } { $inventories ->
        [one] inventário
       *[other] inventários
    } com { $mapping }; colunas não usadas: { $columns }
x004-table-rows-read-left-out-unused-columns = { $rows } { $rows ->
        [one] linha lida
       *[other] linhas lidas
    } em { $inventories } { $inventories ->
        [one] inventário
       *[other] inventários
    } com { $mapping }; { $left_out } { $left_out ->
        [one] linha sem inventário deixada de fora
       *[other] linhas sem inventário deixadas de fora
    }; colunas não usadas: { $columns }
x002-fact-differs-in-inventory = `{ $field }` é `{ $value }` aqui, mas `{ $first_value }` em { $first_cell } para a mesma cidade e ano
x002-fact-differs-in-inventory-help = as linhas de um mesmo inventário repetem os mesmos dados: faça esta célula coincidir
g004-labels-name-no-cell = nenhuma célula do GPC para `{ $label }` (escopo { $scope })
g004-labels-name-no-cell-help = informe o número de referência do GPC, ou um subsetor e um escopo que indiquem uma única célula do GPC
g004-labels-name-no-cell-suggestion-help = você quis dizer `{ $suggestion }`? Ou informe o número de referência do GPC
g004-label-unknown = nenhuma célula do GPC para `{ $label }`: o mapa de rótulos do mapeamento não tem entrada para ele, e ele não contém nenhum rótulo de subsetor que o ghgcheck conheça
g004-label-without-scope = nenhuma célula do GPC para `{ $label }`: o rótulo indica um subsetor, mas nada informa o escopo
g004-label-map-help = acrescente uma entrada para "{ $label }" em [labels.map] no mapeamento, com o gpc_ref (uma célula como I.1.1, ou um subsetor como I.1 e um escopo)
g004-label-map-suggestion-help = você quis dizer `{ $suggestion }`? Ou acrescente o rótulo ao [labels.map] do mapeamento, com a referência GPC e o escopo
x005-rows-hold-no-inventory = { $count ->
        [one] 1 linha não contém
       *[other] { $count } linhas não contêm
    } inventário ({ $reason }) e { $count ->
        [one] foi deixada
       *[other] foram deixadas
    } de fora: { $count ->
        [one] linha
       *[other] linhas
    } { $rows }{ $more ->
        [0] {""}
       *[other] {" "}e mais { $more }
    }
s008-period-runs-backwards = `{ $field }` está invertido: termina ({ $end }) antes de começar ({ $start })
s008-not-a-year-or-period = `{ $field }` não é um ano nem um período
s008-period-help = escreva o ano (2015) ou o período como início - fim (2015-01-01 - 2015-12-31)

## Layouts: o modelo de submissão (layout/template/); a aba ausente
## usa r006-workbook-lacks-sheet

r006-template-sheet-help = restaure a aba '{ $sheet }' com o nome original; `ghgcheck template -o blank.xlsx` grava uma cópia para comparar
x002-fact-differs-in-csv = `{ $field }` é `{ $value }` aqui, mas `{ $first_value }` em { $first_cell }
x002-fact-differs-in-csv-help = toda linha de uma submissão em CSV repete os mesmos dados do inventário: faça esta célula coincidir, ou divida o arquivo em um arquivo por inventário

## O esquema de inventário (schema/errors.rs)

s001-required-missing = `{ $field }` é obrigatório, mas está ausente
s001-required-missing-help = escreva `{ $field }` aqui: sem ele, um inventário não pode ser identificado nem arquivado
s007-no-emissions = o inventário não tem registros de emissão nem totais relatados
s007-no-emissions-help = lance as emissões (tCO2e por gás ou no total) ou chaves de notação para as células do GPC que o inventário abrange; em uma tabela de totais (CDP), os totais nas suas colunas
s003-not-the-constant = `{ $field }` deve ser { $expected }
s003-not-the-constant-help = escreva { $expected }
s002-wrong-type = `{ $field }` tem o tipo errado (esperado: { $expected })
s002-wrong-type-help = digite um valor do tipo que o cabeçalho da coluna pede
s004-too-small = `{ $field }` é pequeno demais (o mínimo permitido é { $limit })
s004-too-small-help = verifique se o número tem erro de digitação, sinal errado ou unidade errada
s004-not-above = `{ $field }` é pequeno demais (deve ser maior que { $limit })
s004-too-large = `{ $field }` é grande demais (o máximo permitido é { $limit })
s004-not-below = `{ $field }` é grande demais (deve ser menor que { $limit })
s004-too-large-help = verifique se o número tem erro de digitação ou unidade errada
s005-not-a-country-code = `{ $field }` não é um código de país ISO 3166-1 de duas letras
s005-not-a-country-code-help = escreva o país pelo código ISO, p. ex. BR para o Brasil, DE para a Alemanha
s005-not-a-country-code-suggestion-help = você quis dizer { $country_code } ({ $country_name })? escreva o país pelo código ISO, p. ex. BR para o Brasil, DE para a Alemanha
s005-not-a-un-locode = `{ $field }` não é um UN/LOCODE
s005-not-a-un-locode-help = escreva o código como país + localidade, p. ex. BR POA
s005-not-an-email = `{ $field }` não é um endereço de e-mail
s005-not-an-email-help = escreva um único endereço, p. ex. climate@city.example
s005-not-a-date = `{ $field }` não é uma data (YYYY-MM-DD)
s005-not-a-date-help = escreva a data como YYYY-MM-DD, p. ex. 2023-12-31
s005-bad-format = `{ $field }` não está no formato esperado
s005-bad-format-help = compare o valor com a descrição do campo em `ghgcheck schema`
s006-unknown-field = `{ $name }` não é um campo do esquema de inventário (em { $at })
s006-unknown-field-help = renomeie ou remova o campo; `ghgcheck schema` lista os nomes de campo
s099-schema-rule-broken = `{ $field }` viola a regra do esquema `{ $rule }`
s099-schema-rule-broken-help = compare o campo com a descrição dele em `ghgcheck schema`
y006-year-from-period = `{ $written }` é lido como o ano { $year }{ $count ->
        [one] {""}
       *[other] ; { $count } anos de inventário foram lidos de períodos ou anos fiscais: { $cells }{ $more ->
            [0] {""}
           *[other] {" "}e mais { $more }
        }
    }
y006-year-from-period-help = um período é relatado no ano em que termina (um término em 1º de janeiro conta para o ano anterior); FY2016 é o ano fiscal que termina em 2016; escreva só o ano se for outro o pretendido
g008-value-in-no-gpc-cell = `{ $column }` não é célula do GPC, mas esta célula contém { $value } tCO2e: mantido como registro sem célula do GPC, fora de qualquer total que o ghgcheck recalcula
g008-value-in-no-gpc-cell-scope-help = os totais da própria tabela podem contá-lo, por isso os totais de escopo { $scope }, BASIC e BASIC+ da tabela não são comparados com os registros aqui; mova-o para { $suggestion } se for lá o lugar dele
g008-value-in-no-gpc-cell-help = os totais da própria tabela podem contá-lo, por isso os totais da tabela não são comparados com os registros aqui; mova-o para { $suggestion } se for lá o lugar dele
g001-unknown-gpc-ref = `{ $value }` não é um número de referência do GPC
g001-unknown-gpc-ref-help = use um dos 53 números de referência do GPC v1.1 (I.1.1 ... VI.1); `ghgcheck template` os lista
g001-unknown-gpc-ref-suggestion-help = você quis dizer { $suggestion }? Use um dos 53 números de referência do GPC v1.1 (I.1.1 ... VI.1)
n001-invalid-notation-key = `{ $value }` não é uma chave de notação
n001-invalid-notation-key-help = use NO (não ocorre), IE (incluído em outro lugar), NE (não estimado) ou C (confidencial), com uma explicação
s003-value-not-allowed = `{ $field }` `{ $value }` não é um dos valores permitidos
s003-value-not-allowed-help = use um destes: { $allowed }

## Leitura de arquivos (src/read)

r008-cannot-open = não é possível abrir o arquivo: { $error }
r008-cannot-open-help = verifique se o arquivo existe e se esta conta tem permissão para lê-lo
r005-empty-file = o arquivo está vazio (0 bytes)
r005-empty-file-help = exporte o inventário de novo e verifique se a exportação terminou
r005-no-cells-with-data = o arquivo não contém nenhuma célula com dados
r005-no-cells-with-data-help = verifique se o arquivo exportado é o certo e se ele contém o inventário
r002-json-syntax = JSON inválido: { $error }
r002-json-syntax-help = corrija a sintaxe JSON na linha e coluna indicadas (a causa costuma ser uma vírgula ou aspa faltando)
r003-zip-directory-missing = a pasta de trabalho está truncada: falta o diretório zip
r003-zip-directory-missing-help = baixe ou copie o arquivo de novo da origem e compare o tamanho
r004-password-protected = a pasta de trabalho está protegida por senha: é um contêiner OLE criptografado (fluxo EncryptionInfo), não uma pasta de trabalho zip legível
r004-password-protected-help = abra-a, remova a senha (Arquivo > Informações > Proteger Pasta de Trabalho > Criptografar com Senha), salve e envie de novo
r001-binary-file = o arquivo é { $kind ->
        [pdf] um documento PDF
        [png] uma imagem PNG
        [jpeg] uma imagem JPEG
        [gif] uma imagem GIF
        [gzip] um arquivo compactado gzip
        [rar] um arquivo compactado RAR
        [seven-zip] um arquivo compactado 7-Zip
        [rtf] um documento RTF
       *[unknown] um arquivo binário de tipo desconhecido
    }, não uma planilha, um CSV ou um documento JSON
r001-binary-file-help = exporte o inventário do programa de planilhas como .xlsx, .ods ou .csv
r001-not-a-spreadsheet = o arquivo tem a extensão .{ $extension }, mas o conteúdo não é uma planilha
r001-not-a-spreadsheet-help = pode ser um texto ou uma página web salvos com nome de planilha: abra-o, salve como .xlsx e envie de novo
r010-not-utf8 = o CSV não é texto UTF-8 (primeiro byte inválido na posição { $offset })
r010-not-utf8-help = salve o arquivo de novo escolhendo a codificação "CSV UTF-8" (Excel) ou "Unicode (UTF-8)" (LibreOffice)
r002-csv-syntax = o CSV não pode ser interpretado: { $error }
r002-csv-syntax-help = verifique as aspas perto da linha indicada: toda aspa de abertura precisa de uma de fechamento
r002-spreadsheet-undecodable = a planilha não pode ser decodificada: { $error }
r002-spreadsheet-undecodable-help = abra o arquivo no Excel ou no LibreOffice, deixe o programa reparar a pasta de trabalho, salve de novo e envie de novo
r002-sheet-undecodable-help = a aba '{ $sheet }' não pode ser decodificada: abra a pasta de trabalho, deixe o programa repará-la, salve e envie de novo
r011-value-far-outside = { $place ->
        [table] a tabela
       *[sheet] a aba '{ $sheet }'
    } ocupa { $span }, { $cells } células, para { $values } valores: o valor em { $cell } está muito longe dos demais (o ghgcheck lê no máximo { $budget } células por aba)
r011-value-far-outside-help = apague o valor em { $cell } (no Excel, Ctrl+End vai até a última célula usada), ou as linhas e colunas entre a tabela e ele; depois salve e envie de novo
r011-spans-too-many-cells = { $place ->
        [table] a tabela
       *[sheet] a aba '{ $sheet }'
    } ocupa { $span }, { $cells } células, mais que as { $budget } que o ghgcheck lê por aba
r011-spans-too-many-cells-help = divida a tabela em vários arquivos, ou apague as linhas e colunas que não fazem parte do inventário
r011-declared-size-too-large = a aba '{ $sheet }' declara um tamanho de { $cells } células (no registro DIMENSIONS), mais que as { $budget } que o ghgcheck lê por aba
r011-declared-size-too-large-help = o tamanho gravado no arquivo está errado ou a aba é grande demais: abra a pasta de trabalho no Excel ou no LibreOffice, salve como .xlsx e envie de novo
k001-pledge-not-met = { $targets ->
    [one] a meta do inventário não cumpre
   *[other] nenhuma das { $targets } metas do inventário cumpre
} o compromisso { $network } ({ $pledge })
k001-pledge-not-met-help = informe a meta adotada na adesão, ou verifique se o perfil de rede aplicado é o certo
h001-unexplained-change = { $total } mudou { $change } % desde { $earlier_year } ({ $before } tCO2e em { $earlier_file }, { $after } tCO2e agora), mais de { $threshold } %, e nenhum motivo é informado
h001-unexplained-change-help = explique a mudança nos comentários sobre a variação das emissões totais desde o último inventário, ou verifique os valores e as unidades dos dois anos

## Regras: anos, metas e aritmética (src/rules/years.rs, targets.rs,
## gwp_weights.rs, biogenic.rs, activity_factor.rs)

y001-period-not-twelve-months = o período do inventário { $start } – { $end } abrange { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }, não 12 meses
y001-period-not-twelve-months-help = o GPC pede um período contínuo de 12 meses, civil ou fiscal: corrija a data de início ou de fim
y002-period-of-several-years = o período do inventário { $start } – { $end } se estende por vários anos ({ $days } dias), não 12 meses
y002-period-of-several-years-help = informe o período de 12 meses que o inventário abrange; um intervalo do ano-base até o atual não é um ano contábil
y003-year-in-future = o ano do inventário { $year } está no futuro (hoje é { $today })
y003-period-not-over = o período do inventário termina em { $end }, depois de hoje ({ $today }): ainda não terminou
y003-inventory-in-future-help = escreva o ano em que as emissões foram medidas; uma projeção não é um inventário
y004-reported-years-later = o inventário de { $year } foi relatado em { $reporting_year }, { $lag } anos depois, mais que os { $most } permitidos
y004-reported-years-later-help = relate um inventário recente, ou diga por que o mais recente é tão antigo (o limite é max-reporting-lag-years em [rules.options])
y005-population-year-far = a população é de { $population_year }, a { $apart } anos do ano do inventário { $year } (no máximo { $window } permitidos)
y005-population-year-far-help = escreva a população do ano do inventário, ou a estimativa mais próxima, e o ano dela
p001-target-not-after-base = o ano da meta { $target_year } não é posterior ao ano-base { $base_year }
p001-target-not-after-base-help = o ano-base é o ano a partir do qual a redução é medida; o ano da meta, o ano até o qual ela deve ser cumprida
p002-reduction-of-nothing = a redução da meta é 0 %
p002-reduction-of-nothing-help = escreva a redução planejada em porcentagem, ou remova a meta
p002-reduction-as-fraction = a redução da meta é { $percent } %, o que parece uma fração: você quis dizer { $as_percent } %?
p002-reduction-as-fraction-help = escreva a redução em porcentagem (40 para 40 %), não como fração
p003-base-year-missing = a meta de ano-base não informa o ano-base
p003-base-year-emissions-missing = a meta de ano-base não informa as emissões do ano-base { $base_year }
p003-base-year-target-incomplete-help = escreva o ano-base e o total do inventário nesse ano, em tCO2e
p004-neutrality-target-without-year = a meta de { $kind ->
        [net-zero] emissões líquidas zero
       *[other] neutralidade de carbono
    } não informa o ano
p004-neutrality-target-without-year-help = escreva o ano em que a cidade deve atingi-la, p. ex. 2050
a001-co2e-in-another-gwp-set = { $gas } de { $mass } t está declarado como { $tco2e } tCO2e, o que não corresponde a { $declared } (× { $gwp }), mas a { $other } (× { $other_gwp })
a001-co2e-in-another-gwp-set-help = { $gas } × { $other_gwp } corresponde a { $other }, mas { $declared } é o declarado: recalcule o CO2e com { $declared }, ou declare { $other }
a002-biogenic-co2-in-total = o total de { $total } tCO2e inclui o CO2 biogênico do registro ({ $biogenic } t); sem ele, o total é { $without } tCO2e
a002-biogenic-co2-in-total-help = relate o CO2 biogênico ao lado do total, nunca dentro dele
a003-activity-times-factor = { $activity } { $activity_unit } × { $factor } { $factor_unit } dá { $expected } tCO2e, mas o registro declara { $stated }
a003-activity-times-factor-help = verifique a quantidade de atividade, o fator e as unidades deles, e qualquer fração ou fator de oxidação aplicado
a003-slip-help = o valor declarado é o calculado { $slip }: verifique as unidades da atividade, do fator e das emissões (kg por t, kWh por MJ)
a003-unweighted-help = o valor declarado é a massa de { $gas }, não ponderada pelo GWP ({ $gwp }): escreva o CO2e, a massa × { $gwp }
a003-other-gwp-help = { $gas } × { $other_gwp } corresponde a { $other }, não ao GWP { $gwp } do conjunto declarado: pondere o gás com o GWP do conjunto declarado

## Modelos em branco (rules/blank_template.rs)

x008-blank-template = este é um modelo em branco: não indica cidade nem ano e não contém nenhum valor de emissão
x008-blank-template-help = preencha a cidade, o ano do inventário e as emissões (ou chaves de notação) de cada célula do GPC, e verifique de novo
x009-duplicate-column = o cabeçalho `{ $column }` repete o de { $first }: só o primeiro é lido, e os valores sob este não
x009-duplicate-column-help = corrija o cabeçalho desta coluna (o nome de um gás ou total digitado sobre o de outro?), ou remova a coluna se for uma cópia
x010-ragged-row = a linha { $row } tem { $fields } campos, e a tabela tem { $table }: a partir daqui, os valores podem estar sob os cabeçalhos errados
x010-ragged-row-help = ponha entre aspas uma célula que contenha o delimitador ("1,234.5"), ou restaure o campo ausente, e exporte a tabela de novo
x011-blank-rows-in-data = { $count ->
        [one] 1 linha em branco está
       *[other] { $count } linhas em branco estão
    } dentro da tabela ({ $count ->
        [one] linha
       *[other] linhas
    } { $rows }{ $more ->
        [0] {""}
       *[other] {" "}e mais { $more }
    }): { $count ->
        [one] ela é ignorada
       *[other] elas são ignoradas
    }
x011-blank-rows-in-data-help = nada a fazer se as linhas em volta delas formam um só conjunto; caso contrário, divida o arquivo ou remova as linhas que não fazem parte do inventário

## Documentação das regras (`ghgcheck explain`): os títulos das partes

rules-heading-what = O que verifica
rules-heading-why = Por que importa
rules-heading-example = Exemplo
rules-heading-fix = Como corrigir

## Palavras que as mensagens recebem como argumentos: fatos e dimensões de unidades

fact-city-name = nome da cidade
fact-country = país
fact-un-locode = UN/LOCODE
fact-inventory-year = ano do inventário
fact-gpc-level = nível de relato do GPC
fact-gwp-set = conjunto de GWP
dimension-mass = massa
dimension-co2e-mass = massa de CO2e
dimension-energy = energia
dimension-volume = volume
dimension-distance = distância
dimension-passenger-distance = distância percorrida por passageiros
dimension-count = contagem de animais

## CLI

cli-failed-by-warnings = falhou: { $warnings ->
        [one] 1 aviso
       *[other] { $warnings } avisos
    } com --fail-on warning

## A aba `Issues` da pasta de trabalho anotada

annotate-file = Arquivo
annotate-cells-outside = { $count } células além das 1.048.576 linhas ou 16.384 colunas do Excel não estão nesta cópia
annotate-column-code = Código
annotate-column-severity = Gravidade
annotate-column-message = Mensagem
annotate-column-sheet = Aba
annotate-column-cell = Célula
annotate-column-help = Ajuda
annotate-column-inventory = Inventário
annotate-column-total = Total
annotate-column-recomputed = Recalculado (t CO2e)
annotate-column-reported = Declarado (t CO2e)
annotate-renamed-sheet = { $copy } (era { $original })
annotate-scope = Escopo { $scope }
annotate-severity-error = erro
annotate-severity-warning = aviso
annotate-severity-info = informação

## Palavras fixas do relatório de texto e do relatório narrado

text-status-valid = válido
text-status-invalid = INVÁLIDO
text-status-unreadable = ILEGÍVEL
text-unknown-layout = layout desconhecido
text-inventories = { $count } inventários
text-counts = { $errors } { $errors ->
        [one] erro
       *[other] erros
    }, { $warnings } { $warnings ->
        [one] aviso
       *[other] avisos
    }
text-infos = { $infos } { $infos ->
        [one] informação
       *[other] informações
    }
text-batch-heading = o lote como um todo
text-more-like-this = +{ $count } mais como esta:
text-summary-files = { $files } { $files ->
        [one] arquivo verificado
       *[other] arquivos verificados
    } (válidos: { $valid }, inválidos: { $invalid }, ilegíveis: { $unreadable })
text-summary-inventories = { $count } { $count ->
        [one] inventário
       *[other] inventários
    } (válidos: { $valid }, inválidos: { $invalid })
text-inventory-heading = { $name }: { $status } ({ $counts })
text-totals-unit = t CO2e
text-totals-recomputed = recalculado
text-totals-reported = declarado
text-scope = escopo { $scope }
text-basic = BASIC
text-basic-plus = BASIC+
text-inventories-not-shown = mais { $count } { $count ->
        [one] inventário
       *[other] inventários
    } sem constatação mostrada acima (válidos: { $valid }, inválidos: { $invalid })
text-by-code = por código: { $codes }
text-by-code-more = e mais { $count } { $count ->
        [one] código
       *[other] códigos
    }
text-empty = (vazia)
text-label-here = aqui
text-label-not-in-file = não está no arquivo
text-label-fill = preencha esta célula
text-totals-differs = { $mark } difere do total recalculado em mais de { $percent } % ou { $tonnes } t
text-more-of-code = +{ $count } mais { $code } como esta:
text-the-file = (o arquivo)
text-row = linha { $first }
text-rows = linhas { $first }-{ $last }
text-row-of-sheet = linha { $first } da aba { $sheet }
text-rows-of-sheet = linhas { $first }-{ $last } da aba { $sheet }
narrated-file = Arquivo { $path }: { $status }, { $counts }.
narrated-inventory = Inventário { $name }: { $status }, { $counts }.
narrated-finding = { $severity } { $code } { $name } em { $place }: { $message }.
narrated-help = Como corrigir: { $help }.
narrated-sheet-cell = aba { $sheet } célula { $cell }
narrated-cell = célula { $cell }
narrated-error = Erro
narrated-warning = Aviso
narrated-info = Nota
narrated-totals = Totais em toneladas de CO2e: { $totals }.
narrated-total = { $name } { $recomputed } recalculado, { $reported } declarado{ $differs ->
        [yes] , que difere
       *[no] {""}
    }
narrated-more = mais { $count } { $code } como esta, em { $places }.
narrated-field = campo { $field }
narrated-batch = O lote como um todo: { $counts }.
narrated-value = A célula contém { $value }.
narrated-total-recomputed = { $name } { $recomputed } recalculado
narrated-the-batch = o lote
narrated-total-reported = { $name } { $reported } declarado
narrated-the-file = o arquivo

## Relatório HTML (src/report/html/): as palavras fixas de report.html
## (to append at the end of src/report/messages/pt.ftl when this branch
## meets the languages work; same ids, order and arguments as en.ftl)

html-title = Relatório do ghgcheck
html-footer = Escrito pelo ghgcheck { $version }. A seção de cada inventário mostra as primeiras constatações de cada código; os relatórios JSON, CSV e SARIF listam todas.
html-summary = Resumo
html-stat-files = { $count ->
        [one] arquivo
       *[other] arquivos
    }
html-stat-unreadable = { $count ->
        [one] arquivo não pôde ser lido
       *[other] arquivos não puderam ser lidos
    }
html-stat-inventories = { $count ->
        [one] inventário
       *[other] inventários
    }
html-stat-valid = válidos
html-stat-invalid = inválidos
html-stat-errors = { $count ->
        [one] erro
       *[other] erros
    }
html-stat-warnings = { $count ->
        [one] aviso
       *[other] avisos
    }
html-stat-infos = informação
html-by-code = Constatações por código
html-no-findings = Nenhuma constatação.
html-col-code = Código
html-col-severity = Gravidade
html-col-rule = Regra
html-col-findings = Constatações
html-col-inventories = Inventários ou arquivos
html-col-file = Arquivo
html-col-city = Cidade
html-col-year = Ano
html-col-cell = Célula
html-col-inventory = Inventário
html-col-message = Constatação
html-col-help = Como corrigir
html-severity-error = erro
html-severity-warning = aviso
html-severity-info = informação
html-matrix = Quais inventários falham em quais regras
html-matrix-intro = Uma linha por inventário com erros ou avisos (e por arquivo com constatações próprias), uma coluna por código; cada célula conta constatações, em vermelho para erros e âmbar para avisos. Siga o nome do arquivo até as constatações do inventário.
html-matrix-none = Nenhum inventário tem erro ou aviso.
html-matrix-rest = { $count ->
        [one] 1 outro inventário não tem
       *[other] { $count } outros inventários não têm
    } nenhum erro nem aviso.
html-whole-file = o arquivo como um todo
html-batch-heading = Constatações sobre o lote
html-unreadable-heading = Arquivos que não puderam ser lidos
html-files-heading = Arquivos e inventários
html-file-findings = Constatações sobre o arquivo como um todo
html-no-inventory = Nenhum inventário foi encontrado neste arquivo.
html-status-valid = válido
html-status-invalid = inválido
html-status-unreadable = ilegível
html-city-unknown = cidade não informada
html-counts = { $errors ->
        [one] 1 erro
       *[other] { $errors } erros
    }, { $warnings ->
        [one] 1 aviso
       *[other] { $warnings } avisos
    }, { $infos } informação
html-more = +{ $count } { $code } não mostradas
html-by-sector = Emissões por setor e escopo, recalculadas (tCO2e)
html-col-sector = Setor
html-col-scope1 = Escopo 1
html-col-scope2 = Escopo 2
html-col-scope3 = Escopo 3
html-col-all-scopes = Todos os escopos
html-reported-short = declarado
html-totals = Totais (tCO2e)
html-row-basic = BASIC
html-row-basic-plus = BASIC+
html-col-recomputed = Recalculado
html-col-reported = Declarado
html-col-difference = Diferença
html-totals-note = Recalculado a partir dos registros; ≠ marca um valor declarado que difere em mais de { $percent } % ou { $tonnes } t.
html-chart = Emissões por setor, todos os escopos (tCO2e)
html-budget = Esta página mostra { $shown } constatações por inteiro; além delas, as constatações de cada inventário são apenas contadas por código (“+N”). Todas estão nos relatórios JSON, CSV e SARIF.
html-omitted = { $count ->
        [one] 1 inventário não tem
       *[other] { $count } inventários não têm
    } seção nesta página, para que ela abra rápido: a tabela de inventários e regras conta suas constatações, e o relatório JSON e os conjuntos de dados (--out) contêm todos.
