## Mensajes de ghgcheck en español: una entrada por cada id de mensaje que
## llevan los hallazgos (`Finding::new(code, id)`), escrita con los argumentos
## con nombre del hallazgo. Los textos de ayuda (cómo corregirlo) son mensajes
## propios, por convención `<id>-help`.

## El flujo de procesamiento (src/pipeline.rs)

r099-internal-error = ghgcheck falló inesperadamente con este archivo
r099-internal-error-help = el resto del lote se revisó; reporte este archivo a los mantenedores de ghgcheck

## Reglas del lote

b001-same-city-and-year = { $city } { $year } en { $file } ({ $id }) también está en { $first_file } ({ $first_id }), con los mismos totales
b001-same-city-and-year-no-totals = { $city } { $year } en { $file } ({ $id }) también está en { $first_file } ({ $first_id }); ningún total está declarado en ambos, así que no se compararon
b001-same-city-and-year-help = conserve solo uno de los dos archivos en el lote, salvo que ambos deban estar ahí
b002-totals-differ = { $city } { $year } en { $file } ({ $id }) también está en { $first_file } ({ $first_id }), pero sus totales difieren: { $total } { $here } tCO2e en este, { $there } tCO2e en el otro
b002-totals-differ-help = averigüe cuál archivo es el vigente y quite el otro del lote

## Reglas (src/rules)

f001-country-missing = no se indica el país
f001-country-missing-help = escriba el código de dos letras ISO 3166-1 del país
f001-population-missing = no se indica la población
f001-population-missing-help = escriba la población residente dentro del límite de la ciudad en el año del inventario
f001-gwp-set-missing = no se indica el conjunto de GWP
f001-gwp-set-missing-help = escriba el informe de evaluación del IPCC cuyos valores de GWP se usaron: SAR, AR4, AR5 o AR6
f001-gpc-level-missing = no se indica el nivel de reporte GPC
f001-gpc-level-missing-help = escriba basic o basic-plus
f001-boundary-missing = no se indica el límite geográfico
f001-boundary-missing-help = describa el límite, p. ej. límite administrativo del municipio
f005-facts-have-no-place = este formato no tiene lugar para { $count ->
        [one] este dato
       *[other] estos datos
    }: { $facts } ({ $inventories ->
        [one] 1 inventario carece
       *[other] { $inventories } inventarios carecen
    } { $count ->
        [one] de él
       *[other] de ellos
    })
f005-facts-have-no-place-help = un archivo complementario <archivo>.ghgcheck.toml junto al archivo puede dar `country = "<ISO code>"`, `gwp = "<SAR|AR4|AR5|AR6>"` y `gpc_level = "<basic|basic-plus>"` para cada inventario que contenga (o use --country y --gwp); la población y el límite solo pueden venir con el propio envío, p. ej. en la plantilla de ghgcheck (`ghgcheck template`)

g002-scope-mismatch = { $cell } es una celda de alcance { $cell_scope }, pero el registro indica alcance { $scope }
g002-scope-mismatch-help = escriba alcance { $cell_scope } o mueva las emisiones a la celda GPC de alcance { $scope }

n002-notation-key-unexplained = la clave de notación { $key } no tiene explicación
n002-explain-ie-help = indique la celda GPC en la que están incluidas estas emisiones, p. ej. `included in I.2.1`
n002-explain-ne-help = indique por qué no se estimaron las emisiones (sin datos, no significativas, ...)
n002-explain-no-help = indique por qué la actividad no ocurre en la ciudad
n002-explain-c-help = indique por qué la cifra es confidencial y dónde está agregada, si lo está
n003-value-with-notation-key = el registro tiene la clave de notación { $key } y también emisiones de { $amount } tCO2e
n003-value-with-notation-key-help = quite la clave si la cifra es correcta, o quite las cifras si lo es la clave
n004-ie-place-not-named = IE no indica dónde están incluidas las emisiones
n004-ie-place-not-named-help = escriba la celda GPC que las contiene junto a la clave, p. ej. `IE (I.1.1)`, o en su explicación, p. ej. `included in I.1.1`
n005-ie-place-holds-no-value = IE indica que las emisiones están incluidas en { $place }, pero ningún registro allí declara una cantidad
n005-ie-place-holds-no-value-help = ingrese las emisiones en { $place }, o corrija el lugar indicado junto a la clave, o use la clave que corresponda (NE, NO)
n006-key-in-no-gpc-cell = la clave de notación { $key } está donde el GPC no tiene celda: { $label }, alcance { $scope }
n006-key-in-no-gpc-cell-help = vacíe la celda, o mueva la clave a la columna que le corresponde

t001-total-differs-from-gases = el total { $total } tCO2e difiere de la suma de sus gases, { $sum } tCO2e
t001-total-differs-from-gases-help = revise las unidades del total y de cada columna de gas, y que todos los gases estén en el total
t002-total-differs-from-records = `{ $total }` declara { $stated } tCO2e, pero { $records ->
        [one] el registro que abarca ({ $cells }) contiene
       *[other] los { $records } registros que abarca ({ $cells }) suman
    } { $recomputed } tCO2e, una diferencia de { $difference } tCO2e
t002-total-but-records-state-keys = `{ $total }` declara { $stated } tCO2e, pero { $records ->
        [one] el registro que abarca ({ $cells }) declara
       *[other] los { $records } registros que abarca ({ $cells }) declaran
    } solo una clave de notación y ninguna cantidad
t002-key-but-records-hold-amounts = `{ $total }` es { $key }, pero { $records ->
        [one] el registro que abarca ({ $cells }) contiene
       *[other] los { $records } registros que abarca ({ $cells }) suman
    } { $recomputed } tCO2e
t002-counts-energy-generation-help = la diferencia son las { $counted } tCO2e de energía suministrada a la red generada en la ciudad (I.4.4), que cuentan en el alcance 1 pero en ningún total BASIC ni BASIC+: réstelas del total declarado
t002-counts-biogenic-co2-help = la diferencia son las { $counted } t de CO2 biogénico de los registros, que el GPC reporta junto a los totales, nunca dentro de ellos: réstelas del total declarado
t002-total-differs-from-records-help = corrija el total o el registro que esté mal; los totales coinciden si la diferencia está dentro de la tolerancia de totales (`[rules.options]`, 0.5 % o 1 t por defecto)
t003-subtotal-differs-from-parts = `{ $total }` declara { $stated } tCO2e, pero { $parts ->
        [one] su fila ({ $cells }) indica
       *[other] sus { $parts } filas ({ $cells }) suman
    } { $sum } tCO2e, una diferencia de { $difference } tCO2e
