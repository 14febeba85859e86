# Documentação das regras em português do Brasil, traduzida de rules-en.ftl (gerado a partir de src/diagnostic/code.rs).
# Ids: doc-<código em minúsculas>-<parte>.

doc-a001-title = O CO2e de um gás foi ponderado com um conjunto de GWP diferente do do inventário
doc-a001-what = Um registro informa um gás (CH4, N2O, SF6, NF3) tanto como massa do gás quanto em CO2e. O CO2e dividido pela massa é o GWP que foi usado; ele diverge do GWP do conjunto do inventário (por mais que a tolerância de totais, 0.5 % ou 1 t) e corresponde ao GWP de outro relatório de avaliação pelo menos dez vezes melhor. Uma razão que não corresponde a nenhum conjunto não é avaliada.
doc-a001-why = Valores em CO2e só são comparáveis, e só podem ser somados, dentro de um mesmo conjunto de GWP: um valor de CH4 ponderado com o 25 do AR4 em um inventário AR5 subestima o CH4 em cerca de 11 % e torna o inventário uma mistura de dois conjuntos.
doc-a001-example = `gases.ch4`: 100 t de CH4 e 2500 tCO2e em um inventário que declara AR5 (CH4 × 25 é AR4; o AR5 dá 2800 tCO2e).
doc-a001-fix = Recalcule o CO2e com o GWP do conjunto declarado, ou declare o conjunto com que os valores foram calculados.

doc-a002-title = O total de um registro inclui seu CO2 biogênico
doc-a002-what = Um registro informa CO2 biogênico e um total igual à soma de seus gases mais o CO2 biogênico (ou, quando não informa gases, ao próprio CO2 biogênico), com diferença de até um grama ou 0.01 %.
doc-a002-why = O GPC relata o CO2 biogênico à parte dos escopos, nunca dentro deles: contado no total, ele entra em todos os totais de escopo, BASIC e BASIC+ em que o registro é contado, muitas vezes como a maior parcela de um registro de lenha ou biocombustível.
doc-a002-example = Lenha queimada em residências: CH4 20 e N2O 10 tCO2e, CO2 biogênico 100 t, total 130 tCO2e em vez de 30.
doc-a002-fix = Retire o CO2 biogênico do total e mantenha-o em sua própria coluna.

doc-a003-title = Atividade × fator de emissão não resulta nas emissões do registro
doc-a003-what = Para um registro com quantidade de atividade, fator de emissão e emissões, todos em unidades conhecidas pela tabela de unidades (o denominador do fator do mesmo tipo da atividade, por exemplo MJ com gCO2e/MJ), a atividade convertida para a unidade do fator multiplicada pelo fator difere das emissões informadas em mais de 5 % e da tolerância de totais em toneladas: o fator total com o total e o fator de CO2 com o CO2 e, para fatores em massa de gás (`kg/TJ`, `kg CH4/TJ`), os fatores de CH4 e N2O com esses gases ponderados pelo conjunto de GWP declarado; é relatada a primeira comparação que diverge. Quando a razão é um erro de unidade (× 1000, × 10⁶, × 3.6, ...) ou um GWP (a massa não ponderada, o GWP de outro conjunto), a ajuda o indica. A constatação aponta para a quantidade de atividade, ou para o gás quando o erro está no seu GWP. Registros com unidade desconhecida, ambígua ou incompatível não são avaliados.
doc-a003-why = Ou as emissões ou os dados por trás delas estão errados, e um erro de um fator de 1000 ou 3.6 em um único registro pode pesar mais que todo o restante do seu setor.
doc-a003-example = 553 370 696 MJ de diesel a 74.343 gCO2e/MJ dão 41 139 tCO2e, mas o registro informa 41.14 (a atividade digitada em kJ, ou as emissões em kt).
doc-a003-fix = Corrija a quantidade ou a unidade da atividade, o fator ou as emissões, o que estiver errado; se foi aplicada uma fração ou um fator de oxidação, diga isso na descrição do registro.

doc-b001-title = Dois inventários do lote são da mesma cidade e do mesmo ano
doc-b001-what = Verificado no lote inteiro: um segundo inventário tem a cidade, o país e o ano de um anterior, e todos os totais que ambos declaram coincidem (recalculados a partir dos registros, ou conforme declarados); a mensagem informa quando não há nenhum total presente nos dois lados para comparar. Em geral é o mesmo envio mandado duas vezes (um reenvio, uma cópia em outra pasta, ou a mesma cidade e ano em duas versões de uma tabela).
doc-b001-why = Os dois permanecem nos conjuntos de dados, o segundo com um sufixo no id (`-2`) para distingui-los, de modo que uma soma ou contagem sobre o lote conta duas vezes as emissões dessa cidade.
doc-b001-example = `br-testville-2022` em `inbox/testville.xlsx` e novamente, como `br-testville-2022-2`, em `archive/testville.xlsx`.
doc-b001-fix = Mantenha no lote apenas um dos dois arquivos, ou não faça nada se ambos devem estar lá.

doc-b002-title = Dois inventários da mesma cidade e do mesmo ano divergem
doc-b002-what = Verificado no lote inteiro: um segundo inventário tem a cidade, o país e o ano de um anterior, mas um total que ambos declaram (escopo 1, 2, 3, BASIC ou BASIC+, recalculado a partir dos registros ou conforme declarado) difere em mais de 0.01 %. Um total declarado por apenas um deles não é comparado.
doc-b002-why = Apenas um deles pode ser o inventário da cidade para aquele ano; uma comparação ou agregação feita com o outro, ou com ambos, apresenta de forma errada as emissões da cidade.
doc-b002-example = Um reenvio corrigido ao lado do original: BASIC 250 tCO2e em um arquivo, 100 tCO2e no outro.
doc-b002-fix = Descubra qual arquivo é o atual e retire o outro do lote.

doc-c001-title = Uma célula do GPC exigida pelo nível de relato não tem emissões nem chave de notação
doc-c001-what = Em inventários com registros de emissões, toda célula do nível do GPC declarado (BASIC quando nenhum é declarado: as 32 células BASIC; o BASIC+ acrescenta suas 15) deve conter emissões ou uma chave de notação (NO, IE, NE, C). Uma célula conta como preenchida por um registro que a indique com um número ou uma chave, ou por uma célula de resumo que seja essa célula do GPC (um valor ou chave na eCRF_2). A constatação aponta para a linha em branco da célula (uma linha de modelo pré-preenchida com a referência, uma célula da eCRF_2); as células para as quais o arquivo não tem linha compartilham uma única constatação, no lugar onde um novo registro entraria (a linha após a última), ou em nenhuma célula no caso de um arquivo sem tabela de registros. Arquivos só com totais (linhas do CDP) não são avaliados. O `required-level` de um perfil eleva o nível (`gpc-basic-plus`). Quando o arquivo declara seu total de escopo 1 (territorial), as células territoriais que ele abrange (I.4.4 e resíduos vindos de fora e tratados na cidade, III.x.3; não I.4.4 no caso do total do CRF que exclui a geração) também são exigidas.
doc-c001-why = Um inventário que não apresenta uma célula BASIC nem como número nem como chave de notação não atende ao princípio de completude do GPC e não pode se declarar BASIC: o leitor não consegue distinguir uma fonte que não ocorre de uma que foi esquecida, e os totais podem deixar de fora um subsetor inteiro.
doc-c001-example = Uma exportação do CityCatalyst sem nenhuma linha para III.2.2 (tratamento biológico de resíduos fora da cidade), ou a linha I.3.1 do modelo deixada em branco.
doc-c001-fix = Informe as emissões da célula, ou uma chave de notação com sua explicação: NO se a atividade não ocorre, IE se ela é contabilizada em outra célula (indique qual), NE se não foi estimada (diga por quê).

doc-c002-title = Um registro tem dado de atividade, mas não tem emissões nem chave de notação
doc-c002-what = Um registro informa uma quantidade de atividade diferente de zero (combustível queimado, eletricidade consumida, distância percorrida), mas nenhum total, nenhum gás, nenhum CO2 biogênico e nenhuma chave de notação. A constatação aponta para o lugar onde o total seria escrito.
doc-c002-why = A atividade aconteceu, mas suas emissões não entram em nenhum total: uma linha de eletricidade sem emissões deixa o escopo 2 vazio, e o inventário parece menor do que é.
doc-c002-example = Uma linha `Electricity` da eCRF_3 com 4 734 000 MJ de dado de atividade e as colunas de emissões e de chave de notação em branco.
doc-c002-fix = Calcule as emissões (atividade x fator de emissão) e informe-as, ou informe a chave de notação NE com uma explicação se elas não foram estimadas.

