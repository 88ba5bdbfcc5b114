"""ShopDesk: targets, tasks and payroll for a small online shop's team."""

__version__ = "0.1.0"
