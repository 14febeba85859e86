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
