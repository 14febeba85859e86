# Documentación de las reglas en español, traducida de rules-en.ftl (generado a partir de src/diagnostic/code.rs, la fuente de verdad).
# Ids: doc-<código del hallazgo en minúsculas>-<parte>.

doc-a001-title = El CO2e de un gas se ponderó con un conjunto de GWP distinto del del inventario
doc-a001-what = Un registro declara un gas (CH4, N2O, SF6, NF3) tanto como masa del gas como en CO2e. El CO2e dividido entre la masa es el GWP que se usó; no coincide con el GWP del conjunto del inventario (por más de la tolerancia de totales, 0.5 % o 1 t) y coincide al menos diez veces mejor con el GWP de otro informe de evaluación. No se evalúa una razón que no coincide con ningún conjunto.
doc-a001-why = Las cifras de CO2e solo son comparables, y solo se pueden sumar, dentro de un mismo conjunto de GWP: una cifra de CH4 ponderada con el 25 del AR4 en un inventario AR5 subestima su CH4 en alrededor de un 11 % y convierte el inventario en una mezcla de dos conjuntos.
doc-a001-example = `gases.ch4`: 100 t de CH4 y 2500 tCO2e en un inventario que declara AR5 (CH4 × 25 es AR4; AR5 da 2800 tCO2e).
doc-a001-fix = Recalcule el CO2e con el GWP del conjunto declarado, o declare el conjunto con el que se calcularon las cifras.

doc-a002-title = El total de un registro incluye su CO2 biogénico
doc-a002-what = Un registro declara CO2 biogénico y un total igual a la suma de sus gases más el CO2 biogénico (o, cuando no indica gases, igual al propio CO2 biogénico), con una diferencia de hasta un gramo o 0.01 %.
doc-a002-why = El GPC reporta el CO2 biogénico aparte de los alcances, nunca dentro de ellos: si se cuenta en el total, entra en cada total de alcance, BASIC y BASIC+ en el que cuenta el registro, a menudo como la mayor parte de un registro de leña o biocombustible.
doc-a002-example = Leña quemada en viviendas: CH4 20 y N2O 10 tCO2e, CO2 biogénico 100 t, total 130 tCO2e en lugar de 30.
doc-a002-fix = Saque el CO2 biogénico del total y manténgalo en su propia columna.

doc-a003-title = Actividad × factor de emisión no da las emisiones del registro
doc-a003-what = Para un registro con una cantidad de actividad, un factor de emisión y emisiones, todos en unidades que conoce la tabla de unidades (el denominador del factor del mismo tipo que la actividad, p. ej. MJ con gCO2e/MJ), la actividad convertida a la unidad del factor y multiplicada por el factor difiere de las emisiones declaradas en más de un 5 % y de la tolerancia de totales en toneladas: el factor total con el total y el factor de CO2 con el CO2 y, para factores expresados en masa de gas (`kg/TJ`, `kg CH4/TJ`), los factores de CH4 y N2O con esos gases ponderados con el conjunto de GWP declarado; se reporta el primero que no coincide. Cuando la razón corresponde a un error de unidad (× 1000, × 10⁶, × 3.6, ...) o a un GWP (la masa sin ponderar, el GWP de otro conjunto), la ayuda lo indica. El hallazgo se ubica en la cantidad de actividad, o en el gas cuando el error está en su GWP. No se evalúan los registros con una unidad desconocida, ambigua o incompatible.
doc-a003-why = O las emisiones o los datos que las sustentan están mal, y un error de un factor de 1000 o 3.6 en un solo registro puede pesar más que todo el resto de su sector.
doc-a003-example = 553 370 696 MJ de diésel a 74.343 gCO2e/MJ son 41 139 tCO2e, pero el registro declara 41.14 (la actividad escrita en kJ, o las emisiones en kt).
doc-a003-fix = Corrija la cantidad o la unidad de la actividad, el factor o las emisiones, lo que esté mal; si se aplicó una fracción o un factor de oxidación, indíquelo en la descripción del registro.

doc-b001-title = Dos inventarios del lote son de la misma ciudad y el mismo año
doc-b001-what = Se verifica en todo el lote: un segundo inventario tiene la ciudad, el país y el año de uno anterior, y todos los totales que ambos declaran coinciden (recalculados a partir de los registros, o tal como se declararon); el mensaje indica cuándo no hay ningún total en ambos lados para comparar. Suele ser el mismo envío mandado dos veces (un reenvío, una copia en otra carpeta, o la misma ciudad y año en dos versiones de una tabla).
doc-b001-why = Ambos permanecen en los conjuntos de datos, el segundo con un sufijo en su identificador (`-2`) para distinguirlos, de modo que una suma o un conteo sobre el lote cuenta dos veces las emisiones de esa ciudad.
doc-b001-example = `br-testville-2022` en `inbox/testville.xlsx` y de nuevo, como `br-testville-2022-2`, en `archive/testville.xlsx`.
doc-b001-fix = Deje uno de los dos archivos en el lote, o no haga nada si ambos deben estar ahí.

doc-b002-title = Dos inventarios de la misma ciudad y el mismo año no coinciden
doc-b002-what = Se verifica en todo el lote: un segundo inventario tiene la ciudad, el país y el año de uno anterior, pero un total que ambos declaran (alcance 1, 2, 3, BASIC o BASIC+, recalculado a partir de los registros o tal como se declaró) difiere en más de 0.01 %. No se compara un total que solo uno de ellos declara.
doc-b002-why = Solo uno de ellos puede ser el inventario de la ciudad para ese año; una comparación o una agregación basada en el otro, o en ambos, da una cifra errónea de las emisiones de la ciudad.
doc-b002-example = Un reenvío corregido junto al original: BASIC 250 tCO2e en un archivo, 100 tCO2e en el otro.
doc-b002-fix = Averigüe cuál archivo es el vigente y quite el otro del lote.

doc-c001-title = Una celda del GPC que exige el nivel de reporte no tiene emisiones ni clave de notación
doc-c001-what = En los inventarios con registros de emisiones, cada celda del nivel GPC declarado (BASIC si no se declara ninguno: las 32 celdas BASIC; BASIC+ agrega sus 15) debe contener emisiones o una clave de notación (NO, IE, NE, C). Una celda se considera completa si un registro la nombra con un número o una clave, o si una celda de resumen corresponde a esa celda del GPC (un valor o una clave de eCRF_2). El hallazgo se ubica en la fila vacía de la celda (una fila de plantilla con la referencia ya escrita, una celda de eCRF_2); las celdas para las que el archivo no tiene fila comparten un solo hallazgo, ubicado donde iría un registro nuevo (la fila siguiente a la última), o en ninguna celda si el archivo no tiene tabla de registros. No se evalúan los archivos que solo tienen totales (filas de CDP). El `required-level` de un perfil eleva el nivel (`gpc-basic-plus`). Cuando el archivo declara su total de alcance 1 (territorial), también se exigen las celdas territoriales que este abarca (I.4.4 y los residuos de fuera tratados en la ciudad, III.x.3; no I.4.4 con el total del CRF que excluye la generación).
doc-c001-why = Un inventario que no muestra una celda BASIC ni como número ni como clave de notación no cumple el principio de exhaustividad del GPC y no puede declararse BASIC: un lector no puede distinguir una fuente que no ocurre de una que se olvidó, y los totales pueden dejar fuera todo un subsector.
doc-c001-example = Una exportación de CityCatalyst sin ninguna fila para III.2.2 (tratamiento biológico de residuos fuera de la ciudad), o la fila I.3.1 de la plantilla dejada en blanco.
doc-c001-fix = Escriba las emisiones de la celda, o una clave de notación con su explicación: NO si la actividad no ocurre, IE si se contabiliza en otra celda (indique cuál), NE si no se estimó (explique por qué).

doc-c002-title = Un registro tiene datos de actividad pero no tiene emisiones ni clave de notación
doc-c002-what = Un registro declara una cantidad de actividad distinta de cero (combustible quemado, electricidad consumida, distancia recorrida) pero ningún total, ningún gas, nada de CO2 biogénico y ninguna clave de notación. El hallazgo se ubica donde se escribiría el total.
doc-c002-why = La actividad ocurrió, pero sus emisiones no cuentan en ningún total: una fila de electricidad sin emisiones deja vacío el alcance 2, y el inventario parece más pequeño de lo que es.
doc-c002-example = Una fila `Electricity` de eCRF_3 con 4 734 000 MJ de datos de actividad y las columnas de emisiones y de clave de notación en blanco.
doc-c002-fix = Calcule las emisiones (actividad x factor de emisión) y escríbalas, o escriba la clave de notación NE con una explicación si no se estimaron.

