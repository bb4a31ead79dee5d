"""Made-up sales figures shared by the pages (a plain module next to app.py, which is on sys.path)."""

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
SALES = {
    "North": [120, 135, 150, 160, 158, 171],
    "South": [98, 101, 97, 110, 123, 131],
    "East": [143, 140, 152, 149, 162, 170],
    "West": [77, 85, 90, 88, 95, 104],
}
RATES = {"EUR": 1.0, "USD": 1.08, "GBP": 0.86}
SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}


def monthly(region: str) -> list[int]:
    """Sales per month of one region, or of all regions together."""
    if region == "All":
        return [sum(values) for values in zip(*SALES.values(), strict=True)]
    return SALES[region]


def money(amount: float, currency: str) -> str:
    return f"{SYMBOLS[currency]}{amount * RATES[currency]:,.0f}k"
