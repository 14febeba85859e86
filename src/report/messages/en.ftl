## ghgcheck's messages in English: one entry per message id that findings
## carry (`Finding::new(code, id)`), written with the finding's named
## arguments. Help texts (how to fix it) are messages of their own, by
## convention `<id>-help`.

## The pipeline (src/pipeline.rs)

r099-internal-error = ghgcheck failed unexpectedly on this file
r099-internal-error-help = the rest of the batch was checked; please report this file to the ghgcheck maintainers

## Batch rules

b001-same-city-and-year = { $city } { $year } in { $file } ({ $id }) is also in { $first_file } ({ $first_id }), with the same totals
b001-same-city-and-year-no-totals = { $city } { $year } in { $file } ({ $id }) is also in { $first_file } ({ $first_id }); no total is stated by both, so they were not compared
b001-same-city-and-year-help = keep one of the two files in the batch, unless both are meant to be there
b002-totals-differ = { $city } { $year } in { $file } ({ $id }) is also in { $first_file } ({ $first_id }), but their totals differ: { $total } { $here } tCO2e here, { $there } tCO2e there
b002-totals-differ-help = find out which file is current and remove the other from the batch

## Rules (src/rules)

f001-country-missing = the country is not stated
f001-country-missing-help = write the country's ISO 3166-1 two-letter code
f001-population-missing = the population is not stated
f001-population-missing-help = write the resident population within the city boundary for the inventory year
f001-gwp-set-missing = the GWP set is not stated
f001-gwp-set-missing-help = write the IPCC assessment report whose GWP values were used: SAR, AR4, AR5 or AR6
f001-gpc-level-missing = the GPC reporting level is not stated
f001-gpc-level-missing-help = write basic or basic-plus
f001-boundary-missing = the geographic boundary is not stated
f001-boundary-missing-help = describe the boundary, e.g. administrative boundary of the municipality
f005-facts-have-no-place = this layout has no place for { $count ->
        [one] this fact
       *[other] these facts
    }: { $facts } ({ $inventories ->
        [one] 1 inventory lacks
       *[other] { $inventories } inventories lack
    } { $count ->
        [one] it
       *[other] them
    })
f005-facts-have-no-place-help = a sidecar file <file>.ghgcheck.toml beside the file can give `country = "<ISO code>"`, `gwp = "<SAR|AR4|AR5|AR6>"` and `gpc_level = "<basic|basic-plus>"` for every inventory in it (or pass --country and --gwp); population and boundary can only come with the submission itself, e.g. in the ghgcheck template (`ghgcheck template`)

g002-scope-mismatch = { $cell } is a scope { $cell_scope } cell, but the record says scope { $scope }
g002-scope-mismatch-help = write scope { $cell_scope } or move the emissions to the GPC cell of scope { $scope }

n002-notation-key-unexplained = notation key { $key } has no explanation
n002-explain-ie-help = name the GPC cell where these emissions are included, e.g. `included in I.2.1`
n002-explain-ne-help = say why the emissions were not estimated (no data, not significant, ...)
n002-explain-no-help = say why the activity does not occur in the city
n002-explain-c-help = say why the figure is confidential and where it is aggregated, if anywhere
n003-value-with-notation-key = the record has notation key { $key } and also emissions of { $amount } tCO2e
n003-value-with-notation-key-help = remove the key if the number is right, or remove the numbers if the key is
n004-ie-place-not-named = IE does not say where the emissions are included
n004-ie-place-not-named-help = write the GPC cell that holds them beside the key, e.g. `IE (I.1.1)`, or in its explanation, e.g. `included in I.1.1`
n005-ie-place-holds-no-value = IE says the emissions are included in { $place }, but no record there states an amount
n005-ie-place-holds-no-value-help = enter the emissions in { $place }, or correct the place named beside the key, or use the key that applies (NE, NO)
n006-key-in-no-gpc-cell = notation key { $key } stands where the GPC has no cell: { $label }, scope { $scope }
n006-key-in-no-gpc-cell-help = clear the cell, or move the key to the column it belongs to

t001-total-differs-from-gases = the total { $total } tCO2e differs from the sum of its gases, { $sum } tCO2e
t001-total-differs-from-gases-help = check the units of the total and of each gas column, and that every gas is in the total
t002-total-differs-from-records = `{ $total }` states { $stated } tCO2e, but { $records ->
        [one] the record it covers ({ $cells }) holds
       *[other] the { $records } records it covers ({ $cells }) sum to
    } { $recomputed } tCO2e, { $difference } tCO2e apart
t002-total-but-records-state-keys = `{ $total }` states { $stated } tCO2e, but { $records ->
        [one] the record it covers ({ $cells }) states
       *[other] the { $records } records it covers ({ $cells }) state
    } only a notation key and no amount
t002-key-but-records-hold-amounts = `{ $total }` is { $key }, but { $records ->
        [one] the record it covers ({ $cells }) holds
       *[other] the { $records } records it covers ({ $cells }) sum to
    } { $recomputed } tCO2e
t002-counts-energy-generation-help = the difference is the { $counted } tCO2e of grid-supplied energy generated in the city (I.4.4), which counts in scope 1 but in no BASIC or BASIC+ total: take it out of the stated total
t002-counts-biogenic-co2-help = the difference is the records' { $counted } t of biogenic CO2, which the GPC reports beside the totals, never in them: take it out of the stated total
t002-total-differs-from-records-help = correct the total or the record that is wrong; totals agree within the total tolerance (`[rules.options]`, 0.5 % or 1 t by default)
t003-subtotal-differs-from-parts = `{ $total }` states { $stated } tCO2e, but { $parts ->
        [one] its row ({ $cells }) says
       *[other] its { $parts } rows ({ $cells }) sum to
    } { $sum } tCO2e, { $difference } tCO2e apart
t003-key-but-parts-hold-amounts = `{ $total }` is { $key }, but { $parts ->
        [one] its row ({ $cells }) says
       *[other] its { $parts } rows ({ $cells }) sum to
    } { $sum } tCO2e
