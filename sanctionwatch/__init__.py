"""SanctionWatch: find reported events in the news that may breach sanctions."""

__version__ = "0.1.0"
SCHEMA_VERSION = "1"