t003-key-but-parts-hold-amounts = `{ $total }` es { $key }, pero { $parts ->
        [one] su fila ({ $cells }) indica
       *[other] sus { $parts } filas ({ $cells }) suman
    } { $sum } tCO2e
t003-subtotal-differs-from-parts-help = haga que el total sea la suma de sus filas, o corrija la fila que esté mal
t004-basic-plus-below-basic = BASIC+ es { $basic_plus } tCO2e, { $difference } tCO2e por debajo de BASIC ({ $basic } tCO2e), al que contiene
t004-basic-plus-zero = BASIC+ es 0 tCO2e, por debajo de BASIC ({ $basic } tCO2e), al que contiene
t004-basic-plus-below-basic-help = deje BASIC+ vacío si no se calculó; solo las absorciones de la tierra (V.2) mayores que las fuentes de IPPU, AFOLU y alcance 3 lo hacen menor que BASIC
t005-basic-above-scopes = BASIC es { $basic } tCO2e, { $difference } tCO2e por encima de alcance 1 + 2 + 3 ({ $scope1 } + { $scope2 } + { $scope3 } = { $scopes } tCO2e), de los que se compone
t005-basic-above-scopes-help = revise qué total de alcance omite fuentes, o qué fuente BASIC se cuenta dos veces; solo las absorciones de la tierra (V.2) en el alcance 1 pueden hacer que BASIC sea mayor
g003-ref-conflicts-with-labels = la fila indica { $stated }, pero `{ $label }` en alcance { $scope } es { $implied }
g003-ref-conflicts-with-label = la fila indica { $stated }, pero `{ $label }` es { $implied }
g003-ref-conflicts = la fila indica { $stated }, pero sus etiquetas apuntan a { $implied }
g003-ref-conflicts-with-labels-help = si las etiquetas son correctas, escriba { $implied }; si no, corrija las palabras de sector o de alcance
g006-crf-only-row = `{ $label }` es una fila sin celda GPC; no cuenta en ningún total GPC

## Integridad, signos, magnitud, duplicados (src/rules/completeness.rs,
## signs.rs, magnitude.rs, duplicates.rs)

c001-cell-blank = la celda { $cell_level } { $cell } ({ $sub_sector }, alcance { $scope }) está vacía: un inventario { $level } necesita sus emisiones o una clave de notación
c001-cell-blank-help = escriba las emisiones de { $cell }, o una clave de notación con su explicación: NO si la actividad no ocurre, IE si se cuenta en otra celda, NE si no se estimó
c001-cell-no-row = la celda { $cell_level } { $cell } ({ $sub_sector }, alcance { $scope }) no está en el archivo: un inventario { $level } necesita sus emisiones o una clave de notación
c001-cell-no-row-help = agregue una fila para { $cell } después del último registro, con sus emisiones o una clave de notación (NO, IE, NE o C) y una explicación
c001-cells-no-row = { $count } celdas que necesita un inventario { $level } no están en el archivo: { $cells }; cada una necesita sus emisiones o una clave de notación
c001-cells-no-row-help = agregue una fila para cada una de ellas después del último registro, con sus emisiones o una clave de notación (NO, IE, NE o C) y una explicación
c001-cells-no-record = { $count } celdas que necesita un inventario { $level } no tienen registro: { $cells }; cada una necesita sus emisiones o una clave de notación
c001-cells-no-record-help = agregue un registro para cada una de ellas con sus emisiones o una clave de notación (NO, IE, NE o C) y una explicación
c001-cell-no-record = la celda { $cell_level } { $cell } ({ $sub_sector }, alcance { $scope }) no tiene registro: un inventario { $level } necesita sus emisiones o una clave de notación
c001-cell-no-record-help = agregue un registro para { $cell } con sus emisiones o una clave de notación (NO, IE, NE o C) y una explicación
c001-territorial-cell-blank = la celda territorial { $cell } ({ $sub_sector }, alcance 1) está vacía, pero el total declarado de alcance 1 la abarca: necesita sus emisiones o una clave de notación
c001-territorial-cells-no-row = { $count ->
        [one] 1 celda territorial no está
       *[other] { $count } celdas territoriales no están
    } en el archivo, pero el total declarado de alcance 1 abarca { $cells }; cada una necesita sus emisiones o una clave de notación
c002-activity-without-emissions = `{ $activity }` tiene { $amount } { $unit } como dato de actividad, pero no tiene emisiones ni clave de notación
c002-activity-without-emissions-no-unit = `{ $activity }` tiene una cantidad de actividad de { $amount }, pero no tiene emisiones ni clave de notación
c002-unlabelled-activity-without-emissions = el registro tiene { $amount } { $unit } como dato de actividad, pero no tiene emisiones ni clave de notación
c002-unlabelled-activity-without-emissions-no-unit = el registro tiene una cantidad de actividad de { $amount }, pero no tiene emisiones ni clave de notación
c002-activity-without-emissions-help = escriba las emisiones calculadas a partir de ese dato (actividad × factor de emisión), o la clave de notación NE con una explicación si no se estimaron
d001-duplicate-record = este registro repite el de { $first } ({ $cell }, `{ $activity }`): el archivo lo contiene { $times ->
        [2] dos veces
       *[other] { $times } veces
    }, así que todo total en el que cuenta queda inflado
d001-duplicate-record-no-activity = este registro repite el de { $first } ({ $cell }): el archivo lo contiene { $times ->
        [2] dos veces
       *[other] { $times } veces
    }, así que todo total en el que cuenta queda inflado
d001-duplicate-unnamed-record = este registro repite el de { $first }: el archivo lo contiene { $times ->
        [2] dos veces
       *[other] { $times } veces
    }, así que todo total en el que cuenta queda inflado
