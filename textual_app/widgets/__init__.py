"""Widgets of the review screen: the rating buttons and the recall clock."""
