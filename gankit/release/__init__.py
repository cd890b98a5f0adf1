"""The student release: skeletons generated from the single solution source."""