doc-d001-title = O mesmo registro aparece duas vezes no arquivo
doc-d001-what = Dois registros de um mesmo inventário têm a mesma célula do GPC (ou rótulo), atividade, chave de notação, valores (total, cada gás, CO2 biogênico, quantidade e unidade da atividade) e descrição e fonte do dado de atividade. Cada repetição é relatada, indicando a célula da primeira cópia e quantas cópias existem. Registros que contêm apenas uma chave de notação não são comparados.
doc-d001-why = Os totais contam todas as cópias, de modo que uma linha repetida infla seus totais de escopo, BASIC e BASIC+; uma tabela cujas linhas foram coladas três vezes declara o triplo das emissões da cidade.
doc-d001-example = A linha 40 de emissões repete a linha 12: I.1.1, gás natural, 12 190.5 tCO2e.
doc-d001-fix = Exclua as linhas repetidas. Se duas fontes realmente emitem a mesma quantidade, diferencie-as na atividade, na descrição ou na fonte.

doc-f001-title = Falta uma informação recomendada do inventário
doc-f001-what = País, população, conjunto de GWP, nível de relato do GPC e limite não são obrigatórios para ler um inventário; um deles está ausente.
doc-f001-why = Os revisores precisam deles para comparar e agregar inventários: valores per capita exigem a população, valores em CO2e só são comparáveis dentro de um mesmo conjunto de GWP, e totais só no mesmo nível do GPC e no mesmo limite.
doc-f001-example = A célula de valor `GWP set` da aba Inventory deixada vazia.
doc-f001-fix = Preencha a célula indicada pela constatação; para um arquivo que não tem lugar para a informação, a ajuda da constatação diz como fornecê-la (para país e conjunto de GWP: --country, --gwp ou um arquivo auxiliar).

doc-f002-title = Uma informação foi obtida do nome do arquivo
doc-f002-what = O arquivo não declara esta informação, mas seu nome segue um padrão conhecido (`inventory-<UN/LOCODE>-<year>.csv`, `<anything>-<UN/LOCODE>-<year>.csv`, `Inventory-<City>-<year>.csv`, `<city>-<year>-....csv`), e o ghgcheck a leu de lá. Um UN/LOCODE fornece o país (suas duas primeiras letras) e, pela tabela UN/LOCODE incluída no ghgcheck, o nome da cidade na grafia da UNECE; a mensagem informa isso. Um código que não consta da tabela é mantido como identificador e também serve como nome da cidade, e a constatação sobre o nome da cidade diz que o código não foi encontrado (ainda assim apenas informativa: a tabela não é a lista completa da UNECE).
doc-f002-why = O nome de um arquivo muda a cada renomeação ou cópia, então a informação tem base mais frágil do que um valor dentro do arquivo e um revisor deve confirmá-la. As exportações do CityCatalyst só indicam cidade e ano dessa forma, então nelas isso é esperado.
doc-f002-example = Uma exportação do CityCatalyst chamada `inventory-BR POA-2022.csv`, da qual são lidos o nome da cidade `Pôrto Alegre`, o país BR, o UN/LOCODE BR POA e o ano 2022.
doc-f002-fix = Nada, se o valor estiver correto; caso contrário, renomeie o arquivo ou use --city, --country ou --year (para um código que não consta da tabela, --city com o nome da cidade).

doc-f003-title = Uma informação foi fornecida na linha de comando ou em um arquivo auxiliar
doc-f003-what = O valor vem de --city, --country, --year ou --gwp, ou de um arquivo auxiliar `<file>.ghgcheck.toml`, porque o arquivo não o declara (ou porque --force-facts foi usado).
doc-f003-why = A informação não está no próprio envio: quem ler apenas o arquivo não a encontrará, ou encontrará um valor diferente, e o relatório é o único registro de sua origem.
doc-f003-example = `ghgcheck validate --gwp AR5` em uma exportação do CityCatalyst, que não tem lugar para o conjunto de GWP.
doc-f003-fix = Nada, se o valor estiver correto; um arquivo que declara a informação por si mesmo é mais fácil de revisar.

doc-f004-title = O arquivo auxiliar ao lado de um envio não pode ser lido
doc-f004-what = Um arquivo auxiliar `<file>.ghgcheck.toml` fornece informações que faltam no arquivo, nas linhas TOML `city = "..."`, `country = "BR"`, `year = 2022` e `gwp = "AR5"`; este tem uma linha que não é nenhuma delas ou não é TOML válido.
doc-f004-why = Nenhuma das informações do arquivo auxiliar é usada, então o inventário é verificado como se ele não existisse. Qualquer coisa além das quatro linhas é recusada para que um erro de digitação não seja ignorado silenciosamente.
doc-f004-example = `town = "Testville"` onde se queria `city`.
doc-f004-fix = Corrija a linha indicada pela constatação.

doc-f005-title = O leiaute do arquivo não tem lugar para algumas informações recomendadas
doc-f005-what = País, população, conjunto de GWP, nível de relato do GPC e limite são recomendados (F001). Quando o leiaute do arquivo não tem célula para um deles (uma tabela do CDP não tem coluna de GWP, uma exportação do CityCatalyst não tem população), nenhum inventário nele pode declará-lo: em vez de uma F001 por inventário, uma única constatação informativa por arquivo indica as informações que o leiaute não comporta e quantos inventários ela afeta. Uma informação para a qual o leiaute tem lugar, mas que foi deixada em branco, continua sendo F001 em sua célula.
doc-f005-why = As informações continuam faltando para as comparações (valores per capita, conjuntos de GWP, níveis de relato), mas não foi a cidade que as omitiu: elas precisam vir de outra fonte.
doc-f005-example = Uma tabela de dados abertos do CDP com 401 inventários: `the layout has no place for inventory.gwp_set, inventory.gpc_level (401 inventories)`.
doc-f005-fix = Forneça de fora do arquivo o que for possível: um arquivo auxiliar `<file>.ghgcheck.toml` ao lado dele (`country = "BR"`, `gwp = "AR5"`, `gpc_level = "basic"`) ou as opções `--country` e `--gwp`; ou peça o envio em um leiaute que comporte as informações (`ghgcheck template`).

doc-g001-title = Número de referência do GPC desconhecido
doc-g001-what = Cada registro de emissões indica uma das 53 células do GPC v1.1 (I.1.1 ... VI.1); este indica um número de referência que não está entre elas.
doc-g001-why = A célula determina o setor, o escopo e o nível de relato do registro; um registro sem célula válida não entra em nenhum total de escopo, BASIC ou BASIC+, e suas emissões ficam fora dos totais do inventário.
doc-g001-example = `II.5.3` (o transporte fora de estrada não tem célula de escopo 3) ou `I.9.1`.
doc-g001-fix = Use o número de referência da célula a que as emissões pertencem (`ghgcheck template` lista todas).

doc-g002-title = O escopo não corresponde ao número de referência do GPC
doc-g002-what = Cada célula do GPC pertence a um escopo (I.1.2 é escopo 2; III.1.2 é escopo 3 porque os resíduos saem da cidade; I.4.4 é escopo 1), e o registro declara outro.
doc-g002-why = O ghgcheck conta o registro no escopo da sua célula; se o escopo declarado for o correto, as emissões estão na célula errada e os totais dos escopos 1, 2 e 3 estão errados, por exemplo eletricidade da rede contada como combustível queimado na cidade.
doc-g002-example = Um registro de I.1.1 (combustível queimado em residências) marcado como escopo 2.
doc-g002-fix = Corrija o escopo, ou mova as emissões para a célula do GPC do escopo a que pertencem.

doc-g003-title = A referência do GPC declarada contradiz os rótulos de setor e escopo da linha
doc-g003-what = A linha declara uma célula do GPC, mas os termos de setor, subsetor e escopo do CRF apontam para outra. O ghgcheck mantém a referência declarada e registra a implícita ao lado (`implied_gpc_ref`).
doc-g003-why = As emissões entram nos totais da célula declarada; se os rótulos é que estiverem certos, elas estão no escopo ou setor errado dos totais do inventário.
doc-g003-example = Arquivos eCRF reais trazem linhas de eletricidade de escopo 2 com referências terminadas em `.1`, por exemplo I.1.1 ao lado de `Indirect emissions` (que é I.1.2).
doc-g003-fix = Corrija o que estiver errado entre os dois, para que referência e rótulos concordem.

doc-g004-title = Os rótulos de setor da linha não indicam nenhuma célula do GPC
doc-g004-what = A linha não tem número de referência do GPC, e seus rótulos de setor, subsetor e escopo não puderam ser associados a uma célula.
doc-g004-why = Sem uma célula, as emissões da linha não podem ser atribuídas a um setor ou escopo e não entram em nenhum total de escopo, BASIC ou BASIC+.
doc-g004-example = Um subsetor com erro de grafia, `Residental buildngs`, ou termos de escopo que não são nem direto, nem indireto, nem fora do limite da cidade.
doc-g004-fix = Escreva o número de referência do GPC na coluna de referência, ou corrija os rótulos (a ajuda sugere o rótulo conhecido mais próximo).

doc-g005-title = Um número de referência do GPC está grafado errado e foi lido como a célula mais próxima
doc-g005-what = A referência está escrita em uma grafia variante que claramente indica uma célula, e o ghgcheck a lê como essa célula.
doc-g005-why = Ferramentas que comparam números de referência de forma exata não reconhecerão a grafia, e a leitura é uma correção que um revisor deve confirmar.
doc-g005-example = `I.63` para I.6.3, `I_1_1` para I.1.1, ou `|II.1.1` para II.1.1.
doc-g005-fix = Escreva a referência em sua forma canônica, por exemplo I.6.3.

