"""PyInstaller run-time hook: leave Qt unloaded until the app itself imports it.

PyInstaller's own PySide6 run-time hook imports PySide6.QtCore at start-up, only to register a
qt.conf that PySide6 wheels register themselves when QtCore loads. Loading Qt and ICU costs about
a quarter of a second, on every command, although `einwandfrei search` or `export` never touch Qt.
This hook runs first and turns that step into one that happens right after the app's own first
import of PySide6.QtCore: the same result, at the moment Qt is loaded anyway.
"""


def _defer_embedded_qt_conf() -> None:
    import importlib.abc
    import importlib.util
    import sys

    from _pyi_rth_utils import qt  # PyInstaller's helpers for its Qt run-time hooks

    create_now = qt.create_embedded_qt_conf

    def create_after_qtcore_loads(qt_bindings, prefix_path):  # type: ignore[no-untyped-def]
        module_name = f"{qt_bindings}.QtCore"

        class AfterQtCore(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):  # type: ignore[no-untyped-def]
                if name != module_name:
                    return None
                sys.meta_path.remove(self)
                spec = importlib.util.find_spec(name)
                if spec is not None and spec.loader is not None:
                    load = spec.loader.exec_module

                    def exec_module(module):  # type: ignore[no-untyped-def]
                        load(module)
                        create_now(qt_bindings, prefix_path)

                    spec.loader.exec_module = exec_module  # type: ignore[method-assign]
                return spec

        if module_name in sys.modules:
            create_now(qt_bindings, prefix_path)
        else:
            sys.meta_path.insert(0, AfterQtCore())

    qt.create_embedded_qt_conf = create_after_qtcore_loads


_defer_embedded_qt_conf()
del _defer_embedded_qt_conf
