raise
raise X
raise X()
raise X('m') from e
raise X from None