doc-d001-title = El mismo registro aparece dos veces en el archivo
doc-d001-what = Dos registros de un mismo inventario tienen la misma celda del GPC (o etiqueta), actividad, clave de notación, cantidades (total, cada gas, CO2 biogénico, cantidad y unidad de actividad) y la misma descripción y fuente del dato de actividad. Se reporta cada repetición, con la celda de la primera copia y el número de copias. No se comparan los registros que solo contienen una clave de notación.
doc-d001-why = Los totales cuentan cada copia, así que una fila repetida infla sus totales de alcance, BASIC y BASIC+; una tabla cuyas filas se pegaron tres veces declara el triple de las emisiones de la ciudad.
doc-d001-example = La fila 40 de emisiones repite la fila 12: I.1.1, Gas natural, 12 190.5 tCO2e.
doc-d001-fix = Elimine las filas repetidas. Si dos fuentes realmente emiten la misma cantidad, distíngalas en la actividad, su descripción o su fuente.

doc-f001-title = Falta un dato recomendado del inventario
doc-f001-what = El país, la población, el conjunto de GWP, el nivel de reporte GPC y el límite no son obligatorios para leer un inventario; falta uno de ellos.
doc-f001-why = Los revisores los necesitan para comparar y agregar inventarios: las cifras per cápita requieren la población, las cifras de CO2e solo son comparables dentro de un mismo conjunto de GWP, y los totales solo con el mismo nivel GPC y el mismo límite.
doc-f001-example = La celda de valor `GWP set` de la hoja Inventory dejada vacía.
doc-f001-fix = Complete la celda que señala el hallazgo; si el archivo no tiene lugar para el dato, la ayuda del hallazgo indica cómo proporcionarlo (para el país y el conjunto de GWP: --country, --gwp o un archivo complementario).

doc-f002-title = Un dato se tomó del nombre del archivo
doc-f002-what = El archivo no declara este dato, pero su nombre sigue un patrón conocido (`inventory-<UN/LOCODE>-<year>.csv`, `<anything>-<UN/LOCODE>-<year>.csv`, `Inventory-<City>-<year>.csv`, `<city>-<year>-....csv`), por lo que ghgcheck lo leyó de ahí. Un UN/LOCODE da el país (sus dos primeras letras) y, a partir de la tabla UN/LOCODE incluida en ghgcheck, el nombre de la ciudad tal como lo escribe la UNECE; el mensaje lo indica. Un código que no está en la tabla se conserva como identificador y también hace las veces de nombre de la ciudad, y el hallazgo sobre el nombre de la ciudad indica que no se encontró el código (sigue siendo solo informativo: la tabla no es la lista completa de la UNECE).
doc-f002-why = El nombre de un archivo cambia con cada cambio de nombre o copia, así que el dato tiene un fundamento más débil que un valor dentro del archivo y un revisor debería confirmarlo. Las exportaciones de CityCatalyst solo indican su ciudad y su año de esta forma, así que para ellas es lo esperado.
doc-f002-example = Una exportación de CityCatalyst llamada `inventory-BR POA-2022.csv`, de la que se leen el nombre de ciudad `Pôrto Alegre`, el país BR, el UN/LOCODE BR POA y el año 2022.
doc-f002-fix = Nada, si el valor es correcto; de lo contrario, cambie el nombre del archivo o use --city, --country o --year (para un código que no está en la tabla, --city con el nombre de la ciudad).

doc-f003-title = Un dato se proporcionó en la línea de comandos o en un archivo complementario
doc-f003-what = El valor proviene de --city, --country, --year o --gwp, o de un archivo complementario `<file>.ghgcheck.toml`, porque el archivo no lo declara (o porque se indicó --force-facts).
doc-f003-why = El dato no está en el envío mismo: quien lea solo el archivo no lo encontrará, o encontrará otro valor, y el reporte es la única constancia de su procedencia.
doc-f003-example = `ghgcheck validate --gwp AR5` en una exportación de CityCatalyst, que no tiene lugar para el conjunto de GWP.
doc-f003-fix = Nada, si el valor es correcto; un archivo que declara el dato por sí mismo es más fácil de revisar.

doc-f004-title = No se puede leer el archivo complementario que acompaña a un envío
doc-f004-what = Un archivo complementario `<file>.ghgcheck.toml` proporciona los datos que le faltan al archivo, como las líneas TOML `city = "..."`, `country = "BR"`, `year = 2022` y `gwp = "AR5"`; este tiene una línea que no es ninguna de ellas o que no es TOML válido.
doc-f004-why = No se usa ninguno de los datos del archivo complementario, así que el inventario se verifica como si no lo tuviera. Se rechaza cualquier cosa distinta de esas cuatro líneas para que un error de tipeo no se ignore sin aviso.
doc-f004-example = `town = "Testville"` cuando se quiso escribir `city`.
doc-f004-fix = Corrija la línea que indica el hallazgo.

doc-f005-title = La estructura del archivo no tiene lugar para algunos datos recomendados
doc-f005-what = Se recomiendan el país, la población, el conjunto de GWP, el nivel de reporte GPC y el límite (F001). Cuando la estructura del archivo no tiene una celda para uno de ellos (una tabla de CDP no tiene columna de GWP, una exportación de CityCatalyst no tiene población), ningún inventario del archivo puede declararlo: en lugar de un F001 por inventario, un solo aviso informativo por archivo indica los datos que la estructura no puede contener y a cuántos inventarios afecta. Un dato para el que la estructura sí tiene lugar, pero que se dejó en blanco, sigue siendo F001 en su celda.
doc-f005-why = Los datos siguen faltando para las comparaciones (cifras per cápita, conjuntos de GWP, niveles de reporte), pero la ciudad no los omitió: deben provenir de otra fuente.
doc-f005-example = Una tabla de datos abiertos de CDP con 401 inventarios: `the layout has no place for inventory.gwp_set, inventory.gpc_level (401 inventories)`.
doc-f005-fix = Proporcione desde fuera del archivo lo que se pueda: un archivo complementario `<file>.ghgcheck.toml` junto a él (`country = "BR"`, `gwp = "AR5"`, `gpc_level = "basic"`) o las opciones `--country` y `--gwp`; o solicite el envío en una estructura que contenga esos datos (`ghgcheck template`).

doc-g001-title = Número de referencia GPC desconocido
doc-g001-what = Cada registro de emisiones nombra una de las 53 celdas del GPC v1.1 (I.1.1 ... VI.1); este nombra un número de referencia que no está entre ellas.
doc-g001-why = La celda determina el sector, el alcance y el nivel de reporte del registro; un registro sin una celda válida no cuenta en ningún total de alcance, BASIC ni BASIC+, de modo que sus emisiones quedan fuera de los totales del inventario.
doc-g001-example = `II.5.3` (el transporte fuera de carretera no tiene celda de alcance 3) o `I.9.1`.
doc-g001-fix = Use el número de referencia de la celda a la que pertenecen las emisiones (`ghgcheck template` las lista todas).

doc-g002-title = El alcance no coincide con el número de referencia GPC
doc-g002-what = Cada celda del GPC pertenece a un solo alcance (I.1.2 es de alcance 2; III.1.2 es de alcance 3 porque los residuos salen de la ciudad; I.4.4 es de alcance 1), y el registro declara otro.
doc-g002-why = ghgcheck cuenta el registro en el alcance de su celda; si el alcance declarado es el correcto, las emisiones están en la celda equivocada y los totales de alcance 1, 2 y 3 son incorrectos, por ejemplo, la electricidad de la red contada como combustible quemado en la ciudad.
doc-g002-example = Un registro de I.1.1 (combustible quemado en viviendas) marcado como alcance 2.
doc-g002-fix = Corrija el alcance, o traslade las emisiones a la celda del GPC del alcance al que pertenecen.

doc-g003-title = La referencia GPC declarada contradice las etiquetas de sector y alcance de la fila
doc-g003-what = La fila declara una celda del GPC, pero sus términos de sector, subsector y alcance del CRF apuntan a otra. ghgcheck conserva la referencia declarada y registra al lado la implícita (`implied_gpc_ref`).
doc-g003-why = Las emisiones cuentan en los totales de la celda declarada; si, en cambio, las etiquetas son las correctas, están en el alcance o el sector equivocado de los totales del inventario.
doc-g003-example = Archivos eCRF reales contienen filas de electricidad de alcance 2 con referencias `.1`, por ejemplo I.1.1 junto a `Indirect emissions` (que es I.1.2).
doc-g003-fix = Corrija lo que esté mal de los dos, para que la referencia y las etiquetas coincidan.

doc-g004-title = Las etiquetas de sector de la fila no corresponden a ninguna celda del GPC
doc-g004-what = La fila no tiene número de referencia GPC, y sus etiquetas de sector, subsector y alcance no permitieron determinar uno.
doc-g004-why = Sin una celda, las emisiones de la fila no se pueden ubicar en un sector o alcance, y no cuentan en ningún total de alcance, BASIC ni BASIC+.
doc-g004-example = Un subsector mal escrito `Residental buildngs`, o términos de alcance que no indican emisiones directas, indirectas ni fuera del límite de la ciudad.
doc-g004-fix = Escriba el número de referencia GPC en la columna de referencia, o corrija las etiquetas (la ayuda sugiere la etiqueta conocida más parecida).

