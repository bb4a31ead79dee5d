"""A three-step sign-up wizard: one form per step, with the answers kept in session_state.

Each step's values apply only when its form is submitted; "Back" returns to the previous
step with the earlier answers filled in; the last step shows a summary.
"""

import streamlit as st

STEPS = ["Account", "Profile", "Confirm"]

if "step" not in st.session_state:
    st.session_state.step = 0
    st.session_state.answers = {}

answers = st.session_state.answers
step = st.session_state.step

st.title("Sign up")
st.progress((step + 1) / len(STEPS), text=f"Step {step + 1} of {len(STEPS)}: {STEPS[step]}")


def go(to: int) -> None:
    st.session_state.step = to


if step == 0:
    with st.form("account"):
        email = st.text_input("Email", value=answers.get("email", ""))
        username = st.text_input("Username", value=answers.get("username", ""))
        if st.form_submit_button("Next"):
            if "@" not in email:
                st.error("Please enter a valid email address.")
            elif not username:
                st.error("Please choose a username.")
            else:
                answers.update(email=email, username=username)
                st.session_state.step = 1
                st.rerun()
elif step == 1:
    with st.form("profile"):
        age = st.number_input("Age", min_value=13, max_value=120, value=answers.get("age", 30))
        plan = st.radio("Plan", ["Free", "Pro"], index=["Free", "Pro"].index(answers.get("plan", "Free")))
        news = st.checkbox("Send me the newsletter", value=answers.get("news", False))
        if st.form_submit_button("Next"):
            answers.update(age=age, plan=plan, news=news)
            st.session_state.step = 2
            st.rerun()
    st.button("Back", on_click=go, args=(0,))
else:
    st.subheader("Summary")
    for field, value in answers.items():
        st.markdown(f"**{field}**: {value}")
    back, confirm = st.columns(2)
    back.button("Back", on_click=go, args=(1,))
    if confirm.button("Create account", type="primary"):
        st.session_state.created = answers["username"]

if "created" in st.session_state:
    st.success(f"Account {st.session_state.created} created.")
