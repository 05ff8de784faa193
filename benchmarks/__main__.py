"""`python -m benchmarks [--quick]`: build the synthetic collections, measure, write the results."""

import sys

from benchmarks.runner import main

sys.exit(main())