t003-subtotal-differs-from-parts-help = make the total the sum of its rows, or correct the row that is wrong
t004-basic-plus-below-basic = BASIC+ is { $basic_plus } tCO2e, { $difference } tCO2e below BASIC ({ $basic } tCO2e), which it contains
t004-basic-plus-zero = BASIC+ is 0 tCO2e, below BASIC ({ $basic } tCO2e), which it contains
t004-basic-plus-below-basic-help = leave BASIC+ empty if it was not calculated; only land removals (V.2) larger than IPPU, AFOLU and scope-3 sources make it smaller than BASIC
t005-basic-above-scopes = BASIC is { $basic } tCO2e, { $difference } tCO2e above scope 1 + 2 + 3 ({ $scope1 } + { $scope2 } + { $scope3 } = { $scopes } tCO2e), of which it is made
t005-basic-above-scopes-help = check which scope total leaves sources out, or which BASIC source is counted twice; only land removals (V.2) in scope 1 can make BASIC larger
g003-ref-conflicts-with-labels = the row states { $stated }, but `{ $label }` in scope { $scope } is { $implied }
g003-ref-conflicts-with-label = the row states { $stated }, but `{ $label }` is { $implied }
g003-ref-conflicts = the row states { $stated }, but its labels point to { $implied }
g003-ref-conflicts-with-labels-help = if the labels are right, write { $implied }; otherwise correct the sector or scope words
g006-crf-only-row = `{ $label }` is a row with no GPC cell; it counts in no GPC total

## Completeness, signs, magnitude, duplicates (src/rules/completeness.rs,
## signs.rs, magnitude.rs, duplicates.rs)

c001-cell-blank = { $cell_level } cell { $cell } ({ $sub_sector }, scope { $scope }) is blank: a { $level } inventory needs its emissions or a notation key
c001-cell-blank-help = write the emissions of { $cell }, or a notation key with its explanation: NO if the activity does not occur, IE if it is counted in another cell, NE if it was not estimated
c001-cell-no-row = { $cell_level } cell { $cell } ({ $sub_sector }, scope { $scope }) is not in the file: a { $level } inventory needs its emissions or a notation key
c001-cell-no-row-help = add a row for { $cell } after the last record, with its emissions or a notation key (NO, IE, NE or C) and an explanation
c001-cells-no-row = { $count } cells a { $level } inventory needs are not in the file: { $cells }; each needs its emissions or a notation key
c001-cells-no-row-help = add a row for each of them after the last record, with its emissions or a notation key (NO, IE, NE or C) and an explanation
c001-cells-no-record = { $count } cells a { $level } inventory needs have no record: { $cells }; each needs its emissions or a notation key
c001-cells-no-record-help = add a record for each of them with its emissions or a notation key (NO, IE, NE or C) and an explanation
c001-cell-no-record = { $cell_level } cell { $cell } ({ $sub_sector }, scope { $scope }) has no record: a { $level } inventory needs its emissions or a notation key
c001-cell-no-record-help = add a record for { $cell } with its emissions or a notation key (NO, IE, NE or C) and an explanation
c001-territorial-cell-blank = territorial cell { $cell } ({ $sub_sector }, scope 1) is blank, but the stated scope-1 total covers it: it needs its emissions or a notation key
c001-territorial-cells-no-row = { $count ->
        [one] 1 territorial cell is
       *[other] { $count } territorial cells are
    } not in the file, but the stated scope-1 total covers them: { $cells }; each needs its emissions or a notation key
c002-activity-without-emissions = `{ $activity }` has { $amount } { $unit } of activity data but no emissions and no notation key
c002-activity-without-emissions-no-unit = `{ $activity }` has an activity amount of { $amount } but no emissions and no notation key
c002-unlabelled-activity-without-emissions = the record has { $amount } { $unit } of activity data but no emissions and no notation key
c002-unlabelled-activity-without-emissions-no-unit = the record has an activity amount of { $amount } but no emissions and no notation key
c002-activity-without-emissions-help = write the emissions computed from it (activity × emission factor), or the notation key NE with an explanation if they were not estimated
d001-duplicate-record = this record repeats the one at { $first } ({ $cell }, `{ $activity }`): the file holds it { $times ->
        [2] twice
       *[other] { $times } times
    }, so every total it counts in is inflated
d001-duplicate-record-no-activity = this record repeats the one at { $first } ({ $cell }): the file holds it { $times ->
        [2] twice
       *[other] { $times } times
    }, so every total it counts in is inflated
d001-duplicate-unnamed-record = this record repeats the one at { $first }: the file holds it { $times ->
        [2] twice
       *[other] { $times } times
    }, so every total it counts in is inflated
d001-duplicate-record-help = delete the repeated rows; if two sources really emit the same amount, tell them apart in the activity, its description or its source
v001-negative-total = the total is negative ({ $value } tCO2e); only AFOLU land (V.2) may have negative emissions
v001-negative-gas = { $gas } is negative ({ $value } tCO2e); only AFOLU land (V.2) may have negative emissions
v001-negative-gas-mass = the mass of { $gas } is negative ({ $value } t); only AFOLU land (V.2) may have negative emissions
v001-negative-biogenic-co2 = biogenic CO2 is negative ({ $value } t); only AFOLU land (V.2) may have negative emissions
v001-negative-activity = the activity amount is negative ({ $value }); activity data cannot be negative outside AFOLU land (V.2)
v001-negative-value-help = check the sign; removals belong in V.2, and offsets, certificates and avoided emissions are reported outside the inventory
v001-negative-stated-total = the stated total `{ $label }` is negative ({ $value } { $unit }); only totals that include AFOLU land (V.2) may be negative
v001-negative-unlabelled-total = a stated total is negative ({ $value } { $unit }); only totals that include AFOLU land (V.2) may be negative
v001-negative-stated-total-help = check the sign: BASIC, scope 2 and 3 totals and the totals of sectors other than AFOLU cannot be negative
v002-basic-per-capita-high = BASIC emissions of { $basic } tCO2e are { $per_capita } t per person for { $population } residents, above the plausible { $bound } t
v002-basic-per-capita-low = BASIC emissions of { $basic } tCO2e are { $per_capita } t per person for { $population } residents, below the plausible { $bound } t
v002-looks-like-kg-help = looks like kg, or a population in thousands: × 0.001 gives { $corrected } t per person; check the units of the emission figures and of the population
v002-looks-like-kt-help = if the figures are in kt, or the population is a thousand times too large, × 1000 gives { $corrected } t per person; otherwise check that every BASIC sector is included
v002-basic-per-capita-low-help = check that every BASIC sector is included and that the population is the number of residents within the boundary
v002-basic-per-capita-high-help = check the units of the largest figures, and that the population is the number of residents, not thousands
v003-record-per-capita-high = { $amount } tCO2e in one record are { $per_capita } t per person for { $population } residents, above the plausible { $bound } t for one record
v003-looks-like-kg-help = looks like kg: × 0.001 gives { $corrected } t per person; check the unit of this figure
v003-record-per-capita-high-help = check the unit of this figure and the population

