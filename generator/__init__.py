"""jixiao: budget performance target forms kept as YAML, rendered into each province's form."""
__version__ = "0.1.0"
