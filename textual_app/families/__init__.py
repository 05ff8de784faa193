"""Command families added by issue 18 (export, completion and schema, serve): each `register`s its commands."""
