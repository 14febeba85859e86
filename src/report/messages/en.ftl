## ghgcheck's messages in English: one entry per message id that findings
## carry (`Finding::new(code, id)`), written with the finding's named
## arguments. Help texts (how to fix it) are messages of their own, by
## convention `<id>-help`.

# Transitional: texts written in full where the finding is made.
plain-text = { $text }
plain-help = { $help_text }

## Batch rules

b001-same-city-and-year = { $city } { $year } in { $file } ({ $id }) is also in { $first_file } ({ $first_id }), with the same totals
b001-same-city-and-year-no-totals = { $city } { $year } in { $file } ({ $id }) is also in { $first_file } ({ $first_id }); neither totals nor records can be compared
b001-same-city-and-year-help = keep one of the two files in the batch, unless both are meant to be there
b002-totals-differ = { $city } { $year } in { $file } ({ $id }) is also in { $first_file } ({ $first_id }), but their totals differ: { $total } { $here } here, { $there } there
b002-totals-differ-help = find out which file is current and remove the other from the batch

## Rules (src/rules)

f001-country-missing = the country is not stated
f001-country-missing-help = write the ISO 3166-1 two-letter code, e.g. BR
f001-population-missing = the population is not stated
f001-population-missing-help = write the resident population within the city boundary for the inventory year
f001-gwp-set-missing = the GWP set is not stated
f001-gwp-set-missing-help = write the IPCC assessment report whose GWP values were used: SAR, AR4, AR5 or AR6
f001-gpc-level-missing = the GPC reporting level is not stated
f001-gpc-level-missing-help = write basic or basic-plus
f001-boundary-missing = the geographic boundary is not stated
f001-boundary-missing-help = describe the boundary, e.g. administrative boundary of the municipality
f001-no-place-country-help = this file has no place for it: pass --country BR, or write `country = "BR"` in a sidecar file <file>.ghgcheck.toml beside it
f001-no-place-gwp-set-help = this file has no place for it: pass --gwp AR5, or write `gwp = "AR5"` in a sidecar file <file>.ghgcheck.toml beside it
f001-no-place-help = this file has no place for it: send it with the submission, or use the ghgcheck template (`ghgcheck template`), which has one

g002-scope-mismatch = { $cell } is a scope { $cell_scope } cell, but the record says scope { $scope }
g002-scope-mismatch-help = write scope { $cell_scope } or move the emissions to the GPC cell of scope { $scope }

n002-notation-key-unexplained = notation key { $key } has no explanation
n002-explain-ie-help = name the GPC cell where these emissions are included, e.g. `included in I.2.1`
n002-explain-ne-help = say why the emissions were not estimated (no data, not significant, ...)
n002-explain-no-help = say why the activity does not occur in the city
n002-explain-c-help = say why the figure is confidential and where it is aggregated, if anywhere
n003-value-with-notation-key = the record has notation key { $key } and also emissions of { $amount } tCO2e
n003-value-with-notation-key-help = remove the key if the number is right, or remove the numbers if the key is

t001-total-differs-from-gases = the total { $total } tCO2e differs from the sum of its gases, { $sum } tCO2e
t001-total-differs-from-gases-help = check the units of the total and of each gas column, and that every gas is in the total

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
