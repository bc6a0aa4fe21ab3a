"""The store: the only package that speaks to the database (peewee models, SQL, migrations).

peewee imports the PostgreSQL driver whenever it is installed, and importing psycopg2 (with
libpq and OpenSSL) costs every start of the window about 25 ms, although a desk working on its
own file never uses it. So peewee is imported here with the driver held back, and the server's
database imports it when it is first made (:class:`store.server.LazyPsycopg2Adapter`).
"""

import sys

if "peewee" not in sys.modules and "psycopg2" not in sys.modules:
    sys.modules["psycopg2"] = None  # type: ignore[assignment]  # "import psycopg2" fails
    try:
        import peewee  # noqa: F401
    finally:
        del sys.modules["psycopg2"]
