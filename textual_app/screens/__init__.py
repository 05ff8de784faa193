"""The screens: the deck list, the review and the end-of-session summary."""
