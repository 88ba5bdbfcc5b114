"""Chart builders: plain data in, a matplotlib `Figure` out. No Qt, no SQL.

The UI puts the figures on a canvas; tests read their bars and lines back.
matplotlib is imported by these modules only, and only when a chart is first
asked for, so start-up never pays for it.
"""