doc-g006-title = Uma linha do CRF sem célula do GPC
doc-g006-what = O CRF do GCoM relata algumas linhas para as quais o GPC não tem célula; elas são mantidas com `gpc_ref: null` e seu rótulo do CRF, e não entram em nenhum total do GPC.
doc-g006-why = Suas emissões estão nos conjuntos de dados, mas em nenhum total de escopo, BASIC ou BASIC+, de modo que a soma das linhas do arquivo difere dos totais do ghgcheck exatamente por essas linhas.
doc-g006-example = Uma linha `Local renewable generation` na eCRF_3.
doc-g006-fix = Nada; isto é apenas informativo.

doc-g007-title = Uma linha de modelo para uma célula que o GPC não tem, contendo apenas uma chave de notação
doc-g007-what = O modelo eCRF traz linhas para células que o GPC não define, pré-preenchidas com NE; uma linha dessas que contém apenas uma chave de notação não é um registro de emissões e é ignorada.
doc-g007-why = A linha não relata nada, e lê-la como registro apontaria a mesma célula inexistente do GPC em todo arquivo feito a partir do modelo.
doc-g007-example = A linha II.5.3 do modelo eCRF (transporte fora de estrada fora do limite da cidade), ou suas linhas de IPPU e AFOLU fora do limite da cidade, contendo NE.
doc-g007-fix = Nada; se a linha contiver emissões, mova-as para a célula do GPC a que pertencem.

doc-g008-title = A coluna de uma tabela para uma célula que o GPC não tem contém um valor
doc-g008-what = Uma tabela larga (uma coluna por número de referência do GPC) tem uma coluna com cabeçalho no formato de um número de referência que o GPC não define, e a célula desta linha nessa coluna contém emissões. O valor é mantido como registro sem célula do GPC (`gpc_ref: null`, com a coluna como rótulo; nos setores I e II, o último número da referência como escopo) e não entra em nenhum total de escopo, BASIC ou BASIC+ recalculado pelo ghgcheck. Os próprios totais da tabela podem contá-lo, então os totais declarados em que ele pode estar (seu escopo, BASIC, BASIC+) não são comparados com os registros deste inventário.
doc-g008-why = O valor é da cidade e não deve ser perdido, mas não pode ser atribuído a um setor e escopo: um total que o conta e outro que não o conta diferem exatamente por esse valor.
doc-g008-example = `II.5.3` (o transporte fora de estrada não tem célula de escopo 3) contendo 120 na exportação do painel de uma rede, cuja coluna BASIC+ o contabiliza.
doc-g008-fix = Mova o valor para a célula do GPC a que ele pertence (a mensagem sugere a mais próxima), ou declare por que ele é relatado fora das células do GPC.

doc-h001-title = As emissões totais mudaram bruscamente desde o inventário anterior da cidade, sem justificativa declarada
doc-h001-what = Com `--history PATH`, cada inventário é comparado com o inventário anterior mais recente da mesma cidade e do mesmo país encontrado ali: quando um total que ambos declaram (primeiro BASIC, depois BASIC+, escopo 1, 2, 3; recalculado, senão conforme declarado) mudou mais que `year-on-year-change-percent` (30 %) e o inventário não dá justificativa para a mudança, este aviso aponta para o lugar onde a justificativa seria escrita.
doc-h001-why = As emissões reais de uma cidade raramente variam um terço em poucos anos; um salto sem explicação costuma ser um erro de unidade, um setor omitido ou acrescentado, ou uma mudança de método que torna os anos incomparáveis.
doc-h001-example = Testville declara BASIC de 1,000 t para 2022 depois de 500 t para 2020, e sua linha 'Comments on change in total emissions since last reported inventory' da eCRF_1 está vazia.
doc-h001-fix = Explique a mudança (novo método, novos setores, uma mudança real) nos comentários sobre a mudança nas emissões totais, ou corrija os valores se um dos anos estiver errado.

doc-k001-title = Nenhuma meta declarada cumpre o compromisso da rede cujo perfil é aplicado
doc-k001-what = Com o perfil de uma rede (eu-com, cnca, us-mayors, c40), as metas do inventário são comparadas com o compromisso da rede: pelo menos uma meta deve atingir a redução prometida (ou a neutralidade de carbono / emissões líquidas zero) até o ano prometido. Inventários que não declaram nenhuma meta não são avaliados.
doc-k001-why = Um signatário cujas metas registradas ficam aquém do compromisso que assinou está em situação irregular com sua rede; o secretariado faz o acompanhamento.
doc-k001-example = Um signatário do Covenant of Mayors da UE cuja única meta é -15 % até 2020 (o compromisso é de pelo menos -20 % até 2020, ou -40 % até 2030).
doc-k001-fix = Declare a meta que a cidade adotou ao assinar (redução, ano-base, ano-alvo), ou verifique se o perfil de rede correto está sendo aplicado.

doc-m001-title = A tabela não tem uma coluna indicada pelo seu arquivo de mapeamento
doc-m001-what = Um arquivo de mapeamento diz qual coluna contém qual campo; aqui nenhuma das grafias que ele lista para um campo obrigatório está na linha de cabeçalho da tabela. A constatação indica o arquivo de mapeamento e a linha correspondente.
doc-m001-why = O campo não pode ser lido em nenhuma linha, então a tabela não é lida de forma alguma e nenhum de seus inventários é verificado.
doc-m001-example = O mapeamento `cdp-citywide` lista `Accounting Year` e `Measurement Year` para o ano do inventário, e a tabela chama essa coluna de `Inventory Year`.
doc-m001-fix = Corrija o nome da coluna no mapeamento (ou marque o campo com `optional = true`), ou acrescente a coluna ao arquivo.

doc-n001-title = Chave de notação diferente de NO, IE, NE, C
doc-n001-what = O GPC e o CRF do GCoM admitem quatro chaves de notação: NO (não ocorre), IE (incluído em outro lugar), NE (não estimado) e C (confidencial); a célula contém outra coisa.
doc-n001-why = Cada chave diz ao revisor por que uma célula não tem número; com qualquer outra palavra não se sabe se a fonte não ocorre, é contabilizada em outro lugar ou foi deixada de fora, e a célula não conta como relatada.
doc-n001-example = `NA` (não aplicável, que não é uma chave do GPC) ou `estimated`.
doc-n001-fix = Use uma das quatro chaves, ou deixe a célula vazia quando um número for relatado.

doc-n002-title = Uma chave de notação não tem explicação
doc-n002-what = O GPC exige uma explicação para toda chave de notação: para IE, onde as emissões estão incluídas; para NE, por que não foram estimadas. Esta chave não tem nenhuma.
doc-n002-why = Sem ela o revisor não consegue verificar a lacuna: uma célula IE não pode ser rastreada até onde estão suas emissões, e uma célula NE não dá motivo para deixar uma fonte de fora.
doc-n002-example = `NE` com a célula de explicação vazia.
doc-n002-fix = Escreva a explicação ao lado da chave (em uma pasta de trabalho eCRF, na coluna H da eCRF_2).

doc-n003-title = Um registro tem valores de emissões e também uma chave de notação
doc-n003-what = Uma célula do GPC contém números ou uma chave de notação, nunca ambos; este registro tem os dois.
doc-n003-why = Os dois se contradizem (NE diz que as emissões não foram estimadas, um número diz que foram), de modo que o revisor não sabe qual deles a cidade quis dizer.
doc-n003-example = `NE` ao lado de um total de 1200.
doc-n003-fix = Remova a chave se o número estiver correto, ou remova os números se a chave estiver.

doc-n004-title = Uma chave IE não diz onde as emissões estão incluídas
doc-n004-what = A chave de notação IE (incluído em outro lugar) significa que as emissões são relatadas em outra célula do GPC. Essa célula deve ser indicada, ao lado da chave (`IE (I.1.1)`) ou na explicação da chave (`included in I.2.1`, `included in stationary energy`); aqui nenhuma das duas indica uma célula ou setor do GPC. Verificado quando o arquivo tem um lugar para a explicação, ou escreve um lugar ao lado da chave.
doc-n004-why = Sem esse lugar, o revisor não consegue saber se as emissões são contadas uma vez, duas vezes ou nenhuma, nem comparar a célula com a de outras cidades.
doc-n004-example = `IE` na célula de chave de notação de II.4.1 com a explicação `see note`.
doc-n004-fix = Escreva o número de referência do GPC da célula que contém as emissões ao lado da chave (`IE (II.1.1)`) ou na sua explicação.

doc-n005-title = A célula para a qual uma chave IE aponta não contém emissões
doc-n005-what = Uma chave IE indica a célula do GPC (ou subsetor, ou setor) em que suas emissões estão incluídas; nenhum registro deste inventário nesse lugar informa um valor. Avaliado apenas quando o inventário tem registros de emissões.
doc-n005-why = As emissões que se diz estarem incluídas em outro lugar não estão então em nenhum total: o inventário é menor do que afirma, e a lacuna fica escondida atrás de uma chave.
doc-n005-example = `IE (I.1.1)` em I.2.1, enquanto I.1.1 contém apenas a chave NE.
doc-n005-fix = Informe as emissões na célula indicada pela chave, ou corrija a referência ao lado da chave, ou use a chave que se aplica (NE, NO).