doc-g005-title = Un número de referencia GPC está mal escrito y se leyó como la celda más cercana
doc-g005-what = La referencia está escrita con una grafía variante que claramente designa una celda, y ghgcheck la lee como esa celda.
doc-g005-why = Las herramientas que comparan los números de referencia de forma exacta no reconocerán la grafía, y la lectura es una corrección que un revisor debería confirmar.
doc-g005-example = `I.63` por I.6.3, `I_1_1` por I.1.1, o `|II.1.1` por II.1.1.
doc-g005-fix = Escriba la referencia en su forma canónica, p. ej. I.6.3.

doc-g006-title = Una fila del CRF sin celda del GPC
doc-g006-what = El CRF del GCoM reporta algunas filas para las que el GPC no tiene celda; se conservan con `gpc_ref: null` y su etiqueta del CRF, y no cuentan en ningún total GPC.
doc-g006-why = Sus emisiones están en los conjuntos de datos, pero en ningún total de alcance, BASIC ni BASIC+, así que una suma de las filas del archivo difiere de los totales de ghgcheck en esas filas.
doc-g006-example = Una fila `Local renewable generation` en eCRF_3.
doc-g006-fix = Nada; es solo informativo.

doc-g007-title = Una fila de plantilla para una celda que el GPC no tiene, con solo una clave de notación
doc-g007-what = La plantilla eCRF contiene filas para celdas que el GPC no define, prellenadas con NE; una fila así que no contiene más que una clave de notación no es un registro de emisiones y se omite.
doc-g007-why = La fila no reporta nada, y leerla como registro señalaría la misma celda GPC inexistente en cada archivo hecho a partir de la plantilla.
doc-g007-example = La fila II.5.3 de la plantilla eCRF (transporte fuera de carretera fuera del límite de la ciudad), o sus filas de IPPU y AFOLU fuera del límite de la ciudad, con NE.
doc-g007-fix = Nada; si la fila sí contiene emisiones, trasládelas a la celda del GPC a la que pertenecen.

doc-g008-title = La columna de una tabla para una celda que el GPC no tiene contiene una cifra
doc-g008-what = Una tabla ancha (una columna por número de referencia GPC) tiene una columna encabezada como un número de referencia que el GPC no define, y la celda de esta fila en esa columna contiene emisiones. La cifra se conserva como un registro sin celda del GPC (`gpc_ref: null`, con la columna como etiqueta; en los sectores I y II, el último número de la referencia como alcance) y no cuenta en ningún total de alcance, BASIC ni BASIC+ que ghgcheck recalcula. Los totales propios de la tabla pueden incluirla, así que los totales declarados en los que puede estar (su alcance, BASIC, BASIC+) no se comparan con los registros de este inventario.
doc-g008-why = La cifra es de la ciudad y no debe perderse, pero no se puede ubicar en un sector y un alcance: un total que la cuenta y otro que no difieren exactamente en esta cantidad.
doc-g008-example = `II.5.3` (el transporte fuera de carretera no tiene celda de alcance 3) con 120 en la exportación del tablero de una red, cuya columna BASIC+ lo cuenta.
doc-g008-fix = Traslade la cifra a la celda del GPC a la que pertenece (el mensaje sugiere la más cercana), o indique por qué se reporta fuera de las celdas del GPC.

doc-h001-title = Las emisiones totales cambiaron bruscamente desde el inventario anterior de la ciudad, sin que se indique el motivo
doc-h001-what = Con `--history PATH`, cada inventario se compara con el inventario anterior más reciente de la misma ciudad y el mismo país que se encuentre ahí: cuando un total que ambos declaran (primero BASIC, luego BASIC+, alcance 1, 2, 3; recalculado o, si no, tal como se declaró) cambió en más de `year-on-year-change-percent` (30 %) y el inventario no da un motivo para el cambio, esta advertencia se ubica donde se escribiría el motivo.
doc-h001-why = Las emisiones reales de una ciudad rara vez varían un tercio en pocos años; un salto sin explicación suele ser un error de unidad, un sector omitido o agregado, o un cambio de método que hace que los años no sean comparables.
doc-h001-example = Testville reporta BASIC 1,000 t para 2022 después de 500 t para 2020, y su fila de eCRF_1 'Comments on change in total emissions since last reported inventory' está vacía.
doc-h001-fix = Explique el cambio (método nuevo, sectores nuevos, un cambio real) en los comentarios sobre el cambio en las emisiones totales, o corrija las cifras si uno de los años está mal.

doc-k001-title = Ninguna meta declarada cumple el compromiso de la red cuyo perfil se aplica
doc-k001-what = Con el perfil de una red (eu-com, cnca, us-mayors, c40), las metas del inventario se comparan con el compromiso de la red: al menos una meta debe alcanzar la reducción comprometida (o la neutralidad de carbono / cero emisiones netas) para el año comprometido. No se evalúan los inventarios que no declaran ninguna meta.
doc-k001-why = Un firmante cuyas metas presentadas no alcanzan el compromiso que firmó deja de estar al día con su red; la secretaría le da seguimiento.
doc-k001-example = Un firmante del Pacto de los Alcaldes de la UE cuya única meta es -15 % para 2020 (el compromiso es de al menos -20 % para 2020, o -40 % para 2030).
doc-k001-fix = Declare la meta que la ciudad adoptó al firmar (reducción, año base, año meta), o verifique que se aplique el perfil de red correcto.

doc-m001-title = A la tabla le falta una columna que indica su archivo de mapeo
doc-m001-what = Un archivo de mapeo indica qué columna contiene cada campo; aquí ninguna de las grafías que lista para un campo obligatorio está en la fila de encabezados de la tabla. El hallazgo indica el archivo de mapeo y su línea.
doc-m001-why = El campo no se puede leer de ninguna fila, así que la tabla no se lee en absoluto y no se verifica ninguno de sus inventarios.
doc-m001-example = El mapeo `cdp-citywide` lista `Accounting Year` y `Measurement Year` para el año del inventario, y la tabla llama a esa columna `Inventory Year`.
doc-m001-fix = Corrija el nombre de la columna en el mapeo (o marque el campo `optional = true`), o agregue la columna al archivo.

doc-n001-title = Clave de notación distinta de NO, IE, NE, C
doc-n001-what = El GPC y el CRF del GCoM admiten cuatro claves de notación: NO (no ocurre), IE (incluido en otra parte), NE (no estimado) y C (confidencial); la celda contiene otra cosa.
doc-n001-why = Cada clave le indica a un revisor por qué una celda no tiene número; con cualquier otra palabra no se sabe si la fuente no ocurre, se contabiliza en otra parte o se omitió, y la celda no cuenta como reportada.
doc-n001-example = `NA` (no aplica, que no es una clave del GPC) o `estimated`.
doc-n001-fix = Use una de las cuatro claves, o deje la celda vacía cuando se reporta un número.

doc-n002-title = Una clave de notación no tiene explicación
doc-n002-what = El GPC exige una explicación con cada clave de notación: para IE, dónde están incluidas las emisiones; para NE, por qué no se estimaron. Esta clave no tiene ninguna.
doc-n002-why = Sin ella, un revisor no puede verificar el vacío: no se puede rastrear dónde están las emisiones de una celda IE, y una celda NE no da ningún motivo para omitir una fuente.
doc-n002-example = `NE` con la celda de explicación vacía.
doc-n002-fix = Escriba la explicación junto a la clave (en un libro eCRF, en la columna H de eCRF_2).

doc-n003-title = Un registro tiene tanto valores de emisiones como una clave de notación
doc-n003-what = Una celda del GPC contiene números o una clave de notación, nunca ambos; este registro tiene ambos.
doc-n003-why = Ambos se contradicen (NE dice que las emisiones no se estimaron, un número dice que sí), así que un revisor no puede saber cuál quiso indicar la ciudad.
doc-n003-example = `NE` junto a un total de 1200.
doc-n003-fix = Quite la clave si el número es correcto, o quite los números si la clave es la correcta.

doc-n004-title = Una clave IE no indica dónde están incluidas las emisiones
doc-n004-what = La clave de notación IE (incluido en otra parte) significa que las emisiones se reportan en otra celda del GPC. Esa celda debe indicarse, junto a la clave (`IE (I.1.1)`) o en la explicación de la clave (`included in I.2.1`, `included in stationary energy`); aquí ninguna de las dos nombra una celda o un sector del GPC. Se verifica cuando el archivo tiene lugar para una explicación, o cuando escribe el lugar junto a la clave.
doc-n004-why = Sin el lugar, un revisor no puede saber si las emisiones se cuentan una vez, dos veces o ninguna, ni comparar la celda con la de otras ciudades.
doc-n004-example = `IE` en la celda de clave de notación de II.4.1 con la explicación `see note`.
doc-n004-fix = Escriba el número de referencia GPC de la celda que contiene las emisiones junto a la clave (`IE (II.1.1)`) o en su explicación.

