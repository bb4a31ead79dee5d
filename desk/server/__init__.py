"""The in-process web server: Tornado on a background thread, one WebSocket per session.

``app`` holds the Application, its routes and the security checks; ``socket`` the
WebSocket handler and the session registry; ``files`` the media and upload routes;
``wire`` the JSON encoding of protocol messages; ``launch`` the ``desk run`` entry point.
"""
