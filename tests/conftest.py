# Fixtures that start the mock (in-process or on a free 127.0.0.1 port) live with the mock package,
# so users can use them in their own test suites too.
pytest_plugins = ["visier_mock.pytest_plugin"]