d001-duplicate-record-help = elimine las filas repetidas; si dos fuentes realmente emiten la misma cantidad, distíngalas en la actividad, su descripción o su fuente
v001-negative-total = el total es negativo ({ $value } tCO2e); solo la tierra de AFOLU (V.2) puede tener emisiones negativas
v001-negative-gas = { $gas } es negativo ({ $value } tCO2e); solo la tierra de AFOLU (V.2) puede tener emisiones negativas
v001-negative-gas-mass = la masa de { $gas } es negativa ({ $value } t); solo la tierra de AFOLU (V.2) puede tener emisiones negativas
v001-negative-biogenic-co2 = el CO2 biogénico es negativo ({ $value } t); solo la tierra de AFOLU (V.2) puede tener emisiones negativas
v001-negative-activity = la cantidad de actividad es negativa ({ $value }); los datos de actividad no pueden ser negativos fuera de la tierra de AFOLU (V.2)
v001-negative-value-help = revise el signo; las absorciones van en V.2, y las compensaciones, los certificados y las emisiones evitadas se reportan fuera del inventario
v001-negative-stated-total = el total declarado `{ $label }` es negativo ({ $value } { $unit }); solo pueden ser negativos los totales que incluyen la tierra de AFOLU (V.2)
v001-negative-unlabelled-total = un total declarado es negativo ({ $value } { $unit }); solo pueden ser negativos los totales que incluyen la tierra de AFOLU (V.2)
v001-negative-stated-total-help = revise el signo: los totales BASIC, de alcance 2 y 3 y los de sectores distintos de AFOLU no pueden ser negativos
v002-basic-per-capita-high = las emisiones BASIC de { $basic } tCO2e son { $per_capita } t por habitante para { $population } habitantes, por encima del máximo plausible de { $bound } t
v002-basic-per-capita-low = las emisiones BASIC de { $basic } tCO2e son { $per_capita } t por habitante para { $population } habitantes, por debajo del mínimo plausible de { $bound } t
v002-looks-like-kg-help = parecen kg, o una población en miles: × 0.001 da { $corrected } t por habitante; revise las unidades de las cifras de emisiones y de la población
v002-looks-like-kt-help = si las cifras están en kt, o la población es mil veces mayor de lo debido, × 1000 da { $corrected } t por habitante; si no, compruebe que estén incluidos todos los sectores BASIC
v002-basic-per-capita-low-help = compruebe que estén incluidos todos los sectores BASIC y que la población sea el número de habitantes dentro del límite
v002-basic-per-capita-high-help = revise las unidades de las cifras más grandes, y que la población sea el número de habitantes, no de miles de habitantes
v003-record-per-capita-high = { $amount } tCO2e en un solo registro son { $per_capita } t por habitante para { $population } habitantes, por encima del máximo plausible de { $bound } t para un registro
v003-looks-like-kg-help = parecen kg: × 0.001 da { $corrected } t por habitante; revise la unidad de esta cifra
v003-record-per-capita-high-help = revise la unidad de esta cifra y la población

## Ponderación a CO2e y conversión (src/normalize/co2e.rs)

u002-set-lacks-gas = { $mass } t de { $gas } no tienen CO2e: { $set } no da un GWP para { $gas }
u002-set-lacks-gas-help = indique { $gas } en tCO2e, o declare un conjunto que lo incluya
u002-no-gwp-set = { $mass } t de { $gas } no tienen CO2e: el inventario no declara ningún conjunto de GWP
u002-no-gwp-set-help = indique el conjunto de GWP (SAR, AR4, AR5 o AR6), p. ej. con --gwp AR5
u003-mixtures = las cifras quedan en { $from }: el registro { $record ->
        [none] sin referencia GPC
       *[other] { $record }
    } contiene HFC o PFC, mezclas que ningún GWP único puede reponderar
u003-gas-not-in-wanted-set = las cifras quedan en { $from }: el registro { $record ->
        [none] sin referencia GPC
       *[other] { $record }
    } da { $gas }, para el que { $to } no tiene GWP
u003-gas-not-in-declared-set = las cifras quedan en { $from }: el registro { $record ->
        [none] sin referencia GPC
       *[other] { $record }
    } da { $gas } en CO2e, y { $from } no tiene un GWP con el que reponderarlo
u003-only-a-total = las cifras quedan en { $from }: el registro { $record ->
        [none] sin referencia GPC
       *[other] { $record }
    } da solo un total en CO2e, no sus gases
u003-gases-do-not-add-up = las cifras quedan en { $from }: el registro { $record ->
        [none] sin referencia GPC
       *[other] { $record }
    } tiene un total de { $total } tCO2e que sus gases ({ $sum }) no suman
u003-restatement-impossible-help = indique CO2, CH4 y N2O por separado para permitir la conversión a { $to }
u004-gwp-restated = cifras de CO2e convertidas de { $from } a { $to }

## Unidades de datos de actividad y factores de emisión (src/normalize/unit_check.rs)

u001-unknown-activity-unit = la unidad de actividad `{ $unit }` no está en la tabla de unidades
u001-unknown-activity-unit-help = escriba una unidad de la tabla de schemas/units.csv, p. ej. kWh, GJ, m3, L, t, km
u001-did-you-mean-help = ¿quiso decir { $suggestions }?
u001-unknown-factor-unit = la unidad de factor de emisión `{ $unit }` no es una masa por cantidad que ghgcheck conozca
u001-unknown-factor-unit-help = escríbala como masa (o masa de CO2e) por energía, volumen, masa o distancia, p. ej. kg/TJ, gCO2e/MJ, tCO2e/MWh
u005-ambiguous-unit-read-as = la unidad `{ $unit }` es ambigua; se lee como { $read_as }
u005-ambiguous-factor-unit = la unidad `{ $unit }` es ambigua; se lee como la unidad
u005-ambiguous-unit-help = { $why }; escriba la forma no ambigua

## Formatos: lectura de celdas (layout/builder.rs, layout/refs.rs, layout/header.rs, layout/mod.rs)

x001-text-in-number-cell = `{ $field }` debe ser un número; se encontró { $found ->
        [error] un valor de error { $found_value }
        [date] una fecha { $found_value }
        [boolean] un booleano { $found_value }
        [number] un número
       *[text] texto
    }
x001-text-in-number-cell-help = ingrese solo el número (sin unidades ni palabras); si falta un valor, deje la celda vacía y use una clave de notación (NO, IE, NE, C) con una explicación
x001-error-value-help = la fórmula de la celda falla: corrija la fórmula o las celdas que usa, o ingrese directamente el número
x001-date-cell-help = la celda tiene formato de fecha: cámbiele el formato a número y vuelva a ingresar la cantidad
s005-not-a-date-cell = `{ $field }` debe ser una fecha; se encontró { $found ->
        [error] un valor de error { $found_value }
        [date] una fecha { $found_value }
        [boolean] un booleano { $found_value }
        [number] un número
       *[text] texto
    }