doc-n005-title = La celda a la que apunta una clave IE no contiene emisiones
doc-n005-what = Una clave IE nombra la celda del GPC (o el subsector, o el sector) donde están incluidas sus emisiones; ningún registro de este inventario en ese lugar declara una cantidad. Solo se evalúa cuando el inventario tiene registros de emisiones.
doc-n005-why = Las emisiones que supuestamente están incluidas en otra parte no están entonces en ningún total: el inventario es menor de lo que afirma, y el vacío queda oculto tras una clave.
doc-n005-example = `IE (I.1.1)` en I.2.1 mientras I.1.1 solo contiene la clave NE.
doc-n005-fix = Ingrese las emisiones en la celda que nombra la clave, o corrija la referencia junto a la clave, o use la clave que corresponda (NE, NO).

doc-n006-title = Una clave de notación está en una celda que el GPC no tiene
doc-n006-what = Un total declarado para un subsector y un alcance (una celda de la matriz de eCRF_2) contiene una clave de notación, pero el GPC no tiene celda para ese subsector en ese alcance (residuos, IPPU y AFOLU no tienen alcance 2; IPPU y AFOLU tampoco tienen alcance 3; las emisiones fugitivas solo tienen alcance 1).
doc-n006-why = La clave no describe nada que cubra el inventario; suele ser un valor predeterminado de la plantilla que quedó ahí, o una clave escrita en la columna equivocada, donde oculta la celda a la que estaba destinada.
doc-n006-example = `NE` en la columna `Emissions occurring outside the city boundary` de `IPPU > Industrial process` en eCRF_2.
doc-n006-fix = Borre el contenido de la celda, o traslade la clave a la columna a la que pertenece.

doc-p001-title = Un año meta que no es posterior a su año base
doc-p001-what = Una meta declara un año base y un año meta, y el año meta es igual o anterior al año base.
doc-p001-why = Una reducción se planifica desde el año base hasta el año meta; una meta que termina antes de empezar no se puede seguir, y suele deberse a dos años intercambiados o a un error de tipeo.
doc-p001-example = Año base 2015, año meta 2010.
doc-p001-fix = Escriba como año base el año desde el que se mide la reducción y como año meta el año en que debe cumplirse.

doc-p002-title = La reducción de una meta es cero o parece una fracción
doc-p002-what = La reducción de una meta es 0 %, o está entre 0 y 1 %, que es como se lee una fracción (0.4 por 40 %) en una columna de porcentaje. Una reducción menor que 0 o mayor que 100 % no cumple el esquema y se reporta como S004.
doc-p002-why = Una red verifica el compromiso de una ciudad a partir de su reducción: un 0.4 % leído en lugar de un compromiso del 40 % no alcanza ningún umbral (-20 % para 2020 en el Pacto de los Alcaldes, -80 % para 2050 en la CNCA).
doc-p002-example = `reduction_percent` 0.4 en una meta de año base para 2030.
doc-p002-fix = Escriba la reducción en porcentaje (40 para 40 %), o elimine una meta que no reduce nada.

doc-p003-title = Una meta de año base sin su año base o sin las emisiones del año base
doc-p003-what = Una meta de tipo `base-year` no declara su año base o, si lo declara, las emisiones de ese año.
doc-p003-why = La reducción es una fracción de las emisiones del año base: sin ellas, la meta no se puede convertir en toneladas ni se puede medir el avance respecto de ella.
doc-p003-example = Año base 2015, año meta 2030, reducción 50 %, y sin emisiones del año base.
doc-p003-fix = Escriba el año base y el total del inventario de ese año, en tCO2e.

doc-p004-title = Una meta de neutralidad de carbono o de cero emisiones netas sin año
doc-p004-what = Una meta de tipo `carbon-neutral` o `net-zero` no declara su año meta.
doc-p004-why = La neutralidad es un compromiso para un año determinado (C40 y la CNCA piden 2050 o antes); sin él, el compromiso no se puede comparar con el de una red ni se le puede dar seguimiento.
doc-p004-example = Una meta `net-zero` con el año meta vacío.
doc-p004-fix = Escriba el año en que la ciudad deberá ser carbono neutral o alcanzar cero emisiones netas.

doc-r001-title = El archivo no es una hoja de cálculo, un CSV ni un documento JSON que ghgcheck pueda leer
doc-r001-what = El contenido del archivo no corresponde a ningún formato admitido (xlsx, xlsm, xlsb, xls, ods, csv, json), diga lo que diga su extensión.
doc-r001-why = No se puede leer nada del archivo, así que el envío no se verifica y no agrega ningún inventario a los conjuntos de datos del lote.
doc-r001-example = Un PDF o un documento de Word renombrado como .xlsx.
doc-r001-fix = Exporte el inventario desde el programa de hojas de cálculo como .xlsx (o .ods/.csv) y envíe ese archivo.

doc-r002-title = La hoja de cálculo está dañada y no se puede leer
doc-r002-what = El archivo tiene el contenedor de una hoja de cálculo, pero su contenido no se puede decodificar.
doc-r002-why = No se puede leer nada del archivo, así que el envío no se verifica y no agrega ningún inventario a los conjuntos de datos del lote.
doc-r002-example = Un libro cuyo XML interno se dañó por una carga fallida o un editor incompatible.
doc-r002-fix = Abra el archivo en Excel o LibreOffice, deje que repare el libro, guárdelo de nuevo y vuelva a enviarlo.

doc-r003-title = La hoja de cálculo está incompleta (descarga o copia interrumpida)
doc-r003-what = El archivo comienza como un libro basado en zip (xlsx, xlsm, ods), pero le falta su final, el directorio del zip.
doc-r003-why = Sin el directorio no se puede encontrar ninguna hoja, así que el envío no se verifica; además, la copia está incompleta, por lo que a todo lo que se recupere de ella le pueden faltar filas.
doc-r003-example = Una descarga o un archivo adjunto de correo electrónico que se interrumpió antes del final.
doc-r003-fix = Descargue o copie de nuevo el archivo desde su origen y verifique que su tamaño coincida.

doc-r004-title = El libro está protegido con contraseña (cifrado)
doc-r004-what = Un libro de Office cifrado se guarda como un contenedor OLE con un flujo EncryptionInfo en lugar de un archivo zip, y no se puede leer sin la contraseña.
doc-r004-why = Ni ghgcheck ni un revisor sin la contraseña pueden leerlo, así que el envío no se verifica.
doc-r004-example = Un libro guardado con contraseña de apertura (Archivo > Información > Proteger libro > Cifrar con contraseña).
doc-r004-fix = Abra el libro, quite la contraseña (Archivo > Información > Proteger libro > Cifrar con contraseña, borre el campo), guárdelo y vuelva a enviarlo. La protección de hojas sin cifrado no es un problema.

doc-r005-title = El archivo está vacío
doc-r005-what = El archivo no tiene ningún contenido (0 bytes), o la hoja de cálculo o el CSV no tiene celdas con datos.
doc-r005-why = No hay ningún inventario que verificar; por lo general, una exportación no terminó o se envió el archivo equivocado.
doc-r005-example = Un `inventory.csv` de 0 bytes que dejó una exportación cancelada.
doc-r005-fix = Verifique que se exportó el archivo correcto y que la exportación terminó.

doc-r006-title = Falta una hoja que la estructura necesita
doc-r006-what = El archivo se reconoció como una estructura conocida, pero falta una de las hojas que esa estructura requiere.
doc-r006-why = No se lee nada de lo que esa hoja debería contener: sin la hoja Emissions, el inventario no tiene registros de emisiones; sin la hoja City, no tiene ciudad.
doc-r006-example = Una plantilla de ghgcheck cuya hoja City se eliminó o se renombró.
doc-r006-fix = Restaure la hoja con su nombre original (compare con `ghgcheck template`).

doc-r007-title = Falta una columna que la estructura necesita
doc-r007-what = A la fila de encabezados de una tabla le falta una columna que la estructura requiere.
doc-r007-why = La estructura ubica sus filas mediante esa columna, así que no se lee ninguna fila de la tabla y el inventario no obtiene de ella ningún registro de emisiones.
doc-r007-example = La hoja Emissions sin su columna `GPC ref`.
doc-r007-fix = Restaure el encabezado de la columna exactamente como en la plantilla (`ghgcheck template`).

doc-r008-title = No se puede abrir el archivo
doc-r008-what = El sistema operativo se negó a leer el archivo (permisos, un archivo que desapareció, un error de una unidad de red compartida).
doc-r008-why = El envío no se verifica; la causa suele estar donde se ejecuta ghgcheck, no en el envío.
doc-r008-example = Un archivo que solo puede leer la cuenta que lo guardó, o uno en una unidad de red compartida que se desconectó durante la ejecución.
doc-r008-fix = Verifique que el archivo exista y que la cuenta que ejecuta ghgcheck pueda leerlo.

doc-r009-title = ghgcheck no conoce la estructura del archivo
doc-r009-what = Las hojas y los encabezados no coinciden con ninguna de las estructuras que ghgcheck lee: su plantilla (en forma de libro o de CSV), un libro eCRF del GCoM, una exportación CSV de CityCatalyst, un documento JSON de inventario, o una tabla descrita por un archivo de mapeo.
doc-r009-why = ghgcheck no puede determinar qué celda contiene cada dato, así que no se verifica nada del archivo.
doc-r009-example = Un libro con una sola hoja de notas en formato libre.
doc-r009-fix = Complete la plantilla de ghgcheck (`ghgcheck template -o inventory.xlsx`), o describa su tabla en un archivo de mapeo.

