## ghgcheck's messages in English: one entry per message id that findings
## carry (`Finding::new(code, id)`), written with the finding's named
## arguments. Help texts (how to fix it) are messages of their own, by
## convention `<id>-help`.

# Transitional: texts written in full where the finding is made.
plain-text = { $text }
plain-help = { $help_text }

## Batch rules

b001-same-city-and-year = { $city } { $year } in { $file } ({ $id }) is also in { $first_file } ({ $first_id }), with the same totals
b001-same-city-and-year-help = keep one of the two files in the batch, unless both are meant to be there
b002-totals-differ = { $city } { $year } in { $file } ({ $id }) is also in { $first_file } ({ $first_id }), but their totals differ: { $total } { $here } here, { $there } there
b002-totals-differ-help = find out which file is current and remove the other from the batch
