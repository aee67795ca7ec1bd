"""The package's promises: its public API, its two environment files, and README's commands."""
import re
import tomllib

import toolkit as tk


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pyproject(repo_root):
    return tomllib.loads((repo_root / "pyproject.toml").read_text(encoding="utf-8"))


def _requirement_names(reqs):
    names = set()
    for req in reqs:
        name = re.match(r"\s*([A-Za-z0-9_.\-]+)", req).group(1)
        if _norm(name) != "news-toolkit":  # the self-reference of the test extra
            names.add(_norm(name))
    return names


def test_pyproject_and_environment_name_the_same_dependencies(repo_root):
    project = _pyproject(repo_root)["project"]
    wanted = _requirement_names(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        wanted |= _requirement_names(extra)
    env = (repo_root / "environment.yml").read_text(encoding="utf-8")
    listed = set()
    deps = env[env.index("dependencies:"):]
    for line in deps.splitlines():
        m = re.match(r"\s*-\s+([A-Za-z0-9_.\-]+)", line)
        if m and m.group(1) not in ("pip", "python", "-e"):
            listed.add(_norm(m.group(1)))
    assert listed == wanted, f"only in pyproject: {wanted - listed}; only in environment.yml: {listed - wanted}"
    assert "conda-forge" in env and "-e ." in env


def test_pyproject_names_the_package_and_its_data(repo_root):
    cfg = _pyproject(repo_root)
    assert "toolkit" in cfg["tool"]["setuptools"]["packages"]
    assert cfg["project"]["requires-python"] == ">=3.10"
    for dep in ("pandas", "matplotlib", "textblob", "ipywidgets"):
        assert dep in _requirement_names(cfg["project"]["dependencies"])
    assert {"test", "notebooks", "scale"} <= set(cfg["project"]["optional-dependencies"])


def test_readme_has_two_setup_commands_and_ci_runs_the_test_one(repo_root):
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```bash\n(.*?)```", readme, re.S)
    assert len(blocks) == 2, "README gives exactly two set-up commands"
    open_cmd, test_cmd = (b.strip() for b in blocks)
    assert "jupyter lab notebooks/" in open_cmd
    ci = (repo_root / ".ci" / "run").read_text(encoding="utf-8")
    assert test_cmd in ci.splitlines()


def test_public_api_is_exported():
    design = ["read_article", "read_articles", "load_seed", "extract_quotes", "quotes_frame", "sentiment",
              "sentiment_backends", "sentiment_by_speaker", "find_timexes", "build_timeline", "plot_timeline",
              "plot_sentiment_by_speaker", "highlight", "explore", "analyze", "Article", "Quote", "Timex",
              "Sentiment"]
    for name in design:
        assert name in tk.__all__ and callable(getattr(tk, name)), name


def test_import_does_not_load_gui_libraries():
    import subprocess
    import sys

    code = "import sys, toolkit; print(sorted(m for m in ('matplotlib', 'ipywidgets') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
