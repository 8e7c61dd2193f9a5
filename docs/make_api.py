"""Write docs/API.md, the API reference, from the docstrings and signatures of what `starmind_edge` exports.

    python docs/make_api.py

Only the standard library (`inspect`), so there is no documentation tool to install. tests/test_docs.py fails when
docs/API.md is out of date, and when a parameter of an exported class, function or method is not named in its
docstring (as code: ``name`` or `name`).
"""

from __future__ import annotations

import inspect
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
API = HERE / "API.md"
sys.path.insert(0, str(ROOT))

import starmind_edge  # noqa: E402

# What the page shows, in this order: every name in starmind_edge.__all__, once (tests/test_docs.py checks).
SECTIONS = [
    ("The brain", ["Starmind", "Answer", "Action"]),
    ("Robots, buttons and speaking", ["RobotBody", "PushToAsk", "say"]),
    ("Hearing", ["Ears", "TalkButton"]),
    ("Errors", ["StarmindError", "InputError", "ModelError", "MemoryFileError", "WiringError"]),
]
# Not imported by name, but handed back by the brain and the ears: (module, name).
RETURNED = [("safeguarding", "Concern"), ("retrieval", "Hit"), ("ears", "Heard")]
# Exports whose whole module is about them: the module's docstring introduces them.
INTRO = {"RobotBody", "PushToAsk", "say", "Ears", "TalkButton"}
WIDTH = 100  # a signature longer than this gets a line per parameter


def exported() -> dict[str, object]:
    return {name: getattr(starmind_edge, name) for section in SECTIONS for name in section[1]}


def returned() -> dict[str, type]:
    from importlib import import_module

    return {name: getattr(import_module(f"starmind_edge.{module}"), name) for module, name in RETURNED}


def is_error(obj) -> bool:
    return inspect.isclass(obj) and issubclass(obj, BaseException)


def own(cls: type) -> list[type]:
    """`cls` and the classes it inherits from starmind_edge (not str, tuple, Exception or object)."""
    return [c for c in cls.__mro__ if c is cls or c.__module__.startswith("starmind_edge")]


def members(cls: type) -> list[tuple[str, object]]:
    """Public methods and properties of `cls`, its own first, then those it inherits from starmind_edge classes.
    Static and class methods come as they are in the class (`callable_of` unwraps them)."""
    found: dict[str, object] = {}
    for klass in own(cls):
        for name, value in vars(klass).items():
            if name.startswith("_") or name in found:
                continue
            if inspect.isfunction(value) or isinstance(value, (property, staticmethod, classmethod)):
                found[name] = value
    return list(found.items())


def callable_of(value) -> tuple[object, bool]:
    """The function behind a member, and whether a caller skips its first parameter (self or cls)."""
    if isinstance(value, property):
        return value.fget, True
    if isinstance(value, staticmethod):
        return value.__func__, False
    if isinstance(value, classmethod):
        return value.__func__, True
    return value, True


def class_doc(cls: type) -> str:
    """The class's docstring, then its own __init__'s or __new__'s (where its parameters may be described)."""
    parts = [inspect.getdoc(cls) or ""]
    for method in ("__init__", "__new__"):
        function = vars(cls).get(method)
        function = function.__func__ if isinstance(function, staticmethod) else function  # __new__ is one
        if function is not None and function.__doc__:
            parts.append(inspect.cleandoc(function.__doc__))
    return "\n\n".join(part for part in parts if part)


def parameters(obj) -> list[str]:
    """The names of the parameters a caller gives (not self or cls)."""
    try:
        signature = inspect.signature(obj)
    except (TypeError, ValueError):
        return []
    return [name for name in signature.parameters if name not in ("self", "cls")]


def code_spans(doc: str) -> list[str]:
    return [a or b for a, b in re.findall(r"``(.+?)``|`([^`\n]+)`", doc)]


def mentioned(name: str, doc: str) -> bool:
    """True when `name` is written as code (``name`` or `name`, or inside a code example) in `doc`."""
    word = re.compile(rf"(?<![\w]){re.escape(name)}(?![\w])")
    return any(word.search(span) for span in code_spans(doc))


