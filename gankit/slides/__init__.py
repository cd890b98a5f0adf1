"""The week-1 lecture slides (instructor side), built with Marp from the notebook's own sources."""