## CO2e weighting and restatement (src/normalize/co2e.rs)

u002-set-lacks-gas = { $mass } t of { $gas } has no CO2e: { $set } gives no GWP for { $gas }
u002-set-lacks-gas-help = give { $gas } in tCO2e, or declare a set that covers it
u002-no-gwp-set = { $mass } t of { $gas } has no CO2e: the inventory declares no GWP set
u002-no-gwp-set-help = state the GWP set (SAR, AR4, AR5 or AR6), e.g. with --gwp AR5
u003-mixtures = the figures stay in { $from }: the record { $record ->
        [none] without a GPC ref
       *[other] { $record }
    } holds HFCs or PFCs, mixtures no single GWP re-weights
u003-gas-not-in-wanted-set = the figures stay in { $from }: the record { $record ->
        [none] without a GPC ref
       *[other] { $record }
    } gives { $gas }, for which { $to } has no GWP
u003-gas-not-in-declared-set = the figures stay in { $from }: the record { $record ->
        [none] without a GPC ref
       *[other] { $record }
    } gives { $gas } in CO2e, which { $from } has no GWP to re-weight
u003-only-a-total = the figures stay in { $from }: the record { $record ->
        [none] without a GPC ref
       *[other] { $record }
    } gives only a total in CO2e, not its gases
u003-gases-do-not-add-up = the figures stay in { $from }: the record { $record ->
        [none] without a GPC ref
       *[other] { $record }
    } has a total of { $total } tCO2e that its gases ({ $sum }) do not add up to
u003-restatement-impossible-help = give CO2, CH4 and N2O separately to allow restating in { $to }
u004-gwp-restated = CO2e figures restated from { $from } to { $to }

## Units of activity data and emission factors (src/normalize/unit_check.rs)

u001-unknown-activity-unit = the activity unit `{ $unit }` is not in the unit table
u001-unknown-activity-unit-help = write a unit of the table in schemas/units.csv, e.g. kWh, GJ, m3, L, t, km
u001-did-you-mean-help = did you mean { $suggestions }?
u001-unknown-factor-unit = the emission-factor unit `{ $unit }` is not a mass per quantity ghgcheck knows
u001-unknown-factor-unit-help = write it as a mass (or mass of CO2e) per energy, volume, mass or distance, e.g. kg/TJ, gCO2e/MJ, tCO2e/MWh
u005-ambiguous-unit-read-as = the unit `{ $unit }` is ambiguous; it is read as { $read_as }
u005-ambiguous-factor-unit = the unit `{ $unit }` is ambiguous; it is read as the unit
u005-ambiguous-unit-help = { $why }; write the unambiguous spelling

## Layouts: reading cells (layout/builder.rs, layout/refs.rs, layout/header.rs, layout/mod.rs)

x001-text-in-number-cell = `{ $field }` must be a number, found { $found ->
        [error] an error value { $found_value }
        [date] a date { $found_value }
        [boolean] a boolean { $found_value }
        [number] a number
       *[text] text
    }
x001-text-in-number-cell-help = enter the number alone (no units or words); for a missing value leave the cell empty and use a notation key (NO, IE, NE, C) with an explanation
x001-error-value-help = the cell's formula fails: correct the formula or the cells it uses, or enter the number itself
x001-date-cell-help = the cell is formatted as a date: format it as a number and enter the amount again
s005-not-a-date-cell = `{ $field }` must be a date, found { $found ->
        [error] an error value { $found_value }
        [date] a date { $found_value }
        [boolean] a boolean { $found_value }
        [number] a number
       *[text] text
    }
s005-not-a-date-cell-help = write the date as YYYY-MM-DD, e.g. 2023-12-31, or enter it as a spreadsheet date
x007-ambiguous-number = `{ $field }` `{ $value }` is read as { $reading }, but means { $comma_reading } where `,` is the decimal mark; the file's other numbers do not tell which it uses
x007-ambiguous-number-help = write the number without a thousands separator ({ $as_thousands } or { $as_decimal }), or enter it in a number cell
g005-ref-normalised = `{ $value }` read as GPC reference { $gpc_ref }
g005-ref-normalised-help = write { $gpc_ref }
r007-sheet-lacks-column = sheet '{ $sheet }' has no column `{ $column }`
r007-header-row-lacks-column = the header row has no column `{ $column }`
r007-lacks-column-help = restore the column header `{ $column }` exactly as in the template (`ghgcheck template`)
r009-unknown-table = the layout is not one ghgcheck knows: found a table with the headers { $headers }
r009-unknown-workbook = the layout is not one ghgcheck knows: found the sheets { $sheets }
r009-not-an-inventory-document = the JSON document is not an inventory: it has none of the keys of schemas/inventory.schema.json (city, inventory, emissions, ...); found { $found }
r009-not-an-inventory-document-help = a JSON submission follows the inventory schema (`ghgcheck schema`); leave summary or index files out of the batch with --exclude
r009-unknown-layout-help = fill in the ghgcheck template (`ghgcheck template -o inventory.xlsx`) and submit that

## Layouts: CityCatalyst exports (layout/citycatalyst.rs)

x004-rows-read = { $rows } { $rows ->
        [one] row read
       *[other] rows read
    }
x004-rows-read-unused-columns = { $rows } { $rows ->
        [one] row read
       *[other] rows read
    }; columns not used: { $columns }
x004-rows-read-with-subtotals = { $rows } { $rows ->
        [one] row read
       *[other] rows read
    }, { $subtotals } of them { $subtotals ->
        [one] a subtotal row
       *[other] subtotal rows
    } (a GPC sector or sub-sector, read as a stated total)
