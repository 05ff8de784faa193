"""The benchmark's measures, one module per row of the table (or pair of rows)."""
