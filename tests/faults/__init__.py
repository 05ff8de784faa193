"""Fault tests: processes killed mid-action, two processes on one database, migrations cut short."""