s005-not-a-date-cell-help = escriba la fecha como AAAA-MM-DD, p. ej. 2023-12-31, o ingrésela como fecha de hoja de cálculo
x007-ambiguous-number = `{ $field }` `{ $value }` se lee como { $reading }, pero significa { $comma_reading } si `,` es el separador decimal; los demás números del archivo no indican cuál usa
x007-ambiguous-number-help = escriba el número sin separador de miles ({ $as_thousands } o { $as_decimal }), o ingréselo en una celda numérica
g005-ref-normalised = `{ $value }` se lee como la referencia GPC { $gpc_ref }
g005-ref-normalised-help = escriba { $gpc_ref }
r007-sheet-lacks-column = la hoja '{ $sheet }' no tiene la columna `{ $column }`
r007-header-row-lacks-column = la fila de encabezado no tiene la columna `{ $column }`
r007-lacks-column-help = restaure el encabezado de columna `{ $column }` exactamente como en la plantilla (`ghgcheck template`)
r009-unknown-table = ghgcheck no reconoce este formato: se encontró una tabla con los encabezados { $headers }
r009-unknown-workbook = ghgcheck no reconoce este formato: se encontraron las hojas { $sheets }
r009-not-an-inventory-document = el documento JSON no es un inventario: no tiene ninguna de las claves de schemas/inventory.schema.json (city, inventory, emissions, ...); se encontró { $found }
r009-not-an-inventory-document-help = un envío JSON sigue el esquema de inventario (`ghgcheck schema`); deje los archivos de resumen o de índice fuera del lote con --exclude
r009-unknown-layout-help = complete la plantilla de ghgcheck (`ghgcheck template -o inventory.xlsx`) y envíe esa

## Formatos: exportaciones de CityCatalyst (layout/citycatalyst.rs)

x004-rows-read = { $rows } { $rows ->
        [one] fila leída
       *[other] filas leídas
    }
x004-rows-read-unused-columns = { $rows } { $rows ->
        [one] fila leída
       *[other] filas leídas
    }; columnas no usadas: { $columns }
x004-rows-read-with-subtotals = { $rows } { $rows ->
        [one] fila leída
       *[other] filas leídas
    }, { $subtotals } de ellas { $subtotals ->
        [one] una fila de subtotal
       *[other] filas de subtotal
    } (un sector o subsector GPC, leído como total declarado)
x004-rows-read-with-subtotals-unused-columns = { $rows } { $rows ->
        [one] fila leída
       *[other] filas leídas
    }, { $subtotals } de ellas { $subtotals ->
        [one] una fila de subtotal
       *[other] filas de subtotal
    } (un sector o subsector GPC, leído como total declarado); columnas no usadas: { $columns }
u005-ambiguous-total-unit = la unidad `{ $unit }` es ambigua; se lee como { $read_as }
u005-ambiguous-total-unit-help = { $why }; escriba la forma no ambigua
x003-total-unit-not-co2e = la unidad `{ $unit }` del total es una unidad de { $dimension }, no de masa de CO2e
x003-total-unit-unknown = la unidad `{ $unit }` del total es desconocida
x003-total-unit-help = escriba t CO2e (o kg CO2e) como unidad de Total Emissions
x003-total-unit-suggestion-help = ¿quiso decir { $suggestions }? Total Emissions debe ser una masa de CO2e, p. ej. t CO2e
x006-amount-without-unit = `{ $column }` { $amount } no tiene unidad, así que no cuenta en ningún total
x006-amount-without-unit-help = escriba la unidad de `{ $column }` en esta celda, p. ej. t CO2e (o kg CO2e)

## Formatos: datos de fuera del archivo (layout/facts.rs)

f002-fact-from-file-name = { $fact } `{ $value }` tomado del nombre del archivo
f002-fact-from-file-name-help = si es incorrecto, cambie el nombre del archivo o use --city, --country o --year
f002-city-from-un-locode = nombre de ciudad `{ $value }` tomado del UN/LOCODE `{ $code }` del nombre del archivo
f002-city-from-un-locode-help = el nombre está escrito como en la lista UN/LOCODE; si no es el de la ciudad, use --city o cambie el nombre del archivo
f002-country-from-un-locode = país `{ $value }` tomado del UN/LOCODE `{ $code }` del nombre del archivo
f002-unknown-un-locode = nombre de ciudad `{ $value }` tomado del nombre del archivo: el UN/LOCODE `{ $code }` no está en la tabla UN/LOCODE de ghgcheck, así que el código reemplaza al nombre
f002-unknown-un-locode-help = use --city con el nombre de la ciudad (o escriba `city = "..."` en un archivo complementario), o cambie el nombre del archivo si el código está mal escrito
f003-fact-from-sidecar = { $fact } `{ $value }` tomado de { $sidecar }
f003-fact-from-sidecar-help = edite el archivo complementario si el valor es incorrecto
f003-fact-from-command-line = { $fact } `{ $value }` tomado de la línea de comandos
f003-fact-from-command-line-help = revise el valor pasado en la línea de comandos
f004-sidecar-unreadable-at-line = no se puede leer el archivo complementario { $file } (línea { $line }): { $reason }
f004-sidecar-unreadable = no se puede leer el archivo complementario { $file }: { $reason }
f004-sidecar-help = el archivo complementario contiene solo líneas `city = "..."`, `country = "<ISO code>"`, `year = <year>`, `gwp = "<set>"` y `gpc_level = "<level>"`

## Formatos: libros eCRF del GCoM (layout/ecrf/)

r006-ecrf-lacks-sheet = el libro eCRF no tiene la hoja '{ $sheet }'
r006-ecrf-lacks-sheet-help = restaure la hoja '{ $sheet }' desde la plantilla eCRF, con su nombre original
x004-activity-rows-read = { $sheet }: { $rows } { $rows ->
        [one] fila de actividad leída
       *[other] filas de actividad leídas
    }
x004-activity-rows-read-skipped = { $sheet }: { $rows } { $rows ->
        [one] fila de actividad leída
       *[other] filas de actividad leídas
    }; { $skipped } { $skipped ->
        [one] fila omitida por no tener valores ni clave de notación
       *[other] filas omitidas por no tener valores ni clave de notación
    }
x004-activity-rows-read-placeholders = { $sheet }: { $rows } { $rows ->
        [one] fila de actividad leída
       *[other] filas de actividad leídas
    }; { $placeholders } { $placeholders ->
        [one] fila de relleno omitida, para una celda que el GPC no tiene
       *[other] filas de relleno omitidas, para celdas que el GPC no tiene
    }
x004-activity-rows-read-skipped-placeholders = { $sheet }: { $rows } { $rows ->
        [one] fila de actividad leída
       *[other] filas de actividad leídas
    }; { $skipped } { $skipped ->
        [one] fila omitida por no tener valores ni clave de notación
       *[other] filas omitidas por no tener valores ni clave de notación
    }; { $placeholders } { $placeholders ->
        [one] fila de relleno omitida, para una celda que el GPC no tiene
       *[other] filas de relleno omitidas, para celdas que el GPC no tiene
    }
