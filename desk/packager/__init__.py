"""desk build: freeze a script and its dependencies into one executable that starts fast."""
