"""街道工会服务站 station-app."""

__version__ = "0.1.0"