doc-n006-title = Uma chave de notação está em uma célula que o GPC não tem
doc-n006-what = Um total declarado para um subsetor e escopo (uma célula da matriz da eCRF_2) contém uma chave de notação, mas o GPC não tem célula para esse subsetor nesse escopo (resíduos, IPPU e AFOLU não têm escopo 2; IPPU e AFOLU não têm escopo 3; emissões fugitivas só têm escopo 1).
doc-n006-why = A chave descreve algo que o inventário não abrange; em geral é um valor padrão do modelo que ficou no lugar, ou uma chave digitada na coluna errada, onde esconde a célula a que se destinava.
doc-n006-example = `NE` na coluna `Emissions occurring outside the city boundary` de `IPPU > Industrial process` na eCRF_2.
doc-n006-fix = Limpe a célula, ou mova a chave para a coluna a que ela pertence.

doc-p001-title = Um ano-alvo que não é posterior ao seu ano-base
doc-p001-what = Uma meta declara um ano-base e um ano-alvo, e o ano-alvo é igual ao ano-base ou anterior a ele.
doc-p001-why = Uma redução é planejada do ano-base até o ano-alvo; uma meta que termina antes de começar não pode ser acompanhada e em geral é resultado de dois anos trocados ou de um erro de digitação.
doc-p001-example = Ano-base 2015, ano-alvo 2010.
doc-p001-fix = Escreva como ano-base o ano a partir do qual a redução é medida e como ano-alvo o ano até o qual ela deve ser alcançada.

doc-p002-title = A redução de uma meta é zero ou parece uma fração
doc-p002-what = A redução de uma meta é 0 %, ou está entre 0 e 1 %, que é como uma fração (0.4 para 40 %) aparece em uma coluna de porcentagem. Uma redução abaixo de 0 ou acima de 100 % viola o esquema e é relatada como S004.
doc-p002-why = Uma rede verifica o compromisso da cidade pela sua redução: 0.4 % lido no lugar de um compromisso de 40 % não atinge nenhum limiar (-20 % até 2020 no Covenant of Mayors, -80 % até 2050 na CNCA).
doc-p002-example = `reduction_percent` 0.4 em uma meta de ano-base para 2030.
doc-p002-fix = Escreva a redução em porcentagem (40 para 40 %), ou remova uma meta que não reduz nada.

doc-p003-title = Uma meta de ano-base sem o ano-base ou sem as emissões do ano-base
doc-p003-what = Uma meta do tipo `base-year` não declara seu ano-base ou, quando declara, as emissões desse ano.
doc-p003-why = A redução é uma fração das emissões do ano-base: sem elas a meta não pode ser convertida em toneladas, nem o progresso pode ser medido em relação a ela.
doc-p003-example = Ano-base 2015, ano-alvo 2030, redução de 50 %, e nenhuma emissão do ano-base.
doc-p003-fix = Escreva o ano-base e o total do inventário desse ano, em tCO2e.

doc-p004-title = Uma meta de neutralidade de carbono ou de emissões líquidas zero sem ano
doc-p004-what = Uma meta do tipo `carbon-neutral` ou `net-zero` não declara seu ano-alvo.
doc-p004-why = A neutralidade é um compromisso para um ano (a C40 e a CNCA pedem 2050 ou antes); sem ele o compromisso não pode ser comparado com o de uma rede nem acompanhado.
doc-p004-example = Uma meta `net-zero` com o ano-alvo vazio.
doc-p004-fix = Escreva o ano até o qual a cidade deve alcançar a neutralidade de carbono ou emissões líquidas zero.

doc-r001-title = O arquivo não é uma planilha, CSV ou documento JSON que o ghgcheck consiga ler
doc-r001-what = O conteúdo do arquivo não corresponde a nenhum formato suportado (xlsx, xlsm, xlsb, xls, ods, csv, json), seja qual for a sua extensão.
doc-r001-why = Nada no arquivo pode ser lido, então o envio não é verificado e não acrescenta nenhum inventário aos conjuntos de dados do lote.
doc-r001-example = Um PDF ou um documento do Word renomeado para .xlsx.
doc-r001-fix = Exporte o inventário do programa de planilhas como .xlsx (ou .ods/.csv) e envie esse arquivo.

doc-r002-title = A planilha está danificada e não pode ser lida
doc-r002-what = O arquivo tem o contêiner de uma planilha, mas seu conteúdo não pode ser decodificado.
doc-r002-why = Nada no arquivo pode ser lido, então o envio não é verificado e não acrescenta nenhum inventário aos conjuntos de dados do lote.
doc-r002-example = Uma pasta de trabalho cujo XML interno foi danificado por um upload que falhou ou por um editor incompatível.
doc-r002-fix = Abra o arquivo no Excel ou no LibreOffice, deixe o programa reparar a pasta de trabalho, salve-a novamente e reenvie.

doc-r003-title = A planilha está truncada (download ou cópia incompleta)
doc-r003-what = O arquivo começa como uma pasta de trabalho baseada em zip (xlsx, xlsm, ods), mas seu final, o diretório do zip, está faltando.
doc-r003-why = Sem o diretório nenhuma aba pode ser encontrada, então o envio não é verificado; a cópia também está incompleta, de modo que o que for recuperado dela pode não ter todas as linhas.
doc-r003-example = Um download ou um anexo de e-mail interrompido antes do fim.
doc-r003-fix = Baixe ou copie o arquivo novamente da origem e confira se o tamanho corresponde.

doc-r004-title = A pasta de trabalho está protegida por senha (criptografada)
doc-r004-what = Uma pasta de trabalho do Office criptografada é armazenada como um contêiner OLE com um fluxo EncryptionInfo em vez de um arquivo zip, e não pode ser lida sem a senha.
doc-r004-why = Nem o ghgcheck nem um revisor sem a senha conseguem lê-la, então o envio não é verificado.
doc-r004-example = Uma pasta de trabalho salva com senha de abertura (Arquivo > Informações > Proteger Pasta de Trabalho > Criptografar com Senha).
doc-r004-fix = Abra a pasta de trabalho, remova a senha (Arquivo > Informações > Proteger Pasta de Trabalho > Criptografar com Senha, apague o campo), salve e reenvie. Proteção de aba sem criptografia não é problema.

doc-r005-title = O arquivo está vazio
doc-r005-what = O arquivo não tem nenhum conteúdo (0 bytes), ou a planilha ou o CSV não tem nenhuma célula com dados.
doc-r005-why = Não há inventário para verificar; em geral uma exportação não terminou ou o arquivo errado foi enviado.
doc-r005-example = Um `inventory.csv` de 0 bytes deixado por uma exportação que foi cancelada.
doc-r005-fix = Verifique se o arquivo certo foi exportado e se a exportação terminou.

doc-r006-title = Falta uma aba de que o leiaute precisa
doc-r006-what = O arquivo foi reconhecido como um leiaute conhecido, mas uma das abas que esse leiaute exige está ausente.
doc-r006-why = Nada do que essa aba deveria conter é lido: sem a aba Emissions o inventário não tem registros de emissões; sem a aba City, não tem cidade.
doc-r006-example = Um modelo do ghgcheck cuja aba City foi excluída ou renomeada.
doc-r006-fix = Restaure a aba com seu nome original (compare com `ghgcheck template`).

doc-r007-title = Falta uma coluna de que o leiaute precisa
doc-r007-what = A linha de cabeçalho de uma tabela não tem uma coluna que o leiaute exige.
doc-r007-why = O leiaute localiza suas linhas por essa coluna, então nenhuma linha da tabela é lida e o inventário não tem registros de emissões vindos dela.
doc-r007-example = A aba Emissions sem a coluna `GPC ref`.
doc-r007-fix = Restaure o cabeçalho da coluna exatamente como no modelo (`ghgcheck template`).

doc-r008-title = O arquivo não pode ser aberto
doc-r008-what = O sistema operacional se recusou a ler o arquivo (permissões, um arquivo que desapareceu, um erro no compartilhamento de rede).
doc-r008-why = O envio não é verificado; a causa geralmente está no ambiente onde o ghgcheck é executado, não no envio.
doc-r008-example = Um arquivo legível apenas pela conta que o salvou, ou um arquivo em um compartilhamento de rede que ficou offline durante a execução.
doc-r008-fix = Verifique se o arquivo existe e pode ser lido pela conta que executa o ghgcheck.

doc-r009-title = O leiaute do arquivo não é nenhum dos que o ghgcheck conhece
doc-r009-what = As abas e os cabeçalhos não correspondem a nenhum dos leiautes que o ghgcheck lê: seu modelo (em pasta de trabalho ou em CSV), uma pasta de trabalho eCRF do GCoM, uma exportação CSV do CityCatalyst, um documento JSON de inventário, ou uma tabela descrita por um arquivo de mapeamento.
doc-r009-why = O ghgcheck não consegue saber qual célula contém qual informação, então nada no arquivo é verificado.
doc-r009-example = Uma pasta de trabalho com uma única aba de anotações livres.
doc-r009-fix = Preencha o modelo do ghgcheck (`ghgcheck template -o inventory.xlsx`), ou descreva sua tabela em um arquivo de mapeamento.

