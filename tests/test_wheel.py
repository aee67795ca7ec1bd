"""The installed package works without the checkout: the seed, the coverage list and the rule data
travel inside the wheel (no ``../shared``, no ``seeds/`` beside it)."""
import subprocess
import sys
import zipfile

import pytest


@pytest.fixture(scope="module")
def unpacked_wheel(repo_root, tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                            "-w", str(out), str(repo_root)], capture_output=True, text=True)
    if build.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {build.stderr[-500:]}")
    wheel = next(out.glob("news_toolkit-*.whl"))
    site = out / "site"
    zipfile.ZipFile(wheel).extractall(site)
    return site


def test_the_wheel_carries_the_seed_the_coverage_list_and_the_rule_data(unpacked_wheel):
    code = (
        "import toolkit as tk, pathlib\n"
        "assert pathlib.Path(tk.__file__).is_relative_to(pathlib.Path(r'%s')), tk.__file__\n"
        "seed = tk.load_seed()\n"
        "listing = tk.coverage_list()\n"
        "quotes = tk.extract_quotes(seed)\n"
        "print(seed.outlet, len(listing), listing.outlet.nunique(), len(quotes) > 10, len(tk.find_timexes(seed)) > 5)\n"
    ) % unpacked_wheel
    env = {"PYTHONPATH": str(unpacked_wheel), "PATH": "/usr/bin:/bin", "TOOLKIT_OFFLINE": "1"}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         cwd=unpacked_wheel.parent)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["The", "New", "York", "Times", "23", "20", "True", "True"]