doc-r010-title = El archivo CSV no es texto UTF-8
doc-r010-what = ghgcheck lee archivos CSV codificados en UTF-8 (con o sin marca de orden de bytes); este archivo tiene bytes que no son UTF-8.
doc-r010-why = Los archivos guardados como "CSV (Windows)" o en Latin-1 escriben los nombres con caracteres acentuados (São Paulo, Zürich) con otros bytes; en lugar de adivinar la codificación y desfigurar los nombres de ciudades y las etiquetas, ghgcheck no lee el archivo.
doc-r010-example = `São Paulo` guardado por Excel como "CSV (Windows)", donde `ã` es el byte único E3.
doc-r010-fix = Guarde el archivo de nuevo como "CSV UTF-8" (Excel) o con el juego de caracteres "Unicode (UTF-8)" (LibreOffice).

doc-r011-title = Una hoja abarca más celdas de las que ghgcheck lee
doc-r011-what = ghgcheck lee una hoja como el rectángulo que va de su primer a su último valor, y lee como máximo 20 millones de celdas por hoja (2 millones en libros .xls y .ods, que se leen completos en memoria). Un solo valor muy alejado de la tabla estira ese rectángulo; también se rechaza una tabla que realmente contiene tantas celdas. El hallazgo apunta al valor más lejano.
doc-r011-why = Sin el límite, un solo archivo así podría agotar la memoria de la máquina y detener todo el lote; con él, solo este archivo queda sin leer.
doc-r011-example = Una `x` dejada en XFD1048576 (la última celda de una hoja de cálculo) junto a una tabla que empieza en A1: el rectángulo tiene 17 mil millones de celdas para dos valores.
doc-r011-fix = Elimine el valor suelto que señala el hallazgo, o las filas y columnas entre la tabla y ese valor (en Excel, Ctrl+Fin salta a la última celda usada), guarde y vuelva a enviar el archivo; divida en varios archivos una tabla que realmente sea así de grande.

doc-r099-title = ghgcheck falló con este archivo
doc-r099-what = Una falla inesperada dentro de ghgcheck al verificar este archivo. Los demás archivos del lote se siguen verificando y reportando.
doc-r099-why = El archivo no se verificó por completo y la causa está en ghgcheck, así que su resultado no dice nada sobre el envío.
doc-r099-example = Una regla que encuentra una combinación de valores que sus autores no previeron, reportada como `ghgcheck failed unexpectedly on this file`.
doc-r099-fix = Nada en el envío; por favor, repórtelo a los mantenedores de ghgcheck junto con el archivo, si puede compartirlo.

doc-s001-title = Falta un dato obligatorio
doc-s001-what = El esquema del inventario exige el nombre de la ciudad y el año del inventario, y una etiqueta del CRF en un registro sin celda del GPC; falta uno de ellos. (Un inventario sin ninguna emisión es S007.)
doc-s001-why = Sin ellos, un inventario no se puede identificar ni archivar: la ciudad y el año determinan dónde se archiva y con qué inventario anterior se compara.
doc-s001-example = La celda de valor `Name of city` de la hoja City está vacía.
doc-s001-fix = Complete la celda que señala el hallazgo.

doc-s002-title = Un valor tiene el tipo incorrecto
doc-s002-what = El valor no se puede leer como el tipo de valor que contiene el campo (número, número entero, texto, sí/no, lista).
doc-s002-why = Un valor del tipo incorrecto no se puede comparar ni sumar con el mismo campo de otros inventarios, así que los revisores deben tratar el dato como no reportado.
doc-s002-example = `yes` en un campo de año, o una fracción donde se necesita un número entero.
doc-s002-fix = Ingrese un valor del tipo que pide el encabezado de la columna.

doc-s003-title = Un valor no es una de las opciones permitidas
doc-s003-what = El campo admite un valor de una lista fija, y este valor no está en ella.
doc-s003-why = Estas listas determinan cómo se leen las cifras (qué valores de GWP, qué nivel GPC); un valor fuera de ellas deja eso sin determinar, y el inventario no se puede comparar con otros.
doc-s003-example = `AR7` como conjunto de GWP (permitidos: SAR, AR4, AR5, AR6).
doc-s003-fix = Elija uno de los valores de la lista (las listas desplegables de la plantilla los muestran).

doc-s004-title = Un número está fuera de su rango permitido
doc-s004-what = Un número es menor que el valor mínimo o mayor que el valor máximo que admite su campo.
doc-s004-why = Un número así casi siempre es un error de tipeo, un signo equivocado o una unidad equivocada, y distorsionaría las cifras per cápita, el avance hacia las metas o el año bajo el que se archiva el inventario.
doc-s004-example = Una población negativa, una meta de reducción mayor que 100 %, o un año de inventario 20015.
doc-s004-fix = Corrija el número; revise las unidades y los errores de tipeo.

doc-s005-title = Un valor no tiene el formato esperado
doc-s005-what = Las fechas deben tener el formato AAAA-MM-DD, los países deben ser códigos ISO 3166-1 de dos letras y las direcciones de correo electrónico deben estar bien formadas; este valor no cumple su formato.
doc-s005-why = Los inventarios se emparejan y agrupan según estos valores (el código de país forma parte del identificador de cada inventario), y una fecha en un formato local se puede leer de dos maneras (03/04/2022).
doc-s005-example = País `Brasil` en lugar de `BR`.
doc-s005-fix = Reescriba el valor en el formato indicado en la ayuda.

doc-s006-title = Un campo no forma parte del esquema del inventario
doc-s006-what = Los envíos JSON deben usar los nombres de campo del esquema publicado (`ghgcheck schema`); este usa un nombre que no está en él.
doc-s006-why = Un nombre desconocido suele ser un error de tipeo, y nada lee el valor que contiene, así que falta el dato que debía aportar.
doc-s006-example = `totl_tco2e` en lugar de `total_tco2e`.
doc-s006-fix = Cambie el nombre del campo o elimínelo.

doc-s007-title = El inventario no tiene registros de emisiones ni totales declarados
doc-s007-what = Un inventario necesita al menos un valor de emisiones, una clave de notación o un total declarado; este no tiene ninguno.
doc-s007-why = No hay nada que sumar, comparar ni revisar: el envío todavía no es un inventario.
doc-s007-example = La plantilla devuelta con la hoja Emissions sin tocar.
doc-s007-fix = Ingrese las emisiones (o las claves de notación) de las celdas del GPC que abarca el inventario.

doc-s008-title = No se puede leer el año o el período de un inventario, o el período va hacia atrás
doc-s008-what = El año del inventario es un año (2015) o un período continuo de 12 meses (2013/2014, 2015-01-01 - 2015-12-31, 2013 Apr - 2014 Mar); este valor no se puede leer como ninguno de los dos, o termina antes de empezar.
doc-s008-why = El año del inventario determina en qué año se archivan y se comparan las emisiones; sin él, el inventario no se puede ubicar en una serie temporal.
doc-s008-example = `2016-12-31 - 2016-01-01`, que termina antes de empezar.
doc-s008-fix = Escriba el año, o el período como inicio - fin.

doc-s099-title = El documento no cumple una regla del esquema del inventario
doc-s099-what = Falló una regla del esquema que no cubre ningún código más específico. El mensaje indica la regla.
doc-s099-why = El documento no sigue el esquema de inventario publicado, así que las herramientas que leen inventarios según ese esquema pueden rechazarlo o leer mal el campo.
doc-s099-example = Un envío JSON cuyo `inventory.gases` lista CO2 dos veces, lo que incumple la regla `uniqueItems`.
doc-s099-fix = Compare el campo con su descripción en `ghgcheck schema`.

doc-t001-title = El total de un registro no es la suma de sus gases
doc-t001-what = Cuando un registro declara tanto sus gases en CO2e como un total, el total debe ser su suma. Las diferencias dentro de la tolerancia de totales (0.5 % de la cifra mayor o 1 t, lo que sea mayor; `total-tolerance-percent` y `total-tolerance-tonnes` en `[rules.options]`) no son hallazgos.
doc-t001-why = Los totales se calculan a partir del total declarado de cada registro, así que un total erróneo, a menudo por un error de unidad o un gas omitido, se arrastra a cada total de alcance, BASIC y BASIC+ en el que cuenta el registro.
doc-t001-example = Un total de 47 619 000 junto a un CO2 de 47.619 (la unidad del total escrita como Mt CO2e en lugar de t CO2e), o un total que omite un gas listado a su lado.
doc-t001-fix = Corrija la unidad o la cifra que esté mal, para que los gases sumen el total.