doc-r010-title = O arquivo CSV não é texto UTF-8
doc-r010-what = O ghgcheck lê arquivos CSV codificados em UTF-8 (com ou sem marca de ordem de bytes); este arquivo tem bytes que não são UTF-8.
doc-r010-why = Arquivos salvos como "CSV (Windows)" ou em Latin-1 representam nomes acentuados (São Paulo, Zürich) com outros bytes; em vez de adivinhar a codificação e corromper nomes de cidades e rótulos, o ghgcheck não lê o arquivo.
doc-r010-example = `São Paulo` salvo pelo Excel como "CSV (Windows)", em que `ã` é o byte único E3.
doc-r010-fix = Salve o arquivo novamente como "CSV UTF-8" (Excel) ou com o conjunto de caracteres "Unicode (UTF-8)" (LibreOffice).

doc-r011-title = Uma aba abrange mais células do que o ghgcheck lê
doc-r011-what = O ghgcheck lê uma aba como o retângulo que vai do seu primeiro ao seu último valor, e lê no máximo 20 milhões de células por aba (2 milhões em pastas de trabalho .xls e .ods, que são carregadas inteiras na memória). Um único valor muito distante da tabela estica esse retângulo; uma tabela que realmente contém tantas células também é recusada. A constatação aponta para o valor mais distante.
doc-r011-why = Sem o limite, um único arquivo desses poderia esgotar a memória da máquina e derrubar o lote inteiro; com ele, apenas este arquivo deixa de ser lido.
doc-r011-example = Um `x` esquecido em XFD1048576 (a última célula de uma aba) ao lado de uma tabela que começa em A1: o retângulo tem 17 bilhões de células para dois valores.
doc-r011-fix = Apague o valor perdido indicado pela constatação, ou as linhas e colunas entre a tabela e ele (no Excel, Ctrl+End vai até a última célula usada), salve e reenvie; divida em vários arquivos uma tabela que seja realmente tão grande.

doc-r099-title = O ghgcheck falhou neste arquivo
doc-r099-what = Uma falha inesperada dentro do ghgcheck durante a verificação deste arquivo. Os outros arquivos do lote continuam sendo verificados e relatados.
doc-r099-why = O arquivo não foi totalmente verificado e a causa está no ghgcheck, então o resultado não diz nada sobre o envio.
doc-r099-example = Uma regra diante de uma combinação de valores que seus autores não previram, relatada como `ghgcheck failed unexpectedly on this file`.
doc-r099-fix = Nada a corrigir no envio; por favor, relate o problema aos mantenedores do ghgcheck, junto com o arquivo se puder compartilhá-lo.

doc-s001-title = Falta uma informação obrigatória
doc-s001-what = O esquema do inventário exige o nome da cidade e o ano do inventário, e um rótulo do CRF em um registro que não tem célula do GPC; um deles está faltando. (Um inventário sem nenhuma emissão é S007.)
doc-s001-why = Sem eles um inventário não pode ser identificado nem arquivado: a cidade e o ano determinam onde ele é arquivado e com qual inventário anterior é comparado.
doc-s001-example = A célula de valor `Name of city` da aba City está vazia.
doc-s001-fix = Preencha a célula indicada pela constatação.

doc-s002-title = Um valor tem o tipo errado
doc-s002-what = O valor não pode ser lido como o tipo de valor que o campo contém (número, número inteiro, texto, sim/não, lista).
doc-s002-why = Um valor do tipo errado não pode ser comparado nem somado com o mesmo campo de outros inventários, então os revisores precisam tratar a informação como não relatada.
doc-s002-example = `yes` em um campo de ano, ou uma fração onde é necessário um número inteiro.
doc-s002-fix = Informe um valor do tipo que o cabeçalho da coluna pede.

doc-s003-title = Um valor não é uma das opções permitidas
doc-s003-what = O campo aceita um valor de uma lista fixa, e este valor não está nela.
doc-s003-why = Essas listas determinam como os valores são lidos (quais valores de GWP, qual nível do GPC); um valor fora delas deixa isso indefinido, e o inventário não pode ser comparado com outros.
doc-s003-example = `AR7` como conjunto de GWP (permitidos: SAR, AR4, AR5, AR6).
doc-s003-fix = Escolha um dos valores da lista (as listas suspensas do modelo os apresentam).

doc-s004-title = Um número está fora do intervalo permitido
doc-s004-what = Um número está abaixo do menor ou acima do maior valor que seu campo admite.
doc-s004-why = Um número assim é quase sempre um erro de digitação, um sinal trocado ou uma unidade errada, e distorceria os valores per capita, o progresso em relação às metas ou o ano sob o qual o inventário é arquivado.
doc-s004-example = Uma população negativa, uma meta de redução acima de 100 %, ou um ano de inventário 20015.
doc-s004-fix = Corrija o número; verifique as unidades e os erros de digitação.

doc-s005-title = Um valor não está no formato esperado
doc-s005-what = Datas devem estar no formato YYYY-MM-DD, países como códigos ISO 3166-1 de duas letras, endereços de e-mail bem formados; este valor não está.
doc-s005-why = Os inventários são associados e agrupados por esses valores (o código do país faz parte do id de cada inventário), e uma data em formato local pode ser lida de duas maneiras (03/04/2022).
doc-s005-example = País `Brasil` em vez de `BR`.
doc-s005-fix = Reescreva o valor no formato indicado na ajuda.

doc-s006-title = Um campo não faz parte do esquema do inventário
doc-s006-what = Envios em JSON devem usar os nomes de campo do esquema publicado (`ghgcheck schema`); este usa um nome que não está nele.
doc-s006-why = Um nome desconhecido geralmente é um erro de digitação, e nada lê o valor que está sob ele, então a informação que ele deveria fornecer fica faltando.
doc-s006-example = `totl_tco2e` em vez de `total_tco2e`.
doc-s006-fix = Renomeie ou remova o campo.

doc-s007-title = O inventário não tem registros de emissões nem totais declarados
doc-s007-what = Um inventário precisa de pelo menos um valor de emissão, chave de notação ou total declarado; este não tem nenhum.
doc-s007-why = Não há nada para totalizar, comparar ou revisar: o envio ainda não é um inventário.
doc-s007-example = O modelo devolvido com a aba Emissions intocada.
doc-s007-fix = Informe emissões (ou chaves de notação) para as células do GPC que o inventário abrange.

doc-s008-title = Um ano ou período de inventário não pode ser lido, ou está invertido
doc-s008-what = O ano do inventário é um ano (2015) ou um período contínuo de 12 meses (2013/2014, 2015-01-01 - 2015-12-31, 2013 Apr - 2014 Mar); este valor não pode ser lido como nenhum dos dois, ou termina antes de começar.
doc-s008-why = O ano do inventário determina sob qual ano as emissões são arquivadas e comparadas; sem ele o inventário não pode ser situado em uma série temporal.
doc-s008-example = `2016-12-31 - 2016-01-01`, que termina antes de começar.
doc-s008-fix = Escreva o ano, ou o período no formato início - fim.

doc-s099-title = O documento viola uma regra do esquema do inventário
doc-s099-what = Falhou uma regra do esquema não coberta por um código mais específico. A mensagem indica a regra.
doc-s099-why = O documento não segue o esquema de inventário publicado, então ferramentas que leem inventários por esse esquema podem rejeitá-lo ou interpretar o campo de forma errada.
doc-s099-example = Um envio em JSON cujo `inventory.gases` lista CO2 duas vezes, o que viola a regra `uniqueItems`.
doc-s099-fix = Compare o campo com sua descrição em `ghgcheck schema`.

doc-t001-title = O total de um registro não é a soma de seus gases
doc-t001-what = Quando um registro informa tanto seus gases em CO2e quanto um total, o total deve ser a soma deles. Diferenças dentro da tolerância de totais (0.5 % do maior valor ou 1 t, o que for maior; `total-tolerance-percent` e `total-tolerance-tonnes` em `[rules.options]`) não geram constatação.
doc-t001-why = Os totais são calculados a partir do total declarado de cada registro, então um total errado, muitas vezes por erro de unidade ou por um gás deixado de fora, se propaga para todos os totais de escopo, BASIC e BASIC+ em que o registro é contado.
doc-t001-example = Um total de 47 619 000 ao lado de CO2 de 47.619 (a unidade do total escrita como Mt CO2e em vez de t CO2e), ou um total que deixa de fora um gás listado ao lado dele.
doc-t001-fix = Corrija a unidade ou o valor que estiver errado, para que os gases somem o total.