x004-rows-read-with-subtotals-unused-columns = { $rows } { $rows ->
        [one] row read
       *[other] rows read
    }, { $subtotals } of them { $subtotals ->
        [one] a subtotal row
       *[other] subtotal rows
    } (a GPC sector or sub-sector, read as a stated total); columns not used: { $columns }
u005-ambiguous-total-unit = the unit `{ $unit }` is ambiguous; it is read as { $read_as }
u005-ambiguous-total-unit-help = { $why }; write the unambiguous spelling
x003-total-unit-not-co2e = the unit `{ $unit }` of the total is a unit of { $dimension }, not of CO2e mass
x003-total-unit-unknown = the unit `{ $unit }` of the total is not known
x003-total-unit-help = write t CO2e (or kg CO2e) as the unit of Total Emissions
x003-total-unit-suggestion-help = did you mean { $suggestions }? Total Emissions must be a mass of CO2e, e.g. t CO2e
x006-amount-without-unit = `{ $column }` { $amount } has no unit, so it counts in no total
x006-amount-without-unit-help = write the unit of `{ $column }` in this cell, e.g. t CO2e (or kg CO2e)

## Layouts: facts from outside the file (layout/facts.rs)

f002-fact-from-file-name = { $fact } `{ $value }` taken from the file name
f002-fact-from-file-name-help = if it is wrong, rename the file or pass --city, --country or --year
f002-city-from-un-locode = city name `{ $value }` from the UN/LOCODE `{ $code }` in the file name
f002-city-from-un-locode-help = the name is spelled as the UN/LOCODE list spells it; if it is not the city's, pass --city or rename the file
f002-country-from-un-locode = country `{ $value }` from the UN/LOCODE `{ $code }` in the file name
f002-unknown-un-locode = city name `{ $value }` taken from the file name: the UN/LOCODE `{ $code }` is not in ghgcheck's UN/LOCODE table, so the code stands for the name
f002-unknown-un-locode-help = pass --city with the city's name (or write `city = "..."` in a sidecar file), or rename the file if the code is mistyped
f003-fact-from-sidecar = { $fact } `{ $value }` taken from { $sidecar }
f003-fact-from-sidecar-help = edit the sidecar file if the value is wrong
f003-fact-from-command-line = { $fact } `{ $value }` taken from the command line
f003-fact-from-command-line-help = check the value passed on the command line
f004-sidecar-unreadable-at-line = the sidecar file { $file } cannot be read (line { $line }): { $reason }
f004-sidecar-unreadable = the sidecar file { $file } cannot be read: { $reason }
f004-sidecar-help = the sidecar holds `city = "..."`, `country = "<ISO code>"`, `year = <year>`, `gwp = "<set>"` and `gpc_level = "<level>"` lines only

## Layouts: GCoM eCRF workbooks (layout/ecrf/)

r006-ecrf-lacks-sheet = the eCRF workbook has no sheet '{ $sheet }'
r006-ecrf-lacks-sheet-help = restore the sheet '{ $sheet }' from the eCRF template with its original name
x004-activity-rows-read = { $sheet }: { $rows } { $rows ->
        [one] activity row read
       *[other] activity rows read
    }
x004-activity-rows-read-skipped = { $sheet }: { $rows } { $rows ->
        [one] activity row read
       *[other] activity rows read
    }; { $skipped } { $skipped ->
        [one] row without values or notation key skipped
       *[other] rows without values or notation key skipped
    }
x004-activity-rows-read-placeholders = { $sheet }: { $rows } { $rows ->
        [one] activity row read
       *[other] activity rows read
    }; { $placeholders } { $placeholders ->
        [one] placeholder row for a cell the GPC does not have skipped
       *[other] placeholder rows for cells the GPC does not have skipped
    }
x004-activity-rows-read-skipped-placeholders = { $sheet }: { $rows } { $rows ->
        [one] activity row read
       *[other] activity rows read
    }; { $skipped } { $skipped ->
        [one] row without values or notation key skipped
       *[other] rows without values or notation key skipped
    }; { $placeholders } { $placeholders ->
        [one] placeholder row for a cell the GPC does not have skipped
       *[other] placeholder rows for cells the GPC does not have skipped
    }
g007-placeholder-row = `{ $label }` ({ $scope_words }) names no GPC cell and holds only a notation key: skipped
g004-row-scope-words-name-no-scope = no GPC cell for `{ $label }` ({ $scope_words }): scope words { $quoted_scope_words } name no scope
g004-row-is-a-total = no GPC cell for `{ $label }` ({ $scope_words }): { $quoted_sub_sector } is a total row
g004-row-sub-sector-unknown = no GPC cell for `{ $label }` ({ $scope_words }): sub-sector { $quoted_sub_sector } not recognised
g004-row-sub-sector-outside-sector = no GPC cell for `{ $label }` ({ $scope_words }): sub-sector { $gpc_sub_sector } is not in sector { $sector }
g004-row-fits-several-cells = no GPC cell for `{ $label }` ({ $scope_words }): the labels fit { $cells } alike, so the row cannot be placed
g004-row-no-cell-in-scope = no GPC cell for `{ $label }` ({ $scope_words }): the GPC has no scope { $scope } cell for sub-sector { $gpc_sub_sector }
g004-row-without-ref-or-sub-sector = no GPC cell for `{ $label }` ({ $scope_words }): the row has neither a GPC ref nor a CRF sub-sector
g004-row-help = write the GPC reference number in `{ $ref_column }`
g004-row-suggestion-help = did you mean `{ $suggestion }`? Or write the GPC reference number in `{ $ref_column }`

## Layouts: tables a mapping file describes (layout/mapped/)