def undocumented(objects: dict[str, object] | None = None, types: dict[str, type] | None = None) -> list[str]:
    """'Starmind.chat: read' for each parameter (or field) not named in its docstring; 'X: no docstring' too.

    `objects` are checked like the exports (every parameter of a function, a class or its public methods), `types`
    like the types handed back (every annotated field); the page's own by default."""
    objects = exported() if objects is None else objects
    types = returned() if types is None else types
    missing = []

    def check(label: str, obj, doc: str, names: list[str]) -> None:
        if not doc.strip():
            missing.append(f"{label}: no docstring")
        missing.extend(f"{label}: {name}" for name in names if not mentioned(name, doc))

    for name, obj in objects.items():
        if is_error(obj):
            check(name, obj, inspect.getdoc(obj) or "", [])
        elif inspect.isclass(obj):
            check(name, obj, class_doc(obj), parameters(obj))
            for method, value in members(obj):
                function, _ = callable_of(value)
                check(f"{name}.{method}", value, inspect.getdoc(function) or "", parameters(function))
        else:
            check(name, obj, inspect.getdoc(obj) or "", parameters(obj))
    for name, cls in types.items():
        check(name, cls, inspect.getdoc(cls) or "", list(inspect.get_annotations(cls)))
        for method, value in members(cls):
            check(f"{name}.{method}", value, inspect.getdoc(value) or "", [])
    return missing


# ---- writing the page ------------------------------------------------------------------------------------------


def default_text(value) -> str:
    if value is inspect.Parameter.empty:
        return ""
    if callable(value) and getattr(value, "__name__", None):
        return value.__name__  # input, print
    if type(value) is object:
        return "..."  # a marker meaning "chosen for you": the docstring says what
    return repr(value)


def annotation_text(annotation) -> str:
    if annotation is inspect.Parameter.empty:
        return ""
    if isinstance(annotation, str):
        return annotation
    return inspect.formatannotation(annotation)


def signature_text(title: str, obj, skip_first: bool = False) -> str:
    signature = inspect.signature(obj)
    params = list(signature.parameters.values())
    if skip_first:
        params = params[1:]
    parts, star_done = [], False
    for index, param in enumerate(params):
        if param.kind is param.KEYWORD_ONLY and not star_done:
            parts.append("*")
            star_done = True
        if param.kind is param.VAR_POSITIONAL:
            star_done = True
        last_positional_only = param.kind is param.POSITIONAL_ONLY and (
            index + 1 == len(params) or params[index + 1].kind is not param.POSITIONAL_ONLY
        )
        prefix = {param.VAR_POSITIONAL: "*", param.VAR_KEYWORD: "**"}.get(param.kind, "")
        text = prefix + param.name
        annotation = annotation_text(param.annotation)
        default = default_text(param.default)
        if annotation:
            text += f": {annotation}"
        if default:
            text += f" = {default}" if annotation else f"={default}"
        parts.append(text)
        if last_positional_only:
            parts.append("/")
    returns = annotation_text(signature.return_annotation)
    tail = f" -> {returns}" if returns and returns != "None" else ""
    one_line = f"{title}({', '.join(parts)}){tail}"
    if len(one_line) <= WIDTH:
        return one_line
    return f"{title}(\n" + "".join(f"    {part},\n" for part in parts) + f"){tail}"


def to_markdown(doc: str, links: dict[str, str]) -> str:
    """reST-flavoured docstring text as Markdown: ``code`` as `code`, >>> and indented examples as code blocks, and
    the names of documented classes linked to their entries."""
    out: list[str] = []
    lines = doc.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith(">>>"):
            block = []
            while i < len(lines) and lines[i].strip():
                block.append(lines[i])
                i += 1
            out += ["```pycon", *block, "```"]
            continue
        if line.startswith("    ") and (not out or not out[-1].strip()):
            block = []
            while i < len(lines) and (lines[i].startswith("    ") or not lines[i].strip()):
                block.append(lines[i][4:])
                i += 1
            while block and not block[-1].strip():
                block.pop()
            out += ["```python", *block, "```", ""]
            continue
        out.append(_inline(line, links))
        i += 1
    return "\n".join(out).strip()


