"""Renderers only format reports; they compute nothing."""