r006-workbook-lacks-sheet = the workbook has no sheet '{ $sheet }'
r006-mapping-sheet-help = the mapping { $mapping } reads the sheet '{ $sheet }'
r007-no-mapped-header-row = no header row holds any column the mapping names
r007-no-mapped-header-row-help = check the column names in { $mapping } against the file's header row
m001-mapping-column-missing = the table has no column { $columns }
r007-no-mapped-header-row-in-sheets = no sheet has a header row holding a column the mapping names (sheets tried: { $sheets })
m001-mapping-column-missing-in-sheets = no sheet has the columns the mapping needs (sheets tried: { $sheets }); the first sheet has no column { $columns }
x004-sheet-found-by-headers-help = read the sheet '{ $sheet }': the first whose header row holds the columns { $mapping } needs
m001-mapping-column-missing-help = { $mapping }:{ $line } names it: correct the name there or add the column to the file
u005-ambiguous-mapping-unit = the unit `{ $unit }` in { $mapping } is ambiguous; it is read as { $read_as }
u005-ambiguous-mapping-unit-help = { $why }; write the unambiguous spelling in the mapping
x004-table-rows-read = { $rows } { $rows ->
        [one] row
       *[other] rows
    } read into { $inventories } { $inventories ->
        [one] inventory
       *[other] inventories
    } with { $mapping }
x004-table-rows-read-left-out = { $rows } { $rows ->
        [one] row
       *[other] rows
    } read into { $inventories } { $inventories ->
        [one] inventory
       *[other] inventories
    } with { $mapping }; { $left_out } { $left_out ->
        [one] row without an inventory left out
       *[other] rows without an inventory left out
    }
x004-table-rows-read-unused-columns = { $rows } { $rows ->
        [one] row
       *[other] rows
    } read into { $inventories } { $inventories ->
        [one] inventory
       *[other] inventories
    } with { $mapping }; columns not used: { $columns }
x004-table-rows-read-left-out-unused-columns = { $rows } { $rows ->
        [one] row
       *[other] rows
    } read into { $inventories } { $inventories ->
        [one] inventory
       *[other] inventories
    } with { $mapping }; { $left_out } { $left_out ->
        [one] row without an inventory left out
       *[other] rows without an inventory left out
    }; columns not used: { $columns }
x002-fact-differs-in-inventory = `{ $field }` is `{ $value }` here but `{ $first_value }` in { $first_cell } for the same city and year
x002-fact-differs-in-inventory-help = rows of one inventory repeat the same facts: make this cell match
g004-labels-name-no-cell = no GPC cell for `{ $label }` (scope { $scope })
g004-labels-name-no-cell-help = give the GPC reference number, or a sub-sector and scope that name one GPC cell
g004-labels-name-no-cell-suggestion-help = did you mean `{ $suggestion }`? Or give the GPC reference number
g004-label-unknown = no GPC cell for `{ $label }`: the mapping's label map has no entry for it and no sub-sector label ghgcheck knows is in it
g004-label-without-scope = no GPC cell for `{ $label }`: the label names a sub-sector but nothing gives its scope
g004-label-map-help = add an entry for "{ $label }" under [labels.map] in the mapping, with its gpc_ref (a cell such as I.1.1, or a sub-sector such as I.1 and a scope)
g004-label-map-suggestion-help = did you mean `{ $suggestion }`? Or add the label to the mapping's [labels.map] with its GPC ref and scope
x005-rows-hold-no-inventory = { $count ->
        [one] 1 row holds
       *[other] { $count } rows hold
    } no inventory ({ $reason }) and { $count ->
        [one] was
       *[other] were
    } left out: { $count ->
        [one] row
       *[other] rows
    } { $rows }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    }
s008-period-runs-backwards = `{ $field }` runs backwards: it ends ({ $end }) before it starts ({ $start })
s008-not-a-year-or-period = `{ $field }` is not a year or a period
s008-period-help = write the year (2015) or the period as start - end (2015-01-01 - 2015-12-31)

## Layouts: the submission template (layout/template/); its missing sheet
## reads r006-workbook-lacks-sheet

r006-template-sheet-help = restore the sheet '{ $sheet }' with its original name; `ghgcheck template -o blank.xlsx` writes a copy to compare with
x002-fact-differs-in-csv = `{ $field }` is `{ $value }` here but `{ $first_value }` in { $first_cell }
x002-fact-differs-in-csv-help = every row of a CSV submission repeats the same inventory facts: make this cell match, or split the file into one file per inventory

## The inventory schema (schema/errors.rs)

s001-required-missing = `{ $field }` is required but missing
s001-required-missing-help = write `{ $field }` here: an inventory cannot be identified or filed without it
s007-no-emissions = the inventory has no emission records and no reported totals
s007-no-emissions-help = enter emissions (tCO2e per gas or in total) or notation keys for the GPC cells the inventory covers; in a table of totals (CDP), the totals in their columns
s003-not-the-constant = `{ $field }` must be { $expected }
s003-not-the-constant-help = write { $expected }
s002-wrong-type = `{ $field }` has the wrong type (expected { $expected })
s002-wrong-type-help = enter a value of the kind the column header asks for
s004-too-small = `{ $field }` is too small (the lowest allowed is { $limit })
s004-too-small-help = check the number for a typing error, a wrong sign or a wrong unit
s004-not-above = `{ $field }` is too small (it must be more than { $limit })
s004-too-large = `{ $field }` is too large (the highest allowed is { $limit })
s004-not-below = `{ $field }` is too large (it must be less than { $limit })
s004-too-large-help = check the number for a typing error or a wrong unit
s005-not-a-country-code = `{ $field }` is not a two-letter ISO 3166-1 country code
s005-not-a-country-code-help = write the country as its ISO code, e.g. BR for Brazil, DE for Germany
s005-not-a-country-code-suggestion-help = did you mean { $country_code } ({ $country_name })? write the country as its ISO code, e.g. BR for Brazil, DE for Germany
s005-not-a-un-locode = `{ $field }` is not a UN/LOCODE
s005-not-a-un-locode-help = write the code as country + location, e.g. BR POA
s005-not-an-email = `{ $field }` is not an e-mail address
s005-not-an-email-help = write one address, e.g. climate@city.example
s005-not-a-date = `{ $field }` is not a date (YYYY-MM-DD)
s005-not-a-date-help = write the date as YYYY-MM-DD, e.g. 2023-12-31
s005-bad-format = `{ $field }` is not in the expected format
s005-bad-format-help = compare the value with the field's description in `ghgcheck schema`
s006-unknown-field = `{ $name }` is not a field of the inventory schema (at { $at })
s006-unknown-field-help = rename or remove the field; `ghgcheck schema` lists the field names
s099-schema-rule-broken = `{ $field }` breaks the schema rule `{ $rule }`
s099-schema-rule-broken-help = compare the field with its description in `ghgcheck schema`
y006-year-from-period = `{ $written }` is read as the year { $year }{ $count ->
        [one] {""}
       *[other] ; { $count } inventory years were read from periods or fiscal years: { $cells }{ $more ->
            [0] {""}
           *[other] {" "}and { $more } more
        }
    }