doc-t002-title = Um total declarado não é a soma dos registros que ele abrange
doc-t002-what = Um total declarado no envio (uma célula da eCRF_2, uma coluna BASIC, BASIC+ ou de escopo, um total setor x escopo, uma linha de subtotal `I` ou `I.1` de uma exportação hierárquica para o setor ou subsetor em todos os seus escopos) é comparado com o mesmo total recalculado a partir dos próprios registros de emissões do arquivo, dentro da tolerância de totais (0.5 % do maior valor ou 1 t, o que for maior; `[rules.options]`). Uma linha da eCRF_2 soma, em sua coluna, as linhas da eCRF_3 do seu setor e subsetor do CRF, como faz o próprio eCRF: Institutional buildings (edifícios institucionais) ficam em GPC I.2 junto com Commercial, Fugitive emissions (emissões fugitivas) são I.7 + I.8, resíduos vindos de fora e tratados na cidade (III.x.3) vão para a coluna Direct, resíduos enviados para fora (III.x.2) para a coluna Outside, e o bloco de geração (I.4.4) fica fora de `Total Emissions (excluding generation of grid-supplied energy)`. Onde o agrupamento do eCRF é incerto (indústrias de energia I.4.1-3 e fontes não especificadas I.6, que não têm linha na eCRF_2; VI.1; uma linha cuja referência do GPC e rótulos divergem; as colunas de resíduos do CityCatalyst), qualquer uma das leituras é aceita. Um total cujos registros têm todos chaves de notação soma 0; um total declarado apenas como NO ou NE é comparado com 0. Um total não é comparado quando o arquivo não tem nenhum registro do que ele abrange (uma linha do CDP, uma pasta de trabalho só com resumo) ou quando um registro do seu escopo não pôde ser atribuído a uma célula do GPC. Quando o total declarado excede os registros exatamente pela geração de energia fornecida à rede (I.4.4) ou pelo CO2 biogênico dos registros, a ajuda o indica.
doc-t002-why = Um resumo que diverge do seu detalhamento está errado em um dos dois, e o revisor não consegue saber qual valor a cidade quis dizer; as redes publicam o resumo, então um erro ali (uma célula alterada, um intervalo de soma que deixa de fora uma linha) é o que o mundo vê.
doc-t002-example = `Total Emissions (excluding generation of grid-supplied energy)` da eCRF_2 indica 99 999 999 tCO2e na coluna Direct, enquanto suas linhas da eCRF_3 somam 2501.25 tCO2e.
doc-t002-fix = Recalcule o total a partir dos registros (ou corrija o registro que estiver errado); a constatação lista os registros somados e suas células do GPC.

doc-t003-title = Um subtotal declarado não é a soma de suas partes declaradas
doc-t003-what = Uma linha de total da matriz da eCRF_2 deve ser igual, em cada coluna, às linhas que ela soma: um total de setor (`Total Stationary Energy`) às suas linhas de subsetor, `Total Generation of grid-supplied energy` às linhas de geração, e `Total Emissions (excluding generation of grid-supplied energy)` aos totais dos setores de energia estacionária, transporte, resíduos, IPPU e AFOLU (às linhas de um setor quando a linha de total dele está ausente). Da mesma forma, a linha de subtotal de setor (`I`) de uma exportação hierárquica deve ser igual às suas linhas de subtotal de subsetor (`I.1`, `I.2`, ...) quando o setor não tem linhas abaixo delas. Partes declaradas apenas como chave de notação contam como 0; aplica-se a tolerância de totais. Quando os registros mostram qual valor está errado, esse valor recebe uma constatação T002 e esta não é emitida.
doc-t003-why = Redes e portais de dados leem os totais; um total que não fecha indica uma fórmula que deixa de fora uma linha ou um valor digitado por cima de uma fórmula, e um dos dois números está errado.
doc-t003-example = `Total Stationary Energy` indica 369.65 tCO2e, enquanto suas linhas indicam 353.62 e 160.31.
doc-t003-fix = Faça o total ser a soma de suas linhas, ou corrija a linha que estiver errada.

doc-t004-title = O BASIC+ declarado é menor que o BASIC
doc-t004-what = O BASIC+ é o BASIC mais IPPU, AFOLU e o escopo 3 de energia estacionária e de transporte transfronteiriço, portanto não fica abaixo do BASIC, a menos que as remoções de uso da terra (V.2) superem o que essas fontes emitem. Os totais declarados são comparados, dentro da tolerância de totais; quando os registros do arquivo mostram tais remoções líquidas, a constatação não é emitida.
doc-t004-why = Um BASIC+ abaixo do BASIC é, na maioria das vezes, um BASIC+ que não foi calculado e ficou como 0, ou os dois valores trocados; quem somar a cidade a um total BASIC+ será induzido a erro.
doc-t004-example = Uma linha do CDP com `Total BASIC Emissions (GPC)` 4 814 594 e `Total BASIC+ Emissions (GPC)` 0.
doc-t004-fix = Deixe o BASIC+ vazio quando não tiver sido calculado, ou informe-o por completo; se remoções de uso da terra o tornam menor, diga isso em um comentário.

doc-t005-title = O BASIC declarado é maior que escopo 1 + escopo 2 + escopo 3
doc-t005-what = Toda célula BASIC é uma célula do escopo 1, 2 ou 3, portanto o BASIC não fica acima da soma dos três totais de escopo declarados, a menos que as remoções de uso da terra (V.2, no escopo 1 mas fora do BASIC) superem o que emitem as demais fontes de escopo 1 fora do BASIC. Comparado apenas quando os três totais de escopo são declarados, dentro da tolerância de totais; quando os registros do arquivo mostram tais remoções líquidas, a constatação não é emitida.
doc-t005-why = Um BASIC acima dos escopos que o compõem indica um total de escopo que deixa fontes de fora, ou um BASIC que conta uma fonte duas vezes.
doc-t005-example = BASIC 1 484 767 tCO2e ao lado de escopo 1 383 625, escopo 2 789 569 e escopo 3 21 146.7 (juntos, 1 194 340.7).
doc-t005-fix = Verifique qual total de escopo deixa fontes de fora, ou qual fonte BASIC é contada duas vezes.

doc-u001-title = Uma unidade de dado de atividade ou de fator de emissão que o ghgcheck não conhece
doc-u001-what = As quantidades de atividade são convertidas para uma unidade base por grandeza (GJ, m3, t, km) com os fatores exatos de `schemas/units.csv`, e as unidades de fator de emissão são lidas como massa por grandeza (`kg/TJ`, `gCO2e/MJ`); esta unidade não está na tabela.
doc-u001-why = A quantidade ou o fator não pode ser convertido para sua unidade base, então não pode ser comparado com a mesma atividade em outros inventários, e o revisor não consegue verificar se quantidade vezes fator resulta nas emissões declaradas.
doc-u001-example = `kwhh`, ou `units-kilograms`.
doc-u001-fix = Escreva uma unidade da tabela (a ajuda sugere as grafias mais próximas).

doc-u002-title = Uma massa de gás não pode ser ponderada: nenhum conjunto de GWP foi declarado
doc-u002-what = Um registro informa um gás como massa, e o inventário não declara nenhum conjunto de GWP para ponderá-lo.
doc-u002-why = O CO2 equivalente de um gás é sua massa vezes seu potencial de aquecimento global no conjunto de GWP do inventário (AR5: CH4 28); sem um conjunto declarado o CO2e é desconhecido e o gás não entra em nenhum total, de modo que os totais ficam baixos demais.
doc-u002-example = 1.2 t de CH4 em um inventário cuja célula `GWP set` está vazia: 33.6 tCO2e pelo AR5, mas nada diz que o AR5 se aplica.
doc-u002-fix = Declare o conjunto de GWP (aba Inventory, ou --gwp / um arquivo auxiliar), ou informe o gás em tCO2e.

doc-u003-title = O inventário não pode ser convertido para outro conjunto de GWP
doc-u003-what = `--gwp SET` converte os valores em CO2e do conjunto declarado para SET, o que exige cada gás separadamente; um registro que informa apenas um total em CO2e, ou HFCs/PFCs (misturas de gases), não pode ser reponderado.
doc-u003-why = Os valores do inventário permanecem no conjunto declarado, então compará-los com inventários convertidos para SET mistura conjuntos de GWP: só o CH4 pesa 25 no AR4 e 28 no AR5.
doc-u003-example = `--gwp AR6` em um inventário AR5 com um registro que informa apenas um total de 1200 tCO2e e nenhum gás.
doc-u003-fix = Informe CO2, CH4 e N2O separadamente (como massas ou em CO2e), ou compare os inventários em seus conjuntos declarados.

doc-u004-title = Os valores em CO2e foram convertidos para outro conjunto de GWP
doc-u004-what = `--gwp SET` pediu valores em SET; o inventário declarou outro conjunto, então o CO2e de cada gás foi reponderado (a partir de sua massa, ou pela razão entre os GWPs dos dois conjuntos) e os totais foram ajustados. O conjunto declarado é mantido ao lado (`declared_gwp_set`).
doc-u004-why = Os valores na saída já não são os que a cidade relatou; um revisor que os compare com o envio precisa saber que foram convertidos.
doc-u004-example = CH4 de 280 tCO2e em um inventário AR4, convertido com `--gwp AR5` para 280 × 28 / 25 = 313.6 tCO2e.
doc-u004-fix = Nada; isto é apenas informativo.

