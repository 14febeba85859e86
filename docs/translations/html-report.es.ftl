## Informe HTML (src/report/html/): las palabras fijas de report.html
## (to append at the end of src/report/messages/es.ftl when this branch
## meets the languages work; same ids, order and arguments as en.ftl)

html-title = Informe de ghgcheck
html-footer = Escrito por ghgcheck { $version }. La sección de cada inventario muestra los primeros hallazgos de cada código; los informes JSON, CSV y SARIF los listan todos.
html-summary = Resumen
html-stat-files = { $count ->
        [one] archivo
       *[other] archivos
    }
html-stat-unreadable = { $count ->
        [one] archivo no se pudo leer
       *[other] archivos no se pudieron leer
    }
html-stat-inventories = { $count ->
        [one] inventario
       *[other] inventarios
    }
html-stat-valid = válidos
html-stat-invalid = inválidos
html-stat-errors = { $count ->
        [one] error
       *[other] errores
    }
html-stat-warnings = { $count ->
        [one] advertencia
       *[other] advertencias
    }
html-stat-infos = información
html-by-code = Hallazgos por código
html-no-findings = Ningún hallazgo.
html-col-code = Código
html-col-severity = Gravedad
html-col-rule = Regla
html-col-findings = Hallazgos
html-col-inventories = Inventarios o archivos
html-col-file = Archivo
html-col-city = Ciudad
html-col-year = Año
html-col-cell = Celda
html-col-inventory = Inventario
html-col-message = Hallazgo
html-col-help = Cómo corregirlo
html-severity-error = error
html-severity-warning = advertencia
html-severity-info = información
html-matrix = Qué inventarios fallan qué reglas
html-matrix-intro = Una fila por inventario con errores o advertencias (y por archivo con hallazgos propios), una columna por código; cada celda cuenta hallazgos, en rojo los errores y en ámbar las advertencias. Siga el nombre del archivo hasta los hallazgos del inventario.
html-matrix-none = Ningún inventario tiene errores ni advertencias.
html-matrix-rest = { $count ->
        [one] Otro inventario no tiene
       *[other] Otros { $count } inventarios no tienen
    } ningún error ni advertencia.
html-whole-file = el archivo en su conjunto
html-batch-heading = Hallazgos sobre el lote
html-unreadable-heading = Archivos que no se pudieron leer
html-files-heading = Archivos e inventarios
html-file-findings = Hallazgos sobre el archivo en su conjunto
html-no-inventory = No se encontró ningún inventario en este archivo.
html-status-valid = válido
html-status-invalid = inválido
html-status-unreadable = ilegible
html-city-unknown = ciudad sin nombre
html-counts = { $errors ->
        [one] 1 error
       *[other] { $errors } errores
    }, { $warnings ->
        [one] 1 advertencia
       *[other] { $warnings } advertencias
    }, { $infos } información
html-more = +{ $count } { $code } más sin mostrar
html-by-sector = Emisiones por sector y alcance, recalculadas (tCO2e)
html-col-sector = Sector
html-col-scope1 = Alcance 1
html-col-scope2 = Alcance 2
html-col-scope3 = Alcance 3
html-col-all-scopes = Todos los alcances
html-reported-short = declarado
html-totals = Totales (tCO2e)
html-row-basic = BASIC
html-row-basic-plus = BASIC+
html-col-recomputed = Recalculado
html-col-reported = Declarado
html-col-difference = Diferencia
html-totals-note = Recalculado a partir de los registros; ≠ marca un valor declarado que difiere en más de { $percent } % o { $tonnes } t.
html-chart = Emisiones por sector, todos los alcances (tCO2e)
html-budget = Esta página muestra { $shown } hallazgos completos; después, los hallazgos de cada inventario solo se cuentan por código («+N»). Todos están en los informes JSON, CSV y SARIF.
html-omitted = { $count ->
        [one] 1 inventario no tiene
       *[other] { $count } inventarios no tienen
    } sección en esta página, para que abra rápido: la tabla de inventarios y reglas cuenta sus hallazgos, y el informe JSON y los conjuntos de datos (--out) los contienen todos.