y006-year-from-period-help = a period is reported under the year it ends in (an end on 1 January counts for the year before); FY2016 is the fiscal year ending in 2016; write the year alone if another is meant
g008-value-in-no-gpc-cell = `{ $column }` is no GPC cell, but this cell holds { $value } tCO2e: kept as a record without a GPC cell, in no total ghgcheck recomputes
g008-value-in-no-gpc-cell-scope-help = the table's own totals may count it, so its scope { $scope }, BASIC and BASIC+ totals are not compared with the records here; move it to { $suggestion } if it belongs there
g008-value-in-no-gpc-cell-help = the table's own totals may count it, so its totals are not compared with the records here; move it to { $suggestion } if it belongs there
g001-unknown-gpc-ref = `{ $value }` is not a GPC reference number
g001-unknown-gpc-ref-help = use one of the 53 GPC v1.1 reference numbers (I.1.1 ... VI.1); `ghgcheck template` lists them
g001-unknown-gpc-ref-suggestion-help = did you mean { $suggestion }? Use one of the 53 GPC v1.1 reference numbers (I.1.1 ... VI.1)
n001-invalid-notation-key = `{ $value }` is not a notation key
n001-invalid-notation-key-help = use NO (not occurring), IE (included elsewhere), NE (not estimated) or C (confidential), with an explanation
s003-value-not-allowed = `{ $field }` `{ $value }` is not one of the allowed values
s003-value-not-allowed-help = use one of: { $allowed }

## Reading files (src/read)

r008-cannot-open = cannot open the file: { $error }
r008-cannot-open-help = check that the file exists and that this account may read it
r005-empty-file = the file is empty (0 bytes)
r005-empty-file-help = export the inventory again and check that the export finished
r005-no-cells-with-data = the file holds no cells with data
r005-no-cells-with-data-help = check that the right file was exported and that it contains the inventory
r002-json-syntax = not valid JSON: { $error }
r002-json-syntax-help = fix the JSON syntax at the line and column given (a missing comma or quote is the usual cause)
r003-zip-directory-missing = the workbook is cut short: its zip directory is missing
r003-zip-directory-missing-help = download or copy the file again from its origin and compare its size
r004-password-protected = the workbook is password-protected: it is an encrypted OLE container (EncryptionInfo stream), not a readable zip workbook
r004-password-protected-help = open it, remove the password (File > Info > Protect Workbook > Encrypt with Password), save and resubmit
r001-binary-file = the file is { $kind ->
        [pdf] a PDF document
        [png] a PNG image
        [jpeg] a JPEG image
        [gif] a GIF image
        [gzip] a gzip archive
        [rar] a RAR archive
        [seven-zip] a 7-Zip archive
        [rtf] an RTF document
       *[unknown] a binary file of unknown type
    }, not a spreadsheet, CSV or JSON document
r001-binary-file-help = export the inventory from the spreadsheet program as .xlsx, .ods or .csv
r001-not-a-spreadsheet = the file is named .{ $extension } but its content is not a spreadsheet
r001-not-a-spreadsheet-help = it may be a text or web page saved under a spreadsheet name: open it, save it as .xlsx, and resubmit
r010-not-utf8 = the CSV is not UTF-8 text (first bad byte at offset { $offset })
r010-not-utf8-help = save the file again choosing the encoding "CSV UTF-8" (Excel) or "Unicode (UTF-8)" (LibreOffice)
r002-csv-syntax = the CSV cannot be parsed: { $error }
r002-csv-syntax-help = check the quoting around the reported line: every opening quote needs a closing one
r002-spreadsheet-undecodable = the spreadsheet cannot be decoded: { $error }
r002-spreadsheet-undecodable-help = open the file in Excel or LibreOffice, let it repair the workbook, save it again and resubmit
r002-sheet-undecodable-help = the sheet '{ $sheet }' cannot be decoded: open the workbook, let the program repair it, save and resubmit
r011-value-far-outside = { $place ->
        [table] the table
       *[sheet] the sheet '{ $sheet }'
    } spans { $span }, { $cells } cells, for { $values } values: the value at { $cell } lies far outside the rest (ghgcheck reads at most { $budget } cells a sheet)
r011-value-far-outside-help = delete the value at { $cell } (in Excel, Ctrl+End jumps to the last used cell), or the rows and columns between the table and it, then save and resubmit
r011-spans-too-many-cells = { $place ->
        [table] the table
       *[sheet] the sheet '{ $sheet }'
    } spans { $span }, { $cells } cells, more than the { $budget } ghgcheck reads a sheet
r011-spans-too-many-cells-help = split the table into several files, or delete the rows and columns that are not part of the inventory
r011-declared-size-too-large = the sheet '{ $sheet }' declares a size of { $cells } cells (its DIMENSIONS record), more than the { $budget } ghgcheck reads a sheet
r011-declared-size-too-large-help = the size recorded in the file is wrong or the sheet is too large: open the workbook in Excel or LibreOffice, save it as .xlsx and resubmit
k001-pledge-not-met = { $targets ->
    [one] the inventory's target does not meet
   *[other] none of the inventory's { $targets } targets meets
} the { $network } pledge ({ $pledge })
k001-pledge-not-met-help = state the target adopted on signing, or check that the right network profile is applied
h001-unexplained-change = { $total } changed by { $change } % since { $earlier_year } ({ $before } tCO2e in { $earlier_file }, { $after } tCO2e now), more than { $threshold } %, and no reason is given
h001-unexplained-change-help = explain the change in the comments on change in total emissions since the last inventory, or check both years' figures and units

## Rules: years, targets and arithmetic (src/rules/years.rs, targets.rs,
## gwp_weights.rs, biogenic.rs, activity_factor.rs)

