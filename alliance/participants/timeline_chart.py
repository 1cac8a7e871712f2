"""Geometry of the membership timeline: a step line of the number of participants over time.

The template draws the SVG from these numbers; no JavaScript, and the same figures are in the
table beside it.
"""

import dataclasses
import datetime
import math

WIDTH = 720
HEIGHT = 320
LEFT = 56
RIGHT = 16
TOP = 16
BOTTOM = 40


@dataclasses.dataclass
class Tick:
    position: float
    label: str


@dataclasses.dataclass
class Chart:
    width: int
    height: int
    path: str
    x_ticks: list
    y_ticks: list
    plot_left: int
    plot_right: int
    plot_top: int
    plot_bottom: int
    last_x: float
    last_y: float


def _nice_step(maximum):
    """A round step giving about five lines: 1, 2 or 5 times a power of ten."""
    raw = max(maximum, 1) / 5
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return int(max(factor * power, 1))
    return int(power * 10)


def build(steps, until):
    """A Chart for the timeline `steps` (counters.TimelineStep) drawn up to the day `until`."""
    if not steps:
        return None
    start = datetime.date(steps[0].day.year, 1, 1)
    end = max(until, steps[-1].day)
    end = datetime.date(end.year + 1, 1, 1)
    span = (end - start).days or 1
    highest = max(step.participants for step in steps)
    y_step = _nice_step(highest)
    y_max = max(y_step * math.ceil(highest / y_step), y_step)
    right = WIDTH - RIGHT
    bottom = HEIGHT - BOTTOM

    def x(day):
        return round(LEFT + (right - LEFT) * (day - start).days / span, 1)

    def y(count):
        return round(bottom - (bottom - TOP) * count / y_max, 1)

    points = [f"M{x(steps[0].day)},{y(0)}"]
    previous = 0
    for step in steps:
        points.append(f"L{x(step.day)},{y(previous)}")
        points.append(f"L{x(step.day)},{y(step.participants)}")
        previous = step.participants
    last_x = x(max(until, steps[-1].day))
    points.append(f"L{last_x},{y(previous)}")
    years = range(start.year, end.year + 1)
    # Label every year when there are few, every other one when the line spans many.
    every = 1 if len(years) <= 12 else 2
    x_ticks = [
        Tick(x(datetime.date(year, 1, 1)), str(year)) for year in years if (year - start.year) % every == 0
    ]
    y_ticks = [Tick(y(value), str(value)) for value in range(0, y_max + 1, y_step)]
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        path=" ".join(points),
        x_ticks=x_ticks,
        y_ticks=y_ticks,
        plot_left=LEFT,
        plot_right=right,
        plot_top=TOP,
        plot_bottom=bottom,
        last_x=last_x,
        last_y=y(previous),
    )