doc-u005-title = Uma grafia de unidade que pode significar duas unidades diferentes
doc-u005-what = Algumas grafias são lidas de um jeito, mas são usadas dos dois: o `MT` e o `mtCO2e` dos EUA significam toneladas métricas, enquanto o `Mt` do SI é uma megatonelada; um `therm` sem qualificação pode ser o therm dos EUA (105.4804 MJ) ou o therm da CE (105.506 MJ); um `gallon` sem qualificação pode ser o galão americano ou o imperial. O ghgcheck a lê como a constatação indica.
doc-u005-why = Se o arquivo quis dizer a outra unidade, todos os valores nessa unidade estão errados: por um fator de um milhão no caso de toneladas e megatoneladas, por cerca de 20 % no caso de galões americanos e imperiais.
doc-u005-example = `MTCO2e` na exportação de uma cidade dos EUA, lido como toneladas métricas de CO2e.
doc-u005-fix = Escreva a grafia sem ambiguidade (`t`, `therm (US)`, `gal (US)`).

doc-v001-title = Um valor negativo fora do subsetor terra de AFOLU
doc-v001-what = Emissões (o total de um registro, um gás em CO2e ou como massa, CO2 biogênico) e quantidades de atividade só podem ser negativas em V.2 (terra), e um total declarado só quando inclui V.2: escopo 1, BASIC+, o setor AFOLU ou a linha de terra, o inventário inteiro. Totais BASIC, de escopo 2 e 3 e totais de outros setores não podem. O total negativo de um registro é relatado uma única vez, e não novamente para cada um de seus gases.
doc-v001-why = Fora do uso da terra, emissões não podem ser negativas; um valor negativo é um sinal trocado ou uma compensação, um certificado de energia renovável ou uma emissão evitada descontados, que o GPC relata separadamente. Ele reduz todos os totais em que é contado.
doc-v001-example = Um total de energia estacionária de -50 tCO2e em I.1.1, ou um valor de -1 200 em `Waste > Wastewater` na eCRF_2.
doc-v001-fix = Corrija o sinal, ou mova as remoções para V.2 e relate compensações e certificados fora do inventário.

doc-v002-title = As emissões BASIC por habitante são implausíveis para a população da cidade
doc-v002-what = O BASIC (recalculado a partir dos registros, ou então conforme declarado) dividido pela população fica fora da faixa de 0.3 a 30 tCO2e por habitante (configurações `basic-per-capita-min` e `basic-per-capita-max`). A constatação aponta para o total BASIC declarado, ou para a população quando o BASIC foi recalculado. Quando registros acima do limite por registro explicam o desvio (o BASIC sem eles é plausível), a V003 os indica e o BASIC não é relatado novamente. Nada é avaliado sem população.
doc-v002-why = Os inventários municipais vão de menos de 0.5 a cerca de 25 tCO2e por habitante; um valor muito fora disso é, na maioria das vezes, um erro de unidade (kg digitado como t, t como kt), uma população na unidade errada, ou setores inteiros deixados de fora.
doc-v002-example = BASIC de 127 000 000 tCO2e para 254 000 habitantes: 500 t por habitante; lido como kg, são 0.5 t.
doc-v002-fix = Verifique as unidades das emissões e da população, e se todos os setores BASIC estão incluídos; a ajuda indica o erro provável.

doc-v003-title = Um único registro é implausivelmente grande para a população da cidade
doc-v003-what = As emissões de um registro divididas pela população excedem 30 tCO2e por habitante (configuração `record-per-capita-max`), mais do que a maioria das cidades inteiras emite. I.4.4 (geração fornecida à rede, que não entra em nenhum total BASIC) não é avaliado; nada é avaliado sem população. Quando o BASIC por habitante fica fora dos limites mesmo sem os registros grandes (uma população em milhares, todos os valores em kg), a V002 relata o inventário uma única vez e nenhum registro é relatado.
doc-v003-why = Um único valor tão grande é quase sempre um erro de unidade, kg digitado em uma coluna de tCO2e, e domina todos os totais em que é contado.
doc-v003-example = 45 000 000 tCO2e de transporte rodoviário (II.1.1) para 254 000 habitantes: 177 t por habitante; em kg, 0.177 t.
doc-v003-fix = Verifique a unidade do valor (e da população); a ajuda apresenta o valor lido como kg.

doc-x001-title = Texto onde se espera um número
doc-x001-what = Uma célula que deve conter um número contém um texto que não é um número. Números armazenados como texto são lidos, inclusive com separadores de milhar e vírgula decimal (`1.234,5`, `1 234,5`, `1'234.5`); `NA`, `N/A`, `-` e `Not Applicable` contam como vazios. Um valor de erro (`#DIV/0!`, `#REF!`), uma data ou TRUE/FALSE nessa célula também recebem este código; a mensagem diz o que foi encontrado.
doc-x001-why = O valor da célula fica fora de todos os totais, então falta ao inventário a quantidade que o texto representava.
doc-x001-example = `about 1200` ou `12 kt` em `CO2 (tCO2e)`.
doc-x001-fix = Informe apenas o número (no caso de um valor de erro, corrija a fórmula); se não houver valor, deixe a célula vazia e use uma chave de notação (NO, IE, NE, C) com uma explicação.

doc-x002-title = Linhas de um mesmo inventário divergem sobre uma informação
doc-x002-what = Na forma CSV do modelo, e em tabelas longas lidas por meio de um arquivo de mapeamento, cada linha de um inventário repete suas informações (cidade, país, ano, conjunto de GWP, nível do GPC, população); aqui uma linha declara um valor diferente do da primeira linha que o declara. Células em branco não são problema.
doc-x002-why = Um inventário tem um único valor para cada informação; o ghgcheck mantém o da primeira linha, que pode ser o errado, e as linhas podem na verdade pertencer a inventários diferentes.
doc-x002-example = População `250000` na primeira linha e `255000` na linha 40.
doc-x002-fix = Torne a informação idêntica em todas as linhas, ou divida o arquivo em um arquivo por inventário.

doc-x003-title = Uma unidade que o ghgcheck não conhece
doc-x003-what = Os valores são convertidos para toneladas de CO2 equivalente a partir da unidade que o arquivo declara; esta unidade não está na tabela de unidades do ghgcheck, ou não é uma massa de CO2e, e não pode ser convertida.
doc-x003-why = O valor dado nessa unidade é descartado, então a linha entra nos totais apenas pelos gases que informa separadamente, ou não entra de forma alguma.
doc-x003-example = `t CO2-eq/yr` onde se queria `t CO2e`, um erro de digitação como `tCO2r`, ou uma unidade de energia como `MWh`.
doc-x003-fix = Escreva uma das unidades suportadas (t CO2e, kg CO2e, kt CO2e, Mt CO2e) na coluna de unidade.

doc-x004-title = O que foi lido do arquivo e o que ficou de fora
doc-x004-what = Uma contagem das linhas lidas como registros e das linhas ignoradas, com o motivo.
doc-x004-why = As emissões de uma linha ignorada não estão em nenhum total; a contagem permite ao revisor confirmar que nada se perdeu silenciosamente.
doc-x004-example = A mensagem `eCRF_3: 164 rows read; 2 rows without values or notation key skipped`.
doc-x004-fix = Nada, a menos que linhas que você esperava ver lidas tenham sido ignoradas.

doc-x005-title = Linhas que dizem que a cidade não tem inventário são deixadas de fora
doc-x005-what = Tabelas com uma linha por cidade (dados abertos do CDP) também listam cidades que não relataram inventário, que têm um ainda em elaboração ou que não pretendem ter um; a regra `[skip]` de um mapeamento indica a coluna e as respostas que significam isso. Essas linhas não são inventários e são deixadas de fora, todas numa única constatação por arquivo que as conta e lista as primeiras linhas. Uma linha que declara um total é lida independentemente do que a coluna diga.
doc-x005-why = O número de inventários lidos é menor que o número de linhas; se uma linha de fato contém um inventário, suas emissões estão faltando no lote.
doc-x005-example = A mensagem `290 rows hold no inventory (City-wide Emissions Inventory does not say Yes) and were left out: rows 2, 3, 5, ...`.
doc-x005-fix = Nada, a menos que uma linha de fato contenha um inventário; nesse caso, corrija a coluna indicada pela constatação.

doc-x006-title = Um valor não tem unidade
doc-x006-what = Os valores são convertidos para toneladas de CO2 equivalente a partir da unidade declarada ao lado deles; um valor cuja célula de unidade está em branco não pode ser convertido, então não entra em nenhum total.
doc-x006-why = Um total deixado de fora silenciosamente faz o inventário parecer menor do que a cidade relatou: um total de escopo que cai de 2050.5 para 1800.5 t sem nenhum aviso é pior que um erro.
doc-x006-example = Uma linha de exportação do CityCatalyst com `250` em `Total Emissions` e a célula `Total Emission Units` vazia.
doc-x006-fix = Escreva a unidade do valor na célula indicada pela constatação (t CO2e, kg CO2e, kt CO2e ou Mt CO2e).

