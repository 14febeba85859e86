//! Sector resolution: GPC refs in variant spellings, CRF and CityCatalyst labels, synonyms.
