"""desk.testing: run an app in process and inspect it, with Streamlit's AppTest API.

``from desk.testing import AppTest`` (or ``from streamlit.testing.v1 import AppTest``
inside desk) runs a script with no window, browser or socket.
"""

from desk.testing.apptest import AppTest
from desk.testing.elements import AppTestError, AppTestTimeout

__all__ = ["AppTest", "AppTestError", "AppTestTimeout"]