g007-placeholder-row = `{ $label }` ({ $scope_words }) no nombra ninguna celda GPC y solo contiene una clave de notación: se omite
g004-row-scope-words-name-no-scope = no hay celda GPC para `{ $label }` ({ $scope_words }): las palabras de alcance { $quoted_scope_words } no nombran ningún alcance
g004-row-is-a-total = no hay celda GPC para `{ $label }` ({ $scope_words }): { $quoted_sub_sector } es una fila de total
g004-row-sub-sector-unknown = no hay celda GPC para `{ $label }` ({ $scope_words }): no se reconoce el subsector { $quoted_sub_sector }
g004-row-sub-sector-outside-sector = no hay celda GPC para `{ $label }` ({ $scope_words }): el subsector { $gpc_sub_sector } no pertenece al sector { $sector }
g004-row-fits-several-cells = no hay celda GPC para `{ $label }` ({ $scope_words }): las etiquetas corresponden por igual a { $cells }, así que no se puede ubicar la fila
g004-row-no-cell-in-scope = no hay celda GPC para `{ $label }` ({ $scope_words }): el GPC no tiene celda de alcance { $scope } para el subsector { $gpc_sub_sector }
g004-row-without-ref-or-sub-sector = no hay celda GPC para `{ $label }` ({ $scope_words }): la fila no tiene ni referencia GPC ni subsector CRF
g004-row-help = escriba el número de referencia GPC en `{ $ref_column }`
g004-row-suggestion-help = ¿quiso decir `{ $suggestion }`? O escriba el número de referencia GPC en `{ $ref_column }`

## Formatos: tablas descritas por un archivo de mapeo (layout/mapped/)

r006-workbook-lacks-sheet = el libro no tiene la hoja '{ $sheet }'
r006-mapping-sheet-help = el mapeo { $mapping } lee la hoja '{ $sheet }'
r007-no-mapped-header-row = ninguna fila de encabezado contiene alguna de las columnas que nombra el mapeo
r007-no-mapped-header-row-help = compare los nombres de columna de { $mapping } con la fila de encabezado del archivo
m001-mapping-column-missing = la tabla no tiene la columna { $columns }
r007-no-mapped-header-row-in-sheets = ninguna hoja tiene una fila de encabezado con alguna de las columnas que nombra el mapeo (hojas probadas: { $sheets })
m001-mapping-column-missing-in-sheets = ninguna hoja tiene las columnas que necesita el mapeo (hojas probadas: { $sheets }); la primera hoja no tiene la columna { $columns }
x004-sheet-found-by-headers-help = se leyó la hoja '{ $sheet }': la primera cuya fila de encabezado contiene las columnas que necesita { $mapping }
m001-mapping-column-missing-help = { $mapping }:{ $line } la nombra: corrija el nombre allí o agregue la columna al archivo
u005-ambiguous-mapping-unit = la unidad `{ $unit }` en { $mapping } es ambigua; se lee como { $read_as }
u005-ambiguous-mapping-unit-help = { $why }; escriba la forma no ambigua en el mapeo
x004-table-rows-read = { $rows } { $rows ->
        [one] fila leída
       *[other] filas leídas
    } en { $inventories } { $inventories ->
        [one] inventario
       *[other] inventarios
    } con { $mapping }
x004-table-rows-read-left-out = { $rows } { $rows ->
        [one] fila leída
       *[other] filas leídas
    } en { $inventories } { $inventories ->
        [one] inventario
       *[other] inventarios
    } con { $mapping }; { $left_out } { $left_out ->
        [one] fila excluida por no tener inventario
       *[other] filas excluidas por no tener inventario
    }
x004-table-rows-read-unused-columns = { $rows } { $rows ->
        [one] fila leída
       *[other] filas leídas
    } en { $inventories } { $inventories ->
        [one] inventario
       *[other] inventarios
    } con { $mapping }; columnas no usadas: { $columns }
x004-table-rows-read-left-out-unused-columns = { $rows } { $rows ->
        [one] fila leída
       *[other] filas leídas
    } en { $inventories } { $inventories ->
        [one] inventario
       *[other] inventarios
    } con { $mapping }; { $left_out } { $left_out ->
        [one] fila excluida por no tener inventario
       *[other] filas excluidas por no tener inventario
    }; columnas no usadas: { $columns }
x002-fact-differs-in-inventory = `{ $field }` es `{ $value }` aquí, pero `{ $first_value }` en { $first_cell } para la misma ciudad y año
x002-fact-differs-in-inventory-help = las filas de un mismo inventario repiten los mismos datos: haga que esta celda coincida
g004-labels-name-no-cell = no hay celda GPC para `{ $label }` (alcance { $scope })
g004-labels-name-no-cell-help = indique el número de referencia GPC, o un subsector y un alcance que nombren una sola celda GPC
g004-labels-name-no-cell-suggestion-help = ¿quiso decir `{ $suggestion }`? O indique el número de referencia GPC
g004-label-unknown = no hay celda GPC para `{ $label }`: el mapa de etiquetas del mapeo no tiene una entrada para ella y no contiene ninguna etiqueta de subsector que ghgcheck conozca
g004-label-without-scope = no hay celda GPC para `{ $label }`: la etiqueta nombra un subsector, pero nada indica su alcance
g004-label-map-help = agregue una entrada para "{ $label }" en [labels.map] del mapeo, con su gpc_ref (una celda como I.1.1, o un subsector como I.1 y un alcance)
g004-label-map-suggestion-help = ¿quiso decir `{ $suggestion }`? O agregue la etiqueta a [labels.map] del mapeo con su referencia GPC y su alcance
x005-rows-hold-no-inventory = { $count ->
        [one] 1 fila no contiene
       *[other] { $count } filas no contienen
    } ningún inventario ({ $reason }) y { $count ->
        [one] se excluyó
       *[other] se excluyeron
    }: { $count ->
        [one] fila
       *[other] filas
    } { $rows }{ $more ->
        [0] {""}
       *[other] {" "}y { $more } más
    }
s008-period-runs-backwards = `{ $field }` va hacia atrás: termina ({ $end }) antes de empezar ({ $start })
s008-not-a-year-or-period = `{ $field }` no es un año ni un período
s008-period-help = escriba el año (2015) o el período como inicio - fin (2015-01-01 - 2015-12-31)

## Formatos: la plantilla de envío (layout/template/); su hoja faltante
## usa r006-workbook-lacks-sheet

r006-template-sheet-help = restaure la hoja '{ $sheet }' con su nombre original; `ghgcheck template -o blank.xlsx` escribe una copia para comparar
x002-fact-differs-in-csv = `{ $field }` es `{ $value }` aquí, pero `{ $first_value }` en { $first_cell }
x002-fact-differs-in-csv-help = cada fila de un envío CSV repite los mismos datos del inventario: haga que esta celda coincida, o divida el archivo en un archivo por inventario

## El esquema de inventario (schema/errors.rs)