y001-period-not-twelve-months = the inventory period { $start } – { $end } covers { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, not 12 months
y001-period-not-twelve-months-help = the GPC asks for one continuous 12-month period, calendar or fiscal: correct the dates of its start or end
y002-period-of-several-years = the inventory period { $start } – { $end } runs over several years ({ $days } days), not 12 months
y002-period-of-several-years-help = state the 12-month period the inventory covers; a baseline-to-current range is not an accounting year
y003-year-in-future = the inventory year { $year } is in the future (today is { $today })
y003-period-not-over = the inventory's period ends on { $end }, after today ({ $today }): it has not ended yet
y003-inventory-in-future-help = write the year the emissions were measured in; a projection is not an inventory
y004-reported-years-later = the inventory of { $year } was reported in { $reporting_year }, { $lag } years later, more than the { $most } allowed
y004-reported-years-later-help = report a recent inventory, or say why the latest one is this old (the limit is max-reporting-lag-years under [rules.options])
y005-population-year-far = the population is of { $population_year }, { $apart } years from the inventory year { $year } (at most { $window } allowed)
y005-population-year-far-help = write the population of the inventory year, or the nearest estimate, and its year
p001-target-not-after-base = the target year { $target_year } is not after the base year { $base_year }
p001-target-not-after-base-help = the base year is the year the reduction is measured from, the target year the year it is to be met by
p002-reduction-of-nothing = the target's reduction is 0 %
p002-reduction-of-nothing-help = write the planned reduction in percent, or remove the target
p002-reduction-as-fraction = the target's reduction is { $percent } %, which looks like a fraction: did you mean { $as_percent } %?
p002-reduction-as-fraction-help = write the reduction in percent (40 for 40 %), not as a fraction
p003-base-year-missing = the base-year target does not state its base year
p003-base-year-emissions-missing = the base-year target does not state the emissions of its base year { $base_year }
p003-base-year-target-incomplete-help = write the base year and the inventory's total for that year, in tCO2e
p004-neutrality-target-without-year = the { $kind } target does not state its year
p004-neutrality-target-without-year-help = write the year by which the city is to reach it, e.g. 2050
a001-co2e-in-another-gwp-set = { $gas } of { $mass } t is stated as { $tco2e } tCO2e, which is not { $declared } (× { $gwp }) but { $other } (× { $other_gwp })
a001-co2e-in-another-gwp-set-help = { $gas } × { $other_gwp } matches { $other } but { $declared } is declared: recompute the CO2e with { $declared }, or declare { $other }
a002-biogenic-co2-in-total = the total { $total } tCO2e counts the record's biogenic CO2 ({ $biogenic } t); without it the total is { $without } tCO2e
a002-biogenic-co2-in-total-help = report biogenic CO2 beside the total, never in it
a003-activity-times-factor = { $activity } { $activity_unit } × { $factor } { $factor_unit } gives { $expected } tCO2e, but the record states { $stated }
a003-activity-times-factor-help = check the activity amount, the factor and their units, and any share or oxidation factor applied
a003-slip-help = the stated amount is the computed one { $slip }: check the units of the activity, the factor and the emissions (kg for t, kWh for MJ)
a003-unweighted-help = the stated amount is the mass of { $gas }, not weighed by its GWP ({ $gwp }): write its CO2e, the mass × { $gwp }
a003-other-gwp-help = { $gas } × { $other_gwp } matches { $other }, not the declared set's { $gwp }: weigh the gas with the declared set's GWP

## Blank templates (rules/blank_template.rs)

x008-blank-template = this is a blank template: it names no city and no year and holds no emission figure
x008-blank-template-help = fill in the city, the inventory year and the emissions (or notation keys) of each GPC cell, then check it again
x009-duplicate-column = the header `{ $column }` repeats the one in { $first }: only the first is read, and the values under this one are not
x009-duplicate-column-help = correct this column's header (a gas or total typed over another's?), or remove the column if it is a copy
x010-ragged-row = row { $row } has { $fields } fields where the table has { $table }: from here its values may sit under the wrong headers
x010-ragged-row-help = quote a cell that holds the delimiter ("1,234.5"), or restore the missing field, and export the table again
x011-blank-rows-in-data = { $count ->
        [one] 1 blank row stands
       *[other] { $count } blank rows stand
    } inside the table (row { $rows }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    }): { $count ->
        [one] it is
       *[other] they are
    } skipped
x011-blank-rows-in-data-help = nothing to do if the rows around them belong together; otherwise split the file or remove the rows that are not part of the inventory

## Rule documentation (`ghgcheck explain`, docs/rules.md): the headings of
## a code's parts; the English parts are the registry's (diagnostic/code.rs),
## the translations' are in rules-<lang>.ftl

rules-heading-what = What it checks
rules-heading-why = Why it matters
rules-heading-example = Example
rules-heading-fix = How to fix

## Words that messages take as arguments (`Arg::Word`): facts
## (layout/facts.rs) and dimensions of units (normalize/units/dimension.rs)

fact-city-name = city name
fact-country = country
fact-un-locode = UN/LOCODE
fact-inventory-year = inventory year
fact-gpc-level = GPC reporting level
fact-gwp-set = GWP set
dimension-mass = mass
dimension-co2e-mass = CO2e mass
dimension-energy = energy
dimension-volume = volume
dimension-distance = distance
dimension-passenger-distance = passenger distance
dimension-count = count of animals

## CLI (src/cli, src/report/summary.rs)

cli-failed-by-warnings = failed: { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    } with --fail-on warning

## The annotated workbook's `Issues` sheet (output/annotate/issues.rs)

annotate-file = File
annotate-cells-outside = { $count } cells beyond Excel's 1,048,576 rows or 16,384 columns are not in this copy
annotate-column-code = Code
annotate-column-severity = Severity
annotate-column-message = Message
annotate-column-sheet = Sheet
annotate-column-cell = Cell
annotate-column-help = Help
annotate-column-inventory = Inventory
annotate-column-total = Total
annotate-column-recomputed = Recomputed (t CO2e)
annotate-column-reported = Reported (t CO2e)
annotate-renamed-sheet = { $copy } (was { $original })
annotate-scope = Scope { $scope }
annotate-severity-error = error
annotate-severity-warning = warning
annotate-severity-info = info

