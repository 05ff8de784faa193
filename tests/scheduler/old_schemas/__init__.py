"""Databases made by each earlier schema version (1 to 5), committed, and the script that made them."""