s001-required-missing = `{ $field }` es obligatorio, pero falta
s001-required-missing-help = escriba `{ $field }` aquí: sin él, un inventario no se puede identificar ni archivar
s007-no-emissions = el inventario no tiene registros de emisiones ni totales declarados
s007-no-emissions-help = ingrese emisiones (tCO2e por gas o en total) o claves de notación para las celdas GPC que abarca el inventario; en una tabla de totales (CDP), los totales en sus columnas
s003-not-the-constant = `{ $field }` debe ser { $expected }
s003-not-the-constant-help = escriba { $expected }
s002-wrong-type = `{ $field }` tiene un tipo incorrecto (se esperaba { $expected })
s002-wrong-type-help = ingrese un valor del tipo que pide el encabezado de la columna
s004-too-small = `{ $field }` es demasiado pequeño (el mínimo permitido es { $limit })
s004-too-small-help = revise si el número tiene un error de escritura, un signo equivocado o una unidad equivocada
s004-not-above = `{ $field }` es demasiado pequeño (debe ser mayor que { $limit })
s004-too-large = `{ $field }` es demasiado grande (el máximo permitido es { $limit })
s004-not-below = `{ $field }` es demasiado grande (debe ser menor que { $limit })
s004-too-large-help = revise si el número tiene un error de escritura o una unidad equivocada
s005-not-a-country-code = `{ $field }` no es un código de país ISO 3166-1 de dos letras
s005-not-a-country-code-help = escriba el país con su código ISO, p. ej. BR para Brasil, DE para Alemania
s005-not-a-country-code-suggestion-help = ¿quiso decir { $country_code } ({ $country_name })? Escriba el país con su código ISO, p. ej. BR para Brasil, DE para Alemania
s005-not-a-un-locode = `{ $field }` no es un UN/LOCODE
s005-not-a-un-locode-help = escriba el código como país + localidad, p. ej. BR POA
s005-not-an-email = `{ $field }` no es una dirección de correo electrónico
s005-not-an-email-help = escriba una sola dirección, p. ej. climate@city.example
s005-not-a-date = `{ $field }` no es una fecha (AAAA-MM-DD)
s005-not-a-date-help = escriba la fecha como AAAA-MM-DD, p. ej. 2023-12-31
s005-bad-format = `{ $field }` no tiene el formato esperado
s005-bad-format-help = compare el valor con la descripción del campo en `ghgcheck schema`
s006-unknown-field = `{ $name }` no es un campo del esquema de inventario (en { $at })
s006-unknown-field-help = cambie el nombre del campo o elimínelo; `ghgcheck schema` lista los nombres de los campos
s099-schema-rule-broken = `{ $field }` incumple la regla del esquema `{ $rule }`
s099-schema-rule-broken-help = compare el campo con su descripción en `ghgcheck schema`
y006-year-from-period = `{ $written }` se lee como el año { $year }{ $count ->
        [one] {""}
       *[other] ; se leyeron { $count } años de inventario a partir de períodos o años fiscales: { $cells }{ $more ->
            [0] {""}
           *[other] {" "}y { $more } más
        }
    }
y006-year-from-period-help = un período se reporta en el año en que termina (si termina el 1 de enero, cuenta para el año anterior); FY2016 es el año fiscal que termina en 2016; escriba solo el año si se refiere a otro
g008-value-in-no-gpc-cell = `{ $column }` no es una celda GPC, pero esta celda contiene { $value } tCO2e: se conserva como registro sin celda GPC, fuera de todo total que ghgcheck recalcula
g008-value-in-no-gpc-cell-scope-help = los totales propios de la tabla pueden incluirlo, así que sus totales de alcance { $scope }, BASIC y BASIC+ no se comparan aquí con los registros; muévalo a { $suggestion } si corresponde allí
g008-value-in-no-gpc-cell-help = los totales propios de la tabla pueden incluirlo, así que sus totales no se comparan aquí con los registros; muévalo a { $suggestion } si corresponde allí
g001-unknown-gpc-ref = `{ $value }` no es un número de referencia GPC
g001-unknown-gpc-ref-help = use uno de los 53 números de referencia del GPC v1.1 (I.1.1 ... VI.1); `ghgcheck template` los lista
g001-unknown-gpc-ref-suggestion-help = ¿quiso decir { $suggestion }? Use uno de los 53 números de referencia del GPC v1.1 (I.1.1 ... VI.1)
n001-invalid-notation-key = `{ $value }` no es una clave de notación
n001-invalid-notation-key-help = use NO (no ocurre), IE (incluido en otra parte), NE (no estimado) o C (confidencial), con una explicación
s003-value-not-allowed = `{ $field }` `{ $value }` no es uno de los valores permitidos
s003-value-not-allowed-help = use uno de estos: { $allowed }

## Lectura de archivos (src/read)

r008-cannot-open = no se puede abrir el archivo: { $error }
r008-cannot-open-help = compruebe que el archivo existe y que esta cuenta tiene permiso para leerlo
r005-empty-file = el archivo está vacío (0 bytes)
r005-empty-file-help = vuelva a exportar el inventario y compruebe que la exportación terminó
r005-no-cells-with-data = el archivo no contiene celdas con datos
r005-no-cells-with-data-help = compruebe que se exportó el archivo correcto y que contiene el inventario
r002-json-syntax = JSON no válido: { $error }
r002-json-syntax-help = corrija la sintaxis JSON en la línea y columna indicadas (la causa habitual es una coma o unas comillas faltantes)
r003-zip-directory-missing = el libro está truncado: le falta el directorio zip
r003-zip-directory-missing-help = vuelva a descargar o copiar el archivo desde su origen y compare su tamaño
r004-password-protected = el libro está protegido con contraseña: es un contenedor OLE cifrado (flujo EncryptionInfo), no un libro zip legible
r004-password-protected-help = ábralo, quite la contraseña (Archivo > Información > Proteger libro > Cifrar con contraseña), guárdelo y vuelva a enviarlo
r001-binary-file = el archivo es { $kind ->
        [pdf] un documento PDF
        [png] una imagen PNG
        [jpeg] una imagen JPEG
        [gif] una imagen GIF
        [gzip] un archivo comprimido gzip
        [rar] un archivo comprimido RAR
        [seven-zip] un archivo comprimido 7-Zip
        [rtf] un documento RTF
       *[unknown] un archivo binario de tipo desconocido
    }, no una hoja de cálculo, un CSV ni un documento JSON