doc-x007-title = Um número cujo `,` ou `.` pode ser separador decimal ou separador de milhar
doc-x007-what = Em `254.000` ou `1,234`, o único separador é seguido de exatamente três dígitos: ele separa milhares em um arquivo que escreve decimais com o outro sinal, e é o separador decimal em um arquivo que os escreve com este. O ghgcheck decide com base nos outros números do arquivo escritos como texto (`12,5`, `1.234,5` ou `1.234.567` indicam vírgula decimal; `12.5`, `1,234.5` ou `1,234,567`, ponto decimal); quando eles não permitem decidir, o número é lido à maneira inglesa (`1,234` como 1234, `254.000` como 254) com este aviso.
doc-x007-why = Lido da maneira errada, o valor fica errado por um fator de mil: uma população de 254 000 lida como 254 torna todo valor per capita mil vezes maior do que deveria.
doc-x007-example = Uma população de `254.000` em um arquivo CSV cujos outros números são inteiros.
doc-x007-fix = Escreva o número sem separador de milhar (254000), ou informe-o em uma célula numérica.

doc-x008-title = O arquivo é um modelo em branco
doc-x008-what = O arquivo não indica cidade nem ano e não contém nenhum valor de emissão (nenhuma quantidade em nenhum registro, nenhum valor em nenhum total declarado): é um modelo tal como publicado, apenas com seus marcadores (`Please select`, campos `{"{{"}...{"}}"}`) e valores padrão pré-preenchidos. Todas as suas outras constatações diriam a mesma coisa célula por célula, então esta única constatação as substitui.
doc-x008-why = Um modelo em branco não é um inventário: arquivá-lo, ou revisar uma a uma suas dezenas de células faltantes, desperdiça o tempo de todos.
doc-x008-example = O modelo eCRF publicado `eCRF_Export_template.xlsx`, ou a pasta de trabalho gerada por `ghgcheck template`, devolvido sem alterações.
doc-x008-fix = Preencha o modelo (cidade, ano do inventário, emissões ou chaves de notação para cada célula do GPC) e verifique-o novamente.

doc-x009-title = Duas colunas têm o mesmo cabeçalho, e só a primeira é lida
doc-x009-what = Um cabeçalho que o leiaute lê (um gás, um total, uma referência do GPC, uma informação de um mapeamento) nomeia duas colunas da linha de cabeçalho; o ghgcheck lê a primeira, então os valores sob a segunda não são lidos de forma alguma.
doc-x009-why = Um cabeçalho repetido geralmente é um erro de digitação por cima do cabeçalho de outra coluna (`CO2` escrito sobre a coluna `CH4`): os valores dessa coluna se perdem, ou são lidos como o gás errado por quem abrir o arquivo em seguida.
doc-x009-example = Uma exportação do CityCatalyst cuja linha de cabeçalho traz `CO2 Emissions` nas colunas N e O.
doc-x009-fix = Corrija o cabeçalho da segunda coluna (ou remova a coluna, se for uma cópia).

doc-x010-title = Uma linha do CSV tem mais ou menos campos que a tabela
doc-x010-what = As linhas da tabela têm um número de campos (o que a maioria das linhas tem); esta linha tem mais ou menos, então, a partir da célula indicada, seus valores podem estar sob os cabeçalhos errados.
doc-x010-why = Um campo perdido ou acrescentado (uma vírgula dentro de um número sem aspas, como 1,234, uma célula dividida em duas) desloca todos os valores seguintes para a próxima coluna: um valor de CO2 lido como CH4, uma unidade lida como quantidade.
doc-x010-example = `I.1.1,Residential,1,234.5,t CO2e` em uma tabela de quatro colunas: a vírgula de milhar faz cinco.
doc-x010-fix = Coloque entre aspas a célula que contém o delimitador ("1,234.5"), ou remova o campo a mais ou restaure o que falta, e exporte a tabela novamente.

doc-x011-title = Linhas em branco dentro de uma tabela CSV
doc-x011-what = Há linhas em branco entre a primeira e a última linha da tabela. Elas são ignoradas; esta nota indica onde estão, uma vez por arquivo.
doc-x011-why = Uma linha em branco no meio dos dados muitas vezes indica linhas excluídas à mão ou duas tabelas coladas juntas; as linhas depois dela podem pertencer a outra tabela.
doc-x011-example = Uma exportação em que as linhas 12 e 13 estão vazias entre as linhas de energia estacionária e as de transporte.
doc-x011-fix = Nada, se as linhas ao redor pertencem ao mesmo conjunto; caso contrário, divida o arquivo ou exclua as linhas que não fazem parte do inventário.

doc-y001-title = O período do inventário não abrange 12 meses
doc-y001-what = O inventário declara o primeiro e o último dia do seu período, e o período é mais de uma semana mais curto ou mais longo que 12 meses (até 18 meses; os mais longos são Y002). Anos civis e anos fiscais são aceitos (2019-07-01 - 2020-06-30), assim como um fim no aniversário do início (2019-01-01 - 2020-01-01, a forma usada pelo CDP).
doc-y001-why = O GPC pede um único período contínuo de 12 meses: as emissões de um período mais curto ou mais longo não são as de um ano e não podem ser comparadas com outros anos ou cidades.
doc-y001-example = `2016-01-01 - 2016-01-12` em uma célula `Accounting Year` do CDP: 12 dias.
doc-y001-fix = Corrija as datas do período, ou ajuste o inventário a um período de 12 meses e declare esse período.

doc-y002-title = O período do inventário se estende por vários anos
doc-y002-what = O período do inventário é mais longo que 18 meses. O inventário é arquivado sob o ano em que o período termina.
doc-y002-why = Um inventário abrange um ano: um período de vários anos geralmente é um intervalo do ano de referência até o atual digitado no lugar do ano contábil, ou emissões somadas ao longo de vários anos, e em ambos os casos os valores não são as emissões da cidade no ano sob o qual são arquivados.
doc-y002-example = `2008-01-01 - 2016-01-01` como ano contábil de uma linha do CDP.
doc-y002-fix = Declare o período de 12 meses que o inventário abrange.

doc-y003-title = O ano ou período do inventário ainda não terminou
doc-y003-what = O ano do inventário é posterior ao ano atual, ou o período do inventário (seu fim declarado, senão 31 de dezembro do seu ano) termina depois de hoje (a data da máquina que executa o ghgcheck, em UTC).
doc-y003-why = As emissões de um ano que ainda não terminou não podem ter sido medidas: o ano foi digitado errado (2032 em vez de 2023) ou os valores são uma projeção arquivada como inventário.
doc-y003-example = Um ano de inventário 2099.
doc-y003-fix = Escreva o ano em que as emissões foram medidas; arquive projeções como metas ou cenários, não como inventário.

doc-y004-title = O inventário foi relatado muito depois do seu ano
doc-y004-what = O ano em que o inventário foi relatado (declarado como ano de relato, como o `Year Reported to CDP` do CDP, ou então o ano da data de envio) é mais de `max-reporting-lag-years` (3) anos posterior ao ano do inventário. Não gera constatação quando o ano de relato não é conhecido.
doc-y004-why = Um inventário antigo relatado como atual induz a erro toda comparação e tendência construída sobre o ano em que foi relatado; as redes pedem um inventário com no máximo alguns anos.
doc-y004-example = Uma linha do CDP de 2016 cujo `Measurement Year` é 2005: 11 anos.
doc-y004-fix = Relate um inventário recente, ou explique por que o mais recente é tão antigo; o limite é definido com `max-reporting-lag-years` em `[rules.options]`.

doc-y005-title = O valor da população é de um ano distante do ano do inventário
doc-y005-what = O ano da população é mais de `population-year-window` (5) anos anterior ou posterior ao ano do inventário.
doc-y005-why = As emissões per capita dividem o inventário pela população: um censo dez anos mais antigo que o inventário, em uma cidade em crescimento, as superestima.
doc-y005-example = Um inventário de 2018 com a população de 2010.
doc-y005-fix = Escreva a população do ano do inventário (ou a estimativa mais próxima) e o ano correspondente; a janela é definida com `population-year-window` em `[rules.options]`.

doc-y006-title = Anos de inventário foram lidos a partir de períodos ou anos fiscais
doc-y006-what = Uma tabela escreve os anos de inventário como períodos (`2013-2014`, `2013 Apr - 2014 Mar`, `01 July 2015-30 June 2016`) ou anos fiscais (`FY2016`), e cada um é lido como um único ano: um período é relatado sob o ano em que termina, e `FY<year>` é o ano fiscal que termina nesse ano. As datas do período são mantidas quando escritas. Uma única constatação por arquivo, na primeira dessas células, lista as demais.
doc-y006-why = Redes e cidades nomeiam um ano fiscal pelo seu início ou pelo seu fim; lido da outra maneira, um inventário fica deslocado em um ano, ao lado do ano civil de outra cidade ou do seu próprio inventário anterior.
doc-y006-example = `01 July 2015-30 June 2016` é lido como 2016; `FY2016`, como 2016.
doc-y006-fix = Nada, se a convenção se confirmar; se a tabela nomeia os períodos pelo seu início, escreva apenas o ano na célula.
