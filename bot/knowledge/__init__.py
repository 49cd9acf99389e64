"""The knowledge: its YAML files' schema, loading and validation, the communes of France,
ANCT's perimeters, the lexicon, and what `check` says of them."""