r001-binary-file-help = exporte el inventario desde el programa de hojas de cálculo como .xlsx, .ods o .csv
r001-not-a-spreadsheet = el archivo tiene la extensión .{ $extension }, pero su contenido no es una hoja de cálculo
r001-not-a-spreadsheet-help = puede ser un texto o una página web guardados con nombre de hoja de cálculo: ábralo, guárdelo como .xlsx y vuelva a enviarlo
r010-not-utf8 = el CSV no es texto UTF-8 (primer byte inválido en la posición { $offset })
r010-not-utf8-help = vuelva a guardar el archivo eligiendo la codificación "CSV UTF-8" (Excel) o "Unicode (UTF-8)" (LibreOffice)
r002-csv-syntax = no se puede analizar el CSV: { $error }
r002-csv-syntax-help = revise las comillas cerca de la línea indicada: toda comilla de apertura necesita una de cierre
r002-spreadsheet-undecodable = no se puede decodificar la hoja de cálculo: { $error }
r002-spreadsheet-undecodable-help = abra el archivo en Excel o LibreOffice, deje que repare el libro, guárdelo de nuevo y vuelva a enviarlo
r002-sheet-undecodable-help = no se puede decodificar la hoja '{ $sheet }': abra el libro, deje que el programa lo repare, guárdelo y vuelva a enviarlo
r011-value-far-outside = { $place ->
        [table] la tabla
       *[sheet] la hoja '{ $sheet }'
    } abarca { $span }, { $cells } celdas, para { $values } valores: el valor en { $cell } está muy alejado del resto (ghgcheck lee como máximo { $budget } celdas por hoja)
r011-value-far-outside-help = elimine el valor en { $cell } (en Excel, Ctrl+Fin salta a la última celda usada), o las filas y columnas entre la tabla y ese valor; luego guarde y vuelva a enviar el archivo
r011-spans-too-many-cells = { $place ->
        [table] la tabla
       *[sheet] la hoja '{ $sheet }'
    } abarca { $span }, { $cells } celdas, más de las { $budget } que ghgcheck lee por hoja
r011-spans-too-many-cells-help = divida la tabla en varios archivos, o elimine las filas y columnas que no forman parte del inventario
r011-declared-size-too-large = la hoja '{ $sheet }' declara un tamaño de { $cells } celdas (su registro DIMENSIONS), más de las { $budget } que ghgcheck lee por hoja
r011-declared-size-too-large-help = el tamaño indicado en el archivo es incorrecto o la hoja es demasiado grande: abra el libro en Excel o LibreOffice, guárdelo como .xlsx y vuelva a enviarlo
k001-pledge-not-met = { $targets ->
    [one] la meta del inventario no cumple
   *[other] ninguna de las { $targets } metas del inventario cumple
} el compromiso de { $network } ({ $pledge })
k001-pledge-not-met-help = indique la meta adoptada al firmar, o compruebe que se aplica el perfil de red correcto
h001-unexplained-change = { $total } cambió un { $change } % desde { $earlier_year } ({ $before } tCO2e en { $earlier_file }, { $after } tCO2e ahora), más del { $threshold } %, y no se indica ningún motivo
h001-unexplained-change-help = explique el cambio en los comentarios sobre el cambio de las emisiones totales desde el último inventario, o revise las cifras y unidades de ambos años

## Reglas: años, metas y aritmética (src/rules/years.rs, targets.rs,
## gwp_weights.rs, biogenic.rs, activity_factor.rs)

y001-period-not-twelve-months = el período del inventario { $start } – { $end } abarca { $days ->
        [one] { $days } día
       *[other] { $days } días
    }, no 12 meses
y001-period-not-twelve-months-help = el GPC pide un período continuo de 12 meses, calendario o fiscal: corrija la fecha de inicio o de fin
y002-period-of-several-years = el período del inventario { $start } – { $end } abarca varios años ({ $days } días), no 12 meses
y002-period-of-several-years-help = indique el período de 12 meses que abarca el inventario; un rango desde el año base hasta el actual no es un año contable
y003-year-in-future = el año del inventario { $year } está en el futuro (hoy es { $today })
y003-period-not-over = el período del inventario termina el { $end }, después de hoy ({ $today }): aún no ha terminado
y003-inventory-in-future-help = escriba el año en que se produjeron las emisiones medidas; una proyección no es un inventario
y004-reported-years-later = el inventario de { $year } se reportó en { $reporting_year }, { $lag } años después, más de los { $most } permitidos
y004-reported-years-later-help = reporte un inventario reciente, o explique por qué el último es tan antiguo (el límite es max-reporting-lag-years en [rules.options])
y005-population-year-far = la población es de { $population_year }, a { $apart } años del año del inventario { $year } (se permiten como máximo { $window })
y005-population-year-far-help = escriba la población del año del inventario, o la estimación más cercana, y su año
p001-target-not-after-base = el año meta { $target_year } no es posterior al año base { $base_year }
p001-target-not-after-base-help = el año base es el año a partir del cual se mide la reducción; el año meta, el año en que debe alcanzarse
p002-reduction-of-nothing = la reducción de la meta es 0 %
p002-reduction-of-nothing-help = escriba la reducción prevista en porcentaje, o elimine la meta
p002-reduction-as-fraction = la reducción de la meta es { $percent } %, lo que parece una fracción: ¿quiso decir { $as_percent } %?
p002-reduction-as-fraction-help = escriba la reducción en porcentaje (40 para 40 %), no como fracción
p003-base-year-missing = la meta de año base no indica su año base
p003-base-year-emissions-missing = la meta de año base no indica las emisiones de su año base { $base_year }
p003-base-year-target-incomplete-help = escriba el año base y el total del inventario de ese año, en tCO2e
p004-neutrality-target-without-year = la meta de { $kind ->
        [net-zero] cero emisiones netas
       *[other] neutralidad de carbono
    } no indica su año
p004-neutrality-target-without-year-help = escriba el año en que la ciudad debe alcanzarla, p. ej. 2050
a001-co2e-in-another-gwp-set = { $mass } t de { $gas } se declaran como { $tco2e } tCO2e, lo que no corresponde a { $declared } (× { $gwp }) sino a { $other } (× { $other_gwp })
a001-co2e-in-another-gwp-set-help = { $gas } × { $other_gwp } coincide con { $other }, pero se declara { $declared }: recalcule el CO2e con { $declared }, o declare { $other }
a002-biogenic-co2-in-total = el total { $total } tCO2e incluye el CO2 biogénico del registro ({ $biogenic } t); sin él, el total es { $without } tCO2e
a002-biogenic-co2-in-total-help = reporte el CO2 biogénico junto al total, nunca dentro de él
a003-activity-times-factor = { $activity } { $activity_unit } × { $factor } { $factor_unit } da { $expected } tCO2e, pero el registro declara { $stated }
a003-activity-times-factor-help = revise la cantidad de actividad, el factor y sus unidades, y cualquier fracción o factor de oxidación aplicado
a003-slip-help = la cantidad declarada es la calculada { $slip }: revise las unidades de la actividad, del factor y de las emisiones (kg en lugar de t, kWh en lugar de MJ)
a003-unweighted-help = la cantidad declarada es la masa de { $gas }, sin ponderar por su GWP ({ $gwp }): escriba su CO2e, la masa × { $gwp }
a003-other-gwp-help = { $gas } × { $other_gwp } coincide con { $other }, no con el GWP { $gwp } del conjunto declarado: pondere el gas con el GWP del conjunto declarado

