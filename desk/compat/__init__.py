"""Small modules that stand in for Streamlit internals that scripts commonly import."""
