"""Short human forms of intervals, clocks and moments, as the screens print them."""

from __future__ import annotations

from datetime import datetime, timedelta

_UNITS: tuple[tuple[str, float], ...] = (
    ("y", 365 * 86400),
    ("mo", 30 * 86400),
    ("d", 86400),
    ("h", 3600),
    ("m", 60),
)


def interval(delta: timedelta) -> str:
    """An interval as Anki's buttons show it: `<1m`, `10m`, `3h`, `4d`, `2.5mo`, `1.2y`."""
    seconds = delta.total_seconds()
    if seconds < 60:
        return "<1m"
    for unit, size in _UNITS:
        if seconds >= size:
            value = seconds / size
            if unit in ("mo", "y") and value < 10:
                return f"{value:.1f}".rstrip("0").rstrip(".") + unit
            return f"{round(value)}{unit}"
    return "<1m"  # pragma: no cover - the loop always returns for seconds >= 60


def clock(seconds: float) -> str:
    """Elapsed time as `m:ss`, or `h:mm:ss` past an hour."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def duration(seconds: float) -> str:
    """A time spent, in words: `45 s`, `3 min 5 s`, `1 h 2 min`."""
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes} min"
    if minutes:
        return f"{minutes} min {secs} s" if secs else f"{minutes} min"
    return f"{secs} s"


def moment(when: datetime, now: datetime) -> str:
    """When something happens, relative to now and in local time: `in 10m (14:32)`."""
    local = when.astimezone()
    ahead = when - now
    if ahead <= timedelta(0):
        return "now"
    stamp = local.strftime("%H:%M") if local.date() == now.astimezone().date() else local.strftime("%a %d %b, %H:%M")
    return f"in {interval(ahead)} ({stamp})"


def day_offer(when: datetime, now: datetime, day_starts_at: int = 4) -> str:
    """When a day's cards are offered, from the start of that local day: `tomorrow (from 04:00)`,
    `in 2 days (Thu 03 Dec, from 04:00)`."""
    from scheduler.days import local_day

    days = (local_day(when, day_starts_at) - local_day(now, day_starts_at)).days
    start = when.astimezone().strftime("%H:%M")
    if days <= 1:
        return f"{'tomorrow' if days == 1 else 'today'} (from {start})"
    return f"in {days} days ({when.astimezone():%a %d %b}, from {start})"


def countdown(days: int) -> str:
    """How far off an interview `days` local days away is: `interview in 12 days`, `interview tomorrow`, `today`."""
    if days < 0:
        return f"interview was {-days} day{'s' if days < -1 else ''} ago"
    if days == 0:
        return "interview today"
    if days == 1:
        return "interview tomorrow"
    return f"interview in {days} days"
