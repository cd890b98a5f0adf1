"""Checks of discriminator.py: D(x), images (N, C, H, W) -> probabilities (N, 1)."""


def test_discriminator_has_the_lecture_layers(check):
    check("discriminator.layers")


def test_discriminator_uses_leaky_relu_0_2_and_sigmoid_at_the_end(check):
    check("discriminator.activations")


def test_discriminator_output_is_one_probability_per_image(check):
    check("discriminator.output")


def test_discriminator_computes_the_reference_function(check):
    check("discriminator.function")
