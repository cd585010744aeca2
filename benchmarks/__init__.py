"""Benchmarks and the synthetic evaluation of mtcheck's rules (not part of the installed package)."""
