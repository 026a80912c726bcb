"""unittest.mock is not part of pygil yet: importing it says so."""

raise ImportError("unittest.mock is not supported by pygil yet (only unittest itself is)",
                  name='unittest.mock')