doc-t002-title = Un total declarado no es la suma de los registros que abarca
doc-t002-what = Un total que declara el envío (una celda de eCRF_2, una columna BASIC, BASIC+ o de alcance, un total de sector x alcance, una fila de subtotal `I` o `I.1` de una exportación jerárquica para el sector o subsector en todos sus alcances) se compara con el mismo total recalculado a partir de los propios registros de emisiones del archivo, dentro de la tolerancia de totales (0.5 % de la cifra mayor o 1 t, lo que sea mayor; `[rules.options]`). Una fila de eCRF_2 suma, en su columna, las filas de eCRF_3 de su sector y subsector del CRF, como lo hace el eCRF: los edificios institucionales (Institutional buildings) son I.2 del GPC junto con los comerciales (Commercial), las emisiones fugitivas (Fugitive emissions) son I.7 + I.8, los residuos de fuera tratados en la ciudad (III.x.3) van en la columna de emisiones directas, los residuos enviados fuera (III.x.2) van en la de emisiones fuera del límite de la ciudad, y el bloque de generación (I.4.4) queda fuera de `Total Emissions (excluding generation of grid-supplied energy)`. Donde la agrupación del eCRF es incierta (industrias de la energía I.4.1-3 y fuentes no especificadas I.6, que no tienen fila en eCRF_2; VI.1; una fila cuya referencia GPC y etiquetas no coinciden; las columnas de residuos de CityCatalyst) se acepta cualquiera de las dos lecturas. Un total cuyos registros tienen todos claves de notación suma 0; un total declarado solo como NO o NE se compara con 0. No se compara un total cuando el archivo no tiene ningún registro de lo que abarca (una fila de CDP, un libro solo con resumen) o cuando un registro de su alcance no se pudo ubicar en una celda del GPC. Cuando el total declarado supera a los registros exactamente en la generación de energía suministrada a la red (I.4.4) o en el CO2 biogénico de los registros, la ayuda lo indica.
doc-t002-why = Un resumen que no coincide con su detalle está mal en uno de los dos, y un revisor no puede saber qué cifra quiere decir la ciudad; las redes publican el resumen, así que un error ahí (una celda modificada, un rango de suma que omite una fila) es lo que ve todo el mundo.
doc-t002-example = `Total Emissions (excluding generation of grid-supplied energy)` de eCRF_2 indica 99 999 999 tCO2e en la columna de emisiones directas, mientras que sus filas de eCRF_3 suman 2501.25 tCO2e.
doc-t002-fix = Recalcule el total a partir de los registros (o corrija el registro que esté mal); el hallazgo lista los registros que sumó y sus celdas del GPC.

doc-t003-title = Un subtotal declarado no es la suma de sus partes declaradas
doc-t003-what = Una fila de total de la matriz de eCRF_2 debe ser igual, en cada columna, a las filas que suma: un total de sector (`Total Stationary Energy`) a sus filas de subsector, `Total Generation of grid-supplied energy` a las filas de generación, y `Total Emissions (excluding generation of grid-supplied energy)` a los totales de los sectores Energía estacionaria, Transporte, Residuos, IPPU y AFOLU (a las filas de un sector cuando falta su fila de total). Del mismo modo, la fila de subtotal de sector (`I`) de una exportación jerárquica debe ser igual a sus filas de subtotal de subsector (`I.1`, `I.2`, ...) cuando el sector no tiene filas debajo de ellas. Las partes declaradas solo como clave de notación cuentan como 0; se aplica la tolerancia de totales. Cuando los registros muestran qué cifra está mal, esa cifra recibe en su lugar un hallazgo T002 y este no se emite.
doc-t003-why = Las redes y los portales de datos leen los totales; un total que no cuadra indica una fórmula que omite una fila o una cifra escrita encima de una fórmula, y uno de los dos números está mal.
doc-t003-example = `Total Stationary Energy` indica 369.65 tCO2e, mientras que sus filas indican 353.62 y 160.31.
doc-t003-fix = Haga que el total sea la suma de sus filas, o corrija la fila que esté mal.

doc-t004-title = BASIC+ se declara por debajo de BASIC
doc-t004-what = BASIC+ es BASIC más IPPU, AFOLU y el alcance 3 de la energía estacionaria y del transporte transfronterizo, así que no es menor que BASIC a menos que la tierra (V.2) absorba más de lo que emiten esas fuentes. Se comparan los totales declarados, dentro de la tolerancia de totales; cuando los registros del archivo muestran esas absorciones netas, no se emite el hallazgo.
doc-t004-why = Un BASIC+ menor que BASIC suele ser un BASIC+ que no se calculó y se dejó en 0, o las dos cifras intercambiadas; cualquiera que sume la ciudad a un total BASIC+ llegará a una cifra errónea.
doc-t004-example = Una fila de CDP con `Total BASIC Emissions (GPC)` 4 814 594 y `Total BASIC+ Emissions (GPC)` 0.
doc-t004-fix = Deje BASIC+ vacío cuando no se calculó, o declárelo completo; si las absorciones de la tierra lo reducen, indíquelo en un comentario.

doc-t005-title = BASIC se declara por encima de alcance 1 + alcance 2 + alcance 3
doc-t005-what = Cada celda BASIC es una celda de alcance 1, 2 o 3, así que BASIC no supera la suma de los tres totales de alcance declarados a menos que la tierra (V.2, incluida en el alcance 1 pero no en BASIC) absorba más de lo que emiten las demás fuentes de alcance 1 que están fuera de BASIC. Solo se compara cuando se declaran los tres totales de alcance, dentro de la tolerancia de totales; cuando los registros del archivo muestran esas absorciones netas, no se emite el hallazgo.
doc-t005-why = Un BASIC mayor que los alcances que lo componen indica un total de alcance que omite fuentes, o un BASIC que cuenta alguna dos veces.
doc-t005-example = BASIC 1 484 767 tCO2e junto a alcance 1 383 625, alcance 2 789 569 y alcance 3 21 146.7 (en conjunto 1 194 340.7).
doc-t005-fix = Revise qué total de alcance omite fuentes, o qué fuente BASIC se cuenta dos veces.

doc-u001-title = Una unidad de dato de actividad o de factor de emisión que ghgcheck no conoce
doc-u001-what = Las cantidades de actividad se convierten a una unidad base por magnitud (GJ, m3, t, km) con los factores exactos de `schemas/units.csv`, y las unidades de los factores de emisión se leen como masa por magnitud (`kg/TJ`, `gCO2e/MJ`); esta unidad no está en la tabla.
doc-u001-why = La cantidad o el factor no se puede convertir a su unidad base, así que no se puede comparar con la misma actividad en otros inventarios, y un revisor no puede verificar que la cantidad por el factor dé las emisiones reportadas.
doc-u001-example = `kwhh`, o `units-kilograms`.
doc-u001-fix = Escriba una unidad de la tabla (la ayuda sugiere las grafías más parecidas).

doc-u002-title = No se puede ponderar una masa de gas: no se declaró ningún conjunto de GWP
doc-u002-what = Un registro indica un gas como masa, y el inventario no declara ningún conjunto de GWP con el que ponderarlo.
doc-u002-why = El CO2 equivalente de un gas es su masa por su potencial de calentamiento global en el conjunto de GWP del inventario (AR5: CH4 28); sin un conjunto declarado, el CO2e es desconocido y el gas no cuenta en ningún total, así que los totales quedan demasiado bajos.
doc-u002-example = 1.2 t de CH4 en un inventario cuya celda `GWP set` está vacía: 33.6 tCO2e según AR5, pero nada indica que se aplique AR5.
doc-u002-fix = Declare el conjunto de GWP (hoja Inventory, o --gwp / un archivo complementario), o indique el gas en tCO2e.

doc-u003-title = El inventario no se puede reexpresar en otro conjunto de GWP
doc-u003-what = `--gwp SET` reexpresa las cifras de CO2e del conjunto declarado en SET, lo que requiere cada gas por separado; un registro que solo indica un total en CO2e, o HFCs/PFCs (mezclas de gases), no se puede reponderar.
doc-u003-why = Las cifras del inventario quedan en el conjunto declarado, así que compararlas con inventarios reexpresados en SET mezcla conjuntos de GWP: solo el CH4 pesa 25 en AR4 y 28 en AR5.
doc-u003-example = `--gwp AR6` en un inventario AR5 con un registro que solo indica un total de 1200 tCO2e y ningún gas.
doc-u003-fix = Indique CO2, CH4 y N2O por separado (como masas o en CO2e), o compare los inventarios en sus conjuntos declarados.

doc-u004-title = Las cifras de CO2e se reexpresaron en otro conjunto de GWP
doc-u004-what = `--gwp SET` pidió las cifras en SET; el inventario declaró otro conjunto, así que el CO2e de cada gas se reponderó (a partir de su masa, o por la razón entre los GWP de ambos conjuntos) y se ajustaron los totales. El conjunto declarado se conserva al lado (`declared_gwp_set`).
doc-u004-why = Las cifras de la salida ya no son las que reportó la ciudad; un revisor que las compare con el envío necesita saber que se reexpresaron.
doc-u004-example = CH4 de 280 tCO2e en un inventario AR4, reexpresado con `--gwp AR5` como 280 × 28 / 25 = 313.6 tCO2e.
doc-u004-fix = Nada; es solo informativo.