## Plantillas vacías (rules/blank_template.rs)

x008-blank-template = esta es una plantilla vacía: no nombra ninguna ciudad ni año y no contiene ninguna cifra de emisiones
x008-blank-template-help = complete la ciudad, el año del inventario y las emisiones (o claves de notación) de cada celda GPC, y vuelva a verificarla
x009-duplicate-column = el encabezado `{ $column }` repite el de { $first }: solo se lee el primero, y los valores bajo este no se leen
x009-duplicate-column-help = corrija el encabezado de esta columna (¿un gas o un total escrito sobre otro?), o elimine la columna si es una copia
x010-ragged-row = la fila { $row } tiene { $fields } campos, pero la tabla tiene { $table }: desde aquí sus valores pueden quedar bajo encabezados equivocados
x010-ragged-row-help = ponga entre comillas la celda que contiene el delimitador ("1,234.5"), o restaure el campo que falta, y vuelva a exportar la tabla
x011-blank-rows-in-data = { $count ->
        [one] hay 1 fila vacía
       *[other] hay { $count } filas vacías
    } dentro de la tabla (fila { $rows }{ $more ->
        [0] {""}
       *[other] {" "}y { $more } más
    }): { $count ->
        [one] se omite
       *[other] se omiten
    }
x011-blank-rows-in-data-help = no hay nada que hacer si las filas a su alrededor forman parte de la misma tabla; si no, divida el archivo o elimine las filas que no forman parte del inventario

## Documentación de las reglas (`ghgcheck explain`): los títulos de las partes

rules-heading-what = Qué comprueba
rules-heading-why = Por qué importa
rules-heading-example = Ejemplo
rules-heading-fix = Cómo corregir

## Palabras que los mensajes reciben como argumentos: datos y dimensiones de unidades

fact-city-name = nombre de la ciudad
fact-country = país
fact-un-locode = UN/LOCODE
fact-inventory-year = año del inventario
fact-gpc-level = nivel de reporte del GPC
fact-gwp-set = conjunto de GWP
dimension-mass = masa
dimension-co2e-mass = masa de CO2e
dimension-energy = energía
dimension-volume = volumen
dimension-distance = distancia
dimension-passenger-distance = distancia recorrida por pasajeros
dimension-count = número de animales

## CLI

cli-failed-by-warnings = falló: { $warnings ->
        [one] 1 advertencia
       *[other] { $warnings } advertencias
    } con --fail-on warning

## La hoja `Issues` del libro anotado

annotate-file = Archivo
annotate-cells-outside = { $count } celdas más allá de las 1.048.576 filas o 16.384 columnas de Excel no están en esta copia
annotate-column-code = Código
annotate-column-severity = Gravedad
annotate-column-message = Mensaje
annotate-column-sheet = Hoja
annotate-column-cell = Celda
annotate-column-help = Ayuda
annotate-column-inventory = Inventario
annotate-column-total = Total
annotate-column-recomputed = Recalculado (t CO2e)
annotate-column-reported = Declarado (t CO2e)
annotate-renamed-sheet = { $copy } (era { $original })
annotate-scope = Alcance { $scope }
annotate-severity-error = error
annotate-severity-warning = advertencia
annotate-severity-info = información

## Palabras fijas del informe de texto y del informe narrado

text-status-valid = válido
text-status-invalid = NO VÁLIDO
text-status-unreadable = ILEGIBLE
text-unknown-layout = formato desconocido
text-inventories = { $count } inventarios
text-counts = { $errors } { $errors ->
        [one] error
       *[other] errores
    }, { $warnings } { $warnings ->
        [one] advertencia
       *[other] advertencias
    }
text-infos = { $infos } { $infos ->
        [one] aviso informativo
       *[other] avisos informativos
    }
text-batch-heading = el lote en su conjunto
text-more-like-this = +{ $count } más como este:
text-summary-files = { $files } { $files ->
        [one] archivo revisado
       *[other] archivos revisados
    } (válidos: { $valid }, no válidos: { $invalid }, ilegibles: { $unreadable })
text-summary-inventories = { $count } { $count ->
        [one] inventario
       *[other] inventarios
    } (válidos: { $valid }, no válidos: { $invalid })
text-inventory-heading = { $name }: { $status } ({ $counts })
text-totals-unit = t CO2e
text-totals-recomputed = recalculado
text-totals-reported = declarado
text-scope = alcance { $scope }
text-basic = BASIC
text-basic-plus = BASIC+
text-inventories-not-shown = { $count } { $count ->
        [one] inventario más
       *[other] inventarios más
    } sin hallazgos mostrados arriba (válidos: { $valid }, no válidos: { $invalid })
text-by-code = por código: { $codes }
text-by-code-more = y { $count } { $count ->
        [one] código más
       *[other] códigos más
    }
text-empty = (vacía)
text-label-here = aquí
text-label-not-in-file = no está en el archivo
text-label-fill = complete esta celda
text-totals-differs = { $mark } difiere del total recalculado en más de { $percent } % o { $tonnes } t
text-more-of-code = +{ $count } { $code } más como este:
text-the-file = (el archivo)
text-row = fila { $first }
text-rows = filas { $first }-{ $last }
text-row-of-sheet = fila { $first } de la hoja { $sheet }
text-rows-of-sheet = filas { $first }-{ $last } de la hoja { $sheet }
narrated-file = Archivo { $path }: { $status }, { $counts }.
narrated-inventory = Inventario { $name }: { $status }, { $counts }.
narrated-finding = { $severity } { $code } { $name } en { $place }: { $message }.
narrated-help = Cómo corregirlo: { $help }.
narrated-sheet-cell = hoja { $sheet } celda { $cell }
narrated-cell = celda { $cell }
narrated-error = Error
narrated-warning = Advertencia
narrated-info = Nota
narrated-totals = Totales en toneladas de CO2e: { $totals }.
narrated-total = { $name } { $recomputed } recalculado, { $reported } declarado{ $differs ->
        [yes] , que difiere
       *[no] {""}
    }
narrated-more = { $count } { $code } más como este, en { $places }.
narrated-field = campo { $field }
narrated-batch = El lote en su conjunto: { $counts }.
narrated-value = La celda contiene { $value }.
narrated-total-recomputed = { $name } { $recomputed } recalculado
narrated-the-batch = el lote
narrated-total-reported = { $name } { $reported } declarado
narrated-the-file = el archivo

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
