"""The notebooks run in the tests without a network: fetching is off while each one runs.

A reader who opens them with a network fetches the coverage; CI reads only what is cached (nothing,
on a fresh machine) and the notebooks then say they fall back to the seed.
"""
import os

from toolkit.fetch import OFFLINE_VARIABLE


def pytest_runtest_setup(item):
    os.environ[OFFLINE_VARIABLE] = "1"


def pytest_runtest_teardown(item, nextitem):
    os.environ.pop(OFFLINE_VARIABLE, None)
