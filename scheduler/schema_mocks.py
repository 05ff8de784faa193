"""Schema version 6: the mock interview tables (`scheduler.mock`)."""

TABLES = (
    """CREATE TABLE mocks (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        questions INTEGER NOT NULL CHECK (questions >= 0),
        target_seconds INTEGER NOT NULL CHECK (target_seconds > 0)
    )""",
    """CREATE TABLE mock_answers (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        mock_id INTEGER NOT NULL REFERENCES mocks (id),
        position INTEGER NOT NULL,
        card_id INTEGER NOT NULL REFERENCES cards (id),
        asked TEXT NOT NULL,
        follow_up TEXT,
        story TEXT,
        rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
        duration_ms INTEGER NOT NULL CHECK (duration_ms >= 0),
        answered_at TEXT NOT NULL,
        UNIQUE (mock_id, position)
    )""",
    "CREATE INDEX mock_answers_card ON mock_answers (card_id, id)",
)
"""Version 6, mock interviews (`scheduler.mock`): each mock, and each answer given in it with the
phrasing asked, the follow-up asked after it, the story told (NULL: none) and the rating.
Kept apart from the review log like practice: a mock never changes the schedule."""