doc-u005-title = Una grafía de unidad que puede significar dos unidades distintas
doc-u005-what = Algunas grafías se leen de una manera pero se usan con ambos sentidos: `MT` y `mtCO2e` en EE. UU. significan toneladas métricas, mientras que `Mt` del SI es una megatonelada; un `therm` sin más puede ser el therm estadounidense (105.4804 MJ) o el therm de la CE (105.506 MJ); un `gallon` sin más puede ser estadounidense o imperial. ghgcheck lo lee como indica el hallazgo.
doc-u005-why = Si el archivo se refería a la otra unidad, todas las cifras en esa unidad están mal: por un factor de un millón en el caso de toneladas y megatoneladas, y en alrededor de un 20 % en el caso de galones estadounidenses e imperiales.
doc-u005-example = `MTCO2e` en la exportación de una ciudad de EE. UU., leído como toneladas métricas de CO2e.
doc-u005-fix = Escriba la grafía inequívoca (`t`, `therm (US)`, `gal (US)`).

doc-v001-title = Un valor negativo fuera de la tierra de AFOLU
doc-v001-what = Las emisiones (el total de un registro, un gas en CO2e o como masa, el CO2 biogénico) y las cantidades de actividad solo pueden ser negativas en V.2 (tierra), y un total declarado solo cuando incluye V.2: alcance 1, BASIC+, el sector AFOLU o la fila de tierra, el inventario completo. Los totales BASIC, de alcance 2 y 3 y de otros sectores no pueden serlo. El total negativo de un registro se reporta una sola vez, no de nuevo por cada uno de sus gases.
doc-v001-why = Fuera del uso de la tierra, las emisiones no pueden ser negativas; una cifra negativa es un error de signo o una compensación, un certificado de energía renovable o una emisión evitada descontados, que el GPC reporta por separado. Reduce cada total en el que cuenta.
doc-v001-example = Un total de energía estacionaria de -50 tCO2e en I.1.1, o un valor `Waste > Wastewater` de -1 200 en eCRF_2.
doc-v001-fix = Corrija el signo, o traslade las absorciones a V.2 y reporte las compensaciones y los certificados fuera del inventario.

doc-v002-title = Las emisiones BASIC por habitante no son plausibles para la población de la ciudad
doc-v002-what = BASIC (recalculado a partir de los registros o, si no, tal como se declaró) dividido entre la población queda fuera del rango de 0.3 a 30 tCO2e por habitante (opciones `basic-per-capita-min` y `basic-per-capita-max`). El hallazgo se ubica en el total BASIC declarado, o en la población cuando BASIC se recalculó. Cuando lo explican registros que superan el límite por registro (sin ellos, BASIC es plausible), V003 los indica y BASIC no se reporta de nuevo. No se evalúa nada sin población.
doc-v002-why = Los inventarios de ciudades van de menos de 0.5 a unas 25 tCO2e por habitante; una cifra muy fuera de ese rango suele ser un error de unidad (kg escritos como t, t como kt), una población en la unidad equivocada, o sectores completos omitidos.
doc-v002-example = BASIC 127 000 000 tCO2e para 254 000 habitantes: 500 t por habitante; leído como kg, es 0.5 t.
doc-v002-fix = Revise las unidades de las emisiones y de la población, y que se incluya cada sector BASIC; la ayuda indica el error probable.

doc-v003-title = Un registro es inverosímilmente grande para la población de la ciudad
doc-v003-what = Las emisiones de un registro divididas entre la población superan 30 tCO2e por habitante (opción `record-per-capita-max`), más de lo que emiten la mayoría de las ciudades completas. No se evalúa I.4.4 (generación suministrada a la red, que no cuenta en ningún total BASIC); no se evalúa nada sin población. Cuando BASIC por habitante está fuera de rango incluso sin los registros grandes (una población en miles, todas las cifras en kg), V002 reporta el inventario una sola vez y no se reporta ningún registro.
doc-v003-why = Una sola cifra tan grande casi siempre es un error de unidad, kg escritos en una columna de tCO2e, y domina cada total en el que cuenta.
doc-v003-example = 45 000 000 tCO2e de transporte por carretera (II.1.1) para 254 000 habitantes: 177 t por habitante; como kg, 0.177 t.
doc-v003-fix = Revise la unidad de la cifra (y la de la población); la ayuda da la cifra leída como kg.

doc-x001-title = Texto donde se espera un número
doc-x001-what = Una celda que debe contener un número contiene texto que no es un número. Los números guardados como texto sí se leen, también con separadores de miles y comas decimales (`1.234,5`, `1 234,5`, `1'234.5`); `NA`, `N/A`, `-` y `Not Applicable` cuentan como vacíos. Un valor de error (`#DIV/0!`, `#REF!`), una fecha o VERDADERO/FALSO (TRUE/FALSE) en una celda así también recibe este código; el mensaje indica qué se encontró.
doc-x001-why = El valor de la celda queda fuera de todos los totales, así que al inventario le falta la cantidad que representaba el texto.
doc-x001-example = `about 1200` o `12 kt` en `CO2 (tCO2e)`.
doc-x001-fix = Ingrese solo el número (si es un valor de error, corrija la fórmula); si no hay valor, deje la celda vacía y use una clave de notación (NO, IE, NE, C) con una explicación.

doc-x002-title = Las filas de un mismo inventario no coinciden en un dato
doc-x002-what = En la forma CSV de la plantilla, y en las tablas largas leídas mediante un archivo de mapeo, cada fila de un inventario repite sus datos (ciudad, país, año, conjunto de GWP, nivel GPC, población); aquí una fila declara un valor distinto del de la primera fila que lo declara. Las celdas en blanco no son un problema.
doc-x002-why = Un inventario tiene un solo valor de cada dato; ghgcheck conserva el de la primera fila, que puede ser el incorrecto, y es posible que las filas pertenezcan en realidad a inventarios distintos.
doc-x002-example = Población `250000` en la primera fila y `255000` en la fila 40.
doc-x002-fix = Haga que el dato sea idéntico en todas las filas, o divida el archivo en un archivo por inventario.

doc-x003-title = Una unidad que ghgcheck no conoce
doc-x003-what = Las cantidades se convierten a toneladas de CO2 equivalente a partir de la unidad que declara el archivo; esta unidad no está en la tabla de unidades de ghgcheck, o no es una masa de CO2e, y no se puede convertir.
doc-x003-why = Se descarta la cantidad expresada en esa unidad, así que la fila cuenta en los totales solo mediante los gases que declara por separado, o no cuenta en absoluto.
doc-x003-example = `t CO2-eq/yr` cuando se quiso escribir `t CO2e`, un error de tipeo como `tCO2r`, o una unidad de energía como `MWh`.
doc-x003-fix = Escriba una de las unidades admitidas (t CO2e, kg CO2e, kt CO2e, Mt CO2e) en la columna de unidad.

doc-x004-title = Lo que se leyó del archivo y lo que se dejó fuera
doc-x004-what = Un conteo de las filas leídas como registros y de las filas omitidas, con el motivo.
doc-x004-why = Las emisiones de una fila omitida no están en ningún total; el conteo permite a un revisor comprobar que no se perdió nada sin aviso.
doc-x004-example = `eCRF_3: 164 rows read; 2 rows without values or notation key skipped` (eCRF_3: 164 filas leídas; 2 filas sin valores ni clave de notación omitidas).
doc-x004-fix = Nada, salvo que se hayan omitido filas que usted esperaba que se leyeran.

doc-x005-title = Se dejan fuera las filas que indican que la ciudad no tiene inventario
doc-x005-what = Las tablas con una fila por ciudad (datos abiertos de CDP) también listan ciudades que no reportaron inventario, que tienen uno todavía en elaboración o que no prevén tenerlo; una regla `[skip]` de un mapeo indica la columna y las respuestas que significan eso. Esas filas no son inventarios y se dejan fuera, todas ellas en un solo hallazgo por archivo que las cuenta y lista las primeras filas. Una fila que declara un total se lee, diga lo que diga la columna.
doc-x005-why = El número de inventarios leídos es menor que el número de filas; si una fila sí contiene un inventario, sus emisiones faltan en el lote.
doc-x005-example = `290 rows hold no inventory (City-wide Emissions Inventory does not say Yes) and were left out: rows 2, 3, 5, ...` (290 filas no contienen inventario, porque City-wide Emissions Inventory no dice Yes, y se dejaron fuera: filas 2, 3, 5, ...).
doc-x005-fix = Nada, salvo que una fila sí contenga un inventario; en ese caso, corrija la columna que indica el hallazgo.

doc-x006-title = Una cantidad no tiene unidad
doc-x006-what = Las cantidades se convierten a toneladas de CO2 equivalente a partir de la unidad declarada a su lado; una cantidad cuya celda de unidad está en blanco no se puede convertir, así que no cuenta en ningún total.
doc-x006-why = Un total omitido sin aviso hace que el inventario parezca más pequeño de lo que reportó la ciudad: un total de alcance que baja de 2050.5 a 1800.5 t sin ninguna advertencia es peor que un error.
doc-x006-example = Una fila de una exportación de CityCatalyst con `250` bajo `Total Emissions` y una celda `Total Emission Units` vacía.
doc-x006-fix = Escriba la unidad de la cantidad en la celda que señala el hallazgo (t CO2e, kg CO2e, kt CO2e o Mt CO2e).

