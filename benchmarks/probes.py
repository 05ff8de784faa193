"""Fresh-process probes: open a collection, count today's cards, fetch the first card.

Run by the benchmark as `python -m benchmarks.probes {ours,anki} PATH`; prints one JSON
line: the milliseconds from the probe's start (before either library is imported) to
the first card in hand, and the process's peak resident memory (`peak_mb`).
"""

import time

STARTED = time.perf_counter()

import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402


def ours(db: str) -> dict[str, object]:
    """What starcards does before it can show the first card: open, count, pick, load it."""
    from scheduler.clock import SystemClock
    from scheduler.queue import due_counts
    from scheduler.rules import rules_for
    from scheduler.session import ReviewSession
    from scheduler.settings import Settings
    from scheduler.store import Store

    store = Store.open(db)
    clock, settings = SystemClock(), Settings()
    counts = due_counts(store, clock.now(), rules_for(store, settings))
    card = ReviewSession(store, settings, clock).current
    assert card is not None and card.content.question
    return {"counts": [counts.new, counts.learning, counts.review], "card": card.id}


def anki(path: str) -> dict[str, object]:
    """The same for Anki: open the collection, get the queue's counts and first card, its note."""
    from anki.collection import Collection

    col = Collection(path)
    queued = col.sched.get_queued_cards(fetch_limit=1)
    card = col.get_card(queued.cards[0].card.id)
    assert card.note().fields[0]
    return {"counts": [queued.new_count, queued.learning_count, queued.review_count], "card": card.id}


def main() -> None:
    """Run the probe named on the command line and print its JSON line."""
    kind, path = sys.argv[1], sys.argv[2]
    result = {"ours": ours, "anki": anki}[kind](path)
    result["ms"] = (time.perf_counter() - STARTED) * 1000
    result["peak_mb"] = peak_mb()
    print(json.dumps(result))


def peak_mb() -> float:
    """This process's peak resident memory in MB.

    Linux's `VmHWM` when there is one: `ru_maxrss` survives `exec`, so a child of a big
    parent would report the parent's peak.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
