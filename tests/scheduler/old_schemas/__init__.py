"""Databases made by each earlier schema version (1 to 7), committed, and the script that made them."""