def _inline(line: str, links: dict[str, str]) -> str:
    def code(match: re.Match) -> str:
        text = match.group(1) or match.group(2)
        target = links.get(text) or links.get(text.removesuffix("()"))
        return f"[`{text}`]({target})" if target else f"`{text}`"

    def file(match: re.Match) -> str:
        path = match.group(1)
        return f"[{path}](../{path})" if (ROOT / path).is_file() else path

    pieces = re.split(r"(``.+?``|`[^`\n]+`)", line)  # code spans at odd places
    for i, piece in enumerate(pieces):
        if i % 2:
            pieces[i] = re.sub(r"``(.+?)``|`([^`\n]+)`", code, piece)
        else:
            pieces[i] = re.sub(r"(?<![\w/.-])((?:[\w-]+/)*[\w-]+\.(?:md|py))(?![\w/-])", file, piece)
    return "".join(pieces)


def anchor(heading: str) -> str:
    """The anchor GitHub gives a heading."""
    return "#" + re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


def page() -> str:
    objects = exported()
    extra = returned()
    links = {name: anchor(name) for name in [*objects, *extra]}
    for name, obj in [*objects.items(), *extra.items()]:
        if inspect.isclass(obj):
            links |= {f"{name}.{method}": anchor(f"{name}.{method}") for method, _ in members(obj)}
    lines = [
        f"# Starmind Edge {starmind_edge.__version__}: API reference",
        "",
        "<!-- Made by `python docs/make_api.py` from the docstrings in starmind_edge/: edit those, not this page. -->",
        "",
        "Everything below is imported from `starmind_edge`, e.g. `from starmind_edge import Starmind, RobotBody`.",
        "The robot, button and hearing helpers load gpiozero only when first imported, and `Ears` needs PocketSphinx",
        '(`pip install "starmind-edge[voice]"`). Without a Raspberry Pi the helpers use gpiozero\'s pretend pins and print',
        "what they would do, so every example runs on a laptop.",
        "",
    ]
    for title, names in [*SECTIONS, ("What you get back", list(extra))]:
        lines.append(f"- [{title}]({anchor(title)}): " + ", ".join(f"[`{name}`]({links[name]})" for name in names))
    lines.append("")
    for title, names in SECTIONS:
        lines += [f"## {title}", ""]
        for name in names:
            lines += entry(name, objects[name], links)
    lines += [
        "## What you get back",
        "",
        to_markdown(
            "Not imported by name: `Starmind.ask()` returns an `Answer` whose ``.concern`` is a `Concern` and whose\n"
            "``.sources`` are `Hit`s; `Ears.hear()` and `Ears.listen()` return a `Heard`.",
            links,
        ),
        "",
    ]
    for name, cls in extra.items():
        lines += entry(name, cls, links, signature=False)
    return "\n".join(lines).rstrip() + "\n"


def entry(name: str, obj, links: dict[str, str], signature: bool = True) -> list[str]:
    lines = [f"### {name}", ""]
    if name in INTRO:
        module = sys.modules[obj.__module__]
        lines += [to_markdown(inspect.getdoc(module) or "", links), ""]
    if is_error(obj):
        bases = ", ".join(base.__name__ for base in obj.__bases__)
        lines += ["```python", f"class {name}({bases})", "```", "", to_markdown(inspect.getdoc(obj) or "", links), ""]
        return lines
    if signature:
        lines += ["```python", signature_text(name, obj), "```", ""]
    doc = class_doc(obj) if inspect.isclass(obj) else inspect.getdoc(obj) or ""
    lines += [to_markdown(doc, links), ""]
    if not inspect.isclass(obj):
        return lines
    if "__enter__" in dir(obj) and any("__enter__" in vars(klass) for klass in own(obj)):
        lines += [f"A `{name}` works in a `with` block, which closes it at the end.", ""]
    for method, value in members(obj):
        function, bound = callable_of(value)
        lines += [f"#### {name}.{method}", ""]
        if isinstance(value, property):
            returns = annotation_text(inspect.signature(function).return_annotation)
            lines += ["```python", f"{name}.{method}" + (f"  # {returns}" if returns else ""), "```", ""]
        else:
            lines += ["```python", signature_text(f"{name}.{method}", function, skip_first=bound), "```", ""]
        doc = inspect.getdoc(function)
        lines += [to_markdown(doc, links), ""] if doc else []
    return lines


def main() -> None:
    API.write_text(page(), encoding="utf-8")
    print(f"wrote {API.relative_to(ROOT)}")
    for problem in undocumented():
        print(f"not documented: {problem}")


if __name__ == "__main__":
    main()
