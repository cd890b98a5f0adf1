"""Evaluation of a trained run: the paper's Parzen-window log-likelihood and classifier-based scores."""
