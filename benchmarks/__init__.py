"""Quality and speed measurements on the real data in ../shared/data (they print figures)."""