doc-x007-title = Un número cuya `,` o `.` puede ser un separador decimal o de miles
doc-x007-what = En `254.000` o `1,234`, el único separador va seguido de exactamente tres dígitos: separa los miles en un archivo que escribe los decimales con el otro signo, y es el separador decimal en un archivo que los escribe con este. ghgcheck lo decide a partir de los demás números del archivo escritos como texto (`12,5`, `1.234,5` o `1.234.567` indican coma decimal; `12.5`, `1,234.5` o `1,234,567`, punto decimal); cuando estos no permiten decidir, el número se lee a la manera inglesa (`1,234` como 1234, `254.000` como 254) con esta advertencia.
doc-x007-why = Leído de la manera equivocada, el valor se desvía en un factor de mil: una población de 254 000 leída como 254 hace que cada cifra per cápita sea mil veces más grande de lo que es.
doc-x007-example = Una población de `254.000` en un archivo CSV cuyos demás números son enteros.
doc-x007-fix = Escriba el número sin separador de miles (254000), o ingréselo en una celda numérica.

doc-x008-title = El archivo es una plantilla en blanco
doc-x008-what = El archivo no indica ciudad ni año y no contiene ninguna cifra de emisiones (ninguna cantidad en ningún registro, ningún valor en ningún total declarado): es una plantilla tal como se publicó, con solo sus marcadores de posición (`Please select`, campos `{"{{"}...{"}}"}`) y sus valores prellenados por defecto. Sus demás hallazgos dirían todos lo mismo celda por celda, así que este único hallazgo los reemplaza.
doc-x008-why = Una plantilla en blanco no es un inventario: presentarla, o revisar una por una sus decenas de celdas faltantes, hace perder el tiempo a todos.
doc-x008-example = La plantilla eCRF publicada `eCRF_Export_template.xlsx`, o el libro generado por `ghgcheck template`, devueltos sin modificar.
doc-x008-fix = Complete la plantilla (ciudad, año del inventario, emisiones o claves de notación para cada celda del GPC) y vuelva a verificarla.

doc-x009-title = Dos columnas tienen el mismo encabezado y solo se lee la primera
doc-x009-what = Un encabezado que lee la estructura (un gas, un total, una referencia GPC, un dato de un mapeo) nombra dos columnas de la fila de encabezados; ghgcheck lee la primera, así que los valores de la segunda no se leen en absoluto.
doc-x009-why = Un encabezado repetido suele ser un error de tipeo sobre el encabezado de otra columna (`CO2` escrito sobre la columna `CH4`): las cifras de esa columna se pierden, o quien abra el archivo después las lee como el gas equivocado.
doc-x009-example = Una exportación de CityCatalyst cuya fila de encabezados dice `CO2 Emissions` en las columnas N y O.
doc-x009-fix = Corrija el encabezado de la segunda columna (o elimine la columna si es una copia).

doc-x010-title = Una fila CSV tiene más o menos campos que la tabla
doc-x010-what = Las filas de la tabla tienen un número de campos (el que tiene la mayoría de las filas); esta fila tiene más o menos, así que, a partir de la celda indicada, sus valores pueden quedar bajo los encabezados equivocados.
doc-x010-why = Un campo perdido o agregado (una coma dentro de un número sin comillas como 1,234, una celda partida en dos) desplaza cada valor siguiente a la columna de al lado: una cifra de CO2 leída como CH4, una unidad leída como cantidad.
doc-x010-example = `I.1.1,Residential,1,234.5,t CO2e` en una tabla de cuatro columnas: la coma de los miles da cinco.
doc-x010-fix = Encierre entre comillas la celda que contiene el delimitador ("1,234.5"), o elimine el campo sobrante o restaure el que falta, y vuelva a exportar la tabla.

doc-x011-title = Filas en blanco dentro de una tabla CSV
doc-x011-what = Hay líneas en blanco entre la primera y la última fila de la tabla. Se omiten; esta nota indica dónde están, una vez por archivo.
doc-x011-why = Una fila en blanco dentro de los datos a menudo señala filas eliminadas a mano o dos tablas pegadas una tras otra; las filas que le siguen pueden pertenecer a otra tabla.
doc-x011-example = Una exportación en la que las filas 12 y 13 están vacías entre las filas de energía estacionaria y las de transporte.
doc-x011-fix = Nada, si las filas que las rodean van juntas; de lo contrario, divida el archivo o elimine las filas que no forman parte del inventario.

doc-y001-title = El período del inventario no abarca 12 meses
doc-y001-what = El inventario declara el primer y el último día de su período, y el período es más de una semana más corto o más largo que 12 meses (hasta 18 meses; los más largos son Y002). Se aceptan los años calendario y los años fiscales (2019-07-01 - 2020-06-30), y también un final en el aniversario del inicio (2019-01-01 - 2020-01-01, la forma de CDP).
doc-y001-why = El GPC pide un período continuo de 12 meses: las emisiones de un período más corto o más largo no son las de un año y no se pueden comparar con las de otros años o ciudades.
doc-y001-example = `2016-01-01 - 2016-01-12` en una celda `Accounting Year` de CDP: 12 días.
doc-y001-fix = Corrija las fechas del período, o ajuste el inventario a un período de 12 meses y declare ese período.

doc-y002-title = El período del inventario abarca varios años
doc-y002-what = El período del inventario es de más de 18 meses. El inventario se archiva bajo el año en que termina el período.
doc-y002-why = Un inventario abarca un año: un período de varios años suele ser un rango del año base al año actual escrito en lugar del año contable, o emisiones sumadas a lo largo de varios años, y en cualquier caso las cifras no son las emisiones de la ciudad en el año bajo el que se archivan.
doc-y002-example = `2008-01-01 - 2016-01-01` como año contable de una fila de CDP.
doc-y002-fix = Declare el período de 12 meses que abarca el inventario.

doc-y003-title = El año o el período del inventario todavía no ha terminado
doc-y003-what = El año del inventario es posterior al actual, o el período del inventario (su final declarado o, si no, el 31 de diciembre de su año) termina después de hoy (la fecha de la máquina que ejecuta ghgcheck, en UTC).
doc-y003-why = Las emisiones de un año que no ha terminado no pueden haberse medido: el año está mal escrito (2032 por 2023) o las cifras son una proyección presentada como inventario.
doc-y003-example = Un año de inventario 2099.
doc-y003-fix = Escriba el año en que se midieron las emisiones; presente las proyecciones como metas o escenarios, no como inventario.

doc-y004-title = El inventario se reportó mucho después de su año
doc-y004-what = El año en que se reportó el inventario (declarado como año de reporte, como el `Year Reported to CDP` de CDP o, si no, el año de la fecha de envío) es más de `max-reporting-lag-years` (3) años posterior al año del inventario. No se emite cuando se desconoce el año de reporte.
doc-y004-why = Un inventario antiguo reportado como actual distorsiona toda comparación y tendencia basada en el año en que se reportó; las redes piden un inventario que no tenga más de unos pocos años de antigüedad.
doc-y004-example = Una fila de CDP de 2016 cuyo `Measurement Year` es 2005: 11 años.
doc-y004-fix = Reporte un inventario reciente, o explique por qué el último es tan antiguo; el umbral se configura con `max-reporting-lag-years` en `[rules.options]`.

doc-y005-title = La cifra de población corresponde a un año alejado del año del inventario
doc-y005-what = El año de la población es más de `population-year-window` (5) años anterior o posterior al año del inventario.
doc-y005-why = Las emisiones per cápita dividen el inventario entre la población: en una ciudad en crecimiento, un censo diez años más antiguo que el inventario las sobreestima.
doc-y005-example = Un inventario de 2018 con la población de 2010.
doc-y005-fix = Escriba la población del año del inventario (o la estimación más cercana) y su año; la ventana se configura con `population-year-window` en `[rules.options]`.

doc-y006-title = Los años de inventario se leyeron a partir de períodos o años fiscales
doc-y006-what = Una tabla escribe los años de inventario como períodos (`2013-2014`, `2013 Apr - 2014 Mar`, `01 July 2015-30 June 2016`) o como años fiscales (`FY2016`), y cada uno se lee como un año: un período se reporta bajo el año en que termina, y `FY<year>` es el año fiscal que termina en ese año. Las fechas del período se conservan cuando están escritas. Un solo hallazgo por archivo, en la primera celda de ese tipo, lista las demás.
doc-y006-why = Las redes y las ciudades nombran un año fiscal por su inicio o por su final; leído al revés, un inventario queda desplazado un año, junto al año calendario de otra ciudad o a su propio inventario anterior.
doc-y006-example = `01 July 2015-30 June 2016` se lee como 2016; `FY2016`, como 2016.
doc-y006-fix = Nada, si se cumple la convención; si la tabla nombra los períodos por su inicio, escriba solo el año en la celda.
