"""The shape of the package: no import cycle inside okr/, and no import of our own modules
hidden inside a function (a function-local import that dodges a cycle is the cycle still
there). Read from the source with `ast`, so nothing is imported to check it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OURS = ("okr", "mailers")

# Function-local imports of our own modules that stay, each with its reason: (module, target).
ALLOWED_LOCAL = {
    # The factory alone assembles the views and the commands; they reach everything (jobs,
    # and through them the bare RQ worker's own `create_app`), and importing `okr` or any
    # of its modules must not load the whole web app (Flask's tutorial does the same).
    ("okr", "okr.web"): "the app factory registers the blueprints",
    ("okr", "okr.cli"): "the app factory registers the commands",
}


def _modules() -> dict[str, Path]:
    found = {}
    for package in OURS:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


MODULES = _modules()


def _targets(module: str, node: ast.Import | ast.ImportFrom, package: bool) -> set[str]:
    """The modules of ours an import statement loads (the nearest existing module for a
    name imported from a package)."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        if node.level:
            here = module.split(".") if package else module.split(".")[:-1]
            here = here[: len(here) - (node.level - 1)]
            base = ".".join(here + ([base] if base else []))
        names = [f"{base}.{alias.name}" if base else alias.name for alias in node.names]
    found = set()
    for name in names:
        while name and name not in MODULES:
            name = name.rpartition(".")[0]
        if name and name != module:
            found.add(name)
    return found


def _imports(module: str) -> tuple[set[str], list[tuple[str, int]]]:
    """(what the module imports when it is imported, [(target, line)] imported in functions)."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = path.name == "__init__.py"
    top: set[str] = set()
    for statement in tree.body:
        if isinstance(statement, ast.If) and "TYPE_CHECKING" in ast.unparse(statement.test):
            continue  # for the type checker only: never imported at run time
        if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            continue
        for node in ast.walk(statement):
            if isinstance(node, ast.Import | ast.ImportFrom):
                top |= _targets(module, node, package)
    local = []
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in function.body:
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Import | ast.ImportFrom):
                        local += [
                            (target, inner.lineno) for target in _targets(module, inner, package)
                        ]
    return top, local


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of the graph, or None."""
    state: dict[str, int] = {}  # 1 on the path, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return path[path.index(target) :] + [target]
            if target not in state and (found := visit(target)):
                return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_module_list_is_read():
    assert {"okr", "okr.jobs", "okr.services.inbound", "mailers"} <= set(MODULES)
    top, _ = _imports("okr.jobs")
    assert "okr.queue" in top  # a relative import resolves to our module


def test_there_is_no_import_cycle_inside_the_package():
    graph = {module: _imports(module)[0] for module in MODULES}
    cycle = _cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


def test_no_module_of_ours_is_imported_inside_a_function_without_a_reason():
    found = {(module, target): line for module in MODULES for target, line in _imports(module)[1]}
    hidden = sorted(
        f"{MODULES[m].relative_to(ROOT)}:{line} imports {t}"
        for (m, t), line in found.items()
        if (m, t) not in ALLOWED_LOCAL
    )
    assert not hidden, "function-local imports (move them to the top):\n" + "\n".join(hidden)


@pytest.mark.parametrize("entry", sorted(ALLOWED_LOCAL))
def test_every_allowed_local_import_is_still_there(entry):
    module, target = entry
    assert target in {t for t, _ in _imports(module)[1]}, f"{entry} is gone: drop it from the list"
