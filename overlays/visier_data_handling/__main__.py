"""``python -m visier_data_handling``: the same command line as ``visier-dh``."""

from ._scripts import visier_dh

visier_dh()
