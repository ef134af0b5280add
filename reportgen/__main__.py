"""python -m reportgen."""

from .commands import main

main()
