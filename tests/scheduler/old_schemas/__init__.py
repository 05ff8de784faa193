"""Databases made by each earlier schema version (1 to 9), committed, and the script that made them."""
