"""(being written)"""
RULES: tuple = ()