## Text report chrome (src/report/text.rs, chrome.rs, snippet.rs,
## totals_table.rs, narrated.rs): the fixed words of the terminal and
## narrated reports

text-status-valid = valid
text-status-invalid = INVALID
text-status-unreadable = UNREADABLE
text-unknown-layout = unknown layout
text-inventories = { $count } inventories
text-counts = { $errors } { $errors ->
        [one] error
       *[other] errors
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    }
text-infos = { $infos } { $infos ->
        [one] info
       *[other] infos
    }
text-batch-heading = the batch as a whole
text-more-like-this = +{ $count } more like this:
text-summary-files = { $files } { $files ->
        [one] file
       *[other] files
    } checked: { $valid } valid, { $invalid } invalid, { $unreadable } unreadable
text-summary-inventories = { $count } { $count ->
        [one] inventory
       *[other] inventories
    }: { $valid } valid, { $invalid } invalid
text-inventory-heading = { $name }: { $status } ({ $counts })
text-totals-unit = t CO2e
text-totals-recomputed = recomputed
text-totals-reported = reported
text-scope = scope { $scope }
text-basic = BASIC
text-basic-plus = BASIC+
text-inventories-not-shown = { $count } more { $count ->
        [one] inventory
       *[other] inventories
    } with no finding shown above: { $valid } valid, { $invalid } invalid
text-by-code = by code: { $codes }
text-by-code-more = and { $count } more { $count ->
        [one] code
       *[other] codes
    }
text-empty = (empty)
text-label-here = here
text-label-not-in-file = not in the file
text-label-fill = fill this cell
text-totals-differs = { $mark } differs from the recomputed total by more than { $percent } % or { $tonnes } t
text-more-of-code = +{ $count } more { $code } like this:
text-the-file = (the file)
text-row = row { $first }
text-rows = rows { $first }-{ $last }
text-row-of-sheet = row { $first } of { $sheet }
text-rows-of-sheet = rows { $first }-{ $last } of { $sheet }
narrated-file = File { $path }: { $status }, { $counts }.
narrated-inventory = Inventory { $name }: { $status }, { $counts }.
narrated-finding = { $severity } { $code } { $name } at { $place }: { $message }.
narrated-help = How to fix: { $help }.
narrated-sheet-cell = sheet { $sheet } cell { $cell }
narrated-cell = cell { $cell }
narrated-error = Error
narrated-warning = Warning
narrated-info = Note
narrated-totals = Totals in tonnes CO2e: { $totals }.
narrated-total = { $name } { $recomputed } recomputed, { $reported } reported{ $differs ->
        [yes] , which differs
       *[no] {""}
    }
narrated-more = { $count } more { $code } like this, at { $places }.
narrated-field = field { $field }
narrated-batch = The batch as a whole: { $counts }.
narrated-value = The cell reads { $value }.
narrated-total-recomputed = { $name } { $recomputed } recomputed
narrated-the-batch = the batch
narrated-total-reported = { $name } { $reported } reported
narrated-the-file = the file

## HTML report (src/report/html/): the fixed words of report.html

html-title = ghgcheck report
html-footer = Written by ghgcheck { $version }. Each inventory's section shows the first findings of each code; the JSON, CSV and SARIF reports list every finding.
html-summary = Summary
html-stat-files = { $count ->
        [one] file
       *[other] files
    }
html-stat-unreadable = { $count ->
        [one] file could not be read
       *[other] files could not be read
    }
html-stat-inventories = { $count ->
        [one] inventory
       *[other] inventories
    }
html-stat-valid = valid
html-stat-invalid = invalid
html-stat-errors = { $count ->
        [one] error
       *[other] errors
    }
html-stat-warnings = { $count ->
        [one] warning
       *[other] warnings
    }
html-stat-infos = info
html-by-code = Findings by code
html-no-findings = No findings.
html-col-code = Code
html-col-severity = Severity
html-col-rule = Rule
html-col-findings = Findings
html-col-inventories = Inventories or files
html-col-file = File
html-col-city = City
html-col-year = Year
html-col-cell = Cell
html-col-inventory = Inventory
html-col-message = Finding
html-col-help = How to fix it
html-severity-error = error
html-severity-warning = warning
html-severity-info = info
html-matrix = Which inventories fail which rules
html-matrix-intro = One row per inventory with errors or warnings (and per file with findings of its own), one column per code; each cell counts findings, red for errors, amber for warnings. Follow the file name to the inventory's findings.
html-matrix-none = No inventory has an error or a warning.
html-matrix-rest = { $count ->
        [one] 1 other inventory has
       *[other] { $count } other inventories have
    } no error and no warning.
html-whole-file = the file as a whole
html-batch-heading = Findings about the batch
html-unreadable-heading = Files that could not be read
html-files-heading = Files and inventories
html-file-findings = Findings about the file as a whole
html-no-inventory = No inventory was found in this file.
html-status-valid = valid
html-status-invalid = invalid
html-status-unreadable = unreadable
html-city-unknown = city not named
html-counts = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }, { $infos } info
html-more = +{ $count } more { $code } not shown
html-by-sector = Emissions by sector and scope, recomputed (tCO2e)
html-col-sector = Sector
html-col-scope1 = Scope 1
html-col-scope2 = Scope 2
html-col-scope3 = Scope 3
html-col-all-scopes = All scopes
html-reported-short = reported
html-totals = Totals (tCO2e)
html-row-basic = BASIC
html-row-basic-plus = BASIC+
html-col-recomputed = Recomputed
html-col-reported = Reported
html-col-difference = Difference
html-totals-note = Recomputed from the records; ≠ marks a reported figure that differs by more than { $percent } % or { $tonnes } t.
html-chart = Emissions by sector, all scopes (tCO2e)
html-budget = This page shows { $shown } findings in full; past them, each inventory's findings are only counted by code (“+N more”). Every finding is in the JSON, CSV and SARIF reports.
html-omitted = { $count ->
        [one] 1 inventory has
       *[other] { $count } inventories have
    } no section on this page, to keep it quick to open: the table of inventories and rules counts their findings, and the JSON report and the datasets (--out) hold all of them.
