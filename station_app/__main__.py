import sys

from station_app.cli import main

sys.exit(main())
