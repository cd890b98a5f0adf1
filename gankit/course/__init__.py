"""Week 1 as an nbgrader course: the notebook built from solutions/, and the instructor cycle around it."""
